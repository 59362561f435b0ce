import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonalData, type PersonalDataKind } from '../../../src/lib/comments/mask.ts';
import { corpusDir as corpus, corpusTexts } from '../../helpers/corpus.ts';

const kinds = (text: string) => maskPersonalData(text).found.map((f) => f.kind);
const masked = (text: string) => maskPersonalData(text).text;

describe('maskPersonalData on a realistic comment', () => {
  const comment = [
    '对第十二条第二款的意见：物业服务企业收取的专项维修资金应当每年公示。',
    '我是本小区业主，身份证号11010519491231002X，电话138-1234-5678，',
    '邮箱 wang.li@example.com，也可拨打办公室电话0535-6612345。',
    '去年我通过银行卡6222 0212 3456 7890 123缴纳了2026年度物业费3600元。',
  ].join('\n');

  it('masks each kind of personal data and reports where it was in the original', () => {
    const r = maskPersonalData(comment);
    expect(r.found.map((f) => [f.kind, comment.slice(f.start, f.end)])).toEqual([
      ['id-number', '11010519491231002X'],
      ['mobile', '138-1234-5678'],
      ['email', 'wang.li@example.com'],
      ['landline', '0535-6612345'],
      ['bank-card', '6222 0212 3456 7890 123'],
    ]);
    expect(r.text).toBe(
      [
        '对第十二条第二款的意见：物业服务企业收取的专项维修资金应当每年公示。',
        '我是本小区业主，身份证号110***********002X，电话138****5678，',
        '邮箱 w***@example.com，也可拨打办公室电话0535-****2345。',
        '去年我通过银行卡6222***********0123缴纳了2026年度物业费3600元。',
      ].join('\n'),
    );
  });

  it('reports findings in text order, without overlaps', () => {
    const { found } = maskPersonalData(comment);
    for (let i = 1; i < found.length; i++)
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('mobile numbers', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['+86 13912345678', '+86 139****5678'],
    ['+86-139-1234-5678', '+86-139****5678'],
    ['8613912345678', '86139****5678'],
    ['0086 19912345678', '0086 199****5678'],
  ])('masks %s', (number, expected) => {
    const r = maskPersonalData(`联系电话：${number}。`);
    expect(r.text).toBe(`联系电话：${expected}。`);
    expect(r.found).toEqual([{ kind: 'mobile', start: 5, end: 5 + number.length }]);
  });

  it('does not take an 11-digit number that does not start with 13-19', () => {
    expect(kinds('编号12345678901')).toEqual([]);
    expect(kinds('编号10012345678')).toEqual([]);
  });
});

describe('resident ID numbers', () => {
  it('masks 18-digit numbers, with X or x as the check character', () => {
    expect(masked('身份证11010519491231002X')).toBe('身份证110***********002X');
    expect(masked('身份证11010519491231002x')).toBe('身份证110***********002X');
    expect(masked('身份证370602200001011234号')).toBe('身份证370***********1234号');
  });

  it('masks 18-digit numbers written in groups', () => {
    expect(masked('身份证 110105 19491231 002X')).toBe('身份证 110***********002X');
  });

  it('masks the old 15-digit numbers', () => {
    const r = maskPersonalData('旧证号110105491231002');
    expect(r.text).toBe('旧证号110*********002');
    expect(r.found[0]!.kind).toBe('id-number');
  });

  it('does not take an 18-digit run whose birth date is impossible as an ID', () => {
    expect(kinds('11010519491331002X')).not.toContain('id-number');
  });
});

describe('e-mail addresses, landlines and bank cards', () => {
  it('masks e-mail addresses to their first letter and domain', () => {
    expect(masked('请回复 a.b-c@mail.example.org.cn 谢谢')).toBe(
      '请回复 a***@mail.example.org.cn 谢谢',
    );
  });

  it('treats a QQ address made of digits as one e-mail address, not a phone number', () => {
    expect(maskPersonalData('13812345678@qq.com')).toEqual({
      text: '1***@qq.com',
      found: [{ kind: 'email', start: 0, end: 18 }],
    });
  });

  it.each([
    ['010-62345678', '010-****5678'],
    ['0535-6612345', '0535-****2345'],
    ['0535 6612345', '0535 ****2345'],
    ['（0535）6612345', '（0535）****2345'],
    ['(010) 62345678', '(010) ****5678'],
  ])('masks the landline %s, keeping the area code', (number, expected) => {
    expect(maskPersonalData(`座机${number}`)).toEqual({
      text: `座机${expected}`,
      found: [{ kind: 'landline', start: 2, end: 2 + number.length }],
    });
  });

  it.each([
    ['6222021234567890', '6222********7890'],
    ['6222021234567890123', '6222***********0123'],
    ['6222-0212-3456-7890', '6222********7890'],
  ])('masks the card-like number %s', (number, expected) => {
    expect(maskPersonalData(`卡号：${number}`)).toEqual({
      text: `卡号：${expected}`,
      found: [{ kind: 'bank-card', start: 3, end: 3 + number.length }],
    });
  });
});

describe('ordinary numbers stay', () => {
  it.each([
    '建议第120条在2026年12月21日前施行。',
    '罚款由100000元提高到2000000元。',
    '全市财政收入13000000000元，比上年增长1500000000元。',
    '预算￥13812345678，约合13812345678.50美元。',
    '增长率为13812345678%。',
    '依据立法法（2023年修正）第40条、第一百零一条。',
    '2026-12-21前截止，20261221为开会日期，时间18:00。',
    '京政发〔2023〕12号文，邮编264000，案号（2023）京0105民初12345号。',
    '该项目投资0.13812345678亿元。',
    '一个二十位的流水号12345678901234567890不是银行卡。',
  ])('leaves "%s" alone', (text) => {
    expect(maskPersonalData(text)).toEqual({ text, found: [] });
  });

  it('finds nothing in real laws and bills, full of article numbers, dates and amounts', () => {
    const files = corpusTexts();
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const text = fs.readFileSync(path.join(corpus, file), 'utf8');
      expect(maskPersonalData(text).found, file).toEqual([]);
    }
  });
});

