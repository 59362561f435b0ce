/**
 * Graceful shutdown: on SIGTERM the process stops taking new requests (they get 503 and go to
 * another instance behind the load balancer), lets the requests in flight finish, and only then
 * closes its database pool, so no answered request loses its query. It is per-process
 * bookkeeping (one copy of this module per process: the server runs from the built bundle), not
 * state that matters across instances.
 */
interface DrainState {
  inFlight: number;
  draining: boolean;
  waiters: (() => void)[];
}

const current: DrainState = { inFlight: 0, draining: false, waiters: [] };

function state(): DrainState {
  return current;
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
