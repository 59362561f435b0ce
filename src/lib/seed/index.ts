/**
 * Seeding a database with realistic comments (`openclause seed`): generate in batches, write
 * each batch with its kept counts in one transaction, report progress.
 */
import type { Db } from '../db/client.ts';
import { generateComments } from './generate.ts';
import { analyzeSeeded, insertBatch, seedTargets, withDeferredIndexes } from './repository.ts';
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
    }
  | { ok: false; reason: 'no-consultation' }
  | { ok: false; reason: 'not-yet-open'; opensAt: Date };

export async function seedComments(db: Db, options: SeedOptions): Promise<SeedOutcome> {
  const all = await seedTargets(db, {
    consultation: options.consultation ?? null,
    now: options.now,
  });
  if (!all) return { ok: false, reason: 'no-consultation' };
  // Nobody can have commented on a window that has not opened: its comments would be dated
  // in the future and its pages would show opinions before the invitation to give them.
  const opened = (t: { opensAt: Date }) => t.opensAt.getTime() <= options.now.getTime();
  const targets = all.filter(opened);
  const notYetOpen = all
    .filter((t) => !opened(t))
    .map((t) => ({ id: t.consultationId, opensAt: t.opensAt }));
  if (targets.length === 0)
    return {
      ok: false,
      reason: 'not-yet-open',
      opensAt: new Date(Math.min(...notYetOpen.map((t) => t.opensAt.getTime()))),
    };
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
  };
}
