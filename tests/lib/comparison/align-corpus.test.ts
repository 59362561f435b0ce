/**
 * Correspondences between real versions, each checked by reading both texts (the comment on
 * each expectation says what the reading showed). Units are found by their label, so a
 * change of eId scheme does not invalidate what was verified.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments, type Change } from '../../../src/lib/comparison/index.ts';
import { carriedOver } from '../../../src/lib/comparison/lineage.ts';
import {
  articlesOf,
  flatten,
  parseDraft,
  plainText,
  type ParsedDocument,
} from '../../../src/lib/legislation/index.ts';
import { corpusDir as corpus } from '../../helpers/corpus.ts';

function load(name: string): ParsedDocument {
  const r = parseDraft(fs.readFileSync(path.join(corpus, name), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r.document;
}

/** eId of the unit with this label, or (for unnumbered English units) whose text starts so. */
function unit(doc: ParsedDocument, label: string): string {
  const hits = articlesOf(doc).filter(
    (n) => n.label === label || (n.label === '' && plainText(n).trim().startsWith(label)),
  );
  if (hits.length !== 1) throw new Error(`${label}: ${hits.length} units`);
  return hits[0]!.eId;
}

function comparison(oldName: string, newName: string) {
  const oldDoc = load(oldName);
  const newDoc = load(newName);
  const { changes } = compareDocuments(oldDoc, newDoc);
  const from = (label: string): Change => {
    const eId = unit(oldDoc, label);
    return changes.find((c) => c.from.includes(eId))!;
  };
  const to = (label: string): Change => {
    const eId = unit(newDoc, label);
    return changes.find((c) => c.to.includes(eId))!;
  };
  const labels = (doc: ParsedDocument, ids: string[]) =>
    ids.map((id) => articlesOf(doc).find((n) => n.eId === id)!.label);
  return {
    from,
    to,
    newLabels: (c: Change) => labels(newDoc, c.to),
    oldLabels: (c: Change) => labels(oldDoc, c.from),
  };
}

describe('立法法 2015 → 2023 (an amendment: articles added, later ones shift)', () => {
  const { from, to, newLabels } = comparison('lifa-fa--2015.md', 'lifa-fa--2023.md');

  it.each([
    // 下列事项只能制定法律 (only the colon changed width)
    ['第八条', '第十一条'],
    // 授权国务院先制定行政法规: the cross-reference 第八条 became 第十一条
    ['第九条', '第十二条'],
    // 全国人民代表大会主席团可以向全国人民代表大会提出法律案
    ['第十四条', '第十七条'],
    // 法律委员会 → 宪法和法律委员会 throughout the procedure articles
    ['第二十条', '第二十三条'],
    ['第四十一条', '第四十四条'],
    // 法律解释的提出: 国家监察委员会 added to the list of bodies
    ['第四十六条', '第四十九条'],
    // 法律根据内容需要，可以分编、章、节、条、款、项、目
    ['第六十一条', '第六十五条'],
    // 国务院法制机构 拟订国务院年度立法计划
    ['第六十六条', '第七十三条'],
    // 地方性法规可以就下列事项作出规定
    ['第七十三条', '第八十二条'],
    // 经济特区所在地的省、市 … 经济特区法规
    ['第七十四条', '第八十四条'],
    // 改变或者撤销 … 的权限
    ['第九十七条', '第一百零八条'],
    // 专门委员会、常务委员会工作机构在审查、研究中认为 … 同宪法或者法律相抵触
    ['第一百条', '第一百一十二条'],
    // 中央军事委员会根据宪法和法律，制定军事法规
    ['第一百零三条', '第一百一十七条'],
  ])('2015 %s is 2023 %s, renumbered, not moved', (oldLabel, newLabel) => {
    const change = from(oldLabel);
    expect(newLabels(change)).toEqual([newLabel]);
    expect(change).toMatchObject({ renumbered: true, moved: false });
    expect(['unchanged', 'modified']).toContain(change.type);
  });

  it.each([
    ['第五十五条'], // 坚持科学立法、民主立法、依法立法 — no 2015 counterpart
    ['第七十条'], // 基层立法联系点
    ['第八十三条'], // 区域协同立法
    ['第一百一十八条'], // 国家监察委员会制定监察法规
  ])('2023 %s is a new article', (newLabel) => {
    expect(to(newLabel)).toMatchObject({ type: 'inserted', from: [] });
  });

  it('2015 第七十二条 splits: its first paragraph becomes 第八十条, the rest 第八十一条', () => {
    // 2023 第八十条 is the 2015 first paragraph word for word (省、自治区、直辖市 … 可以制定地方性
    // 法规); 第八十一条 carries the five later paragraphs (设区的市 …).
    const change = from('第七十二条');
    expect(change.type).toBe('split');
    expect(newLabels(change)).toEqual(['第八十条', '第八十一条']);
  });
});

