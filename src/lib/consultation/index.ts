export {
  checkWindowLength,
  DEFAULT_TIME_ZONE,
  formatDeadline,
  MIN_WINDOW_DAYS,
  timeLeft,
  windowState,
  type WindowInfo,
  type WindowLengthOutcome,
  type WindowState,
} from './window.ts';
export { closeEarly, moveStage, planWindow, type Checked, type WindowPlan } from './schedule.ts';
export { zonedTime } from '../time/index.ts';
export { closeConsultationEarly, openConsultation, recordStageMove, STAFF_EVENT_POSITION } from './manage.ts';
export { consultationFeed, type FeedEntry } from './feed.ts';
export { openedConsultations } from './feed-rows.ts';
