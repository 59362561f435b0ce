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
