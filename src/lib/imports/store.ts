/**
 * The import use case, the database-bound twin of ./prepare.ts: find the consultation →
 * read the file → prepare the rows → store them all in one transaction, or none → audit.
 * Re-importing a file stores nothing twice (see `importKey`, sealed with the server's secret so
 * that nobody outside can post first under a row's key): the repeated rows answer with the
 * receipts they got the first time.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/index.ts';
import { generateReceiptCode } from '../comments/receipt.ts';
import { sealedKey } from '../comments/idempotency.ts';
import { storeComment } from '../comments/repository.ts';
import { foldPendingIn } from '../comments/fold.ts';
import { windowState } from '../consultation/index.ts';
import type { Db } from '../db/client.ts';
import { clauses, consultations, regulations } from '../db/schema.ts';
import { campaignKey } from '../moderation/campaigns.ts';
import type { ImportChannel } from './columns.ts';
import { prepareImport, type ImportClause, type ImportProblem, type PreparedRow } from './prepare.ts';
import { readTable } from './read.ts';

export interface ImportTarget {
  id: number;
  slug: string;
  title: string;
  regulationSlug: string;
  regulationTitle: string;
  versionId: number;
  opensAt: Date;
  closesAt: Date;
  clauses: ImportClause[];
}

/** A regulation consultation by id or `regulation/consultation`; null if none or not on a version. */
export async function findImportTarget(db: Db, ref: string): Promise<ImportTarget | null> {
  const [slug, cslug] = ref.split('/');
  const where = /^\d+$/.test(ref) ? eq(consultations.id, Number(ref)) : slug && cslug ? and(eq(regulations.slug, slug), eq(consultations.slug, cslug)) : null;
  if (!where) return null;
  const [row] = await db
    .select({ c: consultations, regulationSlug: regulations.slug, regulationTitle: regulations.shortTitle })
    .from(consultations)
    .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(where);
  if (!row || row.c.versionId === null) return null;
  const tree = await db
    .select({ eId: clauses.eId, label: clauses.label, heading: clauses.heading })
    .from(clauses)
    .where(eq(clauses.versionId, row.c.versionId))
    .orderBy(asc(clauses.position));
  return {
    id: row.c.id,
    slug: row.c.slug,
    title: row.c.title,
    regulationSlug: row.regulationSlug,
    regulationTitle: row.regulationTitle,
    versionId: row.c.versionId,
    opensAt: row.c.opensAt,
    closesAt: row.c.closesAt,
    clauses: tree,
  };
}

export interface ImportRequest {
  target: ImportTarget;
  bytes: Uint8Array;
  filename: string;
  defaultChannel: ImportChannel | null;
  now: Date;
  /** `YYYY-MM-DD` of `now` in the consultation's time zone. */
  today: string;
  actor: StaffUser | null;
  /** false: check and preview only; nothing is stored. */
  commit: boolean;
  /** The server's secret (OPENCLAUSE_ADDRESS_SALT), sealing the rows' keys (`sealedKey`). */
  keySecret: string;
}

export type ImportOutcome =
  | { ok: false; reason: 'problems'; problems: ImportProblem[]; total: number }
  | { ok: false; reason: 'not-open' }
  | { ok: true; committed: false; rows: PreparedRow[] }
  | { ok: true; committed: true; receipts: { row: number; receiptCode: string; duplicate: boolean }[]; stored: number };

export async function importComments(db: Db, request: ImportRequest): Promise<ImportOutcome> {
  const { target } = request;
  if (windowState(target, request.now).state === 'upcoming') return { ok: false, reason: 'not-open' };
  const read = await readTable(request.bytes, request.filename);
  if (!read.ok) return { ok: false, reason: 'problems', problems: [read.problem], total: 0 };
  const prepared = prepareImport(read.table, {
    consultationId: target.id,
    clauses: target.clauses,
    today: request.today,
    defaultChannel: request.defaultChannel,
  });
  if (prepared.problems.length > 0) return { ok: false, reason: 'problems', problems: prepared.problems, total: prepared.total };
  if (!request.commit) return { ok: true, committed: false, rows: prepared.rows };
  const receipts = await storeRows(db, target, prepared.rows, request.actor, request.filename, request.keySecret);
  return { ok: true, committed: true, receipts, stored: receipts.filter((r) => !r.duplicate).length };
}

class RowRefused extends Error {}

async function storeRows(db: Db, target: ImportTarget, rows: PreparedRow[], actor: StaffUser | null, filename: string, keySecret: string) {
  return db.transaction(async (tx) => {
    const receipts: { row: number; receiptCode: string; duplicate: boolean }[] = [];
    for (const r of rows) {
      const v = r.value;
      const stored = await storeComment(tx as unknown as Db, {
        receiptCode: generateReceiptCode(),
        idempotencyKey: sealedKey(keySecret, v.idempotencyKey),
        consultationId: target.id,
        versionId: target.versionId,
        clauseEId: v.clauseEId,
        stance: v.stance,
        body: v.body,
        suggestedWording: v.suggestedWording,
        quote: null,
        quoteStart: null,
        quoteEnd: null,
        displayName: v.displayName,
        category: v.category,
        district: v.district,
        contact: v.contact,
        consentPublish: v.consentPublish,
        channel: r.channel,
        addressHash: null,
        enteredBy: actor?.id ?? null,
        source: r.source,
        campaignKey: campaignKey(v.body),
      }, { settle: 'none' });
      // prepareImport checked every clause against this version; a refusal here is a broken
      // invariant, and throwing rolls back every row already stored.
      if (!stored.ok) throw new RowRefused(`row ${r.row}: ${stored.reason}`);
      receipts.push({ row: r.row, receiptCode: stored.receiptCode, duplicate: stored.duplicate });
    }
    // The counts and groups move in this transaction too: the import lands whole or not at all.
    await foldPendingIn(tx);
    const stored = receipts.filter((r) => !r.duplicate).length;
    await recordAudit(tx, actor, 'comments.import', 'consultation', String(target.id), { file: filename, rows: rows.length, stored, duplicates: rows.length - stored });
    return receipts;
  });
}
