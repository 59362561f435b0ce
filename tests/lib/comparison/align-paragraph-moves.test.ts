/**
 * Paragraphs that left their article for another one (align-paragraph-moves.ts), on small
 * hand-written drafts: each case is one rule, and fails without it.
 */
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/lib/comparison/index.ts';
import { doc, zhDraft as zh, changeFrom as holding } from '../../helpers/drafts.ts';

/** Articles 第一条, 第二条, …; an article's paragraphs are the items of an inner array. */

const OWNERS =
  '业主大会由物业管理区域内全体业主组成，代表和维护全体业主在物业管理活动中的合法权益。';
const SERVICE =
  '物业服务人应当按照物业服务合同的约定提供服务，并定期公示服务事项、收费标准和专项维修资金使用情况。';
const FUND =
  '专项维修资金属于业主所有，专项用于共用部位、共用设施设备保修期满后的维修和更新、改造。';
const PENALTY =
  '违反本条例规定，物业服务人擅自改变共用部位用途的，由住房和城乡建设部门责令限期改正，给予警告。';
const LIFT =
  '电梯加装应当经本栋或者本单元专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。';

describe('paragraph moves', () => {
  it('links two paired articles when a paragraph of one moved, word for word, into the other', () => {
    // 第二条's second paragraph (the fund's owners) left it for 第三条, which kept its own text:
    // 第二条 → 第二条 and 第三条 → 第三条 are still the best pairs, but a drafter's table shows
    // the two old and two new articles as one row.
    const oldDoc = doc(zh([OWNERS, [SERVICE, FUND], LIFT, PENALTY]));
    const newDoc = doc(zh([OWNERS, SERVICE.replace('定期', '每季度'), [LIFT, FUND], PENALTY]));
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(holding(changes, 'art_2')).toMatchObject({
      type: 'merged',
      from: ['art_2', 'art_3'],
      to: ['art_2', 'art_3'],
    });
    expect(holding(changes, 'art_1')).toMatchObject({ type: 'unchanged', to: ['art_1'] });
    expect(holding(changes, 'art_4')).toMatchObject({ type: 'unchanged', to: ['art_4'] });
  });

  it('links a moved paragraph that a parallel article keeps word for word in place', () => {
    // Both kinds of meeting keep minutes in the same words. The second kind's minutes left
    // 第四条 for 第三条; the first kind's stay in 第一条. The sentence is in two new articles,
    // but only in 第三条 did it arrive: 第一条's copy is carried by its own partner.
    const MINUTES = '董事会应当对所议事项的决定作成会议记录，出席会议的董事应当在会议记录上签名。';
    const LLC =
      '有限责任公司董事会会议由董事长召集和主持，董事长不能履行职务的，由副董事长召集和主持。';
    const QUORUM =
      '股份有限公司董事会会议应有过半数的董事出席方可举行，董事会作出决议，必须经全体董事的过半数通过。';
    const PROXY =
      '股份有限公司董事会会议，应由董事本人出席；董事因故不能出席，可以书面委托其他董事代为出席。';
    const oldDoc = doc(zh([[LLC, MINUTES], FUND, QUORUM, [PROXY, MINUTES]]));
    const newDoc = doc(
      zh([
        [LLC, MINUTES],
        FUND,
        [QUORUM.replace('必须', '应当'), MINUTES],
        PROXY.replace('应由', '应当由'),
      ]),
    );
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(holding(changes, 'art_3')).toMatchObject({
      type: 'merged',
      from: ['art_3', 'art_4'],
      to: ['art_3', 'art_4'],
    });
    expect(holding(changes, 'art_1')).toMatchObject({ type: 'unchanged', to: ['art_1'] });
  });

  it('does not link when the paragraph also stays in its own article (a copy, not a move)', () => {
    // The owners' duty to sort their waste joins 第一条, but 第四条 keeps its words too, inside
    // a longer sentence: the text did not leave 第四条, so 第一条 is only modified.
    const SORT = '业主和物业使用人应当按照规定分类投放生活垃圾。';
    const oldDoc = doc(zh([OWNERS, SERVICE, LIFT, [PENALTY, SORT]]));
    const newDoc = doc(
      zh([
        [OWNERS, '业主应当按照规定分类投放生活垃圾。'],
        SERVICE,
        LIFT,
        [
          PENALTY,
          '物业服务人应当指导、监督业主和物业使用人按照规定分类投放生活垃圾，并将分类后的生活垃圾交由符合规定的单位收集。',
        ],
      ]),
    );
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(holding(changes, 'art_1')).toMatchObject({ type: 'modified', to: ['art_1'] });
    expect(holding(changes, 'art_4')).toMatchObject({ type: 'modified', to: ['art_4'] });
  });

  it('joins a short leftover article to the paragraph of another that rewrote it', () => {
    // 第三条 (公告 after the shares are paid up) was rewritten into the new last paragraph of
    // 第二条: too few shared words for an article-level pair, but it is the only old text that
    // paragraph resembles, and the paragraph is the only place 第三条 went.
    const PAID = '公司发行新股募足股款后，必须向公司登记机关办理变更登记，并公告。';
    const BANK = '发起人向社会公开募集股份，应当同银行签订代收股款协议。';
    const oldDoc = doc(zh([OWNERS, BANK, PAID, PENALTY]));
    const newDoc = doc(
      zh([OWNERS, [BANK.replace('发起人', '公司'), '公司发行股份募足股款后，应予公告。'], PENALTY]),
    );
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(holding(changes, 'art_3')).toMatchObject({
      type: 'merged',
      from: ['art_2', 'art_3'],
      to: ['art_2'],
    });
  });

  it('leaves a large new article that took one item of an old list as inserted', () => {
    // One item of 第二条's list of duties left it, and a new three-paragraph article far below
    // opens with the same power in other words: the article is new (the item is a small part
    // of it), as 行政复议法 2023 第四十五条 (调查取证) is against 2017 第三条 (二).
    const DUTIES =
      '物业服务人履行下列职责：\n（一）受理业主的报修，及时安排维修；\n（二）向有关组织和人员调查取证，查阅文件和资料；\n（三）公示收费标准和服务事项；\n（四）协助做好安全防范工作。';
    const NEW = [
      '物业服务人有权向有关单位和个人调查取证，查阅、复制、调取有关文件和资料，向有关人员进行询问。',
      '了解情况时，工作人员不得少于两人，并应当出示工作证件，如实记录询问的时间、地点和内容。',
      '被了解情况的单位和个人应当积极配合，如实提供材料，不得拒绝、阻挠或者隐瞒。',
    ];
    const kept = DUTIES.replace(/（二）.*\n（三）/u, '（二）').replace('（四）', '（三）');
    const oldDoc = doc(zh([OWNERS, DUTIES, FUND, LIFT, PENALTY]));
    const newDoc = doc(zh([OWNERS, kept, FUND, LIFT, PENALTY, NEW]));
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(holding(changes, 'art_2')).toMatchObject({ type: 'modified', to: ['art_2'] });
    expect(changes.find((c) => c.to.includes('art_6'))).toMatchObject({ type: 'inserted' });
  });
});
