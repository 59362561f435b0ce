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
 * Limits: near-duplicates that reword a sentence or add a paragraph are not grouped here;
 * that needs shingling (see the notes for the next step).
 */
import { createHash } from 'node:crypto';

export const MIN_KEY_LENGTH = 40;

const PLACEHOLDER = /\*\*[^*\n]{1,40}\*\*|\[(?:your|insert|full)?[^\]\n]{0,30}name[^\]\n]{0,10}\]|\{[a-z_ ]{1,20}\}|<[A-Z_ ]{2,20}>/giu;
const SIGN_OFF = /\n\s*(?:sincerely|regards|best regards|thank you|thanks|respectfully|signed|此致|敬礼|谢谢)[\s\S]{0,120}$/iu;
const SELF_INTRO = /^\s*(?:my name is [^.,\n]{1,60}(?:,| and)|i am (?:a|an) [^.\n]{1,80}\.)\s*/iu;

export function normaliseForCampaign(text: string): string {
  let t = text.normalize('NFKC').replace(/\r\n?/g, '\n');
  t = t.replace(PLACEHOLDER, ' ');
  t = t.replace(SIGN_OFF, '');
  t = t.replace(SELF_INTRO, '');
  return t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The campaign key of a comment's text, or null when it is too short to be a form letter. */
export function campaignKey(text: string): string | null {
  const norm = normaliseForCampaign(text);
  return [...norm].length < MIN_KEY_LENGTH ? null : createHash('sha256').update(norm).digest('base64url').slice(0, 22);
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
