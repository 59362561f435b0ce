/** Read queries behind the public pages. */
import { choiceLabel } from './choices.ts';
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  inArray,
  isNotNull,
  lt,
  or,
  sql,
} from 'drizzle-orm';
import { clauseTextFor } from './clause-text-cache.ts';
import type { Db } from '../db/client.ts';
import {
  clauseLinks,
  clauses,
  consultations,
  planItems,
  plans,
  regulations,
  stageEvents,
  versions,
} from '../db/schema.ts';

export type ClauseRow = typeof clauses.$inferSelect;

export async function listRegulations(db: Db) {
  const regs = await db.select().from(regulations).orderBy(asc(regulations.id));
  const cons = await db
    .select()
    .from(consultations)
    .where(isNotNull(consultations.regulationId))
    .orderBy(desc(consultations.closesAt));
  const latest = await db
    .select({
      regulationId: versions.regulationId,
      slug: versions.slug,
      label: versions.label,
      position: versions.position,
    })
    .from(versions)
    .orderBy(asc(versions.regulationId), desc(versions.position));
  return regs.map((r) => ({
    ...r,
    consultations: cons.filter((c) => c.regulationId === r.id),
    latestVersion: latest.find((v) => v.regulationId === r.id) ?? null,
  }));
}

export async function getRegulation(db: Db, slug: string) {
  const [reg] = await db.select().from(regulations).where(eq(regulations.slug, slug));
  if (!reg) return null;
  const [timeline, vers, cons] = await Promise.all([
    db
      .select()
      .from(stageEvents)
      .where(eq(stageEvents.regulationId, reg.id))
      .orderBy(asc(stageEvents.position)),
    db
      .select({
        id: versions.id,
        slug: versions.slug,
        label: versions.label,
        stage: versions.stage,
        publishedOn: versions.publishedOn,
        position: versions.position,
        title: versions.title,
      })
      .from(versions)
      .where(eq(versions.regulationId, reg.id))
      .orderBy(asc(versions.position)),
    db
      .select()
      .from(consultations)
      .where(eq(consultations.regulationId, reg.id))
      .orderBy(asc(consultations.opensAt)),
  ]);
  const planEntries = await db
    .select({
      year: plans.year,
      planTitle: plans.title,
      slug: planItems.slug,
      title: planItems.title,
    })
    .from(planItems)
    .innerJoin(plans, eq(plans.id, planItems.planId))
    .where(eq(planItems.regulationSlug, slug));
  return { regulation: reg, timeline, versions: vers, consultations: cons, planEntries };
}

/** `columns` without the named ones. */
function without<T extends object, K extends keyof T>(columns: T, names: readonly K[]): Omit<T, K> {
  const rest = { ...columns };
  for (const name of names) delete rest[name];
  return rest;
}
/** A version's columns but its Markdown source, which no page that shows the version reads. */
const versionShown = without(getTableColumns(versions), ['source']);
/** The columns of a clause the fold moves (src/lib/intake/fold.ts); all others never change. */
const KEPT = [
  'commentCount',
  'ratingCount',
  'claritySum',
  'enforceabilitySum',
  'effectSum',
] as const;
const { commentCount, ratingCount, claritySum, enforceabilitySum, effectSum } =
  getTableColumns(clauses);
const keptCounts = { commentCount, ratingCount, claritySum, enforceabilitySum, effectSum };
const clauseText = without(getTableColumns(clauses), KEPT);
const NO_COUNTS = {
  commentCount: 0,
  ratingCount: 0,
  claritySum: 0,
  enforceabilitySum: 0,
  effectSum: 0,
};

/**
 * A published version with its clauses, consultations, sibling versions and the comments made
 * on its clauses in earlier versions. Two round trips: the version, then the rest at once. The
 * clauses' text is read once per process (./clause-text-cache.ts); per request only the kept
 * counts of the clauses that have any. Every page that shows a version runs these, so they are
 * prepared statements (postgres.js keeps one per connection by its text): parsing and planning
 * them took most of the database's time per reading page.
 */
