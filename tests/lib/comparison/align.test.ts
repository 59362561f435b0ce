import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments, type Change } from '../../../src/lib/comparison/index.ts';
import { articlesOf, type ParsedDocument } from '../../../src/lib/legislation/index.ts';
import { corpusDir as corpus } from '../../helpers/corpus.ts';
import { doc, zhDraft as zh, changeFrom as find } from '../../helpers/drafts.ts';

const load = (name: string) => doc(fs.readFileSync(path.join(corpus, name), 'utf8'));
/** Like zh, up to 第十九条. */
const zhLong = (articles: string[]) => {
  const digit = '〇一二三四五六七八九十';
  const cn = (n: number) => (n <= 10 ? digit[n]! : `十${digit[n - 10]!}`);
  return `# 条例\n\n${articles.map((a, i) => `第${cn(i + 1)}条 ${a}`).join('\n\n')}\n`;
};

function expectEveryUnitOnce(oldDoc: ParsedDocument, newDoc: ParsedDocument, changes: Change[]) {
  const from = changes.flatMap((c) => c.from).sort();
  const to = changes.flatMap((c) => c.to).sort();
  expect(from).toEqual(
    articlesOf(oldDoc)
      .map((a) => a.eId)
      .sort(),
  );
  expect(to).toEqual(
    articlesOf(newDoc)
      .map((a) => a.eId)
      .sort(),
  );
}

const A = '业主大会由物业管理区域内全体业主组成，代表和维护全体业主在物业管理活动中的合法权益。';
const B =
  '物业服务人应当按照物业服务合同的约定提供服务，并定期公示服务事项、收费标准和专项维修资金使用情况。';
const C = '专项维修资金属于业主所有，专项用于共用部位、共用设施设备保修期满后的维修和更新、改造。';
const D =
  '违反本条例规定，物业服务人擅自改变共用部位用途的，由住房和城乡建设部门责令限期改正，给予警告。';
const E =
  '电梯加装应当经本栋或者本单元专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。';

