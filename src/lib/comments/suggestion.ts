/**
 * A clause's plain text (what quotes are anchored in and suggested wording is compared
 * with), and a suggested wording shown as a redline against it, so a reader sees the change,
 * not two blocks of text to compare by eye. Free of the database and of Node: the browser
 * script of the comment form renders its live preview with these same functions.
 */
import { diffHtml } from '../comparison/diff-html.ts';
import { diffText } from '../comparison/diff-text.ts';

export interface ClausePiece {
  eId: string;
  label: string;
  text: string;
}

/** Where one clause's own text sits in the plain text of the clause commented on. */
export interface TextSegment {
  eId: string;
  /** UTF-16 offset of the clause's text in the plain text. */
  at: number;
  /** The plain text between the previous segment's end and this one (line break, label). */
  pre: string;
}

/**
 * The clause's plain text, one line per clause: its own text, then each descendant as label
 * and text; and where each clause's own text starts in it. Anchors (eId + offsets + quote)
 * refer to this text, never to the rendered markup.
 * @example
 * clausePlainText([{ eId: 'art_3', label: '第三条', text: '' }, { eId: 'art_3__para_1', label: '', text: '原则：' }, { eId: 'art_3__para_1__point_1', label: '（一）', text: '公开；' }], 'art_3')
 * // { text: '原则：\n（一）公开；', segments: [{ eId: 'art_3__para_1', at: 0, pre: '' }, { eId: 'art_3__para_1__point_1', at: 7, pre: '\n（一）' }] }
 */
export function clausePlainText(
  rows: readonly ClausePiece[],
  eId: string,
): { text: string; segments: TextSegment[] } {
  let text = '';
  let end = 0;
  const segments: TextSegment[] = [];
  for (const r of rows.filter((r) => r.eId === eId || r.eId.startsWith(`${eId}__`))) {
    const label = r.eId === eId ? '' : r.label;
    if (!label && !r.text) continue;
    text += (text ? '\n' : '') + label;
    if (r.text) {
      segments.push({ eId: r.eId, at: text.length, pre: text.slice(end) });
      text += r.text;
      end = text.length;
    }
  }
  return { text, segments };
}

/** The clause's text for comparison and quotes (see `clausePlainText`). */
export function clauseTextOf(rows: readonly ClausePiece[], eId: string): string {
  return clausePlainText(rows, eId).text;
}

/**
 * A version's rows (in document order) by every eId they fall under: a clause's own row and
 * the rows nested in it ("chp_1__art_3__para_2" under "chp_1__art_3" and "chp_1"), each list
 * in document order. `clauseTextOf(map.get(eId) ?? [], eId)` then reads only that clause's
 * rows instead of filtering the whole version for every clause.
 */
export function piecesByEId<T extends { eId: string }>(rows: readonly T[]): Map<string, T[]> {
  const pieces = new Map<string, T[]>();
  for (const row of rows) {
    const parts = row.eId.split('__');
    for (let i = 1; i <= parts.length; i++) {
      const key = parts.slice(0, i).join('__');
      const list = pieces.get(key);
      if (list) list.push(row);
      else pieces.set(key, [row]);
    }
  }
  return pieces;
}

/** HTML with <del>/<ins> (all text escaped). */
export function suggestionRedline(
  clauseText: string,
  suggested: string,
  language: 'zh' | 'en',
): string {
  return diffHtml(diffText(clauseText, suggested, language).parts, 'both');
}
