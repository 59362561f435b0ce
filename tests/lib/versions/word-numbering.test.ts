/**
 * Drafts whose articles, chapters and items are numbered by Word or WPS lists: the numbers are
 * not text in the file, and before this the upload lost every 第X条, so the parser found no
 * article at all. The documents here are built the way Word writes such lists (numbering.xml
 * with a "第%1条" level in chineseCounting, heading styles linked to a list, "（%1）" items that
 * restart under each article).
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';
import { formatNumber, writeOutNumbering } from '../../../src/lib/versions/word-numbering.ts';
import { readWordDraft } from '../../../src/lib/versions/word.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A paragraph: its text, its style, its own numbering (numId, ilvl). */
function p(text: string, opts: { style?: string; num?: [string, number] } = {}): string {
  const props = [
    opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '',
    opts.num
      ? `<w:numPr><w:ilvl w:val="${opts.num[1]}"/><w:numId w:val="${opts.num[0]}"/></w:numPr>`
      : '',
  ].join('');
  const run = text === '' ? '' : `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${run}</w:p>`;
}

const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;

function level(
  ilvl: number,
  fmt: string,
  text: string,
  extra: { start?: number; restart?: number; suff?: string; style?: string } = {},
): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${extra.start ?? 1}"/><w:numFmt w:val="${fmt}"/>${
    extra.restart !== undefined ? `<w:lvlRestart w:val="${extra.restart}"/>` : ''
  }${extra.style ? `<w:pStyle w:val="${extra.style}"/>` : ''}${
    extra.suff ? `<w:suff w:val="${extra.suff}"/>` : ''
  }<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`;
}

const numberingXml = (abstracts: string, nums: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`;

