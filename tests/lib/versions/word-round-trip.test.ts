/**
 * The .docx round trip (issue #19): a version downloaded as Word (our exporter) and uploaded
 * back gives the same tree: every node's kind, eId, label, heading and text, the title and the
 * preamble. Run on the real texts of tests/fixtures/corpus, Chinese and English, and on the
 * sample content's English draft (content/regulations/open-data).
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  articlesOf,
  parseDraft,
  type ClauseNode,
  type ParsedDocument,
} from '../../../src/lib/legislation/index.ts';
import { versionDocx } from '../../../src/lib/regulations/version-docx.ts';
import { readWordDraft } from '../../../src/lib/versions/word.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../fixtures/corpus');
const OPEN_DATA = path.resolve(
  import.meta.dirname,
  '../../../content/regulations/open-data/versions/01-consultation-draft.md',
);
const texts = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');
const files = texts.filter((f) => !f.startsWith('us-'));
const english = texts.filter((f) => f.startsWith('us-'));

interface Shape {
  kind: string;
  eId: string;
  label: string;
  heading: string;
  text: string;
  children: Shape[];
}
const shape = (n: ClauseNode): Shape => ({
  kind: n.kind,
  eId: n.eId,
  label: n.label,
  heading: n.heading,
  text: n.text,
  children: n.children.map(shape),
});

function parse(source: string, language: 'zh' | 'en'): ParsedDocument {
  const parsed = parseDraft(source, { file: null, language });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return parsed.document;
}

const exported = (document: ParsedDocument) =>
  versionDocx(document.nodes, {
    title: document.title,
    subtitle: '一审稿 · 2026年11月1日',
    language: document.language,
    preamble: document.preamble,
  });

async function readBack(docx: Uint8Array, language: 'zh' | 'en'): Promise<ParsedDocument> {
  const read = await readWordDraft(docx);
  if (!read.ok) throw new Error(read.reason);
  return parse(read.markdown, language);
}

async function roundTrip(document: ParsedDocument): Promise<ParsedDocument> {
  return readBack(await exported(document), document.language);
}

describe('.docx round trip on the real corpus', () => {
  it.each(files)('%s gives the same title, preamble and tree', async (file) => {
    const original = parse(fs.readFileSync(path.join(CORPUS, file), 'utf8'), 'zh');
    const back = await roundTrip(original);
    expect(back.title).toBe(original.title);
    expect(back.preamble).toEqual(original.preamble);
    expect(back.nodes.map(shape)).toEqual(original.nodes.map(shape));
  });
});

describe('.docx round trip of English bills', () => {
  it.each([...english.map((f) => path.join(CORPUS, f)), OPEN_DATA])(
    '%s gives the same title, preamble and tree',
    async (file) => {
      const original = parse(fs.readFileSync(file, 'utf8'), 'en');
      const back = await roundTrip(original);
      expect(back.title).toBe(original.title);
      expect(back.preamble).toEqual(original.preamble);
      expect(back.nodes.map(shape)).toEqual(original.nodes.map(shape));
    },
  );

  it('prints a section heading on its own line and the enacting formula after the recitals', async () => {
    const original = parse(fs.readFileSync(OPEN_DATA, 'utf8'), 'en');
    const read = await readWordDraft(await exported(original));
    if (!read.ok) throw new Error(read.reason);
    const lines = read.markdown.split('\n\n');
    expect(lines).toContain('#### SEC. 1. SHORT TITLE.');
    const formula = lines.findIndex((l) => l.startsWith('Be it enacted'));
    expect(lines.findLastIndex((l) => l.startsWith('Whereas'))).toBeLessThan(formula);
  });
});

describe('.docx edited in Word and uploaded back', () => {
  it('keeps the eIds and text of every unchanged section of an English draft and reads the edited one', async () => {
    const original = parse(fs.readFileSync(OPEN_DATA, 'utf8'), 'en');
    const zip = await JSZip.loadAsync(await exported(original));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The drafter shortens the answer time of the right to request (section 11), as in Word.
    const edited = xml.replace('within fifteen working days', 'within ten working days');
    expect(edited).not.toBe(xml);
    zip.file('word/document.xml', edited);
    const back = await readBack(await zip.generateAsync({ type: 'uint8array' }), 'en');
    const flat = (nodes: readonly ClauseNode[]): ClauseNode[] =>
      nodes.flatMap((n) => [n, ...flat(n.children)]);
    const before = new Map(flat(original.nodes).map((n) => [n.eId, n]));
    const after = flat(back.nodes);
    expect(after.map((n) => n.eId)).toEqual([...before.keys()]);
    const changed = after.filter((n) => n.text !== before.get(n.eId)!.text);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.eId).toMatch(/^sec_11__/);
    expect(changed[0]!.text).toContain('within ten working days');
  });

  it('keeps the eIds and text of every unchanged article and reads the edited one', async () => {
    const original = parse(fs.readFileSync(path.join(CORPUS, 'lifa-fa--2015.md'), 'utf8'), 'zh');
    const zip = await JSZip.loadAsync(await exported(original));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The drafter rewrites part of 第四条 and adds a tracked-change-free sentence, as in Word.
    const edited = xml.replace('从国家整体利益出发，', '从国家整体利益和人民群众长远利益出发，');
    expect(edited).not.toBe(xml);
    zip.file('word/document.xml', edited);
    const back = await readBack(await zip.generateAsync({ type: 'uint8array' }), 'zh');
    const before = new Map(articlesOf(original).map((a) => [a.eId, a]));
    const after = articlesOf(back);
    expect(after.map((a) => a.eId)).toEqual([...before.keys()]);
    const changed = after.filter(
      (a) => JSON.stringify(shape(a)) !== JSON.stringify(shape(before.get(a.eId)!)),
    );
    expect(changed.map((a) => a.label)).toEqual(['第四条']);
    expect(changed[0]!.text).toContain('从国家整体利益和人民群众长远利益出发');
  });
});