export async function getVersion(db: Db, regulationSlug: string, versionSlug: string) {
  const [row] = await db
    .select({ version: versionShown, regulation: regulations })
    .from(versions)
    .innerJoin(regulations, eq(regulations.id, versions.regulationId))
    .where(and(eq(regulations.slug, regulationSlug), eq(versions.slug, versionSlug)))
    .prepare('version')
    .execute();
  if (!row) return null;
  const versionId = row.version.id;
  const [text, counts, cons, siblings, earlier, links] = await Promise.all([
    clauseTextFor(
      db,
      `${versionId}:${row.version.sourceHash}:${row.version.createdAt.getTime()}:${row.version.lineageRevision}`,
      () =>
        db
          .select(clauseText)
          .from(clauses)
          .where(eq(clauses.versionId, versionId))
          .orderBy(asc(clauses.position)),
    ),
    db
      .select({ eId: clauses.eId, ...keptCounts })
      .from(clauses)
      .where(
        and(
          eq(clauses.versionId, versionId),
          or(gt(clauses.commentCount, 0), gt(clauses.ratingCount, 0)),
        ),
      )
      .prepare('version_counts')
      .execute(),
    db
      .select()
      .from(consultations)
      .where(eq(consultations.versionId, versionId))
      .orderBy(desc(consultations.closesAt))
      .prepare('version_consultations')
      .execute(),
    db
      .select({ slug: versions.slug, label: versions.label, position: versions.position })
      .from(versions)
      .where(eq(versions.regulationId, row.regulation.id))
      .orderBy(asc(versions.position))
      .prepare('version_siblings')
      .execute(),
    // Comments made on the same clause in earlier versions (kept counts, grouped by lineage:
    // a handful of rows per clause, never a scan of the comments).
    db
      .select({ lineage: clauses.lineage, count: sql<number>`sum(${clauses.commentCount})::int` })
      .from(clauses)
      .innerJoin(versions, eq(versions.id, clauses.versionId))
      .where(
        and(
          eq(versions.regulationId, row.regulation.id),
          lt(versions.position, row.version.position),
          gt(clauses.commentCount, 0),
        ),
      )
      .groupBy(clauses.lineage)
      .prepare('version_earlier_counts')
      .execute(),
    predecessorLinks(db, versionId),
  ]);
  const countsOf = new Map(counts.map(({ eId, ...kept }) => [eId, kept]));
  const tree: ClauseRow[] = text.map((c) => ({ ...c, ...(countsOf.get(c.eId) ?? NO_COUNTS) }));
  const earlierCounts = new Map(earlier.map((e) => [e.lineage, Number(e.count)]));
  const earlierFrom = predecessorCounts(links, tree, earlierCounts);
  return { ...row, clauses: tree, consultations: cons, siblings, earlierCounts, earlierFrom };
}

/** The clauses a version's clauses were split from or merged out of, with their lineage. */
function predecessorLinks(db: Db, versionId: number) {
  return db
    .select({ toEId: clauseLinks.toEId, label: clauses.label, lineage: clauses.lineage })
    .from(clauseLinks)
    .innerJoin(
      clauses,
      and(eq(clauses.versionId, clauseLinks.fromVersionId), eq(clauses.eId, clauseLinks.fromEId)),
    )
    .where(
      and(eq(clauseLinks.toVersionId, versionId), inArray(clauseLinks.type, ['split', 'merged'])),
    )
    .orderBy(asc(clauses.position))
    .prepare('version_predecessor_links')
    .execute();
}

/**
 * Earlier comments of the other predecessors of a clause (#16): a merged article carries its
 * first predecessor's lineage, and the comments on the others; each part of a split the
 * comments on the whole it came from. By new eId, labelled with the predecessor's label, for
 * predecessors of another lineage than the clause's own (that count is shown already).
 */
function predecessorCounts(
  links: readonly { toEId: string; label: string; lineage: string }[],
  tree: readonly { eId: string; lineage: string }[],
  earlierCounts: ReadonlyMap<string, number>,
): Map<string, { label: string; count: number }[]> {
  const own = new Map(tree.map((c) => [c.eId, c.lineage]));
  const out = new Map<string, { label: string; count: number }[]>();
  for (const link of links) {
    const count = earlierCounts.get(link.lineage) ?? 0;
    if (count === 0 || link.lineage === own.get(link.toEId)) continue;
    out.set(link.toEId, [...(out.get(link.toEId) ?? []), { label: link.label, count }]);
  }
  return out;
}

