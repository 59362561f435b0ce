/**
 * Staff decisions on comment windows and stages, as pure rules: the window they type (local
 * date and time in the configured zone), closing a window early, moving a regulation's stage.
 * Each outcome is a value; a refusal carries a catalogue message for the page to translate.
 */
import { STAGES, type Stage } from '../content/manifest.ts';
import { zonedTime } from '../time/index.ts';
import type { Message } from '../i18n/index.ts';
import { checkWindowLength, windowState } from './window.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: Message };

export interface WindowPlan {
  opensAt: Date;
  closesAt: Date;
  shortWindowReason: string | null;
}

/** A window typed by staff: both times valid, closing after opening, 30 days or a reason. */
export function planWindow(
  input: { opens: string; closes: string; reason: string },
  timeZone: string,
): Checked<WindowPlan> {
  const opensAt = zonedTime(input.opens, timeZone);
  const closesAt = zonedTime(input.closes, timeZone);
  if (!opensAt || !closesAt) return { ok: false, message: { key: 'schedule.noDates' } };
  const reason = input.reason.trim().slice(0, 1000);
  const length = checkWindowLength(opensAt, closesAt, reason);
  if (!length.ok) return { ok: false, message: length.message };
  return {
    ok: true,
    value: { opensAt, closesAt, shortWindowReason: length.days < 30 ? reason : null },
  };
}

/** Closing an open window now, with the reason the public will read. */
export function closeEarly(
  window: { opensAt: Date; closesAt: Date },
  now: Date,
  reason: string,
): Checked<{ closesAt: Date; reason: string }> {
  if (windowState(window, now).state !== 'open')
    return { ok: false, message: { key: 'schedule.notOpen' } };
  const text = reason.trim();
  if (text === '' || [...text].length > 1000)
    return { ok: false, message: { key: 'schedule.closeReason' } };
  return { ok: true, value: { closesAt: now, reason: text } };
}

/**
 * A stage move, with a title for the timeline. The current stage is a step within it: the
 * readings of the review stage (一审, 二审, 三审) are timeline events, not new stages
 * (`within: true`, the stage stays).
 */
export function moveStage(
  current: string,
  input: { stage: string; title: string; date: string },
): Checked<{ stage: Stage; title: string; date: string; within: boolean }> {
  if (!(STAGES as readonly string[]).includes(input.stage))
    return { ok: false, message: { key: 'schedule.noStage' } };
  const title = input.title.trim();
  if (title === '' || [...title].length > 100)
    return { ok: false, message: { key: 'schedule.title' } };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    return { ok: false, message: { key: 'schedule.date' } };
  return {
    ok: true,
    value: {
      stage: input.stage as Stage,
      title,
      date: input.date,
      within: input.stage === current,
    },
  };
}
