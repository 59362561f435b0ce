/**
 * The direct route for the public comment form's post, the one request a surge is made of.
 * It takes `POST /regulations/:slug/versions/:version/comment` before Astro's pipeline (which
 * alone costs more than half the throughput a bare node:http handler reaches, see
 * STACK-NOTES.md), with the same checks the middleware and the page make: same origin, a
 * well-formed urlencoded body within the size limit, the request deadline, the drain on
 * shutdown. A stored comment gets its 303 to the receipt here. Every other answer (a refusal
 * with the form shown again, an error page, anything not plainly a form post) is left to
 * Astro: the request goes on to the page with its body, and with the outcome already reached
 * (so nothing is submitted twice), through an AsyncLocalStorage the page reads (the route and
 * the page share it because the server runs from the built bundle: one copy of this module).
 *
 * The comment page's form also posts files (multipart/form-data, issue #18). Such a post is
 * taken here too, within the bounds of attachment-post.ts: read whole up to its cap, split,
 * its files checked; a post whose file input is empty then goes the way of any other post, one
 * with files is stored with them in one transaction (src/lib/comments/intake.ts). A refusal is
 * handed to the page like any other, as the urlencoded text fields alone.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { clockOf, type Config } from '../config/index.ts';
import type { Db } from '../db/client.ts';
import { submitVersionComment, type VersionCommentOutcome } from '../comments/intake.ts';
import { pickLocale, translator } from '../i18n/index.ts';
import { addressHash, clientAddress } from './address.ts';
import { isDraining, trackRequest } from './drain.ts';
import { faultKindOf, faultResponse, REQUEST_DEADLINE_MS, withDeadline } from './fault.ts';
import { securityHeaders } from './headers.ts';
import { isWellFormedUrlEncoded, MAX_FORM_BYTES } from './request-body.ts';
import {
  boundaryOf,
  checkFiles,
  parseMultipart,
  type AcceptedFile,
  type FileProblem,
} from '../attachments/index.ts';
import { attachmentTurn, readCapped } from './attachment-post.ts';
import { FILES_DEADLINE_MS } from '../attachments/limits.ts';

export interface TakenIntake {
  values: Record<string, string>;
  outcome: VersionCommentOutcome;
}

const taken = new AsyncLocalStorage<TakenIntake>();
let takenCount = 0;

/**
 * How many comment-form posts this process has taken on the direct route since it started
 * (stored, or refused and handed to the page with the outcome): /health reports it, so that an
 * operator (and tests/faults/nginx.test.ts) can see that posts through a balancer still come
 * this way rather than through Astro's slower pipeline.
 */
export function directPostsTaken(): number {
  return takenCount;
}

function countTaken(): void {
  takenCount++;
}

/** The outcome the direct route reached for the request being rendered, if it took it. */
export function takenIntake(): TakenIntake | undefined {
  return taken.getStore();
}

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

const COMMENT_PATH = /^\/regulations\/([a-z0-9-]+)\/versions\/([a-z0-9-]+)\/comment$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface IntakeRouteOptions {
  db: () => Db;
  config: Pick<Config, 'addressSalt' | 'commentsPerHour' | 'trustedProxies'> &
    Partial<Pick<Config, 'secureCookies' | 'testNow'>>;
  /** Astro's handler, for everything this route does not answer itself. */
  next: NodeHandler;
}

/** Whether this request is plainly the comment form posted from this site, and for which version. */
export function commentPost(
  req: IncomingMessage,
): { regulationSlug: string; versionSlug: string } | null {
  if (req.method !== 'POST' || !req.url) return null;
  const match = COMMENT_PATH.exec(req.url);
  if (!match) return null; // a query string (?lang=en) or an odd path: Astro's page handles it
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return null;
  const declared = Number(req.headers['content-length']);
  if (!Number.isInteger(declared) || declared > MAX_FORM_BYTES) return null;
  // Astro refuses a form post whose Origin is not this server's (security.checkOrigin); the
  // route takes only what Astro would let through, and leaves the refusal to Astro.
  if (!req.headers.origin || req.headers.origin !== originOf(req)) return null;
  return { regulationSlug: match[1]!, versionSlug: match[2]! };
}

type Target = { regulationSlug: string; versionSlug: string };

/** Whether this request is the comment form with its file input (multipart), from this site. */
export function filesPost(req: IncomingMessage): (Target & { boundary: string }) | null {
  if (req.method !== 'POST' || !req.url) return null;
  const match = COMMENT_PATH.exec(req.url);
  const boundary = boundaryOf(req.headers['content-type']);
  if (!match || !boundary) return null;
  if (!req.headers.origin || req.headers.origin !== originOf(req)) return null;
  return { regulationSlug: match[1]!, versionSlug: match[2]!, boundary };
}

function originOf(req: IncomingMessage): string | null {
  const protocol = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  try {
    return new URL(`${protocol}://${req.headers.host}`).origin;
  } catch {
    return null;
  }
}

/** The form's fields, or null if the body is not well-formed UTF-8 urlencoded text without NUL. */
export function formFields(body: Buffer): Record<string, string> | null {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return null;
  }
  if (text.includes('\0') || !isWellFormedUrlEncoded(text)) return null;
  const values: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text)) values[name] = value;
  return values;
}

