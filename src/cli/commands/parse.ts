import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  articlesOf,
  parseDraft,
  type ClauseNode,
  type DocumentLanguage,
  type ParseError,
} from '../../lib/legislation/index.ts';
import { readDraft, readDraftSource } from '../read-draft.ts';
import type { CliIo } from '../io.ts';

export const USAGE =
  'Usage: openclause parse FILE [--json] [--language zh|en]\n' +
  '       openclause parse FILE… | FOLDER… [--jsonl] [--language zh|en]   (one JSON line per file)\n' +
  'FILE: Markdown or plain text (.md, .txt), or a Word document (.docx).\n';

/** One line of `--jsonl` output. */
export interface FileReport {
  file: string;
  ok: boolean;
  /** Citable units: articles, or the points of a decision; 0 when the text has errors. */
  articles: number;
  warnings: Omit<ParseError, 'file'>[];
  errors: Omit<ParseError, 'file'>[];
}

/**
 * `openclause parse FILE.md [--json]`: the clause tree of a draft, warnings on stderr.
 * With several files, a folder (its .md, .txt and .docx files, recursively) or `--jsonl`: one
 * JSON object per file on stdout; exit 1 if any file has errors. A .docx is converted as the
 * staff upload converts it; what the conversion says comes as warnings coded word-….
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        language: { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const targets = parsed.positionals;
  const language = parsed.values.language;
  if (targets.length === 0 || (language !== undefined && language !== 'zh' && language !== 'en')) {
    io.stderr(USAGE);
    return 2;
  }
  const many = parsed.values.jsonl || targets.length > 1 || targets.some(isDirectory);
  if (many) return runMany(targets, io, language);
  return runOne(targets[0] ?? '', io, Boolean(parsed.values.json), language);
}

function isDirectory(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** The files a target names: itself, or a folder's .md/.markdown/.txt/.docx files in name order. */
function filesOf(target: string): string[] {
  if (!isDirectory(target)) return [target];
  return fs
    .readdirSync(target, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|markdown|txt|docx)$/i.test(f) && !/(^|[\\/])~\$/.test(f))
    .sort()
    .map((f) => path.join(target, f))
    .filter((f) => !isDirectory(f));
}

async function runMany(targets: string[], io: CliIo, language?: DocumentLanguage): Promise<number> {
  let failed = false;
  for (const file of targets.flatMap(filesOf)) {
    const report = await reportFile(file, language);
    failed ||= !report.ok;
    io.stdout(`${JSON.stringify(report)}\n`);
  }
  return failed ? 1 : 0;
}

const withoutFile = ({ file: _file, ...rest }: ParseError) => rest;

export async function reportFile(file: string, language?: DocumentLanguage): Promise<FileReport> {
  const read = await readDraftSource(file);
  if (!read.ok)
    return {
      file,
      ok: false,
      articles: 0,
      warnings: [],
      errors: [{ code: read.code, message: read.message, line: 0 }],
    };
  const notes = read.notes.map((n) => ({ ...n, line: 0 }));
  const result = parseDraft(read.source, { file, ...(language ? { language } : {}) });
  if (!result.ok)
    return {
      file,
      ok: false,
      articles: 0,
      warnings: notes,
      errors: result.errors.map(withoutFile),
    };
  return {
    file,
    ok: true,
    articles: articlesOf(result.document).length,
    warnings: [...notes, ...result.warnings.map(withoutFile)],
    errors: [],
  };
}

async function runOne(
  file: string,
  io: CliIo,
  json: boolean,
  language?: DocumentLanguage,
): Promise<number> {
  const document = await readDraft(file, io, language);
  if (typeof document === 'number') return document;
  if (json) {
    io.stdout(
      `${JSON.stringify({ title: document.title, language: document.language, preamble: document.preamble, nodes: document.nodes }, null, 2)}\n`,
    );
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
