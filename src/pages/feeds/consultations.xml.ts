import type { APIRoute } from 'astro';
import { desc, eq, lte } from 'drizzle-orm';
import { consultationFeed } from '../../lib/consultation/index.ts';
import { getReadDb, schema } from '../../lib/db/index.ts';

/** Atom feed of consultations that have opened, newest first. */
export const GET: APIRoute = async ({ locals }) => {
  const { consultations, regulations, versions } = schema;
  const rows = await (await getReadDb())
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
    .where(lte(consultations.opensAt, locals.now))
    .orderBy(desc(consultations.opensAt))
    .limit(50);
  // The origin from configuration, never from the request's Host header, which the client chooses.
  const body = consultationFeed(rows, { origin: locals.config.publicUrl, timeZone: locals.config.timeZone, city: locals.config.site.zh.city });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
