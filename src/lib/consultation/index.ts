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
export { closeEarly, moveStage, planWindow, zonedTime, type Checked, type WindowPlan } from './schedule.ts';
export { closeConsultationEarly, openConsultation, recordStageMove, STAFF_EVENT_POSITION } from './manage.ts';