describe('masking properties', () => {
  const plainText = fc.string({
    unit: fc.constantFrom(...'建议本条删除应当可以，。、的意见和 \n'.split('')),
    maxLength: 30,
  });
  const birth = fc.date({
    min: new Date('1930-01-01T00:00:00Z'),
    max: new Date('2019-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const idNumber = fc
    .tuple(
      fc.integer({ min: 110000, max: 659999 }),
      birth,
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom(...'0123456789X'),
    )
    .map(
      ([area, date, seq, check]) =>
        `${area}${date.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}${check}`,
    );
  const mobile = fc
    .tuple(fc.integer({ min: 130, max: 199 }), fc.integer({ min: 0, max: 99_999_999 }))
    .map(([p, n]) => `${p}${String(n).padStart(8, '0')}`);

  it('finds a resident ID anywhere in a comment and never publishes its middle digits', () => {
    fc.assert(
      fc.property(plainText, idNumber, plainText, (before, id, after) => {
        const r = maskPersonalData(`${before}${id}${after}`);
        expect(r.found).toEqual([
          { kind: 'id-number', start: before.length, end: before.length + 18 },
        ]);
        expect(r.text).not.toContain(id.slice(3, -4));
        expect(r.text).not.toContain(id.slice(6, 14)); // the birth date
        expect(r.text.replace(/[^0-9X]/g, '')).toBe(`${id.slice(0, 3)}${id.slice(-4)}`);
      }),
    );
  });

  it('finds a mobile number anywhere in a comment and publishes only its first three and last four digits', () => {
    fc.assert(
      fc.property(plainText, mobile, plainText, (before, number, after) => {
        const r = maskPersonalData(`${before}${number}${after}`);
        const kind: PersonalDataKind = 'mobile';
        expect(r.found).toEqual([{ kind, start: before.length, end: before.length + 11 }]);
        expect(r.text).toBe(`${before}${number.slice(0, 3)}****${number.slice(-4)}${after}`);
      }),
    );
  });

  it('finds nothing more in text it has already masked', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(plainText, idNumber, mobile), { maxLength: 6 }), (parts) => {
        const once = maskPersonalData(parts.join('，'));
        expect(maskPersonalData(once.text).found).toEqual([]);
      }),
    );
  });

  it('never throws and keeps the text outside its findings, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const r = maskPersonalData(s);
        if (r.found.length === 0) expect(r.text).toBe(s);
        else expect(r.text.startsWith(s.slice(0, r.found[0]!.start))).toBe(true);
      }),
    );
  });
});
