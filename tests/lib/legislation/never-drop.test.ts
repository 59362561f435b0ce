/**
 * Never drop a text for a defect (#16): any mix of real-looking lines, in any order and with
 * any defects, gives a tree with unique eIds; only a text without clauses is an error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const LINES = [
  '第一章　总　则',
  '第二章',
  '总　则',
  '附　则',
  '附则',
  '第一节　一般规定',
  '第一编　总则',
  '第一分编　通则',
  '第X章 错',
  '第三十－条　乙。',
  '第一条　为了规范管理，制定本条例。',
  '第二条　本条例适用于本市。',
  '第五条　甲。',
  '第十条之一　丙。',
  '第二条规定的情形除外。',
  '（一）第一项；',
  '（二）第二项；（三）第三项。',
  '（三）',
  '一、一般规定',
  '一、将第三条修改为：',
  '二、删去第五条。',
  '1. 细目。',
  '（1）细目。',
  '目　录',
  '序　言',
  '附件：目录清单',
  '附件1 申请表',
  '| 序号 | 项目 |',
  '按照规定执行',
  '此复。',
  '　',
  '> 引用的条文',
];
const text = fc
  .array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 25 })
  .map((lines) => `# 条例\n\n${lines.join('\n\n')}\n`);

describe('the Chinese parser never drops a text', () => {
  it('gives a tree with unique eIds, or only an empty-document error, for any mix of lines', () => {
    fc.assert(
      fc.property(text, (source) => {
        const result = parseDraft(source, { file: 'x.md' });
        if (!result.ok) {
          expect(result.errors.map((e) => e.code)).toEqual(['empty-document']);
          return;
        }
        const ids = flatten(result.document.nodes).map((n) => n.eId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const w of result.warnings) expect(w.line).toBeGreaterThan(0);
      }),
      { numRuns: 400, seed: 16 },
    );
  });

  it('keeps every article line of the source somewhere in the tree', () => {
    fc.assert(
      fc.property(text, (source) => {
        const result = parseDraft(source, { file: 'x.md' });
        if (!result.ok) return;
        const all = [
          result.document.title,
          ...result.document.preamble,
          ...flatten(result.document.nodes).flatMap((n) => [n.label, n.heading, n.text]),
        ].join('\n');
        for (const body of ['为了规范管理，制定本条例。', '本条例适用于本市。', '非机动车']) {
          if (source.includes(body)) expect(all).toContain(body);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
