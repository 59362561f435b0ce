/**
 * The bulk path (regroupConsultation: chunks placed in memory, written with plain inserts, group
 * counts recounted at the end) must leave exactly what the per-comment path (the intake fold)
 * leaves: the same group of every comment, the same band rows and the same kept group counts
 * (issue #17). On the edited Chinese form letters of tests/fixtures/form-letters, with exact
 * copies and comments too short to group among them.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeComment } from '../../../src/lib/intake/index.ts';
import { rowsOf } from '../../../src/lib/db/rows.ts';
import { regroupConsultation } from '../../../src/lib/moderation/index.ts';
import { editedCopies, LETTERS } from '../../fixtures/form-letters/generate.ts';
import { commentMaker, firstReading } from '../../helpers/comments.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let consultationId: number;
let bodies: string[];

beforeAll(async () => {
  db = await seededDatabase();
  const target = await firstReading(db);
  consultationId = target.consultationId;
  const copies = editedCopies(2026, 25).map((c) => c.text);
  const originals = LETTERS.map((sentences) => sentences.join(''));
  // Letters, their edited copies, exact copies of some, and short views, interleaved.
  bodies = copies.flatMap((text, i) => [
    ...(i < originals.length ? [originals[i]!] : []),
    text,
    ...(i % 7 === 0 ? [text] : []),
    ...(i % 11 === 0 ? [`同意第${i}条。`] : []),
  ]);
  const make = commentMaker(target, 'equiv', (n) => bodies[n - 1]!);
  for (let i = 0; i < bodies.length; i++) {
    const stored = await storeComment(db.db, make());
    if (!stored.ok) throw new Error(stored.reason);
  }
});
afterAll(async () => {
  await db?.cleanup();
});

/** What grouping left in the database for the consultation, in a comparable form. */
async function snapshot() {
  const groups = rowsOf<{
    comment_id: string;
    group_id: string;
    minhash: string;
    sentences: number;
  }>(
    await db.db.execute(sql`
      select comment_id::text, group_id::text, array_to_string(minhash, ',') as minhash, sentences
      from comment_groups where consultation_id = ${consultationId} order by comment_id`),
  );
  const bands = rowsOf<{ band_key: string; comment_id: string }>(
    await db.db.execute(sql`
      select band_key, comment_id::text from comment_bands where consultation_id = ${consultationId}
      order by band_key collate "C", comment_id`),
  );
  const counts = rowsOf<{ group_id: string; size: number; open: number }>(
    await db.db.execute(sql`
      select group_id::text, size, open from group_counts where consultation_id = ${consultationId}
      order by group_id`),
  );
  return { groups, bands, counts };
}

/** Forgets the groups and band rows of the consultation's comments from `fromId` on. */
async function forget(fromId: number) {
  await db.db.execute(
    sql`delete from comment_bands where consultation_id = ${consultationId} and comment_id >= ${fromId}`,
  );
  await db.db.execute(
    sql`delete from comment_groups where consultation_id = ${consultationId} and comment_id >= ${fromId}`,
  );
}

describe('regrouping in bulk', () => {
  it('gives every comment the group, band rows and counts the intake fold gave it', async () => {
    const perComment = await snapshot();
    expect(perComment.groups.length).toBeGreaterThan(150);
    expect(perComment.counts.filter((c) => c.size > 1).length).toBeGreaterThanOrEqual(
      LETTERS.length,
    );
    await forget(0);
    expect((await snapshot()).groups).toEqual([]);
    // Small chunks, so that several are placed while the one before is written.
    const outcome = await regroupConsultation(db.db, consultationId, () => {}, { chunk: 23 });
    expect(outcome.seen).toBe(bodies.length);
    expect(await snapshot()).toEqual(perComment);
  });

  it('does so too when only the later half was stored before grouping existed', async () => {
    const perComment = await snapshot();
    const half = perComment.groups[Math.floor(perComment.groups.length / 2)]!;
    await forget(Number(half.comment_id));
    await regroupConsultation(db.db, consultationId, () => {}, { chunk: 17 });
    expect(await snapshot()).toEqual(perComment);
  });
});
