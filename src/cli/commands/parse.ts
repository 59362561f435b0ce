import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDraft, type ClauseNode } from '../../lib/legislation/index.ts';
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
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(`无法读取文件 Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  const result = parseDraft(source, { file, ...(language ? { language } : {}) });
  if (!result.ok) {
    for (const e of result.errors) io.stderr(`${e.file ?? file}:${e.line}: ${e.message}\n`);
    return 1;
  }
  for (const w of result.warnings) io.stderr(`${w.file ?? file}:${w.line}: warning: ${w.message}\n`);
  const { document } = result;
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
