/**
 * Word debris whose edge is made of common characters repeated (四川 2021 《选举法》实施办法, a random
 * sample of Theonefkguy/Chinese-Laws, #16, 第三十一条: "……联合或者单独粏梏咏梏咏咏毗毗毗毗毗毗毗毗毗鮿纋
 * 噮嘾嚿嘾推荐的……"; 吉林 2003 城市规划管理条例 第三十二条, left by the ra round: "凡个人新建、改建、
 * 辟羟羟羟羟羟羟澟辟羟羟羟辟辟辟扩建……"). The run of rare characters was left out, but 梏, 咏, 辟 and
 * 羟 are characters in use, so "粏梏咏梏咏咏" and "辟……辟羟羟羟辟辟辟" stayed in the text. Right beside a
 * run of debris, four or more Han characters of at most two kinds with one repeated (rare ones
 * among them before the run) are the run's edge and go with it; then one of those kinds right
 * before the run goes too. Words beside a run stay.
 */
import { describe, expect, it } from 'vitest';
import { dropWordDebris } from '../../../src/lib/legislation/blocks.ts';

describe('word debris edged with repeated common characters', () => {
  it('takes the repeated stretch before the run with it', () => {
    expect(
      dropWordDebris(
        '各政党联合或者单独粏梏咏梏咏咏毗毗毗毗毗毗毗毗毗鮿纋噮嘾嚿嘾推荐的代表候选人。',
      ).text,
    ).toBe('各政党联合或者单独推荐的代表候选人。');
  });

  it('takes the repeated stretch after the run, and its kind right before', () => {
    expect(
      dropWordDebris(
        '凡个人新建、改建、辟羟羟羟羟羟羟澟辟羟羟羟辟辟辟扩建生产、营业性用房的，按规定办理。',
      ).text,
    ).toBe('凡个人新建、改建、扩建生产、营业性用房的，按规定办理。');
  });

  it('leaves words beside a run', () => {
    expect(dropWordDebris('保存到就餐结束48麰窌穦穦啦豦小时后再处理。').text).toBe(
      '保存到就餐结束48小时后再处理。',
    );
    expect(dropWordDebris('人人参与毗毗毗毗鮿纋噮嘾嚿嘾共同治理。').text).toBe(
      '人人参与共同治理。',
    );
  });
});
