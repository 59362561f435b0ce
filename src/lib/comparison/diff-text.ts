/**
 * Word-level diff of two clause texts for readers: Intl.Segmenter words for Chinese, words and
 * spaces for English (`diffWordsWithSpace`), so whitespace-only edits are never lost. Chinese
 * goes through `diffArrays` over the segmenter's tokens rather than `diffWords` with its
 * `intlSegmenter` option: `diffWords` compares tokens with their surrounding whitespace trimmed
 * and returns the new text's spelling for unchanged runs, so `甲 乙` → `甲  乙` came out as one
 * unchanged part whose text is not the old text. The raw diff is then cleaned up so a reader sees whole phrases
 * changed rather than confetti: a short unchanged run squeezed between two changes is folded
 * into them (like diff-match-patch's semantic cleanup).
 *
 * Every call is bounded: jsdiff gets `maxEditLength` and `timeout`, and when it gives up
 * (it returns undefined) the result degrades to the whole old text deleted and the whole new
 * text inserted, flagged `replaced: true`, instead of hanging.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { DocumentLanguage } from '../legislation/types.ts';

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffPart {
  op: DiffOp;
  text: string;
}
export interface TextDiff {
  parts: DiffPart[];
  /** True when the diff gave up within its bounds and shows a whole replacement. */
  replaced: boolean;
}

export interface DiffOptions {
  /** Milliseconds before jsdiff gives up (default 200). */
  timeout?: number;
  /** Largest edit script jsdiff explores (default 2,000 tokens). */
  maxEditLength?: number;
}

const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function diffText(
  oldText: string,
  newText: string,
  language: DocumentLanguage,
  options: DiffOptions = {},
): TextDiff {
  if (oldText === newText)
    return { parts: oldText ? [{ op: 'equal', text: oldText }] : [], replaced: false };
  const bounds = { timeout: options.timeout ?? 200, maxEditLength: options.maxEditLength ?? 2000 };
  const raw =
    language === 'zh'
      ? diffArrays(words(oldText), words(newText), bounds)?.map((c) => ({
          ...c,
          value: c.value.join(''),
        }))
      : diffWordsWithSpace(oldText, newText, bounds);
  if (!raw) return { parts: replacement(oldText, newText), replaced: true };
  const parts = raw.map((c): DiffPart => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
  return { parts: cleanup(parts, language), replaced: false };
}

/** Segmenter tokens (words, punctuation, runs of space), which join back to the text. */
function words(text: string): string[] {
  return Array.from(zhSegmenter.segment(text), (s) => s.segment);
}

function replacement(oldText: string, newText: string): DiffPart[] {
  const parts: DiffPart[] = [];
  if (oldText) parts.push({ op: 'delete', text: oldText });
  if (newText) parts.push({ op: 'insert', text: newText });
  return parts;
}

/** How short an unchanged run between two changes must be to fold it into them. */
function isShortEqual(text: string, language: DocumentLanguage): boolean {
  if (language === 'zh') return [...text.replace(/\s/g, '')].length <= 2;
  return text.trim().split(/\s+/).filter(Boolean).length <= 1 && text.length <= 8;
}

/**
 * Folds short equal runs that sit between changes into a delete + insert, then merges
 * adjacent parts of the same kind, deletes before inserts.
 */
export function cleanup(parts: DiffPart[], language: DocumentLanguage): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const changedBefore = out.length > 0 && out.at(-1)!.op !== 'equal';
    const changedAfter =
      parts.slice(i + 1).find((q) => q.op !== 'equal') !== undefined &&
      parts[i + 1]?.op !== 'equal';
    if (p.op === 'equal' && changedBefore && changedAfter && isShortEqual(p.text, language)) {
      out.push({ op: 'delete', text: p.text }, { op: 'insert', text: p.text });
    } else {
      out.push({ ...p });
    }
  }
  // Regroup each run of changes as one deletion followed by one insertion.
  const grouped: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) grouped.push({ op: 'delete', text: del });
    if (ins) grouped.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  for (const p of out) {
    if (p.op === 'delete') del += p.text;
    else if (p.op === 'insert') ins += p.text;
    else {
      flush();
      const last = grouped.at(-1);
      if (last?.op === 'equal') last.text += p.text;
      else grouped.push({ ...p });
    }
  }
  flush();
  return grouped;
}

/** The old text (equal + delete parts) and the new text (equal + insert parts) of a diff. */
export function sides(parts: readonly DiffPart[]): { oldText: string; newText: string } {
  return {
    oldText: parts
      .filter((p) => p.op !== 'insert')
      .map((p) => p.text)
      .join(''),
    newText: parts
      .filter((p) => p.op !== 'delete')
      .map((p) => p.text)
      .join(''),
  };
}
