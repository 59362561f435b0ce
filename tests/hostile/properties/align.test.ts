/**
 * The alignment of two versions on arbitrary article lists: no crash or hang, every old and
 * every new article accounted for exactly once, the same answer every time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignUnits, type Unit } from '../../../src/lib/comparison/index.ts';
import { formatChineseNumeral } from '../../../src/lib/legislation/index.ts';
import { hostileText } from './arbitraries.ts';

function units(texts: readonly string[]): Unit[] {
  return texts.map((text, i) => {
    const label = `第${formatChineseNumeral(i + 1)}条`;
    return {
      eId: `art_${i + 1}`,
      label,
      text,
      node: {
        kind: 'article',
        eId: `art_${i + 1}`,
        num: i + 1,
        subNum: null,
        label,
        heading: '',
        text,
        children: [],
        line: i + 1,
      },
    };
  });
}

const article = fc.oneof(
  hostileText(80),
  fc.constantFrom('', '本条例自公布之日起施行。', '违反本条例规定的，由有关部门责令改正。'),
);
const edit = fc.oneof(
  fc.constant((t: string) => t),
  hostileText(10).map((s) => (t: string) => t + s),
  fc.constant((t: string) => t.slice(0, Math.floor(t.length / 2))),
  fc.constant(() => ''),
);

/** An old list and a new one made from it by keeping, editing, dropping, inserting, splitting, merging and moving. */
const versions = fc.array(article, { maxLength: 25 }).chain((old) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom('keep', 'edit', 'drop', 'split', 'merge'), edit), {
        minLength: old.length,
        maxLength: old.length,
      }),
      fc.array(fc.tuple(fc.nat(), article), { maxLength: 5 }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    )
    .map(([ops, inserts, moves]) => {
      const next: string[] = [];
      old.forEach((text, i) => {
        const [op, change] = ops[i]!;
        if (op === 'keep') next.push(text);
        else if (op === 'edit') next.push(change(text));
        else if (op === 'split')
          next.push(text.slice(0, text.length / 2), text.slice(text.length / 2));
        else if (op === 'merge' && next.length) next[next.length - 1] += text;
      });
      for (const [at, text] of inserts) next.splice(at % (next.length + 1), 0, text);
      for (const [from, to] of moves)
        if (next.length) next.splice(to % next.length, 0, ...next.splice(from % next.length, 1));
      return { old, next };
    }),
);

function expectEachOnce(indexes: number[], count: number, side: string) {
  expect(
    [...indexes].sort((x, y) => x - y),
    `${side} articles each accounted for once`,
  ).toEqual(Array.from({ length: count }, (_, i) => i));
}

describe('alignUnits on arbitrary versions', () => {
  it('accounts for every old and new article exactly once, deterministically', () => {
    fc.assert(
      fc.property(versions, fc.constantFrom<'zh' | 'en'>('zh', 'en'), ({ old, next }, language) => {
        const alignment = alignUnits(units(old), units(next), language);
        expectEachOnce(
          alignment.flatMap((a) => a.from),
          old.length,
          'old',
        );
        expectEachOnce(
          alignment.flatMap((a) => a.to),
          next.length,
          'new',
        );
        for (const a of alignment) {
          expect(a.from.length + a.to.length).toBeGreaterThan(0);
          expect(a.similarity).toBeGreaterThanOrEqual(0);
          expect(a.similarity).toBeLessThanOrEqual(1);
          if (a.type === 'inserted') expect(a.from).toEqual([]);
          if (a.type === 'deleted') expect(a.to).toEqual([]);
        }
        expect(alignUnits(units(old), units(next), language), 'the same answer again').toEqual(
          alignment,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('aligns two versions of 300 articles each, every old article once', () => {
    const old = Array.from(
      { length: 300 },
      (_, i) => `第${i}项示范事项应当遵守${'规定'.repeat(1 + (i % 7))}，具体办法由市人民政府制定。`,
    );
    const next = old.map((t, i) => (i % 10 === 0 ? `${t}修改` : t)).reverse();
    const alignment = alignUnits(units(old), units(next), 'zh');
    expectEachOnce(
      alignment.flatMap((a) => a.from),
      300,
      'old',
    );
  });
});
