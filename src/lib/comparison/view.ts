/**
 * The comparison of two versions as rows ready to show: one row per change, with the old and
 * new text and their word-level diff. Shared by the side-by-side, redline and table views and
 * the spreadsheet and Word downloads, so they always agree.
 */
import { articlesOf, plainText, type ClauseNode, type ParsedDocument } from '../legislation/index.ts';
import { compareDocuments, type Change, type Comparison } from './index.ts';
import { diffText, type DiffPart } from './diff-text.ts';

export interface ComparisonRow {
  /** Stable key of the change, used as its permalink anchor and for staff notes. */
  key: string;
  anchor: string;
  change: Change;
  oldLabels: string[];
  newLabels: string[];
  oldText: string;
  newText: string;
  parts: DiffPart[];
  replaced: boolean;
}

export interface ComparisonView {
  rows: ComparisonRow[];
  summary: Comparison['summary'];
}

/** @example changeKey({ from: ['art_12'], to: ['art_13', 'art_14'] }) // 'art_12>art_13+art_14' */
export function changeKey(change: Pick<Change, 'from' | 'to'>): string {
  return `${change.from.join('+')}>${change.to.join('+')}`;
}

/** An HTML id derived from the change key (ids may not contain `>` or `+` comfortably). */
export function changeAnchor(change: Pick<Change, 'from' | 'to'>): string {
  return `change-${change.from.join('.') || 'none'}--${change.to.join('.') || 'none'}`;
}

const unitText = (n: ClauseNode) => plainText(n);

export function buildComparisonView(oldDoc: ParsedDocument, newDoc: ParsedDocument): ComparisonView {
  const { changes, summary } = compareDocuments(oldDoc, newDoc);
  const oldUnits = new Map(articlesOf(oldDoc).map((n) => [n.eId, n]));
  const newUnits = new Map(articlesOf(newDoc).map((n) => [n.eId, n]));
  const label = (n: ClauseNode | undefined) => (n ? n.label || n.heading || n.eId : '');
  const rows = changes.map((change): ComparisonRow => {
    const olds = change.from.map((e) => oldUnits.get(e));
    const news = change.to.map((e) => newUnits.get(e));
    const oldText = olds.map((n) => (n ? unitText(n) : '')).join('\n');
    const newText = news.map((n) => (n ? unitText(n) : '')).join('\n');
    const diff = diffText(oldText, newText, newDoc.language);
    return {
      key: changeKey(change),
      anchor: changeAnchor(change),
      change,
      oldLabels: olds.map(label),
      newLabels: news.map(label),
      oldText,
      newText,
      parts: diff.parts,
      replaced: diff.replaced,
    };
  });
  return { rows, summary };
}

export { diffHtml } from './diff-html.ts';
