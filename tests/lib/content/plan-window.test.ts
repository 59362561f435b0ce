import { describe, expect, it } from 'vitest';
import { readPlanManifest } from '../../../src/lib/content/manifest.ts';

const plan = (consultation: Record<string, string>) => ({ year: 2027, title: '计划', consultation, items: [] });

describe('the comment window of a legislative plan', () => {
  it('needs a recorded reason when it is shorter than 30 days', () => {
    const result = readPlanManifest(plan({ opens: '2026-11-15T09:00:00+08:00', closes: '2026-11-30T18:00:00+08:00' }), 'plans/2027.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/shorter than 30.*shortWindowReason/);
  });

  it('keeps the reason of a short window, and needs none for 30 days or more', () => {
    const short = readPlanManifest(plan({ opens: '2026-11-15T09:00:00+08:00', closes: '2026-11-30T18:00:00+08:00', shortWindowReason: '年度计划须在常委会会议前审议' }), 'plans/2027.yaml');
    expect(short.ok && short.value.shortWindowReason).toBe('年度计划须在常委会会议前审议');
    const long = readPlanManifest(plan({ opens: '2026-11-15T09:00:00+08:00', closes: '2026-12-15T09:00:00+08:00' }), 'plans/2027.yaml');
    expect(long.ok && long.value.shortWindowReason).toBe(null);
  });
});