describe('行政复议法 2017 → 2023 (a full revision)', () => {
  const { from, newLabels } = comparison(
    'xingzheng-fuyi-fa--2017.md',
    'xingzheng-fuyi-fa--2023.md',
  );

  it('2017 第二十四条 lives on as the first sentence of 2023 第四十六条, which gained a paragraph', () => {
    // 在行政复议过程中，被申请人不得自行向申请人和其他有关组织或者个人收集证据 →
    // 行政复议期间，被申请人不得自行向申请人和其他有关单位或者个人收集证据；… + 补充证据 paragraph.
    const change = from('第二十四条');
    expect(change.type).toBe('modified');
    expect(newLabels(change)).toEqual(['第四十六条']);
  });

  it('2017 第十条 (申请人、第三人) splits: 申请人 stays in 第十四条, 第三人 gets 第十六条', () => {
    const change = from('第十条');
    expect(change.type).toBe('split');
    expect(newLabels(change)).toEqual(expect.arrayContaining(['第十四条', '第十六条']));
  });
});

describe('行政复议法 2017 → 2023, paragraphs across articles (#16)', () => {
  const oldDoc = load('xingzheng-fuyi-fa--2017.md');
  const newDoc = load('xingzheng-fuyi-fa--2023.md');
  const comparison = compareDocuments(oldDoc, newDoc);
  const art3 = unit(oldDoc, '第三条');
  const change = comparison.changes.find((c) => c.from.includes(art3))!;

  it('2017 第三条, once reported deleted, is split into 2023 第四条 and 第六条', () => {
    // 第一款 (行政复议机关 … 负责法制工作的机构) → 2023 第四条; 第二款 (初次从事行政复议的人员 …
    // 取得法律职业资格) → 2023 第六条第二款, which gained 并参加统一职前培训.
    expect(change.type).toBe('split');
    expect(change.to).toEqual([unit(newDoc, '第四条'), unit(newDoc, '第六条')]);
  });

  it("says which paragraph went where, and the part keeps the paragraph's lineage", () => {
    const para2 = change.children?.find((c) => c.from.includes(`${art3}__para_2`));
    expect(para2?.to).toEqual([`${unit(newDoc, '第六条')}__para_2`]);
    const carried = carriedOver(
      comparison,
      flatten(oldDoc.nodes).map((n) => n.eId),
      flatten(newDoc.nodes).map((n) => n.eId),
    );
    expect(carried.get(`${unit(newDoc, '第六条')}__para_2`)).toBe(`${art3}__para_2`);
    expect(carried.get(unit(newDoc, '第四条'))).toBe(art3);
  });

  it("lends an old clause's lineage to one new clause at most", () => {
    const carried = carriedOver(
      comparison,
      flatten(oldDoc.nodes).map((n) => n.eId),
      flatten(newDoc.nodes).map((n) => n.eId),
    );
    const values = [...carried.values()];
    expect(new Set(values).size).toBe(values.length);
  });
});

describe('北京市制定地方性法规条例 2017 → 2023', () => {
  const { from, to, newLabels, oldLabels } = comparison(
    'beijing-zhiding-difangxing-fagui-tiaoli--2017.md',
    'beijing-zhiding-difangxing-fagui-tiaoli--2023.md',
  );

  it('2017 第六条 (突出地方特色) and 第九条 (设定法律规范) merge into 2023 第八条', () => {
    // 2023 第八条 paragraph 2 is 2017 第九条 verbatim; paragraph 1 takes 从实际出发 … 适应经济
    // 社会发展和全面深化改革的要求 … 突出地方特色，增强立法的针对性 from 2017 第六条.
    const change = to('第八条');
    expect(change.type).toBe('merged');
    expect(oldLabels(change)).toEqual(['第六条', '第九条']);
  });

  it('2017 第三十七条 splits: the government-bill sentence becomes 2023 第四十六条', () => {
    // 市人民政府应当由副市长或者委托的法制工作机构的负责人向常务委员会作说明 is 2023 第四十六条
    // almost word for word; the rest of the first-reading procedure is 2023 第四十一条, and its
    // third paragraph (有关专门委员会 … 列席会议) is word for word 2023 第四十七条第三款, whose
    // first two paragraphs are 2017 第四十二条: one row of several old and new articles.
    const change = from('第三十七条');
    expect(change.type).toBe('merged');
    expect(oldLabels(change)).toEqual(['第三十七条', '第四十二条']);
    expect(newLabels(change)).toEqual(['第四十一条', '第四十六条', '第四十七条']);
  });
});

