/**
 * A version's explanation is Markdown, rendered once when the version is stored and kept as
 * HTML beside it (versions never change), so a page view never parses Markdown. Rendering runs
 * in a worker with limits (src/lib/web/markdown.ts): staff publishing an explanation that
 * exceeds them are told so and nothing is stored; an explanation from content/ or stored
 * before this change that exceeds them is kept as plain paragraphs.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { versions } from '../db/schema.ts';
import { MAX_MARKDOWN_CHARS, plainParagraphs, renderMarkdownBounded, type MarkdownOutcome } from '../web/markdown.ts';
import type { DraftProblem } from './draft.ts';

/** The HTML to store, or the problem to show staff (the explanation field of the form). */
export async function renderExplanation(source: string): Promise<{ ok: true; html: string } | { ok: false; problem: DraftProblem }> {
  const outcome = await renderMarkdownBounded(source);
  return outcome.ok ? outcome : { ok: false, problem: { field: 'explanation', line: null, message: refusal(outcome.reason) } };
}

function refusal(reason: Exclude<MarkdownOutcome, { ok: true }>['reason']): DraftProblem['message'] {
  if (reason === 'too-long') return { zh: `说明超过 ${MAX_MARKDOWN_CHARS} 个字符，未发布。请缩短后再试。`, en: `The explanation is longer than ${MAX_MARKDOWN_CHARS} characters; nothing was published. Shorten it and retry.` };
  return {
    zh: '说明的 Markdown 格式过于复杂（例如大量未配对的 * 或 _，或过深的引用嵌套），无法在限定时间内排版，未发布。请删去多余的符号后再试。',
    en: 'The explanation’s Markdown is too complex to lay out in the time allowed (for example many unpaired * or _, or quotes nested very deep); nothing was published. Remove the stray marks and retry.',
  };
}

/**
 * Renders every stored explanation that has no HTML yet (versions from content/, and those
 * stored before explanations were rendered at storing). Run after each sync. Returns how many
 * were rendered and which of them were kept as plain text.
 */
export async function renderPendingExplanations(db: Db): Promise<{ rendered: number; plain: number[] }> {
  const pending = await db.select({ id: versions.id, explanation: versions.explanation }).from(versions).where(isNull(versions.explanationHtml));
  const plain: number[] = [];
  for (const v of pending) {
    const outcome = await renderMarkdownBounded(v.explanation);
    if (!outcome.ok) plain.push(v.id);
    const html = outcome.ok ? outcome.html : plainParagraphs(v.explanation);
    await db.update(versions).set({ explanationHtml: html }).where(and(eq(versions.id, v.id), isNull(versions.explanationHtml)));
  }
  return { rendered: pending.length, plain };
}
