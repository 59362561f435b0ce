/**
 * A section heading that lost its label and its ### (监狱法 2012, flk.npc text: "### 第六节 奖惩" …
 * "第五十八条 ……依法追究刑事责任。" / "对罪犯服刑期间犯罪的处理" / "第五十九条 ……" / "第六十条 ……"
 * / "## 第五章 对罪犯的教育改造"): the bare line after the chapter's last numbered section is the
 * heading of 第七节, its number lost, and the articles after it up to 第五章 are that section's,
 * with a warning (#16, pn random sample). Before, the line was the last paragraph of 第五十八条
 * and 第五十九条, 第六十条 stood in 第六节.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某某法\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string] => [
      n.eId,
      n.label,
      n.heading,
    ]),
    texts: flatten(result.document.nodes).map((n) => n.text),
    warnings: result.warnings
      .filter((w) => w.code === 'section-unnumbered')
      .map((w) => [w.line, w.message]),
  };
}

const lines = (...xs: string[]) => xs.join('\n\n');

describe('a section heading that lost its label', () => {
  it('is read as the chapter’s next section when the chapter ends after it', () => {
    const r = parse(
      lines(
        '## 第一章 狱政管理',
        '### 第一节 奖惩',
        '第一条 监狱应当建立罪犯的日常考核制度。',
        '第二条 罪犯在服刑期间有前款所列行为，构成犯罪的，依法追究刑事责任。',
        '对罪犯服刑期间犯罪的处理',
        '第三条 罪犯在服刑期间故意犯罪的，依法从重处罚。',
        '第四条 对罪犯在监狱内犯罪的案件，由监狱进行侦查。',
        '## 第二章 附则',
        '第五条 本法自公布之日起施行。',
      ),
    );
    expect(r.nodes).toEqual([
      ['chp_1', '第一章', '狱政管理'],
      ['chp_1__sec_1', '第一节', '奖惩'],
      ['chp_1__sec_1__art_1', '第一条', ''],
      ['chp_1__sec_1__art_2', '第二条', ''],
      ['chp_1__sec_2', '', '对罪犯服刑期间犯罪的处理'],
      ['chp_1__sec_2__art_3', '第三条', ''],
      ['chp_1__sec_2__art_4', '第四条', ''],
      ['chp_2', '第二章', '附则'],
      ['chp_2__art_5', '第五条', ''],
    ]);
    expect(r.texts[3]).toBe('罪犯在服刑期间有前款所列行为，构成犯罪的，依法追究刑事责任。');
    expect(r.warnings).toEqual([[11, expect.stringContaining('第二节')]]);
  });

  it('is read as the last section when the text ends after it', () => {
    const r = parse(
      lines(
        '## 第一章 刑罚的执行',
        '### 第一节 收监',
        '第一条 罪犯收监后，监狱应当通知罪犯家属。',
        '监外执行',
        '第二条 对于被判处无期徒刑的罪犯，可以暂予监外执行。',
        '第三条 本法自公布之日起施行。',
      ),
    );
    expect(r.nodes.map(([eId, label]) => [eId, label])).toEqual([
      ['chp_1', '第一章'],
      ['chp_1__sec_1', '第一节'],
      ['chp_1__sec_1__art_1', '第一条'],
      ['chp_1__sec_2', ''],
      ['chp_1__sec_2__art_2', '第二条'],
      ['chp_1__sec_2__art_3', '第三条'],
    ]);
    expect(r.warnings).toHaveLength(1);
  });

  it('stays a paragraph when the next section follows in sequence', () => {
    const r = parse(
      lines(
        '## 第一章 刑罚的执行',
        '### 第一节 收监',
        '第一条 罪犯收监后，监狱应当通知罪犯家属。',
        '监外执行',
        '第二条 对于被判处无期徒刑的罪犯，可以暂予监外执行。',
        '### 第二节 减刑、假释',
        '第三条 减刑建议由监狱向人民法院提出。',
      ),
    );
    expect(r.nodes.map(([eId]) => eId)).toEqual([
      'chp_1',
      'chp_1__sec_1',
      'chp_1__sec_1__art_1',
      'chp_1__sec_1__art_1__para_1',
      'chp_1__sec_1__art_1__para_2',
      'chp_1__sec_1__art_2',
      'chp_1__sec_2',
      'chp_1__sec_2__art_3',
    ]);
    expect(r.warnings).toEqual([]);
  });
});
