/** Staff pickers name a consultation by its owner and title, the owner once when they are one. */
import { describe, expect, it } from 'vitest';
import { choiceLabel, withReports } from '../../../src/lib/regulations/index.ts';

describe('choiceLabel', () => {
  it('names the regulation and the consultation', () => {
    expect(choiceLabel('物业管理条例', '二审稿公开征求意见')).toBe(
      '物业管理条例：二审稿公开征求意见',
    );
  });
  it('names a plan consultation called after its plan once, not 计划：计划', () => {
    expect(
      choiceLabel('临江市人大常委会2027年度立法计划', '临江市人大常委会2027年度立法计划'),
    ).toBe('临江市人大常委会2027年度立法计划');
  });
});

describe('withReports', () => {
  it('leaves out a consultation whose window has not opened: it has nothing to report', () => {
    const now = new Date('2026-12-08T00:00:00Z');
    const choices = [
      { id: 1, opensAt: new Date('2026-11-20T01:00:00Z') },
      { id: 2, opensAt: new Date('2026-12-18T01:00:00Z') },
      { id: 3, opensAt: now },
    ];
    expect(withReports(choices, now).map((c) => c.id)).toEqual([1, 3]);
  });
});
