/**
 * Word debris whose first characters pass for characters in use, between a full stop and a space
 * or the end of the line (合肥 2017 文物保护办法, a random sample (ua) of Theonefkguy/Chinese-Laws,
 * #16, 第十五条: "……交由企业管理。颤颊颊顼颊犊牦牦牦牦牦塜P 市、县（市、区）文物行政主管部门……", where
 * 第十六条's label was; 大同 2022 废止《政务信息公开条例》的决定: "……本决定自公布后生效。伏J儀J帀J漀伟J儀J帀J漀
 * 伏J儀J帀J漀……" to the end of the line). The run of rare and repeated characters was left out, but
 * "颤颊颊顼颊犊" and "伏J儀J帀J漀伟" stayed in the text, so 合肥's lost 第十六条 stood in 第十五条 with
 * its items. A stretch of at most twelve Han characters and Latin letters right after a full stop,
 * without punctuation, with a rare character, a Latin letter or a character written twice, is
 * the run's beginning when the run is followed by a space or the line's end: no sentence ends
 * there without its full stop. Words before a run inside a sentence, and an article label, stay.
 */
import { describe, expect, it } from 'vitest';
import { dropWordDebris } from '../../../src/lib/legislation/blocks.ts';
import { parseDraft, type ClauseNode } from '../../../src/lib/legislation/index.ts';

describe('word debris led by common characters after a full stop', () => {
  it('takes the stretch between the full stop and the run before a space', () => {
    expect(
      dropWordDebris('不得交由企业管理。颤颊颊顼颊犊牦牦牦牦牦塜P 区人民政府应当签订责任书。').text,
    ).toBe('不得交由企业管理。 区人民政府应当签订责任书。');
  });

  it('takes the stretch before a run that ends the line', () => {
    expect(
      dropWordDebris('本决定自公布后生效。伏J儀J帀J漀伟J儀J帀J漀伏J儀J帀J漀伏J儀J帀J漀伏J儀J帀J漀')
        .text,
    ).toBe('本决定自公布后生效。');
  });

  it('leaves words before a run inside a sentence, and an article label', () => {
    expect(dropWordDebris('应当补偿。在地下水麰窌穦穦啦豦范围内取水。').text).toBe(
      '应当补偿。在地下水范围内取水。',
    );
    expect(dropWordDebris('应当补偿。第九条麰窌穦穦啦豦 在地下水范围内取水。').text).toBe(
      '应当补偿。第九条 在地下水范围内取水。',
    );
    expect(dropWordDebris('应当补偿。市县人民政府麰窌穦穦啦豦 在地下水范围内取水。').text).toBe(
      '应当补偿。市县人民政府 在地下水范围内取水。',
    );
  });

  it('gives the lost article its label, its items under it', () => {
    const source = [
      '# 某市文物保护办法',
      '',
      '第一条 为了保护文物，制定本办法。',
      '',
      '第二条 国有文物不得转让，不得交由企业管理。颤颊颊顼颊犊牦牦牦牦牦塜P 区人民政府应当签订责任书。责任人按照下列规定确定：（一）国有文物，使用人为责任人；（二）非国有文物，所有权人为责任人。',
      '',
      '第四条 本办法自2018年1月1日施行。',
    ].join('\n');
    const r = parseDraft(source);
    if (!r.ok) throw new Error('not parsed');
    const labels = r.document.nodes.map((n: ClauseNode) => n.label);
    expect(labels).toEqual(['第一条', '第二条', '第三条', '第四条']);
    expect(r.document.nodes[1]!.text).toBe('国有文物不得转让，不得交由企业管理。');
    const third = r.document.nodes[2]!;
    expect(third.children[0]!.text).toBe('区人民政府应当签订责任书。责任人按照下列规定确定：');
    expect(third.children[0]!.children.map((c: ClauseNode) => c.label)).toEqual([
      '（一）',
      '（二）',
    ]);
    expect(r.warnings.map((w) => w.code)).toContain('article-label-lost');
  });
});