const stylesXml = (styles: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`;

async function docx(parts: {
  document: string;
  numbering?: string;
  styles?: string;
}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const rels = [
    parts.styles
      ? `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
      : '',
    parts.numbering
      ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`
      : '',
  ].join('');
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  zip.file('word/document.xml', parts.document);
  if (parts.styles) zip.file('word/styles.xml', parts.styles);
  if (parts.numbering) zip.file('word/numbering.xml', parts.numbering);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// One multi-level list as a drafting office sets it up: level 0 the chapters (linked to the
// style heading 1, shown as 标题 1), level 1 the articles, level 2 the items, restarting under each article.
const LAW_LIST = numberingXml(
  `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${level(0, 'chineseCounting', '第%1章', { style: 'ChapterHeading', suff: 'space' })}${level(1, 'chineseCounting', '第%2条', { restart: 0, suff: 'space' })}${level(2, 'chineseCounting', '（%3）', { suff: 'nothing' })}</w:abstractNum>`,
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
);
const LAW_STYLES = stylesXml(
  `<w:style w:type="paragraph" w:styleId="ChapterHeading"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="条"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`,
);

describe('a Word draft numbered by Word lists', () => {
  it('gets its chapters, articles and items back as the parser reads them', async () => {
    const body = [
      p('临江市物业管理条例', { style: 'Title' }),
      p('总则', { style: 'ChapterHeading' }),
      ...Array.from({ length: 10 }, (_, i) => p(`第${i + 1}条的内容。`, { style: 'Article' })),
      p('业主大会', { style: 'ChapterHeading' }),
      p('业主大会履行下列职责：', { style: 'Article' }),
      p('制定管理规约；', { num: ['1', 2] }),
      p('选举业主委员会；', { num: ['1', 2] }),
      p('决定其他事项。', { num: ['1', 2] }),
      p('业主委员会履行下列职责：', { style: 'Article' }),
      p('召集业主大会会议；', { num: ['1', 2] }),
      p('执行业主大会的决定。', { num: ['1', 2] }),
    ].join('');
    const out = await readWordDraft(
      await docx({ document: documentXml(body), numbering: LAW_LIST, styles: LAW_STYLES }),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.notes).toEqual([{ code: 'numbering-written', count: 19 }]);
    expect(out.markdown).toContain('## 第一章 总则');
    expect(out.markdown).toContain('第十条 第10条的内容。');
    expect(out.markdown).toContain('## 第二章 业主大会');
    const tree = parseDraft(out.markdown);
    expect(tree.ok).toBe(true);
    if (!tree.ok) return;
    const nodes = flatten(tree.document.nodes);
    const articles = nodes.filter((n) => n.kind === 'article').map((n) => n.label);
    expect(articles).toEqual([
      '第一条',
      '第二条',
      '第三条',
      '第四条',
      '第五条',
      '第六条',
      '第七条',
      '第八条',
      '第九条',
      '第十条',
      '第十一条',
      '第十二条',
    ]);
    const chapters = nodes.filter((n) => n.kind === 'chapter').map((n) => n.label);
    expect(chapters).toEqual(['第一章', '第二章']);
    // The items restart under each article: （一）（二）（三）, then （一）（二）.
    const items = nodes.filter((n) => n.kind === 'point').map((n) => n.label);
    expect(items).toEqual(['（一）', '（二）', '（三）', '（一）', '（二）']);
  });

  it('continues a list across two nums of one abstract list and restarts it where a num says startOverride', () => {
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="5">${level(0, 'decimal', '%1.')}</w:abstractNum>`,
      `<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>` +
        `<w:num w:numId="3"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
    );
    const body = [
      p('甲', { num: ['1', 0] }),
      p('乙', { num: ['1', 0] }),
      p('丙', { num: ['2', 0] }),
      p('丁', { num: ['3', 0] }),
      p('戊', { num: ['3', 0] }),
    ].join('');
    const out = writeOutNumbering(documentXml(body), numbering, undefined);
    expect(out.written).toBe(5);
    const labels = [
      ...out.xml.matchAll(
        /<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r><w:r><w:t xml:space="preserve">([^<]*)</g,
      ),
    ].map((m) => `${m[1]}${m[2]}`);
    expect(labels).toEqual(['1. 甲', '2. 乙', '3. 丙', '1. 丁', '2. 戊']);
  });

  it('numbers heading styles by the level linked to them when the style gives no level', () => {
    // Word's multi-level list over Heading 1 and Heading 2: the styles name the list, and each
    // level names its style; the styles themselves carry no ilvl.
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1章', { style: 'Heading1' })}${level(1, 'chineseCounting', '第%2节', { style: 'Heading2' })}</w:abstractNum>`,
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`,
    );
    const styles = stylesXml(
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>`,
    );
    const body = [
      p('总则', { style: 'Heading1' }),
      p('一般规定', { style: 'Heading2' }),
      p('基本原则', { style: 'Heading2' }),
      p('附则', { style: 'Heading1' }),
      p('用语', { style: 'Heading2' }),
    ].join('');
    const out = writeOutNumbering(documentXml(body), numbering, styles);
    const labels = [...out.xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map(
      (m) => m[1],
    );
    expect(labels.filter((l) => l?.startsWith('第'))).toEqual([
      '第一章 ',
      '第一节 ',
      '第二节 ',
      '第二章 ',
      '第一节 ',
    ]);
  });

  it('restarts a level only after the level its w:lvlRestart names, not after one between', () => {
    // Level 3 numbers on through a document's sections (lvlRestart 1: only a new chapter restarts it).
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1章')}${level(1, 'chineseCounting', '第%2节')}${level(2, 'chineseCounting', '第%3条', { restart: 1 })}</w:abstractNum>`,
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    const body = [
      p('总则', { num: ['1', 0] }),
      p('一般规定', { num: ['1', 1] }),
      p('甲。', { num: ['1', 2] }),
      p('其他规定', { num: ['1', 1] }),
      p('乙。', { num: ['1', 2] }),
      p('附则', { num: ['1', 0] }),
      p('丙。', { num: ['1', 2] }),
    ].join('');
    const out = writeOutNumbering(documentXml(body), numbering, undefined);
    const labels = [...out.xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map(
      (m) => m[1],
    );
    expect(labels.filter((l) => l?.endsWith('条 '))).toEqual(['第一条 ', '第二条 ', '第一条 ']);
  });

  it('counts an empty numbered paragraph as Word does, writes no number for bullets, and switches numbering off where it wrote one', () => {
    const numbering = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1条')}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '•')}</w:abstractNum>`,
      `<w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="1"/></w:num>`,
    );
    const body = [
      p('为了规范。', { num: ['7', 0] }),
      p('', { num: ['7', 0] }),
      p('本条例自公布之日起施行。', { num: ['7', 0] }),
      p('要点', { num: ['8', 0] }),
    ].join('');
    const out = writeOutNumbering(documentXml(body), numbering, undefined);
    expect(out.written).toBe(2);
    expect(out.xml).toContain('第一条 ');
    expect(out.xml).toContain('第三条 ');
    expect(out.xml).not.toContain('第二条');
    expect(out.xml).not.toContain('•');
    // Each paragraph given its number now says numId 0, so nothing reads it as numbered again.
    expect(out.xml.match(/<w:numId w:val="0"\/>/g)?.length).toBe(2);
  });

  it('leaves a list the file does not define unnumbered and tells staff', async () => {
    const body = [p('第一段。', { num: ['42', 0] }), p('第二段。')].join('');
    const out = await readWordDraft(await docx({ document: documentXml(body) }));
    expect(out.ok && out.notes).toEqual([]);
    const defined = numberingXml(
      `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum>`,
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    const missing = writeOutNumbering(documentXml(body), defined, undefined);
    expect(missing).toMatchObject({ written: 0, unresolved: 1 });
  });

  it('gives the document back unchanged when numbering.xml is not XML', () => {
    const doc = documentXml(p('第一段。', { num: ['1', 0] }));
    expect(writeOutNumbering(doc, '<w:numbering', undefined)).toEqual({
      xml: doc,
      written: 0,
      unresolved: 1,
    });
    expect(writeOutNumbering('<not xml', undefined, undefined)).toEqual({
      xml: '<not xml',
      written: 0,
      unresolved: 0,
    });
  });
});