describe('an old article split over its partner and a new article by one sentence', () => {
  it('职业教育法 1996 第六条 → 2022 第七条 and 第九条', () => {
    // 各级人民政府应当将发展职业教育纳入国民经济和社会发展规划 is 2022 第七条, grown; the second
    // paragraph (行业组织和企业、事业组织应当依法履行实施职业教育的义务) is the third paragraph of
    // the new 第九条 (…等应当依法履行实施职业教育的义务), whose first two are new.
    const { from, newLabels } = comparison('zhiye-jiaoyu-fa--1996.md', 'zhiye-jiaoyu-fa--2022.md');
    expect(from('第六条').type).toBe('split');
    expect(newLabels(from('第六条'))).toEqual(['第七条', '第九条']);
  });

  it('行政处罚法 2017 第三条 → 2021 第四条 and 第三十八条', () => {
    // 没有法定依据或者不遵守法定程序的，行政处罚无效 became 第三十八条 (没有依据…无效; 违反法定程序
    // 构成重大且明显违法的…无效), far from 第四条, which kept the first paragraph.
    const { from, newLabels } = comparison(
      'xingzheng-chufa-fa--2017.md',
      'xingzheng-chufa-fa--2021.md',
    );
    expect(newLabels(from('第三条'))).toEqual(['第四条', '第三十八条']);
  });

  it('not an article of one sentence: 人民武装警察法 2009 第六条 (警衔) is 2020 第七条 alone', () => {
    // Its one sentence shares 由…中央军事委员会…规定 with the new 第十条 (组织指挥), but its
    // partner took it whole: there is no other part.
    const { from, to, newLabels } = comparison(
      'renmin-wuzhuang-jingcha-fa--2009.md',
      'renmin-wuzhuang-jingcha-fa--2020.md',
    );
    expect(newLabels(from('第六条'))).toEqual(['第七条']);
    expect(to('第十条').type).toBe('inserted');
  });

  it('not a small share of what is left: 国防教育法 2024 第四条 (领导体制) is a new article', () => {
    // 2018 第六条's 国务院领导全国的国防教育工作 is most alike its opening (…对国防教育工作的
    // 领导), but it is under a tenth of the 第六条 text that 第五条 does not carry.
    const { to } = comparison('guofang-jiaoyu-fa--2018.md', 'guofang-jiaoyu-fa--2024.md');
    expect(to('第四条')).toMatchObject({ type: 'inserted', from: [] });
  });
});

describe('near-identical articles, not crossed', () => {
  it('人民法院组织法 2006 第二十四条 (中级) → 2018 第二十三条, 第二十七条 (高级) → 第二十一条', () => {
    // Both old articles list the cases a court hears in the same words; the new 高级 list names
    // the 中级 courts where the old 中级 list named the 基层 ones, so old 第二十七条 (高级) is a
    // little more alike the new 中级 list. Exchanged, the two pairs fit better together.
    const { from, newLabels } = comparison(
      'renmin-fayuan-zuzhi-fa--2006.md',
      'renmin-fayuan-zuzhi-fa--2018.md',
    );
    expect(newLabels(from('第二十四条'))).toEqual(['第二十三条']);
    expect(newLabels(from('第二十七条'))).toEqual(['第二十一条']);
  });
});

