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
import {
  MAX_MARKDOWN_CHARS,
  plainParagraphs,
  renderMarkdownBounded,
  type MarkdownOutcome,
} from '../web/markdown.ts';
import type { DraftProblem } from './draft.ts';

/** The HTML to store, or the problem to show staff (the explanation field of the form). */
export async function renderExplanation(
  source: string,
): Promise<{ ok: true; html: string } | { ok: false; problem: DraftProblem }> {
  const outcome = await renderMarkdownBounded(source);
  return outcome.ok
    ? outcome
    : {
        ok: false,
        problem: { field: 'explanation', line: null, message: refusal(outcome.reason) },
      };
}

function refusal(
  reason: Exclude<MarkdownOutcome, { ok: true }>['reason'],
): DraftProblem['message'] {
  if (reason === 'too-long')
    return { key: 'explanation.tooLong', vars: { max: MAX_MARKDOWN_CHARS } };
  return { key: 'explanation.tooComplex' };
}

/**
 * Renders every stored explanation that has no HTML yet (versions from content/, and those
 * stored before explanations were rendered at storing). Run after each sync. Returns how many
 * were rendered and which of them were kept as plain text.
 */
export async function renderPendingExplanations(
  db: Db,
): Promise<{ rendered: number; plain: number[] }> {
  const pending = await db
    .select({ id: versions.id, explanation: versions.explanation })
    .from(versions)
    .where(isNull(versions.explanationHtml));
  const plain: number[] = [];
  for (const v of pending) {
    const outcome = await renderMarkdownBounded(v.explanation);
    if (!outcome.ok) plain.push(v.id);
    const html = outcome.ok ? outcome.html : plainParagraphs(v.explanation);
    await db
      .update(versions)
      .set({ explanationHtml: html })
      .where(and(eq(versions.id, v.id), isNull(versions.explanationHtml)));
  }
  return { rendered: pending.length, plain };
}
