/**
 * Word debris that begins with a common character written five times running (乌鲁木齐 2019 养犬
 * 管理条例 第十九条 item （三）: "为体（肩）檃鏞菱菱菱菱菱憈鷖鷖鷖鷖鷖覡禡槱囱覡槱槱槱高超过三十五公分的犬只
 * 戴嘴套；"): no text writes a character four times over beside characters no text is written
 * with, so the whole run is debris and the item reads 为体（肩）高超过三十五公分的犬只戴嘴套 (#16, pa
 * sample, row 20 of 新疆). Before, 檃鏞菱菱菱菱菱 stayed in the item's text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 乌鲁木齐市养犬管理条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a character repeated four times or more beside Word debris', () => {
  it('is left out with the debris', () => {
    const result = parse(
      '第十九条 携带犬只外出应当遵守下列规范：（一）为犬只挂犬牌；（二）为犬只束牵引带；（三）为体（肩）檃鏞菱菱菱菱菱憈鷖鷖鷖鷖鷖覡禡槱囱覡槱槱槱高超过三十五公分的犬只戴嘴套；（四）即时清除犬只粪便。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_19', ''],
      ['art_19__para_1', '携带犬只外出应当遵守下列规范：'],
      ['art_19__para_1__point_1', '为犬只挂犬牌；'],
      ['art_19__para_1__point_2', '为犬只束牵引带；'],
      ['art_19__para_1__point_3', '为体（肩）高超过三十五公分的犬只戴嘴套；'],
      ['art_19__para_1__point_4', '即时清除犬只粪便。'],
    ]);
    expect(
      result.warnings.filter((w) => w.code === 'word-debris').map((w) => w.params?.['text']),
    ).toEqual(['檃鏞菱菱菱菱菱憈鷖鷖鷖鷖鷖覡禡槱囱覡槱槱槱']);
  });

  it('keeps a character repeated with no debris beside it', () => {
    const result = parse('第一条 标语写作“好好好好”，不得改动。');
    expect(flatten(result.document.nodes).map((n) => n.text)).toEqual([
      '标语写作“好好好好”，不得改动。',
    ]);
  });
});
