/**
 * Paragraphs run on after a list in a line that lost its line breaks, its articles run on too
 * (大同 2019 体育市场管理办法, the whole body on one line: "第六条 ……履行下列职责： （一）……；
 * …… （五）……依法查处违法行为。 市体育行政部门……发放。 县（区）体育行政部门……初审。 市场监督管理
 * ……工作。"): the first paragraph after the last item is split off it as before
 * (paragraph-after-items); the ones after it, each after a full stop and a space, are paragraphs of
 * the article too, not one paragraph. A paragraph beginning with a book title (第十条: "……经营活动。
 * 《体育经营许可证》实行年度审验制度。 《体育经营许可证》不得涂改……") begins after the space as one
 * beginning with a Han character does (#16, round ui).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 临江市办法\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

describe('paragraphs run on in a line of run-on articles', () => {
  it('after a list are each a paragraph of the article', () => {
    const r = parse(
      '第一条 为了加强管理，制定本办法。 第二条 主管部门履行下列职责： （一）宣传法律； （二）查处违法行为。 市主管部门负责全市的管理。 县主管部门负责初审。 其他部门协同做好工作。 第三条 本办法自公布之日起施行。',
    );
    expect(flatten(r.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '为了加强管理，制定本办法。'],
      ['art_2', ''],
      ['art_2__para_1', '主管部门履行下列职责：'],
      ['art_2__para_1__point_1', '宣传法律；'],
      ['art_2__para_1__point_2', '查处违法行为。'],
      ['art_2__para_2', '市主管部门负责全市的管理。'],
      ['art_2__para_3', '县主管部门负责初审。'],
      ['art_2__para_4', '其他部门协同做好工作。'],
      ['art_3', '本办法自公布之日起施行。'],
    ]);
    const codes = r.warnings.map((w) => w.code);
    expect(codes.filter((c) => c === 'paragraph-after-items')).toHaveLength(1);
    expect(codes.filter((c) => c === 'paragraph-run-in')).toHaveLength(2);
  });

  it('beginning with a book title are split as the others', () => {
    const r = parse(
      '第一条 为了加强管理，制定本办法。 第二条 未领取《许可证》，不得经营。 《许可证》实行年度审验制度。 《许可证》不得转让。 第三条 本办法自公布之日起施行。',
    );
    expect(flatten(r.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '为了加强管理，制定本办法。'],
      ['art_2', ''],
      ['art_2__para_1', '未领取《许可证》，不得经营。'],
      ['art_2__para_2', '《许可证》实行年度审验制度。'],
      ['art_2__para_3', '《许可证》不得转让。'],
      ['art_3', '本办法自公布之日起施行。'],
    ]);
  });

  it('leave the last item its own sentence, and a book title inside a sentence in place', () => {
    const r = parse(
      '第一条 为了加强管理，制定本办法。 第二条 经营者应当具备下列条件： （一）有场所； （二）有设备。 前项所称设备，是指体育器材。 第三条 经营者应当持有 《许可证》。',
    );
    expect(flatten(r.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '为了加强管理，制定本办法。'],
      ['art_2', ''],
      ['art_2__para_1', '经营者应当具备下列条件：'],
      ['art_2__para_1__point_1', '有场所；'],
      ['art_2__para_1__point_2', '有设备。 前项所称设备，是指体育器材。'],
      ['art_3', '经营者应当持有 《许可证》。'],
    ]);
  });
});
