import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffText, sides } from '../../../src/lib/comparison/index.ts';

describe('word-level diff', () => {
  it('shows a Chinese edit as whole phrases, not single characters', () => {
    const { parts } = diffText(
      '物业服务人应当定期公示服务事项和收费标准。',
      '物业服务人应当每季度公示服务事项、收费标准和维修资金使用情况。',
      'zh',
    );
    const changed = parts.filter((p) => p.op !== 'equal');
    expect(changed.length).toBeLessThanOrEqual(6);
    expect(parts.find((p) => p.op === 'insert' && p.text.includes('每季度'))).toBeDefined();
    expect(changed.every((p) => [...p.text].length >= 1)).toBe(true);
  });

  it('diffs English by words and keeps whitespace-only changes', () => {
    const { parts } = diffText('The Secretary shall report.', 'The Secretary  shall report.', 'en');
    expect(parts.some((p) => p.op !== 'equal')).toBe(true);
    const words = diffText(
      'The Secretary shall report annually.',
      'The Administrator shall report quarterly.',
      'en',
    ).parts;
    expect(words.filter((p) => p.op === 'delete').map((p) => p.text.trim())).toEqual([
      'Secretary',
      'annually',
    ]);
  });

  it('degrades to a whole replacement when the bounds are exceeded, never hanging', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `甲${i}`).join('，');
    const b = Array.from({ length: 3000 }, (_, i) => `乙${i}`).join('，');
    const diff = diffText(a, b, 'zh', { maxEditLength: 5 });
    expect(diff.replaced).toBe(true);
    expect(diff.parts).toEqual([
      { op: 'delete', text: a },
      { op: 'insert', text: b },
    ]);
  });

  it('keeps a whitespace-only change in Chinese text, reproducing the old spelling', () => {
    // jsdiff's diffWords trims tokens before comparing and reports unchanged runs in the new
    // spelling, which hid these edits and broke the old side.
    for (const [a, b] of [
      ['依法 行政。', '依法行政。'],
      ['第一条 规定', '第一条　规定'],
      ['法律规定。', '法律规定。 '],
    ]) {
      const { parts } = diffText(a!, b!, 'zh');
      expect(parts.some((p) => p.op !== 'equal')).toBe(true);
      expect(sides(parts)).toEqual({ oldText: a, newText: b });
    }
  });

  it('reproduces both texts from Chinese words, punctuation and every kind of space', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        '法',
        '律',
        '规',
        '定',
        '行政',
        '，',
        '。',
        ' ',
        '　',
        '\n',
        '（一）',
        'A',
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sides(diffText(a, b, 'zh').parts)).toEqual({ oldText: a, newText: b });
      }),
      { numRuns: 500 },
    );
  });

  it('always reproduces both texts from its parts (any Unicode, including CJK)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.constantFrom('zh', 'en'),
        (a, b, lang) => {
          const { parts } = diffText(a, b, lang);
          expect(sides(parts)).toEqual({ oldText: a, newText: b });
        },
      ),
      { numRuns: 300 },
    );
  });
});
