/**
 * Staff corrections of the correspondence (#16). The alignment gets most rows of a full
 * revision right, not all (about four in five on revisions it was never tuned on, see the
 * README), and a drafter signs the 对照表 only when every row is right. So committee staff may
 * say of any set of articles "these old articles and these new ones form one row", and every
 * view, table and download of the comparison shows the row that way.
 *
 * A correction names its articles by eId. Applied after the alignment, in the order they were
 * made: each named article leaves the row it was in (what remains of that row stays one row,
 * or falls apart into deletions and insertions when one side is emptied), and the named
 * articles are joined into one row. A correction with no new article makes each named old
 * article a deletion; with no old article, each new article an insertion. A correction naming
 * an article that no longer exists in its version is stale: it is ignored and reported.
 *
 * Reading what staff type ("第六条、第九条", "6, 9", "Sec. 4") is here too, so the page stays thin.
 */
import { parseChineseNumeral } from '../legislation/numerals.ts';
import type { Message } from '../i18n/index.ts';
import type { Matching } from './align.ts';

/** One row as staff set it: old article eIds and new article eIds (either may be empty). */
export interface Correction {
  from: string[];
  to: string[];
}

/** The corrections that name only existing articles, in index space, and the stale ones. */
export function correctionIndexes(
  corrections: readonly Correction[],
  oldEIds: readonly string[],
  newEIds: readonly string[],
): { usable: { from: number[]; to: number[] }[]; stale: Correction[] } {
  const oldAt = new Map(oldEIds.map((e, i) => [e, i]));
  const newAt = new Map(newEIds.map((e, j) => [e, j]));
  const usable: { from: number[]; to: number[] }[] = [];
  const stale: Correction[] = [];
  for (const c of corrections) {
    const from = c.from.map((e) => oldAt.get(e));
    const to = c.to.map((e) => newAt.get(e));
    if (from.includes(undefined) || to.includes(undefined) || from.length + to.length === 0)
      stale.push(c);
    else usable.push({ from: from as number[], to: to as number[] });
  }
  return { usable, stale };
}

/** Applies corrections (index space) to a matching, in order: see the module header. */
export function applyCorrections(
  m: Matching,
  corrections: readonly { from: readonly number[]; to: readonly number[] }[],
): void {
  for (const c of corrections) {
    const from = new Set(c.from);
    const to = new Set(c.to);
    for (const i of from)
      for (const j of [...(m.oldTo.get(i) ?? [])]) if (!to.has(j)) m.unpair(i, j);
    for (const j of to)
      for (const i of [...(m.newFrom.get(j) ?? [])]) if (!from.has(i)) m.unpair(i, j);
    for (const i of from) for (const j of to) if (!(m.oldTo.get(i) ?? []).includes(j)) m.pair(i, j);
  }
}

/** An article as staff may name it. */
export interface NamedArticle {
  eId: string;
  label: string;
}

export type ReadLabels =
  { ok: true; eIds: string[] } | { ok: false; problem: 'unknown' | 'repeated'; label: string };

/**
 * The articles named in `text`, separated by 、，, ; or spaces: a label as the version writes it
 * (第六条, 第十条之一, SEC. 4.), or just its number (6, 六, 第6条, 10之一, Sec. 4). Each article
 * at most once; an empty text names none.
 *
 * @example readLabels('第六条、9', articles) // { ok: true, eIds: ['art_6', 'art_9'] }
 */
export function readLabels(text: string, articles: readonly NamedArticle[]): ReadLabels {
  const names = text
    // "Sec. 4" is one name: the space after a designation separates nothing.
    .replace(/(sec(?:tion)?\.?|§)\s+(?=[0-9])/giu, '$1')
    .split(/[、，,;；\s]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const eIds: string[] = [];
  for (const name of names) {
    const found = findArticle(name, articles);
    if (!found) return { ok: false, problem: 'unknown', label: name };
    if (eIds.includes(found.eId)) return { ok: false, problem: 'repeated', label: name };
    eIds.push(found.eId);
  }
  return { ok: true, eIds };
}

const squash = (s: string) => s.replace(/[\s.．]/gu, '').toLowerCase();

/** The number (and insertion suffix) a label or a typed name gives: 第十条之一 → 10-1, Sec. 4 → 4. */
function numberOf(name: string): string | null {
  const m =
    /^(?:第|sec(?:tion)?|§)?([0-9０-９〇零一二两三四五六七八九十百千]+)条?(?:之([0-9０-９一二三四五六七八九十]+))?$/iu.exec(
      squash(name),
    );
  if (!m) return null;
  const num = parseChineseNumeral(m[1]!);
  const sub = m[2] === undefined ? 0 : parseChineseNumeral(m[2]);
  return num === null || sub === null ? null : `${num}-${sub}`;
}

function findArticle(name: string, articles: readonly NamedArticle[]): NamedArticle | undefined {
  const exact = articles.find((a) => squash(a.label) === squash(name));
  if (exact) return exact;
  const wanted = numberOf(name);
  return wanted === null ? undefined : articles.find((a) => numberOf(a.label) === wanted);
}

/**
 * A correction as staff typed it on the comparison page: the old articles (`from`) and the new
 * ones (`to`), read with readLabels against each version's articles. At least one side must
 * name an article. Problems name their field, in the catalogue's words.
 */
export function readCorrection(
  raw: { from: string; to: string },
  olds: readonly NamedArticle[],
  news: readonly NamedArticle[],
):
  | { ok: true; value: Correction }
  | { ok: false; errors: { field: string | null; message: Message }[] } {
  const fail = (field: 'from' | 'to', read: Extract<ReadLabels, { ok: false }>) => ({
    ok: false as const,
    errors: [
      {
        field,
        message: {
          key:
            read.problem === 'repeated'
              ? ('staffCompare.correctionRepeated' as const)
              : field === 'from'
                ? ('staffCompare.correctionUnknownOld' as const)
                : ('staffCompare.correctionUnknownNew' as const),
          vars: { label: read.label },
        },
      },
    ],
  });
  const from = readLabels(raw.from, olds);
  if (!from.ok) return fail('from', from);
  const to = readLabels(raw.to, news);
  if (!to.ok) return fail('to', to);
  if (from.eIds.length + to.eIds.length === 0)
    return {
      ok: false,
      errors: [{ field: 'from', message: { key: 'staffCompare.correctionEmpty' } }],
    };
  return { ok: true, value: { from: from.eIds, to: to.eIds } };
}
