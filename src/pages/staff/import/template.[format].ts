import type { APIRoute } from 'astro';
import { templateCsv, templateXlsx } from '../../../lib/imports/index.ts';
import { requireStaff } from '../../../lib/web/guard.ts';

/** The import template, as CSV or XLSX. */
export const GET: APIRoute = async (context) => {
  const guard = requireStaff(context, 'comments:enter');
  if (!guard.ok) return guard.response;
  const format = context.params['format'];
  if (format === 'csv') {
    return new Response(templateCsv(), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="opinions-template.csv"',
      },
    });
  }
  if (format === 'xlsx') {
    return new Response(await templateXlsx(), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': 'attachment; filename="opinions-template.xlsx"',
      },
    });
  }
  return new Response(null, { status: 404 });
};
