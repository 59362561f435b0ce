import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../lib/db/index.ts';
import { json } from '../../../../lib/export/api.ts';
import { listRegulations } from '../../../../lib/regulations/index.ts';

/** GET /api/v1/regulations: every regulation with its stage and consultations. */
export const GET: APIRoute = async () => {
  const regs = await listRegulations(await getReadDb());
  return json({
    regulations: regs.map((r) => ({
      slug: r.slug,
      title: r.title,
      shortTitle: r.shortTitle,
      language: r.language,
      stage: r.stage,
      sponsor: r.sponsor,
      summary: r.summary,
      latestVersion: r.latestVersion?.slug ?? null,
      consultations: r.consultations.map((c) => ({
        slug: c.slug,
        kind: c.kind,
        title: c.title,
        opensAt: c.opensAt,
        closesAt: c.closesAt,
        commentCount: c.commentCount,
      })),
    })),
  });
};
