/** Near-duplicate grouping (MinHash + LSH), on synthetic cases and the 1,000 real comments. */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  groupCampaigns,
  MIN_KEY_LENGTH,
  normaliseForCampaign,
} from '../../../src/lib/moderation/campaigns.ts';
import {
  bandKeys,
  BANDS,
  estimatedSimilarity,
  groupNearDuplicates,
  keyText,
  letterKeys,
  MIN_SHARED_SENTENCES,
  minhashSignature,
  SENTENCE_TAG,
  sentenceKeys,
  SHINGLE_LENGTH,
  SIGNATURE_LENGTH,
} from '../../../src/lib/moderation/near-duplicates.ts';
import { corpusPath } from '../../helpers/corpus.ts';

const letter =
  'I am writing in strong opposition to the proposed rule because it undermines fairness in school sports for girls and women, who fought for decades to have a fair place on the field.';

describe('MinHash signatures', () => {
  it('are equal for copies that differ only in placeholders, signatures and punctuation', () => {
    expect(minhashSignature(`${letter}\n\nSincerely,\n**FULL NAME**`)).toEqual(
      minhashSignature(`${letter.toUpperCase()}\n\nSincerely,\nJane Doe`),
    );
  });
  it('stay close when a sentence is added, and far for a different letter', () => {
    const sig = minhashSignature(letter)!;
    const edited = minhashSignature(
      `This rule is wrong. ${letter.replace('decades', 'many decades')}`,
    )!;
    const other = minhashSignature(
      'Please adopt the rule as written: transgender students deserve to play on the teams that match who they are, with their friends.',
    )!;
    expect(estimatedSimilarity(sig, edited)).toBeGreaterThanOrEqual(0.6);
    expect(estimatedSimilarity(sig, other)).toBeLessThan(0.2);
  });
  it('are null for texts too short to be a form letter', () => {
    expect(minhashSignature('I oppose this rule.')).toBeNull();
  });
  it('give one band key per band, in signed 32-bit values that fit an integer column', () => {
    const sig = minhashSignature(letter)!;
    expect(sig.every((v) => Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31)).toBe(true);
    expect(bandKeys(sig)).toHaveLength(BANDS);
    expect(new Set(bandKeys(sig).map((k) => k.split(':')[0])).size).toBe(BANDS);
  });
  it('group Chinese form letters with a changed word and a filled-in name', () => {
    const zh =
      '我们小区全体业主强烈要求在第二十三条中明确物业费调整必须经业主大会表决通过，不得由物业公司单方面决定，并应当提前三十日公示调整方案。';
    const groups = groupNearDuplicates([
      { id: 'a', text: `${zh}\n此致敬礼\n张三` },
      { id: 'b', text: zh.replace('三十日', '六十日') },
      {
        id: 'c',
        text: '建议第五条增加关于电梯维修资金使用的规定，由业主委员会每年公布一次使用情况和余额。',
      },
    ]);
    expect(groups).toEqual([{ representativeId: 'a', size: 2, memberIds: ['a', 'b'] }]);
  });
});

/**
 * The signature as first defined (code-point shingles as strings, one Set, 64 seeded mixes),
 * kept here as plainly as possible: the signatures stored in comment_groups must stay
 * comparable with the ones computed now, whatever the code does to be fast.
 */
function referenceSignature(text: string): number[] | null {
  const mix = (x: number) => {
    let h = x >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const seeds = Array.from({ length: SIGNATURE_LENGTH }, (_, i) =>
    mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
  );
  const chars = [...normaliseForCampaign(text)];
  if (chars.length < MIN_KEY_LENGTH) return null;
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_LENGTH <= chars.length; i++) {
    let h = 0x811c9dc5;
    for (const unit of chars.slice(i, i + SHINGLE_LENGTH).join(''))
      for (let j = 0; j < unit.length; j++) h = Math.imul(h ^ unit.charCodeAt(j), 0x01000193);
    shingles.add(h >>> 0);
  }
  const sig = seeds.map((seed) => Math.min(...[...shingles].map((h) => mix(h ^ seed))));
  return sig.map((v) => v | 0);
}