describe('alignment on hand-built drafts', () => {
  it('finds unchanged, modified, inserted and deleted articles, renumbering included', () => {
    const oldDoc = doc(zh([A, B, C, D]));
    const newDoc = doc(zh([A, E, B.replace('定期', '每季度'), D]));
    const { changes, summary } = compareDocuments(oldDoc, newDoc);
    expectEveryUnitOnce(oldDoc, newDoc, changes);
    expect(find(changes, 'art_1')).toMatchObject({
      type: 'unchanged',
      to: ['art_1'],
      renumbered: false,
    });
    expect(find(changes, 'art_2')).toMatchObject({
      type: 'modified',
      to: ['art_3'],
      renumbered: true,
    });
    expect(find(changes, 'art_3')).toMatchObject({ type: 'deleted', to: [] });
    expect(changes.find((c) => c.to.includes('art_2'))).toMatchObject({
      type: 'inserted',
      from: [],
    });
    expect(summary).toMatchObject({ unchanged: 2, modified: 1, inserted: 1, deleted: 1 });
  });

  it('finds a split and a merge', () => {
    const split = compareDocuments(doc(zh([A, `${B}${C}`, D])), doc(zh([A, B, C, D])));
    expect(find(split.changes, 'art_2')).toMatchObject({ type: 'split', to: ['art_2', 'art_3'] });
    const merge = compareDocuments(doc(zh([A, B, C, D])), doc(zh([A, `${B}${C}`, D])));
    expect(merge.changes.find((c) => c.to.includes('art_2'))).toMatchObject({
      type: 'merged',
      from: ['art_2', 'art_3'],
    });
  });

  it('marks an article that moved against its neighbours, in either direction', () => {
    const { changes } = compareDocuments(doc(zh([A, B, C, D, E])), doc(zh([D, A, B, C, E])));
    expect(find(changes, 'art_4')).toMatchObject({
      type: 'unchanged',
      to: ['art_1'],
      moved: true,
      renumbered: true,
    });
    expect(find(changes, 'art_1')).toMatchObject({ moved: false, renumbered: true });
    expect(changes.filter((c) => c.moved)).toHaveLength(1);
  });

  it('is deterministic', () => {
    const a = load('xingzheng-fuyi-fa--2017.md');
    const b = load('xingzheng-fuyi-fa--2023.md');
    expect(JSON.stringify(compareDocuments(a, b))).toBe(JSON.stringify(compareDocuments(a, b)));
  });

  it('aligns paragraphs inside a modified article', () => {
    const oldDoc = doc(`# 条例\n\n第一条 ${A}\n\n${B}\n`);
    const newDoc = doc(`# 条例\n\n第一条 ${A}\n\n${C}\n\n${B.replace('定期', '每季度')}\n`);
    const [change] = compareDocuments(oldDoc, newDoc).changes;
    expect(change!.children?.map((c) => [c.type, c.from, c.to])).toEqual([
      ['unchanged', ['art_1__para_1'], ['art_1__para_1']],
      ['inserted', [], ['art_1__para_2']],
      ['modified', ['art_1__para_2'], ['art_1__para_3']],
    ]);
  });

  // Rewritten: plain Dice 0.24, under every threshold; what the two share is their rare words
  // (书面, 听取…的意见), and the new article stands where the old one's neighbours went.
  const asked =
    '业主委员会原则上采取书面方式征求意见，必要时可以召开座谈会，听取业主和物业服务人的意见。';
  const heard =
    '业主委员会决定共用部位的管理事项，应当当面或者通过互联网听取业主的意见，并记录在案；业主不能到场的，可以书面表决。';
  const guided =
    '街道办事处应当指导和监督业主大会、业主委员会依法履行职责，协调处理物业管理中的矛盾纠纷。';

  it('pairs a rewritten article by its distinctive words where its neighbours went', () => {
    const oldDoc = doc(zh([A, asked, B, C]));
    const newDoc = doc(zh([A, guided, heard, B, C]));
    const { changes } = compareDocuments(oldDoc, newDoc);
    expectEveryUnitOnce(oldDoc, newDoc, changes);
    expect(find(changes, 'art_2')).toMatchObject({ type: 'modified', to: ['art_3'] });
    expect(changes.find((c) => c.to.includes('art_2'))?.type).toBe('inserted');
  });

  it('does not pair such an article far from where its neighbours went', () => {
    const oldDoc = doc(zh([A, asked, B, C, D, E]));
    const newDoc = doc(zh([A, guided, B, C, D, E, heard]));
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(find(changes, 'art_2')).toMatchObject({ type: 'deleted' });
    expect(changes.find((c) => c.to.includes('art_7'))?.type).toBe('inserted');
  });

  // The whole keeps most of its text in one new article; three of its phrases (以业主满意为中心,
  // 坚持绿色节能和低碳环保, 鼓励采用新技术新方法) open the next article, which is mostly new
  // text (46% old words, under the 50% a part beside the rest needs).
  const whole =
    '物业管理应当遵循业主自治的基本原则，以业主满意为中心，坚持专业服务、坚持诚实信用、坚持公开透明，坚持绿色节能和低碳环保，鼓励采用新技术新方法。';
  const kept =
    '物业管理应当遵循业主自治的基本原则，坚持专业服务、坚持诚实信用、坚持公开透明，保障业主的合法权益。';
  const splitOff =
    '物业管理应当以业主满意为中心，坚持绿色节能和低碳环保，鼓励采用新技术新方法，推动智慧物业建设，提升居住品质，促进社区治理现代化和精细化，健全物业服务质量评价和退出机制。';

  it('splits off a mostly new article beside the partner that took the dropped phrases', () => {
    const oldDoc = doc(zh([A, whole, B, C]));
    const newDoc = doc(zh([A, kept, splitOff, B, C]));
    const { changes } = compareDocuments(oldDoc, newDoc);
    expectEveryUnitOnce(oldDoc, newDoc, changes);
    expect(find(changes, 'art_2')).toMatchObject({ type: 'split', to: ['art_2', 'art_3'] });
  });

  // One sentence (撤回表决票的，该票不计入表决结果) lives on as the first item of a new list;
  // the article as a whole is too unlike it (plain Dice 0.32) and stands apart from its
  // immediate neighbours' partners, but within the region its neighbours went to.
  const withdrawn =
    '业主大会会议作出决定前，业主要求撤回其提交的表决票的，经说明理由，可以撤回；撤回表决票的，该票不计入表决结果。';
  const notCounted =
    '有下列情形之一的，表决票不计入表决结果：（一）业主撤回表决票，业主委员会准予撤回；（二）表决票未经业主本人签名；（三）表决票填写的内容无法辨认。';
  const fillers = [
    '建设单位应当在物业管理区域内配置符合规定的物业服务用房，并在房屋买卖合同中明确其面积和位置。',
    '前期物业服务合同期限届满前，业主大会与新选聘的物业服务人签订的物业服务合同生效的，前期合同终止。',
    '占用共用部位从事经营活动所得收益，在扣除合理成本之后，属于全体业主共有，主要用于补充专项维修资金。',
    '物业服务人不得以停止供水、供电、供热、供燃气等方式催交物业费，不得强行收取额外费用。',
    '居民委员会应当协助街道办事处开展社区物业管理相关工作，配合做好矛盾纠纷的调解。',
    '本条例自二〇二四年一月一日起施行，原物业管理办法同时废止。',
  ];

  it('pairs an article by a sentence each side matches best, in the region of its neighbours', () => {
    const oldDoc = doc(zh([A, B, C, withdrawn, D, E]));
    const newDoc = doc(zh([notCounted, A, B, fillers[0]!, C, D, E]));
    const { changes } = compareDocuments(oldDoc, newDoc);
    expectEveryUnitOnce(oldDoc, newDoc, changes);
    expect(find(changes, 'art_4')).toMatchObject({ type: 'modified', to: ['art_1'] });
  });

  it('does not pair it by that sentence far from that region', () => {
    const oldDoc = doc(zhLong([A, B, C, withdrawn, D, E, ...fillers]));
    const newDoc = doc(zhLong([A, B, C, D, E, ...fillers, notCounted]));
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(find(changes, 'art_4')).toMatchObject({ type: 'deleted' });
    expect(changes.find((c) => c.to.includes('art_12'))?.type).toBe('inserted');
  });

  it('does not split off a new article beside the partner for a few dropped words', () => {
    // Only 公告业主委员会解散 was dropped; the new article beside uses those words for a new
    // procedure (公司法 2018 第一百八十八条 and 2023 第二百四十条, 简易程序注销, alike).
    const closing =
      '业主委员会任期届满后，应当制作工作报告，报业主大会确认，并移交有关资料，公告业主委员会解散。';
    const closed = '业主委员会任期届满后，应当制作工作报告，报业主大会确认，并移交有关资料。';
    const simple =
      '业主委员会未产生争议的，经全体委员承诺，可以通过简易程序办理移交，并在小区显著位置予以公告，公告期满后业主委员会解散。';
    const { changes } = compareDocuments(
      doc(zh([A, closing, B, C])),
      doc(zh([A, closed, simple, B, C])),
    );
    expect(find(changes, 'art_2')).toMatchObject({ type: 'modified', to: ['art_2'] });
    expect(changes.find((c) => c.to.includes('art_3'))?.type).toBe('inserted');
  });

  it('drops a part that holds none of the whole beyond what another part holds', () => {
    // 档案法 2016 第十一条 → 2020 第十五条; the shorter 第十六条 beside it (移交 when an office
    // is reorganised) shares only words that 第十五条 has too: it is a new rule.
    const handOver = '机关、团体、企业事业单位和其他组织必须按照国家规定，定期向档案馆移交档案。';
    const regular = [
      '机关、团体、企业事业单位和其他组织应当按照国家有关规定，定期向档案馆移交档案，档案馆不得拒绝接收。',
      '经档案馆同意，提前将档案交档案馆保管的，在国家规定的移交期限届满前，该档案所涉及政府信息公开事项仍由原制作或者保存政府信息的单位办理。',
    ];
    const reorganised =
      '机关、团体、企业事业单位和其他组织发生机构变动或者撤销、合并等情形时，应当按照规定向有关单位或者档案馆移交档案。';
    const { changes } = compareDocuments(
      doc(zh([A, handOver, B, C])),
      doc(zh([A, regular, reorganised, B, C])),
    );
    expect(find(changes, 'art_2')).toMatchObject({ from: ['art_2'], to: ['art_2'] });
    expect(changes.find((c) => c.to.includes('art_3'))?.type).toBe('inserted');
  });

  it('takes no part made of a stock clause that another old article holds nearly as much of', () => {
    // 人民武装警察法 2020 第四十六条 (违反本法规定，构成犯罪的，依法追究刑事责任) is a new general
    // article; 2009 第三十四条 and 第三十六条 each ended with 构成犯罪的，依法追究刑事责任.
    const discipline =
      '人民武装警察在执行任务中，不履行职责或者违抗上级决定、命令的，违反规定使用警械、武器的，按照中央军事委员会的有关规定给予处分；构成犯罪的，依法追究刑事责任。';
    const obstruct =
      '公民、法人或者其他组织妨碍人民武装警察依法执行任务，有违反治安管理行为的，由公安机关依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。';
    const { changes } = compareDocuments(
      doc(zh([A, discipline, obstruct, C])),
      doc(
        zh([
          A,
          '人民武装警察在执行任务中不履行职责，或者违抗上级决定、命令的，按照中央军事委员会的有关规定给予处分。',
          '妨碍人民武装警察依法执行任务，有违反治安管理行为的，由公安机关依法给予治安管理处罚。',
          '违反本法规定，构成犯罪的，依法追究刑事责任。',
          C,
        ]),
      ),
    );
    expect(find(changes, 'art_2')).toMatchObject({ type: 'modified', to: ['art_2'] });
    expect(find(changes, 'art_3')).toMatchObject({ type: 'modified', to: ['art_3'] });
    expect(changes.find((c) => c.to.includes('art_4'))?.type).toBe('inserted');
  });

  it('does not split off such an article standing away from the partner', () => {
    const oldDoc = doc(zh([A, whole, B, C]));
    const newDoc = doc(zh([A, kept, B, splitOff, C]));
    const { changes } = compareDocuments(oldDoc, newDoc);
    expect(find(changes, 'art_2')).toMatchObject({ type: 'modified', to: ['art_2'] });
    expect(changes.find((c) => c.to.includes('art_4'))?.type).toBe('inserted');
  });
});

