/**
 * The stored text of the versions this process has read, per database and by version id,
 * creation time, source hash and lineage revision: a published version's clauses never change
 * but for their kept counts and, when staff correct the comparison that set it, their lineage
 * (which raises the revision), so the reading page reads their text (about 300 rows for 120
 * articles) once per process and only the counts per request (issue #15: the database's share
 * of the reading page). The key names the stored rows for good, so an entry never goes stale;
 * the oldest goes when a database has more than `LIMIT`. A load that fails is forgotten, so the
 * next request tries again.
 */
const LIMIT = 64;
const byDatabase = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * The rows under `key` in `db`, loaded by `load` the first time (or again after they were
 * dropped). `load` may give a query builder, which runs its query each time it is awaited: the
 * promise kept is the settled answer of one run.
 */
export function clauseTextFor<T>(db: object, key: string, load: () => PromiseLike<T>): Promise<T> {
  let texts = byDatabase.get(db);
  if (!texts) byDatabase.set(db, (texts = new Map()));
  const known = texts.get(key) as Promise<T> | undefined;
  if (known) return known;
  const loading = Promise.resolve(load());
  texts.set(key, loading);
  loading.catch(() => {
    if (texts.get(key) === loading) texts.delete(key);
  });
  if (texts.size > LIMIT) texts.delete(texts.keys().next().value!);
  return loading;
}
