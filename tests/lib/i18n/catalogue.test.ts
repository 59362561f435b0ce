import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/lib/i18n/messages.ts';
import { label, translator } from '../../../src/lib/i18n/index.ts';

const root = join(import.meta.dirname, '../../..');
const areasDir = join(root, 'src/lib/i18n/areas');

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
  it('has a non-empty Chinese and English text for every key, areas included', async () => {
    const areaKeys: string[] = [];
    for (const file of readdirSync(areasDir)) {
      const module = (await import(join(areasDir, file))) as Record<
        string,
        Record<string, { zh: string; en: string }>
      >;
      for (const area of Object.values(module)) areaKeys.push(...Object.keys(area));
    }
    expect(areaKeys.length).toBeGreaterThan(100);
    for (const key of areaKeys) expect(Object.hasOwn(messages, key), key).toBe(true);
    for (const [key, text] of Object.entries(messages)) {
      expect(text.zh.trim(), `${key} zh`).not.toBe('');
      expect(text.en.trim(), `${key} en`).not.toBe('');
    }
  });

  it('never lets one area silently replace another area’s key', async () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of readdirSync(areasDir)) {
      const module = (await import(join(areasDir, file))) as Record<
        string,
        Record<string, unknown>
      >;
      for (const area of Object.values(module)) {
        for (const key of Object.keys(area)) {
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

  it('names a stored code through its group, and shows an unknown code as it is', () => {
    const t = translator('en');
    expect(label(t, 'disposition', 'adopted')).toBe('Adopted');
    expect(label(translator('zh'), 'stage', 'review')).toBe('审议');
    expect(label(t, 'disposition', 'withdrawn')).toBe('withdrawn');
  });
});
