/**
 * Pure validation of the content files' metadata (see content/README.md). Input is what the
 * YAML parser produced; output is typed values or a list of problems, each naming its file.
 */
import { checkWindowLength } from '../consultation/window.ts';
import { inBoth } from '../i18n/index.ts';
import { readQuestions, type Question } from '../evaluation/questionnaire.ts';
import { dayOfDateOnly } from '../time/index.ts';

export const STAGES = ['planning', 'drafting', 'review', 'enacted', 'evaluation'] as const;
export type Stage = (typeof STAGES)[number];
export const CONSULTATION_KINDS = ['plan', 'draft', 'evaluation'] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];
export const PLAN_CATEGORIES = ['formal', 'preparatory', 'research'] as const;

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export interface TimelineEntry {
  stage: Stage;
  date: string;
  title: string;
  description: string;
}

export interface ConsultationEntry {
  slug: string;
  kind: ConsultationKind;
  version: string | null;
  title: string;
  opensAt: Date;
  closesAt: Date;
  shortWindowReason: string | null;
  /** Evaluation consultations: the questionnaire's questions, when the file gives them. */
  questionnaire: Question[] | null;
}

export interface RegulationManifest {
  slug: string;
  title: string;
  shortTitle: string;
  language: 'zh' | 'en';
  sponsor: string;
  committee: string;
  stage: Stage;
  summary: string;
  timeline: TimelineEntry[];
  consultations: ConsultationEntry[];
}

export interface VersionFrontMatter {
  slug: string;
  label: string;
  stage: Stage;
  date: string;
}

export interface PlanManifest {
  year: number;
  title: string;
  adopted: string | null;
  opensAt: Date | null;
  closesAt: Date | null;
  /** Required when the plan's comment window is shorter than 30 days. */
  shortWindowReason: string | null;
  items: {
    slug: string;
    category: (typeof PLAN_CATEGORIES)[number];
    title: string;
    sponsor: string;
    description: string;
    regulation: string | null;
  }[];
}

/**
 * content/sample.yaml: the folder is sample content, its dates written as of `datesAsOf`. A
 * database that first loads it later sees every date moved on by the days in between (sync.ts).
 */
export interface SampleManifest {
  datesAsOf: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const THIRTY_DAYS_MS = 30 * 24 * 3600 * 1000;

/** A tiny reader over an unknown object that collects problems instead of throwing. */
export class Reader {
  readonly problems: ContentProblem[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  problem(message: string): void {
    this.problems.push({ file: this.file, line: 1, message });
  }

  string(obj: Record<string, unknown>, key: string, where: string, optional = false): string {
    const value = obj[key];
    if (value === undefined || value === null || value === '') {
      if (!optional) this.problem(`${where}缺少「${key}」。${where}: "${key}" is missing.`);
      return '';
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.problem(`${where}「${key}」应为文本。${where}: "${key}" must be text.`);
      return '';
    }
    return String(value).trim();
  }

  oneOf<T extends string>(obj: Record<string, unknown>, key: string, allowed: readonly T[], where: string): T {
    const value = this.string(obj, key, where);
    if (value && !(allowed as readonly string[]).includes(value)) {
      this.problem(
        `${where}「${key}」的值 "${value}" 无效，应为 ${allowed.join(' / ')}。${where}: "${key}" must be one of ${allowed.join(', ')}.`,
      );
    }
    return value as T;
  }

  date(obj: Record<string, unknown>, key: string, where: string): string {
    const raw = obj[key];
    const value = raw instanceof Date ? dayOfDateOnly(raw) : this.string(obj, key, where);
    if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      this.problem(`${where}「${key}」应为 YYYY-MM-DD 日期。${where}: "${key}" must be a YYYY-MM-DD date.`);
    }
    return value;
  }

