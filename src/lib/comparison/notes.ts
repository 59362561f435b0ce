/**
 * Staff notes on a comparison are saved under a change's key (its old and new eIds). When the
 * alignment later groups those articles differently (a pair becomes part of a split, a merge
 * is regrouped), no row has that key any more and the note would vanish (#16). Such a note is
 * shown under the row that now holds an article it named, unless that row has a note of its
 * own: saving the row's note then adopts the old text under the new key.
 */
import type { Change } from './index.ts';

/** The eIds a change key names, on both sides. @example eIdsOfKey('art_1+art_2>art_3') // ['art_1', 'art_2', 'art_3'] */
export function eIdsOfKey(key: string): string[] {
  const [from = '', to = ''] = key.split('>');
  return [...from.split('+'), ...to.split('+')].filter(Boolean);
}

/**
 * The note to show for each row, by row key: the row's own note, else the notes saved under
 * keys no row has any more that name one of its articles (the first such row in order),
 * joined by a blank line in key order.
 */
export function notesForRows(
  rows: readonly { key: string; change: Pick<Change, 'from' | 'to'> }[],
  saved: ReadonlyMap<string, string>,
): Map<string, string> {
  const shown = new Map<string, string>();
  const keys = new Set(rows.map((r) => r.key));
  for (const r of rows) {
    const own = saved.get(r.key);
    if (own !== undefined) shown.set(r.key, own);
  }
  const orphans = [...saved.keys()].filter((k) => !keys.has(k)).sort();
  const adopted = new Map<string, string[]>();
  for (const key of orphans) {
    const named = new Set(eIdsOfKey(key));
    const row = rows.find((r) => [...r.change.from, ...r.change.to].some((e) => named.has(e)));
    if (!row || shown.has(row.key)) continue;
    adopted.set(row.key, [...(adopted.get(row.key) ?? []), saved.get(key)!]);
  }
  for (const [key, notes] of adopted) shown.set(key, notes.join('\n\n'));
  return shown;
}
