/**
 * The title printed again over an unnumbered body, broken over lines, when the collection's
 * `#` title ends in a status (全国人大常委会 2020 海南自贸区授权决定: "# ……的决定（失效）" over
 * "……关于授权国务院" / "在中国（海南）自由贸易试验区暂时" / "调整适用有关法律规定的决定"): front
 * matter, as without the status, not the first lines of the body's one clause (#16, twelfth round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(status: string) {
  const source = [
    `# 临江市人大常委会关于授权市人民政府暂时调整适用有关规定的决定${status}`,
    '<!-- INFO END -->',
    '临江市人大常委会关于授权',
    '市人民政府暂时调整适用',
    '有关规定的决定',
    '临江市人民代表大会常务委员会决定：授权市人民政府暂时调整适用有关规定。',
  ].join('\n\n');
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result.document;
}

describe('a title repeated over broken lines', () => {
  for (const status of ['', '（失效）', '（已废止）', '（已被修改）']) {
    it(`stays front matter under a title ending "${status}"`, () => {
      const doc = parse(status);
      // One preamble line since round rf (title-broken-over-lines).
      expect(doc.preamble).toEqual([
        '临江市人大常委会关于授权市人民政府暂时调整适用有关规定的决定',
      ]);
      expect(doc.nodes.map((n) => n.text)).toEqual([
        '临江市人民代表大会常务委员会决定：授权市人民政府暂时调整适用有关规定。',
      ]);
    });
  }
});
