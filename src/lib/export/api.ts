/** Shapes for the public JSON API (v1): plain data, never personal details. */
export function json(data: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(data), {
    ...init,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*', ...(init.headers ?? {}) },
  });
}

export const notFound = () => json({ error: { code: 'not-found', message: { zh: '未找到。', en: 'Not found.' } } }, { status: 404 });

/** Cursor for keyset paging: the last id seen, opaque to clients. */
export const encodeCursor = (id: number) => Buffer.from(`c${id}`).toString('base64url');
export function decodeCursor(cursor: string | null): number | null {
  if (!cursor) return null;
  const m = /^c(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) : null;
}
