import { parseArgs } from 'node:util';
import type { ClauseNode } from '../../lib/legislation/index.ts';
import { readDraft } from '../read-draft.ts';
import type { CliIo } from '../main.ts';

const USAGE = 'Usage: openclause parse FILE.md [--json] [--language zh|en]\n';

/** `openclause parse FILE.md [--json]`: the clause tree of a draft, or its errors. */
export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, language: { type: 'string' } } });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  const language = parsed.values.language;
  if (!file || extra.length || (language !== undefined && language !== 'zh' && language !== 'en')) {
    io.stderr(USAGE);
    return 2;
  }
  const document = readDraft(file, io, language);
  if (typeof document === 'number') return document;
  if (parsed.values.json) {
    io.stdout(`${JSON.stringify({ title: document.title, language: document.language, preamble: document.preamble, nodes: document.nodes }, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${document.title}\n`);
  const print = (nodes: ClauseNode[], depth: number) => {
    for (const n of nodes) {
      const head = [n.label, n.heading].filter(Boolean).join(' ');
      const text = n.text.replace(/\s+/g, ' ');
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      io.stdout(`${'  '.repeat(depth)}${n.eId}  ${head}${head && shown ? '  ' : ''}${shown}\n`);
      print(n.children, depth + 1);
    }
  };
  print(document.nodes, 0);
  return 0;
}
