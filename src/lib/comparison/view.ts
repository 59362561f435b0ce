/**
 * The comparison of two versions as rows ready to show: one row per change, with the old and
 * new text and their word-level diff. Shared by the side-by-side, redline and table views and
 * the spreadsheet and Word downloads, so they always agree.
 */
import { translator, type Translate } from '../i18n/index.ts';
import {
  articlesOf,
  flatten,
  plainText,
  type ClauseNode,
  type ParsedDocument,
} from '../legislation/index.ts';
import { formatChineseNumeral } from '../legislation/numerals.ts';
import {
  compareDocuments,
  type Change,
  type ChangeType,
  type Comparison,
  type Correction,
  type DoubtReason,
} from './index.ts';
import { diffText, type DiffPart } from './diff-text.ts';

/**
 * How the articles of a change correspond when it is not one to one, for the sentence a
 * 对照表 prints: "由第六条、第九条合并而成", "拆分为第十二条、第十三条".
 */
export interface Correspondence {
  kind: 'mergedFrom' | 'splitInto' | 'regrouped';
  oldLabels: string[];
  newLabels: string[];
}

/** One paragraph-level correspondence inside a change (see Change.children). */
export interface ParagraphRow {
  type: ChangeType;
  from: string[];
  to: string[];
  /** Citations in the document's language: "第三条第二款", "Sec. 4 (a)". */
  oldLabels: string[];
  newLabels: string[];
  parts: DiffPart[];
}

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
  correspondence: Correspondence | null;
  /** For splits, merges and rearrangements: which paragraph went where, each with its diff. */
  paragraphs: ParagraphRow[];
  /**
   * Why the row deserves a second look (align-doubts.ts), with the labels of the articles it may
   * also take in; null when it does not.
   */
  doubt: {
    reason: DoubtReason;
    oldLabels: string[];
    newLabels: string[];
  } | null;
}

/**
 * The version of the comparison method (alignment, diff, rows). Stored comparisons are keyed
 * by it (see comparison_views): raise it in any change that alters what buildComparisonView
 * returns for the same two texts, so no process serves a result of the old method.
 */
export const COMPARISON_ALGORITHM = 25;

