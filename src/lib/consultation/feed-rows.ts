/** The consultations the Atom feed lists (feed.ts writes it). */
import { desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { consultations, regulations, versions } from '../db/schema.ts';

/** Consultations that have opened by `now`, newest first, at most `limit`. */
export async function openedConsultations(db: Db, now: Date, limit = 50) {
  return db
    .select({
      id: consultations.id,
      title: consultations.title,
      opensAt: consultations.opensAt,
      closesAt: consultations.closesAt,
      regulationSlug: regulations.slug,
      regulationTitle: regulations.title,
      summary: regulations.summary,
      versionSlug: versions.slug,
    })
    .from(consultations)
    .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
    .leftJoin(versions, eq(versions.id, consultations.versionId))
    .where(lte(consultations.opensAt, now))
    .orderBy(desc(consultations.opensAt))
    .limit(limit);
}
