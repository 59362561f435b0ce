/**
 * What the workbench shows for one clause: its amendments grouped where they touch the same
 * words, each with its redline, the collisions among the accepted ones, and the clause with
 * the accepted ones applied (when they apply). Pure.
 */
import { suggestionRedline } from '../comments/suggestion.ts';
import type { AmendmentRow } from './repository.ts';
import { spanRedline } from './redline.ts';
import { applyEdits, collisions, groupTouching } from './spans.ts';

export interface ClauseView {
  groups: { rows: (AmendmentRow & { redline: string })[] }[];
  collisions: [number, number][];
  /** Redline of the clause against the accepted amendments applied; null when they do not apply. */
  preview: string | null;
  accepted: number;
}

export function clauseView(
  text: string,
  rows: readonly AmendmentRow[],
  language: 'zh' | 'en',
): ClauseView {
  const accepted = rows
    .filter((r) => r.status === 'accepted')
    .map((r) => ({ ...r, replacement: r.decidedReplacement ?? r.replacement }));
  const applied = accepted.length > 0 ? applyEdits(text, accepted) : null;
  return {
    groups: groupTouching(rows).map((g) => ({
      rows: g.map((r) => ({
        ...r,
        redline: spanRedline(text, { ...r, replacement: r.decidedReplacement ?? r.replacement }),
      })),
    })),
    collisions: collisions(accepted).map(([a, b]) => [a.id, b.id]),
    preview: applied?.ok ? suggestionRedline(text, applied.text, language) : null,
    accepted: accepted.length,
  };
}
