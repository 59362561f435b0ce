import { describe, expect, it } from 'vitest';
import {
  closeEarly,
  moveStage,
  planWindow,
  zonedTime,
} from '../../../src/lib/consultation/index.ts';
import { inBoth } from '../../../src/lib/i18n/index.ts';

describe('staff window and stage rules', () => {
  it('reads a local date and time in the configured zone', () => {
    expect(zonedTime('2026-12-01T09:00', 'Asia/Shanghai')?.toISOString()).toBe(
      '2026-12-01T01:00:00.000Z',
    );
    expect(zonedTime('2026-07-01T09:00', 'Europe/London')?.toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
    expect(zonedTime('2026-02-30T09:00', 'Asia/Shanghai')).toBeNull();
  });

  it('asks for a reason when the window is shorter than 30 days, and records it', () => {
    const short = { opens: '2026-12-01T09:00', closes: '2026-12-15T18:00', reason: '' };
    const refused = planWindow(short, 'Asia/Shanghai');
    expect(!refused.ok && inBoth(refused.message).en).toMatch(/shorter than 30/);
    const kept = planWindow({ ...short, reason: '年底前须提请审议。' }, 'Asia/Shanghai');
    expect(kept.ok && kept.value.shortWindowReason).toBe('年底前须提请审议。');
    const long = planWindow(
      { opens: '2026-12-01T09:00', closes: '2027-01-05T18:00', reason: '不需要' },
      'Asia/Shanghai',
    );
    expect(long.ok && long.value.shortWindowReason).toBeNull();
    expect(
      planWindow(
        { opens: '2026-12-10T09:00', closes: '2026-12-01T09:00', reason: 'x' },
        'Asia/Shanghai',
      ).ok,
    ).toBe(false);
  });

  it('closes only an open window, and only with a reason', () => {
    const window = {
      opensAt: new Date('2026-11-01T00:00:00Z'),
      closesAt: new Date('2026-12-31T00:00:00Z'),
    };
    const now = new Date('2026-12-02T00:00:00Z');
    expect(closeEarly(window, now, '  ').ok).toBe(false);
    expect(closeEarly(window, new Date('2027-01-02T00:00:00Z'), '理由').ok).toBe(false);
    expect(closeEarly(window, now, '草案撤回重拟。')).toEqual({
      ok: true,
      value: { closesAt: now, reason: '草案撤回重拟。' },
    });
  });

  it('moves to another known stage with a title, and records a reading within the current stage', () => {
    expect(moveStage('review', { stage: 'review', title: '二审', date: '2026-12-01' })).toEqual({
      ok: true,
      value: { stage: 'review', title: '二审', date: '2026-12-01', within: true },
    });
    expect(moveStage('review', { stage: 'review', title: '', date: '2026-12-01' }).ok).toBe(false);
    expect(moveStage('review', { stage: 'passed', title: '通过', date: '2026-12-01' }).ok).toBe(
      false,
    );
    expect(moveStage('review', { stage: 'enacted', title: '', date: '2026-12-01' }).ok).toBe(false);
    expect(
      moveStage('review', { stage: 'enacted', title: '表决通过', date: '2026-12-01' }),
    ).toEqual({
      ok: true,
      value: { stage: 'enacted', title: '表决通过', date: '2026-12-01', within: false },
    });
  });
});