describe('a stock clause is no part of a split', () => {
  it('档案法 2016 第二十五条 is 2020 第五十条 alone; the general 第五十一条 is new', () => {
    // 第五十一条 (违反本法规定，构成犯罪的，依法追究刑事责任；…民事责任) shares with 第二十五条 only
    // its closing 构成犯罪的，依法追究刑事责任, which 第二十四条 ends with too.
    const { from, to, newLabels } = comparison('dangan-fa--2016.md', 'dangan-fa--2020.md');
    expect(newLabels(from('第二十五条'))).toEqual(['第五十条']);
    expect(to('第五十一条')).toMatchObject({ type: 'inserted', from: [] });
  });

  it('人民武装警察法 2009 第三十六条 is 2020 第四十四条 alone; the general 第四十六条 is new', () => {
    const { from, to, newLabels } = comparison(
      'renmin-wuzhuang-jingcha-fa--2009.md',
      'renmin-wuzhuang-jingcha-fa--2020.md',
    );
    expect(newLabels(from('第三十六条'))).toEqual(['第四十四条']);
    expect(to('第四十六条')).toMatchObject({ type: 'inserted', from: [] });
  });
});

describe('a part split off beside its whole takes a sentence, not words', () => {
  it('农产品质量安全法 2018 第三十六条 (复检) is 2022 第五十一条 alone; 第五十条 is new', () => {
    // 第五十一条 carries most of every sentence of 第三十六条; 第五十条 (快速检测方法 for 监督抽查)
    // holds only the words 国务院…会同有关部门认定的 that 第五十一条 left out.
    const { from, to, newLabels } = comparison(
      'nongchanpin-zhiliang-anquan-fa--2018.md',
      'nongchanpin-zhiliang-anquan-fa--2022.md',
    );
    expect(newLabels(from('第三十六条'))).toEqual(['第五十一条']);
    expect(to('第五十条')).toMatchObject({ type: 'inserted', from: [] });
  });
});

describe('an article dropped from a merge as adding nothing looks for a partner of its own', () => {
  it('国防教育法 2018 第十二条 (全民国防教育日) is 2024 第十二条, not a part of 第十三条', () => {
    // Merged by Dice into 2024 第十三条 (国防教育日 activities), then dropped from it as adding
    // nothing; 2024 第十二条 (每年九月的第三个星期六为全民国防教育日) stands between the same neighbours.
    const { from, newLabels } = comparison(
      'guofang-jiaoyu-fa--2018.md',
      'guofang-jiaoyu-fa--2024.md',
    );
    expect(newLabels(from('第十二条'))).toEqual(['第十二条']);
  });
});

describe('an article that lives on as a sentence of a far article is merged into it', () => {
  it('妇女权益保障法 2018 第五十八条 (法律责任) is merged with 第四十条 into 2022 第二十三条', () => {
    // Old 第五十八条's 可以提请公安机关…处罚，也可以…提起民事诉讼 is the new 第二十三条第三款
    // (受害妇女可以向公安机关报案，也可以…提起民事诉讼), in another chapter.
    const { from, newLabels } = comparison(
      'funv-quanyi-baozhang-fa--2018.md',
      'funv-quanyi-baozhang-fa--2022.md',
    );
    expect(newLabels(from('第五十八条'))).toEqual(['第二十三条']);
    expect(from('第五十八条')).toBe(from('第四十条'));
  });

  it('not by a weaker sentence: 公司法 2018 第九十四条 (发起人的责任) stays out of 2023 第二十三条', () => {
    const { from, newLabels } = comparison('gongsi-fa--2018.md', 'gongsi-fa--2023.md');
    expect(newLabels(from('第九十四条'))).not.toContain('第二十三条');
  });
});

describe('a leftover article takes its new article back from a worse fit', () => {
  it('农产品质量安全法 2018 第四十九条 (保鲜剂、防腐剂、添加剂) is 2022 第七十二条, not 第五十条', () => {
    // Item (二) of the new 第七十二条 is old 第四十九条's 保鲜剂、防腐剂、添加剂等材料不符合; its
    // neighbour 第五十条 (销售…第三十三条第一项至第三项) shares the 责令停止销售…无害化处理 penalty
    // words with it and is most alike 第七十一条 (销售…不符合农产品质量安全标准).
    const { from, to, newLabels, oldLabels } = comparison(
      'nongchanpin-zhiliang-anquan-fa--2018.md',
      'nongchanpin-zhiliang-anquan-fa--2022.md',
    );
    expect(newLabels(from('第四十九条'))).toEqual(['第七十二条']);
    expect(oldLabels(to('第七十二条'))).toEqual(['第四十九条']);
  });

  it('公司法 2023 第四十五条 (股东共同制定公司章程) is 2018 第二十三条 (三); 第六十条 was dropped', () => {
    // Old 第二十三条 holds 0.90 of the new article (设立有限责任公司 … 股东共同制定公司章程); the
    // one-person company's 章程由股东制定 (old 第六十条) holds half of it, and its chapter is gone.
    const { from, newLabels } = comparison('gongsi-fa--2018.md', 'gongsi-fa--2023.md');
    expect(newLabels(from('第二十三条'))).toEqual(['第四十五条']);
    expect(from('第六十条')).toMatchObject({ type: 'deleted', to: [] });
  });
});

