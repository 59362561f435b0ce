/**
 * Held-out evaluation of near-duplicate grouping on edited Chinese form letters (issue #17):
 * copies with sentences reordered, dropped or added, greetings, signatures and changed words
 * (tests/fixtures/form-letters/generate.ts). The thresholds were set looking at seed 1 only;
 * the seeds here were not looked at before the test was written.
 */
import { describe, expect, it } from 'vitest';
import { groupNearDuplicates, sentenceKeys } from '../../../src/lib/moderation/near-duplicates.ts';
import { normaliseForCampaign } from '../../../src/lib/moderation/campaigns.ts';
import { editedCopies, LETTERS } from '../../fixtures/form-letters/generate.ts';

const SEEDS = [17, 2026, 90210];
const PER_LETTER = 50;

function evaluate(seed: number) {
  const originals = LETTERS.map((sentences, letter) => ({
    id: `letter-${letter}`,
    text: sentences.join(''),
    letter,
  }));
  const copies = editedCopies(seed, PER_LETTER).map((c, i) => ({
    id: `copy-${i}`,
    text: c.text,
    letter: c.letter,
  }));
  const all = [...originals, ...copies];
  const letterOf = new Map(all.map((x) => [x.id, x.letter]));
  const groups = groupNearDuplicates(all);
  const groupOf = new Map(groups.flatMap((g, i) => g.memberIds.map((id) => [id, i] as const)));
  const home = (c: { id: string; letter: number }) =>
    groupOf.get(c.id) !== undefined && groupOf.get(c.id) === groupOf.get(`letter-${c.letter}`);
  const perLetter = LETTERS.map((_, letter) => {
    const mine = copies.filter((c) => c.letter === letter);
    return mine.filter(home).length / mine.length;
  });
  const mixed = groups.filter((g) => new Set(g.memberIds.map((id) => letterOf.get(id))).size > 1);
  return { overall: copies.filter(home).length / copies.length, perLetter, mixed };
}

describe('edited Chinese form letters (held out)', () => {
  for (const seed of SEEDS) {
    it(`puts at least 95% of the copies in their letter's group, at least 90% for each letter, and mixes no letters (seed ${seed})`, () => {
      const { overall, perLetter, mixed } = evaluate(seed);
      expect(mixed.map((g) => g.memberIds.slice(0, 5))).toEqual([]);
      expect(overall).toBeGreaterThanOrEqual(0.95);
      for (const share of perLetter) expect(share).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('sets greetings and signatures aside, so a signed copy and the bare letter normalise alike', () => {
    const body = LETTERS[0]!.join('');
    const signed = `尊敬的市人大常委会法制工作委员会：\n${body}\n此致\n敬礼！\n张伟\n2026年11月3日`;
    expect(normaliseForCampaign(signed)).toBe(normaliseForCampaign(body));
    expect(normaliseForCampaign(`您好！\n${body}\n滨江小区业主\n2026-11-03`)).toBe(
      normaliseForCampaign(body),
    );
  });

  it('fingerprints sentences whatever their order, and skips the short ones', () => {
    const [a, b, c] = LETTERS[1]!;
    expect(new Set(sentenceKeys(`${a}${b}${c}`))).toEqual(new Set(sentenceKeys(`${c}\n${a}${b}`)));
    expect(sentenceKeys('谢谢。好的。')).toEqual([]);
  });

  it('keeps two letters apart that share only stock sentences', () => {
    const stock =
      '希望有关部门能够认真考虑我们的意见。恳请立法机关重视群众的呼声。以上意见仅供参考。';
    const groups = groupNearDuplicates([
      { id: 'a', text: `${LETTERS[2]!.join('')}${stock}` },
      { id: 'b', text: `${LETTERS[3]!.join('')}${stock}` },
    ]);
    expect(groups).toEqual([]);
  });
});
