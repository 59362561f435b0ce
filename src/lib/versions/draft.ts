/**
 * A new version that staff paste or upload: the metadata fields and the Markdown are checked
 * and parsed with the same parser as content/ files, and composed into exactly the file a
 * content/ version would be (front matter + text), so that saving it into content/ later makes
 * the sync find it unchanged. Pure.
 */
import { sha256 } from '../content/load.ts';
import { splitFrontMatter, STAGES, type Stage } from '../content/manifest.ts';
import { isMessageKey, type Message } from '../i18n/index.ts';
import { parseDraft, type DocumentLanguage, type ParsedDocument } from '../legislation/index.ts';

export interface DraftInput {
  slug: string;
  label: string;
  stage: string;
  date: string;
  markdown: string;
  explanation: string;
}

export interface DraftProblem {
  field: keyof DraftInput;
  /** Line in the pasted text, for parser problems. */
  line: number | null;
  message: Message;
}

export interface DraftVersion {
  slug: string;
  label: string;
  stage: Stage;
  date: string;
  source: string;
  sourceHash: string;
  explanation: string;
  document: ParsedDocument;
  /** What the parser had to guess, with lines of the pasted text: staff read them before publishing. */
  warnings: DraftWarning[];
}

/** A parser warning, to be shown through the catalogue key `parse.<code>` with its params. */
export interface DraftWarning {
  code: string;
  line: number;
  params: Record<string, string | number>;
}

export type DraftOutcome =
  { ok: true; version: DraftVersion } | { ok: false; problems: DraftProblem[] };

export const MAX_SOURCE_CHARS = 1_000_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The version file as content/ holds it. */
export function composeSource(
  v: Pick<DraftInput, 'slug' | 'label' | 'stage' | 'date'>,
  body: string,
): { source: string; headerLines: number } {
  const header = `---\nslug: ${v.slug}\nlabel: ${JSON.stringify(v.label)}\nstage: ${v.stage}\ndate: ${v.date}\n---\n`;
  return { source: header + body, headerLines: header.split('\n').length - 1 };
}

/**
 * A warning's own line numbers ("already appears at line {first}", "the text starts at line
 * {body}", "line {line} does not end with a mark that ends a sentence") counted in the pasted text, like the line the warning is on, not in the composed file.
 * @example pastedLines({ label: '第一条', first: 9 }, 6) // { label: '第一条', first: 3 }
 */
function pastedLines(
  params: Record<string, string | number>,
  headerLines: number,
): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      LINE_PARAMS.has(k) && typeof v === 'number' ? Math.max(1, v - headerLines) : v,
    ]),
  );
}
/** The params that are line numbers: duplicate-number's, table-of-contents', line-joined's. */
const LINE_PARAMS = new Set(['first', 'body', 'line']);

/**
 * @example
 * draftVersion({ slug: 'second-reading', label: '二审稿', stage: 'review', date: '2026-12-01', markdown: '# 条例\n\n第一条 ……', explanation: '' }, { language: 'zh', takenSlugs: ['draft'] })
 * // { ok: true, version: { slug: 'second-reading', source: '---\nslug: second-reading\n…', document: { … } } }
 */
export function draftVersion(
  input: DraftInput,
  context: { language: DocumentLanguage; takenSlugs: readonly string[] },
): DraftOutcome {
  const problems: DraftProblem[] = [];
  const fail = (field: keyof DraftInput, message: Message, line: number | null = null) =>
    problems.push({ field, line, message });
  const slug = input.slug.trim();
  const label = input.label.trim();
  if (!SLUG.test(slug)) fail('slug', { key: 'draft.slug' });
  else if (context.takenSlugs.includes(slug))
    fail('slug', { key: 'draft.slugTaken', vars: { slug } });
  if (label === '' || [...label].length > 40) fail('label', { key: 'draft.label' });
  if (!(STAGES as readonly string[]).includes(input.stage)) fail('stage', { key: 'draft.stage' });
  if (!DATE.test(input.date) || Number.isNaN(Date.parse(`${input.date}T00:00:00Z`)))
    fail('date', { key: 'draft.date' });
  const body = splitFrontMatter(input.markdown.replace(/\r\n?/g, '\n')).body.replace(/^\n+/, '');
  if (body.trim() === '') fail('markdown', { key: 'draft.markdown' });
  else if (body.length > MAX_SOURCE_CHARS) fail('markdown', { key: 'draft.tooLong' });
  if (problems.length > 0) return { ok: false, problems };
  const { source, headerLines } = composeSource(
    { slug, label, stage: input.stage, date: input.date },
    body,
  );
  const parsed = parseDraft(source, { file: null, language: context.language });
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      const key = `parse.${e.code}`;
      fail(
        'markdown',
        isMessageKey(key)
          ? { key, vars: e.params ?? {} }
          : { key: 'draft.unreadable', vars: { detail: e.message } },
        Math.max(1, e.line - headerLines),
      );
    }
    return { ok: false, problems };
  }
  return {
    ok: true,
    version: {
      slug,
      label,
      stage: input.stage as Stage,
      date: input.date,
      source,
      sourceHash: sha256(source),
      explanation: input.explanation.trim(),
      document: parsed.document,
      warnings: parsed.warnings.map((w) => ({
        code: w.code,
        line: Math.max(1, w.line - headerLines),
        params: pastedLines(w.params ?? {}, headerLines),
      })),
    },
  };
}
