import { describe, expect, it } from 'vitest';
import { readDisposition } from '../../../src/lib/disposition/index.ts';
import { inBoth } from '../../../src/lib/i18n/index.ts';

describe('disposition input', () => {
  it('accepts a disposition with a reason and a reply, trimmed', () => {
    expect(
      readDisposition({
        disposition: 'partly-adopted',
        reason: ' 已在第十条体现 ',
        reply: '感谢您的意见。',
      }),
    ).toEqual({
      ok: true,
      value: {
        disposition: 'partly-adopted',
        reason: '已在第十条体现',
        reply: '感谢您的意见。',
        reflectedClauseId: null,
      },
    });
  });
  it('requires all three and names each missing one in both languages', () => {
    const r = readDisposition({ disposition: 'maybe', reason: ' ', reply: '' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['disposition', 'reason', 'reply']);
    expect(inBoth(r.errors[0]!.message)).toEqual({
      zh: '请选择处理结果。',
      en: 'Choose a disposition.',
    });
  });
  it('limits the length of the reply', () => {
    expect(
      readDisposition({ disposition: 'adopted', reason: '理由', reply: '答'.repeat(2001) }).ok,
    ).toBe(false);
  });
});
