/**
 * Writes loaded content into the database in one transaction: all of it or none.
 * Idempotent: a second run with the same files changes nothing. A version already stored is
 * immutable; if its file changed, the sync fails with `PublishedVersionChanged`.
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { compareDocuments, type Change } from '../comparison/index.ts';
import { assignLineage, carriedOver, clauseLinkRows } from '../comparison/lineage.ts';
import { storeNextComparison, storeReadingTable, type PublishedText } from '../comparison/repository.ts';
import { parseDraft, type ClauseNode } from '../legislation/index.ts';
import type { Db } from '../db/client.ts';
import { clauseLinks, clauses, consultations, planItems, plans, questionnaires, regulations, sampleDates, stageEvents, versions } from '../db/schema.ts';
import { defaultQuestions, type Question } from '../evaluation/questionnaire.ts';
import { errors } from '../errors/index.ts';
import { DEFAULT_TIME_ZONE } from '../time/index.ts';
import { sha256, type LoadedContent, type LoadedRegulation, type LoadedVersion } from './load.ts';
import { movedContent, sampleShift } from './sample-dates.ts';
import { storeFeedback } from './feedback-store.ts';

export interface SyncReport {
  regulations: number;
  versionsAdded: string[];
  versionsUnchanged: number;
  consultations: number;
  plans: number;
  /** Comments added from the consultations' records kept as files (feedback/*.yaml). */
  feedbackComments: number;
  /** Sample content only (content/sample.yaml): the days its dates were moved on by. */
  sampleDaysMoved: number | null;
}

/**
 * A line for the sync's output when the folder was sample content, else ''.
 * @example sampleDatesNote({ ...report, sampleDaysMoved: 3 }) // '示例内容（content/sample.yaml）：…顺延 3 天。Sample content …'
 */
export function sampleDatesNote(report: SyncReport): string {
  const days = report.sampleDaysMoved;
  if (days === null || days === 0) return '';
  return (
    `示例内容（content/sample.yaml）：本数据库首次载入时，示例撰写日之后的日期已顺延 ${days} 天。` +
    `Sample content (content/sample.yaml): its dates after the day it was written were moved on by ${days} days when this database first loaded it.\n`
  );
}

/**
 * A line for the sync's output when comments came in from record files, else ''.
 * @example feedbackNote({ ...report, feedbackComments: 40 }) // '已从意见记录文件（feedback/*.yaml）载入 40 条意见。Loaded 40 comments …'
 */
export function feedbackNote(report: SyncReport): string {
  const n = report.feedbackComments;
  if (n === 0) return '';
  return `已从意见记录文件（feedback/*.yaml）载入 ${n} 条意见。Loaded ${n} comments from the consultations' record files (feedback/*.yaml).\n`;
}