  instant(obj: Record<string, unknown>, key: string, where: string): Date {
    const raw = obj[key];
    const text = raw instanceof Date ? raw.toISOString() : this.string(obj, key, where);
    const date = new Date(text);
    if (text && (Number.isNaN(date.getTime()) || !/[zZ]|[+-]\d{2}:?\d{2}$/.test(text))) {
      this.problem(
        `${where}「${key}」应为带时区的时间，如 2026-12-21T18:00:00+08:00。${where}: "${key}" must be a time with an offset, e.g. 2026-12-21T18:00:00+08:00.`,
      );
    }
    return date;
  }

  list(obj: Record<string, unknown>, key: string, where: string): Record<string, unknown>[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'object' || v === null)) {
      this.problem(`${where}「${key}」应为列表。${where}: "${key}" must be a list.`);
      return [];
    }
    return value as Record<string, unknown>[];
  }
}

export function asObject(data: unknown, reader: Reader): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    reader.problem('文件内容应为键值对象。The file must hold a mapping of keys to values.');
    return null;
  }
  return data as Record<string, unknown>;
}

export function readRegulationManifest(slug: string, data: unknown, file: string): Result<RegulationManifest> {
  const r = new Reader(file);
  const obj = asObject(data, r);
  if (!obj) return { ok: false, problems: r.problems };
  if (!SLUG.test(slug)) r.problem(`文件夹名 "${slug}" 只能含小写字母、数字和连字符。Folder name "${slug}" may hold only a-z, 0-9 and hyphens.`);
  const manifest: RegulationManifest = {
    slug,
    title: r.string(obj, 'title', '法规'),
    shortTitle: r.string(obj, 'shortTitle', '法规', true),
    language: r.oneOf(obj, 'language', ['zh', 'en'] as const, '法规'),
    sponsor: r.string(obj, 'sponsor', '法规'),
    committee: r.string(obj, 'committee', '法规'),
    stage: r.oneOf(obj, 'stage', STAGES, '法规'),
    summary: r.string(obj, 'summary', '法规'),
    timeline: r.list(obj, 'timeline', '法规').map((e, i) => ({
      stage: r.oneOf(e, 'stage', STAGES, `timeline[${i}]`),
      date: r.date(e, 'date', `timeline[${i}]`),
      title: r.string(e, 'title', `timeline[${i}]`),
      description: r.string(e, 'description', `timeline[${i}]`, true),
    })),
    consultations: r.list(obj, 'consultations', '法规').map((e, i) => {
      const where = `consultations[${i}]`;
      const kind = r.oneOf(e, 'kind', CONSULTATION_KINDS, where);
      const opensAt = r.instant(e, 'opens', where);
      const closesAt = r.instant(e, 'closes', where);
      const reason = r.string(e, 'shortWindowReason', where, true) || null;
      const version = r.string(e, 'version', where, kind === 'plan') || null;
      if (!(closesAt > opensAt)) r.problem(`${where} 截止时间须晚于开始时间。${where}: closes must be after opens.`);
      else if (closesAt.getTime() - opensAt.getTime() < THIRTY_DAYS_MS && !reason) {
        r.problem(
          `${where} 征求意见期少于30日，须填写 shortWindowReason 说明理由。${where}: a window shorter than 30 days needs a shortWindowReason.`,
        );
      }
      const consultationSlug = r.string(e, 'slug', where);
      if (consultationSlug && !SLUG.test(consultationSlug)) r.problem(`${where} slug 格式无效。${where}: invalid slug.`);
      let questionnaire: Question[] | null = null;
      if (e['questionnaire'] !== undefined && e['questionnaire'] !== null) {
        if (kind !== 'evaluation') r.problem(`${where} 只有立法后评估（kind: evaluation）可以设问卷。${where}: only an evaluation consultation has a questionnaire.`);
        else questionnaire = readQuestions(e['questionnaire'], where, (m) => r.problem(m));
      }
      return { slug: consultationSlug, kind, version, title: r.string(e, 'title', where), opensAt, closesAt, shortWindowReason: reason, questionnaire };
    }),
  };
  if (!manifest.shortTitle) manifest.shortTitle = manifest.title;
  manifest.summary = joinFoldedLines(manifest.summary);
  const seen = new Set<string>();
  for (const c of manifest.consultations) {
    if (seen.has(c.slug)) r.problem(`征求意见 slug "${c.slug}" 重复。Consultation slug "${c.slug}" is used twice.`);
    seen.add(c.slug);
  }
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, value: manifest };
}

