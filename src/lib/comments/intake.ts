/**
 * Taking a comment on a version's clause from the public form: the version and its clause
 * texts (which never change once published) come from a small per-process cache, and the
 * consultation windows (which staff open, close and extend) from one at most a second old;
 * then `submitComment` validates, rate-limits and stores, in one statement that also checks
 * the chosen window against the database, so a stale copy can refuse a comment for a second
 * after a window is extended but never lets one in after it closed.
 * Used by the comment page and by the server's direct route for the form post
 * (src/lib/web/intake-route.ts); both give the same outcome for the same input.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, consultations, regulations, versions } from '../db/schema.ts';
import { clauseTextOf, piecesByEId, type ClausePiece } from './suggestion.ts';
import { submitComment, type SubmitOutcome } from './submit.ts';
import { subscribeComment } from '../notify/enqueue.ts';
import { recordVia } from '../stations/repository.ts';
import { storeAttachments, type AcceptedFile, type FileProblem } from '../attachments/index.ts';
import { scheduleFold } from '../intake/fold.ts';
import { comments } from '../db/schema.ts';
import { isDatabaseUnavailable } from '../errors/index.ts';

interface VersionFacts {
  id: number;
  /** Each clause's own row and the rows under it (an article and its paragraphs), by eId. */
  pieces: Map<string, ClausePiece[]>;
}

/**
 * A published version's id and clause texts by its slugs. Immutable data, so caching it in
 * the process holds no state that matters; bounded, oldest entry out first. A miss is not
 * cached, so a version published a moment ago is found on the next request.
 */
const VERSIONS_CACHED = 64;
const caches = new WeakMap<Db, Map<string, Promise<VersionFacts | null>>>();

