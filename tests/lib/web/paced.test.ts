/**
 * A download through the same chain as the server's: our `paced` over the page's body, written
 * by the node adapter's own `writeResponse`, over a real socket, with pages that, like the
 * embedded database's queries, resolve without ever leaving the microtask queue.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NodeApp } from 'astro/app/node';
import { csvTable, xlsxTable, type TableCell } from '../../../src/lib/export/table-stream.ts';
import { paced } from '../../../src/lib/web/paced.ts';

const PAGES = 40;
const ROWS = 200;

/** Pages of rows that count how many were asked for; each resolves in microtasks only. */
function countedPages(count = PAGES) {
  const seen = { pages: 0 };
  async function* pages(): AsyncGenerator<TableCell[][]> {
    for (let p = 0; p < count; p++) {
      await Promise.resolve();
      seen.pages++;
      yield Array.from({ length: ROWS }, (_, r) => [p * ROWS + r, '意见正文'.repeat(20), null]);
    }
  }
  return { seen, pages: pages() };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serving(body: () => Response): Promise<string> {
  const server = http.createServer((_req, res) => {
    void NodeApp.writeResponse(paced(body(), res), res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** How many pages had been fetched when the client got its first chunk, and how many in all. */
async function firstChunkAgainstPages(url: string, seen: { pages: number }) {
  return new Promise<{ atFirstChunk: number; atEnd: number }>((resolve, reject) => {
    let atFirstChunk = -1;
    http
      .get(url, (res) => {
        res.on('data', () => {
          if (atFirstChunk < 0) atFirstChunk = seen.pages;
        });
        res.on('end', () => resolve({ atFirstChunk, atEnd: seen.pages }));
      })
      .on('error', reject);
  });
}

describe('paced downloads', () => {
  it('sends the CSV header row before the pages after it are fetched', async () => {
    const { seen, pages } = countedPages();
    const url = await serving(
      () =>
        new Response(csvTable(['id', 'text', 'note'], pages), {
          headers: { 'Content-Type': 'text/csv' },
        }),
    );
    const { atFirstChunk, atEnd } = await firstChunkAgainstPages(url, seen);
    expect(atEnd).toBe(PAGES);
    // Before: the client's first byte came after all 40 pages had been fetched.
    expect(atFirstChunk).toBeLessThan(2);
  });

  it('sends the first bytes of an XLSX before its last page is fetched', async () => {
    const { seen, pages } = countedPages();
    const url = await serving(
      () =>
        new Response(xlsxTable(['id', 'text', 'note'], pages, 'comments'), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
        }),
    );
    const { atFirstChunk, atEnd } = await firstChunkAgainstPages(url, seen);
    expect(atEnd).toBe(PAGES);
    expect(atFirstChunk).toBeLessThan(PAGES);
  });

  it('fetches no more pages while a client reads nothing', async () => {
    // 48 KB a page: 24 MB, more than the kernel's buffers on either side of a loopback socket.
    const { seen, pages } = countedPages(500);
    const url = await serving(
      () =>
        new Response(csvTable(['id', 'text', 'note'], pages), {
          headers: { 'Content-Type': 'text/csv' },
        }),
    );
    const request = http.get(url, (res) => res.pause());
    // Many turns of the event loop for the server to fill the socket's buffers and stop.
    for (let i = 0; i < 200; i++) await new Promise((r) => setImmediate(r));
    const stalled = seen.pages;
    for (let i = 0; i < 200; i++) await new Promise((r) => setImmediate(r));
    request.destroy();
    // Before: all 500 pages were fetched and held in the server's memory.
    expect(seen.pages).toBe(stalled);
    expect(stalled).toBeLessThan(500);
  });
});
