/**
 * Comparing two versions of a regulation: which article became which (alignment), and what
 * changed inside each pair (word-level diff). See align.ts for the algorithm and its limits.
 */
import {
  articlesOf,
  plainText,
  type ClauseNode,
  type ParsedDocument,
} from '../legislation/index.ts';
import type { DocumentLanguage } from '../legislation/types.ts';
import {
  firstPairs,
  lastPairs,
  linkByParagraphs,
  type Alignment,
  type ChangeType,
  type DoubtReason,
  type Unit,
} from './align.ts';
import { dropOtherDuties, pairByCitedSubject } from './align-citations.ts';
import { markDoubts } from './align-doubts.ts';
import { applyCorrections, correctionIndexes, type Correction } from './corrections.ts';
import { linkParagraphMoves } from './align-paragraph-moves.ts';
import { pairRedistributed } from './align-redistributed.ts';
import { TextCache } from './similarity.ts';

export type { ChangeType, DoubtReason, Unit } from './align.ts';
export type { Correction } from './corrections.ts';

/**
 * Aligns two lists of units (articles, or the paragraphs of changed articles): align.ts's steps,
 * with, in between, the penalty articles paired by the duty they enforce (before the paragraph
 * links, which would otherwise tie them by a stock clause), the moves of paragraphs between
 * paired articles and the leftovers shared out again among a group's neighbours; then, last,
 * the penalties paired with a penalty of another duty are undone (dropOtherDuties) and the staff
 * corrections applied, and, with `withDoubts`, the rows worth a second look are marked
 * (align-doubts.ts). Here, not in align.ts, because those modules build on align.ts's Matching
 * (no import cycle).
 */
export function alignUnits(
  oldUnits: Unit[],
  newUnits: Unit[],
  language: DocumentLanguage,
  cache: TextCache = new TextCache(language),
  corrections: readonly { from: number[]; to: number[] }[] = [],
  withDoubts = false,
): Alignment[] {
  const m = firstPairs(oldUnits, newUnits, cache);
  pairByCitedSubject(m);
  linkByParagraphs(m);
  linkParagraphMoves(m);
  pairRedistributed(m);
  const changes = lastPairs(m, (mm) => {
    dropOtherDuties(mm);
    if (corrections.length) applyCorrections(mm, corrections);
  });
  if (withDoubts) markDoubts(m, changes);
  return changes;
}
export { diffText, sides, type DiffPart } from './diff-text.ts';

export interface Change {
  type: ChangeType;
  from: string[];
  to: string[];
  similarity: number;
  moved: boolean;
  renumbered: boolean;
  /** Set by a staff correction (corrections.ts), not by the alignment. */
  corrected?: true;
  /**
   * Why the row deserves a second look, with the articles it may also take in (align-doubts.ts);
   * article rows only, never a corrected one.
   */
  doubt?: { reason: DoubtReason; from: string[]; to: string[] };
  /**
   * How the paragraphs (and items) correspond: for a modified pair, inside the article; for a
   * split, merge or many-to-many group, across all its articles, so a view can say which
   * paragraph of which old article became which paragraph of which new one.
   */
  children?: Change[];
}

export interface Comparison {
  changes: Change[];
  summary: Record<ChangeType | 'moved' | 'renumbered', number>;
  /** Staff corrections that name an article these versions do not have, ignored. */
  staleCorrections: Correction[];
}

/** A citable unit for alignment: its text without its own label, so renumbering is free. */
export function toUnit(node: ClauseNode): Unit {
  return { eId: node.eId, label: node.label, text: plainText(node), node };
}

function childUnits(node: ClauseNode): Unit[] {
  if (node.children.length === 0) return [{ eId: node.eId, label: '', text: node.text, node }];
  return node.children.map(toUnit);
}

function toChanges(alignments: Alignment[], oldUnits: Unit[], newUnits: Unit[]): Change[] {
  return alignments.map((a) => ({
    type: a.type,
    from: a.from.map((i) => oldUnits[i]!.eId),
    to: a.to.map((j) => newUnits[j]!.eId),
    similarity: a.similarity,
    moved: a.moved,
    renumbered: a.renumbered,
  }));
}

/**
 * The changes from one version to the next, with staff corrections (corrections.ts) applied to
 * the articles' correspondence; the paragraphs inside each row are aligned as usual.
 */
export function compareDocuments(
  oldDoc: ParsedDocument,
  newDoc: ParsedDocument,
  corrections: readonly Correction[] = [],
): Comparison {
  const language = newDoc.language;
  const oldUnits = articlesOf(oldDoc).map(toUnit);
  const newUnits = articlesOf(newDoc).map(toUnit);
  // One cache for all the alignments below: they see many of the same texts.
  const cache = new TextCache(language);
  const { usable, stale } = correctionIndexes(
    corrections,
    oldUnits.map((u) => u.eId),
    newUnits.map((u) => u.eId),
  );
  const alignments = alignUnits(oldUnits, newUnits, language, cache, usable, true);
  const changes = toChanges(alignments, oldUnits, newUnits);
  alignments.forEach((a, k) => {
    if (a.doubt)
      changes[k]!.doubt = {
        reason: a.doubt.reason,
        from: a.doubt.from.map((i) => oldUnits[i]!.eId),
        to: a.doubt.to.map((j) => newUnits[j]!.eId),
      };
  });
  const named = new Set(
    usable.flatMap((c) => [...c.from.map((i) => `o${i}`), ...c.to.map((j) => `n${j}`)]),
  );
  alignments.forEach((a, k) => {
    if (a.from.some((i) => named.has(`o${i}`)) || a.to.some((j) => named.has(`n${j}`))) {
      changes[k]!.corrected = true;
      delete changes[k]!.doubt;
    }
  });
  alignments.forEach((a, k) => {
    if (a.type !== 'modified' && a.type !== 'split' && a.type !== 'merged') return;
    const o = a.from.flatMap((i) => childUnits(oldUnits[i]!.node));
    const n = a.to.flatMap((j) => childUnits(newUnits[j]!.node));
    changes[k]!.children = toChanges(alignUnits(o, n, language, cache), o, n);
  });
  const summary: Comparison['summary'] = {
    unchanged: 0,
    modified: 0,
    inserted: 0,
    deleted: 0,
    split: 0,
    merged: 0,
    moved: 0,
    renumbered: 0,
  };
  for (const c of changes) {
    summary[c.type]++;
    if (c.moved) summary.moved++;
    if (c.renumbered) summary.renumbered++;
  }
  return { changes, summary, staleCorrections: stale };
}
