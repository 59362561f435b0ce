/**
 * A Word page field left on a line of its own after the last sentence (`PAGE`), a footer whose
 * number was lost (`—  —`) and page numbers set between box-drawing lines (`─ 3 ─`) are left out
 * with a warning, not read as the last clause's text (#16). Excerpts of 天津 2021 中医药条例,
 * 丽水 2019 大窑龙泉窑遗址保护条例 and 南京 2017 江北新区行政管理事项的决定.
 */
import { describe, expect, it } from 'vitest';
import { isPageNumber } from '../../../src/lib/legislation/blocks.ts';
import { flatten, parseDraft, plainText } from '../../../src/lib/legislation/index.ts';

function parse(source: string) {
  const r = parseDraft(source, { file: 'x.md' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('page field lines and footers', () => {
  it('leaves out a PAGE field on a line of its own after the last article', () => {
    const r = parse(
      ['第八章　附  则', '', '第五十九条  本条例自2021年11月1日起施行。', '', '', 'PAGE', ''].join(
        '\n',
      ),
    );
    const last = flatten(r.document.nodes).find((n) => n.label === '第五十九条')!;
    expect(plainText(last)).toBe('本条例自2021年11月1日起施行。');
    expect(r.warnings.map((w) => [w.code, w.line])).toContainEqual(['field-code-line', 6]);
  });

  it('leaves out PAGE and a footer without its number, then the page number', () => {
    const r = parse(
      [
        '第三十一条  本条例所称县（市）是指龙泉市、庆元县。',
        '　　第三十二条  本条例自2020年3月1日起施行。丽水市人民政府发布的《大窑龙泉窑遗址保护管理办法》同时废止。',
        'PAGE  ',
        '—  —',
        '',
        '— 2 —',
        '',
      ].join('\n'),
    );
    const last = flatten(r.document.nodes).find((n) => n.label === '第三十二条')!;
    expect(plainText(last)).toBe(
      '本条例自2020年3月1日起施行。丽水市人民政府发布的《大窑龙泉窑遗址保护管理办法》同时废止。',
    );
    expect(r.warnings.map((w) => [w.code, w.line]).filter(([c]) => c !== 'starts-late')).toEqual([
      ['field-code-line', 3],
      ['page-number', 4],
      ['page-number', 6],
    ]);
  });

  it('leaves out page numbers between box-drawing lines after the last item', () => {
    const r = parse(
      [
        '八、本决定所称江北新区，是指经国务院批准的区域。',
        '',
        '九、本决定自2017年8月1日起施行。',
        '─ 4 ─',
        '─ 3 ─',
        '',
      ].join('\n'),
    );
    const last = flatten(r.document.nodes).find((n) => n.label === '九、')!;
    expect(plainText(last)).toBe('本决定自2017年8月1日起施行。');
    expect(r.warnings.filter((w) => w.code === 'page-number')).toHaveLength(2);
  });

  it('keeps PAGE inside a sentence, a lower-case page and a long rule', () => {
    for (const line of ['——  ——', '———', '—', '─']) expect(isPageNumber(line), line).toBe(false);
    const r = parse(['第一条  本条例所称PAGE是一种标记。', 'Page', ''].join('\n'));
    expect(plainText(r.document.nodes[0]!)).toContain('PAGE');
    expect(plainText(r.document.nodes[0]!)).toContain('Page');
    expect(r.warnings.map((w) => w.code)).not.toContain('field-code-line');
  });
});