/** The moment the sync runs at (the site's clock) and the site's time zone: they fix a sample's shift. */
export interface SyncClock {
  now: Date;
  timeZone: string;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The version a new one follows: its comparison and lineage start from it. */
export interface PreviousVersion extends PublishedText {
  id: number;
}

export async function syncContent(
  db: Db,
  loaded: LoadedContent,
  clock: SyncClock = { now: new Date(), timeZone: DEFAULT_TIME_ZONE },
): Promise<SyncReport> {
  return db.transaction(async (tx) => {
    // Several app processes may start at once on one database: one syncs, the others wait
    // and then find everything in place (tests/faults/two-processes.test.ts).
    await tx.execute(sql`select pg_advisory_xact_lock(4242002)`);
    const sample = loaded.sample;
    const shift = sample ? await sampleShiftOf(tx, sample.datesAsOf, clock) : null;
    const content = sample && shift ? movedContent(loaded, sample.datesAsOf, shift, clock.timeZone) : loaded;
    const report: SyncReport = { regulations: 0, versionsAdded: [], versionsUnchanged: 0, consultations: 0, plans: 0, feedbackComments: 0, sampleDaysMoved: shift };
    for (const reg of content.regulations) {
      const regulationId = await upsertRegulation(tx, reg);
      report.regulations++;
      await replaceTimeline(tx, regulationId, reg.timeline);
      const versionIds = await syncVersions(tx, regulationId, reg, report);
      await storeReadingTable(tx, regulationId, reg.language);
      for (const c of reg.consultations) {
        const stored = await syncConsultation(tx, regulationId, reg, c, versionIds);
        report.consultations++;
        const feedback = reg.feedback.find((f) => f.consultation === c.slug);
        if (feedback) report.feedbackComments += await storeFeedback(tx, reg.slug, feedback, stored, clock.timeZone);
      }
    }
    for (const plan of content.plans) {
      if (await syncPlan(tx, plan)) report.consultations++;
      report.plans++;
    }
    return report;
  });
}

/** The sample's shift: the one fixed when this database first loaded it, or fixed now. */
async function sampleShiftOf(tx: Tx, datesAsOf: string, clock: SyncClock): Promise<number> {
  const [stored] = await tx.select({ shiftDays: sampleDates.shiftDays }).from(sampleDates).where(eq(sampleDates.datesAsOf, datesAsOf));
  if (stored) return stored.shiftDays;
  const shiftDays = sampleShift(datesAsOf, clock.now, clock.timeZone);
  await tx.insert(sampleDates).values({ datesAsOf, shiftDays });
  return shiftDays;
}

/** A regulation's versions in order; returns the id of each by its slug. */
async function syncVersions(tx: Tx, regulationId: number, reg: LoadedRegulation, report: SyncReport): Promise<Map<string, number>> {
  const versionIds = new Map<string, number>();
  let previous: PreviousVersion | null = null;
  for (const version of reg.versions) {
    const existing = await tx
      .select({ id: versions.id, sourceHash: versions.sourceHash })
      .from(versions)
      .where(and(eq(versions.regulationId, regulationId), eq(versions.slug, version.slug)));
    const found = existing[0];
    if (found) {
      if (found.sourceHash !== version.sourceHash) throw errors.publishedVersionChanged(version.file);
      versionIds.set(version.slug, found.id);
      report.versionsUnchanged++;
      // Its comparison with the one before, when this process's COMPARISON_ALGORITHM has none.
      if (previous) await storeNextComparison(tx, previous, version);
      previous = { id: found.id, sourceHash: version.sourceHash, document: version.document };
    } else {
      const id = await addVersion(tx, regulationId, reg, version, previous);
      versionIds.set(version.slug, id);
      report.versionsAdded.push(`${reg.slug}/${version.slug}`);
      previous = { id, sourceHash: version.sourceHash, document: version.document };
    }
  }
  return versionIds;
}

/**
 * Versions published by staff on the web (src/lib/versions) live only in the database: a new
 * file must come after every stored version, and its comparison and lineage start from the
 * latest stored one, whoever published it.
 */
async function addVersion(
  tx: Tx,
  regulationId: number,
  reg: LoadedRegulation,
  version: LoadedVersion,
  previous: PreviousVersion | null,
): Promise<number> {
  const [last] = await tx
    .select({ id: versions.id, slug: versions.slug, position: versions.position, source: versions.source, sourceHash: versions.sourceHash })
    .from(versions)
    .where(eq(versions.regulationId, regulationId))
    .orderBy(desc(versions.position))
    .limit(1);
  if (last && last.position >= version.position) throw errors.versionOutOfOrder(version.file, last.slug, last.position);
  let from = previous;
  if (last && last.id !== previous?.id) {
    const parsed = parseDraft(last.source, { file: null, language: reg.language });
    if (parsed.ok) from = { id: last.id, sourceHash: last.sourceHash, document: parsed.document };
  }
  return insertVersion(tx, regulationId, version, from);
}

async function syncConsultation(
  tx: Tx,
  regulationId: number,
  reg: LoadedRegulation,
  c: LoadedRegulation['consultations'][number],
  versionIds: Map<string, number>,
): Promise<{ id: number; versionId: number | null; closesAt: Date }> {
  const values = {
    regulationId,
    planId: null,
    versionId: c.version ? (versionIds.get(c.version) ?? null) : null,
    slug: c.slug,
    kind: c.kind,
    title: c.title,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    shortWindowReason: c.shortWindowReason,
  };
  const [stored] = await tx
    .insert(consultations)
    .values(values)
    // A window that staff opened or changed on the web is theirs from then on.
    .onConflictDoUpdate({ target: [consultations.regulationId, consultations.slug], set: values, setWhere: isNull(consultations.changedBy) })
    .returning({ id: consultations.id, versionId: consultations.versionId, closesAt: consultations.closesAt });
  // No row comes back when the staff's window was left alone: look it up.
  const row =
    stored ??
    (
      await tx
        .select({ id: consultations.id, versionId: consultations.versionId, closesAt: consultations.closesAt })
        .from(consultations)
        .where(and(eq(consultations.regulationId, regulationId), eq(consultations.slug, c.slug)))
    )[0]!;
  if (c.kind === 'evaluation') await syncQuestionnaire(tx, row.id, c.questionnaire ?? defaultQuestions(reg.language));
  return row;
}

/** A plan and its items; returns whether it has a consultation window. */
async function syncPlan(tx: Tx, plan: LoadedContent['plans'][number]): Promise<boolean> {
  const values = { year: plan.year, title: plan.title, adoptedOn: plan.adopted };
  const [row] = await tx
    .insert(plans)
    .values(values)
    .onConflictDoUpdate({ target: plans.year, set: values })
    .returning({ id: plans.id });
  const planId = row!.id;
  for (const [i, item] of plan.items.entries()) {
    const itemValues = {
      planId,
      slug: item.slug,
      position: i + 1,
      category: item.category,
      title: item.title,
      sponsor: item.sponsor,
      description: item.description,
      regulationSlug: item.regulation,
    };
    await tx
      .insert(planItems)
      .values(itemValues)
      .onConflictDoUpdate({ target: [planItems.planId, planItems.slug], set: itemValues });
  }
  if (!plan.opensAt || !plan.closesAt) return false;
  const cValues = {
    regulationId: null,
    planId,
    versionId: null,
    slug: 'plan',
    kind: 'plan',
    title: plan.title,
    opensAt: plan.opensAt,
    closesAt: plan.closesAt,
    shortWindowReason: plan.shortWindowReason,
  };
  await tx
    .insert(consultations)
    .values(cValues)
    .onConflictDoUpdate({ target: [consultations.planId, consultations.slug], set: cValues });
  return true;
}

/** The questionnaire as the files (or the default set) give it; answers already stored keep their keys. */
async function syncQuestionnaire(tx: Tx, consultationId: number, questions: Question[]) {
  await tx.insert(questionnaires).values({ consultationId, questions }).onConflictDoUpdate({ target: questionnaires.consultationId, set: { questions } });
}

async function upsertRegulation(tx: Tx, reg: LoadedContent['regulations'][number]): Promise<number> {
  const values = {
    slug: reg.slug,
    title: reg.title,
    shortTitle: reg.shortTitle,
    language: reg.language,
    sponsor: reg.sponsor,
    committee: reg.committee,
    stage: reg.stage,
    summary: reg.summary,
  };
  const [existing] = await tx.select().from(regulations).where(eq(regulations.slug, reg.slug));
  if (!existing) {
    const [row] = await tx.insert(regulations).values(values).returning({ id: regulations.id });
    return row!.id;
  }
  // A stage moved by staff on the web stays as they set it.
  if (existing.stageChangedBy !== null) values.stage = existing.stage as typeof values.stage;
  const changed = (Object.keys(values) as (keyof typeof values)[]).some((k) => existing[k] !== values[k]);
  if (changed) {
    await tx.update(regulations).set({ ...values, updatedAt: new Date() }).where(eq(regulations.id, existing.id));
  }
  return existing.id;
}

async function replaceTimeline(tx: Tx, regulationId: number, timeline: LoadedContent['regulations'][number]['timeline']) {
  const wanted = timeline.map((e, i) => ({ regulationId, position: i + 1, stage: e.stage, date: e.date, title: e.title, description: e.description }));
  const existing = await tx
    .select({ regulationId: stageEvents.regulationId, position: stageEvents.position, stage: stageEvents.stage, date: stageEvents.date, title: stageEvents.title, description: stageEvents.description })
    .from(stageEvents)
    .where(and(eq(stageEvents.regulationId, regulationId), isNull(stageEvents.addedBy)))
    .orderBy(asc(stageEvents.position));
  if (JSON.stringify(existing) === JSON.stringify(wanted)) return;
  // Events staff recorded on the web (addedBy set, positions from STAFF_EVENT_POSITION) stay.
  await tx.delete(stageEvents).where(and(eq(stageEvents.regulationId, regulationId), isNull(stageEvents.addedBy)));
  if (wanted.length) await tx.insert(stageEvents).values(wanted);
}

export async function insertVersion(
  tx: Tx,
  regulationId: number,
  version: LoadedVersion & { explanationHtml?: string },
  previous: PreviousVersion | null,
): Promise<number> {
  const [row] = await tx
    .insert(versions)
    .values({
      regulationId,
      slug: version.slug,
      position: version.position,
      label: version.label,
      stage: version.stage,
      publishedOn: version.date,
      title: version.document.title,
      preamble: version.document.preamble,
      explanation: version.explanation,
      // Null: rendered after the sync (src/lib/versions/explanation.ts), outside its transaction.
      explanationHtml: version.explanationHtml ?? null,
      source: version.source,
      sourceHash: version.sourceHash,
    })
    .returning({ id: versions.id });
  const versionId = row!.id;
  const rows = clauseRows(versionId, version.document.nodes);
  let carried: { rows: { eId: string; lineage: string }[]; carried: Map<string, string> } | null = null;
  let changes: Change[] = [];
  if (previous) {
    const comparison = compareDocuments(previous.document, version.document);
    changes = comparison.changes;
    await storeNextComparison(tx, previous, version, comparison);
    const oldRows = await tx.select({ eId: clauses.eId, lineage: clauses.lineage }).from(clauses).where(eq(clauses.versionId, previous.id));
    carried = { rows: oldRows, carried: carriedOver(comparison, oldRows.map((r) => r.eId), rows.map((r) => r.eId)) };
  }
  const lineage = assignLineage(versionId, rows.map((r) => r.eId), carried);
  for (const r of rows) r.lineage = lineage.get(r.eId)!;
  for (let i = 0; i < rows.length; i += 500) await tx.insert(clauses).values(rows.slice(i, i + 500));
  const links = previous ? clauseLinkRows(previous.id, versionId, changes) : [];
  for (let i = 0; i < links.length; i += 500) await tx.insert(clauseLinks).values(links.slice(i, i + 500));
  return versionId;
}

/** The clause tree in document order, one row a node. */
export function clauseRows(versionId: number, nodes: ClauseNode[]) {
  const rows: (typeof clauses.$inferInsert)[] = [];
  const visit = (node: ClauseNode, parentEId: string | null, depth: number) => {
    rows.push({
      versionId,
      eId: node.eId,
      parentEId,
      position: rows.length + 1,
      depth,
      kind: node.kind,
      num: node.num,
      subNum: node.subNum,
      label: node.label,
      heading: node.heading,
      text: node.text,
      contentHash: sha256(`${node.kind}\u0000${node.label}\u0000${node.heading}\u0000${node.text}`),
      lineage: `${versionId}:${node.eId}`,
    });
    for (const child of node.children) visit(child, node.eId, depth + 1);
  };
  for (const node of nodes) visit(node, null, 0);
  return rows;
}
