/**
 * Campaigns (form letters): comments whose text is the same once the parts people fill in are
 * set aside. The key is computed when a comment is stored, so grouping a consultation is an
 * indexed GROUP BY, never a pairwise comparison.
 *
 * Normalisation, in order: NFKC and case folding; unfilled template markers (`**FULL NAME**`,
 * `[Your Name]`, `{name}`, `<NAME>`) removed; a closing signature ("Sincerely, Jane Doe",
 * "Thank you, …", "此致敬礼 张三") removed from the last lines; an opening self-introduction
 * ("My name is … and", "I am a mother of three from Ohio.") removed from the first sentence;
 * then everything but letters and digits dropped. Comments shorter than MIN_KEY_LENGTH after
 * that are not grouped (a bare "I oppose this rule." is a view, not a campaign).
 *
 * Chinese letters get the same treatment: a greeting ("尊敬的…：", "您好！") is removed from
 * the first line, and a signature without a sign-off word (a name line, a date line) from the
 * last ones. Near-duplicates that reword or reorder sentences are not grouped here; see
 * near-duplicates.ts.
 */
import { createHash } from 'node:crypto';

export const MIN_KEY_LENGTH = 40;

const PLACEHOLDER =
  /\*\*[^*\n]{1,40}\*\*|\[(?:your|insert|full)?[^\]\n]{0,30}name[^\]\n]{0,10}\]|\{[a-z_ ]{1,20}\}|<[A-Z_ ]{2,20}>/giu;
const SIGN_OFF =
  /\n\s*(?:sincerely|regards|best regards|thank you|thanks|respectfully|signed|此致|敬礼|谢谢)[\s\S]{0,120}$/iu;
const SELF_INTRO = /^\s*(?:my name is [^.,\n]{1,60}(?:,| and)|i am (?:a|an) [^.\n]{1,80}\.)\s*/iu;
/** An opening salutation: "尊敬的…：", "各位领导：", "您好！", "Dear …,", on the first lines. */
const GREETING =
  /^\s*(?:(?:尊敬的|敬爱的|亲爱的|各位)[^：:\n。]{0,40}[：:，,]?\s*(?:您好|你们好|大家好)?[！!，,。]?|(?:您好|你们好|大家好)[！!，,。]?|dear [^,:\n]{1,60}[,:])\s*/iu;
/** A closing line that is only a date ("2026年11月3日", "2026-11-03"). */
const DATE_LINE =
  /\n[ \t]*\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|[-/.]\d{1,2}[-/.]\d{1,2})[ \t]*$/u;
/** A closing line too short to be a sentence and without its punctuation: a name, "滨江小区业主". */
const NAME_LINE = /\n[ \t]*[^\n。.!?！？；;:：]{1,12}[ \t]*$/u;

/**
 * The text as a letter's author wrote its body: NFKC, case-folded, with placeholders, the
 * greeting, the self-introduction and the signature (sign-off, name and date lines) removed,
 * punctuation and line breaks kept so that sentences can still be told apart.
 * @example campaignBody('尊敬的领导：\n建议删除第五条。\n此致\n敬礼\n张三') // '建议删除第五条。'
 */
export function campaignBody(text: string): string {
  let t = text.normalize('NFKC').replace(/\r\n?/g, '\n').trim();
  t = t.replace(PLACEHOLDER, ' ');
  t = t.replace(SIGN_OFF, '');
  // A signature without a sign-off word: a name and a date on the last lines.
  for (let i = 0; i < 3; i++) {
    const cut = t.replace(DATE_LINE, '').replace(NAME_LINE, '');
    if (cut === t) break;
    t = cut.trimEnd();
  }
  t = t.replace(GREETING, '');
  t = t.replace(SELF_INTRO, '');
  return t.toLowerCase();
}

export function normaliseForCampaign(text: string): string {
  return lettersOf(campaignBody(text));
}

/** A letter's body (campaignBody) with everything but letters and digits dropped. */
export function lettersOf(body: string): string {
  return body.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The campaign key of a comment's text, or null when it is too short to be a form letter. */
export function campaignKey(text: string): string | null {
  const norm = normaliseForCampaign(text);
  return [...norm].length < MIN_KEY_LENGTH
    ? null
    : createHash('sha256').update(norm).digest('base64url').slice(0, 22);
}

export interface CampaignGroup {
  representativeId: string;
  size: number;
  memberIds: string[];
}

/** Groups by key; the representative is the earliest member (first in input order). */
export function groupCampaigns(items: readonly { id: string; text: string }[]): CampaignGroup[] {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const key = campaignKey(item.text);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), item.id]);
  }
  return [...groups.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => ({ representativeId: ids[0]!, size: ids.length, memberIds: ids }))
    .sort((a, b) => b.size - a.size || a.representativeId.localeCompare(b.representativeId));
}
