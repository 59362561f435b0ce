import { parseArgs } from 'node:util';
import { compareDocuments, type Change, type Comparison } from '../../lib/comparison/index.ts';
import type { DocumentLanguage } from '../../lib/legislation/types.ts';
import { articlesOf, flatten, type ParsedDocument } from '../../lib/legislation/index.ts';
import { readDraft } from '../read-draft.ts';
import type { CliIo } from '../io.ts';

export const USAGE = 'Usage: openclause compare OLD.md NEW.md [--json]\n';
const TYPE_ZH: Record<Change['type'], string> = {
  unchanged: '未改',
  modified: '修改',
  inserted: '新增',
  deleted: '删除',
  split: '拆分',
  merged: '合并',
};

/** `openclause compare OLD.md NEW.md [--json]`: article-level correspondence of two versions. */
export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const files = parsed.positionals;
  if (files.length !== 2) {
    io.stderr(USAGE);
    return 2;
  }
  const docs: ParsedDocument[] = [];
  for (const file of files) {
    const doc = await readDraft(file, io);
    if (typeof doc === 'number') return doc;
    docs.push(doc);
  }
  const [oldDoc, newDoc] = docs as [ParsedDocument, ParsedDocument];
  const { changes, summary } = compareDocuments(oldDoc, newDoc);
  if (parsed.values.json) {
    const plain = changes.map(({ type, from, to, similarity, moved, renumbered }) => ({
      type,
      from,
      to,
      similarity,
      moved,
      renumbered,
    }));
    io.stdout(`${JSON.stringify({ summary, changes: plain }, null, 2)}\n`);
    return 0;
  }
  const labels = (doc: ParsedDocument) =>
    new Map(flatten(doc.nodes).map((n) => [n.eId, n.label || n.heading || n.eId]));
  const oldLabels = labels(oldDoc);
  const newLabels = labels(newDoc);
  const sep = newDoc.language === 'zh' ? '、' : ', ';
  io.stdout(
    summaryLine(articlesOf(oldDoc).length, articlesOf(newDoc).length, summary, newDoc.language),
  );
  for (const c of changes) {
    if (c.type === 'unchanged' && !c.moved && !c.renumbered) continue;
    const from = c.from.map((e) => oldLabels.get(e)).join(sep) || '—';
    const to = c.to.map((e) => newLabels.get(e)).join(sep) || '—';
    const flags = [c.moved ? 'moved 移动' : '', c.renumbered ? 'renumbered 重新编号' : '']
      .filter(Boolean)
      .join(', ');
    io.stdout(
      `${from} → ${to}  ${c.type} ${TYPE_ZH[c.type]}${c.similarity ? ` ${c.similarity.toFixed(2)}` : ''}${flags ? ` (${flags})` : ''}\n`,
    );
  }
  return 0;
}

/** The count line, in the document's language (Chinese drafts get Chinese). */
export function summaryLine(
  oldCount: number,
  newCount: number,
  s: Comparison['summary'],
  language: DocumentLanguage,
): string {
  if (language === 'zh') {
    return (
      `${oldCount} → ${newCount} 条：未改 ${s.unchanged}，修改 ${s.modified}，新增 ${s.inserted}，删除 ${s.deleted}，` +
      `拆分 ${s.split}，合并 ${s.merged}；其中移动 ${s.moved}，重新编号 ${s.renumbered}\n`
    );
  }
  return (
    `${oldCount} → ${newCount} articles: ${s.unchanged} unchanged, ${s.modified} modified, ${s.inserted} inserted, ` +
    `${s.deleted} deleted, ${s.split} split, ${s.merged} merged; of these, ${s.moved} moved, ${s.renumbered} renumbered\n`
  );
}
