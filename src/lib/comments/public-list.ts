/**
 * The public comment list's query string, read as a value: full-text terms, the sort, the page.
 * Pure (no database, no Astro): the page parses, the repository queries, the page renders.
 */
import type { Message } from '../i18n/index.ts';

export const PUBLIC_SORTS = ['newest', 'oldest', 'seconded'] as const;
export type PublicSort = (typeof PUBLIC_SORTS)[number];

/** Comments per page of the public list. */
export const PUBLIC_PAGE_SIZE = 20;
/** Pages past this are refused: an offset that deep is a crawler's, not a reader's. */
export const MAX_PUBLIC_PAGE = 5000;
/** A search longer than this is refused rather than cut, so the reader knows what was searched. */
export const MAX_SEARCH_LENGTH = 100;
/** At most this many words of a search are used (all must occur). */
export const MAX_SEARCH_TERMS = 5;

export type ListQueryProblem = 'page' | 'sort' | 'search-too-long';

export interface ListQuery {
  /** The search as typed, trimmed and with runs of white space made one space; '' for none. */
  search: string;
  /** The words of the search, each of which must occur in the comment (no duplicates). */
  terms: string[];
  sort: PublicSort;
  page: number;
}

export type ListQueryResult =
  { ok: true; query: ListQuery } | { ok: false; problem: ListQueryProblem; query: ListQuery };

/**
 * Reads `q`, `sort` and `page`. Absent or empty values take their defaults; values that are
 * present but wrong are reported (the page answers 400 with a message), with a usable query
 * beside the problem so that the page can still render its form.
 *
 * @example parseListQuery(new URLSearchParams('q=物业  费&sort=seconded&page=2'))
 *   // { ok: true, query: { search: '物业 费', terms: ['物业', '费'], sort: 'seconded', page: 2 } }
 */
export function parseListQuery(params: URLSearchParams): ListQueryResult {
  const rawSearch = (params.get('q') ?? '').replace(/\s+/gu, ' ').trim();
  const search = rawSearch.slice(0, MAX_SEARCH_LENGTH);
  const terms = [...new Set(search.split(' ').filter(Boolean))].slice(0, MAX_SEARCH_TERMS);
  const rawSort = params.get('sort') ?? '';
  const sort = PUBLIC_SORTS.find((s) => s === rawSort) ?? 'newest';
  const rawPage = (params.get('page') ?? '').trim();
  const pageOk =
    rawPage === '' ||
    (/^[0-9]{1,6}$/.test(rawPage) && Number(rawPage) >= 1 && Number(rawPage) <= MAX_PUBLIC_PAGE);
  const page = pageOk && rawPage !== '' ? Number(rawPage) : 1;
  const query = { search, terms, sort, page };
  if (rawSearch.length > MAX_SEARCH_LENGTH) return { ok: false, problem: 'search-too-long', query };
  if (rawSort !== '' && rawSort !== sort) return { ok: false, problem: 'sort', query };
  if (!pageOk) return { ok: false, problem: 'page', query };
  return { ok: true, query };
}

/**
 * The list's total line. `entries` counts what the list shows (each form letter once),
 * `comments` every copy, as the filters count them: when they differ the line says both.
 * @example listTotal(1, 4, 1, 1) // { key: 'list.totalGrouped', vars: { count: 1, comments: 4, page: 1, pages: 1 } }
 */
export function listTotal(entries: number, comments: number, page: number, pages: number): Message {
  return comments > entries
    ? { key: 'list.totalGrouped', vars: { count: entries, comments, page, pages } }
    : { key: 'list.total', vars: { count: entries, page, pages } };
}

/** The number of pages for `total` comments (at least 1, so an empty list has a page 1). */
export function pageCount(total: number, pageSize = PUBLIC_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The page numbers to link, with 'gap' where numbers are left out: always the first and last,
 * and two either side of the current page.
 *
 * @example pageLinks(7, 20) // [1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]
 */
export function pageLinks(current: number, last: number): (number | 'gap')[] {
  const wanted = new Set([1, last]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= last) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && p - prev === 2) out.push(prev + 1);
    else if (typeof prev === 'number' && p - prev > 2) out.push('gap');
    out.push(p);
  }
  return out;
}
