/**
 * A 目录 of chapters whose headings the body lost, where the last chapter of the 目录 never
 * begins in the body (南京 2020 商品交易市场管理条例, a random sample of provincial regulations:
 * "## 第一章 总则" … "## 第八章 附则第一条 为了……", the body has 第二章 to 第七章 and no 第八章
 * over 第四十九条): nothing shows at which article 附则 begins, so its articles stay in the
 * chapter before, and a warning names the chapter the 目录 lists. Before, 第四十九条 sat in 第七章
 * 法律责任 without a word.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a chapter of the 目录 the body never begins', () => {
  const body = [
    '## 第一章 总则',
    '## 第二章 法律责任',
    '## 第三章 附则第一条 为了规范市场秩序，制定本条例。',
    '## 第二章 法律责任第二条 违反本条例规定的，依法处罚。',
    '第三条 本条例自2011年1月1日起施行。',
  ].join('\n\n');

  it('leaves its articles in the chapter before, with a warning naming it', () => {
    const result = parse(body);
    expect(
      flatten(result.document.nodes)
        .filter((n) => n.kind === 'chapter' || n.kind === 'article')
        .map((n) => n.eId),
    ).toEqual(['chp_1', 'chp_1__art_1', 'chp_2', 'chp_2__art_2', 'chp_2__art_3']);
    const missing = result.warnings.filter((w) => w.code === 'toc-chapter-missing');
    expect(missing.map((w) => [w.line, w.params])).toEqual([
      [7, { label: '第三章', text: '附则' }],
    ]);
  });

  it('warns of no chapter the body begins', () => {
    const result = parse(`${body.replace('第三条 本条例', '## 第三章 附则第三条 本条例')}`);
    expect(result.warnings.some((w) => w.code === 'toc-chapter-missing')).toBe(false);
    expect(flatten(result.document.nodes).find((n) => n.label === '第三条')?.eId).toBe(
      'chp_3__art_3',
    );
  });
});
