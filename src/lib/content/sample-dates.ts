/**
 * Sample content that does not go stale. The shipped content/ is a made-up city's drafts, its
 * dates written as of one day (content/sample.yaml, `datesAsOf`). Loaded unchanged a month
 * later, every window would be closed and nobody trying the site could send a comment. So the
 * day a database first loads the sample fixes a shift, in whole days, and every date that lay
 * after `datesAsOf` moves on by it: a window open that day closes as many days after the first
 * load as it did after `datesAsOf`, one not yet open opens as many days later, a plan is
 * adopted that much later. What was already past stays as written, so the timeline keeps
 * agreeing with the dates the drafts and explanations cite. From then on the windows age as a
 * real site's do. Pure: sync.ts stores the shift.
 */
import { addDays, localDay } from '../time/index.ts';
import type { LoadedContent } from './load.ts';

const DAY_MS = 86_400_000;

/**
 * Whole days from `datesAsOf` to the calendar day it is at `now` in `timeZone`; never negative,
 * so a clock set before the sample's day (a test's) sees the dates as written.
 * @example sampleShift('2026-12-04', new Date('2027-01-10T02:00:00Z'), 'Asia/Shanghai') // 37
 */
export function sampleShift(datesAsOf: string, now: Date, timeZone: string): number {
  const today = localDay(now, timeZone);
  const days = Math.round((Date.parse(today) - Date.parse(datesAsOf)) / DAY_MS);
  return Number.isFinite(days) && days > 0 ? days : 0;
}

/**
 * The content with every date after `datesAsOf` (in `timeZone`) moved on by `days`: timeline
 * events, versions' dates, windows' openings and closings, the dates of comments and reports kept
 * as files, plans' adoption days. Earlier dates
 * and all text stay as written (a plan keeps its year). The order of any two dates is kept.
 */
export function movedContent(
  content: LoadedContent,
  datesAsOf: string,
  days: number,
  timeZone: string,
): LoadedContent {
  if (days === 0) return content;
  const day = (d: string) => (d > datesAsOf ? addDays(d, days) : d);
  const instant = (d: Date) =>
    localDay(d, timeZone) > datesAsOf ? new Date(d.getTime() + days * DAY_MS) : d;
  return {
    ...content,
    regulations: content.regulations.map((reg) => ({
      ...reg,
      timeline: reg.timeline.map((e) => ({ ...e, date: day(e.date) })),
      versions: reg.versions.map((v) => ({ ...v, date: day(v.date) })),
      consultations: reg.consultations.map((c) => ({
        ...c,
        opensAt: instant(c.opensAt),
        closesAt: instant(c.closesAt),
      })),
      feedback: reg.feedback.map((f) => ({
        ...f,
        comments: f.comments.map((c) => ({ ...c, at: instant(c.at) })),
        report: f.report && { ...f.report, publishedAt: instant(f.report.publishedAt) },
      })),
    })),
    plans: content.plans.map((plan) => ({
      ...plan,
      adopted: plan.adopted === null ? null : day(plan.adopted),
      opensAt: plan.opensAt && instant(plan.opensAt),
      closesAt: plan.closesAt && instant(plan.closesAt),
    })),
  };
}
