/**
 * Response compression (src/lib/web/compress.ts) on a real node:http server: text is sent as
 * brotli or gzip as the client accepts, decodes to the same bytes, and says Vary; already
 * compressed downloads, small bodies, HEAD and clients that accept nothing get the body as is.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, compressResponses } from '../../../src/lib/web/compress.ts';

const page = `<!DOCTYPE html><p>${'第一条　为了规范立法活动，制定本法。'.repeat(400)}</p>`;
const docx = Buffer.alloc(4096, 7);

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer(
    compressResponses((req, res) => {
      if (req.url === '/page') {
        // As Astro's node adapter writes a page: headers given to writeHead, then the body in pieces.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.write(page.slice(0, 1000));
        res.end(page.slice(1000));
      } else if (req.url === '/docx') {
        res.setHeader(
          'Content-Type',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        );
        res.setHeader('Content-Disposition', 'attachment; filename="draft.docx"');
        res.end(docx);
      } else if (req.url === '/small') {
        res.setHeader('Content-Type', 'text/plain');
        res.end('ok');
      } else if (req.url === '/css') {
        // As the static file server sends an asset: length set, piped in chunks, implicit head.
        const css = `body{margin:0}\n`.repeat(500);
        res.setHeader('Content-Type', 'text/css; charset=utf-8');
        res.setHeader('Content-Length', Buffer.byteLength(css));
        res.write(css.slice(0, 3000));
        res.end(css.slice(3000));
      }
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(
  path: string,
  acceptEncoding: string | null,
  method = 'GET',
): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding };
    http
      .request({ port, host: '127.0.0.1', path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject)
      .end();
  });
}

describe('chooseEncoding', () => {
  it('prefers brotli, honours q=0 and the wildcard, and chooses nothing without the header', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('compressResponses', () => {
  it('sends a page as brotli or gzip that decodes to the same text, with Vary', async () => {
    const br = await get('/page', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/);
    expect(br.headers['content-length']).toBeUndefined();
    expect(zlib.brotliDecompressSync(br.body).toString('utf8')).toBe(page);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(page) / 10);

    const gzip = await get('/page', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString('utf8')).toBe(page);
  });

  it('compresses a static asset whose length was set, dropping the length', async () => {
    const css = await get('/css', 'gzip');
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-length']).toBeUndefined();
    expect(zlib.gunzipSync(css.body).toString('utf8')).toBe(`body{margin:0}\n`.repeat(500));
  });

  it('sends the page as is to a client that accepts no encoding, still with Vary', async () => {
    const plain = await get('/page', null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/);
    expect(plain.body.toString('utf8')).toBe(page);
  });

  it('leaves an already compressed download and a tiny body alone', async () => {
    const file = await get('/docx', 'gzip, br');
    expect(file.headers['content-encoding']).toBeUndefined();
    expect(file.body.equals(docx)).toBe(true);
    const small = await get('/small', 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('ok');
  });

  it('answers HEAD without a body or an encoding', async () => {
    const head = await get('/page', 'br', 'HEAD');
    expect(head.headers['content-encoding']).toBeUndefined();
    expect(head.body.length).toBe(0);
  });
});
