/**
 * Penalty articles found by the duty they enforce (align-citations.ts), on a small hand-written
 * law modelled on 反不正当竞争法 1993 → 2017, and the citations that name such a duty.
 */
import { describe, expect, it } from 'vitest';
import { citedUnits } from '../../../src/lib/comparison/align-citations.ts';
import { compareDocuments, toUnit } from '../../../src/lib/comparison/index.ts';
import { articlesOf } from '../../../src/lib/legislation/index.ts';
import { doc, zhDraft, changeFrom } from '../../helpers/drafts.ts';

const law = (chapters: readonly [string, readonly string[]][]) => {
  let n = 0;
  const numbers = '一二三四五六七八九十';
  return `# 反不正当竞争法\n\n${chapters
    .map(
      ([title, articles], c) =>
        `## 第${numbers[c]}章 ${title}\n\n${articles.map((a) => `第${numbers[n++]}条 ${a}`).join('\n\n')}`,
    )
    .join('\n\n')}\n`;
};

const PURPOSE =
  '为了保障社会主义市场经济健康发展，鼓励和保护公平竞争，制止不正当竞争行为，制定本法。';

const OLD = law([
  ['总则', [PURPOSE]],
  [
    '不正当竞争行为',
    [
      '经营者不得擅自使用知名商品特有的名称、包装、装潢，或者使用与知名商品近似的名称、包装、装潢，造成和他人的知名商品相混淆，使购买者误认为是该知名商品。',
      '经营者不得采用财物或者其他手段进行贿赂以销售或者购买商品。在帐外暗中给予对方单位或者个人回扣的，以行贿论处。',
      '经营者不得利用广告或者其他方法，对商品的质量、制作成分、性能、用途、生产者、有效期限、产地等作引人误解的虚假宣传。',
    ],
  ],
  [
    '法律责任',
    [
      '经营者擅自使用知名商品特有的名称、包装、装潢，造成和他人的知名商品相混淆的，监督检查部门应当责令停止违法行为，没收违法所得，可以处以违法所得一倍以上三倍以下的罚款；情节严重的，可以吊销营业执照。',
      '经营者采用财物或者其他手段进行贿赂以销售或者购买商品的，监督检查部门可以根据情节处以一万元以上二十万元以下的罚款，有违法所得的，予以没收。',
      '经营者利用广告或者其他方法，对商品作引人误解的虚假宣传的，监督检查部门应当责令停止违法行为，消除影响，可以根据情节处以一万元以上二十万元以下的罚款。',
    ],
  ],
]);

const NEW = law([
  ['总则', [PURPOSE]],
  [
    '不正当竞争行为',
    [
      '经营者不得实施下列混淆行为，引人误认为是他人商品或者与他人存在特定联系：擅自使用与他人有一定影响的商品名称、包装、装潢等相同或者近似的标识。',
      '经营者不得采用财物或者其他手段贿赂交易相对方的工作人员，以谋取交易机会或者竞争优势。',
      '经营者不得对其商品的性能、功能、质量、销售状况、用户评价、曾获荣誉等作虚假或者引人误解的商业宣传，欺骗、误导消费者。',
    ],
  ],
  [
    '法律责任',
    [
      '经营者违反本法第四条规定的，由监督检查部门责令停止违法行为，处二十万元以上一百万元以下的罚款；情节严重的，可以吊销营业执照。',
      '经营者违反本法第二条规定的，由监督检查部门责令停止违法行为，没收违法商品。违法经营额五万元以上的，可以并处违法经营额五倍以下的罚款。情节严重的，吊销营业执照。',
      '经营者违反本法第三条规定的，由监督检查部门没收违法所得，处十万元以上三百万元以下的罚款。情节严重的，吊销营业执照。',
    ],
  ],
]);

describe('penalty articles by the duty they enforce', () => {
  it('pairs each rewritten penalty with the one that enforces the same, now rewritten, duty', () => {
    const { changes } = compareDocuments(doc(OLD), doc(NEW));
    const eIds = articlesOf(doc(OLD)).map((a) => a.eId);
    const newIds = articlesOf(doc(NEW)).map((a) => a.eId);
    // The duties (第二条 to 第四条) pair by their own words; the penalties (第五条 to 第七条),
    // now in another order, share only stock phrases, and each names its duty by number.
    for (const [k, q] of [
      [4, 5],
      [5, 6],
      [6, 4],
    ] as const)
      expect(changeFrom(changes, eIds[k]!), `old 第${k + 1}条`).toMatchObject({
        from: [eIds[k]],
        to: [newIds[q]],
      });
  });

  it('names the articles whose duty a text enforces, not the rules it applies', () => {
    const units = articlesOf(
      doc(
        zhDraft([
          '甲。',
          '乙。',
          '丙。',
          '违反本条例第一条、第二条第二款规定的，处罚款；依照本条例第三条的规定处理。',
          '违反本条例第五条规定，适用本条例第三条的规定。',
          '违反本条例第二十条规定的，处罚款。',
        ]),
      ),
    ).map(toUnit);
    expect(citedUnits(units, 3)).toEqual([0, 1]);
    // Its own number is no subject, nor one the text does not have.
    expect(citedUnits(units, 4)).toEqual([]);
    expect(citedUnits(units, 5)).toEqual([]);
  });
});
