/**
 * Computing the public fields of comments stored before they existed (migration 0020 added
 * them empty): run after every migration, it finds such rows through a partial index that is
 * empty once done, so it costs one index probe on later starts. Idempotent, and safe to run in
 * several processes at once (they compute the same values). Until a row is done its public
 * suggested wording, quote and name read as empty: hidden, never shown unmasked.
 */
import { and, asc, eq, gt, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { commentRedactions, comments } from '../db/schema.ts';
import { publicFields } from './public-fields.ts';

const BATCH = 500;

const pending = or(
  and(isNotNull(comments.suggestedWording), isNull(comments.publicSuggestedWording)),
  and(isNotNull(comments.quote), isNull(comments.publicQuote)),
  and(isNotNull(comments.displayName), isNull(comments.publicDisplayName)),
);

/** Returns how many comments were brought up to date. */
export async function backfillPublicFields(db: Db): Promise<number> {
  let done = 0;
  let after = 0;
  for (;;) {
    const rows = await db
      .select({
        id: comments.id,
        body: comments.body,
        suggestedWording: comments.suggestedWording,
        quote: comments.quote,
        displayName: comments.displayName,
      })
      .from(comments)
      .where(and(pending, gt(comments.id, after)))
      .orderBy(asc(comments.id))
      .limit(BATCH);
    if (rows.length === 0) return done;
    const cuts = await db
      .select({ commentId: commentRedactions.commentId, passage: commentRedactions.passage })
      .from(commentRedactions)
      .where(
        inArray(
          commentRedactions.commentId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(commentRedactions.id));
    for (const row of rows) {
      const passages = cuts.filter((c) => c.commentId === row.id).map((c) => c.passage);
      const f = publicFields(row, passages);
      // The public text was masked and redacted when stored and when redacted: it stays.
      await db
        .update(comments)
        .set({
          publicSuggestedWording: f.publicSuggestedWording,
          publicQuote: f.publicQuote,
          publicDisplayName: f.publicDisplayName,
        })
        .where(eq(comments.id, row.id));
    }
    done += rows.length;
    after = rows.at(-1)!.id;
    if (rows.length < BATCH) return done;
  }
}

/** For tests: how many rows still wait. */
export async function pendingPublicFields(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(comments)
    .where(pending);
  return Number(row?.n ?? 0);
}
