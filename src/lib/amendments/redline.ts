/**
 * An amendment as a redline: the span's old words struck, the new ones inserted, with a little
 * of the clause around them. Built from the span itself, not from a diff, so it is exact and
 * costs nothing per amendment (a clause view of hundreds stays fast). Pure; HTML escaped by
 * `diffHtml`.
 */
import { diffHtml } from '../comparison/diff-html.ts';
import type { DiffPart } from '../comparison/diff-text.ts';
import type { SpanEdit } from './spans.ts';

/**
 * @example spanRedline('甲乙丙丁戊', { start: 2, end: 3, original: '丙', replacement: '三' }, 1)
 * // '…乙<del>丙</del><ins>三</ins>丁…'
 */
export function spanRedline(text: string, edit: SpanEdit, context = 30): string {
  const from = Math.max(0, edit.start - context);
  const to = Math.min(text.length, edit.end + context);
  const parts: DiffPart[] = [
    { op: 'equal', text: (from > 0 ? '…' : '') + text.slice(from, edit.start) },
    { op: 'delete', text: edit.original },
    { op: 'insert', text: edit.replacement },
    { op: 'equal', text: text.slice(edit.end, to) + (to < text.length ? '…' : '') },
  ];
  return diffHtml(
    parts.filter((p) => p.text !== ''),
    'both',
  );
}