describe('a new article modelled on another is not paired for its stock words', () => {
  it('预防未成年人犯罪法 2012 第十九条 and 第五十条 were dropped; 2020 第二十九条 is new', () => {
    // 2020 第二十九条 (父母…发现未成年人有不良行为的，应当及时制止并加强管教) follows 2020 第三十七条
    // (…发现未成年人组织或者参加实施不良行为的团伙，应当及时制止), which is 2012 第十七条; 2012
    // 第十九条 (不得让…脱离监护单独居住) shares only 未成年人的父母或者其他监护人 with it. Its
    // penalty, 2012 第五十条, is no more 2020 第四十条 than 2012 第四十九条 (now 第六十一条) is.
    const { from, to } = comparison(
      'yufang-weichengnianren-fanzui-fa--2012.md',
      'yufang-weichengnianren-fanzui-fa--2020.md',
    );
    expect(from('第十九条')).toMatchObject({ type: 'deleted', to: [] });
    expect(from('第五十条')).toMatchObject({ type: 'deleted', to: [] });
    expect(to('第二十九条')).toMatchObject({ type: 'inserted', from: [] });
  });
});

describe('a leftover article takes a new one in context when its most alike is rightly taken', () => {
  it('国防教育法 2018 第三条 (增强国防观念…履行国防义务) is 2024 第三条, not deleted', () => {
    // The tail of the new 第三条, after a new 指导思想 clause; by distinctive words the old article
    // is a little more alike 2024 第十五条 (…具备基本的国防观念), which 2018 第十五条 holds far better.
    const { from, newLabels } = comparison(
      'guofang-jiaoyu-fa--2018.md',
      'guofang-jiaoyu-fa--2024.md',
    );
    expect(from('第三条').type).toBe('modified');
    expect(newLabels(from('第三条'))).toEqual(['第三条']);
  });
});

describe('a rewritten article in the same slot takes its new article with less of its text', () => {
  it('上海市推进国际金融中心建设条例 2009 第三条 (建设方向) is 2024 第三条', () => {
    // 以金融市场体系建设为核心…建成与经济实力和人民币国际地位相适应的国际金融中心 → 现代金融
    // 体系建设, 高水平开放, 人民币资产全球配置中心: between 第二条 (from 第二条) and 第五条 (from
    // 第四条), 0.29 of the old text kept.
    const { from, newLabels } = comparison(
      'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009.md',
      'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2024.md',
    );
    expect(from('第三条').type).toBe('modified');
    expect(newLabels(from('第三条'))).toEqual(['第三条']);
  });

  it('职业教育法 1996 第二十八条 (企业承担职业教育的费用) is 2022 第五十八条 (职工教育经费)', () => {
    const { from, newLabels } = comparison('zhiye-jiaoyu-fa--1996.md', 'zhiye-jiaoyu-fa--2022.md');
    expect(newLabels(from('第二十八条'))).toEqual(['第五十八条']);
  });
});

