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
  config: Pick<Config, 'addressSalt' | 'commentsPerHour' | 'trustedProxies'> & Partial<Pick<Config, 'secureCookies' | 'testNow'>>;
  /** Astro's handler, for everything this route does not answer itself. */
  next: NodeHandler;
}

/** Whether this request is plainly the comment form posted from this site, and for which version. */
export function commentPost(req: IncomingMessage): { regulationSlug: string; versionSlug: string } | null {
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
    const target = isDraining() ? null : commentPost(req);
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
      take(req, res, target, values).catch((error: unknown) => {
        process.stderr.write(`POST ${req.url} failed: ${(error as Error)?.stack ?? String(error)}\n`);
        const locale = pickLocale(null, cookie(req, 'lang'));
        void send(res, securityHeaders(config), faultResponse(faultKindOf(error), 'POST', locale, translator(locale)));
      });
    });
  };

  async function take(req: IncomingMessage, res: ServerResponse, target: { regulationSlug: string; versionSlug: string }, values: Record<string, string>) {
    countTaken();
    const outcome = await withDeadline(
      submitVersionComment(db(), {
        ...target,
        raw: values,
        now: clock(),
        addressHash: addressHash(clientAddress(req.socket.remoteAddress ?? '', forwarded(req), config.trustedProxies), config.addressSalt),
        commentsPerHour: config.commentsPerHour,
      }),
      REQUEST_DEADLINE_MS,
    );
    if (outcome.ok) {
      res.writeHead(303, { ...securityHeaders(config), Location: `/receipts/${outcome.receiptCode}?new=1`, 'Content-Length': '0' });
      res.end();
      return;
    }
    taken.run({ values, outcome }, () => next(req, res));
  }
}

/** The forwarding headers as Astro's pages read them (Node, like fetch's Headers, joins repeated ones with commas). */
function forwarded(req: IncomingMessage): { forwardedFor: string | null; realIp: string | null } {
  const joined = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : (value ?? null));
  return { forwardedFor: joined(req.headers['x-forwarded-for']), realIp: joined(req.headers['x-real-ip']) };
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

async function send(res: ServerResponse, base: Readonly<Record<string, string>>, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...base };
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  if (res.headersSent) return void res.end();
  res.writeHead(response.status, { ...headers, 'Content-Length': String(body.byteLength) });
  res.end(body);
}
