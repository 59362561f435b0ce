/**
 * The error catalogue: broken invariants and environment failures, each with a permanent name,
 * a message saying what happened and a hint saying what to do, in both languages (the texts
 * are in src/lib/i18n/shared/errors.ts). Expected outcomes (a closed window, a bad form field)
 * are values, not errors; a failure that is not in this catalogue is an internal error, shown
 * to visitors as the site's 500 page and never as "try again later".
 *
 * @example
 * throw errors.publishedVersionChanged('content/x/01.md');
 * // → OpenClauseError { name: 'PublishedVersionChanged', message: 'The text of a published version cannot be changed: content/x/01.md.' }
 */
import { translator, type Locale } from '../i18n/index.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** Each permanent name with the values its texts are filled with. */
interface ErrorParams {
  DatabaseLocked: { dataDir: string; pid: number };
  DatabaseUnavailable: Record<string, never>;
  ContentInvalid: { details: string };
  PublishedVersionChanged: { file: string };
  VersionOutOfOrder: { file: string; slug: string; position: number };
  StoredVersionUnparseable: { version: string; detail: string };
  ConsultationWithoutVersion: { consultation: number };
  ImportRowRefused: { row: number; reason: string };
  CommentReferenceMissing: { consultation: number; version: string };
  CommentNotStored: Record<string, never>;
  ConfigInvalid: { name: string; detail: string };
  ModuleNotFound: { file: string; from: string };
  QueryParameterMissing: { n: number; count: number };
  Internal: { detail: string };
}

export type ErrorName = keyof ErrorParams;

export class OpenClauseError<N extends ErrorName = ErrorName> extends Error {
  override readonly name: N;
  readonly params: ErrorParams[N];
  constructor(name: N, params: ErrorParams[N], options?: { cause?: unknown }) {
    // The English text is the message of record: logs and stack traces read it.
    super(errorText(name, 'message', params, 'en'), options);
    this.name = name;
    this.params = params;
  }

  /** What happened, in `locale`. */
  messageIn(locale: Locale): string {
    return errorText(this.name, 'message', this.params, locale);
  }

  /** What to do about it, in `locale`. */
  hintIn(locale: Locale): string {
    return errorText(this.name, 'hint', this.params, locale);
  }

  get hint(): string {
    return this.hintIn('en');
  }
}

function errorText(
  name: ErrorName,
  part: 'message' | 'hint',
  params: object,
  locale: Locale,
): string {
  return translator(locale)(
    `error.${name}.${part}` as MessageKey,
    params as Record<string, string | number>,
  );
}

/** Builders for every error in the catalogue, named after it. */
export const errors = {
  databaseLocked: (dataDir: string, pid: number) =>
    new OpenClauseError('DatabaseLocked', { dataDir, pid }),
  databaseUnavailable: (cause: unknown) =>
    new OpenClauseError('DatabaseUnavailable', {}, { cause }),
  contentInvalid: (details: string) => new OpenClauseError('ContentInvalid', { details }),
  publishedVersionChanged: (file: string) =>
    new OpenClauseError('PublishedVersionChanged', { file }),
  versionOutOfOrder: (file: string, slug: string, position: number) =>
    new OpenClauseError('VersionOutOfOrder', { file, slug, position }),
  storedVersionUnparseable: (version: string | number, detail: string) =>
    new OpenClauseError('StoredVersionUnparseable', { version: String(version), detail }),
  consultationWithoutVersion: (consultation: number) =>
    new OpenClauseError('ConsultationWithoutVersion', { consultation }),
  importRowRefused: (row: number, reason: string) =>
    new OpenClauseError('ImportRowRefused', { row, reason }),
  commentReferenceMissing: (consultation: number, version: number | null) =>
    new OpenClauseError('CommentReferenceMissing', { consultation, version: String(version) }),
  commentNotStored: () => new OpenClauseError('CommentNotStored', {}),
  configInvalid: (name: string, detail: string) =>
    new OpenClauseError('ConfigInvalid', { name, detail }),
  moduleNotFound: (file: string, from: string) =>
    new OpenClauseError('ModuleNotFound', { file, from }),
  queryParameterMissing: (n: number, count: number) =>
    new OpenClauseError('QueryParameterMissing', { n, count }),
} as const;

/**
 * Any failure as the catalogue says it: a catalogued error by its name, message and hint; any
 * other as an internal error carrying its own message. Without `locale`, both languages, one
 * per line (for the command line and the log, read by people of either language).
 */
export function formatError(error: unknown, locale?: Locale): string {
  const known = asCatalogued(error);
  const lines = (l: Locale) => [known.messageIn(l), known.hintIn(l)];
  const text = locale ? lines(locale) : [...lines('zh'), ...lines('en')];
  return [`[${known.name}] ${text[0]}`, ...text.slice(1)].join('\n');
}

/** The error itself when it is in the catalogue; otherwise an `Internal` error caused by it. */
export function asCatalogued(error: unknown): OpenClauseError {
  if (error instanceof OpenClauseError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new OpenClauseError('Internal', { detail }, { cause: error });
}

export { isDatabaseUnavailable } from './database.ts';
