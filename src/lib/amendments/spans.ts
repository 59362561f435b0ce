/**
 * Amendments as span edits of one clause's plain text (the text `clausePlainText` gives, the
 * same text quotes are anchored in): where two touch the same words, which accepted ones
 * collide, and the clause text with a set of them applied. Pure; offsets are UTF-16, like the
 * quote anchors.
 *
 * Two edits *touch* when their spans share a character, or when both insert at the same point,
 * or one inserts strictly inside the other's span. Edits that only meet end to start (`[0,2)`
 * and `[2,4)`) do not touch: both can be applied. Groups are the connected components of
 * "touches", so a chain a–b–c is one group even where a and c do not overlap.
 */

export interface SpanEdit {
  start: number;
  end: number;
  /** The text at [start, end) when the amendment was proposed. */
  original: string;
  replacement: string;
}

export interface Identified extends SpanEdit {
  id: number;
}

/** Whether two edits touch the same words (see the file header). */
export function touches(
  a: Pick<SpanEdit, 'start' | 'end'>,
  b: Pick<SpanEdit, 'start' | 'end'>,
): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * The edits grouped where they touch the same words, each group in span order, groups in text
 * order. Sort and sweep, O(n log n) however much they overlap: in (start, end) order an edit
 * touches the open group exactly when a span of it reaches past the edit's start, or when
 * both are insertions at one point (a span starting where an insertion is sorts after it).
 * @example groupTouching([{ id: 1, start: 0, end: 4, … }, { id: 2, start: 2, end: 6, … }, { id: 3, start: 8, end: 9, … }]).map((g) => g.map((e) => e.id))
 * // [[1, 2], [3]]
 */
export function groupTouching<T extends Pick<SpanEdit, 'start' | 'end'>>(
  edits: readonly T[],
): T[][] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: T[][] = [];
  let current: T[] = [];
  /** The furthest end of a span (not an insertion) in the open group. */
  let reach = -1;
  /** The last insertion point in the open group. */
  let point = -1;
  for (const edit of sorted) {
    const insertion = edit.start === edit.end;
    const joins = current.length > 0 && (reach > edit.start || (insertion && point === edit.start));
    if (!joins) {
      if (current.length > 0) groups.push(current);
      current = [];
      reach = -1;
      point = -1;
    }
    current.push(edit);
    if (insertion) point = edit.start;
    else reach = Math.max(reach, edit.end);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Pairs of edits that touch: among accepted amendments, each pair is a collision to resolve. */
export function collisions<T extends Identified>(edits: readonly T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (const group of groupTouching(edits)) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (touches(group[i]!, group[j]!)) pairs.push([group[i]!, group[j]!]);
  }
  return pairs;
}

export type ApplyOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: 'collision'; pairs: [number, number][] }
  | { ok: false; reason: 'stale'; ids: number[] };

/**
 * The text with every edit applied, or why not: edits that collide, or edits whose `original`
 * is no longer the text at their span (stale: proposed against other text). Applied from the
 * end backwards so that earlier offsets stay valid.
 * @example applyEdits('甲乙丙丁', [{ id: 1, start: 1, end: 2, original: '乙', replacement: '二' }, { id: 2, start: 3, end: 4, original: '丁', replacement: '' }])
 * // { ok: true, text: '甲二丙' }
 */
export function applyEdits(text: string, edits: readonly Identified[]): ApplyOutcome {
  const stale = edits
    .filter((e) => e.end > text.length || text.slice(e.start, e.end) !== e.original)
    .map((e) => e.id);
  if (stale.length > 0) return { ok: false, reason: 'stale', ids: stale };
  const pairs = collisions(edits);
  if (pairs.length > 0)
    return { ok: false, reason: 'collision', pairs: pairs.map(([a, b]) => [a.id, b.id]) };
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return { ok: true, text: out };
}

/** Whether a UTF-16 offset falls between the two halves of a surrogate pair. */
function insidePair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The smallest span edit that turns `original` into `changed`: the common start and end are
 * left alone. A suggested wording is written as the whole new clause; as a span edit it touches
 * only the words it changes, so two citizens who changed different sentences do not collide.
 * @example minimalEdit('物业服务人应当公开收费。', '物业服务人应当每月公开收费。')
 * // { start: 7, end: 7, original: '', replacement: '每月' }
 */
export function minimalEdit(original: string, changed: string): SpanEdit | null {
  if (original === changed) return null;
  let start = 0;
  const max = Math.min(original.length, changed.length);
  while (start < max && original[start] === changed[start]) start++;
  let tail = 0;
  while (
    tail < max - start &&
    original[original.length - 1 - tail] === changed[changed.length - 1 - tail]
  )
    tail++;
  while (start > 0 && (insidePair(original, start) || insidePair(changed, start))) start--;
  while (
    tail > 0 &&
    (insidePair(original, original.length - tail) || insidePair(changed, changed.length - tail))
  )
    tail--;
  return {
    start,
    end: original.length - tail,
    original: original.slice(start, original.length - tail),
    replacement: changed.slice(start, changed.length - tail),
  };
}

/**
 * A citizen's suggestion as a span edit of the clause text. The form asks for the whole new
 * wording, but a commenter who quoted a passage often writes only its new wording: a
 * suggestion shorter than half the clause, with a quote, replaces the quote; anything else is
 * read as the whole new clause and narrowed to the words it changes. Null when nothing changes
 * or the quote no longer stands at its offsets.
 */
export function suggestionEdit(
  clauseText: string,
  suggested: string,
  quote: { start: number; end: number; text: string } | null,
): SpanEdit | null {
  if (quote && suggested.length * 2 < clauseText.length) {
    if (clauseText.slice(quote.start, quote.end) !== quote.text || suggested === quote.text)
      return null;
    return { start: quote.start, end: quote.end, original: quote.text, replacement: suggested };
  }
  return minimalEdit(clauseText, suggested);
}
