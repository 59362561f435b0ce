/** Reading the staff forms of 转办 and 回复. Pure: raw strings in, a clean value or an error code out. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @example readForward({ body: '市住建局', dueDate: '2027-01-15' }) // { ok: true, value: { body: '市住建局', dueDate: '2027-01-15', note: null } }
 */
export function readForward(
  raw: Readonly<Record<string, string | undefined>>,
): { ok: true; value: { body: string; dueDate: string; note: string | null } } | { ok: false } {
  const body = (raw['body'] ?? '').trim().replace(/\s+/g, ' ');
  const dueDate = (raw['dueDate'] ?? '').trim();
  const note = (raw['note'] ?? '').trim();
  const valid =
    DATE.test(dueDate) &&
    !Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`)) &&
    new Date(`${dueDate}T00:00:00Z`).toISOString().startsWith(dueDate);
  if (!body || [...body].length > 100 || !valid || [...note].length > 2000) return { ok: false };
  return { ok: true, value: { body, dueDate, note: note || null } };
}

export function readAnswer(raw: string | undefined): string | null {
  const answer = (raw ?? '').trim();
  return answer && [...answer].length <= 5000 ? answer : null;
}
