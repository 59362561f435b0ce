/**
 * Short articles shared out again among fewer neighbours (align-redistributed.ts), on a small
 * hand-written draft modelled on 公司法 2018 第八十二条 to 第八十四条.
 */
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/lib/comparison/index.ts';
import { doc, zhDraft as zh, changeFrom as holding } from '../../helpers/drafts.ts';

const FIRST =
  '公司是企业法人，有独立的法人财产，享有法人财产权。公司以其全部财产对公司的债务承担责任。';
const LAST = '外国公司依照本法规定可以在中华人民共和国境内设立分支机构，从事生产经营活动。';
const MEANS = '发起人的出资方式，适用本法第二十七条的规定。';
const SUBSCRIBE =
  '以发起设立方式设立股份有限公司的，发起人应当书面认足公司章程规定其认购的股份，并按照公司章程规定缴纳出资。';
const SHARE =
  '以募集设立方式设立股份有限公司的，发起人认购的股份不得少于公司股份总数的百分之三十五。';

describe('redistributed articles', () => {
  it('joins a leftover pair standing on both sides beside one group to that group', () => {
    // 第三条 and 第四条 merge into the new 第二条; 第二条 (出资方式, before them) lives on in
    // the new 第三条 (after their new article), in words too few and too common to pair it
    // anywhere else: the four old and two new articles are one row.
    const oldDoc = doc(zh([FIRST, MEANS, SUBSCRIBE, SHARE, LAST]));
    const newDoc = doc(
      zh([
        FIRST,
        [
          '以发起设立方式设立股份有限公司的，发起人应当认足公司章程规定的公司设立时应发行的股份。',
          SHARE.replace('公司股份总数', '公司章程规定的公司设立时应发行股份总数'),
        ],
        [
          '发起人应当在公司成立前按照其认购的股份全额缴纳股款。',
          '发起人的出资，适用本法第四十八条、第四十九条第二款关于有限责任公司股东出资的规定。',
        ],
        LAST,
      ]),
    );
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(holding(changes, 'art_2')).toMatchObject({
      type: 'merged',
      from: ['art_2', 'art_3', 'art_4'],
      to: ['art_2', 'art_3'],
    });
    expect(holding(changes, 'art_5')).toMatchObject({ type: 'unchanged', to: ['art_4'] });
  });

  it('leaves a leftover pair apart from a group it does not stand beside', () => {
    // The same short article, moved to the end of the new text: no group stands beside both.
    const oldDoc = doc(zh([FIRST, MEANS, SUBSCRIBE, SHARE, LAST]));
    const newDoc = doc(
      zh([
        FIRST,
        [SUBSCRIBE.replace('书面', ''), SHARE],
        LAST,
        '发起人的出资，适用本法第四十八条、第四十九条第二款关于有限责任公司股东出资的规定。',
      ]),
    );
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(holding(changes, 'art_3')).toMatchObject({
      type: 'merged',
      from: ['art_3', 'art_4'],
      to: ['art_2'],
    });
  });

  it('pairs the two with each other when the group beside them is an article kept word for word', () => {
    // 人民武装警察法 2009 第二十六条 (经费) → 2020 第三十三条, rewritten, beside 第二十七条 (执勤设施)
    // kept word for word: an unchanged article gave nothing away, so it is no group to join.
    const FUNDS =
      '人民武装警察部队执行国家赋予的安全保卫任务及相关建设所需经费，列入中央和县级以上地方财政预算，按照国家有关规定给予保障。';
    const POSTS =
      '执勤目标单位及其上级主管部门应当按照国家有关规定，为担负执勤任务的人民武装警察部队提供执勤设施、生活设施等必要的保障。';
    const oldDoc = doc(zh([FIRST, FUNDS, POSTS, LAST]));
    const newDoc = doc(
      zh([
        FIRST,
        POSTS,
        [
          '国家建立与经济社会发展相适应、与人民武装警察部队担负任务和建设发展相协调的经费保障机制。',
          '所需经费按照国家有关规定列入预算。',
        ],
        LAST,
      ]),
    );
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(holding(changes, 'art_3')).toMatchObject({ type: 'unchanged', to: ['art_2'] });
    expect(holding(changes, 'art_2')).toMatchObject({ type: 'modified', to: ['art_3'] });
  });
});
