/**
 * A `>` quotation whose first line is the next article, after a sentence that does not introduce
 * a quotation, is that article (the converter's indent), warned article-in-quote; articles quoted
 * after a colon stay the quoting article's text (#16). Excerpt of 彭水 2013 矿产资源管理条例.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft, plainText } from '../../../src/lib/legislation/index.ts';

function articles(source: string) {
  const r = parseDraft(source, { file: 'x.md' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { r, arts: flatten(r.document.nodes).filter((n) => n.kind === 'article') };
}

describe('an article written in a quotation block', () => {
  it('reads the next article in a quotation as that article', () => {
    const { r, arts } = articles(
      [
        '第四条　自治县人民政府国土资源和房屋管理主管部门依法负责监督管理工作。',
        '',
        '乡镇人民政府（街道办事处）应依法维护本行政区域内矿产资源勘查、开采、经营等正常秩序，协助自治县国土资源主管部门查处违法勘查、开采、经营行为。',
        '',
        '> 第五条　自治县国土资源主管部门应当编制自治县矿产资源总体规划，经自治县人民政府同意，并按规定报批后组织实施。',
        '>',
        '> 对依法可由自治县开发的萤石、重晶石、白云岩等矿产资源，优先合理开发利用。',
        '',
        '第六条',
        '自治县行政区域内的矿产资源，由自治县国土资源主管部门审批颁发采矿许可证。',
        '',
      ].join('\n'),
    );
    expect(arts.map((a) => a.label)).toEqual(['第四条', '第五条', '第六条']);
    expect(arts[0]!.children).toHaveLength(2);
    expect(arts[1]!.children.map((p) => plainText(p))).toEqual([
      '自治县国土资源主管部门应当编制自治县矿产资源总体规划，经自治县人民政府同意，并按规定报批后组织实施。',
      '对依法可由自治县开发的萤石、重晶石、白云岩等矿产资源，优先合理开发利用。',
    ]);
    expect(r.warnings.map((w) => [w.code, w.line])).toContainEqual(['article-in-quote', 5]);
    expect(r.warnings.map((w) => w.code)).not.toContain('numbering-gap');
  });

  it('leaves an article quoted after a colon in the quoting article', () => {
    const { r, arts } = articles(
      [
        '第一条　为了规范管理，制定本条例。',
        '',
        '第二条　本条例第三条修改为：',
        '',
        '> 第三条　新的文字。',
        '',
        '第三条　本条例自公布之日起施行。',
        '',
      ].join('\n'),
    );
    expect(arts.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条']);
    expect(r.warnings.map((w) => w.code)).not.toContain('article-in-quote');
  });
});
