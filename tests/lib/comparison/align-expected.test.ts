/**
 * The alignment against correspondences read by hand in real substantial rewrites
 * (tests/fixtures/compare-expected: each row says what the reading showed). Rows it still
 * misses are listed in KNOWN_MISSES so that a fix shows up as a failing "still missed" check.
 */
import { describe, expect, it } from 'vitest';
import { checkExpected, expectedFiles, uncovered } from '../../helpers/expected-alignment.ts';

/** Rows the alignment does not get yet (#16), by file and row name. */
const KNOWN_MISSES = new Set([
  // 有权处理的机关六十日内处理 → 第六十条 (六十日内回复), four articles from 第五十六条, few words.
  'xingzheng-fuyi-fa--2017--2023.json 第二十六条 > 第五十六条+第六十条',
  // Substance kept, words not: 提出建议 → 移送监察机关 (Dice 0.18).
  'xingzheng-fuyi-fa--2017--2023.json 第三十八条 > 第八十五条',
  // The funding sentence moved to the far 第七条 in other words (best sentence 0.29).
  'xingzheng-fuyi-fa--2017--2023.json 第三十九条 > 第七条+第八十七条',
  // 公司法 2018 → 2023 (a full revision the alignment was never tuned on).
  // Old 第五条第二款 (合法权益受保护) went verbatim to the new 第三条, the rest to 第十九条/第二十条.
  'gongsi-fa--2018--2023.json 第三条+第四条+第五条 > 第三条+第四条+第十九条+第二十条',
  // 分取红利 went into the profit article with old 第一百六十六条; 优先认缴 to the 增资 chapter.
  'gongsi-fa--2018--2023.json 第三十四条+第一百六十六条 > 第二百一十条+第二百一十一条+第二百二十七条',
  // The 监事会 of 国有独资公司 is replaced by an 审计委员会: same subject, few words in common.
  'gongsi-fa--2018--2023.json 第七十条 > 第一百七十六条',
  // 发起人责任 list replaced by a cross-reference to 第四十四条 in the new 第一百零七条.
  'gongsi-fa--2018--2023.json 第九十四条 > 第一百零七条',
  // 国务院 其他种类的股份 → item (四) of the new 类别股 list.
  'gongsi-fa--2018--2023.json 第一百三十一条 > 第一百四十四条',
  // 忠实勤勉 and the list of 禁止行为 spread over seven new articles.
  'gongsi-fa--2018--2023.json 第一百四十七条+第一百四十八条 > 第一百七十九条+第一百八十条+第一百八十一条+第一百八十二条+第一百八十三条+第一百八十四条+第一百八十六条',
  // 撤销公司登记 left the penalty for the new 第三十九条 in the 公司登记 chapter.
  'gongsi-fa--2018--2023.json 第一百九十八条 > 第三十九条+第二百五十条',
  // Two 行政处分 articles → one 政务处分 article in other words.
  'gongsi-fa--2018--2023.json 第二百零八条+第二百零九条 > 第二百五十八条',
  // 反不正当竞争法 1993 → 2017 (a full revision read by hand, never tuned on).
  // Old 第十六条 (县级以上监督检查部门) repeats old 第三条's second sentence; both → the new 第四条.
  'fan-buzhengdang-jingzheng-fa--1993--2017.json 第三条+第十六条 > 第三条+第四条',
  // 违反暂停销售、转移隐匿财物 → the general 妨害监督检查、拒绝阻碍调查: other words.
  'fan-buzhengdang-jingzheng-fa--1993--2017.json 第二十八条 > 第二十八条',
  // 滥用职权 (old 第三十一条) and 徇私舞弊 (old 第三十二条) → one 依法给予处分 article.
  'fan-buzhengdang-jingzheng-fa--1993--2017.json 第三十一条+第三十二条 > 第三十条',
  // The general 构成犯罪的依法追究刑事责任 shares only that phrase with several old penalties.
  'fan-buzhengdang-jingzheng-fa--1993--2017.json — > 第三十一条',
  // 职业教育法 1996 → 2022 (a held-out full revision, read by hand before the alignment was run).
  // Old 第二款 (运用现代化教学手段) → the new 第三十一条 (现代化教学方式); the tool kept 第二十三条 only.
  'zhiye-jiaoyu-fa--1996--2022.json 第十九条 > 第二十三条+第三十一条',
  // Old 第二款 (企业单独或者联合举办职业学校) → the new 第二十五条; the tool kept 第二十四条 only.
  'zhiye-jiaoyu-fa--1996--2022.json 第二十条 > 第二十四条+第二十五条',
  // Old 第一款 (国家鼓励社会力量举办) → the new 第二十六条; the tool kept the 境外 paragraph's 第六十八条 only.
  'zhiye-jiaoyu-fa--1996--2022.json 第二十一条 > 第二十六条+第六十八条',
  // Old 第一款 (生产实习基地) → the new 第二十九条 (实习实训基地); the tool kept 第五十条 only.
  'zhiye-jiaoyu-fa--1996--2022.json 第三十七条 > 第二十九条+第五十条',
  // Old 第一款 (收取学费, 减免) → the new 第四十二条; the tool kept 第五十二条 (奖学金) only.
  'zhiye-jiaoyu-fa--1996--2022.json 第三十二条 > 第四十二条+第五十二条',
  // 用于教育的地方附加费 → the new 第五十六条 (地方教育附加统筹使用) in other words; the tool deleted it.
  'zhiye-jiaoyu-fa--1996--2022.json 第三十条 > 第五十六条',
  // 农产品质量安全法 2018 → 2022 (a held-out full revision, read by hand before the alignment was run).
  // The new 风险监测制度; the tool took it for old 第三十四条's 监测制度 sentence.
  'nongchanpin-zhiliang-anquan-fa--2018--2022.json — > 第十三条',
  // 按照职责权限发布信息 became the closing clause of the new 第四十五条第二款; the tool deleted it.
  'nongchanpin-zhiliang-anquan-fa--2018--2022.json 第七条 > 第四十五条',
  // 监督抽查 → the new 第四十六条 (抽查计划) and 第四十七条; the tool split to 第十三条+第四十七条.
  'nongchanpin-zhiliang-anquan-fa--2018--2022.json 第三十四条 > 第四十六条+第四十七条',
  // 人员不履行职责的处分 → a list of 部门 failures with graded 处分, few words shared; deleted.
  'nongchanpin-zhiliang-anquan-fa--2018--2022.json 第四十三条 > 第六十三条',
  // The new 未回收包装物 penalty; the tool matched it to old 第四十六条 for 依照有关法律处罚.
  'nongchanpin-zhiliang-anquan-fa--2018--2022.json — > 第六十七条',
  // 投入品 and 销售 penalties → the new 第七十条/第七十一条; the tool kept 46 > 67 and deleted old 第五十条.
  'nongchanpin-zhiliang-anquan-fa--2018--2022.json 第四十六条+第五十条 > 第七十条+第七十一条',
  // 处罚机关 division was dropped; the tool paired it with the new 食品安全法 referral.
  'nongchanpin-zhiliang-anquan-fa--2018--2022.json 第五十二条 > —',
  // Same pair: the new 第七十七条 (依照食品安全法处罚) is a new general referral.
  'nongchanpin-zhiliang-anquan-fa--2018--2022.json — > 第七十七条',
  // 人民武装警察法 2009 → 2020 (a held-out full revision, read by hand before the alignment was run).
  // Item 七 (处置暴乱、骚乱、恐怖袭击事件) → the new task articles 第十六条/第十七条; the tool kept 第十五条 only.
  'renmin-wuzhuang-jingcha-fa--2009--2020.json 第七条 > 第十五条+第十六条+第十七条',
  // The new 出境执行反恐任务 shares only 依照有关法律、法规和中央军委的规定执行 with old 第十六条.
  'renmin-wuzhuang-jingcha-fa--2009--2020.json — > 第二十六条',
  // Same split: old 第十六条 (防卫作战等 referral) is the new 第四十八条 alone.
  'renmin-wuzhuang-jingcha-fa--2009--2020.json 第十六条 > 第四十八条',
  // 人民法院组织法 2006 → 2018 (a held-out full revision, read by hand before the alignment was run).
  // Old 第一条 (审判机关) is the new 第二条第一款 word for word; the tool deleted it, kept 第三条 > 第二条.
  'renmin-fayuan-zuzhi-fa--2006--2018.json 第一条+第三条 > 第二条',
  // 公开审理 → 实行司法公开, 法律另有规定的除外, few words shared; the tool deleted it.
  'renmin-fayuan-zuzhi-fa--2006--2018.json 第七条 > 第七条',
  // Old 第十六条第二款 (上级监督下级) → a clause of the new 第十条; the tool kept 16 > 9 and 29 > 10 apart.
  'renmin-fayuan-zuzhi-fa--2006--2018.json 第十六条+第二十九条 > 第九条+第十条',
  // Four 组成/审判庭 articles → the general 第二十七条 and 第四十条; the tool kept 第十八条 > 第二十七条, deleted the rest.
  'renmin-fayuan-zuzhi-fa--2006--2018.json 第十八条+第二十三条+第二十六条+第三十条 > 第二十七条+第四十条',
  // 陪审员 eligibility and 审判庭的组成人员 → the short referral 第三十四条; the tool deleted it.
  'renmin-fayuan-zuzhi-fa--2006--2018.json 第三十七条 > 第三十四条',
  // 审判委员会 over 第三十六至三十八条, its 委员任免 in 第四十二、四十三条; the tool sent 10 > 38+42, 13 > 37, 34 > 43.
  'renmin-fayuan-zuzhi-fa--2006--2018.json 第十条+第十三条+第三十四条 > 第三十六条+第三十七条+第三十八条+第四十二条+第四十三条',
  // 法律专业知识 → 法律职业资格, 法学专业知识 (选任条件) in other words; the tool deleted it.
  'renmin-fayuan-zuzhi-fa--2006--2018.json 第三十三条 > 第四十七条',
  // 助理审判员 → 法官助理, a renamed office in other words; the tool deleted it.
  'renmin-fayuan-zuzhi-fa--2006--2018.json 第三十六条 > 第四十八条',
  // 法医 → 司法技术人员 and 司法警察 → the new 第五十条; the tool deleted old 第四十条.
  'renmin-fayuan-zuzhi-fa--2006--2018.json 第四十条 > 第五十条+第五十一条',
  // 国防教育法 2018 → 2024 (a held-out full revision, read by hand before the alignment was run).
  // 领导 and 工作机构 (old 第六、七条) and 部门职责 (old 第八条第一款) → the new 第五条; the tool kept 6 > 5, 8 > 8, deleted 7.
  'guofang-jiaoyu-fa--2018--2024.json 第六条+第七条+第八条 > 第五条+第八条',
  // 妇女权益保障法 2018 → 2022 (a held-out full revision, read by hand before the alignment was run).
  // 反洗钱法 2006 → 2024 (a held-out full revision, read by hand before the alignment was run).
  // Old 第十四条 (审批新设金融机构 审查内控方案) → 市场准入中落实反洗钱审查要求 in new 第十四条; the tool deleted it.
  'fan-xiqian-fa--2006--2024.json 第九条+第十四条 > 第十四条',
  // 特定非金融机构 具体办法 → new 第十五条, 范围 → the list of new 第六十四条; the tool took the 会同…制定 of 受益所有人 (19).
  'fan-xiqian-fa--2006--2024.json 第三十五条 > 第十五条+第六十四条',
  // Same pair: the new 第十九条 (受益所有人信息管理制度) is new.
  'fan-xiqian-fa--2006--2024.json — > 第十九条',
  // Old 第二款 (致使洗钱后果发生) → the new 第五十五条; the tool took the new 第五十七条 for its 五十万元以上五百万元以下.
  'fan-xiqian-fa--2006--2024.json 第三十二条 > 第五十三条+第五十四条+第五十五条+第五十六条',
  // Same pair: the new 第五十七条 (擅自执行外国要求, 境外金融机构不予配合) is a new penalty.
  'fan-xiqian-fa--2006--2024.json — > 第五十七条',
  // 预防未成年人犯罪法 2012 → 2020 (a held-out full revision, read by hand before the alignment was run).
  // 协助维护学校周围治安 (old 27) and 掌握就学、就业情况 (old 28) → new 第二十五条, 督促父母 → 第三十条; the tool kept 13 > 25 only.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第十三条+第二十七条+第二十八条 > 第二十五条+第三十条',
  // 吸烟、酗酒 (old 15) → item (一) of the new list, old items (三)–(五) → the new 第三十三条 (学生欺凌); the tool kept 14 > 28 only.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第十四条+第十五条 > 第二十八条+第三十三条',
  // Old 第二十条第二款 (离家出走, 及时查找) joined the new 第三十五条; the tool split 16 > 34+35 and left 20 out.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第十六条+第二十条 > 第三十四条+第三十五条',
  // Old 第一款 (及时予以制止) → the new 第四十条 (公安机关及时制止); the tool kept 35 > 43 only.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第三十五条 > 第四十条+第四十三条',
  // 免予处罚的 训诫 → item (一) of the new 矫治教育措施; the tool merged it into the 教职员工/出版物 penalties for 处罚.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第三十七条 > 第四十一条',
  // 收容教养 → 专门矫治教育, other words for the same measure; the tool deleted it.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第三十八条 > 第四十五条',
  // 工读学校 (old 36) and 收容教养期间 教育 (old 39) → the new 专门学校's 教育和矫治; the tool deleted 36, took 39 with 48.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第三十六条+第三十九条 > 第四十七条',
  // Same pair: 同等权利 after 刑罚 (old 48) is the new 第五十八条 alone; the tool joined old 39 > 47 to it.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第四十八条 > 第五十八条',
  // 解聘或者辞退教职员工 → new 第六十二条第二款; the tool merged 25, 37 and 52 into 62+67 for their 处罚 words.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第二十五条 > 第六十二条',
  // 公安机关工作人员 不及时查处 → the general 滥用职权、玩忽职守 处分 article, few words shared; deleted.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第五十一条 > 第六十六条',
  // The 出版物 penalty was dropped; the tool merged it with 25+37 into 62+67.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json 第五十二条 > —',
  // Same pair: the general 违反本法规定, 构成犯罪的 is new, sharing only 构成犯罪 with old penalties.
  'yufang-weichengnianren-fanzui-fa--2012--2020.json — > 第六十七条',
  // 保守国家秘密法 2010 → 2024 (a held-out full revision, read by hand before the alignment was run).
  // The new 第三条 (党的领导) shares only 保守国家秘密（以下简称保密）工作 with old 第四条; the tool split 4 > 3+4.
  'baoshou-guojia-mimi-fa--2010--2024.json — > 第三条',
  // Same split: old 第四条 (保密工作的方针 → 原则) is the new 第四条 alone.
  'baoshou-guojia-mimi-fa--2010--2024.json 第四条 > 第四条',
  // 科学技术普及法 2002 → 2024 (a held-out full revision, read by hand before the alignment was run).
  // The list of sectors (医疗卫生、计划生育…国家机关) → 行业主管部门 in the new 第十六条: other words; deleted.
  'kexue-jishu-puji-fa--2002--2024.json 第十七条 > 第十六条',
  // 科研机构、高等院校 组织和支持…开展科普活动 → the new 第二十二条; the tool kept 24+40+47 and inserted 22.
  'kexue-jishu-puji-fa--2002--2024.json 第十五条 > 第二十二条+第二十四条+第四十条+第四十七条',
  // Old 第三十条 (以科普为名…有损社会公共利益) → the new 第五十四条; the tool paired it with 第五十九条 for
  // the stock 治安管理处罚 and 构成犯罪 clauses, and inserted 第五十四条.
  'kexue-jishu-puji-fa--2002--2024.json 第三十条 > 第五十四条',
  // Same pair: the general 民事、治安、刑事 article is new, made only of stock clauses.
  'kexue-jishu-puji-fa--2002--2024.json — > 第五十九条',
  // 军事设施保护法 2014 → 2021 (a held-out full revision, read by hand before the alignment was run):
  // every row right on first contact.
  // 反间谍法 2014 → 2023 (a held-out hard rewrite, read by hand before the alignment was run).
  // Old 第二十条第一款 (提供便利或者其他协助) → the new 第八条 (依法支持、协助) in other words, with old
  // 第二十三条 (保守国家秘密); the tool kept 20 > 46 (its 请求保护 paragraph) and 23 > 8 apart.
  'fan-jiandie-fa--2014--2023.json 第二十条+第二十三条 > 第八条+第四十六条',
  // Old 第十条's last clause (查阅或者调取…档案、资料、物品) → the new 第二十六条 (查阅、调取, with 批准
  // and 范围和限度); the tool kept 10 > 43 (进入场所) only and inserted 26.
  'fan-jiandie-fa--2014--2023.json 第十条 > 第二十六条+第四十三条',
  // Old 第三十二条's 没收 clause → items (二)(三) of the new 第六十三条 (追缴、没收); the tool kept 32 > 61
  // (the penalty) only and inserted 63.
  'fan-jiandie-fa--2014--2023.json 第三十二条 > 第六十一条+第六十三条',
  // 上海市推进国际金融中心建设条例 2009 → 2024 (a held-out local regulation, a hard rewrite in the new
  // national vocabulary, read by hand before the alignment was run): 54/67 on first contact.
  // Old 第五条 (编制金融产业发展规划) → the clause 组织制定建设规划 of new 第五条; the tool got 4 > 5+6
  // and deleted old 5 (not marked).
  'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009--2024.json 第四条+第五条 > 第五条+第六条',
  // 从业人员职业道德, 诚实守信 → 金融文化, 诚信文化 in other words; deleted and inserted (not marked).
  'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009--2024.json 第十四条 > 第十条',
  // 金融产品和业务的开发 → 基础性金融产品, 期货和衍生品 in other words; deleted and inserted.
  'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009--2024.json 第十条 > 第十六条',
  // 用地、办公用房 (old 17) and 行政服务 (old 34) gathered with old 18 in new 第十八条; the tool kept
  // 18 > 18 only and deleted 17 and 34 (not marked).
  'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009--2024.json 第十七条+第十八条+第三十四条 > 第十八条',
  // 中介服务机构 and 金融法律服务 → new 第六十三条 (专业服务机构), 金融资讯 → new 第六十一条, both
  // moved to the 营商环境 chapter; the tool deleted old 13 and 37 and inserted 61 and 63.
  'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009--2024.json 第十三条+第三十七条 > 第六十一条+第六十三条',
  // 征信平台 (old 23) and 信用信息共享 (old 24) → new 第五十七条; the tool kept 24 > 57, deleted 23.
  'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009--2024.json 第二十三条+第二十四条 > 第五十七条',
  // 金融监管协调机制 → 地方金融工作协调机制 in other words; deleted and inserted.
  'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009--2024.json 第三十一条 > 第四十五条',
  // 金融稳定, 风险监测, 应急 (old 32) and 非法金融活动 (old 33) → new 46, 47, 48; the tool deleted
  // old 32 and 33 and inserted the three.
  'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009--2024.json 第三十二条+第三十三条 > 第四十六条+第四十七条+第四十八条',
  // 宣传普及金融知识, 风险防范意识 → a clause of the new 金融消费者权益保护 article; deleted.
  'shanghai-tuijin-guoji-jinrong-zhongxin-jianshe-tiaoli--2009--2024.json 第三十八条 > 第五十一条',
  // 北京市各级人民代表大会常务委员会规范性文件备案审查条例 2021 → 2024 (a held-out local regulation of
  // 北京, 第二次修订, read by hand before the alignment was run): 37/45 on first contact, all eight
  // misses marked; 38/45 since pairAlikeByMargin (第十九条 > 第二十七条), 41/45 since
  // pairWholeBySentences (第五条 > 第三十八条, 第十条 > 第四十三条, and then 第六条 > 第二十八条 in
  // context, its neighbour 第五条 now paired). Those left are articles moved to another chapter or rewritten in place, deleted and
  // inserted:
  // 主动审查 by the committees → 主动审查 by the 工作机构 with 同步审查 by the committees; deleted.
  'beijing-guifanxing-wenjian-beian-shencha-tiaoli--2021--2024.json 第十二条 > 第二十二条',
  // 座谈会、论证会、听证会 of the review → the 总则 principle 发扬民主, 听取意见, 代表工作; deleted.
  'beijing-guifanxing-wenjian-beian-shencha-tiaoli--2021--2024.json 第二十条 > 第六条',
  // 撤销决定 向社会公布, rewritten with 要求修改、废止、清理 and a 30-day report; deleted and inserted.
  'beijing-guifanxing-wenjian-beian-shencha-tiaoli--2021--2024.json 第二十九条 > 第三十二条',
  // Old 第十一条第二款 (公布备案目录) went into new 第四十条第三款 with the 报告 articles; the tool got
  // 11 > 13 and 31+32+33 > 40 as two rows, missing only that paragraph's thread.
  'beijing-guifanxing-wenjian-beian-shencha-tiaoli--2021--2024.json 第十一条+第三十一条+第三十二条+第三十三条 > 第十三条+第四十条',
  // 北京市安全生产条例 2016 → 2022 (a held-out local regulation of 北京, 修订 98 → 66 articles, read by hand
  // before the alignment was run): 80/101 on first contact, 15 of the 21 misses marked.
  // 政府领导人的领导责任 → 党政同责、一岗双责 in new 第三条第三款; got 3 > 3, 8 deleted.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第三条+第八条 > 第三条',
  // 乡镇 机构和人员 (old 52 ¶2) moved to 总则 new 5 ¶2; got 7 > 5 and 52 > 41 as two rows, unmarked.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第七条+第五十二条 > 第五条+第四十一条',
  // 资金投入 保证 folded into the opening of the list of uses; got 20 > 18, 19 deleted.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第十九条+第二十条 > 第十八条',
  // 培训 duty folded into the opening of the list of contents; got 24 > 22, 21 deleted.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第二十一条+第二十四条 > 第二十二条',
  // 管理机构 split by industry list and headcount; got 26 > 20, 19 inserted.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第二十六条 > 第十九条+第二十条',
  // 单位 报备重大危险源, deleted; got > 28 (危险作业 遵守安全生产法).
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第三十四条 > —',
  // 危险作业 split in two lists of operations; got 39 > 29, and 28 went to old 34, unmarked.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第三十九条 > 第二十八条+第二十九条',
  // 重点监管化学品 销售记录, deleted; got > 47 (危险化学品 禁止、限制、控制措施).
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第五十九条 > —',
  // new 危险化学品 禁限控 measures; got old 59 > 47.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json — > 第四十七条',
  // 检查计划, 联合检查, deleted; got merged 62+71 > 50 (举报), unmarked.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第六十二条 > —',
  // 举报 rewritten around 12345/12350 and 不泄露; got deleted, its place taken by 62+71.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第六十三条 > 第五十条',
  // 信息平台, 公布状况, 违法记录 and 事故后限制 → 51 and 53; got 72 > 51, 71 in 62+71 > 50,
  // 69 deleted, 53 inserted; unmarked.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第六十九条+第七十一条+第七十二条 > 第五十一条+第五十三条',
  // 预案 and 应急救援队伍 interleaved; got 76 > 54 and 77 > 55 as two rows.
  'beijing-anquan-shengchan-tiaoli--2016--2022.json 第七十六条+第七十七条 > 第五十四条+第五十五条',
  // 北京市未成年人保护条例 2016 → 2023 (a held-out local regulation of 北京, 修订 77 → 68 articles, read by hand
  // before the alignment was run): 61/96 on first contact, 26 of the 35 misses marked.
  // 最大利益, 共同责任, 意见 and 隐私 → new 2 (principles) and 劝阻、举报 → 8; got 7 > 8, 49 > 30,
  // 5 and 6 deleted, 2 inserted; unmarked.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第五条+第六条+第七条+第四十九条 > 第二条+第八条',
  // 自尊、自爱 and 自我保护教育 → new 7 of the 总则; got 8 deleted, 20 > 11 (家庭 安全教育), 7 inserted; unmarked.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第八条+第二十条 > 第七条',
  // 未成年人保护委员会 → 协调机制 and 工作站, with 经费 and 政府职责 (six articles > 5); got all six deleted or
  // paired away (11 > 34), 5 inserted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第九条+第十条+第十一条+第十二条+第十三条+第三十一条 > 第五条',
  // 父母 监护职责 rewritten (抚养、教育和保护, 照护); got deleted, 12 inserted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第十四条 > 第十二条',
  // 民政部门 担任监护人 → 临时监护、长期监护; got > 46 (监护能力评估), 49 inserted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第十五条 > 第四十九条',
  // 父母和教师 教育方法, 有益活动 → 11; got > 10 (家庭教育主体责任) by 适当的方法, and 20 > 11.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第十八条 > 第十一条',
  // 理想教育、品德教育… → new 3 and 法制校长 → 22; got 19 > 22, 3 inserted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第十九条 > 第三条+第二十二条',
  // new 家校联系; got old 28 (幼儿园 保育教育) > 25.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json — > 第二十五条',
  // new 社会风尚, 社会组织服务, 热线; got merged 34+38 > 26.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json — > 第二十六条',
  // 休息时间和文娱、体育活动时间 → 学习时间 and 减轻负担; got deleted, 20 inserted; unmarked.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第二十一条 > 第二十条',
  // 旷课、逃学, 受教育权, deleted; got > 18 (体质监测, 体检).
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第二十四条 > —',
  // 学校秩序, 公安机关配合 → 校园周边治安 in 39; got deleted, 39 inserted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第二十五条 > 第三十九条',
  // 幼儿园 保育教育, deleted; got > 25 (家校联系).
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第二十八条 > —',
  // 工会、共青团、妇联、残联 → the longer list of new 6; got deleted, 6 inserted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第三十二条 > 第六条',
  // 家长学校 → 42 and 社会组织 咨询服务 → 41; got merged 34+38 > 26.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第三十四条 > 第四十一条+第四十二条',
  // new 监护能力评估; got old 15 (民政部门 担任监护人) > 46.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json — > 第四十六条',
  // 政府 卫生保健条件, 校舍, 体检 → 学校 15, 16, 18; got deleted, 15 and 16 inserted, 24 > 18.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第三十五条 > 第十五条+第十六条+第十八条',
  // 校门前 200米 and 吸烟 → 29 (周边 二百米, 吸烟、饮酒); got 37 deleted, 48 > 29; unmarked.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第三十七条+第四十八条 > 第二十九条',
  // 活动场所 → 40; got merged 34+38 > 26, 40 inserted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第三十八条 > 第四十条',
  // 上网 防范措施 → 网络保护 chapter's opening; got deleted, and 11 (委员会职责) > 34.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第四十四条 > 第三十四条',
  // 优惠开放 → 便利、优惠或者免费的服务; got deleted, 28 inserted; unmarked.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第四十五条 > 第二十八条',
  // 儿童用品 不得有害 → 销售商品、提供服务 与年龄相适应; got deleted, and 49 (隐私) > 30; unmarked.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第四十六条 > 第三十条',
  // 紧急救助机构 → 儿童福利机构、未成年人救助保护机构; got deleted, 50 inserted; unmarked.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第五十六条 > 第五十条',
  // 司法机关 依法保护, 专门组 → 专门机构或者人员 in 55; got 58 deleted, 59 > 57, 55 inserted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第五十八条+第五十九条 > 第五十五条',
  // 社会调查员 and 帮教安置 → 61; got 60 > 61, 63 deleted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第六十条+第六十三条 > 第六十一条',
  // new 从业查询 penalty; got old 71 (收费 penalty) > 67.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json — > 第六十七条',
  // 法律援助 → 57 and 支持起诉 → 检察院 58; got deleted, and 59 > 57, 58 inserted.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第六十六条 > 第五十七条+第五十八条',
  // 性侵害 被害人 救助 → 一站式 办案中心; got deleted, 56 inserted; unmarked.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第六十七条 > 第五十六条',
  // 奖励 moved to the 总则 as 表彰和奖励; got deleted, 9 inserted; unmarked.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第六十八条 > 第九条',
  // new 家庭教育主体责任; got old 18 > 10.
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json — > 第十条',
  // 收费 penalty, deleted; got > 67 (从业查询 penalty).
  'beijing-weichengnianren-baohu-tiaoli--2016--2023.json 第七十一条 > —',
  // 人体器官移植条例 2007 → 人体器官捐献和移植条例 2023 (a held-out 行政法规, 修订 32 → 50 articles, read by hand
  // before the alignment was run): 36/40 on first contact, all 4 misses marked.
  // 审查申请 and 审查事项 split into 遗体 (17, 18) and 活体 (28); got 17+18 > 28 only, 17 inserted, 18 to old 11.
  'renti-qiguan-yizhi-tiaoli--2007--2023.json 第十七条+第十八条 > 第十七条+第十八条+第二十八条',
  // 诊疗科目登记 and its conditions → 23; got merged 11+24 > 18+23+34 (18 for the 伦理委员会 composition).
  'renti-qiguan-yizhi-tiaoli--2007--2023.json 第十一条 > 第二十三条',
  // 定期报告 → 病例登记报告制度 in 34; got merged into 11+24 > 18+23+34.
  'renti-qiguan-yizhi-tiaoli--2007--2023.json 第二十四条 > 第三十四条',
  // penalties regrouped by conduct (27+28+29+30 > eight new); got 27 > 45+46+49, 28+29+30 > 40+43, 38, 42, 44 inserted.
  'renti-qiguan-yizhi-tiaoli--2007--2023.json 第二十七条+第二十八条+第二十九条+第三十条 > 第三十八条+第四十条+第四十二条+第四十三条+第四十四条+第四十五条+第四十六条+第四十九条',
  // 政府信息公开条例 2007 → 2019 (a held-out 行政法规, 修订 38 → 56 articles, read by hand before the alignment
  // was run): 45/49 on first contact, 1 of the 4 misses marked.
  // 不予公开 rules regrouped (8+14 > 14+15+17); got 8 > 14 (marked) and 14 > 15+17, missing 国家秘密 → 14.
  'zhengfu-xinxi-gongkai-tiaoli--2007--2019.json 第八条+第十四条 > 第十四条+第十五条+第十七条',
  // 主动公开 scope regrouped (9+10+11+12 > 19+20+21+22); got 9+10 > 19+20, 11 > 21, 12 deleted, 22 inserted.
  'zhengfu-xinxi-gongkai-tiaoli--2007--2019.json 第九条+第十条+第十一条+第十二条 > 第十九条+第二十条+第二十一条+第二十二条',
  // 监督检查 and 举报 → 47 and 51; got 30 > 48 (培训), 33 > 51, 47 inserted; unmarked.
  'zhengfu-xinxi-gongkai-tiaoli--2007--2019.json 第三十条+第三十三条 > 第四十七条+第五十一条',
  // new 培训 article; got old 30 (主管部门和监察机关 监督检查) > 48; unmarked.
  'zhengfu-xinxi-gongkai-tiaoli--2007--2019.json — > 第四十八条',
  // 生猪屠宰管理条例 2016 → 2021 (a held-out 行政法规, 修订 36 → 45 articles, read by hand before the alignment
  // was run): 42/46 on first contact, all 4 misses marked.
  // one record rule split into 进厂 and 出厂 records (12 > 13+17); got 12 deleted (marked, candidate 17), 13 and 17 inserted.
  'shengzhu-tuzai-guanli-tiaoli--2016--2021.json 第十二条 > 第十三条+第十七条',
  // 未经定点 penalty rewritten; got merged 24+26 > 31+33+34 with the 出厂 penalty and the new 召回 penalty (marked).
  'shengzhu-tuzai-guanli-tiaoli--2016--2021.json 第二十四条 > 第三十一条',
  // 出厂未经检验 penalty rewritten; got the same merge 24+26 > 31+33+34 (marked).
  'shengzhu-tuzai-guanli-tiaoli--2016--2021.json 第二十六条 > 第三十三条',
  // new 召回 penalty; got drawn into the merge 24+26 > 31+33+34 (marked).
  'shengzhu-tuzai-guanli-tiaoli--2016--2021.json — > 第三十四条',
  // 南京市固体废物污染环境防治条例 2018 → 2023 (a held-out full revision, read by hand before the alignment was run):
  // 47/68 on first contact, 19 of the 21 misses marked.
  // one 政府 paragraph dispersed: 纳入规划 → 11, 政策 资金 → 4, 产业化 → 7, 科研 → 10, 奖励 → 18; got 4 > 11 only (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第四条 > 第四条+第七条+第十条+第十一条+第十八条',
  // 部门 lists (5, 37) → new 5, 新闻媒体 → new 8 ¶4; got merged 5+36 > 5+8 with the 环保部门 duties list, 37 deleted (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第五条+第三十七条 > 第五条+第八条',
  // 环保部门 duties list: 编制规划, 发布信息 → 12, 定期检查 → 16 (监督检查); got drawn into 5+36 > 5+8 (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第三十六条 > 第十二条+第十六条',
  // 堆放 requirements' 台账 item → the 工业固体废物管理台账 of 19; got 16 deleted, 19 taken by old 7 (申报); unmarked.
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第十六条 > 第十九条',
  // new 工信部门 推广 先进工艺; got old 6 (producers' 清洁生产 duty) > 20 (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json — > 第二十条',
  // 交有条件的单位利用 → the 委托 rule with 核实受托方; got 15 deleted, 22 inserted; unmarked.
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第十五条 > 第二十二条',
  // 污泥 of 工业企业 and of 污水处理厂 split into 23 and 39 ¶2; got 18 deleted, 23 and 39 inserted (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第十八条 > 第二十三条+第三十九条',
  // 场地停用或者关闭后 → 停产、关闭前 measures in 25; got 17 > 42 (突发事件 处置) (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第十七条 > 第二十五条',
  // 农业固体废物 sentences → 秸秆 26, 农药包装 28, 畜禽 29; got 34 > 29 only, 26 and 28 inserted (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第三十四条 > 第二十六条+第二十八条+第二十九条',
  // 城市生活垃圾 分类收集 → 生活垃圾分类制度, few words shared; got deleted and inserted (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第三十一条 > 第三十一条',
  // 建筑、装修施工 减量 → 建筑垃圾 防治 of 建设、施工单位; got deleted and inserted (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第三十三条 > 第三十二条',
  // 电子废物 拆解 (28) and 登记报告 (29) → the two paragraphs of 35; got 29 > 35, 28 > 37 (报废机动车 拆解) (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第二十八条+第二十九条 > 第三十五条',
  // new 报废机动车 回收拆解; got old 28 > 37 for 拆解 (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json — > 第三十七条',
  // new 突发环境事件 代为处置; got old 17 > 42 (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json — > 第四十二条',
  // 申报 (7) and 联单 (21) → 47, 不得转入本市 → 44; got 7 > 19 (台账), 21 > 47, 44 inserted (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第七条+第二十一条 > 第四十四条+第四十七条',
  // producers' 清洁生产, 减量 duty narrowed to 危险废物 重点管控单位 in 45; got 6 > 20 (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第六条 > 第四十五条',
  // 危险废物 by 技术规程 → 贮存设施 符合规定和标准; got 22 deleted, 49 inserted (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第二十二条 > 第四十九条',
  // new 废弃危险化学品 and 麻醉药品; got old 25 (units' 应急预案 备案) > 51 (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json — > 第五十一条',
  // units' 应急预案 备案, deleted; got 25 > 51 (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第二十五条 > —',
  // new 受托方 penalty; got old 40 (混入生活垃圾 penalty) > 57 (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json — > 第五十七条',
  // 混入生活垃圾 penalty, deleted with all three fines; got 40 > 57 (marked).
  'nanjing-guti-feiwu-wuran-huanjing-fangzhi-tiaoli--2018--2023.json 第四十条 > —',
  // 重庆市专利促进与保护条例 2011 → 2023 (a held-out full revision, read by hand before the alignment was run;
  // a local regulation of 重庆, 修订 33 → 43 articles): 36/53 on first contact, all 17 misses marked.
  // 委托区县 实施执法 (old 4 ¶3) → 委托 开展行政裁决 in 42 ¶1; got 4 > 5 only, 42 inserted.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第四条 > 第五条+第四十二条',
  // 专利管理制度 → 高校 and 企业 专利管理服务制度 in 10; got 11 > 14 (申请前评估), 10 inserted.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第十一条 > 第十条',
  // new 申请前价值评估; got old 11 (专利战略, 管理制度) > 14.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json — > 第十四条',
  // 专项资金 → 资助、奖补 促进产业化 in 16; got 7 deleted, 14 > 16.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第七条 > 第十六条',
  // 入股、质押、转让、许可, 税收优惠, deleted; got > 16 (促进专利技术产业化) by 促进专利实施.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第十四条 > —',
  // 促进中介服务机构 → 支持、引进和培育专利服务机构 in 18; got 13 deleted, 18 inserted.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第十三条 > 第十八条',
  // 查处 list → 开展行政裁决、调解, 查处假冒专利 in 20; got 20 deleted, 20 inserted.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第二十条 > 第二十条',
  // 处理期限 四个月, deleted; got > 23 (立案登记, 五个工作日内) by 专利侵权纠纷案件.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第二十一条 > —',
  // new 纠纷解决途径 (调解, 诉讼, 行政裁决); got old 18 (涉外纠纷 报告、协调) > 21.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json — > 第二十一条',
  // new 立案登记制; got old 21 (处理期限) > 23.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json — > 第二十三条',
  // new 悬赏取证, 征集证据或者线索; got old 24 (假冒专利 建立档案, 公告) > 25.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json — > 第二十五条',
  // 档案和定期公告, deleted; got > 25 (悬赏取证) by 假冒专利.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第二十四条 > —',
  // 知识产权公共信息平台 → 统一的信息公共服务平台 list in 34; got 8 deleted, 34 inserted.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第八条 > 第三十四条',
  // 涉外专利纠纷 → 海外专利纠纷应对指导 in 37; got 18 > 21 (纠纷解决途径), 37 inserted.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第十八条 > 第三十七条',
  // 再次侵权 penalty rewritten; got merged 28+30+31 > 39+40 with the 便利条件 and 中介 penalties.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第三十条 > 第三十九条',
  // 提供便利条件 penalty rewritten; got the same merge 28+30+31 > 39+40.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第二十八条 > 第四十条',
  // 中介机构 penalty, deleted with its duty; got drawn into the merge 28+30+31 > 39+40.
  'chongqing-zhuanli-cujin-yu-baohu-tiaoli--2011--2023.json 第三十一条 > —',
  // 合肥市消防条例 2012 → 2022 (a held-out full revision, read by hand before the alignment was run;
  // a local regulation of 合肥, 安徽, 修订 59 → 57 articles): 57/66 on first contact, 6 of the 9 misses marked.
  // 纳入规划, 经费预算 items → 3 ¶1, 消防安全委员会 item → 6 (一); got 8 > 3 only, 6 inserted (marked).
  'hefei-xiaofang-tiaoli--2012--2022.json 第八条 > 第三条+第六条',
  // 政府负责 paragraph → 5, 监督管理 paragraphs → 4; got 3 > 4 only, 5 inserted (marked).
  'hefei-xiaofang-tiaoli--2012--2022.json 第三条 > 第四条+第五条',
  // 消防安全信用平台 and 建筑市场诚信信息平台 → 信用信息共享平台 in 39; got 6 and 26 deleted, 39 inserted (marked).
  'hefei-xiaofang-tiaoli--2012--2022.json 第六条+第二十六条 > 第三十九条',
  // departments' duties → the three department articles 10, 11, 12; got 12 > 11 only (marked).
  'hefei-xiaofang-tiaoli--2012--2022.json 第十二条 > 第十条+第十一条+第十二条',
  // 单位 消防安全责任 → 14; got merged 13+58 > 14 by the 个体工商户 phrase of the 58 penalty (marked).
  'hefei-xiaofang-tiaoli--2012--2022.json 第十三条 > 第十四条',
  // 自救器材, 专用灭火器材 → 高危单位 18 (四)(五), 营业期间动火 → 31 ¶3; got 34 > 31 and 35 > 32; unmarked.
  'hefei-xiaofang-tiaoli--2012--2022.json 第三十四条+第三十五条 > 第十八条+第三十一条+第三十二条',
  // 外立面 → 28; got split 24 > 28+36 by 应当符合消防安全要求 (出租房屋); unmarked.
  'hefei-xiaofang-tiaoli--2012--2022.json 第二十四条 > 第二十八条',
  // new 出租房屋; got drawn into the split 24 > 28+36; unmarked.
  'hefei-xiaofang-tiaoli--2012--2022.json — > 第三十六条',
  // 未消除火灾隐患 penalty, deleted; got merged 13+58 > 14 (marked).
  'hefei-xiaofang-tiaoli--2012--2022.json 第五十八条 > —',
]);

/** Each file's rows as the alignment fares against them, computed once for all the checks. */
const checked = new Map(expectedFiles().map((file) => [file, checkExpected(file)] as const));
const rowName = (r: { from: string[]; to: string[] }) =>
  `${r.from.join('+') || '—'} > ${r.to.join('+') || '—'}`;

it('every known miss names a row of its file', () => {
  const names = new Set(
    [...checked].flatMap(([file, rows]) => rows.map((r) => `${file} ${rowName(r)}`)),
  );
  expect([...KNOWN_MISSES].filter((k) => !names.has(k))).toEqual([]);
});

describe.each(expectedFiles())('%s', (file) => {
  const rows = checked.get(file)!;
  const coverage = uncovered(file);
  if (coverage)
    it('a full set: every article of both texts is in exactly one row', () => {
      expect(coverage).toEqual({ old: [], new: [] });
    });
  it.each(rows.map((r) => [rowName(r), r] as const))('%s', (name, row) => {
    const key = `${file} ${name}`;
    if (KNOWN_MISSES.has(key))
      expect(row.right, 'a known miss is now right: drop it from KNOWN_MISSES').toBe(false);
    else expect(row.got).toMatchObject({ from: row.from, to: row.to });
  });
});
