/**
 * Markdown rendered where it cannot hold up the server: in a worker thread, with a limit on
 * the input's length and on the time the parse may take. Parsing Markdown is quadratic on some
 * inputs (80 KB of `*a` froze the whole server for 16 s; issue #14), so it never runs on the
 * event loop and never per page view: a version's explanation is rendered once, when it is
 * stored (src/lib/versions/explanation.ts).
 */
import { escapeHtml } from '../html/escape.ts';
import { tooManyEmphasisMarks } from './markdown-precheck.ts';
import { runInWorker, workerPath } from './worker.ts';

/** Characters; the longest explanation in the sample content is under 3,000. */
export const MAX_MARKDOWN_CHARS = 100_000;
/** A legitimate explanation of the maximum length renders in well under 200 ms here. */
export const MARKDOWN_TIMEOUT_MS = 2000;

export type MarkdownOutcome =
  { ok: true; html: string } | { ok: false; reason: 'too-long' | 'too-slow' | 'too-complex' };

/**
 * The HTML of `source`, or why it was refused: longer than `maxChars`, with more emphasis
 * marks in a paragraph than parse in reasonable time (./markdown-precheck.ts, before any worker
 * starts), still parsing after `timeoutMs` (the worker is then stopped; ./worker.ts runs one at
 * a time on two cores), or failing in the renderer (nesting deep enough to exhaust its stack).
 */
export async function renderMarkdownBounded(
  source: string,
  limits: { maxChars?: number; timeoutMs?: number } = {},
): Promise<MarkdownOutcome> {
  if (source.length > (limits.maxChars ?? MAX_MARKDOWN_CHARS))
    return { ok: false, reason: 'too-long' };
  if (source.trim() === '') return { ok: true, html: '' };
  if (tooManyEmphasisMarks(source)) return { ok: false, reason: 'too-complex' };
  const run = await runInWorker<string>(
    workerPath(import.meta.url, 'src/lib/web/markdown-worker.ts'),
    source,
    limits.timeoutMs ?? MARKDOWN_TIMEOUT_MS,
  );
  return run.ok
    ? { ok: true, html: run.value }
    : { ok: false, reason: run.reason === 'too-slow' ? 'too-slow' : 'too-complex' };
}

/**
 * Text shown in place of rendered Markdown (escaped paragraphs), linear in its length: for an
 * explanation stored before explanations were rendered at storing, or refused by the renderer.
 */
export function plainParagraphs(source: string): string {
  return source
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}
