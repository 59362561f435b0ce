/**
 * A division heading that is the rest of a sentence broken at a reference to a chapter (娄底 2020
 * 制定地方性法规条例 第八条: "……经常务委员会依照本条例" / "## 第三章 规定的有关程序审议后，……作
 * 说明。"): the article above stops mid-sentence and the heading's title ends with a full stop,
 * as no title does, so the line is the article's text, joined on with a line-joined warning
 * (#16, third random sample). Before, it opened a chapter 第三章 titled with the sentence, took
 * the next articles into it and made the real 第三章 a duplicate. So too a heading whose title
 * begins with 、 (吉林市 2001 立法条例 第五十七条: "……分别适用本条例" / "## 第二章 、" / "## 第三章
 * 的有关规定。……").
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某市制定地方性法规条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string] => [
      n.eId,
      n.heading,
      n.text,
    ]),
    warnings: result.warnings.map((w) => [w.code, w.line]),
  };
}

describe('a division heading that continues a sentence', () => {
  it('is joined on to the article it continues', () => {
    const r = parse(
      [
        '## 第二章 市人民代表大会立法程序',
        '第八条 可以先向常务委员会提出，经常务委员会依照本条例',
        '## 第三章 规定的有关程序审议后，决定提请市人民代表大会审议。',
        '第九条 甲。',
        '## 第三章 常务委员会立法程序',
        '第十条 乙。',
      ].join('\n\n'),
    );
    expect(r.nodes).toEqual([
      ['chp_2', '市人民代表大会立法程序', ''],
      [
        'chp_2__art_8',
        '',
        '可以先向常务委员会提出，经常务委员会依照本条例第三章规定的有关程序审议后，决定提请市人民代表大会审议。',
      ],
      ['chp_2__art_9', '', '甲。'],
      ['chp_3', '常务委员会立法程序', ''],
      ['chp_3__art_10', '', '乙。'],
    ]);
    expect(r.warnings).toEqual([
      ['numbering-gap', 3],
      ['starts-late', 5],
      ['line-joined', 7],
    ]);
  });

  it('is joined on when its title begins with 、, as is the heading after it', () => {
    const r = parse(
      [
        '第一条 修改和废止程序，分别适用本条例',
        '## 第二章 、',
        '## 第三章 的有关规定。法规修改的，必须公布新的法规文本。',
        '第二条 乙。',
      ].join('\n\n'),
    );
    expect(r.nodes).toEqual([
      [
        'art_1',
        '',
        '修改和废止程序，分别适用本条例第二章、第三章的有关规定。法规修改的，必须公布新的法规文本。',
      ],
      ['art_2', '', '乙。'],
    ]);
    expect(r.warnings).toEqual([
      ['line-joined', 5],
      ['line-joined', 7],
    ]);
  });

  it('is joined on with the section heading after it when the chapter heading has no title', () => {
    // 伊春 2018 立法条例 第二十七条: "……依照本条例" / "## 第四章 " / "### 第二节 规定的有关程序
    // 审议后，……参加。" (#16, fourth random sample): a reference to 第四章第二节 broken over two
    // headings. Before, it opened a second 第四章 and a 第二节 titled with the sentence.
    const r = parse(
      [
        '## 第四章 立法程序',
        '### 第一节 市人民代表大会立法程序',
        '第二十七条 可以先向常务委员会提出，经常务委员会会议依照本条例',
        '## 第四章 ',
        '### 第二节 规定的有关程序审议后，决定提请市人民代表大会审议。',
        '第二十八条 甲。',
        '### 第二节 常务委员会立法程序',
        '第二十九条 乙。',
      ].join('\n\n'),
    );
    expect(r.nodes).toEqual([
      ['chp_4', '立法程序', ''],
      ['chp_4__sec_1', '市人民代表大会立法程序', ''],
      [
        'chp_4__sec_1__art_27',
        '',
        '可以先向常务委员会提出，经常务委员会会议依照本条例第四章第二节规定的有关程序审议后，决定提请市人民代表大会审议。',
      ],
      ['chp_4__sec_1__art_28', '', '甲。'],
      ['chp_4__sec_2', '常务委员会立法程序', ''],
      ['chp_4__sec_2__art_29', '', '乙。'],
    ]);
    expect(r.warnings).toEqual([
      ['numbering-gap', 3],
      ['starts-late', 7],
      ['line-joined', 9],
    ]);
  });

  it('opens the division after an article that ends its sentence', () => {
    const r = parse(
      ['## 第二章 甲', '第八条 甲。', '## 第三章 规定的有关程序。', '第九条 乙。'].join('\n\n'),
    );
    expect(r.nodes.map(([id]) => id)).toEqual(['chp_2', 'chp_2__art_8', 'chp_3', 'chp_3__art_9']);
  });

  it('opens the division when its title is no sentence', () => {
    const r = parse(
      ['## 第二章 甲', '第八条 依照本条例', '## 第三章 法律责任', '第九条 乙。'].join('\n\n'),
    );
    expect(r.nodes.map(([id]) => id)).toEqual(['chp_2', 'chp_2__art_8', 'chp_3', 'chp_3__art_9']);
  });
});
