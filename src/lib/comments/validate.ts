/**
 * Validation of the public comment form. Pure: raw strings in, a clean value or field
 * errors (Chinese and English, each saying what to do) out. A filled honeypot is reported as
 * spam without field errors.
 */
import { sanitiseLine, sanitiseText } from './sanitise.ts';

export const STANCES = ['support', 'oppose', 'amend', 'question'] as const;
export type Stance = (typeof STANCES)[number];
export const CATEGORIES = ['individual', 'enterprise', 'organisation', 'expert', 'deputy'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CommentValue {
  stance: Stance;
  body: string;
  suggestedWording: string | null;
  displayName: string | null;
  category: Category;
  district: string | null;
  contact: string | null;
  consentPublish: boolean;
  idempotencyKey: string;
  clauseEId: string | null;
  quote: string | null;
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

export interface Limits {
  maxBodyLength: number;
}

const EID = /^[a-z]+_[0-9a-z-]+(__[a-z]+_[0-9a-z-]+)*$/;
const KEY = /^[A-Za-z0-9_-]{16,64}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+\d][\d\s()-]{5,24}$/;

const len = (s: string) => [...s].length;

export function validateCommentInput(raw: Record<string, string | undefined>, limits: Limits): ValidationResult {
  if ((raw['website'] ?? '').trim() !== '') return { ok: false, spam: true };
  const errors: FieldError[] = [];
  const fail = (field: string, code: string, zh: string, en: string) => errors.push({ field, code, message: { zh, en } });
  const max = limits.maxBodyLength;

  const stance = raw['stance'] ?? '';
  if (!(STANCES as readonly string[]).includes(stance)) {
    fail('stance', 'stance-missing', '请选择您的态度：赞成、反对、建议修改或有疑问。', 'Choose your stance: support, oppose, suggest a change, or question.');
  }
  const body = sanitiseText(raw['body'] ?? '');
  if (body === '') fail('body', 'body-empty', '请填写意见内容。', 'Please write your comment.');
  else if (len(body) > max) {
    fail('body', 'body-too-long', `意见内容超过 ${max} 字（现为 ${len(body)} 字），请精简后再提交。`, `Your comment is longer than ${max} characters (${len(body)}); please shorten it.`);
  }
  const suggested = sanitiseText(raw['suggestedWording'] ?? '');
  if (len(suggested) > max) {
    fail('suggestedWording', 'suggested-too-long', `建议条文超过 ${max} 字，请精简。`, `The suggested wording is longer than ${max} characters; please shorten it.`);
  }
  const displayName = sanitiseLine(raw['displayName'] ?? '');
  if (len(displayName) > 40) fail('displayName', 'name-too-long', '署名最多 40 字。', 'The public name can be at most 40 characters.');
  const category = raw['category'] || 'individual';
  if (!(CATEGORIES as readonly string[]).includes(category)) {
    fail('category', 'category-invalid', '请从列表中选择身份。', 'Choose what you are from the list.');
  }
  const district = sanitiseLine(raw['district'] ?? '');
  if (len(district) > 40) fail('district', 'district-too-long', '区县名称最多 40 字。', 'The district can be at most 40 characters.');
  const contact = sanitiseLine(raw['contact'] ?? '');
  if (contact && (len(contact) > 200 || !(EMAIL.test(contact) || PHONE.test(contact)))) {
    fail('contact', 'contact-invalid', '联系方式应为电话号码或电子邮箱地址，也可以不填。', 'Contact details must be a phone number or an e-mail address, or left empty.');
  }
  const idempotencyKey = raw['idempotencyKey'] ?? '';
  if (!KEY.test(idempotencyKey)) {
    fail('idempotencyKey', 'form-expired', '表单已失效，请刷新页面后重新提交。', 'The form has expired; reload the page and submit again.');
  }
  const clause = raw['clause'] ?? '';
  if (clause && (clause.length > 200 || !EID.test(clause))) {
    fail('clause', 'clause-invalid', '所选条款无效，请从条文页面重新进入。', 'The clause is not valid; open the form again from the text.');
  }
  const quote = sanitiseText(raw['quote'] ?? '');
  const quoteStart = raw['quoteStart'] ? Number(raw['quoteStart']) : null;
  const quoteEnd = raw['quoteEnd'] ? Number(raw['quoteEnd']) : null;
  if (quote) {
    const consistent =
      clause !== '' && Number.isInteger(quoteStart) && Number.isInteger(quoteEnd) && quoteStart! >= 0 && quoteEnd! > quoteStart! && len(quote) <= 2000;
    if (!consistent) fail('quote', 'quote-invalid', '引用的段落无效，请重新选择。', 'The quoted passage is not valid; select it again.');
  }
  if (errors.length) return { ok: false, errors };
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
      consentPublish: raw['consentPublish'] === 'on',
      idempotencyKey,
      clauseEId: clause || null,
      quote: quote || null,
      quoteStart: quote ? quoteStart : null,
      quoteEnd: quote ? quoteEnd : null,
    },
  };
}
