/**
 * The form handlers on arbitrary input: a value or field errors in both languages, never a
 * throw; whatever they accept is free of control and bidi characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isWellFormedReceipt,
  normaliseReceipt,
  validateCommentInput,
} from '../../../src/lib/comments/index.ts';
import { readRatings } from '../../../src/lib/comments/ratings.ts';
import { readDisposition } from '../../../src/lib/disposition/rules.ts';
import { parseAction } from '../../../src/lib/moderation/transitions.ts';
import { hostileText } from './arbitraries.ts';
import { inBoth, type Message } from '../../../src/lib/i18n/index.ts';

/** C0/C1 controls except newline and tab, bidi controls, zero-width characters, lone surrogates. */
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u200C\u2060-\u2064\uFEFF]|\p{Cs}/u;

const field = fc.option(
  fc.oneof(
    hostileText(80),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('support', 'individual', 'on', '0', '12', 'chp_1__art_2', 'a'.repeat(20)),
  ),
  { nil: undefined },
);

const commentForm = fc.record(
  {
    stance: field,
    body: field,
    suggestedWording: field,
    displayName: field,
    category: field,
    district: field,
    contact: field,
    consentPublish: field,
    idempotencyKey: fc.option(
      fc.oneof(
        fc.uuid(),
        field.map((f) => f ?? ''),
      ),
      { nil: undefined },
    ),
    clause: field,
    quote: field,
    quoteStart: field,
    quoteEnd: field,
    website: fc.option(fc.constantFrom('', 'http://spam.example'), { nil: undefined }),
  },
  { requiredKeys: [] },
);

function expectFieldErrors(
  errors: { field: string; message: { zh: string; en: string } | Message }[],
) {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.field).not.toBe('');
    const text = 'key' in e.message ? inBoth(e.message) : e.message;
    expect(text.zh.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
  }
}

describe('the comment form on hostile input', () => {
  it('gives a clean value, field errors or the spam answer, and keeps no unsafe character', () => {
    fc.assert(
      fc.property(commentForm, fc.option(hostileText(60), { nil: null }), (raw, clauseText) => {
        const result = validateCommentInput(raw, undefined, { clauseText });
        if (result.ok) {
          const v = result.value;
          for (const text of [
            v.body,
            v.suggestedWording,
            v.displayName,
            v.district,
            v.contact,
            v.quote,
          ]) {
            if (text !== null) expect(text).not.toMatch(UNSAFE);
          }
          expect(v.body).not.toBe('');
        } else if ('errors' in result) {
          expectFieldErrors(result.errors);
        } else {
          expect(raw.website).toBeTruthy();
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads ratings as three whole numbers from 1 to 5, or says what is missing', () => {
    const rating = fc.option(
      fc.oneof(fc.constantFrom('1', '5', '0', '6', '2.5', ' 3', '', '三'), hostileText(5)),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.record(
          { rating_clarity: rating, rating_enforceability: rating, rating_effect: rating },
          { requiredKeys: [] },
        ),
        (raw) => {
          const result = readRatings(raw);
          if (!result.ok) expectFieldErrors(result.errors);
          else if (result.value)
            for (const n of Object.values(result.value))
              expect(Number.isInteger(n) && n >= 1 && n <= 5).toBe(true);
        },
      ),
    );
  });
});

describe('staff forms on hostile input', () => {
  it('reads a disposition with a clean reason and reply, or field errors', () => {
    const text = fc.option(hostileText(80), { nil: null });
    fc.assert(
      fc.property(
        fc.option(
          fc.constantFrom('adopted', 'partly-adopted', 'not-adopted', 'out-of-scope', 'x', ''),
          { nil: null },
        ),
        text,
        text,
        (disposition, reason, reply) => {
          const result = readDisposition({ disposition, reason, reply });
          if (result.ok) {
            expect(result.value.reason).not.toMatch(UNSAFE);
            expect(result.value.reply).not.toMatch(UNSAFE);
            expect(result.value.reason).not.toBe('');
          } else {
            expectFieldErrors(result.errors);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('takes only a known moderation action', () => {
    fc.assert(
      fc.property(
        fc.option(hostileText(10), { nil: null }),
        fc.option(hostileText(10), { nil: null }),
        (kind, reason) => {
          expect(parseAction(kind, reason)).toBeNull();
        },
      ),
    );
  });
});

describe('receipt codes on hostile input', () => {
  it('normalises anything without throwing and accepts only well-formed codes', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileText(30), fc.string({ unit: 'binary', maxLength: 30 })),
        (input) => {
          const code = normaliseReceipt(input);
          if (isWellFormedReceipt(code))
            expect(code).toMatch(/^[0-9A-HJKMNP-TV-Y]{4}(-[0-9A-HJKMNP-TV-Y]{4}){3}$/);
        },
      ),
    );
  });
});
