/**
 * Validation of the public comment form. Pure: raw strings in, a clean value or field
 * errors (Chinese and English, each saying what to do) out. Every bad field is reported at
 * once. A filled honeypot (`website`) is reported as spam, without field errors, so a bot
 * learns nothing from the answer.
 */
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
  message: { zh: string; en: string };
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

export const DEFAULT_LIMITS: CommentLimits = { maxBodyLength: 5000, maxSuggestedWordingLength: 5000, maxQuoteLength: 2000 };

/** What the form is about, when the caller knows it: enables the checks against the clause. */
export interface CommentContext {
  clauseText?: string | null;
  /** Imports of files that record no stance may store 'unstated'; a citizen's form may not. */
  allowUnstated?: boolean;
}

const FIELDS = ['stance', 'body', 'suggestedWording', 'displayName', 'category', 'district', 'contact', 'consentPublish', 'idempotencyKey', 'clause', 'quote', 'quoteStart', 'quoteEnd'] as const;
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
  const digits = contact.replace(/(?:转|分机|ext\.?|x|#) ?[0-9]+$/i, '').replace(/[^0-9]/g, '').length;
  return PHONE.test(contact) && digits >= 7 && digits <= 20;
}

/** Records one field error; the steps below report through it, in the form's order. */
type Fail = (field: string, code: string, zh: string, en: string) => void;

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
  const fail: Fail = (field, code, zh, en) => errors.push({ field, code, message: { zh, en } });

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
    fail(field, 'text-malformed', '此项含有无法识别的字符，请重新输入后再提交。', 'This field holds characters that cannot be read; type it again and resubmit.');
  }
}

function readStance(raw: Record<string, string | undefined>, context: CommentContext, fail: Fail): string {
  const stance = raw['stance'] ?? '';
  if (stance === '') {
    fail('stance', 'stance-missing', '请选择您的态度：赞成、反对、建议修改或提出疑问。', 'Choose your stance: support, oppose, suggest a change, or ask a question.');
  } else if (!(STANCES as readonly string[]).includes(stance) || (stance === 'unstated' && !context.allowUnstated)) {
    fail('stance', 'stance-invalid', '所选态度无效，请从赞成、反对、建议修改、提出疑问中选择一项。', 'That stance is not one of the choices; choose support, oppose, suggest a change, or question.');
  }
  return stance;
}

/** The comment and the suggested wording, sanitised. */
function readWords(raw: Record<string, string | undefined>, max: CommentLimits, context: CommentContext, fail: Fail) {
  const { maxBodyLength, maxSuggestedWordingLength } = max;
  const body = sanitiseText(raw['body'] ?? '');
  if (body === '') fail('body', 'body-empty', '请填写意见内容。', 'Write your comment in the box.');
  else if (len(body) > maxBodyLength) {
    fail('body', 'body-too-long', `意见内容最多 ${maxBodyLength} 字，现为 ${len(body)} 字，请精简后再提交。`, `Your comment has ${len(body)} characters; shorten it to at most ${maxBodyLength} and submit again.`);
  }

  const suggested = sanitiseText(raw['suggestedWording'] ?? '');
  if (len(suggested) > maxSuggestedWordingLength) {
    fail('suggestedWording', 'suggested-too-long', `建议条文最多 ${maxSuggestedWordingLength} 字，请精简后再提交。`, `Shorten the suggested wording to at most ${maxSuggestedWordingLength} characters and submit again.`);
  } else if (suggested && context.clauseText && comparable(suggested) === comparable(context.clauseText)) {
    fail('suggestedWording', 'suggested-same-as-clause', '建议条文与原条文相同。请写出修改后的条文，或将此栏留空。', 'The suggested wording is the same as the clause; write the changed wording, or leave this box empty.');
  }
  return { body, suggested };
}

