/**
 * The triage list's filter, read from a query string: the same reading for the list, for its
 * counts and for a bulk action over "all that the filter matches", so the three agree.
 */
import { CHANNELS } from '../comments/index.ts';
import type { IncomingFilter } from '../comments/repository.ts';
import { STAGES } from '../content/manifest.ts';
import { normaliseTag } from './annotations.ts';
import { overdueCutoff } from './clock.ts';

export const STANCE_VALUES = ['support', 'oppose', 'amend', 'question'] as const;
export const STATUS_VALUES = ['received', 'published', 'held', 'answered', 'unanswered'] as const;
export const CATEGORY_VALUES = [
  'individual',
  'enterprise',
  'organisation',
  'expert',
  'deputy',
] as const;

/** The filter as the query string carries it (every value a string or null). */
export interface TriageFilter {
  regulation: string | null;
  consultation: number | null;
  stance: (typeof STANCE_VALUES)[number] | null;
  status: (typeof STATUS_VALUES)[number] | null;
  channel: (typeof CHANNELS)[number] | null;
  category: (typeof CATEGORY_VALUES)[number] | null;
  clause: string | null;
  text: string | null;
  tag: string | null;
  /** 'me', 'none' (nobody yet, no disposition) or a staff id. */
  assignee: string | null;
  overdue: '1' | null;
  group: string | null;
  stage: (typeof STAGES)[number] | null;
  district: string | null;
}

const CLAUSE_ID = /^[a-z]+_[0-9a-z-]+(__[a-z]+_[0-9a-z-]+)*$/;

export function readTriageFilter(
  q: URLSearchParams,
  known: { regulations: readonly string[]; consultations: readonly number[] },
): TriageFilter {
  const pick = <T extends string>(name: string, allowed: readonly T[]) =>
    allowed.find((v) => v === q.get(name)) ?? null;
  const assignee = q.get('assignee') ?? '';
  const consultation = Number(q.get('consultation'));
  return {
    regulation: known.regulations.find((r) => r === q.get('regulation')) ?? null,
    consultation: known.consultations.includes(consultation) ? consultation : null,
    stance: pick('stance', STANCE_VALUES),
    status: pick('status', STATUS_VALUES),
    channel: pick('channel', CHANNELS),
    category: pick('category', CATEGORY_VALUES),
    clause: CLAUSE_ID.test(q.get('clause') ?? '') ? q.get('clause') : null,
    text: (q.get('q') ?? '').slice(0, 100) || null,
    tag: normaliseTag(q.get('tag') ?? ''),
    assignee:
      assignee === 'me' || assignee === 'none' || /^\d{1,9}$/.test(assignee) ? assignee : null,
    overdue: q.get('overdue') === '1' ? '1' : null,
    group: /^\d{1,15}$/.test(q.get('group') ?? '') ? q.get('group') : null,
    stage: pick('stage', STAGES),
    district: (q.get('district') ?? '').trim().slice(0, 40) || null,
  };
}

/** The filter as the repository takes it, for one staff member at one instant. */
export function incomingFilterOf(
  f: TriageFilter,
  context: { userId: number; now: Date; replyDays: number },
): IncomingFilter {
  return {
    ...f,
    assigneeId:
      f.assignee === 'me'
        ? context.userId
        : f.assignee && f.assignee !== 'none'
          ? Number(f.assignee)
          : null,
    unassigned: f.assignee === 'none',
    closedBefore: f.overdue ? overdueCutoff(context.replyDays, context.now) : null,
    groupId: f.group ? Number(f.group) : null,
  };
}

/** The query string of a filter, with extra parameters (for links and paging). */
export function filterQuery(f: TriageFilter, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, q: f.text, text: null }))
    if (v !== null && v !== '') p.set(k, String(v));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

/** Whether any condition is set (a bulk action over "all" needs at least one). */
export function isFiltered(f: TriageFilter): boolean {
  return Object.values(f).some((v) => v !== null && v !== '');
}
