import type { APIRoute } from 'astro';
import { desc, eq, lte } from 'drizzle-orm';
import { getReadDb, schema } from '../../lib/db/index.ts';
import { escapeHtml } from '../../lib/html/escape.ts';

/** Atom feed of consultations that have opened, newest first. */
export const GET: APIRoute = async ({ url, locals }) => {
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
  const origin = url.origin;
  const link = (r: (typeof rows)[number]) => `${origin}/regulations/${r.regulationSlug}${r.versionSlug ? `/versions/${r.versionSlug}` : ''}`;
  const entries = rows
    .map(
      (r) => `  <entry>
    <id>${origin}/consultations/${r.id}</id>
    <title>${escapeHtml(`${r.regulationTitle}：${r.title}`)}</title>
    <link href="${escapeHtml(link(r))}"/>
    <updated>${r.opensAt.toISOString()}</updated>
    <summary>${escapeHtml(`${r.summary}（截止 ${r.closesAt.toISOString()}）`)}</summary>
  </entry>`,
    )
    .join('\n');
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>临江市法规草案公开征求意见</title>
  <id>${origin}/feeds/consultations.xml</id>
  <link rel="self" href="${origin}/feeds/consultations.xml"/>
  <updated>${(rows[0]?.opensAt ?? new Date(0)).toISOString()}</updated>
${entries}
</feed>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
