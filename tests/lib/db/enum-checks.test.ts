/**
 * The database itself refuses a value outside an enumerated column's TypeScript union, so a
 * bug or a hand-written statement cannot store a stance or status no page knows how to show.
 * Runs on PGlite, or on PostgreSQL with TEST_DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { schema } from '../../../src/lib/db/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

/** The error a statement fails with (its SQLSTATE and constraint), or null when it succeeds. */
async function refusal(
  statement: ReturnType<typeof sql>,
): Promise<{ code: string | undefined; constraint: string | undefined } | null> {
  try {
    await db.db.transaction(async (tx) => {
      await tx.execute(statement);
      // Leave nothing behind when the statement was (wrongly) accepted.
      throw new Error('rollback');
    });
  } catch (error) {
    const e = error as {
      message?: string;
      cause?: { code?: string; constraint?: string; constraint_name?: string };
    };
    if (e.message === 'rollback') return null;
    return { code: e.cause?.code, constraint: e.cause?.constraint ?? e.cause?.constraint_name };
  }
  return null;
}

describe('CHECK constraints on enumerated columns', () => {
  it('refuses a comment stance, channel, category, status, hold reason or disposition no code knows', async () => {
    const [comment] = await db.db.select({ id: schema.comments.id }).from(schema.comments).limit(1);
    const id = comment?.id ?? (await insertComment());
    for (const [column, value] of [
      ['stance', 'maybe'],
      ['channel', 'fax'],
      ['category', 'robot'],
      ['status', 'under-review'],
      ['status_reason', 'bored'],
      ['disposition', 'ignored'],
    ] as const) {
      expect(
        await refusal(
          sql`update comments set ${sql.identifier(column)} = ${value} where id = ${id}`,
        ),
        column,
      ).toEqual({
        code: '23514',
        constraint: `comments_${column}_values`,
      });
    }
    // A good value passes the same way, so the refusals above are the constraint's doing.
    expect(
      await refusal(
        sql`update comments set stance = 'support', status = 'held', status_reason = 'reported' where id = ${id}`,
      ),
    ).toBeNull();
  });

  it('refuses a stage, clause kind, consultation kind or role outside the list', async () => {
    const [version] = await db.db
      .select({ id: schema.versions.id, regulationId: schema.versions.regulationId })
      .from(schema.versions)
      .limit(1);
    expect(
      await refusal(
        sql`update regulations set stage = 'limbo' where id = ${version!.regulationId}`,
      ),
    ).toEqual({ code: '23514', constraint: 'regulations_stage_values' });
    expect(
      await refusal(sql`update versions set stage = 'limbo' where id = ${version!.id}`),
    ).toEqual({ code: '23514', constraint: 'versions_stage_values' });
    expect(
      await refusal(sql`update clauses set kind = 'verse' where version_id = ${version!.id}`),
    ).toEqual({ code: '23514', constraint: 'clauses_kind_values' });
    expect(await refusal(sql`update consultations set kind = 'poll'`)).toEqual({
      code: '23514',
      constraint: 'consultations_kind_values',
    });
    expect(
      await refusal(
        sql`insert into staff_users (username, display_name, password_hash, roles) values ('x', 'X', 'h', array['moderator', 'superuser'])`,
      ),
    ).toEqual({ code: '23514', constraint: 'staff_users_roles_values' });
    expect(
      await refusal(
        sql`insert into staff_users (username, display_name, password_hash, roles) values ('x', 'X', 'h', array['moderator', 'clerk'])`,
      ),
    ).toBeNull();
  });

  it('refuses a staff column naming no staff user', async () => {
    const [regulation] = await db.db
      .select({ id: schema.regulations.id })
      .from(schema.regulations)
      .limit(1);
    expect(
      await refusal(
        sql`update regulations set stage_changed_by = 999999 where id = ${regulation!.id}`,
      ),
    ).toEqual({
      code: '23503',
      constraint: 'regulations_stage_changed_by_staff_users_id_fk',
    });
  });
});

async function insertComment(): Promise<number> {
  const [c] = await db.db
    .select()
    .from(schema.consultations)
    .where(eq(schema.consultations.kind, 'draft'))
    .limit(1);
  const rows = await db.db.execute(
    sql`insert into comments (receipt_code, idempotency_key, consultation_id, version_id, stance, body, public_body, category, consent_publish)
        values ('CHECKTEST0000001', 'check-test-1', ${c!.id}, ${c!.versionId}, 'amend', 'x', 'x', 'individual', false) returning id`,
  );
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { id: number }[] }).rows) as {
    id: number;
  }[];
  return Number(list[0]!.id);
}
