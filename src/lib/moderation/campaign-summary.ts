/** The campaigns page's sentence over its table: every group counted, and how many it lists. */
import type { Translate } from '../i18n/index.ts';

/**
 * @example campaignSummary(translator('zh'), { groups: 1234, comments: 5678 }, 200, String)
 *   // '共 1234 组，5678 条意见。下表列出其中最大的 200 组。'
 */
export function campaignSummary(
  t: Translate,
  totals: { groups: number; comments: number },
  shown: number,
  format: (n: number) => string,
): string {
  const vars = { groups: format(totals.groups), comments: format(totals.comments) };
  return totals.groups > shown
    ? t('triage.campaigns.summaryLargest', { ...vars, shown: format(shown) })
    : t('triage.campaigns.summary', vars);
}
