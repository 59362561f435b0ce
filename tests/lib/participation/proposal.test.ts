import { inBoth } from '../../../src/lib/i18n/index.ts';
import { describe, expect, it } from 'vitest';
import { commentKind, proposalBody } from '../../../src/lib/participation/index.ts';

describe('a proposal of a new legislative project', () => {
  it('writes title, problem and scope under their labels in the visitor language', () => {
    const raw = {
      proposalTitle: ' 临江市养老助餐条例 ',
      proposalProblem: '老年食堂少，\r\n价格高。',
      proposalScope: '助餐补贴和场地',
    };
    expect(proposalBody(raw, 'zh')).toEqual({
      ok: true,
      body: '【立法项目建议】\n项目名称：临江市养老助餐条例\n要解决的问题：老年食堂少，\n价格高。\n希望规范的事项：助餐补贴和场地',
    });
    const en = proposalBody(raw, 'en');
    expect(en.ok && en.body.split('\n')[1]).toBe('Title: 临江市养老助餐条例');
  });

  it('needs all three parts and reports each missing or too long one', () => {
    const result = proposalBody({ proposalTitle: '字'.repeat(101), proposalProblem: '  ' }, 'zh');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'proposalTitle:proposal-too-long',
      'proposalProblem:proposal-missing',
      'proposalScope:proposal-missing',
    ]);
    expect(inBoth(result.errors[1]!.message)).toEqual({
      zh: '请填写要解决的问题。',
      en: 'Write the problem to solve.',
    });
  });

  it('is known as a proposal from its text in either language, and a plain comment is not', () => {
    const zh = proposalBody(
      { proposalTitle: '养老助餐条例', proposalProblem: '老年食堂少', proposalScope: '助餐补贴' },
      'zh',
    );
    const en = proposalBody(
      { proposalTitle: 'Meals', proposalProblem: 'Few canteens', proposalScope: 'Subsidies' },
      'en',
    );
    expect([zh.ok && commentKind(zh.body), en.ok && commentKind(en.body)]).toEqual([
      'proposal',
      'proposal',
    ]);
    expect(commentKind('建议第二条增加城中村。【立法项目建议】')).toBe('comment');
  });
});
