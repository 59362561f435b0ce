import fc from 'fast-check';
import { inBoth } from '../../../src/lib/i18n/index.ts';
import { describe, expect, it } from 'vitest';
import {
  validateCommentInput,
  type FieldError,
  type ValidationResult,
} from '../../../src/lib/comments/validate.ts';

const good = {
  stance: 'amend',
  body: '建议将“应当”改为“可以”。',
  idempotencyKey: 'abcdefghijklmnop1234',
  clause: 'chp_1__art_3',
};
const clauseText = '物业服务企业应当每年公布专项维修资金的使用情况。';

function errorsOf(r: ValidationResult): FieldError[] {
  if (r.ok || 'spam' in r) throw new Error(`expected field errors, got ${JSON.stringify(r)}`);
  return r.errors;
}
const codes = (r: ValidationResult) => errorsOf(r).map((e) => `${e.field}:${e.code}`);
function valueOf(r: ValidationResult) {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.value;
}

describe('validateCommentInput: the happy path', () => {
  it('accepts a minimal comment as anonymous, individual, without consent to publish the name', () => {
    expect(valueOf(validateCommentInput(good))).toEqual({
      stance: 'amend',
      body: '建议将“应当”改为“可以”。',
      suggestedWording: null,
      displayName: null,
      category: 'individual',
      district: null,
      contact: null,
      consentPublish: false,
      idempotencyKey: 'abcdefghijklmnop1234',
      clauseEId: 'chp_1__art_3',
      quote: null,
      quoteStart: null,
      quoteEnd: null,
    });
  });

  it('accepts a comment on the whole draft (no clause)', () => {
    expect(valueOf(validateCommentInput({ ...good, clause: undefined })).clauseEId).toBeNull();
    expect(valueOf(validateCommentInput({ ...good, clause: '' })).clauseEId).toBeNull();
  });

  it('sanitises every text field and keeps the filled ones', () => {
    const value = valueOf(
      validateCommentInput({
        ...good,
        body: '\u202E 建议\r\n修改 ',
        suggestedWording: ' 物业服务企业可以每年公布。 ',
        displayName: ' 张\n三 ',
        category: 'deputy',
        district: ' 芝罘区 ',
        contact: '１３８ １２３４ ５６７８',
        consentPublish: 'on',
      }),
    );
    expect(value).toMatchObject({
      body: '建议\n修改',
      suggestedWording: '物业服务企业可以每年公布。',
      displayName: '张 三',
      category: 'deputy',
      district: '芝罘区',
      contact: '138 1234 5678',
      consentPublish: true,
    });
  });

  it.each(['support', 'oppose', 'amend', 'question'])('accepts the stance %s', (stance) => {
    expect(validateCommentInput({ ...good, stance }).ok).toBe(true);
  });

  it.each(['individual', 'enterprise', 'organisation', 'expert', 'deputy'])(
    'accepts the category %s',
    (category) => {
      expect(valueOf(validateCommentInput({ ...good, category })).category).toBe(category);
    },
  );
});

