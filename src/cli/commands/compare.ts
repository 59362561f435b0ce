import { parseArgs } from 'node:util';
import { compareDocuments, type Change } from '../../lib/comparison/index.ts';
import { articlesOf, flatten, type ParsedDocument } from '../../lib/legislation/index.ts';
import { readDraft } from '../read-draft.ts';
import type { CliIo } from '../main.ts';

const USAGE = 'Usage: openclause compare OLD.md NEW.md [--json]\n';
const TYPE_ZH: Record<Change['type'], string> = {
  unchanged: '未改', modified: '修改', inserted: '新增', deleted: '删除', split: '拆分', merged: '合并',
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
    const doc = readDraft(file, io);
    if (typeof doc === 'number') return doc;
    docs.push(doc);
  }
  const [oldDoc, newDoc] = docs as [ParsedDocument, ParsedDocument];
  const { changes, summary } = compareDocuments(oldDoc, newDoc);
  if (parsed.values.json) {
    const plain = changes.map(({ type, from, to, similarity, moved, renumbered }) => ({ type, from, to, similarity, moved, renumbered }));
    io.stdout(`${JSON.stringify({ summary, changes: plain }, null, 2)}\n`);
    return 0;
  }
  const labels = (doc: ParsedDocument) => new Map(flatten(doc.nodes).map((n) => [n.eId, n.label || n.heading || n.eId]));
  const oldLabels = labels(oldDoc);
  const newLabels = labels(newDoc);
  const sep = newDoc.language === 'zh' ? '、' : ', ';
  io.stdout(
    `${articlesOf(oldDoc).length} → ${articlesOf(newDoc).length} articles: ${summary.unchanged} unchanged, ${summary.modified} modified, ` +
      `${summary.inserted} inserted, ${summary.deleted} deleted, ${summary.split} split, ${summary.merged} merged, ` +
      `${summary.moved} moved, ${summary.renumbered} renumbered\n`,
  );
  for (const c of changes) {
    if (c.type === 'unchanged' && !c.moved && !c.renumbered) continue;
    const from = c.from.map((e) => oldLabels.get(e)).join(sep) || '—';
    const to = c.to.map((e) => newLabels.get(e)).join(sep) || '—';
    const flags = [c.moved ? 'moved' : '', c.renumbered ? 'renumbered' : ''].filter(Boolean).join(', ');
    io.stdout(`${from} → ${to}  ${c.type} ${TYPE_ZH[c.type]}${c.similarity ? ` ${c.similarity.toFixed(2)}` : ''}${flags ? ` (${flags})` : ''}\n`);
  }
  return 0;
}