describe('a penalty is not paired with the penalty of another duty', () => {
  it('农产品质量安全法 2018 第四十八条 (违反本法第二十八条, 包装、标识) is deleted; 2022 第七十五条 is new', () => {
    // They share only 责令限期改正；逾期不改正的，可以处…罚款: 2018 第二十八条 (包装、标识) is 2022
    // 第三十八条, and 第七十五条 punishes the new 追溯 duty.
    const { from, to } = comparison(
      'nongchanpin-zhiliang-anquan-fa--2018.md',
      'nongchanpin-zhiliang-anquan-fa--2022.md',
    );
    expect(from('第四十八条')).toMatchObject({ type: 'deleted', to: [] });
    expect(to('第七十五条')).toMatchObject({ type: 'inserted', from: [] });
  });

  it('北京市安全生产条例 2016 第八十九条 (违反第三十九条, 危险作业) is deleted; 2022 第六十二条 is new', () => {
    // Both name their duty: 2016 第三十九条 (危险作业) is 2022 第二十八、二十九条, and 第六十二条
    // punishes the new 第四十七条 (危险化学品 禁止、限制、控制措施). They share 责令改正；拒不改正的，
    // …处二万元以上十万元以下罚款, Dice 0.47, above the bar at which a guessed subject counts.
    const { from, to } = comparison(
      'beijing-anquan-shengchan-tiaoli--2016.md',
      'beijing-anquan-shengchan-tiaoli--2022.md',
    );
    expect(from('第八十九条')).toMatchObject({ type: 'deleted', to: [] });
    expect(to('第六十二条')).toMatchObject({ type: 'inserted', from: [] });
  });

  it('北京市安全生产条例 2016 第八十八条 (a deleted duty) leaves 第九十二条 > 2022 第六十条 alone', () => {
    // 2016 第八十八条 punishes 第三十六条 (劳动防护用品), deleted; 2022 第六十条 punishes 第三十七条
    // 第一款 (告知), which is 2016 第四十七条, the duty of 2016 第九十二条.
    const { from } = comparison(
      'beijing-anquan-shengchan-tiaoli--2016.md',
      'beijing-anquan-shengchan-tiaoli--2022.md',
    );
    expect(from('第八十八条')).toMatchObject({ type: 'deleted', to: [] });
    expect(from('第九十二条')).toMatchObject({ type: 'modified' });
  });
});

describe('a penalty is paired by its duty only with an article where penalties stand', () => {
  it('北京市安全生产条例 2016 第九十一条 (危险化学品 penalty) is deleted; 2022 第四十六条 is new', () => {
    // 2016 第九十一条 punishes a breach of 第四十一条 (危险化学品 销售、采购), which is 2022
    // 第三十二条; 2022 第四十六条 (本市鼓励…危险化学品…集中管理) is most alike that article, but it is
    // an encouragement in 监督管理, not a penalty of 法律责任.
    const { from, to } = comparison(
      'beijing-anquan-shengchan-tiaoli--2016.md',
      'beijing-anquan-shengchan-tiaoli--2022.md',
    );
    expect(from('第九十一条')).toMatchObject({ type: 'deleted', to: [] });
    expect(to('第四十六条')).toMatchObject({ type: 'inserted', from: [] });
  });
});

describe('a far article rewritten around a sentence it kept is paired', () => {
  it('科学技术普及法 2002 第二十九条 (表彰和奖励, 保障措施) is 2024 第十三条 in 总则', () => {
    // 对在科普工作中做出重要贡献的组织和个人予以表彰和奖励 → 对在科普工作中做出突出贡献的组织和
    // 个人，按照国家有关规定给予表彰、奖励: moved from 保障措施 to 总则, its opening dropped.
    const { from, newLabels } = comparison(
      'kexue-jishu-puji-fa--2002.md',
      'kexue-jishu-puji-fa--2024.md',
    );
    expect(from('第二十九条').type).toBe('modified');
    expect(newLabels(from('第二十九条'))).toEqual(['第十三条']);
  });

  it('职业教育法 1996 第三十三条 (举办企业…的收入) is 2022 第四十一条', () => {
    const { from, newLabels } = comparison('zhiye-jiaoyu-fa--1996.md', 'zhiye-jiaoyu-fa--2022.md');
    expect(newLabels(from('第三十三条'))).toEqual(['第四十一条']);
  });

  it('not when they cite articles that are no pair: 行政复议法 2017 第十八条 stays deleted', () => {
    // 2017 第十八条 (依照本法第十五条第二款…转送) and 2023 第六十条 (依照本法第五十六条、第五十七条
    // 的规定接受转送的…) share a 接受转送 sentence, but 第六十条 follows 2017 第二十六条's and
    // 第二十七条's articles, not 第十五条's.
    const { from } = comparison('xingzheng-fuyi-fa--2017.md', 'xingzheng-fuyi-fa--2023.md');
    expect(from('第十八条')).toMatchObject({ type: 'deleted', to: [] });
  });
});

