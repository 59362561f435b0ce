/**
 * A diff as HTML with <ins>/<del> and escaped text. Its own module, free of the parser and the
 * aligner, so that a browser script can render exactly what the server renders.
 */
import { escapeHtml } from '../html/escape.ts';
import type { DiffPart } from './diff-text.ts';

/** HTML of one side (or both, for redline) of a diff, with <ins>/<del> and escaped text. */
export function diffHtml(parts: readonly DiffPart[], show: 'old' | 'new' | 'both'): string {
  return parts
    .map((p) => {
      const text = escapeHtml(p.text).replace(/\n/g, '<br>');
      if (p.op === 'equal') return text;
      if (p.op === 'delete') return show === 'new' ? '' : `<del>${text}</del>`;
      return show === 'old' ? '' : `<ins>${text}</ins>`;
    })
    .join('');
}
