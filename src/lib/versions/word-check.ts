/**
 * An uploaded Word draft read off the event loop: mammoth's XML parsing is synchronous CPU
 * work proportional to the inflated document (up to WORD_LIMITS.maxTotalBytes), so it runs in
 * a worker with a time limit, like the parser (./check.ts). Nothing is stored here.
 */
import { runInWorker, WORD_HEAP_MB, workerPath } from '../web/worker.ts';
import type { WordOutcome, WordRefusal } from './word.ts';

/** A real 120-article draft converts in well under a second here. */
export const WORD_TIMEOUT_MS = 5000;

export async function convertWordDraft(
  bytes: Uint8Array,
  timeoutMs = WORD_TIMEOUT_MS,
): Promise<WordOutcome | { ok: false; reason: 'too-slow' }> {
  const run = await runInWorker<WordOutcome>(
    workerPath(import.meta.url, 'src/lib/versions/word-worker.ts'),
    bytes,
    timeoutMs,
    WORD_HEAP_MB,
  );
  if (run.ok) return run.value;
  // A worker that failed outright (out of its memory limit) read a file it could not handle.
  return {
    ok: false,
    reason: run.reason === 'too-slow' ? 'too-slow' : ('corrupt' satisfies WordRefusal),
  };
}
