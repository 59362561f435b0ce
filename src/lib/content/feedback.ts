/**
 * A consultation's record kept as a file: `regulations/<slug>/feedback/<consultation>.yaml`
 * holds the opinions it received (through this platform's predecessor, on paper, at a contact
 * point's meeting) with how each was handled, and the feedback report that was published. A
 * site that moves onto OpenClause brings its past consultations whole this way; the shipped
 * sample uses it so that a reading that ended months ago shows what a real one shows.
 * Pure: the file is checked here against the consultation's window and version; sync.ts loads
 * it once (comments once received are records: later edits of the file are not applied).
 */
import { CATEGORIES, CHANNELS } from '../comments/validate.ts';
import { DISPOSITIONS, type Disposition } from '../disposition/rules.ts';
import { articlesOf, type ParsedDocument } from '../legislation/index.ts';
import type { ContentProblem } from './manifest.ts';

/** A comment's stance as a file may state it ('unstated' is for comments typed in without one). */
export const FILE_STANCES = ['support', 'oppose', 'amend', 'question'] as const;

/** Channels whose opinions were heard somewhere: the file names the place. */
const HEARD_AT_A_PLACE = new Set(['contact-point', 'meeting', 'hearing']);

export const MAX_FEEDBACK_TEXT = 20_000;

export interface FeedbackComment {
  /** 1-based position in the file: the comment's lasting key (`content:<reg>/<consultation>/<n>`). */
  n: number;
  at: Date;
  /** The article's eId and label in the consultation's version; null for the draft as a whole. */
  eId: string | null;
  label: string | null;
  stance: (typeof FILE_STANCES)[number];
  category: (typeof CATEGORIES)[number];
  channel: (typeof CHANNELS)[number];
  place: string | null;
  participants: number | null;
  name: string | null;
  district: string | null;
  body: string;
  wording: string | null;
  disposition: Disposition | null;
  reason: string | null;
  reply: string | null;
}

export interface FeedbackReportFile {
  publishedAt: Date;
  intro: string;
  sections: { eId: string; label: string; text: string }[];
  closing: string;
}

export interface LoadedFeedback {
  consultation: string;
  file: string;
  comments: FeedbackComment[];
  report: FeedbackReportFile | null;
}

export interface FeedbackTarget {
  consultation: string;
  opensAt: Date;
  closesAt: Date;
  /** The consultation's version, whose articles the comments name by label; null for a plan window. */
  document: ParsedDocument | null;
  /** The label for the draft as a whole, in the report's sections. */
  wholeDraftLabel: string;
}

