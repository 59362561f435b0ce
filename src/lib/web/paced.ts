/**
 * A streamed body (an export: CSV, XLSX) handed to the socket one chunk per turn of the event
 * loop, and only as fast as the client takes it.
 *
 * Why a turn: Node sends a response's first bytes when it uncorks the socket, on
 * `process.nextTick`, and next ticks run only once the microtask queue is empty. The embedded
 * database (PGlite) answers a query without ever leaving the microtask queue, and the node
 * adapter's `writeResponse` reads the body in a loop of awaits, so an export was produced to its
 * last page before its first byte left: the 2,962-row CSV's headers came after 245–640 ms and
 * the whole megabyte within 60 ms after them (README, session 27, pf).
 *
 * Why the wait: that loop writes without looking at what `write` returns, so a client slower
 * than the database had the whole file buffered in the server's memory. Before asking the body
 * for its next chunk, this waits until the response has room (`drain`).
 */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';

/** Resolves on the next turn of the event loop (after pending I/O). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Resolves when `res` may be written to again: at once if its buffer has room, else on drain or close. */
export async function roomIn(res: ServerResponse | undefined): Promise<void> {
  await nextTurn();
  if (!res || !res.writableNeedDrain || res.destroyed) return;
  const aborted = new AbortController();
  await Promise.race([
    once(res, 'drain', { signal: aborted.signal }),
    once(res, 'close', { signal: aborted.signal }),
  ]).catch(() => {});
  aborted.abort();
}

/**
 * `body` read one chunk at a time, each after `ready()` resolves.
 * @example
 * new Response(pacedBody(csv, () => roomIn(res)), { headers })
 */
export function pacedBody(
  body: ReadableStream<Uint8Array>,
  ready: () => Promise<void>,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // The first chunk (a table's header row) goes at once; every later one waits its turn.
        if (!first) await ready();
        first = false;
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * `response` with its streamed body paced to `res` (see above). HTML is left as it is: the
 * middleware reads a page whole before sending it (src/lib/web/rendered.ts).
 */
export function paced(response: Response, res: ServerResponse | undefined): Response {
  if (!response.body || response.headers.get('Content-Type')?.startsWith('text/html'))
    return response;
  return new Response(
    pacedBody(response.body, () => roomIn(res)),
    { status: response.status, statusText: response.statusText, headers: response.headers },
  );
}
