/**
 * A consultation's window (src/lib/consultation/window.ts): time left (`left.<unit>`) and invalid
 * dates (`window.<problem>`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedConsultationWindow = m({
  // consultation/window.ts: checkWindowLength's refusals, by reason.
  'window.invalid-date': {
    zh: '开始或截止时间无效，请填写带时区的时间，如 2026-12-21T18:00:00+08:00。',
    en: 'The opening or closing time is not valid; give a time with an offset, e.g. 2026-12-21T18:00:00+08:00.',
  },
  'window.closes-before-opens': {
    zh: '截止时间须晚于开始时间，请更正。',
    en: 'The window closes before it opens; correct the closing time.',
  },
  'window.short-window-without-reason': {
    zh: '征求意见期为 {days} 天，少于 {min} 天。请延长期限，或记录缩短的理由（立法法第四十条）。',
    en: 'The window is {days} days, shorter than {min}; extend it, or record why it is shorter (Legislation Law art. 40).',
  },

  // consultation/window.ts: timeLeft, whole days, then hours, then minutes.
  'left.closed': { zh: '已截止', en: 'closed' },
  'left.day': { zh: '还剩 {n} 天', en: '{n} day left' },
  'left.days': { zh: '还剩 {n} 天', en: '{n} days left' },
  'left.hour': { zh: '还剩 {n} 小时', en: '{n} hour left' },
  'left.hours': { zh: '还剩 {n} 小时', en: '{n} hours left' },
  'left.minute': { zh: '还剩 {n} 分钟', en: '{n} minute left' },
  'left.minutes': { zh: '还剩 {n} 分钟', en: '{n} minutes left' },
});
