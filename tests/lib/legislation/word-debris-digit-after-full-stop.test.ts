/**
 * Word debris begun with a digit alone right after a full stop (南京 1994/2017 城市道路设施管理条例,
 * a random sample (uf): "第三十七条 本条例自1995年4月1日起施行。7伌J儀J愀伌J儀J愀……"): the digit is the
 * run's first character, left out with it, as a common character or a Latin letter alone after a
 * full stop already was. Before, the run was left out and "7" stayed at the end of the article.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';
import { dropWordDebris } from '../../../src/lib/legislation/blocks.ts';

const RUN = '伌J儀J愀伌J儀J愀伌J儀J愀伌J儀J愀伏J儀J漀';

describe('Word debris begun with a digit alone after a full stop', () => {
  it('takes the digit with the run', () => {
    expect(dropWordDebris(`本条例自1995年4月1日起施行。7${RUN}`)).toEqual({
      text: '本条例自1995年4月1日起施行。',
      debris: [`7${RUN}`],
      tails: [],
    });
  });

  it('leaves a number that goes on in the sentence or stands after a comma', () => {
    expect(dropWordDebris(`处罚款。25${RUN}`).text).toBe('处罚款。25');
    expect(dropWordDebris(`罚款，7${RUN}`).text).toBe('罚款，7');
  });

  it('keeps the digit out of the last article, with the warning', () => {
    const result = parseDraft(
      `# 临江市条例\n\n第一条 为了管理道路，制定本条例。\n\n第二条 本条例自1995年4月1日起施行。7${RUN}`,
      { file: 'x.md' },
    );
    if (!result.ok) throw new Error('not parsed');
    const articles = flatten(result.document.nodes).filter((n) => n.kind === 'article');
    expect(articles.map((n) => n.text)).toEqual([
      '为了管理道路，制定本条例。',
      '本条例自1995年4月1日起施行。',
    ]);
    expect(result.warnings.filter((w) => w.code === 'word-debris').map((w) => w.params)).toEqual([
      { text: `7${RUN}` },
    ]);
  });
});