describe('alignment on the real corpus (correspondences verified by reading)', () => {
  const pairs = [
    ['lifa-fa--2015.md', 'lifa-fa--2023.md'],
    ['xingzheng-fuyi-fa--2017.md', 'xingzheng-fuyi-fa--2023.md'],
    [
      'beijing-zhiding-difangxing-fagui-tiaoli--2017.md',
      'beijing-zhiding-difangxing-fagui-tiaoli--2023.md',
    ],
    ['us-hr2157-116--ih.md', 'us-hr2157-116--enr.md'],
    ['us-hjres37-116--rh.md', 'us-hjres37-116--rfs.md'],
    ['us-sconres10-116--is.md', 'us-sconres10-116--rs.md'],
  ] as const;
  it.each(pairs)('%s → %s: every old and new unit appears exactly once', (a, b) => {
    const oldDoc = load(a);
    const newDoc = load(b);
    expectEveryUnitOnce(oldDoc, newDoc, compareDocuments(oldDoc, newDoc).changes);
  });

  it('立法法 2015 → 2023: articles shift as the amendment inserts new ones', () => {
    const { changes } = compareDocuments(load('lifa-fa--2015.md'), load('lifa-fa--2023.md'));
    // 第七条 (国家立法权) → 第十条; 第十三条 (授权暂时调整法律) → 第十六条, not the State
    // Council's 第七十九条; 第五十二条 (立法规划) → 第五十六条; 第一百零五条 (施行) → 第一百二十条.
    expect(find(changes, 'chp_2__sec_1__art_7')?.to).toEqual(['chp_2__sec_1__art_10']);
    expect(find(changes, 'chp_2__sec_1__art_13')?.to).toEqual(['chp_2__sec_1__art_16']);
    expect(find(changes, 'chp_2__sec_5__art_52')?.to).toEqual(['chp_2__sec_5__art_56']);
    expect(find(changes, 'chp_6__art_105')).toMatchObject({
      type: 'unchanged',
      to: ['chp_6__art_120'],
      renumbered: true,
    });
    expect(changes.find((c) => c.to.includes('chp_3__art_79'))?.type).toBe('inserted');
  });

  it('行政复议法 2017 → 2023: 第二十八条 (决定的种类) splits into 第六十一条 to 第七十条', () => {
    // 2017 第二十八条 lists every kind of decision; 2023 gives each its own article: the review
    // and sign-off (61), 变更 (63), 撤销 (64), 确认违法 (65), 履行 (66), 维持 (68), and 视为没有
    // 证据 (70, 2017 第二十八条 (四) nearly verbatim). 62 comes from 第三十一条; 67 (确认无效)
    // and 69 (驳回复议请求) are new.
    const { changes } = compareDocuments(
      load('xingzheng-fuyi-fa--2017.md'),
      load('xingzheng-fuyi-fa--2023.md'),
    );
    expect(find(changes, 'chp_5__art_28')).toMatchObject({
      type: 'split',
      to: [
        'chp_5__art_61',
        'chp_5__art_63',
        'chp_5__art_64',
        'chp_5__art_65',
        'chp_5__art_66',
        'chp_5__art_68',
        'chp_5__art_70',
      ],
    });
    expect(find(changes, 'chp_1__art_1')).toMatchObject({ type: 'modified', to: ['chp_1__art_1'] });
    // The final article changed both its date and its repeal list, but stays the final article
    // (本法自…起施行): paired across the gap, not deleted and inserted.
    expect(find(changes, 'chp_7__art_43')).toMatchObject({
      type: 'modified',
      to: ['chp_7__art_90'],
    });
    // 第十七条 (收到申请后五日内审查) is 2023 第三十条.
    expect(find(changes, 'chp_4__art_17')?.to).toEqual(['chp_3__art_30']);
  });

  it('北京 2017 → 2023: 第五条 is unchanged but renumbered to 第六条', () => {
    const { changes } = compareDocuments(
      load('beijing-zhiding-difangxing-fagui-tiaoli--2017.md'),
      load('beijing-zhiding-difangxing-fagui-tiaoli--2023.md'),
    );
    expect(find(changes, 'chp_1__art_5')).toMatchObject({
      type: 'unchanged',
      to: ['chp_1__art_6'],
      renumbered: true,
    });
  });

  it('H.J.Res. 37: the Senate inserts SEC. 4 (intelligence sharing); the two reports move down', () => {
    const { changes } = compareDocuments(
      load('us-hjres37-116--rh.md'),
      load('us-hjres37-116--rfs.md'),
    );
    for (const n of [1, 2, 3]) expect(find(changes, `sec_${n}`)?.to).toEqual([`sec_${n}`]);
    expect(find(changes, 'sec_4')).toMatchObject({ to: ['sec_5'], renumbered: true });
    expect(find(changes, 'sec_5')).toMatchObject({ to: ['sec_6'], renumbered: true });
    expect(changes.filter((c) => c.type === 'inserted').map((c) => c.to)).toEqual([['sec_4']]);
  });
});
