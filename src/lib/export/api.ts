/** Shapes for the public JSON API (v1): plain data, never personal details. */
import { inBoth } from '../i18n/index.ts';
export function json(data: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(data), {
    ...init,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      ...(init.headers ?? {}),
    },
  });
}

export const notFound = () =>
  json({ error: { code: 'not-found', message: inBoth({ key: 'api.notFound' }) } }, { status: 404 });

/** 400 for a numeric parameter out of its range (src/lib/web/query.ts), in both languages like every API message. */
export function badParameter(problem: { name: string; min: number; max: number }): Response {
  const vars = { name: problem.name, min: problem.min, max: problem.max };
  return json(
    {
      error: {
        code: 'bad-parameter',
        parameter: problem.name,
        message: inBoth({ key: 'query.badNumber', vars }),
      },
    },
    { status: 400 },
  );
}

/** Cursor for keyset paging: the last id seen, opaque to clients. */
export const encodeCursor = (id: number) => Buffer.from(`c${id}`).toString('base64url');
export function decodeCursor(cursor: string | null): number | null {
  if (!cursor) return null;
  const m = /^c(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) : null;
}