export function readVersionFrontMatter(data: unknown, file: string): Result<VersionFrontMatter> {
  const r = new Reader(file);
  const obj = asObject(data, r);
  if (!obj) return { ok: false, problems: r.problems };
  const value: VersionFrontMatter = {
    slug: r.string(obj, 'slug', '版本'),
    label: r.string(obj, 'label', '版本'),
    stage: r.oneOf(obj, 'stage', STAGES, '版本'),
    date: r.date(obj, 'date', '版本'),
  };
  if (value.slug && !SLUG.test(value.slug)) r.problem(`版本 slug "${value.slug}" 格式无效。Invalid version slug "${value.slug}".`);
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, value };
}

/** content/sample.yaml, when the folder has one. */
export function readSampleManifest(data: unknown, file: string): Result<SampleManifest> {
  const r = new Reader(file);
  const obj = asObject(data, r);
  if (!obj) return { ok: false, problems: r.problems };
  const value: SampleManifest = { datesAsOf: r.date(obj, 'datesAsOf', '示例内容') };
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, value };
}

export function readPlanManifest(data: unknown, file: string): Result<PlanManifest> {
  const r = new Reader(file);
  const obj = asObject(data, r);
  if (!obj) return { ok: false, problems: r.problems };
  const consultation = (obj['consultation'] ?? null) as Record<string, unknown> | null;
  const year = Number(obj['year']);
  if (!Number.isInteger(year) || year < 1949 || year > 2200) r.problem('「year」应为年份。"year" must be a year.');
  const value: PlanManifest = {
    year,
    title: r.string(obj, 'title', '计划'),
    adopted: obj['adopted'] ? r.date(obj, 'adopted', '计划') : null,
    opensAt: consultation ? r.instant(consultation, 'opens', 'consultation') : null,
    closesAt: consultation ? r.instant(consultation, 'closes', 'consultation') : null,
    shortWindowReason: consultation ? r.string(consultation, 'shortWindowReason', 'consultation', true) || null : null,
    items: r.list(obj, 'items', '计划').map((e, i) => ({
      slug: r.string(e, 'slug', `items[${i}]`),
      category: r.oneOf(e, 'category', PLAN_CATEGORIES, `items[${i}]`),
      title: r.string(e, 'title', `items[${i}]`),
      sponsor: r.string(e, 'sponsor', `items[${i}]`),
      description: r.string(e, 'description', `items[${i}]`),
      regulation: r.string(e, 'regulation', `items[${i}]`, true) || null,
    })),
  };
  if (value.opensAt && value.closesAt && !Number.isNaN(value.opensAt.getTime()) && !Number.isNaN(value.closesAt.getTime())) {
    const window = checkWindowLength(value.opensAt, value.closesAt, value.shortWindowReason);
    if (!window.ok) r.problem(`consultation: ${Object.values(inBoth(window.message)).join(' ')}${window.reason === 'short-window-without-reason' ? ' (shortWindowReason)' : ''}`);
  }
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, value };
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const FOLD_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');

/**
 * A folded YAML block (`>-`) joins its lines with spaces, which Chinese text must not have.
 * @example joinFoldedLines('停车、 加装电梯') // '停车、加装电梯'
 */
export function joinFoldedLines(text: string): string {
  return text.replace(FOLD_BETWEEN_CJK, '');
}

/** Splits a leading `---` YAML block from a Markdown file; the body keeps its line numbers. */
export function splitFrontMatter(source: string): { yaml: string | null; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { yaml: null, body: source };
  const lines = match[0].split('\n').length - 1;
  return { yaml: match[1] ?? '', body: '\n'.repeat(lines) + source.slice(match[0].length) };
}
