/**
 * Seeding a database with realistic comments (`openclause seed`): generate in batches, write
 * each batch with its kept counts in one transaction, report progress.
 */
import type { Db } from '../db/client.ts';
import { generateComments } from './generate.ts';
import type { SeedTarget } from './generate.ts';
import {
  analyzeSeeded,
  insertBatch,
  seedTargets,
  withDeferredIndexes,
  type SeedCandidate,
} from './repository.ts';
import { recountPeople } from '../report/people-kept.ts';

export { withDeferredIndexes } from './repository.ts';
export { rowsOf } from '../db/rows.ts';
export { keptCountMismatches } from './verify.ts';
export { clauseSampler, rngFrom } from './generate.ts';

export interface SeedOptions {
  comments: number;
  consultation?: string | null;
  seed?: number;
  batchSize?: number;
  now: Date;
  onProgress?: (done: number) => void;
}

/** From this many comments on, the trigram indexes are dropped during the load and rebuilt. */
export const DEFER_INDEXES_FROM = 50_000;

export type SeedOutcome =
  | {
      ok: true;
      comments: number;
      seconds: number;
      consultations: number[];
      /** Consultations left out because their window opens after `now`, with that moment. */
      notYetOpen: { id: number; opensAt: Date }[];
      /** Consultations left out because their window has closed, with that moment. */
      closed: { id: number; closesAt: Date }[];
      /** Closed consultations seeded because they were named: every comment answered. */
      answered: number[];
      /** Each consultation above as `--consultation` names it (regulation/consultation). */
      names: Record<number, string>;
    }
  | { ok: false; reason: 'no-consultation' }
  | { ok: false; reason: 'not-yet-open'; opensAt: Date }
  | { ok: false; reason: 'none-open' }
  | { ok: false; reason: 'report-published' };

type WindowState = 'coming' | 'open' | 'closed';

const windowState = (t: { opensAt: Date; closesAt: Date }, now: Date): WindowState =>
  now < t.opensAt ? 'coming' : now < t.closesAt ? 'open' : 'closed';

/**
 * Which consultations get comments. By default only those whose window is open now: nobody can
 * have commented on a window not yet open, and a closed one's record (answered, counted in its
 * published feedback report) must not gain unanswered comments. A closed consultation named on
 * its own is seeded for load, every comment answered, unless its report is published: the
 * report's figures would no longer be those of its comments.
 */
export function chooseTargets(
  candidates: readonly SeedCandidate[],
  named: boolean,
  now: Date,
):
  | {
      ok: true;
      targets: SeedTarget[];
      notYetOpen: { id: number; opensAt: Date }[];
      closed: { id: number; closesAt: Date }[];
    }
  | Extract<SeedOutcome, { ok: false }> {
  const target = (
    { reportPublished: _, name: __, ...t }: SeedCandidate,
    answered: boolean,
  ): SeedTarget => ({
    ...t,
    answered,
  });
  const coming = candidates.filter((t) => windowState(t, now) === 'coming');
  const notYetOpen = coming.map((t) => ({ id: t.consultationId, opensAt: t.opensAt }));
  const firstOpening = () => new Date(Math.min(...notYetOpen.map((t) => t.opensAt.getTime())));
  if (named) {
    const [only] = candidates;
    if (!only) return { ok: false, reason: 'no-consultation' };
    const state = windowState(only, now);
    if (state === 'coming') return { ok: false, reason: 'not-yet-open', opensAt: only.opensAt };
    if (state === 'closed' && only.reportPublished)
      return { ok: false, reason: 'report-published' };
    return { ok: true, targets: [target(only, state === 'closed')], notYetOpen: [], closed: [] };
  }
  const targets = candidates
    .filter((t) => windowState(t, now) === 'open')
    .map((t) => target(t, false));
  const closed = candidates
    .filter((t) => windowState(t, now) === 'closed')
    .map((t) => ({ id: t.consultationId, closesAt: t.closesAt }));
  if (targets.length === 0)
    return notYetOpen.length
      ? { ok: false, reason: 'not-yet-open', opensAt: firstOpening() }
      : { ok: false, reason: 'none-open' };
  return { ok: true, targets, notYetOpen, closed };
}

export async function seedComments(db: Db, options: SeedOptions): Promise<SeedOutcome> {
  const all = await seedTargets(db, { consultation: options.consultation ?? null });
  if (!all) return { ok: false, reason: 'no-consultation' };
  const chosen = chooseTargets(all, Boolean(options.consultation), options.now);
  if (!chosen.ok) return chosen;
  const { targets, notYetOpen, closed } = chosen;
  let comments = 0;
  let seconds = 0;
  const load = async () => {
    const batches = generateComments(
      { targets, count: options.comments, seed: options.seed ?? 1, now: options.now },
      options.batchSize ?? 5000,
    );
    for (const batch of batches) {
      const added = await insertBatch(db, batch);
      comments += added.comments;
      seconds += added.seconds;
      options.onProgress?.(comments);
    }
  };
  // Large loads go faster with the trigram indexes rebuilt once at the end.
  await (options.comments >= DEFER_INDEXES_FROM ? withDeferredIndexes(db, load) : load());
  // Seeded rows skip the fold: the report's people are made once from them all.
  await recountPeople(db, [...new Set(targets.map((t) => t.consultationId))]);
  await analyzeSeeded(db);
  return {
    ok: true,
    comments,
    seconds,
    consultations: targets.map((t) => t.consultationId),
    notYetOpen,
    closed,
    answered: targets.filter((t) => t.answered).map((t) => t.consultationId),
    names: Object.fromEntries(all.map((t) => [t.consultationId, t.name])),
  };
}
