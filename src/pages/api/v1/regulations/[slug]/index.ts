import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../../lib/db/index.ts';
import { json, notFound } from '../../../../../lib/export/api.ts';
import { getRegulation } from '../../../../../lib/regulations/index.ts';

/** GET /api/v1/regulations/:slug: metadata, timeline, versions and consultations. */
export const GET: APIRoute = async ({ params }) => {
  const data = await getRegulation(await getReadDb(), params['slug'] ?? '');
  if (!data) return notFound();
  const { regulation: r, timeline, versions, consultations } = data;
  return json({
    slug: r.slug,
    title: r.title,
    language: r.language,
    stage: r.stage,
    sponsor: r.sponsor,
    committee: r.committee,
    summary: r.summary,
    timeline: timeline.map((e) => ({
      stage: e.stage,
      date: e.date,
      title: e.title,
      description: e.description,
    })),
    versions: versions.map((v) => ({
      slug: v.slug,
      label: v.label,
      stage: v.stage,
      publishedOn: v.publishedOn,
    })),
    consultations: consultations.map((c) => ({
      slug: c.slug,
      kind: c.kind,
      title: c.title,
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      commentCount: c.commentCount,
    })),
  });
};
