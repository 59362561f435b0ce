import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../../src/lib/comments/mask.ts';
import { sanitiseLine, sanitiseText } from '../../../src/lib/comments/sanitise.ts';

describe('sanitising submitted text', () => {
  it('strips control and bidi override characters but keeps newlines and CJK text', () => {
    expect(sanitiseText('第一条\u0000建议\u202E修改\r\n\u200B第二款\u0007')).toBe('第一条建议修改\n第二款');
  });
  it('keeps emoji joined with ZWJ and drops stray joiners', () => {
    expect(sanitiseText('家庭👨\u200D👩\u200D👧好')).toBe('家庭👨\u200D👩\u200D👧好');
    expect(sanitiseText('a\u200Db')).toBe('ab');
  });
  it('collapses long runs of blank lines and trims', () => {
    expect(sanitiseText('\n\n甲\n\n\n\n\n\n乙  \n')).toBe('甲\n\n\n乙');
  });
  it('makes single-line fields single-line', () => {
    expect(sanitiseLine(' 张\n 三\t ')).toBe('张 三');
  });
  it('is idempotent and never throws, even on lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = sanitiseText(s);
        expect(sanitiseText(once)).toBe(once);
        expect(/[\uD800-\uDFFF]/.test(once.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))).toBe(false);
      }),
    );
  });
});

describe('masking personal data in published text', () => {
  it('masks mobile numbers in their common written forms', () => {
    const r = maskPersonalData('我的电话是13812345678，或者 +86 139-1234-5678。');
    expect(r.text).toBe('我的电话是138****5678，或者 139****5678。');
    expect(r.found.map((f) => f.kind)).toEqual(['mobile', 'mobile']);
  });
  it('masks 18-digit resident ID numbers including the X check digit', () => {
    const r = maskPersonalData('身份证号11010519491231002X，请核实');
    expect(r.text).toBe('身份证号110***********002X，请核实');
    expect(r.text).not.toContain('19491231');
  });
  it('masks e-mail addresses and landlines', () => {
    expect(maskPersonalData('邮箱 wang.li@example.com 座机 0535-6612345').text).toBe('邮箱 w***@example.com 座机 0535-****2345');
  });
  it('leaves years, amounts, dates and article numbers alone', () => {
    const text = '建议第120条在2026年12月21日前施行，罚款由100000元提高到2000000元，见2023年第40条。';
    expect(maskPersonalData(text)).toEqual({ text, found: [] });
  });
  it('never leaks the middle digits of a found ID number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 110000, max: 659999 }),
        fc.date({ min: new Date('1930-01-01'), max: new Date('2019-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (area, birth, seq) => {
          const d = birth.toISOString().slice(0, 10).replace(/-/g, '');
          const id = `${area}${d}${String(seq).padStart(3, '0')}7`;
          const r = maskPersonalData(`号码${id}。`);
          expect(r.text).not.toContain(d);
        },
      ),
    );
  });
});
