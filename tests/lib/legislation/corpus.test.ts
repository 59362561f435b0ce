/** The real texts in tests/fixtures/corpus parse as their real structure is (facts checked by reading). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articlesOf,
  flatten,
  parseDraft,
  type ParsedDocument,
} from '../../../src/lib/legislation/index.ts';
import { corpusDir as corpus, corpusTexts } from '../../helpers/corpus.ts';

const files = corpusTexts();

function load(name: string): ParsedDocument {
  const result = parseDraft(fs.readFileSync(path.join(corpus, name), 'utf8'), { file: name });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result.document;
}
const find = (doc: ParsedDocument, eId: string) => flatten(doc.nodes).find((n) => n.eId === eId);
const kinds = (doc: ParsedDocument, kind: string) =>
  flatten(doc.nodes).filter((n) => n.kind === kind);

describe('the corpus', () => {
  it.each(files)('%s parses without errors and with unique eIds', (name) => {
    const doc = load(name);
    const ids = flatten(doc.nodes).map((n) => n.eId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(articlesOf(doc).length).toBeGreaterThan(3);
  });

  it('reads 立法法 2015 and 2023: article counts equal the last number, chapters and sections', () => {
    for (const [name, count] of [
      ['lifa-fa--2015.md', 105],
      ['lifa-fa--2023.md', 120],
    ] as const) {
      const doc = load(name);
      const articles = articlesOf(doc);
      expect(articles).toHaveLength(count);
      expect(articles.at(-1)!.num).toBe(count);
      expect(articles.map((a) => a.num)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(kinds(doc, 'chapter')).toHaveLength(6);
      expect(doc.title).toBe('中华人民共和国立法法');
      expect(doc.preamble[0]).toMatch(/^2000年3月15日/);
    }
  });

  it('puts 立法法 2023 第十一条 with its eleven items under chapter 2 section 1', () => {
    const doc = load('lifa-fa--2023.md');
    const art = find(doc, 'chp_2__sec_1__art_11');
    expect(art?.label).toBe('第十一条');
    // 第十一条 "下列事项只能制定法律：" with items （一） to （十一）.
    const points = flatten(art!.children).filter((n) => n.kind === 'point');
    expect(points.map((p) => p.label).at(-1)).toBe('（十一）');
    expect(points).toHaveLength(11);
    expect(find(doc, 'chp_2__sec_1__art_11__para_1__point_11')).toBeDefined();
  });

  it('reads 行政复议法 2023 with its sections and 90 articles, and 2017 with its 43', () => {
    const doc = load('xingzheng-fuyi-fa--2023.md');
    expect(articlesOf(doc)).toHaveLength(90);
    expect(kinds(doc, 'section').length).toBeGreaterThanOrEqual(5);
    expect(articlesOf(load('xingzheng-fuyi-fa--2017.md'))).toHaveLength(43);
  });

  it('reads the local regulations (北京 2017/2023, 烟台 2016) with continuous numbering', () => {
    for (const [name, count] of [
      ['beijing-zhiding-difangxing-fagui-tiaoli--2017.md', 66],
      ['beijing-zhiding-difangxing-fagui-tiaoli--2023.md', 76],
      ['yantai-zhiding-difangxing-fagui-tiaoli--2016.md', 68],
    ] as const) {
      const articles = articlesOf(load(name));
      expect(articles).toHaveLength(count);
      expect(articles.at(-1)!.num).toBe(count);
    }
  });

  it('reads H.J.Res. 37 sections with their headings', () => {
    const rh = load('us-hjres37-116--rh.md');
    const sections = kinds(rh, 'section');
    expect(sections.map((s) => s.num)).toEqual([1, 2, 3, 4, 5]);
    expect(sections[0]!.heading).toBe('FINDINGS.');
    expect(sections[0]!.label).toBe('SEC. 1.');
    expect(kinds(load('us-hjres37-116--rfs.md'), 'section')).toHaveLength(6);
  });

  it('reads S.Con.Res. 10 recitals and resolving paragraphs, not nesting them in the last recital', () => {
    const is = load('us-sconres10-116--is.md');
    const rs = load('us-sconres10-116--rs.md');
    expect(kinds(is, 'recital')).toHaveLength(21);
    expect(kinds(rs, 'recital')).toHaveLength(23);
    expect(kinds(rs, 'recital').every((r) => r.children.length === 0)).toBe(true);
    expect(rs.nodes.filter((n) => n.kind === 'paragraph').map((p) => p.label)).toEqual([
      '(1)',
      '(2)',
      '(3)',
      '(4)',
      '(5)',
    ]);
    expect(rs.title).toMatch(/^Recognizing that Chinese telecommunications companies/);
  });

  it('reads H.R. 2157 titles, appropriation headings and Sec. paragraphs; quotes create no nodes', () => {
    const ih = load('us-hr2157-116--ih.md');
    const enr = load('us-hr2157-116--enr.md');
    expect(kinds(ih, 'title')[0]!.heading).toBe('DEPARTMENT OF AGRICULTURE');
    expect(enr.title).toMatch(/^Making supplemental appropriations/);
    const sec101 = find(enr, 'title_1__sec_101');
    expect(sec101?.label).toBe('Sec. 101.');
    expect(kinds(enr, 'heading').some((h) => h.heading.startsWith('Office of the Secretary'))).toBe(
      true,
    );
    // Quoted amendments (lines starting "> “(E)") stay text of the clause that quotes them.
    const all = flatten(enr.nodes);
    expect(all.some((n) => n.text.includes('“(E) Subject to subparagraph (F)'))).toBe(true);
    expect(
      all.filter((n) => n.label === '(E)' && n.text.startsWith('Subject to subparagraph (F)')),
    ).toHaveLength(0);
  });
});
