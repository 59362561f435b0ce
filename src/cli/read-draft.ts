/** Reads and parses a draft for a CLI command, reporting problems the CLI way. */
import fs from 'node:fs';
import {
  parseDraft,
  type DocumentLanguage,
  type ParsedDocument,
} from '../lib/legislation/index.ts';
import type { CliIo } from './io.ts';

/** The parsed document, or the exit code: 2 when the file cannot be read, 1 on parse errors. */
export function readDraft(
  file: string,
  io: CliIo,
  language?: DocumentLanguage,
): ParsedDocument | 1 | 2 {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(
      `无法读取文件 Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
    );
    return 2;
  }
  const result = parseDraft(source, { file, ...(language ? { language } : {}) });
  if (!result.ok) {
    for (const e of result.errors) io.stderr(`${e.file ?? file}:${e.line}: ${e.message}\n`);
    return 1;
  }
  for (const w of result.warnings)
    io.stderr(`${w.file ?? file}:${w.line}: warning: ${w.message}\n`);
  return result.document;
}
