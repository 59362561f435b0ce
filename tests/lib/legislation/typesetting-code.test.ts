/**
 * A typesetting command of the 方正书版 system left in the text, capitals in 〖〗 (吉林市 2013
 * 国有土地上房屋征收与补偿条例, a random sample of local regulations, rc round: 第五十四条 "……逐月另行
 * 支付违约金。〖HTH〗", the font command of the printed copy): markup of the printer, not words
 * of the law. It is left out of the clause, and a warning names it with its line (#16). Before,
 * the command was the last words of the article's paragraph.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 某市房屋征收与补偿条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a 方正书版 typesetting command in the text', () => {
  it('is left out of the clause, with a warning', () => {
    const result = parse(
      [
        '第一条 房屋征收部门按月另行支付违约金。〖HTH〗',
        '第二条 〖KG*2〗本条例自2013年10月1日起施行。',
      ].join('\n\n'),
    );
    expect(
      flatten(result.document.nodes)
        .filter((n) => n.kind === 'article')
        .map((n) => n.text),
    ).toEqual(['房屋征收部门按月另行支付违约金。', '本条例自2013年10月1日起施行。']);
    expect(
      result.warnings
        .filter((w) => w.code === 'typesetting-code')
        .map((w) => [w.line, w.params?.['text']]),
    ).toEqual([
      [3, '〖HTH〗'],
      [5, '〖KG*2〗'],
    ]);
  });

  it('keeps words in 〖〗 that are not a command as they are', () => {
    const result = parse('第一条 本条例所称〖浮房〗，是指自建的住宅房屋。');
    expect(flatten(result.document.nodes)[0]?.text).toBe(
      '本条例所称〖浮房〗，是指自建的住宅房屋。',
    );
    expect(result.warnings.some((w) => w.code === 'typesetting-code')).toBe(false);
  });
});
