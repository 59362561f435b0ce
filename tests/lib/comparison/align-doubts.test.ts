/**
 * Rows marked for a second look (src/lib/comparison/align-doubts.ts), on the hand-read real
 * revisions: the marks must point where the misses are, and say which article to look at.
 */
import { describe, expect, it } from 'vitest';
import { compareDocuments, type Change } from '../../../src/lib/comparison/index.ts';
import { articlesOf, type ParsedDocument } from '../../../src/lib/legislation/index.ts';
import { checkExpected, expectedFiles } from '../../helpers/expected-alignment.ts';
import { readCorpus } from '../../helpers/corpus.ts';
import { doc } from '../../helpers/drafts.ts';

const old1996 = doc(readCorpus('zhiye-jiaoyu-fa--1996.md'));
const new2022 = doc(readCorpus('zhiye-jiaoyu-fa--2022.md'));
const eIdOf = (d: ParsedDocument, label: string) =>
  articlesOf(d).find((a) => a.label === label)!.eId;
const rowOf = (changes: Change[], eId: string) => changes.find((c) => c.from.includes(eId))!;

describe('rows marked for a second look', () => {
  it('points at the article that took a sentence the row lost (人民法院组织法 2006 第十条 → 2018 第三十七条)', () => {
    // Hand-read: 第十条 (审判委员会), with 第十三条 and 第三十四条, went to the new 第三十六条 to
    // 第三十八条, 第四十二条 and 第四十三条; the alignment keeps 第十条 → 第三十八条 and 第四十二条.
    const before = doc(readCorpus('renmin-fayuan-zuzhi-fa--2006.md'));
    const after = doc(readCorpus('renmin-fayuan-zuzhi-fa--2018.md'));
    const { changes } = compareDocuments(before, after);
    const row = rowOf(changes, eIdOf(before, '第十条'));
    expect(row.to).toEqual([eIdOf(after, '第三十八条'), eIdOf(after, '第四十二条')]);
    expect(row.doubt).toEqual({ reason: 'sentence', from: [], to: [eIdOf(after, '第三十七条')] });
  });

  it('never marks an unchanged row, and drops the mark once staff corrected the row', () => {
    const { changes } = compareDocuments(old1996, new2022);
    expect(changes.filter((c) => c.type === 'unchanged' && c.doubt)).toEqual([]);
    const fixed = compareDocuments(old1996, new2022, [
      { from: [eIdOf(old1996, '第六条')], to: [eIdOf(new2022, '第七条')] },
    ]);
    expect(rowOf(fixed.changes, eIdOf(old1996, '第六条')).doubt).toBeUndefined();
  });

  it('suggests the new article for one reported deleted (人民法院组织法 2006 第三十条 → 2018 第四十条)', () => {
    // Hand-read: the composition articles 第十八条, 第二十三条, 第二十六条 and 第三十条 went to
    // the new 第二十七条 and 第四十条; the alignment reports 第三十条 deleted.
    const before = doc(readCorpus('renmin-fayuan-zuzhi-fa--2006.md'));
    const after = doc(readCorpus('renmin-fayuan-zuzhi-fa--2018.md'));
    const { changes } = compareDocuments(before, after);
    const deleted = rowOf(changes, eIdOf(before, '第三十条'));
    expect(deleted.type).toBe('deleted');
    expect(deleted.doubt).toEqual({
      reason: 'candidate',
      from: [],
      to: [eIdOf(after, '第四十条')],
    });
  });

  it('marks a deletion whose most alike article is only faintly alike (农产品质量安全法 2018 第七条 → 2022 第四十五条)', () => {
    // Hand-read: 第七条 (按照职责权限，发布有关农产品质量安全状况信息) ends the second paragraph of
    // the new 第四十五条 (…并按照职责权限，发布有关农产品质量安全日常监督管理信息), far from its
    // old place in a new article; they share distinctive words at 0.199, under DOUBT_CANDIDATE.
    const before = doc(readCorpus('nongchanpin-zhiliang-anquan-fa--2018.md'));
    const after = doc(readCorpus('nongchanpin-zhiliang-anquan-fa--2022.md'));
    const { changes } = compareDocuments(before, after);
    const deleted = rowOf(changes, eIdOf(before, '第七条'));
    expect(deleted.type).toBe('deleted');
    expect(deleted.doubt).toEqual({
      reason: 'candidate',
      from: [],
      to: [eIdOf(after, '第四十五条')],
    });
  });

  it('pairs a deletion with the new article in the same place, too unlike to score (行政复议法 2017 第三十八条 → 2023 第八十五条)', () => {
    // Hand-read: 第三十八条 (…不履行行政复议决定等情形的，应当向有关行政机关提出建议) is the new
    // 第八十五条 in other words (…可以向监察机关…移送有关人员违法的事实材料); the alignment reports
    // one deleted and the other new, in the same place between paired neighbours.
    const before = doc(readCorpus('xingzheng-fuyi-fa--2017.md'));
    const after = doc(readCorpus('xingzheng-fuyi-fa--2023.md'));
    const { changes } = compareDocuments(before, after);
    const deleted = rowOf(changes, eIdOf(before, '第三十八条'));
    expect(deleted.type).toBe('deleted');
    expect(deleted.doubt).toEqual({ reason: 'gap', from: [], to: [eIdOf(after, '第八十五条')] });
    const inserted = changes.find((c) => c.to.includes(eIdOf(after, '第八十五条')))!;
    expect(inserted.type).toBe('inserted');
    expect(inserted.doubt).toEqual({ reason: 'gap', from: [eIdOf(before, '第三十八条')], to: [] });
  });

  it('marks a deletion whose most alike article is new, however faint (北京市未成年人保护条例 2016 第五十六条 → 2023 第五十条)', () => {
    // Hand-read: 第五十六条 (市人民政府设立未成年人紧急救助机构) is the new 第五十条 (规划建设儿童福利
    // 机构、未成年人救助保护机构) in other words; the alignment reports one deleted and the other
    // new, far apart and at 0.067 by distinctive words, under DOUBT_DELETED_CANDIDATE.
    const before = doc(readCorpus('beijing-weichengnianren-baohu-tiaoli--2016.md'));
    const after = doc(readCorpus('beijing-weichengnianren-baohu-tiaoli--2023.md'));
    const { changes } = compareDocuments(before, after);
    const deleted = rowOf(changes, eIdOf(before, '第五十六条'));
    expect(deleted.type).toBe('deleted');
    expect(changes.find((c) => c.to.includes(eIdOf(after, '第五十条')))!.type).toBe('inserted');
    expect(deleted.doubt).toEqual({ reason: 'leftover', from: [], to: [eIdOf(after, '第五十条')] });
  });

  it('points at the new article most like a sentence the row leaves, however faint (行政复议法 2017 第三十九条 → 2023 第七条)', () => {
    // Hand-read: 第三十九条 (不得向申请人收取任何费用。行政复议活动所需经费，应当列入本机关的行政
    // 经费) went to the new 第八十七条 (不得收取费用) and the last sentence of the new 第七条 (将行政
    // 复议工作经费列入本级预算); the alignment keeps 第三十九条 → 第八十七条 alone and reports 第七条
    // new. The 经费 sentence is most alike 第七条's at 0.19 by distinctive words, under
    // DOUBT_SENTENCE.
    const before = doc(readCorpus('xingzheng-fuyi-fa--2017.md'));
    const after = doc(readCorpus('xingzheng-fuyi-fa--2023.md'));
    const { changes } = compareDocuments(before, after);
    const row = rowOf(changes, eIdOf(before, '第三十九条'));
    expect(row.to).toEqual([eIdOf(after, '第八十七条')]);
    expect(changes.find((c) => c.to.includes(eIdOf(after, '第七条')))!.type).toBe('inserted');
    expect(row.doubt).toEqual({
      reason: 'leftoverSentence',
      from: [],
      to: [eIdOf(after, '第七条')],
    });
  });

  it('points a deletion at a sentence that a pair leaves uncarried (北京市未成年人保护条例 2016 第四十六条 → 2023 第三十条)', () => {
    // Hand-read: 第四十六条 (儿童食品、玩具、用具、游乐设施…不得有害于未成年人的人身安全和身心健康)
    // is the new 第三十条 (向未成年人销售商品、提供服务…不得侵害未成年人的身心健康); the alignment
    // reports it deleted and pairs 第三十条 with 第四十九条 (隐私), which holds little of that
    // opening sentence, most alike 第四十六条's at 0.118 by distinctive words.
    const before = doc(readCorpus('beijing-weichengnianren-baohu-tiaoli--2016.md'));
    const after = doc(readCorpus('beijing-weichengnianren-baohu-tiaoli--2023.md'));
    const { changes } = compareDocuments(before, after);
    const deleted = rowOf(changes, eIdOf(before, '第四十六条'));
    expect(deleted.type).toBe('deleted');
    expect(rowOf(changes, eIdOf(before, '第四十九条')).to).toEqual([eIdOf(after, '第三十条')]);
    expect(deleted.doubt).toEqual({
      reason: 'uncarried',
      from: [],
      to: [eIdOf(after, '第三十条')],
    });
  });

  it('points a split at an unpaired article between its parts (反洗钱法 2006 第三十二条 → 2024 第五十五条)', () => {
    // Hand-read: 第三十二条 (金融机构的法律责任) went to the new 第五十三条 to 第五十六条, 第五十五条
    // taking its second paragraph (致使洗钱后果发生…停业整顿或者吊销经营许可证); the alignment splits
    // it over 第五十三条, 第五十四条, 第五十六条 and 第五十七条 and reports 第五十五条, between them,
    // new, though its most alike old article is 第三十二条.
    const before = doc(readCorpus('fan-xiqian-fa--2006.md'));
    const after = doc(readCorpus('fan-xiqian-fa--2024.md'));
    const { changes } = compareDocuments(before, after);
    const row = rowOf(changes, eIdOf(before, '第三十二条'));
    expect(row.type).toBe('split');
    expect(row.to).toContain(eIdOf(after, '第五十六条'));
    expect(changes.find((c) => c.to.includes(eIdOf(after, '第五十五条')))!.type).toBe('inserted');
    expect(row.doubt?.reason).toBe('beside');
    expect(row.doubt?.to).toContain(eIdOf(after, '第五十五条'));
  });

  it('marks a split whose part shares few words with the whole (保守国家秘密法 2010 第四条 → 2024 第三条、第四条)', () => {
    // Hand-read: 第四条 (保密工作的方针) is the new 第四条; the new 第三条 (党的领导) is new and
    // shares with it only the definition 保守国家秘密（以下简称保密）工作. The alignment splits
    // 第四条 over both.
    const before = doc(readCorpus('baoshou-guojia-mimi-fa--2010.md'));
    const after = doc(readCorpus('baoshou-guojia-mimi-fa--2024.md'));
    const { changes } = compareDocuments(before, after);
    const row = rowOf(changes, eIdOf(before, '第四条'));
    expect(row.type).toBe('split');
    expect(row.to).toContain(eIdOf(after, '第三条'));
    expect(row.doubt?.reason).toBe('weak');
  });

  it('marks rows that are wrong far more often than the rows it leaves unmarked', () => {
    let marked = 0;
    let markedWrong = 0;
    let unmarked = 0;
    let unmarkedWrong = 0;
    for (const file of expectedFiles())
      for (const r of checkExpected(file)) {
        if (r.got.doubtful) {
          marked++;
          if (!r.right) markedWrong++;
        } else {
          unmarked++;
          if (!r.right) unmarkedWrong++;
        }
      }
    // A mark worth reading first: wrong at least three times as often as an unmarked row, and
    // at least twice as often as a row taken at random (marking every row would fail this),
    // while the marks hold at least four in five of the misses. How many rows are marked is
    // not itself the measure: a heavily rewritten text read blind rightly has more.
    const wrong = markedWrong + unmarkedWrong;
    expect(markedWrong / marked).toBeGreaterThan((3 * unmarkedWrong) / unmarked);
    expect(markedWrong / marked).toBeGreaterThan((2 * wrong) / (marked + unmarked));
    expect(markedWrong).toBeGreaterThanOrEqual(0.8 * wrong);
  });
});
