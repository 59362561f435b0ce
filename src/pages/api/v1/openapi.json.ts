import type { APIRoute } from 'astro';
import { json } from '../../../lib/export/api.ts';
import { OPENAPI } from '../../../lib/export/openapi.ts';

/** GET /api/v1/openapi.json: the description of the open data (src/lib/export/openapi.ts). */
export const GET: APIRoute = () => json(OPENAPI);