export function intakeRoute({ db, config, next }: IntakeRouteOptions): NodeHandler {
  const clock = clockOf(config.testNow ?? null);
  return (req, res) => {
    if (isDraining()) return next(req, res);
    const withFiles = filesPost(req);
    if (withFiles)
      return void takeFiles(req, res, withFiles).catch((error: unknown) => fail(req, res, error));
    const target = commentPost(req);
    if (!target) return next(req, res);
    const done = trackRequest();
    res.once('close', done);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('error', () => done());
    req.once('end', () => {
      const body = Buffer.concat(chunks);
      // Astro's request reads `req.body` when it is set, so the page gets the same bytes.
      (req as IncomingMessage & { body?: Buffer }).body = body;
      const values = formFields(body);
      if (!values) return next(req, res); // the middleware answers 400 with its page
      take(req, res, target, values).catch((error: unknown) => fail(req, res, error));
    });
  };

  function fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
    process.stderr.write(`POST ${req.url} failed: ${(error as Error)?.stack ?? String(error)}\n`);
    const locale = pickLocale(null, cookie(req, 'lang'));
    void send(
      res,
      securityHeaders(config),
      faultResponse(faultKindOf(error), 'POST', locale, translator(locale)),
    );
  }

  async function takeFiles(
    req: IncomingMessage,
    res: ServerResponse,
    target: Target & { boundary: string },
  ): Promise<void> {
    const done = trackRequest();
    res.once('close', done);
    const release = await attachmentTurn();
    // The turn ends when the files are stored or refused, not when the answer is sent: a post
    // past its deadline still holds its files until its transaction ends.
    let storing: Promise<unknown> = Promise.resolve();
    try {
      const read = await readCapped(req);
      if (!read.ok) {
        // The rest of the body is not read: the answer closes the connection after it.
        res.setHeader('Connection', 'close');
        if (read.reason === 'aborted') return void res.destroy();
        return refuse(req, res, {}, { problem: 'post-too-large' });
      }
      const parsed = parseMultipart(read.body, target.boundary);
      if (!parsed) {
        // No browser sends this: the middleware answers 400 with its page, as for any body
        // that does not parse (Astro's request reads `req.body` when it is set).
        (req as IncomingMessage & { body?: Buffer }).body = read.body;
        return next(req, res);
      }
      const checked = checkFiles(parsed.files);
      asFormPost(req, parsed.fields);
      if (!checked.ok) return refuse(req, res, parsed.fields, checked.refusal);
      await take(req, res, target, parsed.fields, checked.files, (submitting) => {
        storing = submitting;
      });
    } finally {
      void storing.then(release, release);
    }
  }

  /** Hands a refused post with files to the page, as a plain form post of its text fields. */
  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    values: Record<string, string>,
    refusal: FileProblem,
  ): void {
    countTaken();
    asFormPost(req, values);
    taken.run({ values, outcome: { ok: false, reason: 'files', refusal } }, () => next(req, res));
  }

  async function take(
    req: IncomingMessage,
    res: ServerResponse,
    target: Target,
    values: Record<string, string>,
    files: readonly AcceptedFile[] = [],
    started?: (submitting: Promise<unknown>) => void,
  ) {
    countTaken();
    const submitting = submitVersionComment(db(), {
      ...target,
      raw: values,
      now: clock(),
      addressHash: addressHash(
        clientAddress(req.socket.remoteAddress ?? '', forwarded(req), config.trustedProxies),
        config.addressSalt,
      ),
      commentsPerHour: config.commentsPerHour,
      files,
    });
    started?.(submitting);
    const outcome = await withDeadline(
      submitting,
      files.length > 0 ? FILES_DEADLINE_MS : REQUEST_DEADLINE_MS,
    );
    if (outcome.ok) {
      res.writeHead(303, {
        ...securityHeaders(config),
        Location: `/receipts/${outcome.receiptCode}?new=1`,
        'Content-Length': '0',
      });
      res.end();
      return;
    }
    taken.run({ values, outcome }, () => next(req, res));
  }
}

/**
 * Makes Astro see a post with files as the urlencoded post of its text fields: the page reads
 * its outcome from `takenIntake()`, and neither it nor the middleware reads the files again.
 */
function asFormPost(req: IncomingMessage, values: Record<string, string>): void {
  const body = Buffer.from(new URLSearchParams(values).toString());
  (req as IncomingMessage & { body?: Buffer }).body = body;
  req.headers['content-type'] = 'application/x-www-form-urlencoded';
  req.headers['content-length'] = String(body.byteLength);
}

/** The forwarding headers as Astro's pages read them (Node, like fetch's Headers, joins repeated ones with commas). */
function forwarded(req: IncomingMessage): { forwardedFor: string | null; realIp: string | null } {
  const joined = (value: string | string[] | undefined) =>
    Array.isArray(value) ? value.join(', ') : (value ?? null);
  return {
    forwardedFor: joined(req.headers['x-forwarded-for']),
    realIp: joined(req.headers['x-real-ip']),
  };
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

async function send(
  res: ServerResponse,
  base: Readonly<Record<string, string>>,
  response: Response,
): Promise<void> {
  const headers: Record<string, string> = { ...base };
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  if (res.headersSent) return void res.end();
  res.writeHead(response.status, { ...headers, 'Content-Length': String(body.byteLength) });
  res.end(body);
}
