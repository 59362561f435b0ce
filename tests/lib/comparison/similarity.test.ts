/**
 * The similarity measure's fast paths (#16: the core within 3× a plain diffLines) must give
 * exactly what the definitions give: normalisation through a per-character table equals NFKC,
 * lower case and the regular expressions on the whole text; bags of integer ids compare, add
 * and subtract like multisets of shingle strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TextCache,
  containment,
  dice,
  normaliseForIdentity,
  normaliseForMatch,
  overlap,
  overlapIndex,
  overlapsWith,
  subtractBag,
  unionBag,
} from '../../../src/lib/comparison/similarity.ts';
import type { DocumentLanguage } from '../../../src/lib/legislation/types.ts';

// The definitions, as the module header states them.
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
function matchSpec(text: string, language: DocumentLanguage): string {
  const folded = text.normalize('NFKC').toLowerCase();
  return language === 'zh' ? folded.replace(NOT_WORD, '') : folded.replace(NOT_WORD, ' ').trim();
}
function identitySpec(text: string, language: DocumentLanguage): string {
  const folded = text.normalize('NFKC');
  return language === 'zh' ? folded.replace(/\s+/g, '') : folded.replace(/\s+/g, ' ').trim();
}
function shingles(text: string, language: DocumentLanguage): Map<string, number> {
  const norm = matchSpec(text, language);
  const out = new Map<string, number>();
  const add = (s: string) => out.set(s, (out.get(s) ?? 0) + 1);
  if (language === 'zh') {
    const chars = Array.from(norm);
    if (chars.length === 1) add(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
  } else {
    const words = norm === '' ? [] : norm.split(' ');
    words.forEach((w, i) => {
      add(w);
      if (i + 1 < words.length) add(`${w} ${words[i + 1]}`);
    });
  }
  return out;
}
const shared = (a: Map<string, number>, b: Map<string, number>) =>
  [...a].reduce((n, [s, c]) => n + Math.min(c, b.get(s) ?? 0), 0);
const total = (a: Map<string, number>) => [...a.values()].reduce((n, c) => n + c, 0);

const LANGUAGES: DocumentLanguage[] = ['zh', 'en'];

/** Characters legal texts are made of, with the awkward ones among them. */
const legalChar = fc.oneof(
  fc.constantFrom(
    ...'第一条为了规范立法活动，。；：、（）《》“”〔〕【】　 \n\t0123456789０１２３ＡＢａｂ',
  ),
  fc.constantFrom(...'abcXYZ ,.;:()[]-–—…‘’·×①⑴⒈Ⅰⅱ\u00a0\u2002\u3000\u3007々〇'),
  fc.integer({ min: 0x20, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('e\u0301', 'ｶﾞ', '\u302a', '𠀀', '\ud800', 'İ', 'ß', 'Ω', '\u2028'),
);
const legalText = fc.array(legalChar, { maxLength: 60 }).map((cs) => cs.join(''));

describe('normalisation', () => {
  it('equals the definition for every single UTF-16 code unit', () => {
    for (const language of LANGUAGES) {
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        if (normaliseForMatch(ch, language) !== matchSpec(ch, language))
          throw new Error(`match ${language} U+${c.toString(16)}`);
        if (normaliseForIdentity(ch, language) !== identitySpec(ch, language))
          throw new Error(`identity ${language} U+${c.toString(16)}`);
      }
    }
    expect(normaliseForMatch('第一条　为了规范（立法）活动，', 'zh')).toBe(
      '第一条为了规范立法活动',
    );
  });

  it('equals the definition on arbitrary mixed text', () => {
    fc.assert(
      fc.property(legalText, fc.constantFrom(...LANGUAGES), (text, language) => {
        expect(normaliseForMatch(text, language)).toBe(matchSpec(text, language));
        expect(normaliseForIdentity(text, language)).toBe(identitySpec(text, language));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals the definition on English of ASCII words among any punctuation, for both uses', () => {
    // The shape of nearly all English legislation, which takes a shorter path than the tables.
    const englishChar = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(...'AbZ09 ,.;:“”‘’–—§…\u00a0\u2002\u2028\u3000'),
      fc.constantFrom('é', 'İ', 'ß', 'Ⅰ', '①', 'ｂ', '\ufb01'),
    );
    fc.assert(
      fc.property(fc.array(englishChar, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(normaliseForMatch(text, 'en')).toBe(matchSpec(text, 'en'));
        expect(normaliseForIdentity(text, 'en')).toBe(identitySpec(text, 'en'));
      }),
      { numRuns: 3000 },
    );
    expect(normaliseForMatch('“Office of the Secretary” — §\u00a012(a)', 'en')).toBe(
      'office of the secretary 12 a',
    );
    expect(normaliseForIdentity(' “Office”\t\n— §12(a)\u001f\u0085 ', 'en')).toBe(
      '“Office” — §12(a)\u001f\u0085',
    );
    expect(normaliseForIdentity('“Office”\u00a0§ 12…', 'en')).toBe('“Office” § 12...');
  });

  it('folds widths and spaces but keeps punctuation for the change status', () => {
    expect(normaliseForIdentity('为了规范，　立法', 'zh')).toBe('为了规范,立法');
    expect(normaliseForIdentity(' The  Secretary;\u3000(a) ', 'en')).toBe('The Secretary; (a)');
    expect(normaliseForMatch(' The  Secretary, (a) ', 'en')).toBe('the secretary a');
  });
});

describe('shingle bags of one cache', () => {
  it('overlap, dice and containment equal the multiset definitions', () => {
    fc.assert(
      fc.property(legalText, legalText, fc.constantFrom(...LANGUAGES), (x, y, language) => {
        const cache = new TextCache(language);
        const a = cache.bag(x);
        const b = cache.bag(y);
        const sa = shingles(x, language);
        const sb = shingles(y, language);
        const common = shared(sa, sb);
        expect(a.size).toBe(total(sa));
        // One id per distinct shingle: no two shingles share an id, no shingle has two.
        expect(a.ids.length).toBe(sa.size);
        expect(overlap(a, b)).toBe(common);
        expect(overlap(b, a)).toBe(common);
        const size = total(sa) + total(sb);
        expect(dice(a, b)).toBe(size === 0 ? 1 : (2 * common) / size);
        expect(containment(a, b)).toBe(total(sa) === 0 ? 1 : common / total(sa));
        expect(overlapsWith(a, overlapIndex([b, a], cache))).toEqual(
          Int32Array.of(common, total(sa)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('union and difference behave as multiset sum and difference', () => {
    fc.assert(
      fc.property(legalText, legalText, legalText, (x, y, z) => {
        const cache = new TextCache('zh');
        const [a, b, c] = [cache.bag(x), cache.bag(y), cache.bag(z)];
        const u = unionBag([a, b]);
        expect(u.size).toBe(a.size + b.size);
        expect(overlap(u, c)).toBe(
          shared(
            new Map(
              [...new Set([...shingles(x, 'zh').keys(), ...shingles(y, 'zh').keys()])].map((s) => [
                s,
                (shingles(x, 'zh').get(s) ?? 0) + (shingles(y, 'zh').get(s) ?? 0),
              ]),
            ),
            shingles(z, 'zh'),
          ),
        );
        const d = subtractBag(a, b);
        expect(d.size).toBe(a.size - overlap(a, b));
        expect(overlap(d, b)).toBe(
          [...shingles(x, 'zh')].reduce(
            (n, [s, k]) =>
              n +
              Math.min(
                Math.max(0, k - (shingles(y, 'zh').get(s) ?? 0)),
                shingles(y, 'zh').get(s) ?? 0,
              ),
            0,
          ),
        );
        // Ids are distinct and counts positive: the scratch-array algebra relies on it.
        for (const bag of [a, u, d]) {
          expect(new Set(bag.ids).size).toBe(bag.ids.length);
          expect(bag.counts.every((n) => n > 0)).toBe(true);
          expect(bag.counts.reduce((n, c) => n + c, 0)).toBe(bag.size);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same overlaps through an index and bag by bag, whatever the vocabulary', () => {
    fc.assert(
      fc.property(fc.array(legalText, { minLength: 1, maxLength: 6 }), legalText, (texts, x) => {
        const small = new TextCache('zh');
        // A long text first: thousands of ids, so a few short bags are compared one by one.
        const large = new TextCache('zh');
        large.bag(Array.from({ length: 3000 }, (_, k) => String.fromCharCode(0x4e00 + k)).join(''));
        for (const cache of [small, large]) {
          const bags = texts.map((t) => cache.bag(t));
          const index = overlapIndex(bags, cache);
          expect(index.bags === null).toBe(cache === small);
          expect([...overlapsWith(cache.bag(x), index)]).toEqual(
            bags.map((b) => overlap(cache.bag(x), b)),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives each of tens of thousands of words and word pairs one id of its own', () => {
    // More words and pairs than the id tables first hold, so they grow while ids are given.
    const words = Array.from({ length: 6000 }, (_, k) => `w${(k * 7919) % 6000}x`);
    const cache = new TextCache('en');
    const first = cache.bag(words.join(' '));
    expect(first.ids.length).toBe(2 * 6000 - 1);
    expect(first.size).toBe(2 * 6000 - 1);
    const again = cache.bag(`(${words.slice(0, 3000).join('; ')})`);
    expect(again.ids.every((id) => first.ids.includes(id))).toBe(true);
    expect(overlap(first, again)).toBe(3000 + 2999);
    expect(cache.vocabularySize).toBe(2 * 6000 - 1);
    // Words of the same hash (FNV-1a) are still different words.
    const clash = new TextCache('en');
    const both = clash.bag('costarring liquid declinate macallums');
    expect(both.ids.length).toBe(7);
    expect(overlap(both, clash.bag('liquid'))).toBe(1);
    expect(overlap(clash.bag('costarring'), clash.bag('liquid'))).toBe(0);
    const zh = new TextCache('zh');
    const han = Array.from({ length: 9000 }, (_, k) =>
      String.fromCharCode(0x4e00 + ((k * 31) % 9000)),
    );
    const bag = zh.bag(han.join(''));
    expect(bag.ids.length).toBe(8999);
    expect(overlap(bag, zh.bag(han.slice(4000).join('')))).toBe(4999);
  });

  it('gives a one-character Chinese text its character, an empty text nothing', () => {
    const cache = new TextCache('zh');
    expect(cache.bag('法').size).toBe(1);
    expect(overlap(cache.bag('法'), cache.bag('法律'))).toBe(0);
    expect(cache.bag('，。').size).toBe(0);
    expect(dice(cache.bag(''), cache.bag('。'))).toBe(1);
    expect(dice(cache.bag('制定法律'), cache.bag('修改法律'))).toBeCloseTo(1 / 3);
  });
});
