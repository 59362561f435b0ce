/**
 * Akoma Ntoso 3.0 export: the structural rules listed in src/lib/legislation/akoma-ntoso.ts,
 * checked on a small XML reader (well-formedness, element order, eIds equal to the tree's).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AKN_NAMESPACE,
  flatten,
  parseDraft,
  toAkomaNtoso,
  type AknMeta,
  type ParsedDocument,
} from '../../../src/lib/legislation/index.ts';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** A strict reader for the XML this module writes: throws on any unbalanced or stray tag. */
function readXml(xml: string): El {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(body))) {
    consumed = token.lastIndex;
    const [, close, name, attrText, selfClose, text] = m;
    const top = stack.at(-1)!;
    if (text !== undefined) {
      if (/[<>]/.test(text) || /&(?!amp;|lt;|gt;|quot;)/.test(text))
        throw new Error(`bad text ${text}`);
      top.text += text.trim();
      continue;
    }
    if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs = Object.fromEntries(
      [...(attrText ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]),
    );
    const el: El = { name: name!, attrs, children: [], text: '' };
    top.children.push(el);
    if (!selfClose) stack.push(el);
  }
  if (consumed !== body.length || stack.length !== 1 || root.children.length !== 1)
    throw new Error('not well-formed');
  return root.children[0]!;
}

const walk = (el: El): El[] => [el, ...el.children.flatMap(walk)];
const HIERARCHY = new Set([
  'part',
  'subpart',
  'chapter',
  'section',
  'article',
  'paragraph',
  'point',
  'title',
  'subsection',
  'subparagraph',
  'clause',
  'subclause',
  'hcontainer',
  'recital',
]);
const meta: AknMeta = {
  country: 'cn',
  work: 'sample',
  version: 'first-reading',
  date: '2026-08-20',
  author: '#linjiang-npcsc',
  type: 'bill',
};

