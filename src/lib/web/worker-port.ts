/**
 * The worker side of ./worker.ts: a worker file calls `runWorker` once its modules are loaded,
 * so that its time limit counts the work, not the start-up. Imports only what Node can load
 * by type stripping.
 */
import { parentPort, workerData } from 'node:worker_threads';

/** Says the worker is ready (its time limit starts), runs `work` on its data and posts the value (awaited when `work` is async). */
export function runWorker<T>(work: (data: unknown) => T | Promise<T>): void {
  parentPort?.postMessage({ kind: 'ready' });
  void Promise.resolve(work(workerData)).then((value) =>
    parentPort?.postMessage({ kind: 'done', value }),
  );
}
