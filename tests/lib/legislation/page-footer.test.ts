/**
 * A web page's footer copied after a text (全国法院破产审判工作会议纪要 2018, from the court's web
 * page: 责任编辑：韩绪光 / 中国共产党新闻网 / | / … / 京ICP备05023036号): left out with a warning that
 * names it, not read as paragraphs of the last article (#16, ninth round).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某意见\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a web page footer after the last clause', () => {
  it('is left out of the last article, named in one warning', () => {
    const result = parse(
      '第一条 为了规范工作，制定本意见。\n\n第二条 本意见自发布之日起施行。\n\n责任编辑：王某某\n\n临江新闻网\n\n|\n\n临江市中级人民法院 版权所有',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '为了规范工作，制定本意见。'],
      ['art_2', '本意见自发布之日起施行。'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.line, w.params])).toEqual([
      [
        'page-footer',
        7,
        { text: '责任编辑：王某某 临江新闻网 | 临江市中级人民法院 版权所有', lines: 4 },
      ],
    ]);
  });

  it('starts at the page’s controls too (分享到, 打印本页)', () => {
    const result = parse('一、本意见自发布之日起施行。\n\n【打印本页】\n\n【关闭窗口】');
    expect(result.document.nodes.map((n) => n.text)).toEqual(['本意见自发布之日起施行。']);
    expect(result.warnings.map((w) => w.code)).toEqual(['page-footer']);
  });

  it('is no footer when an article follows it', () => {
    const result = parse(
      '第一条 为了规范工作，制定本意见。\n\n责任编辑：王某某\n\n第二条 本意见自发布之日起施行。',
    );
    expect(result.warnings.map((w) => w.code)).not.toContain('page-footer');
    expect(result.document.nodes[0]!.children.map((c) => c.text)).toContain('责任编辑：王某某');
  });
});
