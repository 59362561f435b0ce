export { windowState, formatDeadline, timeLeft, checkWindowLength, MIN_WINDOW_DAYS, type WindowInfo, type WindowState } from './window.ts';
