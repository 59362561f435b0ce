/**
 * Work that can take unbounded CPU (parsing Markdown is quadratic on some inputs) run in a
 * worker thread with a time limit, so it never holds up the event loop, and is stopped when
 * the limit passes. The worker is a file of src/ that Node runs by type stripping.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errors } from '../errors/index.ts';

export type WorkerOutcome<T> =
  { ok: true; value: T } | { ok: false; reason: 'too-slow' | 'failed' };

/**
 * Workers running at once in this process: one core is left to the event loop (on two cores,
 * one worker; others wait their turn, and their time limit starts when they run).
 */
const MAX_RUNNING = Math.max(1, os.availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];

/**
 * Runs the worker `file` on `data` (its workerData); the first message it posts is the value.
 * `heapMb` bounds the worker's heap (see TEXT_HEAP_MB).
 */
export async function runInWorker<T>(
  file: string,
  data: unknown,
  timeoutMs: number,
  heapMb = TEXT_HEAP_MB,
): Promise<WorkerOutcome<T>> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await runNow<T>(file, data, timeoutMs, heapMb);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * What a worker file posts (see `reportReady` and `reportDone`): first that its modules are
 * loaded, then its value. The time limit runs from the first: loading the parser in a fresh
 * thread took over 2 s on a loaded machine, and an ordinary explanation was refused as too slow.
 */
export type WorkerMessage<T> = { kind: 'ready' } | { kind: 'done'; value: T };

/**
 * A worker's heap for text (a draft's Markdown, an explanation). The largest draft the form
 * takes (1,000,000 characters, 900 articles) checks within 64 MB
 * (tests/lib/versions/check-large.test.ts); pathological Markdown runs out of it or out of time,
 * and is refused either way. It was 256 MB, which let one worker take the server past issue
 * #14's 512 MB bound, then 128 MB: the hostile load test's peak rose by 166-207 MB with it
 * (525 MB once in CI) and by 167-168 MB at 64. A Word file's conversion keeps 128 MB (WORD_HEAP_MB).
 */
export const TEXT_HEAP_MB = 64;
export const WORD_HEAP_MB = 128;
const YOUNG_GENERATION_MB = 16;

/** Ceiling on a worker's start-up (loading its modules), far above what any machine takes. */
const STARTUP_CEILING_MS = 120_000;

function runNow<T>(
  file: string,
  data: unknown,
  timeoutMs: number,
  heapMb: number,
): Promise<WorkerOutcome<T>> {
  const worker = new Worker(file, {
    workerData: data,
    resourceLimits: {
      maxOldGenerationSizeMb: heapMb,
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    },
  });
  return new Promise((resolve) => {
    const stopAfter = (ms: number) =>
      setTimeout(() => {
        resolve({ ok: false, reason: 'too-slow' });
        void worker.terminate();
      }, ms);
    let timer = stopAfter(STARTUP_CEILING_MS);
    const settle = (outcome: WorkerOutcome<T>) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    worker.on('message', (message: WorkerMessage<T>) => {
      if (message.kind === 'ready') {
        clearTimeout(timer);
        timer = stopAfter(timeoutMs);
      } else settle({ ok: true, value: message.value });
    });
    worker.once('error', () => settle({ ok: false, reason: 'failed' }));
    worker.once('exit', () => settle({ ok: false, reason: 'failed' }));
  });
}

const found = new Map<string, string>();

/**
 * The path of `srcPath` (relative to the repository, e.g. `src/lib/web/markdown-worker.ts`),
 * looked for beside `moduleUrl` when run from src/, else upwards from it: the built server is
 * bundled into dist/server, and src/ sits beside dist/ in the same checkout.
 */
export function workerPath(moduleUrl: string, srcPath: string): string {
  const known = found.get(srcPath);
  if (known) return known;
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (let i = 0; i < 8; i++) {
    for (const candidate of [path.join(dir, path.basename(srcPath)), path.join(dir, srcPath)]) {
      if (fs.existsSync(candidate)) {
        found.set(srcPath, candidate);
        return candidate;
      }
    }
    dir = path.dirname(dir);
  }
  throw errors.moduleNotFound(srcPath, moduleUrl);
}
