/**
 * What the workbench shows for one clause: its amendments grouped where they touch the same
 * words, each with its redline, the collisions among the accepted ones, and the clause with
 * the accepted ones applied (when they apply). Pure.
 *
 * The amendments are shown a page at a time (`AMENDMENTS_PER_PAGE`), in group order: an
 * article that drew a campaign can hold a thousand suggestions, and a page with a decision
 * form for each was 1.5 MB and took most of a second to render (issue #19). Groups, collisions
 * and the preview are computed once over all of them; only the page's rows get a redline.
 */
import { suggestionRedline } from '../comments/suggestion.ts';
import type { AmendmentRow } from './repository.ts';
import { spanRedline } from './redline.ts';
import { applyEdits, collisions, groupTouching } from './spans.ts';

export const AMENDMENTS_PER_PAGE = 50;

export interface ClauseView {
  /** The groups on this page: `n` counts from 1 over all groups, `count` is the whole group's size. */
  groups: { n: number; count: number; rows: (AmendmentRow & { redline: string })[] }[];
  collisions: [number, number][];
  /** Redline of the clause against the accepted amendments applied; null when they do not apply. */
  preview: string | null;
  accepted: number;
  /** This page (from 1, clamped to the last), how many pages, how many amendments in all. */
  page: number;
  pages: number;
  total: number;
}

/**
 * @example clauseView(text, rows, 'zh', 2).groups.flatMap((g) => g.rows).length
 * // the 51st to 100th amendment in group order (fewer on the last page)
 */
export function clauseView(
  text: string,
  rows: readonly AmendmentRow[],
  language: 'zh' | 'en',
  page = 1,
  perPage = AMENDMENTS_PER_PAGE,
): ClauseView {
  const accepted = rows
    .filter((r) => r.status === 'accepted')
    .map((r) => ({ ...r, replacement: r.decidedReplacement ?? r.replacement }));
  const applied = accepted.length > 0 ? applyEdits(text, accepted) : null;
  const pages = Math.max(1, Math.ceil(rows.length / perPage));
  const current = Math.min(pages, Math.max(1, Math.floor(page) || 1));
  const from = (current - 1) * perPage;
  const to = from + perPage;
  const groups: ClauseView['groups'] = [];
  let seen = 0;
  groupTouching(rows).forEach((group, i) => {
    const start = Math.max(from, seen) - seen;
    const end = Math.min(to, seen + group.length) - seen;
    seen += group.length;
    if (start >= end) return;
    groups.push({
      n: i + 1,
      count: group.length,
      rows: group.slice(start, end).map((r) => ({
        ...r,
        redline: spanRedline(text, { ...r, replacement: r.decidedReplacement ?? r.replacement }),
      })),
    });
  });
  return {
    groups,
    collisions: collisions(accepted).map(([a, b]) => [a.id, b.id]),
    preview: applied?.ok ? suggestionRedline(text, applied.text, language) : null,
    accepted: accepted.length,
    page: current,
    pages,
    total: rows.length,
  };
}
