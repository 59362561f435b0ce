/**
 * Items run on after a finished sentence that does not announce them (四川 2021 《选举法》实施办法,
 * a random sample of Theonefkguy/Chinese-Laws, #16, 第二十三条: "每一选民只能在一个选区进行登记。
 * （一）机关……进行登记；（二）农村人口和城镇居民按常住户口进行登记；（三）……；（四）……；
 * （五）外出下落不明的人员，暂时不予登记；……。", the article's lines run together in one, as all
 * its articles are). No colon and no 下列 stand before （一）, so the list stayed in the article's
 * text. Right after the sentence's full stop, with （二） and （三） each after a ；, the labels are
 * a list: they are split off as items of the paragraph, with a warning. Fewer than three labels,
 * or labels not each after a separator, stay text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 某省选举实施办法\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

const tree = (body: string) =>
  flatten(parse(body).document.nodes).map((n) => [n.eId, n.label, n.text]);

describe('items run on after a sentence that does not announce them', () => {
  it('splits three or more labels in sequence, each after a separator', () => {
    const body = [
      '第一条 每一选民只能在一个选区进行登记。（一）机关的人员在所在单位进行登记；（二）农村人口按常住户口进行登记；（三）外出下落不明的人员，暂时不予登记；若其返回的，应予补办登记手续。',
      '第二条 本办法自公布之日起施行。',
    ].join('\n\n');
    expect(tree(body)).toEqual([
      ['art_1', '第一条', ''],
      ['art_1__para_1', '', '每一选民只能在一个选区进行登记。'],
      ['art_1__para_1__point_1', '（一）', '机关的人员在所在单位进行登记；'],
      ['art_1__para_1__point_2', '（二）', '农村人口按常住户口进行登记；'],
      [
        'art_1__para_1__point_3',
        '（三）',
        '外出下落不明的人员，暂时不予登记；若其返回的，应予补办登记手续。',
      ],
      ['art_2', '第二条', '本办法自公布之日起施行。'],
    ]);
    expect(
      parse(body)
        .warnings.filter((w) => w.code === 'items-after-sentence')
        .map((w) => [w.line, w.params?.['label']]),
    ).toEqual([[3, '（一）']]);
  });

  it('leaves two labels, or labels without separators, in the text', () => {
    const two = '第一条 选民应当登记。（一）机关的人员在单位登记；（二）其他人员在户籍地登记。';
    expect(tree(two)).toEqual([['art_1', '第一条', two.slice(4)]]);
    const bare =
      '第一条 选民应当登记。（一）机关的人员在单位登记，（二）农村人口按户口登记，（三）其他人员在户籍地登记。';
    expect(tree(bare)).toEqual([['art_1', '第一条', bare.slice(4)]]);
  });
});
