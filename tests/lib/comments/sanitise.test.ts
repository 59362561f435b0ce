import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isWellFormedText,
  sanitiseLine,
  sanitiseText,
} from '../../../src/lib/comments/sanitise.ts';
import { corpusDir as corpus } from '../../helpers/corpus.ts';

const cjk = fc.string({
  unit: fc.constantFrom(
    ...'第一条建议修改应当可以。，、\n \t\u3000\u200B\u200D\u202E\r👨👩🏽💻'.split(/(?:)/u),
  ),
});
// Everything sanitising must remove, besides lone surrogates.
const FORBIDDEN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\u200C\u2060\uFEFF\u2028\u2029\r]/;

describe('sanitiseText', () => {
  it('strips C0 and C1 control characters but keeps newlines and tabs', () => {
    expect(sanitiseText('第一条\u0000建\u0007议\u001B修改\t理由\u007F：\u0085\u009F无')).toBe(
      '第一条建议修改\t理由：\n无',
    );
    for (let cp = 0; cp <= 0x9f; cp++) {
      if (cp >= 0x20 && cp < 0x7f) continue;
      const out = sanitiseText(`甲${String.fromCharCode(cp)}乙`);
      const expected = cp === 0x09 ? '甲\t乙' : [0x0a, 0x0d, 0x85].includes(cp) ? '甲\n乙' : '甲乙';
      expect(out, `U+${cp.toString(16)}`).toBe(expected);
    }
  });

  it('strips every bidi override and isolate, which can make stored text read differently', () => {
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(
        sanitiseText(`罚款\u0020${String.fromCharCode(cp)}100元`),
        `U+${cp.toString(16)}`,
      ).toBe('罚款 100元');
    }
    // The "Trojan Source" shape: an override that reverses the digits as displayed.
    expect(sanitiseText('罚款\u202E0001\u202C元')).toBe('罚款0001元');
  });

  it('strips zero-width characters', () => {
    expect(sanitiseText('应\u200B当\u200C改\u2060为\uFEFF可以')).toBe('应当改为可以');
  });

  it('keeps the zero-width joiner inside emoji sequences and drops it elsewhere', () => {
    for (const emoji of [
      '👨\u200D👩\u200D👧',
      '👩🏽\u200D💻',
      '🏳\uFE0F\u200D🌈',
      '❤\uFE0F\u200D🔥',
    ]) {
      expect(sanitiseText(`支持${emoji}！`), emoji).toBe(`支持${emoji}！`);
    }
    expect(sanitiseText('a\u200Db')).toBe('ab');
    expect(sanitiseText('条\u200D款')).toBe('条款');
    expect(sanitiseText('👨\u200D')).toBe('👨');
    expect(sanitiseText('\u200D👩')).toBe('👩');
  });

  it('composes to NFC, also across a removed control character', () => {
    expect(sanitiseText('Cafe\u0301')).toBe('Café');
    expect(sanitiseText('Cafe\u0000\u0301')).toBe('Café');
    expect(sanitiseText('\u212B')).toBe('\u00C5');
  });

  it('makes every kind of line end a newline', () => {
    expect(sanitiseText('一\r\n二\r三\u2028四\u2029五\u0085六')).toBe('一\n二\n三\n四\n五\n六');
  });

  it('keeps up to two blank lines, counting lines of only spaces as blank, and trims', () => {
    expect(sanitiseText('\n\n甲\n\n\n\n\n\n乙  \n')).toBe('甲\n\n\n乙');
    expect(sanitiseText('甲\n\n\n乙')).toBe('甲\n\n\n乙');
    expect(sanitiseText('甲\n \u3000\n\t\n\u3000\n乙')).toBe('甲\n\n\n乙');
  });

  it('keeps the full-width indentation that starts a Chinese paragraph', () => {
    expect(sanitiseText('第一段。\n\u3000\u3000第二段。')).toBe('第一段。\n\u3000\u3000第二段。');
  });

  it('replaces lone surrogates with U+FFFD and reports them as not well formed', () => {
    expect(isWellFormedText('甲\uD800乙')).toBe(false);
    expect(isWellFormedText('甲\uDC00')).toBe(false);
    expect(isWellFormedText('👩甲')).toBe(true);
    expect(sanitiseText('甲\uD800乙\uDFFF')).toBe('甲\uFFFD乙\uFFFD');
    expect(sanitiseText('\uD83D\u0000\uDE00')).toBe('\uFFFD\uFFFD');
  });

  it('removes the zero-width spaces in a real regulation and keeps every other character', () => {
    const text = fs.readFileSync(
      path.join(corpus, 'beijing-zhiding-difangxing-fagui-tiaoli--2023.md'),
      'utf8',
    );
    expect(text).toContain('\u200B');
    const out = sanitiseText(text);
    expect(out).not.toContain('\u200B');
    const visible = (s: string) => s.replace(/[\s\u200B]/g, '');
    expect(visible(out)).toBe(visible(text));
  });

  it('is idempotent, never throws, and leaves nothing forbidden, on arbitrary strings', () => {
    for (const strings of [fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), cjk]) {
      fc.assert(
        fc.property(strings, (s) => {
          const once = sanitiseText(s);
          expect(sanitiseText(once)).toBe(once);
          expect(isWellFormedText(once)).toBe(true);
          expect(FORBIDDEN.test(once)).toBe(false);
          expect(once).toBe(once.normalize('NFC'));
          expect(once).toBe(once.trim());
          expect(once).not.toMatch(/\n{4}/);
        }),
        { numRuns: 500 },
      );
    }
  });
});

describe('sanitiseLine', () => {
  it('makes single-line fields single-line, spaces collapsed', () => {
    expect(sanitiseLine(' 张\n 三\t ')).toBe('张 三');
    expect(sanitiseLine('海淀区\u3000\u3000中关村')).toBe('海淀区 中关村');
  });

  it('is idempotent and never leaves a line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = sanitiseLine(s);
        expect(sanitiseLine(once)).toBe(once);
        expect(once).not.toMatch(/[\n\t]/);
      }),
    );
  });
});
