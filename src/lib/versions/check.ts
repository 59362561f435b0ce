/**
 * A pasted version checked off the event loop: the draft's text is parsed with remark, which
 * is quadratic on some inputs (20 KB of `*a_` in an article took 25 s here, and blocked every
 * other request meanwhile; issue #14). So ./draft.ts runs in a worker with a time limit, and a
 * text that exceeds it is refused with a message on the text field. A text with more emphasis
 * marks in a paragraph than parse in that time is refused so before a worker starts
 * (../web/markdown-precheck.ts): the worker would run to its limit and hold 80-90 MB meanwhile.
 */
import type { DocumentLanguage } from '../legislation/index.ts';
import { tooManyEmphasisMarks } from '../web/markdown-precheck.ts';
import { runInWorker, workerPath } from '../web/worker.ts';
import type { DraftInput, DraftOutcome } from './draft.ts';

/** A real draft of 120 articles parses in well under a second here. */
export const DRAFT_TIMEOUT_MS = 3000;

export async function checkDraft(
  input: DraftInput,
  context: { language: DocumentLanguage; takenSlugs: readonly string[] },
  timeoutMs = DRAFT_TIMEOUT_MS,
): Promise<DraftOutcome> {
  const run = tooManyEmphasisMarks(input.markdown)
    ? null
    : await runInWorker<DraftOutcome>(
        workerPath(import.meta.url, 'src/lib/versions/draft-worker.ts'),
        { input, context: { ...context, takenSlugs: [...context.takenSlugs] } },
        timeoutMs,
      );
  if (run?.ok) return run.value;
  return {
    ok: false,
    problems: [
      {
        field: 'markdown',
        line: null,
        message: { key: 'draft.tooComplex' },
      },
    ],
  };
}
