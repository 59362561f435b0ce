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
import { asObject, Reader, type Result } from './manifest.ts';

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

/**
 * Checks one feedback file: every comment inside the window and on an article of the version,
 * every value one the site knows, a place for opinions heard at a meeting or contact point, a
 * reason with each disposition, and a report published after the window closed.
 */
export function readFeedback(data: unknown, file: string, target: FeedbackTarget): Result<LoadedFeedback> {
  const r = new Reader(file);
  const obj = asObject(data, r);
  if (!obj) return { ok: false, problems: r.problems };
  const articles = new Map(
    (target.document ? articlesOf(target.document) : []).map((a) => [a.label.trim(), a]),
  );
  /** Text as the manifest reads it, null when absent, refused over MAX_FEEDBACK_TEXT. */
  const text = (o: Record<string, unknown>, key: string, where: string, required: boolean) => {
    const s = r.string(o, key, where, !required).replace(/\r\n?/g, '\n');
    if ([...s].length > MAX_FEEDBACK_TEXT) {
      r.problem(`${where}「${key}」超过 ${MAX_FEEDBACK_TEXT} 字。${where}: "${key}" is over ${MAX_FEEDBACK_TEXT} characters.`);
      return null;
    }
    return s || null;
  };
  /** One of `allowed`; `fallback` when absent (absent and no fallback: a problem). */
  const oneOf = <T extends string>(o: Record<string, unknown>, key: string, allowed: readonly T[], where: string, fallback: T | null): T =>
    fallback !== null && (o[key] === undefined || o[key] === null || o[key] === '') ? fallback : r.oneOf(o, key, allowed, where);
  const instant = (o: Record<string, unknown>, key: string, where: string): Date | null => {
    const at = r.instant(o, key, where);
    return Number.isNaN(at.getTime()) ? null : at;
  };
  const article = (o: Record<string, unknown>, where: string) => {
    const label = text(o, 'article', where, false);
    if (label === null) return { eId: null, label: null };
    const found = articles.get(label);
    if (!found) {
      r.problem(`${where}「article」"${label}" 不是该征求意见文本中的条文。${where}: "article" "${label}" is not an article of the consultation's text.`);
      return { eId: null, label: null };
    }
    return { eId: found.eId, label: found.label };
  };

  const comments: FeedbackComment[] = r.list(obj, 'comments', '意见记录').map((e, i) => {
    const where = `comments[${i}]`;
    const at = instant(e, 'date', where);
    if (at && (at < target.opensAt || at >= target.closesAt)) {
      r.problem(`${where} 的时间不在征求意见期内。${where}: the date is outside the consultation's window.`);
    }
    const channel = oneOf(e, 'channel', CHANNELS, where, 'online');
    const place = text(e, 'place', where, HEARD_AT_A_PLACE.has(channel));
    const participantsRaw = e['participants'];
    const participants =
      participantsRaw === undefined || participantsRaw === null ? null : Number(participantsRaw);
    if (participants !== null && !(Number.isInteger(participants) && participants > 0)) {
      r.problem(`${where}「participants」应为正整数。${where}: "participants" must be a whole number above 0.`);
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
  const rawReport = obj['report'];
  if (rawReport !== undefined && rawReport !== null) {
    const reported = asObject(rawReport, r);
    if (reported) {
      const publishedAt = instant(reported, 'published', 'report');
      if (publishedAt && publishedAt < target.closesAt) {
        r.problem('report 的发布时间早于征求意见截止时间。report: "published" is before the window closes.');
      }
      const sections = r.list(reported, 'sections', 'report').map((s, i) => {
        const where = `report.sections[${i}]`;
        const a = article(s, where);
        return { eId: a.eId ?? '', label: a.label ?? target.wholeDraftLabel, text: text(s, 'text', where, true) ?? '' };
      });
      report = {
        publishedAt: publishedAt ?? target.closesAt,
        intro: text(reported, 'intro', 'report', true) ?? '',
        sections,
        closing: text(reported, 'closing', 'report', false) ?? '',
      };
    }
  }
  return r.problems.length
    ? { ok: false, problems: r.problems }
    : { ok: true, value: { consultation: target.consultation, file, comments, report } };
}
