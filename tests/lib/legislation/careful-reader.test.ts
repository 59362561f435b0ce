/**
 * The careful reader of the held-out set (tests/helpers/heldout.ts) counts what a person reading
 * the text counts, without the parser: these cases pin the readings that are not plain
 * "a line beginning 第X条".
 */
import { describe, expect, it } from 'vitest';
import {
  carefulReaderArticles,
  carefulReaderDivisions,
  carefulReaderPoints,
} from '../../helpers/heldout.ts';

describe('the careful reader', () => {
  it('reads a citation broken before 第X条 as the rest of the sentence, not an article', () => {
    const text = [
      '第一条 甲。',
      '第二条 应当依据《中华人民共和国民法典》',
      '第一百四十三条 以及本规定第三条之规定认定。',
      '第三条 丙。',
    ].join('\n\n');
    expect(carefulReaderArticles(text)).toEqual(['1', '2', '3']);
  });

  it('counts 第X条 after an empty bold run between indents, as a Word copy writes it', () => {
    // 宁夏 2018 人事任免工作条例 (uh): "　**　**第九条　自治区人民代表大会换届后，……".
    const text = [
      '　　第八条　甲。',
      '　**　**第九条　乙。',
      '第十条**　**丙。',
      '　　第十一条　丁。',
    ].join('\n\n');
    expect(carefulReaderArticles(text)).toEqual(['8', '9', '10', '11']);
  });

  it('still counts an out-of-sequence article after a finished sentence', () => {
    const text = ['第一条 甲。', '第二条 乙。', '第五条 丙。', '第六条 丁。'].join('\n\n');
    expect(carefulReaderArticles(text)).toEqual(['1', '2', '5', '6']);
  });

  it('reads a chapter label with no title inside a broken reference as no division', () => {
    // 伊春 2018 立法条例: "……依照本条例" / "## 第四章 " / "### 第二节 规定的有关程序审议后，……".
    const text = [
      '## 第四章 立法程序',
      '### 第一节 大会程序',
      '第一条 经常务委员会会议依照本条例',
      '## 第四章 ',
      '### 第二节 规定的有关程序审议后，决定提请审议。',
      '第二条 甲。',
      '### 第二节 常务委员会程序',
      '第三条 乙。',
    ].join('\n\n');
    expect(carefulReaderDivisions(text)).toEqual(['chapter-4', 'section-1', 'section-2']);
  });

  it('skips a 目录 without its label: headings listed before the chapters themselves', () => {
    const text = [
      '## 第一章 总则',
      '## 第二章 附则',
      '## 第一章 总则',
      '第一条 甲。',
      '## 第二章 附则',
      '第二条 乙。',
    ].join('\n\n');
    expect(carefulReaderDivisions(text)).toEqual(['chapter-1', 'chapter-2']);
  });

  it('ends a 目录 where the body writes 第一章 with a list number (商洛 2016)', () => {
    const text = [
      '目 录',
      '第一章 总则',
      '第二章 附则',
      '1.  总 则',
      '第一条 甲。',
      '第二章　附则',
      '第二条 乙。',
    ].join('\n\n');
    expect(carefulReaderDivisions(text)).toEqual(['chapter-2']);
  });

  it('counts a numeral alone after the points before it as the next point, not otherwise', () => {
    const text = ['## 一、甲', '子。', '## 二、乙', '丑。', '## 三', '寅。'].join('\n\n');
    expect(carefulReaderPoints(text)).toEqual(['p1', 'p2', 'p3']);
    expect(carefulReaderPoints(['## 一、甲', '## 五', '卯。'].join('\n\n'))).toEqual(['p1']);
  });

  it('reads an article glued to its chapter heading as that chapter and that article', () => {
    const text = ['## 第一章 总则第一条 甲。', '第二条 乙。', '## 第二章 附 则第三条 丙。'].join(
      '\n\n',
    );
    expect(carefulReaderArticles(text)).toEqual(['1', '2', '3']);
    expect(carefulReaderDivisions(text)).toEqual(['chapter-1', 'chapter-2']);
  });

  it('keeps a 编 and its first chapter that follow each other', () => {
    const text = ['## 第一编 总则', '## 第一章 一般规定', '第一条 甲。'].join('\n\n');
    expect(carefulReaderDivisions(text)).toEqual(['part-1', 'chapter-1']);
  });

  it('reads 第X条 after an item label left at the end of a caption as that item, not an article', () => {
    const text = [
      '# 临江市关于修改两部条例的决定',
      '<!-- INFO END -->',
      '临江市人民代表大会决定：一、对《临江市甲条例》作出修改（一）',
      '第二条 增加一款作为第二款：“法律法规已有规定的从其规定。”（二）删去第九条 。二、对《临江市乙条例》作出修改（一）',
      '第二条 增加一款作为第二款：“法律法规已有规定的从其规定。”本决定自公布之日起施行。',
    ].join('\n\n');
    expect(carefulReaderArticles(text)).toEqual([]);
    expect(carefulReaderPoints(text)).toEqual(['p1', 'p2']);
  });

  it('reads 第X条 inside a decision point, out of any sequence, as the point, not an article', () => {
    // 云南 2020 修改部分地方性法规的决定, point 八: "第十六条 增加一款，作为第三款“……”".
    const text = [
      '一、将《临江市甲条例》第三条中的“三年”修改为“五年”。',
      '二、将《临江市乙条例》第九条中的“公安”修改为“应急管理”。',
      '第十六条 增加一款，作为第三款“建筑物的使用人应当设置标志”。',
      '本决定自公布之日起施行。',
    ].join('\n\n');
    expect(carefulReaderArticles(text)).toEqual([]);
    expect(carefulReaderPoints(text)).toEqual(['p1', 'p2']);
  });

  it('counts no group of an attachment that comes before any point as a point (qk)', () => {
    // 2025 decision approving the 法律清理 report: its sentences, then the catalogue attached.
    const body = ['# 临江市关于批准报告的决定', '<!-- INFO END -->', '临江市决定：批准报告。'];
    const catalogue = [
      '一、已经被替代的1件',
      '1.临江市甲条例',
      '二、已经失效的1件',
      '1.临江市乙决定',
    ];
    expect(carefulReaderPoints([...body, '附件：失效目录', ...catalogue].join('\n\n'))).toEqual([]);
    // After the points, and under a bare 附： over the text a notice sends, they are counted.
    expect(carefulReaderPoints([...body, '附：', ...catalogue].join('\n\n'))).toEqual(['p1', 'p2']);
    expect(
      carefulReaderPoints(['一、甲。', '附件：乙', '一、丙。', '二、丁。'].join('\n\n')),
    ).toEqual(['p1', 'p2']);
  });

  it('still counts articles after points that begin at 第一条 or go on in sequence', () => {
    const text = ['一、甲。', '第五条 乙。', '第六条 丙。'].join('\n\n');
    expect(carefulReaderArticles(text)).toEqual(['5', '6']);
  });
});