describe('a sentence alike by a stock opening does not pair against the whole articles', () => {
  it('上海市推进国际金融中心建设条例 2024 第三十一条 (股权投资集聚区) is new, not 2009 第十五条', () => {
    // 2009 第十五条 (市人民政府及其有关部门应当支持金融行业协会发挥…自律等作用) is, by distinctive
    // words, most alike 2024 第六十四条 (…支持金融领域相关行业自律组织…), and that one most alike it;
    // the opening of 第三十一条 (市人民政府及其有关部门支持股权投资集聚区建设) shares the subject only.
    const { to } = comparison(
      'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009.md',
      'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2024.md',
    );
    expect(to('第三十一条')).toMatchObject({ type: 'inserted', from: [] });
  });

  it('2009 第十五条 is 2024 第六十四条, its sentence as good as tied with the stock opening', () => {
    // 金融行业协会发挥规范、协调、服务、自律等作用 → 行业自律组织服务行业发展、规范市场秩序、完善
    // 自律机制, moved to the last chapter: 0.19 by distinctive words against 第三十一条's 0.20.
    const { from, newLabels } = comparison(
      'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009.md',
      'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2024.md',
    );
    expect(from('第十五条').type).toBe('modified');
    expect(newLabels(from('第十五条'))).toEqual(['第六十四条']);
  });
});

describe('an article rewritten in other words with no close rival is paired', () => {
  it('北京市规范性文件备案审查条例 2021 第十九条 (说明情况) is 2024 第二十七条 (书面说明, 派员列席)', () => {
    // 要求…制定机关说明情况或者提供相关材料 → 要求制定机关书面说明有关情况或者补充有关材料，派员
    // 列席会议、回答询问: 0.21 by distinctive words, while neither reaches 0.13 with another article.
    const { from, newLabels } = comparison(
      'beijing-guifanxing-wenjian-beian-shencha-tiaoli--2021.md',
      'beijing-guifanxing-wenjian-beian-shencha-tiaoli--2024.md',
    );
    expect(from('第十九条').type).toBe('modified');
    expect(newLabels(from('第十九条'))).toEqual(['第二十七条']);
  });
});

describe('an article whose every sentence went to one article far away is paired with it', () => {
  it('北京市规范性文件备案审查条例 2021 第十条 (迟报、漏报) is 2024 第四十三条 in 保障与监督', () => {
    // 通知其限期报送…；逾期仍不报送的，…由主任会议决定予以通报，并限期改正 → 要求其限期改正。逾期未
    // 改正的，经常务委员会主任会议决定，予以通报: both sentences are most alike those of 第四十三条,
    // two thirds of the text away, where no neighbour vouches for the place.
    const { from, newLabels } = comparison(
      'beijing-guifanxing-wenjian-beian-shencha-tiaoli--2021.md',
      'beijing-guifanxing-wenjian-beian-shencha-tiaoli--2024.md',
    );
    expect(from('第十条').type).toBe('modified');
    expect(newLabels(from('第十条'))).toEqual(['第四十三条']);
    // 信息平台: both paragraphs of 2021 第五条, in 总则, are most alike those of 2024 第三十八条.
    expect(newLabels(from('第五条'))).toEqual(['第三十八条']);
  });
  it('not an article of one sentence: 北京市未成年人保护条例 2016 第二十一条 stays deleted', () => {
    // Its one sentence is most alike one of 2023 第三十六条, its most alike article, for a phrase.
    const { from } = comparison(
      'beijing-weichengnianren-baohu-tiaoli--2016.md',
      'beijing-weichengnianren-baohu-tiaoli--2023.md',
    );
    expect(from('第二十一条')).toMatchObject({ type: 'deleted', to: [] });
  });
});

