/**
 * A decision of points whose whole notice stands on one line (the Theonefkguy copy of 最高人民检察院
 * 2019 关于废止部分司法解释性质文件和规范性文件的决定): after the last point, which says "（见附件3）。",
 * the attached catalogues run on, each a title ending in 目录 and its rows, their labels 附件1 lost,
 * then the 版记 (主送：……。抄送：……。……印发). A reader sees the points, each catalogue an annex of
 * its own, and the 版记 left out as a colophon, as when they stand on lines of their own (#16,
 * thirty-seventh round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const ROWS_1 =
  '文件名称发文日期及文号临江市林业局关于加强林地管理的通知2001年3月2日临林发〔2001〕3号该文件不再适用。临江市林业局关于护林员管理的规定2005年6月1日临林发〔2005〕9号已被新规定替代。';
const ROWS_2 =
  '文件名称发文日期及文号临江市林业局、临江市财政局关于林业补助的通知2003年4月5日临林联〔2003〕1号该文件不再适用。';
const COLOPHON =
  '主送：各县（区）林业局。抄送：市人大常委会法工委，市司法局。临江市林业局办公室2019年7月16日印发';

const notice = (last: string, tail: string) =>
  [
    '# 临江市林业局关于废止部分规范性文件的决定',
    '',
    '<!-- INFO END -->',
    '',
    `临江市林业局对制发的规范性文件进行了清理。现决定：一、对单独制发的2件规范性文件予以废止（见附件1）。${last}${tail}`,
    '',
  ].join('\n');

const TWO_POINTS = '二、对联合制发的1件规范性文件予以废止（见附件2）。';
const CATALOGUES = `决定废止的单独制发的规范性文件目录（2件）${ROWS_1}决定废止的联合制发的规范性文件目录${ROWS_2}`;

function parsed(source: string) {
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
}

describe('catalogues run on after a decision’s last point', () => {
  it('reads each catalogue as an annex and the 版记 as the colophon', () => {
    const result = parsed(notice(TWO_POINTS, `${CATALOGUES}${COLOPHON}`));
    const nodes = result.document.nodes;
    expect(nodes.map((n) => n.eId)).toEqual(['point_1', 'point_2', 'annex_1', 'annex_2']);
    expect(nodes[1]!.text).toBe('对联合制发的1件规范性文件予以废止（见附件2）。');
    expect(nodes[2]!.heading).toBe('决定废止的单独制发的规范性文件目录（2件）');
    expect(nodes[2]!.text).toBe(ROWS_1);
    expect(nodes[3]!.heading).toBe('决定废止的联合制发的规范性文件目录');
    expect(nodes[3]!.text).toBe(ROWS_2);
    const codes = result.warnings.map((w) => w.code);
    expect(codes.filter((c) => c === 'annex-catalogue-run-in')).toHaveLength(2);
    const colophon = result.warnings.find((w) => w.code === 'colophon');
    expect(String(colophon?.params?.['text'])).toMatch(/^主送：各县（区）林业局。/);
    expect(String(colophon?.params?.['text'])).toMatch(/印发$/);
  });

  it('reads them as it reads the same notice on lines of their own', () => {
    const oneLine = parsed(notice(TWO_POINTS, `${CATALOGUES}${COLOPHON}`)).document.nodes;
    const lines = parsed(
      [
        '# 临江市林业局关于废止部分规范性文件的决定',
        '',
        '<!-- INFO END -->',
        '',
        '临江市林业局对制发的规范性文件进行了清理。现决定：',
        '',
        '一、对单独制发的2件规范性文件予以废止（见附件1）。',
        '',
        TWO_POINTS,
        '',
        '附件1',
        '',
        '决定废止的单独制发的规范性文件目录（2件）',
        '',
        ROWS_1,
        '',
        '附件2',
        '',
        '决定废止的联合制发的规范性文件目录',
        '',
        ROWS_2,
        '',
        '主送：各县（区）林业局。',
        '',
        '抄送：市人大常委会法工委，市司法局。',
        '',
        '临江市林业局办公室2019年7月16日印发',
        '',
      ].join('\n'),
    ).document.nodes;
    expect(oneLine.map((n) => [n.eId, n.kind])).toEqual(lines.map((n) => [n.eId, n.kind]));
    expect(oneLine.slice(0, 2).map((n) => n.text)).toEqual(lines.slice(0, 2).map((n) => n.text));
  });

  it('leaves the line whole when the points announce fewer attachments than there are titles', () => {
    const result = parsed(
      notice('二、对联合制发的1件规范性文件予以废止。', `${CATALOGUES}${COLOPHON}`),
    );
    expect(result.document.nodes.map((n) => n.kind)).toEqual(['point', 'point']);
    expect(result.warnings.map((w) => w.code)).not.toContain('annex-catalogue-run-in');
  });

  it('leaves a 目录 inside a quotation in the point', () => {
    const result = parsed(
      notice('二、将第三条修改为：“按照下列规定。所列文件目录（2件）执行。”', ''),
    );
    expect(result.document.nodes.map((n) => n.kind)).toEqual(['point', 'point']);
    expect(result.warnings.map((w) => w.code)).not.toContain('annex-catalogue-run-in');
  });
});