/** A version by its id, as `getVersion` gives it, if it belongs to the regulation. */
export async function getVersionById(db: Db, regulationSlug: string, versionId: number) {
  const [row] = await db
    .select({ slug: versions.slug })
    .from(versions)
    .where(eq(versions.id, versionId));
  return row ? getVersion(db, regulationSlug, row.slug) : null;
}

/** What a stored version's file exports need (its Markdown source, the Akoma Ntoso XML), or null. */
export async function getVersionFile(db: Db, regulationSlug: string, versionSlug: string) {
  const [row] = await db
    .select({
      source: versions.source,
      slug: versions.slug,
      position: versions.position,
      stage: versions.stage,
      date: versions.publishedOn,
      regulation: regulations.slug,
      language: regulations.language,
    })
    .from(versions)
    .innerJoin(regulations, eq(regulations.id, versions.regulationId))
    .where(and(eq(regulations.slug, regulationSlug), eq(versions.slug, versionSlug)));
  return row ?? null;
}

export interface ClauseTreeNode extends ClauseRow {
  children: ClauseTreeNode[];
}

/** Rebuilds the tree from rows in document order. */
export function buildTree(rows: ClauseRow[]): ClauseTreeNode[] {
  const byEId = new Map<string, ClauseTreeNode>();
  const roots: ClauseTreeNode[] = [];
  for (const row of rows) {
    const node: ClauseTreeNode = { ...row, children: [] };
    byEId.set(row.eId, node);
    const parent = row.parentEId ? byEId.get(row.parentEId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function listPlans(db: Db) {
  return db.select().from(plans).orderBy(desc(plans.year));
}

export async function getPlan(db: Db, year: number) {
  const [plan] = await db.select().from(plans).where(eq(plans.year, year));
  if (!plan) return null;
  const [items, cons] = await Promise.all([
    db
      .select()
      .from(planItems)
      .where(eq(planItems.planId, plan.id))
      .orderBy(asc(planItems.position)),
    db.select().from(consultations).where(eq(consultations.planId, plan.id)),
  ]);
  return { plan, items, consultation: cons[0] ?? null };
}

/**
 * Every consultation staff can pick (those on regulations and those on a legislative plan), for
 * the pickers of the report, the heat map and the campaigns page: the owner's short title,
 * newest window first within each owner, and the path of its feedback report
 * (`/staff/report/<regulation>/<consultation>` or `/staff/report/plan-<year>/<consultation>`).
 */
export async function consultationChoices(db: Db) {
  const rows = await db
    .select({
      id: consultations.id,
      slug: consultations.slug,
      title: consultations.title,
      commentCount: consultations.commentCount,
      versionId: consultations.versionId,
      regulationId: consultations.regulationId,
      regulationSlug: regulations.slug,
      regulationTitle: regulations.shortTitle,
      planYear: plans.year,
      planTitle: plans.title,
      opensAt: consultations.opensAt,
    })
    .from(consultations)
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .leftJoin(plans, eq(plans.id, consultations.planId))
    .orderBy(
      asc(sql`coalesce(${regulations.id}, 0)`),
      desc(plans.year),
      desc(consultations.closesAt),
    );
  return rows.map((r) => {
    const owner = r.regulationSlug ?? `plan-${r.planYear}`;
    return {
      id: r.id,
      label: choiceLabel(r.regulationTitle ?? r.planTitle ?? '', r.title),
      count: r.commentCount,
      /** A text to lay comments over: a version's clauses, or a plan's items. */
      hasText: r.versionId !== null || r.planYear !== null,
      onPlan: r.regulationId === null,
      regulationSlug: r.regulationSlug,
      reportPath: `/staff/report/${owner}/${r.slug}`,
      opensAt: r.opensAt,
    };
  });
}
