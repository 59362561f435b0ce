/**
 * Interface strings of opinions gathered offline: the day they were gathered
 * (src/lib/imports/gathered.ts) and a clerk's entry refused by the intake
 * (src/lib/imports/entry-actions.ts), Chinese first. Merged in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const entryMessages = m({
  'gathered.date-invalid': {
    zh: '收集日期“{value}”不是有效日期，请写成 2026-11-25 的形式。',
    en: 'The date "{value}" is not a real date; write it as 2026-11-25.',
  },
  'gathered.date-future': {
    zh: '收集日期 {date} 晚于今天（{today}）。',
    en: 'The date {date} is later than today ({today}).',
  },
  'gathered.date-outside-window': {
    zh: '收集日期 {date} 不在本次征求意见期间（{opensOn} 至 {closesOn}）内。请核对日期，或选择对应的征求意见。',
    en: "The date {date} is outside this consultation's window ({opensOn} to {closesOn}). Check the date, or choose the consultation it belongs to.",
  },

  'enterPage.refused.closed': {
    zh: '该草案的征求意见已经结束，未录入。',
    en: 'Comment on this draft has closed; nothing was entered.',
  },
  'enterPage.refused.not-open': {
    zh: '该草案的征求意见尚未开始，未录入。',
    en: 'Comment on this draft has not opened yet; nothing was entered.',
  },
  'enterPage.refused.rate-limited': {
    zh: '短时间内录入过多，未录入。请稍后再试。',
    en: 'Too many entries in a short time; nothing was entered. Try again later.',
  },
});