export interface ComparisonView {
  rows: ComparisonRow[];
  summary: Comparison['summary'];
  /** Staff corrections that no longer fit these versions (see corrections.ts), ignored. */
  staleCorrections: Correction[];
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

/**
 * A text change, as "只显示有变化的条文" means it: an article only renumbered or moved with
 * its words intact is not one (#16), a punctuation edit is.
 */
export function isTextChange(row: { change: Pick<Change, 'type'> }): boolean {
  return row.change.type !== 'unchanged';
}

export function correspondenceOf(
  change: Change,
  oldLabels: string[],
  newLabels: string[],
): Correspondence | null {
  if (change.from.length > 1 && change.to.length > 1)
    return { kind: 'regrouped', oldLabels, newLabels };
  if (change.from.length > 1) return { kind: 'mergedFrom', oldLabels, newLabels };
  if (change.to.length > 1) return { kind: 'splitInto', oldLabels, newLabels };
  return null;
}

/**
 * The sentence for a correspondence. `t` is the reader's catalogue on a page, the document's
 * language in the files; `separator` joins labels the document's way (、 or , ).
 *
 * @example describeCorrespondence({ kind: 'mergedFrom', oldLabels: ['第六条', '第九条'], newLabels: ['第八条'] }, translator('zh'), '、') // '由第六条、第九条合并而成'
 */
export function describeCorrespondence(c: Correspondence, t: Translate, separator: string): string {
  const join = (labels: string[]) => labels.join(separator);
  if (c.kind === 'mergedFrom') return t('align.mergedFrom', { labels: join(c.oldLabels) });
  if (c.kind === 'splitInto') return t('align.splitInto', { labels: join(c.newLabels) });
  return t('align.regrouped', { from: join(c.oldLabels), to: join(c.newLabels) });
}

/** Citation of a paragraph (or item) eId under one of the articles: 第三条第二款. */
function citer(doc: ParsedDocument, articleLabel: (n: ClauseNode) => string) {
  const articles = articlesOf(doc);
  const byEId = new Map(flatten(doc.nodes).map((n) => [n.eId, n]));
  const t = translator(doc.language);
  return (eId: string): string => {
    const article = articles.find((a) => eId === a.eId || eId.startsWith(`${a.eId}__`));
    if (!article) return eId;
    const own = articleLabel(article);
    if (article.eId === eId) return own;
    const node = byEId.get(eId);
    if (node?.label) return `${own} ${node.label}`;
    const n = article.children.findIndex((c) => c.eId === eId) + 1;
    return n > 0
      ? t('align.paragraph', { article: own, zhNumber: formatChineseNumeral(n), number: n })
      : own;
  };
}

/**
 * The comparison of two documents as the pages show it. `computed` is compareDocuments' result
 * for the same documents and corrections when the caller has it already (publishing needs it for
 * the lineage too), so that it is not computed twice.
 */
export function buildComparisonView(
  oldDoc: ParsedDocument,
  newDoc: ParsedDocument,
  corrections: readonly Correction[] = [],
  computed: Comparison = compareDocuments(oldDoc, newDoc, corrections),
): ComparisonView {
  const { changes, summary, staleCorrections } = computed;
  const oldUnits = new Map(articlesOf(oldDoc).map((n) => [n.eId, n]));
  const newUnits = new Map(articlesOf(newDoc).map((n) => [n.eId, n]));
  const label = (n: ClauseNode | undefined) => (n ? n.label || n.heading || n.eId : '');
  const citeOld = citer(oldDoc, label);
  const citeNew = citer(newDoc, label);
  const byEIdOld = new Map(flatten(oldDoc.nodes).map((n) => [n.eId, n]));
  const byEIdNew = new Map(flatten(newDoc.nodes).map((n) => [n.eId, n]));
  const paragraphRows = (change: Change): ParagraphRow[] =>
    change.from.length > 1 || change.to.length > 1
      ? (change.children ?? []).map((p) => ({
          type: p.type,
          from: p.from,
          to: p.to,
          oldLabels: p.from.map(citeOld),
          newLabels: p.to.map(citeNew),
          parts: diffText(
            p.from.map((e) => unitText(byEIdOld.get(e)!)).join('\n'),
            p.to.map((e) => unitText(byEIdNew.get(e)!)).join('\n'),
            newDoc.language,
          ).parts,
        }))
      : [];
  const rows = changes.map((change): ComparisonRow => {
    const olds = change.from.map((e) => oldUnits.get(e));
    const news = change.to.map((e) => newUnits.get(e));
    const oldText = olds.map((n) => (n ? unitText(n) : '')).join('\n');
    const newText = news.map((n) => (n ? unitText(n) : '')).join('\n');
    const diff = diffText(oldText, newText, newDoc.language);
    const oldLabels = olds.map(label);
    const newLabels = news.map(label);
    return {
      key: changeKey(change),
      anchor: changeAnchor(change),
      change,
      oldLabels,
      newLabels,
      oldText,
      newText,
      parts: diff.parts,
      replaced: diff.replaced,
      correspondence: correspondenceOf(change, oldLabels, newLabels),
      paragraphs: paragraphRows(change),
      doubt: change.doubt
        ? {
            reason: change.doubt.reason,
            oldLabels: change.doubt.from.map((e) => label(oldUnits.get(e))),
            newLabels: change.doubt.to.map((e) => label(newUnits.get(e))),
          }
        : null,
    };
  });
  return { rows, summary, staleCorrections };
}

/**
 * An article's number from its eId (`chp_3__art_29` → 29, `art_10-1` for 第十条之一 → 10, 1),
 * or null for an unnumbered one.
 */
export function articleNumberOf(eId: string): { num: number; sub: number } | null {
  const m = /(?:^|__)(?:art|sec)_(\d+)(?:-(\d+))?$/.exec(eId);
  return m ? { num: Number(m[1]), sub: Number(m[2] ?? 0) } : null;
}

/** Article order from an eId; unnumbered last. */
function articleOrder(eId: string): number {
  const n = articleNumberOf(eId);
  return n ? n.num * 1000 + n.sub : Number.MAX_SAFE_INTEGER;
}

/**
 * The correction that "按建议校正" proposes for a doubtful row: the row, the articles its doubt
 * names, and the rows those articles are in now, as one row. Taking an article out of its row
 * alone would leave its old partner unpaired (and marked in turn): when part of the original
 * 第二十七条 went into this row, the rest of it still went to its own partner, so both rows are
 * one row of the 对照表 ("several old and several new articles form one row when their contents
 * interleave"). Labels in article order; null when the row has no doubt.
 * @example
 * // row 第四十七条 → 第二十九条, doubt: part of 第二十七条 (now → 第二十七条) came here
 * suggestedCorrection(view.rows, row) // { oldLabels: ['第二十七条', '第四十七条'], newLabels: ['第二十七条', '第二十九条'] }
 */
export function suggestedCorrection(
  rows: readonly ComparisonRow[],
  row: ComparisonRow,
): { oldLabels: string[]; newLabels: string[] } | null {
  const doubt = row.change.doubt;
  if (!doubt) return null;
  const olds = new Set([...row.change.from, ...doubt.from]);
  const news = new Set([...row.change.to, ...doubt.to]);
  for (const other of rows) {
    if (
      other.change.from.some((e) => doubt.from.includes(e)) ||
      other.change.to.some((e) => doubt.to.includes(e))
    ) {
      for (const e of other.change.from) olds.add(e);
      for (const e of other.change.to) news.add(e);
    }
  }
  const oldLabel = new Map<string, string>();
  const newLabel = new Map<string, string>();
  for (const r of rows) {
    r.change.from.forEach((e, k) => oldLabel.set(e, r.oldLabels[k] ?? e));
    r.change.to.forEach((e, k) => newLabel.set(e, r.newLabels[k] ?? e));
  }
  const labels = (ids: Set<string>, names: Map<string, string>) =>
    [...ids].sort((x, y) => articleOrder(x) - articleOrder(y)).map((e) => names.get(e) ?? e);
  return { oldLabels: labels(olds, oldLabel), newLabels: labels(news, newLabel) };
}

export { diffHtml } from './diff-html.ts';
