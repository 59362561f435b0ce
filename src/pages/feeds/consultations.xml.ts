import type { APIRoute } from 'astro';
import { consultationFeed, openedConsultations } from '../../lib/consultation/index.ts';
import { getReadDb } from '../../lib/db/index.ts';

/** Atom feed of consultations that have opened, newest first. */
export const GET: APIRoute = async ({ locals }) => {
  const rows = await openedConsultations(await getReadDb(), locals.now);
  // The origin from configuration, never from the request's Host header, which the client chooses.
  const body = consultationFeed(rows, {
    origin: locals.config.publicUrl,
    timeZone: locals.config.timeZone,
    city: locals.config.site.zh.city,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
