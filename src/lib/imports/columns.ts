/**
 * The columns of an import file and the words accepted in them, Chinese or English. A header
 * is matched case-insensitively after trimming; a cell value likewise.
 */
import { CATEGORIES, STANCES, type Category, type Stance } from '../comments/validate.ts';

export const IMPORT_CHANNELS = ['contact-point', 'meeting', 'letter', 'hearing'] as const;
export type ImportChannel = (typeof IMPORT_CHANNELS)[number];

export const COLUMNS = [
  'body',
  'clause',
  'stance',
  'channel',
  'date',
  'place',
  'participants',
  'name',
  'category',
  'district',
  'contact',
  'consent',
  'suggestedWording',
] as const;
export type Column = (typeof COLUMNS)[number];

/** Header of each column in the template, Chinese then English (both are accepted). */
export const COLUMN_HEADERS: Record<Column, { zh: string; en: string; required: boolean }> = {
  body: { zh: '意见内容', en: 'body', required: true },
  clause: { zh: '条款', en: 'clause', required: false },
  stance: { zh: '态度', en: 'stance', required: false },
  channel: { zh: '渠道', en: 'channel', required: false },
  date: { zh: '收集日期', en: 'date', required: true },
  place: { zh: '地点或来信单位', en: 'place', required: false },
  participants: { zh: '参加人数', en: 'participants', required: false },
  name: { zh: '署名', en: 'name', required: false },
  category: { zh: '身份', en: 'category', required: false },
  district: { zh: '区县', en: 'district', required: false },
  contact: { zh: '联系方式', en: 'contact', required: false },
  consent: { zh: '同意公开', en: 'consent', required: false },
  suggestedWording: { zh: '建议条文', en: 'suggested wording', required: false },
};

const ALIASES: Record<string, Column> = {
  正文: 'body',
  意见: 'body',
  comment: 'body',
  text: 'body',
  'comment text': 'body',
  意见建议: 'body',
  条文: 'clause',
  条款编号: 'clause',
  article: 'clause',
  section: 'clause',
  来源: 'channel',
  日期: 'date',
  'received date': 'date',
  'date received': 'date',
  'submitted date': 'date',
  'submission date': 'date',
  来信日期: 'date',
  提交时间: 'date',
  地点: 'place',
  来信单位: 'place',
  人数: 'participants',
  姓名: 'name',
  'display name': 'name',
  类别: 'category',
  区: 'district',
  电话: 'contact',
  公开: 'consent',
  suggested: 'suggestedWording',
};

/** Case, spacing and `_`/`-` between words do not matter: `received_date` is `Received Date`. */
const key = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

const HEADER_INDEX = new Map<string, Column>([
  ...COLUMNS.flatMap((c) => [
    [key(COLUMN_HEADERS[c].zh), c] as const,
    [key(COLUMN_HEADERS[c].en), c] as const,
    [key(c), c] as const,
  ]),
  ...Object.entries(ALIASES).map(([k, c]) => [key(k), c] as const),
]);

/** The column a header names, or null for a header we do not know. */
export function columnOf(header: string): Column | null {
  return HEADER_INDEX.get(key(header)) ?? null;
}

const STANCE_WORDS: Record<string, Stance> = {
  赞成: 'support',
  支持: 'support',
  同意: 'support',
  反对: 'oppose',
  不同意: 'oppose',
  建议修改: 'amend',
  修改: 'amend',
  建议: 'amend',
  疑问: 'question',
  有疑问: 'question',
  提问: 'question',
  change: 'amend',
  未表态: 'unstated',
  未说明: 'unstated',
  'not stated': 'unstated',
  'suggest a change': 'amend',
};

/** The stance a cell names; an empty cell is 'unstated' (files that record none, such as regulations.gov exports). */
export function stanceOf(value: string): Stance | null {
  const k = key(value);
  if (k === '') return 'unstated';
  if ((STANCES as readonly string[]).includes(k)) return k as Stance;
  return STANCE_WORDS[k] ?? null;
}

const CATEGORY_WORDS: Record<string, Category> = {
  个人: 'individual',
  公民: 'individual',
  居民: 'individual',
  企业: 'enterprise',
  社会组织: 'organisation',
  组织: 'organisation',
  单位: 'organisation',
  organization: 'organisation',
  专家: 'expert',
  专家学者: 'expert',
  人大代表: 'deputy',
  代表: 'deputy',
};

/**
 * The category a cell names, or null for a word not in the list (the caller keeps such a
 * word as written and records the comment as from an individual).
 */
export function categoryOf(value: string): Category | null {
  const k = key(value);
  if (k === '') return 'individual';
  if ((CATEGORIES as readonly string[]).includes(k)) return k as Category;
  return CATEGORY_WORDS[k] ?? null;
}

const CHANNEL_WORDS: Record<string, ImportChannel> = {
  基层立法联系点: 'contact-point',
  联系点: 'contact-point',
  代表联络站: 'contact-point',
  'contact point': 'contact-point',
  座谈会: 'meeting',
  会议: 'meeting',
  来信: 'letter',
  信件: 'letter',
  书面意见: 'letter',
  听证会: 'hearing',
};

export function channelOf(value: string): ImportChannel | null {
  const k = key(value);
  if ((IMPORT_CHANNELS as readonly string[]).includes(k)) return k as ImportChannel;
  return CHANNEL_WORDS[k] ?? null;
}

const YES = new Set(['是', '同意', '同意公开', 'yes', 'y', 'true', '1', '√', '✓']);
const NO = new Set(['', '否', '不同意', '不公开', 'no', 'n', 'false', '0']);

/** true / false, or null for a word that is neither. */
export function consentOf(value: string): boolean | null {
  const k = key(value);
  if (YES.has(k)) return true;
  if (NO.has(k)) return false;
  return null;
}
