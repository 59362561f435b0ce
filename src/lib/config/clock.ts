/**
 * The one clock that window decisions, sessions and the dates a page shows read. In
 * production it is the system time; under test hooks it starts at OPENCLAUSE_TEST_NOW and runs
 * on from there, so a test can see the site before a window opens or after all have closed.
 */
export type Clock = () => Date;

const processStarted = Date.now();

/** @example clockOf(new Date('2026-01-01T00:00:00Z'))() // 2026-01-01T00:00:00Z plus the seconds since start-up */
export function clockOf(testNow: Date | null): Clock {
  if (!testNow) return () => new Date();
  const offset = testNow.getTime() - processStarted;
  return () => new Date(Date.now() + offset);
}