describe('validateCommentInput: errors', () => {
  it('reports every bad field at once, each in Chinese then English', () => {
    const r = validateCommentInput({
      stance: 'maybe',
      body: ' \u0000 ',
      idempotencyKey: 'x',
      clause: '../etc',
      contact: 'not a contact',
      category: 'alien',
      consentPublish: 'yes',
    });
    expect(codes(r).sort()).toEqual([
      'body:body-empty',
      'category:category-invalid',
      'clause:clause-invalid',
      'consentPublish:consent-invalid',
      'contact:contact-invalid',
      'idempotencyKey:form-expired',
      'stance:stance-invalid',
    ]);
    for (const e of errorsOf(r)) {
      expect(inBoth(e.message).zh, e.code).toMatch(/[\u4e00-\u9fff]/);
      expect(inBoth(e.message).en, e.code).toMatch(/^[\x20-\x7e]+$/);
      // Each message says what to do.
      expect(inBoth(e.message).zh, e.code).toMatch(/请/);
    }
  });

  it('tells a missing stance from an invalid one', () => {
    expect(codes(validateCommentInput({ ...good, stance: '' }))).toEqual(['stance:stance-missing']);
    expect(codes(validateCommentInput({ ...good, stance: undefined }))).toEqual([
      'stance:stance-missing',
    ]);
    expect(codes(validateCommentInput({ ...good, stance: 'Support' }))).toEqual([
      'stance:stance-invalid',
    ]);
  });

  it('measures the body after sanitising, in characters rather than UTF-16 units', () => {
    expect(codes(validateCommentInput({ ...good, body: '\u200B\u202E\n\n' }))).toEqual([
      'body:body-empty',
    ]);
    expect(validateCommentInput({ ...good, body: '𠀀'.repeat(5000) }).ok).toBe(true);
    expect(validateCommentInput({ ...good, body: `${'字'.repeat(5000)}\u200B\u200B` }).ok).toBe(
      true,
    );
    const over = errorsOf(validateCommentInput({ ...good, body: '字'.repeat(5001) }));
    expect(over.map((e) => e.code)).toEqual(['body-too-long']);
    expect(inBoth(over[0]!.message).zh).toContain('5001');
  });

  it('takes the body limit from the caller', () => {
    expect(
      codes(validateCommentInput({ ...good, body: '字'.repeat(11) }, { maxBodyLength: 10 })),
    ).toEqual(['body:body-too-long']);
    expect(validateCommentInput({ ...good, body: '字'.repeat(10) }, { maxBodyLength: 10 }).ok).toBe(
      true,
    );
  });

  it('limits suggested wording to 5000 characters', () => {
    expect(validateCommentInput({ ...good, suggestedWording: '字'.repeat(5000) }).ok).toBe(true);
    expect(codes(validateCommentInput({ ...good, suggestedWording: '字'.repeat(5001) }))).toEqual([
      'suggestedWording:suggested-too-long',
    ]);
  });

  it('refuses suggested wording that is the clause text unchanged, ignoring spacing', () => {
    const same = {
      ...good,
      suggestedWording: ` ${clauseText.slice(0, 6)}\n${clauseText.slice(6)} `,
    };
    expect(codes(validateCommentInput(same, {}, { clauseText }))).toEqual([
      'suggestedWording:suggested-same-as-clause',
    ]);
    expect(
      validateCommentInput(
        { ...good, suggestedWording: clauseText.replace('应当', '可以') },
        {},
        { clauseText },
      ).ok,
    ).toBe(true);
    // Without the clause text the check cannot be made, and the comment is not refused for it.
    expect(validateCommentInput(same).ok).toBe(true);
  });

  it('limits the public name, district and contact details', () => {
    expect(
      validateCommentInput({ ...good, displayName: '名'.repeat(40), district: '区'.repeat(40) }).ok,
    ).toBe(true);
    expect(codes(validateCommentInput({ ...good, displayName: '名'.repeat(41) }))).toEqual([
      'displayName:name-too-long',
    ]);
    expect(codes(validateCommentInput({ ...good, district: '区'.repeat(41) }))).toEqual([
      'district:district-too-long',
    ]);
    expect(
      codes(validateCommentInput({ ...good, contact: `${'a'.repeat(190)}@example.com` })),
    ).toEqual(['contact:contact-too-long']);
  });

  it.each([
    '13812345678',
    '+86 138-1234-5678',
    '0535-6612345',
    '（0535）6612345转8021',
    '010 6234 5678 ext. 12',
    'li@example.cn',
    'ＬＩ＠ＥＸＡＭＰＬＥ．ＣＮ',
  ])('accepts %s as contact details', (contact) => {
    expect(validateCommentInput({ ...good, contact }).ok).toBe(true);
  });

  it.each(['12345', 'call me', 'li@example', '@example.com', '138 1234 5678 or li@example.cn'])(
    'refuses %s as contact details',
    (contact) => {
      expect(codes(validateCommentInput({ ...good, contact }))).toEqual([
        'contact:contact-invalid',
      ]);
    },
  );

  it('refuses the e-mail notices asked for without an e-mail address to send them to', () => {
    for (const contact of [undefined, '', '13812345678']) {
      expect(codes(validateCommentInput({ ...good, contact, notifyByEmail: 'on' }))).toEqual([
        'contact:contact-not-email',
      ]);
    }
    expect(
      validateCommentInput({ ...good, contact: 'li@example.cn', notifyByEmail: 'on' }).ok,
    ).toBe(true);
    expect(
      validateCommentInput({ ...good, contact: 'ＬＩ＠ＥＸＡＭＰＬＥ．ＣＮ', notifyByEmail: 'on' })
        .ok,
    ).toBe(true);
    expect(validateCommentInput({ ...good, contact: '13812345678' }).ok).toBe(true);
  });

  it('takes only "on" or nothing as consent to publish the name', () => {
    expect(valueOf(validateCommentInput({ ...good, consentPublish: 'on' })).consentPublish).toBe(
      true,
    );
    expect(valueOf(validateCommentInput({ ...good, consentPublish: '' })).consentPublish).toBe(
      false,
    );
    expect(codes(validateCommentInput({ ...good, consentPublish: 'true' }))).toEqual([
      'consentPublish:consent-invalid',
    ]);
  });

  it('needs an idempotency key of 16 to 64 letters, digits, _ or -', () => {
    for (const key of ['a'.repeat(16), 'A_b-9'.repeat(12).slice(0, 64)])
      expect(validateCommentInput({ ...good, idempotencyKey: key }).ok, key).toBe(true);
    for (const key of [
      undefined,
      '',
      'a'.repeat(15),
      'a'.repeat(65),
      `${'a'.repeat(16)} `,
      `${'a'.repeat(16)}/`,
      '字'.repeat(20),
    ]) {
      expect(codes(validateCommentInput({ ...good, idempotencyKey: key })), String(key)).toEqual([
        'idempotencyKey:form-expired',
      ]);
    }
  });

  it('takes clause ids in the Akoma Ntoso path form only', () => {
    for (const clause of [
      'art_3',
      'chp_2__art_15__para_1__point_3',
      'sec_101__subsec_a',
      'art_3-1',
    ]) {
      expect(validateCommentInput({ ...good, clause }).ok, clause).toBe(true);
    }
    for (const clause of [
      'art3',
      'Art_3',
      'art_3__',
      '__art_3',
      'art_3_para_1',
      'art_3__para_',
      'art_3<script>',
      `art_${'1'.repeat(200)}`,
    ]) {
      expect(codes(validateCommentInput({ ...good, clause })), clause).toEqual([
        'clause:clause-invalid',
      ]);
    }
  });
});

