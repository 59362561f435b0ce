/**
 * One-click unsubscribe (RFC 8058): a mail program that finds `List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click` beside the List-Unsubscribe link POSTs that body to the link, from
 * its own servers, with no cookies and no Origin of this site. Astro's origin check would refuse
 * that form post (security.checkOrigin), so it is answered here, before Astro: the token in the
 * address is the only proof, as for the page's own button. Everything else (the page, its
 * button's same-origin POST, any other body) goes on to Astro, with the body it sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/client.ts';
import { unsubscribeFollow } from '../notify/index.ts';
import { isDraining, trackRequest } from './drain.ts';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

const UNSUBSCRIBE_PATH = /^\/follow\/unsubscribe\/([A-Za-z0-9_-]{20,64})(?:\?[^#]*)?$/;
/** The one body RFC 8058 allows (urlencoded; a multipart body carries the same field). */
const MAX_BODY = 2048;

/** Whether a body says List-Unsubscribe=One-Click, urlencoded or as a multipart field. */
export function isOneClickBody(contentType: string, body: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded')
    return new URLSearchParams(body).get('List-Unsubscribe') === 'One-Click';
  if (type === 'multipart/form-data')
    return /name="List-Unsubscribe"\r?\n\r?\nOne-Click\r?\n/.test(body);
  return false;
}

export function oneClickRoute({ db, next }: { db: () => Db; next: NodeHandler }): NodeHandler {
  return (req, res) => {
    const match =
      req.method === 'POST' && req.url && !isDraining() ? UNSUBSCRIBE_PATH.exec(req.url) : null;
    if (!match || Number(req.headers['content-length'] ?? 0) > MAX_BODY) return next(req, res);
    const done = trackRequest();
    res.once('close', done);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.once('error', () => done());
    req.once('end', () => {
      const body = Buffer.concat(chunks);
      if (
        size > MAX_BODY ||
        !isOneClickBody(req.headers['content-type'] ?? '', body.toString('utf8'))
      ) {
        // Astro's request reads `req.body` when it is set, so the page gets the same bytes.
        (req as IncomingMessage & { body?: Buffer }).body = body;
        return next(req, res);
      }
      unsubscribeFollow(db(), match[1]!).then(
        (regulation) =>
          answer(res, regulation ? 200 : 404, regulation ? 'Unsubscribed.' : 'Unknown link.'),
        (error: unknown) => {
          process.stderr.write(
            `POST ${req.url} failed: ${(error as Error)?.stack ?? String(error)}\n`,
          );
          answer(res, 503, 'Try again later.');
        },
      );
    });
  };
}

function answer(res: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.byteLength),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}