/** Who comments: public name, category, district, private contact, and consent to publish. */
function readCommenter(raw: Record<string, string | undefined>, fail: Fail) {
  const displayName = sanitiseLine(raw['displayName'] ?? '');
  if (len(displayName) > NAME_MAX) {
    fail('displayName', 'name-too-long', `署名最多 ${NAME_MAX} 字，请缩短；不填则匿名。`, `Shorten the public name to at most ${NAME_MAX} characters, or leave it empty to stay anonymous.`);
  }

  const category = raw['category'] || 'individual';
  if (!(CATEGORIES as readonly string[]).includes(category)) {
    fail('category', 'category-invalid', '请从列表中选择您的身份。', 'Choose who you are commenting as from the list.');
  }

  const district = sanitiseLine(raw['district'] ?? '');
  if (len(district) > DISTRICT_MAX) {
    fail('district', 'district-too-long', `所在区县最多 ${DISTRICT_MAX} 字，请缩短或留空。`, `Shorten the district to at most ${DISTRICT_MAX} characters, or leave it empty.`);
  }

  // NFKC: full-width digits, brackets and ＠ as typed on Chinese keyboards.
  const contact = sanitiseLine((raw['contact'] ?? '').normalize('NFKC'));
  if (len(contact) > CONTACT_MAX) {
    fail('contact', 'contact-too-long', `联系方式最多 ${CONTACT_MAX} 字，请只填一个电话号码或电子邮箱。`, `Contact details can be at most ${CONTACT_MAX} characters; give one phone number or e-mail address.`);
  } else if (contact && !isContact(contact)) {
    fail('contact', 'contact-invalid', '联系方式应为电话号码或电子邮箱地址，请更正或留空。', 'Give a phone number or an e-mail address as contact details, or leave the box empty.');
  }

  const consent = raw['consentPublish'];
  if (consent !== undefined && consent !== '' && consent !== 'on') {
    fail('consentPublish', 'consent-invalid', '“同意公开”选项无效，请刷新页面后重新勾选。', 'The consent box sent an unexpected value; reload the page and tick it again.');
  }
  return { displayName, category, district, contact, consent };
}

/** The hidden fields: the form's idempotency key and the clause it was opened from. */
function readFormFields(raw: Record<string, string | undefined>, fail: Fail) {
  const idempotencyKey = raw['idempotencyKey'] ?? '';
  if (!KEY.test(idempotencyKey)) {
    fail('idempotencyKey', 'form-expired', '表单已失效，请刷新页面后重新提交（已填内容请先复制保存）。', 'The form has expired; copy what you wrote, reload the page and submit again.');
  }

  const clause = raw['clause'] ?? '';
  if (clause && (clause.length > CLAUSE_MAX || !EID.test(clause))) {
    fail('clause', 'clause-invalid', '所选条款无效，请回到条文页面，从要评论的条款重新进入。', 'The clause is not valid; go back to the text and open the form from the clause you want to comment on.');
  }
  return { idempotencyKey, clause };
}

function failQuote(reason: 'quote-invalid' | 'quote-not-in-clause', fail: Fail): void {
  const [zh, en] =
    reason === 'quote-not-in-clause'
      ? ['引用的文字与条文不符，请在条文中重新选择要引用的文字。', 'The quoted passage does not match the clause; select the passage in the text again.']
      : ['引用的文字无效，请在条文中重新选择，或删除引用。', 'The quoted passage is not valid; select it in the text again, or remove the quote.'];
  fail('quote', reason, zh, en);
}

type QuoteOutcome =
  | { ok: true; value: { quote: string | null; quoteStart: number | null; quoteEnd: number | null } }
  | { ok: false; reason: 'quote-invalid' | 'quote-not-in-clause' };

/** A quote comes whole (text, start, end, within a clause) or not at all. */
function quoteOf(raw: Record<string, string | undefined>, clause: string, max: number, clauseText: string | null): QuoteOutcome {
  const parts = [raw['quote'] ?? '', raw['quoteStart'] ?? '', raw['quoteEnd'] ?? ''];
  if (parts.every((p) => p.trim() === '')) return { ok: true, value: { quote: null, quoteStart: null, quoteEnd: null } };
  const [rawQuote, rawStart, rawEnd] = parts as [string, string, string];
  const quote = sanitiseText(rawQuote);
  if (!clause || !quote || len(quote) > max || !OFFSET.test(rawStart) || !OFFSET.test(rawEnd)) return { ok: false, reason: 'quote-invalid' };
  const start = Number(rawStart);
  const end = Number(rawEnd);
  if (end <= start) return { ok: false, reason: 'quote-invalid' };
  if (clauseText !== null && (end > clauseText.length || sanitiseText(clauseText.slice(start, end)) !== quote)) {
    return { ok: false, reason: 'quote-not-in-clause' };
  }
  return { ok: true, value: { quote, quoteStart: start, quoteEnd: end } };
}