describe('validateCommentInput: quotes', () => {
  const start = clauseText.indexOf('应当');
  const quote = { quote: '应当', quoteStart: String(start), quoteEnd: String(start + 2) };

  it('accepts a quote with its offsets and keeps them as numbers', () => {
    expect(valueOf(validateCommentInput({ ...good, ...quote }, {}, { clauseText }))).toMatchObject({
      quote: '应当',
      quoteStart: start,
      quoteEnd: start + 2,
    });
  });

  it('needs the quote, both offsets and a clause together', () => {
    for (const partial of [
      { quote: '应当' },
      { quoteStart: '3', quoteEnd: '5' },
      { quote: '应当', quoteStart: '3' },
    ]) {
      expect(codes(validateCommentInput({ ...good, ...partial })), JSON.stringify(partial)).toEqual(
        ['quote:quote-invalid'],
      );
    }
    expect(codes(validateCommentInput({ ...good, clause: '', ...quote }))).toEqual([
      'quote:quote-invalid',
    ]);
  });

  it('needs whole, increasing, non-negative offsets', () => {
    for (const [s, e] of [
      ['5', '3'],
      ['3', '3'],
      ['-1', '2'],
      ['1.5', '3'],
      ['1e1', '20'],
      [' 3', '5'],
      ['0x3', '5'],
    ]) {
      expect(
        codes(validateCommentInput({ ...good, quote: '应当', quoteStart: s, quoteEnd: e })),
        `${s}..${e}`,
      ).toEqual(['quote:quote-invalid']);
    }
  });

  it('limits the quote to 2000 characters', () => {
    expect(
      codes(
        validateCommentInput({
          ...good,
          quote: '字'.repeat(2001),
          quoteStart: '0',
          quoteEnd: '2001',
        }),
      ),
    ).toEqual(['quote:quote-invalid']);
  });

  it('checks the quote against the clause text when the caller gives it', () => {
    expect(
      codes(
        validateCommentInput(
          { ...good, ...quote, quoteStart: '0', quoteEnd: '2' },
          {},
          { clauseText },
        ),
      ),
    ).toEqual(['quote:quote-not-in-clause']);
    expect(
      codes(
        validateCommentInput(
          { ...good, quote: '况。', quoteStart: '100', quoteEnd: '102' },
          {},
          { clauseText },
        ),
      ),
    ).toEqual(['quote:quote-not-in-clause']);
  });
});

describe('validateCommentInput: hostile input', () => {
  it('answers a filled honeypot as spam, with no field errors to learn from', () => {
    expect(validateCommentInput({ ...good, website: 'http://spam.example' })).toEqual({
      ok: false,
      spam: true,
    });
    expect(validateCommentInput({ stance: 'x', website: 'a' })).toEqual({ ok: false, spam: true });
    expect(validateCommentInput({ ...good, website: '' }).ok).toBe(true);
  });

  it('refuses lone surrogates, which no browser sends, naming the field', () => {
    expect(codes(validateCommentInput({ ...good, body: '建议\uD800' }))).toEqual([
      'body:text-malformed',
    ]);
    expect(codes(validateCommentInput({ ...good, displayName: '\uDC00' }))).toEqual([
      'displayName:text-malformed',
    ]);
  });

  it('never throws, and any accepted value is within its limits', () => {
    const field = fc.option(fc.string({ unit: 'binary', maxLength: 80 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          stance: fc.constantFrom('support', 'amend', 'x', ''),
          body: field,
          displayName: field,
          district: field,
          contact: field,
          quote: field,
          quoteStart: field,
          quoteEnd: field,
          clause: field,
        }),
        (raw) => {
          const r = validateCommentInput(
            { ...raw, idempotencyKey: good.idempotencyKey },
            { maxBodyLength: 50 },
          );
          if (r.ok) {
            expect([...r.value.body].length).toBeLessThanOrEqual(50);
            expect(r.value.body.length).toBeGreaterThan(0);
            expect([...(r.value.displayName ?? '')].length).toBeLessThanOrEqual(40);
          }
        },
      ),
    );
  });
});
