/**
 * Validation of the public comment form. Pure: raw strings in, a clean value or field
 * errors (a catalogue message each, saying what to do) out. Every bad field is reported at
 * once. A filled honeypot (`website`) is reported as spam, without field errors, so a bot
 * learns nothing from the answer.
 */
import type { Message } from '../i18n/index.ts';
import { isWellFormedText, sanitiseLine, sanitiseText } from './sanitise.ts';

/** 'unstated': an imported opinion whose file records no stance (never offered to citizens). */
export const STANCES = ['support', 'oppose', 'amend', 'question', 'unstated'] as const;
export type Stance = (typeof STANCES)[number];
export const CATEGORIES = ['individual', 'enterprise', 'organisation', 'expert', 'deputy'] as const;
export type Category = (typeof CATEGORIES)[number];
/** How a comment reached us: the site, or an offline channel entered by staff. */
export const CHANNELS = ['online', 'contact-point', 'letter', 'meeting', 'hearing'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface CommentValue {
  stance: Stance;
  body: string;
  suggestedWording: string | null;
  /** null: anonymous. */
  displayName: string | null;
  category: Category;
  district: string | null;
  /** Private: for staff to reply, never published. */
  contact: string | null;
  consentPublish: boolean;
  idempotencyKey: string;
  clauseEId: string | null;
  quote: string | null;
  /** UTF-16 offsets of the quote in the clause text (as `String#slice` and DOM ranges count). */
  quoteStart: number | null;
  quoteEnd: number | null;
}

export interface FieldError {
  field: string;
  code: string;
  /** What to do, for the page to translate. */
  message: Message;
}

export type ValidationResult =
  | { ok: true; value: CommentValue }
  | { ok: false; errors: FieldError[] }
  | { ok: false; spam: true };

/** Lengths count Unicode characters (code points) after sanitising. */
export interface CommentLimits {
  maxBodyLength: number;
  maxSuggestedWordingLength: number;
  maxQuoteLength: number;
}

export const DEFAULT_LIMITS: CommentLimits = {
  maxBodyLength: 5000,
  maxSuggestedWordingLength: 5000,
  maxQuoteLength: 2000,
};

/** What the form is about, when the caller knows it: enables the checks against the clause. */
export interface CommentContext {
  clauseText?: string | null;
  /** Imports of files that record no stance may store 'unstated'; a citizen's form may not. */
  allowUnstated?: boolean;
}

const FIELDS = [
  'stance',
  'body',
  'suggestedWording',
  'displayName',
  'category',
  'district',
  'contact',
  'consentPublish',
  'idempotencyKey',
  'clause',
  'quote',
  'quoteStart',
  'quoteEnd',
] as const;
const EID = /^[a-z]+_[0-9a-z-]+(__[a-z]+_[0-9a-z-]+)*$/;
const KEY = /^[A-Za-z0-9_-]{16,64}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9 ()（）-]+(?:(?:转|分机|ext\.?|x|#) ?[0-9]{1,6})?$/i;
const OFFSET = /^[0-9]{1,7}$/;
const NAME_MAX = 40;
const DISTRICT_MAX = 40;
const CONTACT_MAX = 200;
const CLAUSE_MAX = 200;

const len = (s: string) => [...s].length;
/** For "is this the same text?": sanitised, without any white space. */
const comparable = (s: string) => sanitiseText(s).replace(/\s+/g, '');

function isContact(contact: string): boolean {
  if (EMAIL.test(contact)) return true;
  const digits = contact
    .replace(/(?:转|分机|ext\.?|x|#) ?[0-9]+$/i, '')
    .replace(/[^0-9]/g, '').length;
  return PHONE.test(contact) && digits >= 7 && digits <= 20;
}

/** Records one field error; the steps below report through it, in the form's order. */
type Fail = (field: string, code: string, key: Message['key'], vars?: Message['vars']) => void;

/**
 * @example
 * validateCommentInput({ stance: 'amend', body: '建议删除第三款。', idempotencyKey: 'k'.repeat(20) })
 * // { ok: true, value: { stance: 'amend', body: '建议删除第三款。', category: 'individual', displayName: null, … } }
 */
export function validateCommentInput(
  raw: Record<string, string | undefined>,
  limits: Partial<CommentLimits> = {},
  context: CommentContext = {},
): ValidationResult {
  if ((raw['website'] ?? '').trim() !== '') return { ok: false, spam: true };
  const max: CommentLimits = { ...DEFAULT_LIMITS, ...limits };
  const errors: FieldError[] = [];
  const fail: Fail = (field, code, key, vars) =>
    errors.push({ field, code, message: vars ? { key, vars } : { key } });

  checkWellFormed(raw, fail);
  if (errors.length > 0) return { ok: false, errors };

  const stance = readStance(raw, context, fail);
  const { body, suggested } = readWords(raw, max, context, fail);
  const { displayName, category, district, contact, consent } = readCommenter(raw, fail);
  const { idempotencyKey, clause } = readFormFields(raw, fail);
  const quoted = quoteOf(raw, clause, max.maxQuoteLength, context.clauseText ?? null);
  if (!quoted.ok) failQuote(quoted.reason, fail);

  if (errors.length > 0 || !quoted.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      stance: stance as Stance,
      body,
      suggestedWording: suggested || null,
      displayName: displayName || null,
      category: category as Category,
      district: district || null,
      contact: contact || null,
      consentPublish: consent === 'on',
      idempotencyKey,
      clauseEId: clause || null,
      ...quoted.value,
    },
  };
}

/** Browsers never send lone surrogates: such a request was crafted, so say only that. */
function checkWellFormed(raw: Record<string, string | undefined>, fail: Fail): void {
  for (const field of FIELDS.filter((f) => !isWellFormedText(raw[f] ?? ''))) {
    fail(field, 'text-malformed', 'fieldError.textMalformed');
  }
}

function readStance(
  raw: Record<string, string | undefined>,
  context: CommentContext,
  fail: Fail,
): string {
  const stance = raw['stance'] ?? '';
  if (stance === '') {
    fail('stance', 'stance-missing', 'fieldError.stanceMissing');
  } else if (
    !(STANCES as readonly string[]).includes(stance) ||
    (stance === 'unstated' && !context.allowUnstated)
  ) {
    fail('stance', 'stance-invalid', 'fieldError.stanceInvalid');
  }
  return stance;
}

/** The comment and the suggested wording, sanitised. */
function readWords(
  raw: Record<string, string | undefined>,
  max: CommentLimits,
  context: CommentContext,
  fail: Fail,
) {
  const { maxBodyLength, maxSuggestedWordingLength } = max;
  const body = sanitiseText(raw['body'] ?? '');
  if (body === '') fail('body', 'body-empty', 'fieldError.bodyEmpty');
  else if (len(body) > maxBodyLength) {
    fail('body', 'body-too-long', 'fieldError.bodyTooLong', {
      max: maxBodyLength,
      length: len(body),
    });
  }

  const suggested = sanitiseText(raw['suggestedWording'] ?? '');
  if (len(suggested) > maxSuggestedWordingLength) {
    fail('suggestedWording', 'suggested-too-long', 'fieldError.suggestedTooLong', {
      max: maxSuggestedWordingLength,
    });
  } else if (
    suggested &&
    context.clauseText &&
    comparable(suggested) === comparable(context.clauseText)
  ) {
    fail('suggestedWording', 'suggested-same-as-clause', 'fieldError.suggestedSameAsClause');
  }
  return { body, suggested };
}

/** Who comments: public name, category, district, private contact, and consent to publish. */
function readCommenter(raw: Record<string, string | undefined>, fail: Fail) {
  const displayName = sanitiseLine(raw['displayName'] ?? '');
  if (len(displayName) > NAME_MAX) {
    fail('displayName', 'name-too-long', 'fieldError.nameTooLong', { max: NAME_MAX });
  }

  const category = raw['category'] || 'individual';
  if (!(CATEGORIES as readonly string[]).includes(category)) {
    fail('category', 'category-invalid', 'fieldError.categoryInvalid');
  }

  const district = sanitiseLine(raw['district'] ?? '');
  if (len(district) > DISTRICT_MAX) {
    fail('district', 'district-too-long', 'fieldError.districtTooLong', { max: DISTRICT_MAX });
  }

  // NFKC: full-width digits, brackets and ＠ as typed on Chinese keyboards.
  const contact = sanitiseLine((raw['contact'] ?? '').normalize('NFKC'));
  if (len(contact) > CONTACT_MAX) {
    fail('contact', 'contact-too-long', 'fieldError.contactTooLong', { max: CONTACT_MAX });
  } else if (contact && !isContact(contact)) {
    fail('contact', 'contact-invalid', 'fieldError.contactInvalid');
  } else if (raw['notifyByEmail'] === 'on' && !EMAIL.test(contact)) {
    // The box promises e-mails to "the address above": without one, none would ever come.
    fail('contact', 'contact-not-email', 'fieldError.contactNotEmail');
  }

  const consent = raw['consentPublish'];
  if (consent !== undefined && consent !== '' && consent !== 'on') {
    fail('consentPublish', 'consent-invalid', 'fieldError.consentInvalid');
  }
  return { displayName, category, district, contact, consent };
}

/** The hidden fields: the form's idempotency key and the clause it was opened from. */
function readFormFields(raw: Record<string, string | undefined>, fail: Fail) {
  const idempotencyKey = raw['idempotencyKey'] ?? '';
  if (!KEY.test(idempotencyKey)) {
    fail('idempotencyKey', 'form-expired', 'fieldError.formExpired');
  }

  const clause = raw['clause'] ?? '';
  if (clause && (clause.length > CLAUSE_MAX || !EID.test(clause))) {
    fail('clause', 'clause-invalid', 'fieldError.clauseInvalid');
  }
  return { idempotencyKey, clause };
}

function failQuote(reason: 'quote-invalid' | 'quote-not-in-clause', fail: Fail): void {
  fail(
    'quote',
    reason,
    reason === 'quote-not-in-clause' ? 'fieldError.quoteNotInClause' : 'fieldError.quoteInvalid',
  );
}

type QuoteOutcome =
  | {
      ok: true;
      value: { quote: string | null; quoteStart: number | null; quoteEnd: number | null };
    }
  | { ok: false; reason: 'quote-invalid' | 'quote-not-in-clause' };

/** A quote comes whole (text, start, end, within a clause) or not at all. */
function quoteOf(
  raw: Record<string, string | undefined>,
  clause: string,
  max: number,
  clauseText: string | null,
): QuoteOutcome {
  const parts = [raw['quote'] ?? '', raw['quoteStart'] ?? '', raw['quoteEnd'] ?? ''];
  if (parts.every((p) => p.trim() === ''))
    return { ok: true, value: { quote: null, quoteStart: null, quoteEnd: null } };
  const [rawQuote, rawStart, rawEnd] = parts as [string, string, string];
  const quote = sanitiseText(rawQuote);
  if (!clause || !quote || len(quote) > max || !OFFSET.test(rawStart) || !OFFSET.test(rawEnd))
    return { ok: false, reason: 'quote-invalid' };
  const start = Number(rawStart);
  const end = Number(rawEnd);
  if (end <= start) return { ok: false, reason: 'quote-invalid' };
  if (
    clauseText !== null &&
    (end > clauseText.length || sanitiseText(clauseText.slice(start, end)) !== quote)
  ) {
    return { ok: false, reason: 'quote-not-in-clause' };
  }
  return { ok: true, value: { quote, quoteStart: start, quoteEnd: end } };
}
