/**
 * Paragraphs run on after a full stop and a space in a line that lost its line breaks, its
 * articles run on too (天津 2006 预算审查监督条例, the whole body on one line: "第三条 ……对预算进行
 * 审查监督。 市人大常委会财经预算工作委员会……"): each is a paragraph of its article (#16, thirteenth
 * round). A space after 。 in a line of one article stays as it is.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 临江市条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

describe('paragraphs run on in a line of run-on articles', () => {
  it('are split after a full stop and a space, with a warning', () => {
    const r = parse(
      '第一条 为了加强监督，制定本条例。 第二条 财经委员会对预算进行审查监督。 工作委员会协助财经委员会开展工作。\u3000“各部门”应当配合。 第三条 市人民政府应当提交下列材料： （一）预算草案； （二）其他材料。',
    );
    expect(flatten(r.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '为了加强监督，制定本条例。'],
      ['art_2', ''],
      ['art_2__para_1', '财经委员会对预算进行审查监督。'],
      ['art_2__para_2', '工作委员会协助财经委员会开展工作。'],
      ['art_2__para_3', '“各部门”应当配合。'],
      ['art_3', ''],
      ['art_3__para_1', '市人民政府应当提交下列材料：'],
      ['art_3__para_1__point_1', '预算草案；'],
      ['art_3__para_1__point_2', '其他材料。'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'paragraph-run-in').map((w) => w.line)).toEqual([
      3, 3,
    ]);
  });

  it('are left alone in a line of one article', () => {
    const r = parse(
      '第一条 财经委员会对预算进行审查监督。 工作委员会协助开展工作。\n\n第二条 乙。',
    );
    expect(r.document.nodes[0]!.text).toBe(
      '财经委员会对预算进行审查监督。 工作委员会协助开展工作。',
    );
    expect(r.warnings.map((w) => w.code)).not.toContain('paragraph-run-in');
  });
});