describe('the 1,000 real comments', () => {
  const rows = parse<{ document_id: string; comment: string }>(
    fs.readFileSync(corpusPath('regulations-gov-comments--sample-1000.csv')),
    {
      columns: true,
      bom: true,
    },
  );
  const items = rows.map((r) => ({ id: r.document_id, text: r.comment }));
  const work = { comparisons: 0 };
  const groups = groupNearDuplicates(items, work);
  const groupOf = new Map(
    groups.flatMap((g) => g.memberIds.map((id) => [id, g.representativeId] as const)),
  );
  const text = new Map(rows.map((r) => [r.document_id, r.comment]));

  it('have the signatures of the plain definition, so stored ones stay comparable', () => {
    const texts = [
      ...rows.map((r) => r.comment),
      '𠀀𠀁𠀂𠀃 characters outside the basic plane 😀 and more words to make it long enough 😀😀',
    ];
    const differing = texts.filter(
      (t) => JSON.stringify(minhashSignature(t)) !== JSON.stringify(referenceSignature(t)),
    );
    expect(differing).toEqual([]);
  });

  it('give the same signature and keys through letterKeys, which normalises once', () => {
    for (const r of rows) {
      const signature = minhashSignature(r.comment);
      const keys = letterKeys(r.comment);
      expect(
        keys && {
          signature: Array.from(keys.signature),
          keys: Array.from(keys.bands, (h, b) => keyText(b, h)),
          sentences: Array.from(keys.sentences, (h) => keyText(SENTENCE_TAG, h)),
        },
      ).toEqual(
        signature
          ? { signature, keys: bandKeys(signature), sentences: sentenceKeys(r.comment) }
          : null,
      );
    }
  });

  it('keeps every exact campaign whole inside one group', () => {
    for (const exact of groupCampaigns(items)) {
      expect(
        new Set(exact.memberIds.map((id) => groupOf.get(id))).size,
        exact.representativeId,
      ).toBe(1);
      expect(groupOf.has(exact.representativeId)).toBe(true);
    }
  });

  it('groups the edited copies that exact matching misses, and places each comment once', () => {
    const exactMembers = groupCampaigns(items).reduce((n, g) => n + g.size, 0);
    const members = groups.flatMap((g) => g.memberIds);
    expect(new Set(members).size).toBe(members.length);
    expect(members.length).toBeGreaterThan(exactMembers + 100);
  });

  it('finds the big letter with personal openings as one campaign of over 200 copies', () => {
    const biggest = groups[0]!;
    expect(biggest.size).toBeGreaterThan(200);
    const core = 'I strongly oppose the Department of Education';
    expect(
      biggest.memberIds.filter((id) => text.get(id)!.includes(core)).length / biggest.size,
    ).toBeGreaterThan(0.95);
    expect(new Set(biggest.memberIds.map((id) => text.get(id)!.slice(0, 40))).size).toBeGreaterThan(
      20,
    );
  });

  // The proxy for "no false merges" on unlabelled real letters: every member either stays
  // close to its representative on shingles, or carries at least three of its sentences word
  // for word (a personalised copy: "My name is …, the mother of …" around the letter's core).
  it('does not chain different letters together: each member is close to its representative, on shingles or on sentences', () => {
    for (const g of groups) {
      const repText = text.get(g.representativeId)!;
      const rep = minhashSignature(repText)!;
      const repSentences = new Set(sentenceKeys(repText));
      for (const id of g.memberIds) {
        const similarity = estimatedSimilarity(rep, minhashSignature(text.get(id)!)!);
        const own = sentenceKeys(text.get(id)!);
        const shared = own.filter((k) => repSentences.has(k)).length;
        expect(
          similarity >= 0.5 || (similarity >= 0.25 && shared >= MIN_SHARED_SENTENCES),
          `${g.representativeId} ${id} ${similarity} ${shared}`,
        ).toBe(true);
      }
    }
    expect(groups.length).toBeGreaterThanOrEqual(20);
  });

  it('compares only candidates that share a band, far fewer than all pairs', () => {
    // Counted, not timed: all pairs of 1,000 comments would be 499,500 comparisons.
    expect(work.comparisons).toBeGreaterThan(0);
    expect(work.comparisons).toBeLessThan(items.length * 10);
  });

  it('is deterministic whatever the input order', () => {
    const reversed = groupNearDuplicates([...items].reverse());
    const canon = (gs: typeof groups) => gs.map((g) => [...g.memberIds].sort().join(',')).sort();
    expect(canon(reversed)).toEqual(canon(groups));
  });
});
