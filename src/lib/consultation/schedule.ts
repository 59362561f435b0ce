/**
 * Staff decisions on comment windows and stages, as pure rules: the window they type (local
 * date and time in the configured zone), closing a window early, moving a regulation's stage.
 * Each outcome is a value with a message in both languages.
 */
import { STAGES, type Stage } from '../content/manifest.ts';
import { zonedTime } from '../time/index.ts';
import { checkWindowLength, windowState } from './window.ts';

type Message = { zh: string; en: string };
export type Checked<T> = { ok: true; value: T } | { ok: false; message: Message };

export interface WindowPlan {
  opensAt: Date;
  closesAt: Date;
  shortWindowReason: string | null;
}

/** A window typed by staff: both times valid, closing after opening, 30 days or a reason. */
export function planWindow(input: { opens: string; closes: string; reason: string }, timeZone: string): Checked<WindowPlan> {
  const opensAt = zonedTime(input.opens, timeZone);
  const closesAt = zonedTime(input.closes, timeZone);
  if (!opensAt || !closesAt) return { ok: false, message: { zh: '请填写开始和截止的日期与时间。', en: 'Give the opening and closing date and time.' } };
  const reason = input.reason.trim().slice(0, 1000);
  const length = checkWindowLength(opensAt, closesAt, reason);
  if (!length.ok) return { ok: false, message: length.message };
  return { ok: true, value: { opensAt, closesAt, shortWindowReason: length.days < 30 ? reason : null } };
}

/** Closing an open window now, with the reason the public will read. */
export function closeEarly(window: { opensAt: Date; closesAt: Date }, now: Date, reason: string): Checked<{ closesAt: Date; reason: string }> {
  if (windowState(window, now).state !== 'open') return { ok: false, message: { zh: '该征求意见不在进行中，无需提前结束。', en: 'That consultation is not open; there is nothing to close.' } };
  const text = reason.trim();
  if (text === '' || [...text].length > 1000) return { ok: false, message: { zh: '请说明提前结束的理由（最多 1000 字），该理由将公开。', en: 'Give the reason for closing early (at most 1,000 characters); it will be public.' } };
  return { ok: true, value: { closesAt: now, reason: text } };
}

/**
 * A stage move, with a title for the timeline. The current stage is a step within it: the
 * readings of the review stage (一审, 二审, 三审) are timeline events, not new stages
 * (`within: true`, the stage stays).
 */
export function moveStage(current: string, input: { stage: string; title: string; date: string }): Checked<{ stage: Stage; title: string; date: string; within: boolean }> {
  if (!(STAGES as readonly string[]).includes(input.stage)) return { ok: false, message: { zh: '请选择阶段。', en: 'Choose a stage.' } };
  const title = input.title.trim();
  if (title === '' || [...title].length > 100) return { ok: false, message: { zh: '请填写进程标题（如“二审”），最多 100 字。', en: 'Give the timeline entry a title (e.g. “Second reading”), at most 100 characters.' } };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) return { ok: false, message: { zh: '请填写日期。', en: 'Give the date.' } };
  return { ok: true, value: { stage: input.stage as Stage, title, date: input.date, within: input.stage === current } };
}
