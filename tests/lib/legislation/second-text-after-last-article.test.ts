/**
 * A second regulation printed on after the last article of the first (吉林 1997 吉林市人民代表大会
 * 议事规则, whthomas/china-laws: after "第五十七条　本规则自公布之日起施行。" the line "吉林市人民代表
 * 大会专门委员会工作条例", its history "(1994年3月7日……通过 ……批准)", then 第一章 to 第八章 and
 * 第一条 to 第四十六条 again): a careful reader sees a second document. Its title line, followed
 * (after its history, if any) by a first chapter or 第一条, opens an annex holding its history as
 * text and its own chapters and articles, warned text-appended; the first text's articles and
 * chapters stay as they were (#16, round rf).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(lines.join('\n\n'), { file: 'x.md' });
  if (!result.ok) throw new Error('no tree');
  return result;
}

const first = [
  '# 临江市人民代表大会议事规则',
  '第一章  总    则',
  '第一条  为保证市人民代表大会依法行使职权，制定本规则。',
  '第二条  市人民代表大会是本市的地方国家权力机关。',
  '第二章  附    则',
  '第三条  本规则自公布之日起施行。',
];

describe('a second text printed on after the last article', () => {
  it('is an annex with its own chapters and articles', () => {
    const result = parse([
      ...first,
      '临江市人民代表大会专门委员会工作条例',
      '    (1994年3月7日临江市第十一届人民代表大会第二次会议通过)',
      '第一章  总    则',
      '第一条  为保障各专门委员会依法履行职责，制定本条例。',
      '第二章  附    则',
      '第二条  本条例自公布之日起施行。',
    ]);
    const nodes = flatten(result.document.nodes);
    expect(nodes.map((n) => n.eId)).toEqual([
      'chp_1',
      'chp_1__art_1',
      'chp_1__art_2',
      'chp_2',
      'chp_2__art_3',
      'annex_1',
      'annex_1__chp_1',
      'annex_1__chp_1__art_1',
      'annex_1__chp_2',
      'annex_1__chp_2__art_2',
    ]);
    const annex = result.document.nodes.at(-1)!;
    expect(annex.heading).toBe('临江市人民代表大会专门委员会工作条例');
    expect(annex.text).toBe('(1994年3月7日临江市第十一届人民代表大会第二次会议通过)');
    expect(nodes.find((n) => n.eId === 'chp_2__art_3')!.text).toBe('本规则自公布之日起施行。');
    expect(result.warnings.map((w) => w.code)).toEqual(['text-appended']);
  });

  it('is an annex when its articles follow its title without chapters or history', () => {
    const result = parse([
      '# 临江市某某办法',
      '第一条  为了某事，制定本办法。',
      '第二条  本办法自公布之日起施行。',
      '临江市某某实施细则',
      '第一条  为了实施某某办法，制定本细则。',
      '第二条  本细则自公布之日起施行。',
    ]);
    expect(flatten(result.document.nodes).map((n) => n.eId)).toEqual([
      'art_1',
      'art_2',
      'annex_1',
      'annex_1__art_1',
      'annex_1__art_2',
    ]);
  });

  it('is no annex when the articles go on in sequence or no first article follows', () => {
    const onward = parse([
      '# 临江市某某办法',
      '第一条  为了某事，制定本办法。',
      '第二条  有关单位应当遵守本办法',
      '第三条  本办法自公布之日起施行。',
    ]);
    expect(onward.document.nodes.map((n) => n.kind)).toEqual(['article', 'article', 'article']);
    const text = parse([
      '# 临江市某某办法',
      '第一条  为了某事，制定本办法。',
      '第二条  本办法自公布之日起施行。',
      '临江市某某实施细则',
      '另行制定。',
    ]);
    expect(text.document.nodes.map((n) => n.kind)).toEqual(['article', 'article']);
    // A numbered heading ending 规定 is no title of a second text (never-drop, seed 16).
    const numbered = parse([
      '# 临江市某某办法',
      '第一条 为了某事，制定本办法。',
      '第二条 本办法自公布之日起施行。',
      '一、一般规定',
      '第一条 甲。',
      '附　则',
    ]);
    expect(numbered.warnings.map((w) => w.code)).not.toContain('text-appended');
  });
});

describe('a second text glued on after the last article’s full stop', () => {
  it('is split off and read as an annex too', () => {
    // Theonefkguy/Chinese-Laws' copy of the 1997 议事规则: the title and history run on after
    // "本规则自公布之日起施行。", no brackets, then "## 第一章 总则第一条 ……".
    const result = parse([
      '# 临江市人民代表大会议事规则',
      '## 第一章 总则第一条 为保证市人民代表大会依法行使职权，制定本规则。',
      '第二条 本规则自公布之日起施行。临江市人民代表大会专门委员会工作条例1994年3月7日临江市第十一届人民代表大会第二次会议通过1994年4月22日某省人民代表大会常务委员会第九次会议批准',
      '## 第一章 总则第一条 为保障各专门委员会依法履行职责，制定本条例。',
      '第二条 本条例自公布之日起施行。',
    ]);
    const nodes = flatten(result.document.nodes);
    expect(nodes.map((n) => n.eId)).toEqual([
      'chp_1',
      'chp_1__art_1',
      'chp_1__art_2',
      'annex_1',
      'annex_1__chp_1',
      'annex_1__chp_1__art_1',
      'annex_1__chp_1__art_2',
    ]);
    expect(nodes.find((n) => n.eId === 'chp_1__art_2')!.text).toBe('本规则自公布之日起施行。');
    const annex = result.document.nodes.at(-1)!;
    expect(annex.heading).toBe('临江市人民代表大会专门委员会工作条例');
    expect(annex.text).toBe(
      '1994年3月7日临江市第十一届人民代表大会第二次会议通过1994年4月22日某省人民代表大会常务委员会第九次会议批准',
    );
    expect(result.warnings.map((w) => w.code)).toContain('text-appended');
    expect(result.warnings.map((w) => w.code)).not.toContain('duplicate-number');
  });

  it('stays the article’s text when no first chapter or article follows', () => {
    const result = parse([
      '# 临江市某某办法',
      '第一条 为了某事，制定本办法。',
      '第二条 本办法自公布之日起施行。临江市某某实施细则2001年3月7日通过',
    ]);
    expect(result.document.nodes.map((n) => n.kind)).toEqual(['article', 'article']);
  });
});