export async function versionFacts(
  db: Db,
  regulationSlug: string,
  versionSlug: string,
): Promise<VersionFacts | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = `${regulationSlug}\u0000${versionSlug}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const loading = loadVersionFacts(db, regulationSlug, versionSlug);
  cache.set(key, loading);
  if (cache.size > VERSIONS_CACHED) cache.delete(cache.keys().next().value!);
  const facts = await loading.catch((error: unknown) => {
    cache.delete(key);
    throw error;
  });
  if (!facts) cache.delete(key);
  return facts;
}

async function loadVersionFacts(
  db: Db,
  regulationSlug: string,
  versionSlug: string,
): Promise<VersionFacts | null> {
  const [version] = await db
    .select({ id: versions.id })
    .from(versions)
    .innerJoin(regulations, eq(regulations.id, versions.regulationId))
    .where(and(eq(regulations.slug, regulationSlug), eq(versions.slug, versionSlug)));
  if (!version) return null;
  const rows = await db
    .select({ eId: clauses.eId, label: clauses.label, text: clauses.text })
    .from(clauses)
    .where(eq(clauses.versionId, version.id))
    .orderBy(clauses.position);
  const pieces = piecesByEId(rows);
  return { id: version.id, pieces };
}

interface Windows {
  at: number;
  rows: Promise<{ id: number; opensAt: Date; closesAt: Date; versionId: number | null }[]>;
}
const WINDOWS_FRESH_MS = 1000;
const windowCaches = new WeakMap<Db, Map<number, Windows>>();

function consultationWindows(db: Db, versionId: number): Windows['rows'] {
  let cache = windowCaches.get(db);
  if (!cache) windowCaches.set(db, (cache = new Map()));
  const hit = cache.get(versionId);
  const now = Date.now();
  if (hit && now - hit.at < WINDOWS_FRESH_MS) return hit.rows;
  const rows = db
    .select({
      id: consultations.id,
      opensAt: consultations.opensAt,
      closesAt: consultations.closesAt,
      versionId: consultations.versionId,
    })
    .from(consultations)
    .where(eq(consultations.versionId, versionId))
    .orderBy(desc(consultations.closesAt));
  const entry: Windows = { at: now, rows: Promise.resolve(rows) };
  cache.set(versionId, entry);
  if (cache.size > VERSIONS_CACHED) cache.delete(cache.keys().next().value!);
  entry.rows.catch(() => cache.get(versionId) === entry && cache.delete(versionId));
  return entry.rows;
}

export interface VersionCommentInput {
  regulationSlug: string;
  versionSlug: string;
  raw: Record<string, string | undefined>;
  now: Date;
  addressHash: string;
  commentsPerHour: number;
  /**
   * Files sent with the comment, already checked (src/lib/attachments/validate.ts). A comment
   * with files is stored with them in one transaction, off the batched statement that
   * comments without files share: its receipt stands for the comment and every file.
   */
  files?: readonly AcceptedFile[];
}

/** 'files': the post's files were refused (too many, too large, of a kind not taken, …); nothing was stored. */
export type VersionCommentOutcome =
  | SubmitOutcome
  | { ok: false; reason: 'no-version' }
  | { ok: false; reason: 'files'; refusal: FileProblem };

export async function submitVersionComment(
  db: Db,
  input: VersionCommentInput,
): Promise<VersionCommentOutcome> {
  const facts = await versionFacts(db, input.regulationSlug, input.versionSlug);
  if (!facts) return { ok: false, reason: 'no-version' };
  const windows = await consultationWindows(db, facts.id);
  const clauseEId = input.raw['clause'] || null;
  // Quotes and suggested wording are checked against the plain text the page anchors them in.
  const pieces = clauseEId ? (facts.pieces.get(clauseEId) ?? []) : [];
  const clauseText =
    clauseEId && pieces.some((c) => c.eId === clauseEId) ? clauseTextOf(pieces, clauseEId) : null;
  const submit = (on: Db, settle: 'background' | 'none') =>
    submitComment(on, {
      clauseText,
      raw: input.raw,
      version: { id: facts.id },
      consultations: windows,
      now: input.now,
      addressHash: input.addressHash,
      commentsPerHour: input.commentsPerHour,
      // The receipt is the commit; the counts follow a fold later, within milliseconds.
      settle,
    });
  const files = input.files ?? [];
  const outcome =
    files.length === 0
      ? await submit(db, 'background')
      : await submitWithFiles(db, files, (tx) => submit(tx, 'none'));
  if (outcome.ok && !outcome.duplicate) await queueReceipt(db, outcome.receiptCode, input.raw);
  return outcome;
}

class Unavailable extends Error {
  readonly outcome: SubmitOutcome;
  constructor(outcome: SubmitOutcome) {
    super('comment with files not stored');
    this.outcome = outcome;
  }
}

/**
 * The comment and its files in one transaction: a refusal, or a database failure at any step,
 * stores nothing. The same form sent again (a duplicate by its idempotency key) keeps the files
 * stored the first time and adds none.
 */
export async function submitWithFiles(
  db: Db,
  files: readonly AcceptedFile[],
  submit: (tx: Db) => Promise<SubmitOutcome>,
): Promise<SubmitOutcome> {
  try {
    const outcome = await db.transaction(async (tx) => {
      const stored = await submit(tx);
      if (!stored.ok && stored.reason === 'unavailable') throw new Unavailable(stored);
      if (!stored.ok || stored.duplicate) return stored;
      const [comment] = await tx
        .select({ id: comments.id })
        .from(comments)
        .where(eq(comments.receiptCode, stored.receiptCode));
      await storeAttachments(tx, comment!.id, files);
      return stored;
    });
    if (outcome.ok) scheduleFold(db);
    return outcome;
  } catch (error) {
    if (error instanceof Unavailable) return error.outcome;
    if (isDatabaseUnavailable(error)) return { ok: false, reason: 'unavailable', cause: error };
    throw error;
  }
}

/**
 * The liaison station the comment came through, and the receipt e-mail when asked for, are
 * recorded after a comment from a public form (a version's, or the plan's) is committed (the intake is one statement); the comment stands
 * whatever happens here, so a failure is logged, not passed on: the receipt page still shows
 * the code.
 */
export async function queueReceipt(
  db: Db,
  receiptCode: string,
  raw: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  try {
    await recordVia(db, receiptCode, raw['via']);
    await subscribeComment(db, receiptCode, raw);
  } catch (error) {
    process.stderr.write(
      `station or receipt e-mail of ${receiptCode} not recorded: ${(error as Error)?.message ?? String(error)}\n`,
    );
  }
}