describe('a Word draft with revisions and comments', () => {
  it('is read with every tracked change accepted, and staff are told of the changes, and of the comments and footnotes left out', async () => {
    const body =
      p('临江市养犬管理条例', { style: 'Title' }) +
      `<w:p><w:r><w:t xml:space="preserve">第一条　为了规范</w:t></w:r>` +
      `<w:ins w:id="1" w:author="法工委" w:date="2026-11-20T10:00:00Z"><w:r><w:t>城市</w:t></w:r></w:ins>` +
      `<w:del w:id="2" w:author="法工委" w:date="2026-11-20T10:00:00Z"><w:r><w:delText>农村</w:delText></w:r></w:del>` +
      `<w:r><w:t>养犬行为，制定本条例。</w:t></w:r><w:r><w:commentReference w:id="0"/></w:r>` +
      `<w:r><w:footnoteReference w:id="1"/></w:r></w:p>` +
      p('第二条　本条例自公布之日起施行。');
    const out = await readWordDraft(await docx({ document: documentXml(body) }));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.markdown).toContain('第一条　为了规范城市养犬行为，制定本条例。');
    expect(out.markdown).not.toContain('农村');
    expect(out.notes).toEqual([
      { code: 'tracked-changes', count: 2 },
      { code: 'comments', count: 1 },
      { code: 'footnotes', count: 1 },
    ]);
  });
});

describe('formatNumber writes a counter as Word shows it', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [21, 'chineseCountingThousand', '二十一'],
    [110, 'chineseCounting', '一百一十'],
    [7, 'decimal', '7'],
    [7, 'decimalZero', '07'],
    [12, 'decimalFullWidth', '１２'],
    [3, 'decimalEnclosedCircle', '③'],
    [3, 'decimalEnclosedCircleChinese', '③'],
    [21, 'decimalEnclosedCircle', '21'],
    [2, 'decimalEnclosedParen', '⑵'],
    [4, 'ideographTraditional', '丁'],
    [3, 'lowerLetter', 'c'],
    [28, 'upperLetter', 'BB'],
    [14, 'lowerRoman', 'xiv'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [105, 'ideographDigital', '一〇五'],
    [5, 'bullet', ''],
    [5, 'none', ''],
  ])('%i in %s is %s', (n, format, shown) => {
    expect(formatNumber(n, format)).toBe(shown);
  });
});

describe('drafts numbered by lists in a real office suite (LibreOffice, tests/fixtures/word)', () => {
  const fixture = (name: string) =>
    fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/word', name));
  const read = async (name: string) => {
    const out = await readWordDraft(fixture(name));
    if (!out.ok) throw new Error(out.reason);
    const tree = parseDraft(out.markdown);
    if (!tree.ok) throw new Error(tree.errors[0]?.message);
    return { out, tree, nodes: flatten(tree.document.nodes) };
  };

  it('one list of articles with items: every 第X条 and （X） back, no warning', async () => {
    const { out, tree, nodes } = await read('numbered.docx');
    expect(out.notes).toEqual([{ code: 'numbering-written', count: 13 }]);
    expect(nodes.filter((n) => n.kind === 'article').map((n) => n.label)).toEqual(
      Array.from({ length: 11 }, (_, i) => `第${formatNumber(i + 1, 'chineseCounting')}条`),
    );
    expect(nodes.filter((n) => n.kind === 'point').map((n) => n.label)).toEqual([
      '（一）',
      '（二）',
    ]);
    expect(tree.warnings).toEqual([]);
  });

  it('chapters from the heading style, articles numbered on across them', async () => {
    const { nodes } = await read('chapters.docx');
    expect(nodes.filter((n) => n.kind === 'chapter').map((n) => `${n.label} ${n.heading}`)).toEqual(
      ['第一章 总则', '第二章 养犬登记', '第三章 附则'],
    );
    const chapterOf = new Map<string, string>();
    let chapter = '';
    for (const n of nodes) {
      if (n.kind === 'chapter') chapter = n.label;
      if (n.kind === 'article') chapterOf.set(n.label, chapter);
    }
    expect([...chapterOf]).toEqual([
      ['第一条', '第一章'],
      ['第二条', '第一章'],
      ['第三条', '第二章'],
      ['第四条', '第二章'],
      ['第五条', '第三章'],
    ]);
  });

  it('a table of contents with page numbers before chapters typed by hand: each chapter once, no numbering note', async () => {
    const { out, tree, nodes } = await read('toc.docx');
    // Heading 1 is linked to an outline level that shows no number: nothing was lost.
    expect(out.notes).toEqual([]);
    expect(nodes.filter((n) => n.kind === 'chapter').map((n) => `${n.label} ${n.heading}`)).toEqual(
      ['第一章 总则', '第二章 养犬登记', '第三章 附则'],
    );
    expect(nodes.filter((n) => n.kind === 'article')).toHaveLength(4);
    expect(tree.warnings.map((w) => w.code)).toEqual(['table-of-contents']);
  });
});
