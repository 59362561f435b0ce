/** Graceful shutdown waits for the requests in flight, and no longer than it is told. */
import { afterEach, describe, expect, it } from 'vitest';
import { drain, isDraining, resetDrain, trackRequest } from '../../../src/lib/web/drain.ts';

afterEach(() => resetDrain());

describe('draining on shutdown', () => {
  it('resolves at once when nothing is in flight, and refuses new work from then on', async () => {
    expect(isDraining()).toBe(false);
    await expect(drain(1000)).resolves.toBe(true);
    expect(isDraining()).toBe(true);
  });

  it('waits until the last request in flight is answered', async () => {
    const first = trackRequest();
    const second = trackRequest();
    let settled = false;
    // A limit that a slow machine never reaches: the test is about the order, not the time.
    const done = drain(600_000).then((all) => {
      settled = true;
      return all;
    });
    first();
    first(); // answering twice counts once
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    second();
    await expect(done).resolves.toBe(true);
  });

  it('gives up after the timeout and says not every request finished', async () => {
    trackRequest();
    await expect(drain(30)).resolves.toBe(false);
  });
});
