/**
 * Reading the audit trail a page at a time (newest first, by id), filtered by actor, action
 * and period, with the names of the objects the events point at; and the one audit row written
 * when staff are shown a commenter's contact details (ASVS 5.0 V8.3.5).
 */
import { and, asc, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { recordAudit, type StaffUser } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { auditEvents, consultations, regulations, staffUsers, versions } from '../db/schema.ts';
import { describeAuditEvent, namedIds, type AuditLine, type AuditNames } from './describe.ts';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  actor: string | null;
  action: string | null;
  /** Instants bounding the period: from inclusive, until exclusive. */
  from: Date | null;
  until: Date | null;
  /** Keyset paging: only events older than this id. */
  before: number | null;
}

export interface AuditPage {
  lines: AuditLine[];
  /** The id to pass as `before` for the next (older) page, or null on the last page. */
  nextBefore: number | null;
}

export async function auditPage(
  db: Db,
  filter: AuditFilter,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const where: SQL[] = [];
  if (filter.actor) where.push(eq(auditEvents.actorName, filter.actor));
  if (filter.action) where.push(eq(auditEvents.action, filter.action));
  if (filter.from) where.push(gte(auditEvents.at, filter.from));
  if (filter.until) where.push(lt(auditEvents.at, filter.until));
  if (filter.before !== null) where.push(lt(auditEvents.id, filter.before));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(pageSize + 1);
  const shown = rows.slice(0, pageSize);
  const names = await auditNames(db, namedIds(shown));
  return {
    lines: shown.map((e) => describeAuditEvent(e, names)),
    nextBefore: rows.length > pageSize ? shown.at(-1)!.id : null,
  };
}

/** The account names and actions that occur in the trail, for the filter's choices. */
export async function auditChoices(db: Db): Promise<{ actors: string[]; actions: string[] }> {
  const [actors, actions] = await Promise.all([
    db
      .selectDistinct({ v: auditEvents.actorName })
      .from(auditEvents)
      .orderBy(asc(auditEvents.actorName)),
    db.selectDistinct({ v: auditEvents.action }).from(auditEvents).orderBy(asc(auditEvents.action)),
  ]);
  return { actors: actors.map((r) => r.v), actions: actions.map((r) => r.v) };
}

async function auditNames(db: Db, ids: ReturnType<typeof namedIds>): Promise<AuditNames> {
  const [staff, cons, regs, vers] = await Promise.all([
    ids.staff.length
      ? db
          .select({
            id: staffUsers.id,
            name: staffUsers.displayName,
            username: staffUsers.username,
          })
          .from(staffUsers)
          .where(inArray(staffUsers.id, ids.staff))
      : [],
    underRegulation(db, consultations, consultations.title, ids.consultations),
    ids.regulations.length
      ? db
          .select({ id: regulations.id, title: regulations.shortTitle, slug: regulations.slug })
          .from(regulations)
          .where(inArray(regulations.id, ids.regulations))
      : [],
    underRegulation(db, versions, versions.label, ids.versions),
  ]);
  return {
    staff: new Map(staff.map((s) => [s.id, `${s.name} (${s.username})`])),
    consultations: new Map(
      cons.map((c) => [
        c.id,
        { title: `${c.regTitle} · ${c.label}`, href: `/staff/report/${c.regSlug}/${c.slug}` },
      ]),
    ),
    regulations: new Map(
      regs.map((r) => [r.id, { title: r.title, href: `/regulations/${r.slug}` }]),
    ),
    versions: new Map(
      vers.map((v) => [
        v.id,
        {
          title: `${v.regTitle} · ${v.label}`,
          href: `/regulations/${v.regSlug}/versions/${v.slug}`,
          regSlug: v.regSlug,
          slug: v.slug,
          label: v.label,
        },
      ]),
    ),
  };
}

/** Consultations and versions: each with its own label and its regulation's short title and slug. */
async function underRegulation(
  db: Db,
  table: typeof consultations | typeof versions,
  label: typeof consultations.title | typeof versions.label,
  ids: number[],
): Promise<{ id: number; label: string; slug: string; regSlug: string; regTitle: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: table.id,
      label,
      slug: table.slug,
      regSlug: regulations.slug,
      regTitle: regulations.shortTitle,
    })
    .from(table)
    .innerJoin(regulations, eq(regulations.id, table.regulationId))
    .where(inArray(table.id, ids));
}

/**
 * Staff were shown the contact details of these comments (a comment page, a list with the
 * contact column): one audit row naming them. Nothing is written when none had contact details.
 */
export async function recordContactViewed(
  db: Pick<Db, 'insert'>,
  viewer: StaffUser,
  commentIds: readonly number[],
): Promise<void> {
  if (commentIds.length === 0) return;
  await recordAudit(db, viewer, 'comment.contact-view', 'comment', commentIds.join(','), {
    count: commentIds.length,
  });
}