type Result = { ok: true; value: LoadedFeedback } | { ok: false; problems: ContentProblem[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks one feedback file: every comment inside the window and on an article of the version,
 * every value one the site knows, a place for opinions heard at a meeting or contact point, a
 * reason with each disposition, and a report published after the window closed.
 */
export function readFeedback(data: unknown, file: string, target: FeedbackTarget): Result {
  const problems: ContentProblem[] = [];
  const problem = (zh: string, en: string) => problems.push({ file, line: 1, message: `${zh}${en}` });
  if (!isRecord(data)) {
    problem('文件内容应为键值对象。', 'The file must hold a mapping of keys to values.');
    return { ok: false, problems };
  }
  const articles = new Map(
    (target.document ? articlesOf(target.document) : []).map((a) => [a.label.trim(), a]),
  );
  const text = (obj: Record<string, unknown>, key: string, where: string, required: boolean) => {
    const v = obj[key];
    if (v === undefined || v === null || v === '') {
      if (required) problem(`${where}缺少「${key}」。`, `${where}: "${key}" is missing.`);
      return null;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      problem(`${where}「${key}」应为文本。`, `${where}: "${key}" must be text.`);
      return null;
    }
    const s = String(v).replace(/\r\n?/g, '\n').trim();
    if ([...s].length > MAX_FEEDBACK_TEXT) {
      problem(`${where}「${key}」超过 ${MAX_FEEDBACK_TEXT} 字。`, `${where}: "${key}" is over ${MAX_FEEDBACK_TEXT} characters.`);
      return null;
    }
    return s;
  };
  const oneOf = <T extends string>(
    obj: Record<string, unknown>,
    key: string,
    allowed: readonly T[],
    where: string,
    fallback: T | null,
  ): T => {
    const v = text(obj, key, where, fallback === null);
    if (v === null) return (fallback ?? allowed[0]) as T;
    if (!(allowed as readonly string[]).includes(v)) {
      problem(
        `${where}「${key}」的值 "${v}" 无效，应为 ${allowed.join(' / ')}。`,
        `${where}: "${key}" must be one of ${allowed.join(', ')}.`,
      );
    }
    return v as T;
  };
  const instant = (obj: Record<string, unknown>, key: string, where: string): Date | null => {
    const raw = obj[key];
    const s = raw instanceof Date ? raw.toISOString() : text(obj, key, where, true);
    if (s === null) return null;
    const at = new Date(s);
    if (Number.isNaN(at.getTime()) || !/[zZ]|[+-]\d{2}:?\d{2}$/.test(s)) {
      problem(
        `${where}「${key}」应为带时区的时间，如 2026-03-18T20:15:00+08:00。`,
        `${where}: "${key}" must be a time with an offset, e.g. 2026-03-18T20:15:00+08:00.`,
      );
      return null;
    }
    return at;
  };
  const article = (obj: Record<string, unknown>, where: string) => {
    const label = text(obj, 'article', where, false);
    if (label === null) return { eId: null, label: null };
    const found = articles.get(label);
    if (!found) {
      problem(
        `${where}「article」"${label}" 不是该征求意见文本中的条文。`,
        `${where}: "article" "${label}" is not an article of the consultation's text.`,
      );
      return { eId: null, label: null };
    }
    return { eId: found.eId, label: found.label };
  };

  const rawComments = data['comments'];
  if (rawComments !== undefined && (!Array.isArray(rawComments) || !rawComments.every(isRecord))) {
    problem('「comments」应为列表。', '"comments" must be a list.');
  }
  const list = Array.isArray(rawComments) ? rawComments.filter(isRecord) : [];
  const comments: FeedbackComment[] = list.map((e, i) => {
    const where = `comments[${i}]`;
    const at = instant(e, 'date', where);
    if (at && (at < target.opensAt || at >= target.closesAt)) {
      problem(`${where} 的时间不在征求意见期内。`, `${where}: the date is outside the consultation's window.`);
    }
    const channel = oneOf(e, 'channel', CHANNELS, where, 'online');
    const place = text(e, 'place', where, HEARD_AT_A_PLACE.has(channel));
    const participantsRaw = e['participants'];
    const participants =
      participantsRaw === undefined || participantsRaw === null ? null : Number(participantsRaw);
    if (participants !== null && !(Number.isInteger(participants) && participants > 0)) {
      problem(`${where}「participants」应为正整数。`, `${where}: "participants" must be a whole number above 0.`);
    }
    const disposition = e['disposition'] == null ? null : oneOf(e, 'disposition', DISPOSITIONS, where, null);
    const reason = text(e, 'reason', where, disposition !== null);
    const reply = text(e, 'reply', where, false);
    return {
      n: i + 1,
      at: at ?? target.opensAt,
      ...article(e, where),
      stance: oneOf(e, 'stance', FILE_STANCES, where, null),
      category: oneOf(e, 'category', CATEGORIES, where, 'individual'),
      channel,
      place,
      participants: participants !== null && Number.isInteger(participants) && participants > 0 ? participants : null,
      name: text(e, 'name', where, false),
      district: text(e, 'district', where, false),
      body: text(e, 'body', where, true) ?? '',
      wording: text(e, 'wording', where, false),
      disposition,
      reason,
      reply,
    };
  });

  let report: FeedbackReportFile | null = null;
  const rawReport = data['report'];
  if (rawReport !== undefined && rawReport !== null) {
    if (!isRecord(rawReport)) problem('「report」应为键值对象。', '"report" must be a mapping.');
    else {
      const publishedAt = instant(rawReport, 'published', 'report');
      if (publishedAt && publishedAt < target.closesAt) {
        problem('report 的发布时间早于征求意见截止时间。', 'report: "published" is before the window closes.');
      }
      const rawSections = rawReport['sections'];
      if (rawSections !== undefined && (!Array.isArray(rawSections) || !rawSections.every(isRecord))) {
        problem('report「sections」应为列表。', 'report: "sections" must be a list.');
      }
      const sections = (Array.isArray(rawSections) ? rawSections.filter(isRecord) : []).map((s, i) => {
        const where = `report.sections[${i}]`;
        const a = article(s, where);
        return { eId: a.eId ?? '', label: a.label ?? target.wholeDraftLabel, text: text(s, 'text', where, true) ?? '' };
      });
      report = {
        publishedAt: publishedAt ?? target.closesAt,
        intro: text(rawReport, 'intro', 'report', true) ?? '',
        sections,
        closing: text(rawReport, 'closing', 'report', false) ?? '',
      };
    }
  }
  return problems.length
    ? { ok: false, problems }
    : { ok: true, value: { consultation: target.consultation, file, comments, report } };
}