function load(file: string): ParsedDocument {
  const r = parseDraft(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures', file), 'utf8'),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.document;
}

function expectStructure(document: ParsedDocument) {
  const root = readXml(toAkomaNtoso(document, meta));
  // Rule 1: the root, its namespace, one document.
  expect(root).toMatchObject({ name: 'akomaNtoso', attrs: { xmlns: AKN_NAMESPACE } });
  expect(root.children.map((c) => c.name)).toEqual(['bill']);
  const doc = root.children[0]!;
  // Rule 2: FRBR identification.
  const identification = walk(doc).find((e) => e.name === 'identification')!;
  expect(identification.children.map((c) => c.name)).toEqual([
    'FRBRWork',
    'FRBRExpression',
    'FRBRManifestation',
  ]);
  for (const level of identification.children) {
    expect(level.children.map((c) => c.name)).toEqual(
      expect.arrayContaining(['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor']),
    );
  }
  expect(walk(identification).find((e) => e.name === 'FRBRlanguage')?.attrs['language']).toBe(
    document.language === 'zh' ? 'zho' : 'eng',
  );
  // Rule 3: each hierarchy element is num?, heading?, then content, or intro? and children.
  for (const el of walk(doc).filter((e) => HIERARCHY.has(e.name))) {
    const names = el.children.map((c) => c.name);
    expect(names.join(' ')).toMatch(/^(num )?(heading )?(content|(intro )?([a-z]+ ?)+)$/);
    expect(names.includes('content')).toBe(!names.some((n) => HIERARCHY.has(n)));
  }
  // Rule 4: the eIds are exactly the tree's, each once.
  const eIds = walk(doc)
    .filter((e) => e.attrs['eId'])
    .map((e) => e.attrs['eId']);
  expect(new Set(eIds)).toEqual(new Set(flatten(document.nodes).map((n) => n.eId)));
  expect(new Set(eIds).size).toBe(eIds.length);
  // Rule 4, annexes: an attachment stands only in attachments, which hold nothing else, and an
  // annex's doc is its mainBody, then the attachments of its own annexes.
  const pairs = (el: El): [El, El][] =>
    el.children.flatMap((c) => [[el, c] as [El, El], ...pairs(c)]);
  for (const [parent, child] of pairs(doc))
    if (child.name === 'attachment') expect(parent.name).toBe('attachments');
  for (const el of walk(doc).filter((e) => e.name === 'attachments'))
    expect(el.children.every((c) => c.name === 'attachment')).toBe(true);
  for (const el of walk(doc).filter((e) => e.name === 'doc'))
    expect(el.children.map((c) => c.name).join(' ')).toMatch(/^mainBody( attachments)?$/);
  return doc;
}

describe('Akoma Ntoso export', () => {
  it('writes chapters, sections, articles, paragraphs and points with the tree’s eIds', () => {
    const doc = expectStructure(load('parse/zh-sections-points/input.md'));
    const articles = walk(doc).filter((e) => e.name === 'article');
    expect(articles.length).toBeGreaterThan(0);
    expect(articles[0]!.children[0]).toMatchObject({ name: 'num' });
  });

  it('escapes text and keeps every line of a node as a paragraph', () => {
    const r = parseDraft('# 条例 <草案> & 说明\n\n第一条 甲 < 乙 & 丙 "丁"。\n');
    const xml = toAkomaNtoso(r.ok ? r.document : (null as never), meta);
    expect(xml).toContain('<longTitle><p>条例 &lt;草案&gt; &amp; 说明</p></longTitle>');
    expect(xml).toContain('<p>甲 &lt; 乙 &amp; 丙 &quot;丁&quot;。</p>');
    readXml(xml);
  });

  it('puts annexes into attachments and recitals into the preamble', () => {
    const annexDoc = expectStructure(load('parse/zh-annex/input.md'));
    const attachment = walk(annexDoc).find((e) => e.name === 'attachment');
    expect(attachment?.attrs['eId']).toBe('annex_1');
    expect(
      walk(annexDoc)
        .find((e) => e.name === 'body')!
        .children.every((c) => c.name === 'article'),
    ).toBe(true);
    const recitalDoc = expectStructure(load('parse/en-recitals/input.md'));
    const preamble = walk(recitalDoc).find((e) => e.name === 'preamble');
    expect(walk(preamble!).some((e) => e.name === 'recital')).toBe(true);
  });

  it('writes the articles of a text attached after a decision’s points inside its attachment', () => {
    const doc = expectStructure(load('parse/zh-decision-annex-bare/input.md'));
    const attachment = walk(doc).find((e) => e.name === 'attachment')!;
    expect(
      walk(attachment)
        .filter((e) => e.name === 'article')
        .map((e) => e.attrs['eId']),
    ).toEqual(['annex_1__art_1', 'annex_1__art_2', 'annex_1__art_3', 'annex_1__art_4']);
  });

  it('puts the attachments of a text a decision approves into that text’s own doc', () => {
    // 延迟退休 2024: point 四 approves a 办法, printed after point 五 with its 附件1–4.
    const doc = expectStructure(load('heldout/rendachang-yanchi-tuixiu-jueding--2024.md'));
    const approved = walk(doc).find((e) => e.name === 'attachment')!;
    const inner = approved.children[0]!.children.find((c) => c.name === 'attachments')!;
    expect(inner.children.map((c) => c.attrs['eId'])).toEqual([
      'annex_1__annex_1',
      'annex_1__annex_2',
      'annex_1__annex_3',
      'annex_1__annex_4',
    ]);
    const mainBody = approved.children[0]!.children[0]!;
    expect(walk(mainBody).some((e) => e.name === 'attachment')).toBe(false);
    expect(walk(mainBody).filter((e) => e.name === 'article')).toHaveLength(9);
  });

  it('follows the rules for every parser fixture that parses', () => {
    const root = path.resolve(import.meta.dirname, '../../fixtures/parse');
    for (const dir of fs.readdirSync(root).filter((d) => !d.startsWith('err-')))
      expectStructure(load(`parse/${dir}/input.md`));
  });
});