describe("a pair placed by its position alone shares a word of its own, not only the field's", () => {
  it('反不正当竞争法 1993 第十八条 (出示检查证件) is deleted; 2017 第十五条 (保密义务) is new', () => {
    // 监督检查部门工作人员监督检查不正当竞争行为时，应当出示检查证件 and 监督检查部门及其工作人员对
    // 调查过程中知悉的商业秘密负有保密义务 share 监督检查部门…工作人员 only, words of many articles
    // of both texts; 第十五条 stands one place beyond the partners of 第十八条's neighbours.
    const { from, to } = comparison(
      'fan-buzhengdang-jingzheng-fa--1993.md',
      'fan-buzhengdang-jingzheng-fa--2017.md',
    );
    expect(from('第十八条')).toMatchObject({ type: 'deleted', to: [] });
    expect(to('第十五条')).toMatchObject({ type: 'inserted', from: [] });
  });

  it('北京市未成年人保护条例 2016 第十七条 (夜不归宿) is deleted; 2023 第四十七条 (带离) is new', () => {
    // 父母或者其他监护人应当教育制止…擅自夜不归宿 and 公安机关…发现未成年人的父母或者其他监护人严重
    // 伤害未成年人…带离危险环境: their sentences are each the other's best in the region by the
    // stock 父母或者其他监护人 and 制止.
    const { from, to } = comparison(
      'beijing-weichengnianren-baohu-tiaoli--2016.md',
      'beijing-weichengnianren-baohu-tiaoli--2023.md',
    );
    expect(from('第十七条')).toMatchObject({ type: 'deleted', to: [] });
    expect(to('第四十七条')).toMatchObject({ type: 'inserted', from: [] });
  });

  it('北京市安全生产条例 2016 第三十七条 (经常性检查) is deleted; 2022 第二十七条 (分级管控) is new', () => {
    // They share the stock 根据本单位生产经营活动的特点 and little else.
    const { from, to } = comparison(
      'beijing-anquan-shengchan-tiaoli--2016.md',
      'beijing-anquan-shengchan-tiaoli--2022.md',
    );
    expect(from('第三十七条')).toMatchObject({ type: 'deleted', to: [] });
    expect(to('第二十七条')).toMatchObject({ type: 'inserted', from: [] });
  });

  it('but 职业教育法 1996 第二十三条 (产教结合) is still 2022 第四十条 (产教融合)', () => {
    const { from, newLabels } = comparison('zhiye-jiaoyu-fa--1996.md', 'zhiye-jiaoyu-fa--2022.md');
    expect(newLabels(from('第二十三条'))).toEqual(['第四十条']);
  });
});

describe('leftover articles that apply the same cited rules are paired', () => {
  it('公司法 2018 第一百零八条 (董事会, 本法第四十五条…第四十六条) is 2023 第一百二十条', () => {
    // 本法第四十五条关于有限责任公司董事任期的规定…本法第四十六条关于有限责任公司董事会职权的规定，
    // 适用于股份有限公司董事会 → 本法第六十七条、第六十八条第一款、第七十条、第七十一条的规定，适用
    // 于股份有限公司: 2018 第四十五、四十六条 are 2023 第七十、六十七条, while the two share few
    // words of their own (0.16 by distinctive words).
    const { from, newLabels } = comparison('gongsi-fa--2018.md', 'gongsi-fa--2023.md');
    expect(from('第一百零八条').type).toBe('modified');
    expect(newLabels(from('第一百零八条'))).toEqual(['第一百二十条']);
  });
});

describe('an article joins the row of the article that took one of its sentences', () => {
  it('人民武装警察法 2009 第二条 (领导体制) meets 第三条 in 2020 第二条, the rest in 第四条', () => {
    // 2009 第二条's 领导体制 sentence is 2020 第二条 (0.57 in plain words), beside 2009 第三条;
    // the rest of it (任务) is 2020 第四条.
    const { from, oldLabels, newLabels } = comparison(
      'renmin-wuzhuang-jingcha-fa--2009.md',
      'renmin-wuzhuang-jingcha-fa--2020.md',
    );
    expect(oldLabels(from('第二条'))).toEqual(['第二条', '第三条']);
    expect(newLabels(from('第二条'))).toEqual(['第二条', '第四条']);
  });

  it('职业教育法 1996 第九条 (科学研究) is the first sentence of 2022 第六十一条, with 第三十八条', () => {
    const { from, oldLabels, newLabels } = comparison(
      'zhiye-jiaoyu-fa--1996.md',
      'zhiye-jiaoyu-fa--2022.md',
    );
    expect(oldLabels(from('第九条'))).toEqual(['第九条', '第三十八条']);
    expect(newLabels(from('第九条'))).toEqual(['第六十一条']);
  });
});

describe('H.R. 2157 introduced → enrolled', () => {
  const { from, newLabels } = comparison('us-hr2157-116--ih.md', 'us-hr2157-116--enr.md');

  it('Sec. 101 (Puerto Rico nutrition grant) moved below the Northern Mariana Islands section', () => {
    expect(newLabels(from('Sec. 101.'))).toEqual(['Sec. 104.']);
    expect(from('Sec. 101.').moved).toBe(true);
    expect(from('Sec. 102.')).toMatchObject({ type: 'unchanged', renumbered: true });
    expect(newLabels(from('Sec. 102.'))).toEqual(['Sec. 101.']);
  });

  it('the Navy construction proviso ("may only be used for the purposes …") became Sec. 1001', () => {
    const change = from('Military Construction, Navy and Marine Corps');
    expect(change.type).toBe('split');
    expect(newLabels(change)).toContain('Sec. 1001.');
  });
});
