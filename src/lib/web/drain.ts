/**
 * Graceful shutdown: on SIGTERM the process stops taking new requests (they get 503 and go to
 * another instance behind the load balancer), lets the requests in flight finish, and only then
 * closes its database pool, so no answered request loses its query. The count lives on
 * globalThis because scripts/start.ts and the built server bundle load separate copies of this
 * module. It is per-process bookkeeping, not state that matters across instances.
 */
interface DrainState {
  inFlight: number;
  draining: boolean;
  waiters: (() => void)[];
}

const KEY = Symbol.for('openclause.drain');

function state(): DrainState {
  const g = globalThis as unknown as Record<symbol, DrainState | undefined>;
  return (g[KEY] ??= { inFlight: 0, draining: false, waiters: [] });
}

export function isDraining(): boolean {
  return state().draining;
}

/** Counts a request in; call the returned function exactly once when it is answered. */
export function trackRequest(): () => void {
  const s = state();
  s.inFlight++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    s.inFlight--;
    if (s.inFlight === 0) for (const wake of s.waiters.splice(0)) wake();
  };
}

/**
 * Stops taking requests and resolves when none is in flight or after `timeoutMs`, with whether
 * every request finished.
 */
export function drain(timeoutMs: number): Promise<boolean> {
  const s = state();
  s.draining = true;
  if (s.inFlight === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    s.waiters.push(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** For tests: back to a fresh process's state. */
export function resetDrain(): void {
  const s = state();
  s.inFlight = 0;
  s.draining = false;
  s.waiters.length = 0;
}
