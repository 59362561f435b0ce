/**
 * A suggested wording shown as a redline against the clause it would replace, so a reader
 * sees the change, not two blocks of text to compare by eye.
 */
import { diffHtml } from '../comparison/view.ts';
import { diffText } from '../comparison/diff-text.ts';

/** The clause's text for comparison: its own text and its descendants', one per line. */
export function clauseTextOf(rows: readonly { eId: string; label: string; text: string }[], eId: string): string {
  return rows
    .filter((r) => r.eId === eId || r.eId.startsWith(`${eId}__`))
    .map((r) => (r.eId === eId ? r.text : `${r.label}${r.text}`))
    .filter(Boolean)
    .join('\n');
}

/** HTML with <del>/<ins> (all text escaped). */
export function suggestionRedline(clauseText: string, suggested: string, language: 'zh' | 'en'): string {
  return diffHtml(diffText(clauseText, suggested, language).parts, 'both');
}
