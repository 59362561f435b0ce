/**
 * The distribution block (版记) of an official document after the last article (人民检察院检察委员会
 * 工作规则 2020, whthomas/china-laws: "主送：各级人民检察院。" / "抄送：……；" / "最高人民检察院办公厅
 * 2020年8月3日印发" / "最高人民检察院" / "高检发释字〔2020〕3号"): the document's, not paragraphs of
 * the last article, left out with a warning that names it (#16, thirty-first round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(`# 人民检察院检察委员会工作规则\n\n${lines.join('\n\n')}\n`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

const RULES = [
  '第三十九条  检察委员会及其委员的司法责任的认定和追究，适用检察官惩戒相关规定。',
  '第四十条  本规则自公布之日起施行，《人民检察院检察委员会组织条例》（高检发〔2008〕5号）同时废止。',
];

describe('the distribution block after the last article', () => {
  it('is left out of the last article, with a colophon warning', () => {
    const result = parse([
      ...RULES,
      '\t  主送：各级人民检察院。',
      '  抄送：中央政法委，全国人大监察司法委，全国人大常委会法工委；',
      '         本院领导同志、检委会专职委员；',
      '\t  最高人民检察院办公厅                      2020年8月3日印发  ',
      '最高人民检察院',
      '高检发释字〔2020〕3号',
    ]);
    const doc = result.ok ? result.document : null;
    const last = doc!.nodes.at(-1)!;
    expect(last.label).toBe('第四十条');
    expect(last.children).toEqual([]);
    expect(last.text).toBe(
      '本规则自公布之日起施行，《人民检察院检察委员会组织条例》（高检发〔2008〕5号）同时废止。',
    );
    const colophon = result.ok ? result.warnings.find((w) => w.code === 'colophon') : undefined;
    expect(colophon?.line).toBe(7);
    expect(colophon?.params?.['lines']).toBe(6);
    expect(String(colophon?.params?.['text'])).toMatch(/^主送：各级人民检察院。/);
  });

  it('is not a 抄送 line followed by another article', () => {
    const result = parse([RULES[0]!, '抄送：本院各部门。', RULES[1]!]);
    const doc = result.ok ? result.document : null;
    expect(doc!.nodes[0]!.children.map((p) => p.text)).toContain('抄送：本院各部门。');
    expect(result.ok && result.warnings.map((w) => w.code)).not.toContain('colophon');
  });
});
