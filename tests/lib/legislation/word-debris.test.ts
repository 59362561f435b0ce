/**
 * Debris of a broken Word export (#16, twelfth round): the binary of a field or an object read as
 * characters no text in use is written with, left in the middle of a sentence (三江 2020), where
 * a label was (南京 2018, 前郭 1999) or after the last sentence (云浮 2020), and PAGEPAGE with
 * debris after an article glued to its chapter heading (内蒙古 2007); a short unit repeated many
 * times after a signature (高检 2019, third random sample). It is left out with a warning and its
 * line; text with a rare character of a name stays.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';
import { dropWordDebris } from '../../../src/lib/legislation/blocks.ts';

function parse(body: string) {
  const result = parseDraft(`# 临江市条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  const texts = flatten(result.document.nodes).map((n) => [n.eId, n.text]);
  return { texts, warnings: result.warnings.map((w) => [w.code, w.line, w.params?.['text']]) };
}

describe('Word debris', () => {
  it('is left out of a sentence, after a full stop and at the end, with warnings', () => {
    const r = parse(
      [
        '第一条 菜点应当留样，并保存到就餐结束48麰窌穦穦啦豦小时后再自行处理。',
        '第二条 报人民政府批准后执行。邠玃莐遳玃莐遳熃遳玃莐遳獤W征收的出让金应当上缴财政。',
        '第三条 本条例自2021年3月1日起施行。麠钜羇筽晳属剚伏钞蚍牿幥偗I麦誑瞅晭扤幠婜噘N隣趏莋突楸剚',
      ].join('\n\n'),
    );
    expect(r.texts).toEqual([
      ['art_1', '菜点应当留样，并保存到就餐结束48小时后再自行处理。'],
      ['art_2', '报人民政府批准后执行。征收的出让金应当上缴财政。'],
      ['art_3', '本条例自2021年3月1日起施行。'],
    ]);
    expect(r.warnings).toEqual([
      ['word-debris', 3, '麰窌穦穦啦豦'],
      ['word-debris', 5, '邠玃莐遳玃莐遳熃遳玃莐遳獤W'],
      ['word-debris', 7, '麠钜羇筽晳属剚伏钞蚍牿幥偗I麦誑瞅晭扤幠婜噘N隣趏莋突楸剚'],
    ]);
  });

  it('is left out, with the field code, after an article glued to its chapter heading', () => {
    const r = parse(
      [
        '## 第一章 总则',
        '第一条 甲。',
        '## 第二章 附则第二条 本办法自公布之日起施行。PAGEPAGE颮飪熅飪熅飪熅敭敡敡敡坡坑Q',
      ].join('\n\n'),
    );
    expect(r.texts.at(-1)).toEqual(['chp_2__art_2', '本办法自公布之日起施行。']);
    expect(r.warnings.map((w) => w[0])).toContain('field-code');
  });

  it('is left out when a short unit repeats, with the rest of the line after a long run', () => {
    // 高检 2019 (检察建议工作规定, 非药用类麻醉药品批复): a signature line ends in debris whose
    // repeated unit has too few rare characters to count as debris on its own.
    const a = dropWordDebris(
      '高检发释字〔2019〕2号PAGEPAGE' +
        '伀J儀J帀J漀'.repeat(30) +
        '緂蓻煉妪ﾢ」鍧檰隋骯膵皨赅寂醪襢笄',
    );
    expect(a.text).toBe('高检发释字〔2019〕2号PAGEPAGE');
    const b = dropWordDebris(
      '高检发释字〔2019〕1号' +
        '伀J儀J帀J漀'.repeat(6) +
        '馧薓絿祻畷歳奩0堀D夀D愀F堀D夀D愀F堀D夀D愀倿鮰业灋繋噐鎽糢激ｏ櫓浿聙貳',
    );
    expect(b.text).toBe('高检发释字〔2019〕1号');
  });

  it('leaves rare characters of names and traditional text alone', () => {
    for (const text of [
      '由王堃、李赟和张犇负责。',
      '澳門特別行政區是中華人民共和國不可分離的部分。',
      '喀喇沁左翼蒙古族自治县和仡佬族、畲族的堃垚地区。',
      '本条例所称伊犁河谷是指地处东经8009’-8456’的区域。',
      // 〇 is among GB2312's symbols, not its hanzi rows, but is no rare character: an amount
      // of four or more (一〇〇〇〇元) was cut to 一元.
      '违反本规定的，处一〇〇〇〇元以上五〇〇〇〇元以下罚款。',
      '本条例自二〇〇〇年一月一日起施行，原处罚款二〇〇〇〇元的规定同时废止。',
    ])
      expect(dropWordDebris(text)).toEqual({ text, debris: [], tails: [] });
  });
});
