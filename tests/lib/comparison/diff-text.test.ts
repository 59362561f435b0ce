import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  cleanup,
  editBound,
  sentences,
  sharedEnds,
  type DiffPart,
} from '../../../src/lib/comparison/diff-text.ts';
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

  it('shows an item added to a list between commas whole, as a drafter marks it', () => {
    // 立法法 2015 → 2023 第十四条: the segmenter run over the whole sentence paired 委员会 with
    // the wrong 委员会 and showed 中央军事[委员会、国家监察]委员会.
    const { parts } = diffText(
      '国务院、中央军事委员会、最高人民法院、最高人民检察院，可以提出法律案。',
      '国务院、中央军事委员会、国家监察委员会、最高人民法院、最高人民检察院，可以提出法律案。',
      'zh',
    );
    expect(parts).toEqual([
      { op: 'equal', text: '国务院、中央军事委员会、' },
      { op: 'insert', text: '国家监察委员会、' },
      { op: 'equal', text: '最高人民法院、最高人民检察院，可以提出法律案。' },
    ]);
  });

  it('gives a mark both sides of a change begin with to the unchanged text', () => {
    // 公司法 2018 第八十九条 → 2023 第一百零一条: the full stop after 证明 was shown deleted and
    // inserted again, 证明[。发起人…][。\n募集…].
    const before =
      '发行股份的股款缴足后，必须经依法设立的验资机构验资并出具证明。发起人应当自股款缴足之日起三十日内主持召开公司创立大会。创立大会由发起人、认股人组成。\n发起人应当在创立大会召开十五日前将会议日期通知各认股人或者予以公告。';
    const after =
      '向社会公开募集股份的股款缴足后，应当经依法设立的验资机构验资并出具证明。\n募集设立股份有限公司的发起人应当自公司设立时应发行股份的股款缴足之日起三十日内召开公司成立大会。发起人应当在成立大会召开十五日前将会议日期通知各认股人或者予以公告。';
    const { parts } = diffText(before, after, 'zh');
    expect(parts).toContainEqual({ op: 'equal', text: '经依法设立的验资机构验资并出具证明。' });
    for (let i = 0; i + 1 < parts.length; i++) {
      const [d, n] = [parts[i]!, parts[i + 1]!];
      if (d.op === 'delete' && n.op === 'insert') expect(d.text[0]).not.toBe(n.text[0]);
    }
    expect(sides(parts)).toEqual({ oldText: before, newText: after });
  });

  it('finds the shared start and end of two Chinese texts at punctuation', () => {
    expect(sharedEnds('甲，乙，丙。', '甲，丁，丙。', 'zh')).toEqual([2, 3]);
    expect(sharedEnds('委员会和', '委员会、', 'zh')).toEqual([0, 0]);
    // The ends never overlap, even when one text is the other with a part repeated.
    expect(sharedEnds('甲，甲，', '甲，甲，甲，', 'zh')).toEqual([4, 0]);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const [head, foot] = sharedEnds(a, b, 'zh');
        expect(head + foot).toBeLessThanOrEqual(Math.min(a.length, b.length));
        expect(a.slice(0, head)).toBe(b.slice(0, head));
        expect(a.slice(a.length - foot)).toBe(b.slice(b.length - foot));
      }),
    );
  });

  it('cuts English into the sentences and tokens of jsdiff word tokens, in one pass', () => {
    // The definition: jsdiff diffWordsWithSpace tokens; a sentence ends after a token . ; : ! ?
    // followed by a token that starts with space, or after a newline token.
    const word =
      'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}';
    const token = new RegExp(`(\\r?\\n)|[${word}]+|[^\\S\\n\\r]+|[^${word}]`, 'gu');
    const spec = (text: string) => {
      const ts = text.match(token) ?? [];
      const texts: string[] = [];
      let from = 0;
      for (let i = 0; i < ts.length - 1; i++) {
        const t = ts[i]!;
        if (!/^[.;:!?]$|\n/u.test(t)) continue;
        if (!t.includes('\n') && !/^\s/u.test(ts[i + 1]!)) continue;
        texts.push(ts.slice(from, i + 1).join(''));
        from = i + 1;
      }
      if (from < ts.length) texts.push(ts.slice(from).join(''));
      return { texts, tokenCount: ts.length };
    };
    const char = fc.oneof(
      fc.constantFrom(...'ab Z9_.;:!?,()-\n\r\t\u00a0\u3000é\u0301“”'),
      fc.constantFrom('\ud83d\ude00', '\ud800', '\r\n'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }), (cs) => {
        const text = cs.join('');
        expect(sentences(text, 'en')).toEqual(spec(text));
      }),
      { numRuns: 3000 },
    );
    expect(sentences('Sec. 2. The Secretary shall report.\n(a) In general', 'en').texts).toEqual([
      'Sec.',
      ' 2.',
      ' The Secretary shall report.',
      '\n',
      '(a) In general',
    ]);
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
    // No token in common, so no sentence or anchor splits the one changed region.
    const a = Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    const b = Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x6000 + i)).join('');
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

  it('does not depend on the clock: the same input gives the same parts however slow the machine', () => {
    // A section of H.R. 2157 size with edits spread through it. With a time limit, a clock
    // that runs fast (a loaded machine) turned this into a whole replacement (#16).
    const words = Array.from({ length: 1000 }, (_, i) => `word${i % 300}`);
    const a = words.join(' ');
    const b = words.map((w, i) => (i % 10 === 0 ? `new${i}` : w)).join(' ');
    const calm = diffText(a, b, 'en');
    let clock = Date.now();
    const now = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000));
    const slow = performance.now;
    const perf = vi
      .spyOn(performance, 'now')
      .mockImplementation(() => slow.call(performance) + clock);
    try {
      expect(diffText(a, b, 'en')).toEqual(calm);
    } finally {
      now.mockRestore();
      perf.mockRestore();
    }
    expect(calm.replaced).toBe(false);
    expect(calm.parts.filter((p) => p.op === 'insert')).toHaveLength(100);
  });

  it('bounds the edit script by the size of the texts, not by time', () => {
    expect(editBound(2_000)).toBe(2000);
    expect(editBound(40_000)).toBe(100);
    expect(editBound(10_000_000)).toBe(100);
    // The same 150 edited words: within the bound of a short text, beyond that of a long one.
    const text = (n: number, edited: boolean) =>
      Array.from({ length: n }, (_, i) => (edited && i < 150 ? `x${i % 2}` : `w${i % 2}`)).join(
        ' ',
      );
    expect(diffText(text(400, false), text(400, true), 'en').replaced).toBe(false);
    const long = diffText(text(20_000, false), text(20_000, true), 'en');
    expect(long.replaced).toBe(true);
    expect(sides(long.parts)).toEqual({
      oldText: text(20_000, false),
      newText: text(20_000, true),
    });
  });

  it('cleans up in one pass with the output of the pass it replaces', () => {
    // The former cleanup looked ahead with parts.slice(i + 1).find(...): quadratic (#16).
    const reference = (parts: DiffPart[], language: 'zh' | 'en') => {
      const out: DiffPart[] = [];
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        const changedBefore = out.length > 0 && out.at(-1)!.op !== 'equal';
        const changedAfter =
          parts.slice(i + 1).find((q) => q.op !== 'equal') !== undefined &&
          parts[i + 1]?.op !== 'equal';
        const short =
          language === 'zh'
            ? [...p.text.replace(/\s/g, '')].length <= 2
            : p.text.trim().split(/\s+/).filter(Boolean).length <= 1 && p.text.length <= 8;
        if (p.op === 'equal' && changedBefore && changedAfter && short)
          out.push({ op: 'delete', text: p.text }, { op: 'insert', text: p.text });
        else out.push({ ...p });
      }
      return cleanup(out, language);
    };
    const part = fc.record({
      op: fc.constantFrom<DiffPart['op'][]>('equal', 'insert', 'delete'),
      text: fc.constantFrom('a', 'ab cd', '法律', '，', ' ', 'longer words here'),
    });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.constantFrom('zh', 'en'), (parts, lang) => {
        expect(cleanup(parts, lang)).toEqual(reference(parts, lang));
      }),
      { numRuns: 500 },
    );
  });
});
