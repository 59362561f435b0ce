/**
 * The day an offline opinion was gathered (a meeting, a letter), as imports and the staff's
 * entry form take it: a real calendar day, not later than today, and inside the
 * consultation's window. Imports and manual entry accepted 2026-02-30, 0000-00-00, 2099-01-01
 * and days outside the window (issue #14). Pure: days are `YYYY-MM-DD` in the consultation's
 * time zone.
 */
import { normaliseDate } from './prepare.ts';

export interface GatheringWindow {
  today: string;
  opensOn: string;
  closesOn: string;
  /** Where a date-time cell is given its day; the site's default when absent. */
  timeZone?: string;
}

export type GatheredOutcome = { ok: true; date: string } | { ok: false; code: 'date-invalid' | 'date-future' | 'date-outside-window'; message: { zh: string; en: string } };

/**
 * @example checkGatheredOn('2026年11月5日', { today: '2026-12-02', opensOn: '2026-11-01', closesOn: '2026-12-01' }) // { ok: true, date: '2026-11-05' }
 */
export function checkGatheredOn(value: string, window: GatheringWindow): GatheredOutcome {
  const date = normaliseDate(value, window.timeZone);
  if (!date || date < '1900-01-01') {
    return { ok: false, code: 'date-invalid', message: { zh: `收集日期“${value}”不是有效日期，请写成 2026-11-25 的形式。`, en: `The date "${value}" is not a real date; write it as 2026-11-25.` } };
  }
  if (date > window.today) return { ok: false, code: 'date-future', message: { zh: `收集日期 ${date} 晚于今天（${window.today}）。`, en: `The date ${date} is later than today (${window.today}).` } };
  if (date < window.opensOn || date > window.closesOn) {
    return {
      ok: false,
      code: 'date-outside-window',
      message: {
        zh: `收集日期 ${date} 不在本次征求意见期间（${window.opensOn} 至 ${window.closesOn}）内。请核对日期，或选择对应的征求意见。`,
        en: `The date ${date} is outside this consultation's window (${window.opensOn} to ${window.closesOn}). Check the date, or choose the consultation it belongs to.`,
      },
    };
  }
  return { ok: true, date };
}
