import type { APIRoute } from 'astro';
import { can, recordAudit } from '../../../../lib/auth/index.ts';
import { STANCES } from '../../../../lib/comments/index.ts';
import { getDb } from '../../../../lib/db/index.ts';
import {
  csvStream,
  exportExtent,
  exportPages,
  xlsxStream,
} from '../../../../lib/export/staff-comments.ts';
import { findImportTarget } from '../../../../lib/imports/index.ts';
import { requireStaff } from '../../../../lib/web/guard.ts';

const CHANNELS = ['online', 'contact-point', 'meeting', 'letter', 'hearing'];
const STATUSES = ['received', 'published', 'held', 'reported'];
const pick = (value: string | null, allowed: readonly string[]) =>
  value && allowed.includes(value) ? value : null;

/**
 * A consultation's comments for staff, as CSV or XLSX, streamed. Optional `stance`, `channel`
 * and `status` filters. Contact details only for roles that may see personal data; audited.
 */
export const GET: APIRoute = async (context) => {
  const guard = requireStaff(context, 'comments:read');
  if (!guard.ok) return guard.response;
  const format = context.params['format'];
  if (format !== 'csv' && format !== 'xlsx') return new Response(null, { status: 404 });
  const db = await getDb();
  const target = await findImportTarget(
    db,
    `${context.params['slug']}/${context.params['consultation']}`,
  );
  if (!target) return new Response(null, { status: 404 });
  const q = context.url.searchParams;
  const filter = {
    consultationId: target.id,
    stance: pick(q.get('stance'), STANCES),
    channel: pick(q.get('channel'), CHANNELS),
    status: pick(q.get('status'), STATUSES),
  };
  const personalData = can(guard.staff.user.roles, 'comments:personal-data');
  const extent = await exportExtent(db, filter);
  await recordAudit(db, guard.staff.user, 'comments.export', 'consultation', String(target.id), {
    format,
    personalData,
    rows: extent.count,
    stance: filter.stance,
    channel: filter.channel,
    status: filter.status,
  });
  const pages = exportPages(db, filter, extent.lastId);
  const name = `comments-${target.regulationSlug}-${target.slug}.${format}`;
  return new Response(
    format === 'csv'
      ? csvStream(pages, personalData, context.locals.config.timeZone)
      : xlsxStream(pages, personalData, target.title, context.locals.config.timeZone),
    {
      headers: {
        'Content-Type':
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Row-Count': String(extent.count),
      },
    },
  );
};
