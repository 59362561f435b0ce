/**
 * The next reading drafted from the decisions: the current version's Markdown source with each
 * accepted amendment written into it. Amendments are span edits of an article's plain text
 * (`clausePlainText`: the article's own text, then each paragraph and item as label + text);
 * each edit is mapped to the one clause text it falls in, that clause's text is found in the
 * source after the article's label, and replaced there. An edit that spans two clauses' texts
 * (a label between them), or a clause text that the source does not hold verbatim (hard
 * wrapped, marked up), is reported and left for staff to write by hand in the draft. Pure.
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
export function draftFromDecisions(source: string, rows: readonly ClausePiece[], accepted: ReadonlyMap<string, readonly Identified[]>): NextDraft {
  let markdown = bodyOf(source);
  const changed: string[] = [];
  const problems: DraftProblem[] = [];
  const order = new Map(rows.map((r, i) => [r.eId, i]));
  const articles = [...accepted.keys()].filter((e) => order.has(e)).sort((a, b) => order.get(a)! - order.get(b)!);
  let cursor = 0;
  for (const eId of articles) {
    const edits = accepted.get(eId)!;
    if (edits.length === 0) continue;
    const { text, segments } = clausePlainText(rows, eId);
    const whole = applyEdits(text, edits);
    if (!whole.ok) {
      problems.push({ eId, code: whole.reason, amendmentIds: whole.reason === 'stale' ? whole.ids : [...new Set(whole.pairs.flat())] });
      continue;
    }
    const texts = new Map(rows.filter((r) => segments.some((s) => s.eId === r.eId)).map((r) => [r.eId, r.text]));
    const bySegment = new Map<string, Identified[]>();
    const crossing: number[] = [];
    for (const e of edits) {
      const seg = segments.find((s) => e.start >= s.at && e.end <= s.at + texts.get(s.eId)!.length);
      if (!seg) crossing.push(e.id);
      else bySegment.set(seg.eId, [...(bySegment.get(seg.eId) ?? []), { ...e, start: e.start - seg.at, end: e.end - seg.at }]);
    }
    if (crossing.length > 0) {
      problems.push({ eId, code: 'crosses-clauses', amendmentIds: crossing });
      continue;
    }
    const label = rows.find((r) => r.eId === eId)?.label ?? '';
    const labelAt = label ? markdown.indexOf(label, cursor) : -1;
    let at = labelAt >= 0 ? labelAt : cursor;
    let next = markdown;
    let missing = false;
    for (const seg of segments) {
      const segEdits = bySegment.get(seg.eId);
      const own = texts.get(seg.eId)!;
      const found = next.indexOf(own, at);
      if (found < 0) {
        if (segEdits) missing = true;
        continue;
      }
      if (!segEdits) {
        at = found + own.length;
        continue;
      }
      const applied = applyEdits(own, segEdits);
      // Cannot fail: the same edits applied to the whole article text above.
      const replacement = applied.ok ? applied.text : own;
      next = next.slice(0, found) + replacement + next.slice(found + own.length);
      at = found + replacement.length;
    }
    if (missing) {
      problems.push({ eId, code: 'not-in-source', amendmentIds: edits.map((e) => e.id) });
      continue;
    }
    markdown = next;
    cursor = at;
    changed.push(eId);
  }
  return { markdown, changed, problems };
}
