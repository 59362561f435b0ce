/**
 * Small hand-written drafts for the comparison tests: parse one, write one, find a change.
 */
import type { Change } from '../../src/lib/comparison/index.ts';
import { parseDraft, type ParsedDocument } from '../../src/lib/legislation/index.ts';

/** The parsed draft; a test's draft is meant to parse, so an error throws. */
export function doc(source: string): ParsedDocument {
  const r = parseDraft(source);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.document;
}

/**
 * A Chinese draft of articles 第一条 to 第十条; an article given as an array is those paragraphs.
 *
 * @example zhDraft(['甲。', ['乙。', '丙。']]) // '# 条例\n\n第一条 甲。\n\n第二条 乙。\n\n丙。\n'
 */
export function zhDraft(articles: readonly (string | readonly string[])[]): string {
  const body = articles
    .map((a, i) => `第${'一二三四五六七八九十'[i]}条 ${[a].flat().join('\n\n')}`)
    .join('\n\n');
  return `# 条例\n\n${body}\n`;
}

/** The change that holds old unit `eId`. */
export function changeFrom(changes: readonly Change[], eId: string): Change | undefined {
  return changes.find((c) => c.from.includes(eId));
}
