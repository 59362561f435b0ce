/**
 * A Word page field framed in dashes after the last sentence (临夏 2021 养犬管理条例 第四十九条:
 * "本条例自公布之日起施行。—PAGE—"), as a footer sets the page number between dashes: the code
 * and its dashes are left out with a field-code warning, as a bare PAGE is (#16, third random
 * sample). Before, "—PAGE—" stayed in the article's text and nothing was said.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某州养犬管理条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    texts: flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]),
    warnings: result.warnings.map((w) => [w.code, w.line, w.params?.['text']]),
  };
}

describe('a page field framed in dashes', () => {
  it('is left out with its dashes, with a field-code warning', () => {
    const r = parse('第一条 甲。\n\n第二条 本条例自公布之日起施行。—PAGE—');
    expect(r.texts.at(-1)).toEqual(['art_2', '本条例自公布之日起施行。']);
    expect(r.warnings).toEqual([['field-code', 5, '—PAGE—']]);
  });

  it('is left out when spaced and hyphenated', () => {
    const r = parse('第一条 本条例自公布之日起施行。 - PAGE -');
    expect(r.texts).toEqual([['art_1', '本条例自公布之日起施行。']]);
    expect(r.warnings).toEqual([['field-code', 3, '- PAGE -']]);
  });

  it('leaves a dash and a capitalised word inside a sentence alone', () => {
    const r = parse('第一条 本条例所称页面——PAGE是指网页。');
    expect(r.texts).toEqual([['art_1', '本条例所称页面——PAGE是指网页。']]);
    expect(r.warnings).toEqual([]);
  });
});
