/**
 * A consultation's window and counts (src/components/ConsultationStatus.astro). Merged into the
 * catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const consultationStatusComponent = m({
  'consult.open': { zh: '征求意见中，截止 {date}（{left}）', en: 'Open until {date} ({left})' },
  'consult.badge.upcoming': { zh: '即将征求意见', en: 'Opening soon' },
  'consult.badge.closed': { zh: '征求意见已结束', en: 'Closed for comment' },
  'consult.upcoming': { zh: '将于 {date} 开始征求意见', en: 'Opens {date}' },
  'consult.closed': { zh: '已于 {date} 截止', en: 'Closed {date}' },
  'consult.count': { zh: '已收到 {count} 条意见', en: '{count} comments received' },
  'consult.count.one': { zh: '已收到 1 条意见', en: '1 comment received' },
  'consult.people': {
    zh: '{people} 人提出 {count} 条意见',
    en: '{people} people made {count} comments',
  },
  // English counts one person and one comment in the singular.
  'consult.people.onePerson': {
    zh: '1 人提出 {count} 条意见',
    en: '1 person made {count} comments',
  },
  'consult.people.oneComment': { zh: '1 人提出 1 条意见', en: '1 person made 1 comment' },

  'participation.shortWindow': {
    zh: '本次征求意见期少于30日，理由：{reason}',
    en: 'This window is shorter than 30 days because: {reason}',
  },
});
