export {
  checkWindowLength,
  commentCount,
  formatDeadline,
  MIN_WINDOW_DAYS,
  timeLeft,
  windowState,
} from './window.ts';
export { closeEarly, moveStage, planWindow } from './schedule.ts';
export { zonedTime } from '../time/index.ts';
export { closeConsultationEarly, openConsultation, recordStageMove } from './manage.ts';
export { consultationFeed, type FeedEntry } from './feed.ts';
export { openedConsultations } from './feed-rows.ts';
export { homeOrder } from './home-order.ts';
