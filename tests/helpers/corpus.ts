/**
 * The real laws, bills and public comments the tests read, kept in the repository under
 * tests/fixtures/corpus/ (SOURCES.md there says where each file came from).
 */
import fs from 'node:fs';
import path from 'node:path';

export const corpusDir = path.resolve(import.meta.dirname, '../fixtures/corpus');

/** The path of one corpus file, e.g. `corpusPath('lifa-fa--2023.md')`. */
export function corpusPath(name: string): string {
  return path.join(corpusDir, name);
}

/** The text of one corpus file (UTF-8). */
export function readCorpus(name: string): string {
  return fs.readFileSync(corpusPath(name), 'utf8');
}

/** The names of every legislative text in the corpus (the Markdown files but SOURCES.md). */
export function corpusTexts(): string[] {
  return fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
    .sort();
}
