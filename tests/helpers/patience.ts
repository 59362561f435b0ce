/**
 * Waits in tests that hold on a busy machine. A wait polls for its condition and returns as
 * soon as it holds; its deadline only turns a condition that never holds into a clear failure
 * instead of a hang. No deadline is a fixed number tuned on a quiet machine: each is what the
 * step takes when the machine is quiet, with room to spare, stretched by how much slower than
 * quiet this machine was measured to be (a server's start-up, a database's set-up), and capped.
 * Nothing here asserts how long anything took.
 */

/** No wait is longer than this, however slow the machine was measured to be. */
export const CEILING_MS = 10 * 60_000;

/**
 * What `scripts/start.ts` takes from spawn to answering /health, the build excluded, on the
 * quiet 2-core machine (the embedded database is the slower one).
 */
export const QUIET_SERVER_START_MS = 3000;

/** Room on top of the quiet figure before anything is stretched. */
const SPARE = 4;

let slowdown = 1;

/**
 * Records a measurement: something that takes `quietMs` on the quiet 2-core machine took
 * `measuredMs` now. Deadlines stretch by the largest ratio seen in this test file.
 */
export function measured(measuredMs: number, quietMs: number): void {
  if (Number.isFinite(measuredMs) && measuredMs > 0)
    slowdown = Math.max(slowdown, measuredMs / quietMs);
}

/** A deadline, in milliseconds, for a step that takes at most `quietMs` on a quiet machine. */
export function patience(quietMs: number): number {
  return Math.min(CEILING_MS, Math.ceil(quietMs * SPARE * slowdown));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` every `intervalMs` until it returns something other than false, null or
 * undefined, and returns that. Throws, naming `what` and the last value seen, if it has not
 * held within `patience(quietMs)`.
 */
export async function until<T>(
  what: string,
  check: () => Promise<T | false | null | undefined> | T | false | null | undefined,
  quietMs: number,
  intervalMs = 50,
): Promise<T> {
  const limit = patience(quietMs);
  const deadline = Date.now() + limit;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== false && value !== null && value !== undefined) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: not so after ${Math.round(limit / 1000)} s (slowdown ×${slowdown.toFixed(1)}); last: ${last instanceof Error ? last.message : JSON.stringify(last)}`,
      );
    }
    await sleep(intervalMs);
  }
}
