/**
 * A 目录 whose entries end with page numbers, as a draft's table of contents does: Word's
 * contents field gives "第一章　总则<tab>1" (the Word upload reads the tab as a space), a PDF
 * or a web page copies the dot leader ("第二章　登记………3"). Before, the page number made each
 * entry differ from its chapter, so the 目录 never ended: its entries and the chapters came
 * out twice, with duplicate-number warnings.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const BODY =
  '## 第一章　总则\n\n### 第一节　一般规定\n\n第一条　为了规范养犬行为，制定本条例。\n\n' +
  '## 第二章　登记\n\n第二条　个人饲养犬只的，应当办理登记。\n\n' +
  '## 第三章　附则\n\n第三条　本条例自2027年5月1日起施行。\n';

function read(toc: string) {
  const result = parseDraft(`# 临江市养犬管理条例（草案）\n\n${toc}\n\n${BODY}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    divisions: flatten(result.document.nodes)
      .filter((n) => n.kind !== 'article' && n.kind !== 'paragraph')
      .map((n) => `${n.label} ${n.heading}`),
    warnings: result.warnings.map((w) => w.code),
  };
}

const ONCE = ['第一章 总则', '第一节 一般规定', '第二章 登记', '第三章 附则'];

describe('a 目录 with page numbers', () => {
  it('from Word’s contents field (tab read as a space) is read as one 目录', () => {
    const r = read(
      '目　录\n\n第一章　总则 1\n\n第一节　一般规定 1\n\n第二章　登记 3\n\n第三章　附则 12',
    );
    expect(r.divisions).toEqual(ONCE);
    expect(r.warnings).toEqual(['table-of-contents']);
  });

  it('with dot leaders of any length, as a PDF copies them', () => {
    const r = read(
      '目录\n\n第一章　总则………………………………………………………………1\n\n第一节　一般规定..........1\n\n第二章　登记　·····　3\n\n第三章　附则　１２',
    );
    expect(r.divisions).toEqual(ONCE);
    expect(r.warnings).toEqual(['table-of-contents']);
  });

  it('without the word 目录, the chapters listed with their pages first', () => {
    const r = read('第一章　总则 1\n\n第二章　登记 3\n\n第三章　附则 5');
    expect(r.divisions).toEqual(ONCE);
    expect(r.warnings).toEqual(['table-of-contents']);
  });

  it('leaves a chapter whose title ends in a number alone in the body', () => {
    const result = parseDraft(
      '# 某市条例\n\n## 第一章　总则\n\n第一条　为了。\n\n## 第二章　2026年度计划 2\n\n第二条　计划。\n',
    );
    if (!result.ok) throw new Error('parse failed');
    expect(
      flatten(result.document.nodes)
        .filter((n) => n.kind === 'chapter')
        .map((n) => n.heading),
    ).toEqual(['总则', '2026年度计划 2']);
  });
});
