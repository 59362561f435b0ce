/**
 * A text that kept its 目录 of chapter headings but lost the headings of its body, each
 * chapter's articles run on in one line (天津 2010 供热用热条例: "## 第一章 总则" … "## 第六章
 * 附则第一条 ……第七条 ……" / "第八条 ……第十六条 ……" / … six lines for six chapters): each line's
 * articles go under the heading of the same rank, with a warning (#16, pd round). Before, the
 * five first chapters stayed empty and all 47 articles fell into 第六章 附则.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某市供热用热条例\n\n<!-- LEGAL_HEADER_END -->\n\n${body}`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

const eIds = (r: ReturnType<typeof parse>) =>
  flatten(r.document.nodes)
    .filter((n) => n.kind === 'chapter' || n.kind === 'article')
    .map((n) => n.eId);

describe('chapter headings kept only in the table of contents', () => {
  it('take the articles of the body line of the same rank, with a warning', () => {
    const r = parse(
      [
        '## 第一章 总则',
        '## 第二章 供热与用热',
        '## 第三章 附则第一条 为了规范供热，制定本条例。 第二条 本条例适用于本市。',
        '第三条 供热单位应当保证供热。 第四条 用热户应当交纳费用。',
        '第五条 本条例自2010年6月1日起施行。',
      ].join('\n\n'),
    );
    expect(eIds(r)).toEqual([
      'chp_1',
      'chp_1__art_1',
      'chp_1__art_2',
      'chp_2',
      'chp_2__art_3',
      'chp_2__art_4',
      'chp_3',
      'chp_3__art_5',
    ]);
    expect(r.warnings.filter((w) => w.code === 'divisions-from-toc').map((w) => w.line)).toEqual([
      5,
    ]);
  });

  it('leaves the articles where they are when the lines do not match the headings', () => {
    const r = parse(
      [
        '## 第一章 总则',
        '## 第二章 附则第一条 甲。 第二条 乙。',
        '第三条 丙。',
        '第四条 丁。',
      ].join('\n\n'),
    );
    expect(eIds(r)).toEqual([
      'chp_1',
      'chp_2',
      'chp_2__art_1',
      'chp_2__art_2',
      'chp_2__art_3',
      'chp_2__art_4',
    ]);
    expect(r.warnings.some((w) => w.code === 'divisions-from-toc')).toBe(false);
  });
});
