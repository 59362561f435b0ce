/** The campaigns page's summary: every group counted, and the cut the table makes said. */
import { describe, expect, it } from 'vitest';
import { campaignSummary } from '../../../src/lib/moderation/index.ts';
import { formatNumber, translator } from '../../../src/lib/i18n/index.ts';

const zh = translator('zh');
const en = translator('en');

describe('campaignSummary', () => {
  it('counts every group and says the table lists only the largest 200 of more', () => {
    const totals = { groups: 1234, comments: 56789 };
    expect(campaignSummary(zh, totals, 200, (n) => formatNumber(n, 'zh'))).toBe(
      `共 ${formatNumber(1234, 'zh')} 组，${formatNumber(56789, 'zh')} 条意见。下表列出其中最大的 200 组。`,
    );
    expect(campaignSummary(en, totals, 200, (n) => formatNumber(n, 'en'))).toBe(
      '1,234 groups, 56,789 comments. The table lists the 200 largest.',
    );
  });

  it('says nothing of a cut when the table lists every group', () => {
    expect(campaignSummary(zh, { groups: 12, comments: 340 }, 12, String)).toBe(
      '共 12 组，340 条意见。',
    );
    expect(campaignSummary(en, { groups: 12, comments: 340 }, 12, String)).toBe(
      '12 groups, 340 comments.',
    );
  });
});
