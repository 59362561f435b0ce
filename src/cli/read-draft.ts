/** Reads and parses a draft for a CLI command, reporting problems the CLI way. */
import fs from 'node:fs';
import { looksLikeZip } from '../lib/imports/zip.ts';
import { translator } from '../lib/i18n/index.ts';
import {
  parseDraft,
  type DocumentLanguage,
  type ParsedDocument,
} from '../lib/legislation/index.ts';
import type { CliIo } from './io.ts';

/** The draft's source text, with what the Word conversion has to say, or why it can't be read. */
export type DraftSource =
  | { ok: true; source: string; notes: { code: string; message: string }[] }
  | { ok: false; code: string; message: string };

const zh = translator('zh');
const en = translator('en');

/**
 * A draft file's text: Markdown or plain text as it is, a Word document (.docx, by its zip
 * signature, whatever its name) converted as the staff upload converts it, its numbering
 * written in.
 */
export async function readDraftSource(file: string): Promise<DraftSource> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return {
      ok: false,
      code: 'unreadable',
      message: `无法读取文件（${code}）。Cannot read the file (${code}).`,
    };
  }
  if (!looksLikeZip(bytes) && !/\.docx$/i.test(file))
    return { ok: true, source: bytes.toString('utf8'), notes: [] };
  // Loaded only for a Word file: mammoth is most of a plain parse's start-up otherwise.
  const { readWordDraft } = await import('../lib/versions/word.ts');
  const word = await readWordDraft(bytes);
  if (!word.ok) {
    const key = `word.refused.${word.reason}` as const;
    return { ok: false, code: `word-${word.reason}`, message: `${zh(key)}${en(key)}` };
  }
  return {
    ok: true,
    source: word.markdown,
    notes: word.notes.map((n) => {
      const key = `word.note.${n.code}` as const;
      return {
        code: `word-${n.code}`,
        message: `${zh(key, { count: n.count })}${en(key, { count: n.count })}`,
      };
    }),
  };
}

/** The parsed document, or the exit code: 2 when the file cannot be read, 1 on parse errors. */
export async function readDraft(
  file: string,
  io: CliIo,
  language?: DocumentLanguage,
): Promise<ParsedDocument | 1 | 2> {
  const read = await readDraftSource(file);
  if (!read.ok) {
    io.stderr(`${file}: ${read.message}\n`);
    return 2;
  }
  for (const n of read.notes) io.stderr(`${file}: note: ${n.message}\n`);
  const result = parseDraft(read.source, { file, ...(language ? { language } : {}) });
  if (!result.ok) {
    for (const e of result.errors) io.stderr(`${e.file ?? file}:${e.line}: ${e.message}\n`);
    return 1;
  }
  for (const w of result.warnings)
    io.stderr(`${w.file ?? file}:${w.line}: warning: ${w.message}\n`);
  return result.document;
}
