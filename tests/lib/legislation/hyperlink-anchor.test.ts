/**
 * A Word hyperlink field with a bare anchor of letters and digits, glued before the next article
 * after a full stop (日喀则 2018 人民代表大会议事规则, a random sample of provincial regulations:
 * "……由主席团决定是否允许撤回。HYPERLINKcreate36761583863780第五十三条 市人民代表大会认为必要时，
 * ……"): the field and its anchor are left out as Word debris and 第五十三条 begins its own article
 * (#16). Before, only HYPERLINK was left out and 第五十三条 stayed in the text of 第五十二条.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某规则\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a hyperlink field with a bare anchor before an article', () => {
  it('is left out and the article after it is read', () => {
    const result = parse(
      '第一条 提案人要求撤回的，由主席团决定是否允许撤回。HYPERLINKcreate36761583863780第二条 市人民代表大会认为必要时，可以组织调查委员会。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '提案人要求撤回的，由主席团决定是否允许撤回。'],
      ['art_2', '市人民代表大会认为必要时，可以组织调查委员会。'],
    ]);
    expect(
      result.warnings.filter((w) => w.code === 'word-debris').map((w) => w.params?.['text']),
    ).toEqual(['HYPERLINKcreate36761583863780']);
  });

  it('keeps Latin words that are no field anchor', () => {
    const result = parse('第一条 使用HYPERLINK以外的ABC标准和PM2.5指标。');
    expect(flatten(result.document.nodes).map((n) => n.text)).toEqual([
      '使用以外的ABC标准和PM2.5指标。',
    ]);
  });
});
