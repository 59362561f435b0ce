/**
 * Compression of responses (the Node adapter sends everything as is): brotli or gzip, whichever
 * the client accepts (brotli first), for text (HTML, CSS, JavaScript, JSON, XML, SVG, CSV,
 * plain text) of at least MIN_BYTES. Already compressed bodies (DOCX, XLSX, images, anything
 * with a Content-Encoding), partial content, HEAD, 204/304 and `Cache-Control: no-transform`
 * go out untouched. Every compressible type says `Vary: Accept-Encoding`, so a cache keeps the
 * encodings apart.
 *
 * The handler below it writes as usual: `writeHead`, `write` and `end` of the response are
 * wrapped for that one response, and the body goes through a zlib stream with backpressure.
 * What a burst of writes produced is flushed once the burst ends (the next turn of the event
 * loop), so a streamed export reaches the client as it is written instead of when the
 * compressor's window fills.
 *
 * Brotli at quality 4: on the 120-article reading page it is both smaller than gzip's default
 * and faster to make (quality 11, the library default, took tens of milliseconds per page).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;
export type Encoding = 'br' | 'gzip';

const MIN_BYTES = 1024;
const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|xhtml\+xml|atom\+xml|rss\+xml|manifest\+json|ld\+json|geo\+json)|image\/svg\+xml)/i;

/**
 * The encoding to use for an Accept-Encoding header: brotli when accepted, else gzip, else none.
 * @example
 * chooseEncoding('gzip, deflate, br') // 'br'
 * chooseEncoding('gzip;q=1, br;q=0') // 'gzip'
 * chooseEncoding(undefined) // null
 */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

/** Whether a response with these headers should be compressed (the request's side is checked apart). */
export function compressible(
  status: number,
  headers: { get: (name: string) => string | number | string[] | undefined },
): boolean {
  if (status < 200 || status === 204 || status === 206 || status === 304) return false;
  if (headers.get('content-encoding')) return false;
  if (/no-transform/i.test(String(headers.get('cache-control') ?? ''))) return false;
  const length = headers.get('content-length');
  if (length !== undefined && Number(length) < MIN_BYTES) return false;
  return COMPRESSIBLE.test(String(headers.get('content-type') ?? ''));
}

function createEncoder(encoding: Encoding): zlib.Gzip | zlib.BrotliCompress {
  return encoding === 'br'
    ? zlib.createBrotliCompress({
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        },
      })
    : zlib.createGzip({ level: 6 });
}

function addVary(res: ServerResponse): void {
  const vary = String(res.getHeader('vary') ?? '');
  if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
    res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

type WriteCallback = (error?: Error | null) => void;

/** Wraps `next` so that what it sends is compressed where the client and the content allow. */
export function compressResponses(next: NodeHandler): NodeHandler {
  return (req, res) => {
    const wanted =
      req.method === 'HEAD' || req.headers.range
        ? null
        : chooseEncoding(req.headers['accept-encoding']);
    const writeHead = res.writeHead.bind(res) as (
      status: number,
      ...rest: unknown[]
    ) => ServerResponse;
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    let encoder: zlib.Gzip | zlib.BrotliCompress | null = null;
    let decided = false;

    /** Picks the encoding once, when the headers are final; returns the encoder, if any. */
    const decide = () => {
      if (decided) return encoder;
      decided = true;
      const headers = { get: (name: string) => res.getHeader(name) };
      if (!COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''))) return null;
      addVary(res);
      if (!wanted || !compressible(res.statusCode, headers)) return null;
      res.setHeader('Content-Encoding', wanted);
      res.removeHeader('Content-Length');
      encoder = createEncoder(wanted);
      const stream = encoder;
      stream.on('data', (chunk: Buffer) => {
        if (!write(chunk)) stream.pause();
      });
      res.on('drain', () => stream.resume());
      stream.on('end', () => end());
      stream.on('error', (error) => res.destroy(error));
      res.once('close', () => stream.destroy());
      return encoder;
    };

    let flushQueued = false;
    const flushSoon = (stream: zlib.Gzip | zlib.BrotliCompress) => {
      if (flushQueued) return;
      flushQueued = true;
      setImmediate(() => {
        flushQueued = false;
        if (!stream.destroyed && !stream.writableEnded) stream.flush();
      });
    };

    res.writeHead = (status: number, ...rest: unknown[]) => {
      // writeHead(status, [statusMessage], [headers]): headers given here count for the decision.
      const message = typeof rest[0] === 'string' ? rest.shift() : undefined;
      const given = rest[0];
      if (given && typeof given === 'object' && !Array.isArray(given)) {
        for (const [name, value] of Object.entries(given))
          if (value !== undefined) res.setHeader(name, value);
      } else if (given !== undefined) {
        // Raw header arrays are passed on as they are, uncompressed.
        decided = true;
        return message === undefined ? writeHead(status, given) : writeHead(status, message, given);
      }
      res.statusCode = status;
      decide();
      return message === undefined ? writeHead(status) : writeHead(status, message);
    };

    res.write = ((
      chunk: unknown,
      encodingOrCallback?: BufferEncoding | WriteCallback,
      callback?: WriteCallback,
    ) => {
      const stream = decide();
      if (!stream) return write(chunk, encodingOrCallback, callback);
      const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
      const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
      const ok = encoding ? stream.write(chunk, encoding, done) : stream.write(chunk, done);
      flushSoon(stream);
      return ok;
    }) as ServerResponse['write'];

    res.end = ((
      chunk?: unknown,
      encodingOrCallback?: BufferEncoding | (() => void),
      callback?: () => void,
    ) => {
      const done = (
        typeof chunk === 'function'
          ? chunk
          : typeof encodingOrCallback === 'function'
            ? encodingOrCallback
            : callback
      ) as (() => void) | undefined;
      const body = typeof chunk === 'function' ? undefined : chunk;
      // A body given whole to end() is small or large: its length decides when none was set.
      if (
        !decided &&
        body !== undefined &&
        body !== null &&
        res.getHeader('content-length') === undefined &&
        !res.headersSent
      ) {
        res.setHeader('Content-Length', Buffer.byteLength(body as string | Buffer));
      }
      const stream = res.headersSent && !encoder ? null : decide();
      if (!stream) return end(chunk, encodingOrCallback, callback);
      if (done) res.once('finish', done);
      const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
      if (body !== undefined && body !== null) {
        if (encoding) stream.end(body, encoding);
        else stream.end(body);
      } else stream.end();
      return res;
    }) as ServerResponse['end'];

    next(req, res);
  };
}
