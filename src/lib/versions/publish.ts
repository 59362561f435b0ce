/**
 * Publishing a version from the staff pages, the database-bound twin of ./draft.ts. The
 * version is stored exactly as the content sync stores one (clause tree, lineage, links to the
 * previous version) and is immutable from then on; the content sync never changes it.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit, type StaffUser } from '../auth/index.ts';
import { insertVersion } from '../content/sync.ts';
import type { Db } from '../db/client.ts';
import { regulations, versions } from '../db/schema.ts';
import { parseDraft, type DocumentLanguage, type ParsedDocument } from '../legislation/index.ts';
import { errors } from '../errors/index.ts';
import type { DraftProblem, DraftVersion } from './draft.ts';
import { renderExplanation } from './explanation.ts';
import { enqueueFollowerNews, enqueueReadingNotices } from '../notify/enqueue.ts';

export interface PublishTarget {
  id: number;
  slug: string;
  title: string;
  shortTitle: string;
  language: DocumentLanguage;
  /** Every version so far, oldest first. */
  versions: { id: number; slug: string; label: string; position: number }[];
}

export async function findPublishTarget(
  db: Db,
  regulationSlug: string,
): Promise<PublishTarget | null> {
  const [reg] = await db.select().from(regulations).where(eq(regulations.slug, regulationSlug));
  if (!reg) return null;
  const list = await db
    .select({
      id: versions.id,
      slug: versions.slug,
      label: versions.label,
      position: versions.position,
    })
    .from(versions)
    .where(eq(versions.regulationId, reg.id))
    .orderBy(versions.position);
  return {
    id: reg.id,
    slug: reg.slug,
    title: reg.title,
    shortTitle: reg.shortTitle,
    language: reg.language === 'en' ? 'en' : 'zh',
    versions: list,
  };
}

/** The latest stored version, parsed again from its stored source (null for a first version). */
export async function latestDocument(
  db: Pick<Db, 'select'>,
  regulationId: number,
  language: DocumentLanguage,
): Promise<{ id: number; label: string; sourceHash: string; document: ParsedDocument } | null> {
  const [last] = await db
    .select({
      id: versions.id,
      label: versions.label,
      source: versions.source,
      sourceHash: versions.sourceHash,
    })
    .from(versions)
    .where(eq(versions.regulationId, regulationId))
    .orderBy(desc(versions.position))
    .limit(1);
  if (!last) return null;
  const parsed = parseDraft(last.source, { file: null, language });
  // A stored version was parsed before it was stored, and the parser is deterministic.
  if (!parsed.ok) throw errors.storedVersionUnparseable(last.id, parsed.errors[0]?.message ?? '');
  return { id: last.id, label: last.label, sourceHash: last.sourceHash, document: parsed.document };
}

export type PublishOutcome =
  | { ok: true; versionId: number; position: number }
  | { ok: false; reason: 'slug-taken' }
  | { ok: false; reason: 'explanation'; problem: DraftProblem };

/**
 * Stores the draft as the next version. Its explanation is rendered first, off the event loop
 * and within limits (./explanation.ts); one that exceeds them stores nothing.
 */
export async function publishVersion(
  db: Db,
  target: PublishTarget,
  draft: DraftVersion,
  actor: StaffUser,
): Promise<PublishOutcome> {
  const explanation = await renderExplanation(draft.explanation);
  if (!explanation.ok) return { ok: false, reason: 'explanation', problem: explanation.problem };
  return db.transaction(async (tx) => {
    // One publisher at a time per regulation: positions are max + 1.
    await tx.execute(
      sql`select id from ${regulations} where ${regulations.id} = ${target.id} for update`,
    );
    const [taken] = await tx
      .select({ id: versions.id })
      .from(versions)
      .where(and(eq(versions.regulationId, target.id), eq(versions.slug, draft.slug)));
    if (taken) return { ok: false, reason: 'slug-taken' } as const;
    const [max] = await tx
      .select({ position: sql<number>`coalesce(max(${versions.position}), 0)::int` })
      .from(versions)
      .where(eq(versions.regulationId, target.id));
    const position = Number(max?.position ?? 0) + 1;
    const previous = await latestDocument(tx, target.id, target.language);
    const versionId = await insertVersion(
      tx,
      target.id,
      { ...draft, position, file: `staff:${actor.username}`, explanationHtml: explanation.html },
      previous,
    );
    await enqueueReadingNotices(tx, target.id, versionId);
    await enqueueFollowerNews(tx, target.id, 'reading', {
      title: draft.label,
      subpath: `/versions/${draft.slug}`,
      key: String(versionId),
    });
    await recordAudit(tx, actor, 'version.publish', 'version', String(versionId), {
      regulation: target.slug,
      slug: draft.slug,
      label: draft.label,
      position,
      sourceHash: draft.sourceHash,
    });
    return { ok: true, versionId, position } as const;
  });
}
