/** Triage reads: the heat map of a consultation from kept counts (no scan of comments). */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, clauseStanceCounts, consultations, regulations } from '../db/schema.ts';
import { buildHeatMap } from './heatmap.ts';

export async function heatMapOf(db: Db, consultationId: number) {
  const [consultation] = await db
    .select({ id: consultations.id, title: consultations.title, versionId: consultations.versionId, regulationSlug: regulations.slug, regulationTitle: regulations.shortTitle })
    .from(consultations)
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(eq(consultations.id, consultationId));
  if (!consultation) return null;
  const [tree, counts] = await Promise.all([
    consultation.versionId
      ? db
          .select({ eId: clauses.eId, parentEId: clauses.parentEId, kind: clauses.kind, label: clauses.label, heading: clauses.heading, position: clauses.position })
          .from(clauses)
          .where(eq(clauses.versionId, consultation.versionId))
          .orderBy(asc(clauses.position))
      : Promise.resolve([]),
    db.select({ clauseEId: clauseStanceCounts.clauseEId, stance: clauseStanceCounts.stance, count: clauseStanceCounts.count }).from(clauseStanceCounts).where(eq(clauseStanceCounts.consultationId, consultationId)),
  ]);
  return { consultation, ...buildHeatMap(tree, counts) };
}
