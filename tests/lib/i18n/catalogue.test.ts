import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/lib/i18n/messages.ts';
import { label, translator } from '../../../src/lib/i18n/index.ts';

const root = join(import.meta.dirname, '../../..');
const i18nDir = join(root, 'src/lib/i18n');
/** The catalogue's files: one per page, component or layout, and the shared concerns. */
const catalogueFiles = ['pages', 'components', 'layouts', 'shared'].flatMap((dir) =>
  readdirSync(join(i18nDir, dir)).map((file) => join(dir, file)),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(ts|astro)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe('the interface catalogue', () => {
  it('has a non-empty Chinese and English text for every key, and merges every file', async () => {
    const fileKeys: string[] = [];
    for (const file of catalogueFiles) {
      const module = (await import(join(i18nDir, file))) as Record<
        string,
        Record<string, { zh: string; en: string }>
      >;
      for (const part of Object.values(module)) fileKeys.push(...Object.keys(part));
    }
    expect(fileKeys.length).toBeGreaterThan(1000);
    for (const key of fileKeys) expect(Object.hasOwn(messages, key), key).toBe(true);
    // Every key of the catalogue comes from one of the files: none is defined in messages.ts.
    expect(new Set(fileKeys).size).toBe(Object.keys(messages).length);
    for (const [key, text] of Object.entries(messages)) {
      expect(text.zh.trim(), `${key} zh`).not.toBe('');
      expect(text.en.trim(), `${key} en`).not.toBe('');
    }
  });

  it('defines each key in one file only, so that no file silently replaces another’s key', async () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of catalogueFiles) {
      const module = (await import(join(i18nDir, file))) as Record<string, Record<string, unknown>>;
      for (const part of Object.values(module)) {
        for (const key of Object.keys(part)) {
          if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${file}`);
          seen.set(key, file);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('holds every key that src/ names literally in t(…) or as a group in label(t, …)', () => {
    const missing: string[] = [];
    const groups = new Set(Object.keys(messages).map((k) => k.slice(0, k.lastIndexOf('.'))));
    for (const file of sourceFiles(join(root, 'src'))) {
      if (file.includes('/i18n/')) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([\w.-]+)'/g))
        if (!Object.hasOwn(messages, m[1]!)) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/\blabel\(t, '([\w.-]+)'/g))
        if (!groups.has(m[1]!)) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });

  it('puts no Chinese punctuation between words of the interface in a page, so the English page has none', () => {
    // "Dashboard：物业管理条例（一审稿…）", "Held（spam）", "Adopted：…" came from a literal ：, （）
    // or 、 in a page; common.colon, common.listSep and common.withParenthesis say them in each
    // language. A line that marks its text with lang= quotes content in its own language, and a
    // component for one language (privacy/zh.astro) is written in it.
    const literal = /[\u3000-\u303f\uff00-\uffef]/;
    const found: string[] = [];
    for (const dir of ['pages', 'components', 'layouts']) {
      for (const file of sourceFiles(join(root, 'src', dir))) {
        if (file.endsWith('/zh.astro')) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (/^\s*(\*|\/\/|\/\*|<!--)/.test(line) || line.includes('lang=')) return;
            if (literal.test(line)) found.push(`${file.slice(root.length + 1)}:${i + 1}`);
          });
      }
    }
    expect(found).toEqual([]);
  });

  it('names a stored code through its group, and shows an unknown code as it is', () => {
    const t = translator('en');
    expect(label(t, 'disposition', 'adopted')).toBe('Adopted');
    expect(label(translator('zh'), 'stage', 'review')).toBe('审议');
    expect(label(t, 'disposition', 'withdrawn')).toBe('withdrawn');
  });
});
