/**
 * A 目录 whose entries are written 第一章 ends where the body's first heading comes, also when
 * the body writes its headings with Arabic digits (第1章), so the 目录 is skipped and the body's
 * chapters keep their plain ids (#16). Excerpt of 丽水 2019 大窑龙泉窑遗址保护条例.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const SOURCE = [
  '丽水市大窑龙泉窑遗址保护条例',
  '目    录',
  '第一章  总则',
  '',
  '第二章  保护管理',
  '',
  '第1章  总  则',
  '第一条  为加强大窑龙泉窑遗址保护，制定本条例。',
  '　　第二条  本条例所称大窑龙泉窑遗址，是指龙泉市、庆元县境内的大窑龙泉窑遗址群。',
  '第2章  保护管理',
  '　　',
  '第三条  遗址保护规划是大窑龙泉窑遗址保护管理的依据。',
  '',
].join('\n');

describe('a 目录 before headings written with Arabic digits', () => {
  it('skips the 目录 and reads the body chapters once', () => {
    const r = parseDraft(SOURCE, { file: 'x.md' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.document.nodes.map((n) => [n.eId, n.label, n.heading])).toEqual([
      ['chp_1', '第1章', '总则'],
      ['chp_2', '第2章', '保护管理'],
    ]);
    expect(
      flatten(r.document.nodes)
        .filter((n) => n.kind === 'article')
        .map((n) => n.eId),
    ).toEqual(['chp_1__art_1', 'chp_1__art_2', 'chp_2__art_3']);
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toContain('table-of-contents');
    expect(codes).not.toContain('duplicate-number');
    expect(codes).not.toContain('duplicate-eid');
  });

  it('still ends a 目录 written like its body', () => {
    const r = parseDraft(SOURCE.replace('第1章', '第一章').replace('第2章', '第二章'), {
      file: 'x.md',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.document.nodes.map((n) => n.eId)).toEqual(['chp_1', 'chp_2']);
  });
});
