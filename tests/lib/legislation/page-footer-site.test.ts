/**
 * A web site's footer copied after a text without an editor's credit (最高人民法院、最高人民检察院、
 * 公安部、司法部 2010 拐卖妇女儿童犯罪意见, from the court's site: "全国人民法庭信息网 | 人民法院诉讼
 * 资产网 地址：……" / "中华人民共和国最高人民法院 版权所有" / "京公网安备……号 | 京ICP备……号"): left
 * out with a warning that names it, not read as a paragraph of the last article (#16, third sample).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某意见\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a site footer of links, address and copyright after the last clause', () => {
  it('is left out of the last article, named in one warning', () => {
    const result = parse(
      [
        '第一条 为了规范工作，制定本意见。',
        '第二条 本意见自发布之日起施行。',
        '临江法院网 | 临江诉讼网 地址：临江市某某路1号 邮编：100000 总机：12345678',
        '临江市中级人民法院 版权所有',
        '京公网安备 11040102700145号 | 京ICP备05023036号',
      ].join('\n'),
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '为了规范工作，制定本意见。'],
      ['art_2', '本意见自发布之日起施行。'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.line, w.params?.['lines']])).toEqual([
      ['page-footer', 5, 3],
    ]);
  });

  it('is no footer without a copyright or registration line', () => {
    const result = parse('第一条 为了规范工作，制定本意见。\n\n甲 | 乙');
    expect(result.warnings.map((w) => w.code)).not.toContain('page-footer');
    expect(flatten(result.document.nodes).map((n) => n.text)).toContain('甲 | 乙');
  });

  it('is no footer when a sentence ends the last line', () => {
    const result = parse(
      '第一条 为了规范工作，制定本意见。\n\n本意见的版权所有人为临江市人民政府。',
    );
    expect(result.warnings.map((w) => w.code)).not.toContain('page-footer');
  });
});
