/**
 * The next reading drafted from the decisions: the current version's Markdown source with each
 * accepted amendment written into it. Amendments are span edits of an article's plain text
 * (`clausePlainText`: the article's own text, then each paragraph and item as label + text);
 * each clause text of the article is found in the source after the article's label, and each
 * edit's ends are mapped from the article text into the source through the clause texts they
 * fall in. An edit across paragraphs or items (`透明；\n（二）公众` → `透明、公众`) is placed
 * when the source between its ends holds exactly its quoted words, whitespace aside (the
 * blank line between paragraphs, the next label): the quoted span then stands unambiguously in
 * the source; a line break in its wording becomes a paragraph break. An edit that starts or
 * ends inside a label, that crosses text the source writes otherwise (marked up, quoted), or a
 * clause text the source does not hold verbatim (hard wrapped) is reported and left for staff
 * to write by hand in the draft. Pure.
 */
import { clausePlainText, type ClausePiece } from '../comments/suggestion.ts';
import { applyEdits, type Identified } from './spans.ts';

export type DraftProblemCode = 'collision' | 'stale' | 'crosses-clauses' | 'not-in-source';

export interface DraftProblem {
  eId: string;
  code: DraftProblemCode;
  amendmentIds: number[];
}

export interface NextDraft {
  /** The Markdown body (no front matter), for the publish form. */
  markdown: string;
  /** Article eIds whose text changed in the draft. */
  changed: string[];
  problems: DraftProblem[];
}

/** The source's body: the front matter of a stored version is written again by the publish form. */
export function bodyOf(source: string): string {
  const m = /^---\n[\s\S]*?\n---\n/.exec(source);
  return (m ? source.slice(m[0].length) : source).replace(/^\n+/, '');
}

/**
 * @param rows the version's clause rows in document order
 * @param accepted accepted edits by article eId (with the replacement as decided)
 * @example
 * draftFromDecisions('第一条 甲乙丙。\n', [{ eId: 'art_1', label: '第一条', text: '' }, { eId: 'art_1__para_1', label: '', text: '甲乙丙。' }], new Map([['art_1', [{ id: 1, start: 1, end: 2, original: '乙', replacement: '二' }]]]))
 * // { markdown: '第一条 甲二丙。\n', changed: ['art_1'], problems: [] }
 */
export function draftFromDecisions(
  source: string,
  rows: readonly ClausePiece[],
  accepted: ReadonlyMap<string, readonly Identified[]>,
): NextDraft {
  let markdown = bodyOf(source);
  const changed: string[] = [];
  const problems: DraftProblem[] = [];
  const order = new Map(rows.map((r, i) => [r.eId, i]));
  const articles = [...accepted.keys()]
    .filter((e) => order.has(e))
    .sort((a, b) => order.get(a)! - order.get(b)!);
  let cursor = 0;
  for (const eId of articles) {
    const edits = accepted.get(eId)!;
    if (edits.length === 0) continue;
    const { text, segments } = clausePlainText(rows, eId);
    const whole = applyEdits(text, edits);
    if (!whole.ok) {
      problems.push({
        eId,
        code: whole.reason,
        amendmentIds: whole.reason === 'stale' ? whole.ids : [...new Set(whole.pairs.flat())],
      });
      continue;
    }
    const texts = new Map(
      rows.filter((r) => segments.some((s) => s.eId === r.eId)).map((r) => [r.eId, r.text]),
    );
    const label = rows.find((r) => r.eId === eId)?.label ?? '';
    const labelAt = label ? markdown.indexOf(label, cursor) : -1;
    const located = locateSegments(markdown, labelAt >= 0 ? labelAt : cursor, segments, texts);
    const placed = placeEdits(markdown, located, edits);
    if (!placed.ok) {
      problems.push({ eId, code: placed.code, amendmentIds: placed.ids });
      continue;
    }
    markdown = placed.markdown;
    cursor = Math.max(cursor, placed.end);
    changed.push(eId);
  }
  return { markdown, changed, problems };
}

interface Located {
  /** Offset of the clause text in the article's plain text. */
  at: number;
  length: number;
  /** Offset of the same text in the source, or -1 when the source does not hold it verbatim. */
  found: number;
}

/** Each clause text of the article in the source, in order, from `from` on. */
function locateSegments(
  markdown: string,
  from: number,
  segments: readonly { eId: string; at: number }[],
  texts: ReadonlyMap<string, string>,
): Located[] {
  let at = from;
  return segments.map((seg) => {
    const own = texts.get(seg.eId)!;
    const found = markdown.indexOf(own, at);
    if (found >= 0) at = found + own.length;
    return { at: seg.at, length: own.length, found };
  });
}

type Placed =
  | { ok: true; markdown: string; end: number }
  | { ok: false; code: 'crosses-clauses' | 'not-in-source'; ids: number[] };

const SPACE = /[\s\u3000]+/g;

/** The edits written into the source at the places `located` maps their ends to. */
function placeEdits(
  markdown: string,
  located: readonly Located[],
  edits: readonly Identified[],
): Placed {
  const segmentOf = (p: number) => located.findIndex((l) => p >= l.at && p <= l.at + l.length);
  const placed: { start: number; end: number; replacement: string }[] = [];
  const crossing: number[] = [];
  const missing: number[] = [];
  for (const e of edits) {
    // An insertion or an edit at a clause text's edge belongs to the clause it starts in.
    const first = segmentOf(e.start);
    const last = e.end === e.start ? first : segmentOf(e.end);
    if (first < 0 || last < 0) {
      crossing.push(e.id);
      continue;
    }
    const a = located[first]!;
    const z = located[last]!;
    if (located.slice(first, last + 1).some((l) => l.found < 0)) {
      missing.push(e.id);
      continue;
    }
    const start = a.found + (e.start - a.at);
    const end = z.found + (e.end - z.at);
    if (first === last) placed.push({ start, end, replacement: e.replacement });
    // Across clause texts: the source between the ends must be the quoted words themselves.
    else if (markdown.slice(start, end).replace(SPACE, '') !== e.original.replace(SPACE, ''))
      crossing.push(e.id);
    else placed.push({ start, end, replacement: e.replacement.replace(/\n+/g, '\n\n') });
  }
  if (crossing.length > 0) return { ok: false, code: 'crosses-clauses', ids: crossing };
  if (missing.length > 0) return { ok: false, code: 'not-in-source', ids: edits.map((e) => e.id) };
  let out = markdown;
  let end = Math.max(-1, ...located.map((l) => (l.found >= 0 ? l.found + l.length : -1)));
  // From the end backwards, so earlier offsets stay valid; the edits do not collide (checked).
  for (const p of [...placed].sort((x, y) => y.start - x.start || y.end - x.end)) {
    out = out.slice(0, p.start) + p.replacement + out.slice(p.end);
    if (p.start < end) end += p.replacement.length - (p.end - p.start);
  }
  return { ok: true, markdown: out, end: Math.max(0, end) };
}
