/** Seeding: realistic shape, and every kept count equal to the rows after a few thousand comments. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, isNotNull, sql } from 'drizzle-orm';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { feedbackReport } from '../../../src/lib/report/index.ts';
import {
  clauseSampler,
  keptCountMismatches,
  rngFrom,
  rowsOf,
  seedComments,
  withDeferredIndexes,
} from '../../../src/lib/seed/index.ts';
import { generateComments, type SeedTarget } from '../../../src/lib/seed/generate.ts';
import { quotableArticles } from '../../../src/lib/seed/repository.ts';
import { corpusOf } from '../../../src/lib/seed/corpus.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
const now = new Date('2026-11-28T10:00:00Z');
const N = 3000;

beforeAll(async () => {
  // The fixture's open windows: sample/first-reading (a draft) and waste-sorting/evaluation (a
  // post-enactment evaluation, so the rating sums are seeded too); sample/draft has closed.
  db = await seededDatabase();
  // A comment through the real intake path first: seeding adds to the counts, never resets them.
  const [version] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  const outcome = await submitComment(db.db, {
    raw: {
      stance: 'amend',
      body: '建议明确公开的方式。',
      idempotencyKey: 'seed-test-intake-1',
      clause: 'chp_1__art_3',
    },
    version: { id: version!.id },
    consultations: await db.db.select().from(schema.consultations),
    now,
    addressHash: 'seed00000001',
    commentsPerHour: 10,
  });
  expect(outcome.ok).toBe(true);
});
afterAll(async () => {
  await db?.cleanup();
});

const consultationId = async (slug: string) =>
  (
    await db.db
      .select({ id: schema.consultations.id })
      .from(schema.consultations)
      .where(eq(schema.consultations.slug, slug))
  )[0]!.id;

const count = async (query: ReturnType<typeof sql>) =>
  Number(rowsOf<{ n: number }>(await db.db.execute(query))[0]!.n);

describe('seedComments', () => {
  it('inserts the requested number of comments across the consultations on versions', async () => {
    const outcome = await seedComments(db.db, { comments: N, now, batchSize: 700, seed: 7 });
    expect(outcome).toMatchObject({ ok: true, comments: N });
    expect(await count(sql`select count(*)::int as n from comments`)).toBe(N + 1);
  });
  it('seeds only the windows open today and names the closed one it left as it was', async () => {
    const outcome = await seedComments(db.db, { comments: 10, now, seed: 3 });
    const draft = await consultationId('draft');
    expect(outcome.ok && outcome.closed.map((c) => c.id)).toEqual([draft]);
    expect(outcome.ok && outcome.consultations).toHaveLength(2);
    expect(outcome.ok && outcome.answered).toEqual([]);
    expect(
      await count(sql`select count(*)::int as n from comments where consultation_id = ${draft}`),
    ).toBe(0);
  });

  it('quotes the words of the article a comment is on, never an empty quote', async () => {
    expect(
      await count(sql`select count(*)::int as n from comments where body like '%规定“……”%'`),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from comments where body ~ '规定“.+……”'`),
    ).toBeGreaterThan(0);
  });

  it('puts each form letter only into the consultation of the regulation it names', async () => {
    const letters = rowsOf<{ title: string; body: string; places: number }>(
      await db.db.execute(
        sql`select r.short_title as title, min(c.body) as body, count(distinct c.consultation_id)::int as places
            from comments c join consultations k on k.id = c.consultation_id join regulations r on r.id = k.regulation_id
            where c.campaign_key is not null group by c.campaign_key, r.short_title having count(*) > 5`,
      ),
    );
    expect(new Set(letters.map((l) => l.title)).size).toBe(2);
    for (const letter of letters) {
      expect(letter.places).toBe(1);
      expect(letter.body).toContain(`《${letter.title}》`);
    }
  });

  it('dates every seeded reply no later than the day it seeds', async () => {
    // The sample's open consultations take comments up to today; a reply a week after one of
    // those showed on its receipt as given next week.
    expect(
      await count(sql`select count(*)::int as n from comments where replied_at is not null`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        sql`select count(*)::int as n from comments where replied_at > ${now.toISOString()}::timestamptz`,
      ),
    ).toBe(0);
  });

  it('keeps every kept count equal to COUNT(*) of the rows it counts', async () => {
    expect(await keptCountMismatches(db.db)).toEqual([]);
    const [totals] = rowsOf<{ kept: number; rows: number }>(
      await db.db.execute(
        sql`select (select sum(comment_count) from consultations)::int as kept, (select count(*) from comments)::int as rows`,
      ),
    );
    expect(totals!.kept).toBe(totals!.rows);
  });

  it('seeds ratings on an evaluation consultation and seconds on published comments', async () => {
    expect(await count(sql`select sum(rating_count)::int as n from clauses`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*)::int as n from seconds`)).toBeGreaterThan(0);
    expect(
      await count(
        sql`select count(*)::int as n from comments where second_count > 0 and status <> 'published'`,
      ),
    ).toBe(0);
  });

  it('makes form-letter campaigns the moderation code recognises, with skew toward a few hot articles', async () => {
    const [biggest] = rowsOf<{ n: number }>(
      await db.db.execute(
        sql`select count(*)::int as n from comments where campaign_key is not null group by consultation_id, campaign_key order by 1 desc limit 1`,
      ),
    );
    expect(biggest!.n).toBeGreaterThan(N * 0.02);
    const perClause = rowsOf<{ n: number }>(
      await db.db.execute(
        sql`select comment_count as n from clauses where comment_count > 0 order by 1 desc`,
      ),
    ).map((r) => Number(r.n));
    expect(perClause[0]!).toBeGreaterThan(2 * perClause[Math.floor(perClause.length / 2)]!);
  });

  it('fills stances, channels, categories, districts and statuses with several values each', async () => {
    for (const column of ['stance', 'channel', 'category', 'district']) {
      expect(
        await count(sql`select count(distinct ${sql.raw(column)})::int as n from comments`),
      ).toBeGreaterThanOrEqual(4);
    }
    expect(await count(sql`select count(distinct status)::int as n from comments`)).toBe(3);
  });

  it('gives the feedback report the same figures as grouping the comments', async () => {
    const [consultation] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.slug, 'first-reading'));
    const [reg] = await db.db
      .select()
      .from(schema.regulations)
      .where(eq(schema.regulations.id, consultation!.regulationId!));
    const report = (await feedbackReport(db.db, reg!.slug, 'first-reading'))!;
    const grouped = async (column: string) =>
      Object.fromEntries(
        rowsOf<{ k: string | null; n: number }>(
          await db.db.execute(
            sql`select ${sql.raw(column)} as k, count(*)::int as n from comments where consultation_id = ${consultation!.id} group by 1`,
          ),
        ).map((r) => [r.k, Number(r.n)]),
      );
    expect(report.totals.comments).toBe(
      Object.values(await grouped('stance')).reduce((a: number, b) => a + Number(b), 0),
    );
    expect(report.byStance).toEqual(await grouped('stance'));
    expect(report.byChannel).toEqual(await grouped('channel'));
    expect(report.byCategory).toEqual(await grouped('category'));
    expect(Object.fromEntries(report.clauses.map((c) => [c.eId, c.count]))).toEqual(
      await grouped('clause_e_id'),
    );
  });

  it('reports a kept count that no longer matches its rows', async () => {
    const [clause] = await db.db
      .select()
      .from(schema.clauses)
      .where(sql`${schema.clauses.commentCount} > 0`)
      .limit(1);
    await db.db
      .update(schema.clauses)
      .set({ commentCount: clause!.commentCount + 1 })
      .where(eq(schema.clauses.id, clause!.id));
    expect(await keptCountMismatches(db.db)).toEqual([
      {
        what: 'clauses.comment_count',
        id: clause!.id,
        kept: clause!.commentCount + 1,
        actual: clause!.commentCount,
      },
    ]);
    await db.db
      .update(schema.clauses)
      .set({ commentCount: clause!.commentCount })
      .where(eq(schema.clauses.id, clause!.id));
  });

  it('reports a comment whose clause is not of its version, as the dropped foreign keys would have refused', async () => {
    const [comment] = await db.db
      .select()
      .from(schema.comments)
      .where(sql`${schema.comments.clauseId} is not null`)
      .limit(1);
    const [elsewhere] = await db.db
      .select()
      .from(schema.clauses)
      .where(sql`${schema.clauses.versionId} <> ${comment!.versionId}`)
      .limit(1);
    // Moving the comment's clause also moves the clause counts, so compare only the references check.
    await db.db
      .update(schema.comments)
      .set({ clauseId: elsewhere!.id })
      .where(eq(schema.comments.id, comment!.id));
    try {
      expect(
        (await keptCountMismatches(db.db)).filter((m) => m.what === 'comments.references'),
      ).toEqual([{ what: 'comments.references', id: comment!.id, kept: 1, actual: 0 }]);
    } finally {
      await db.db
        .update(schema.comments)
        .set({ clauseId: comment!.clauseId })
        .where(eq(schema.comments.id, comment!.id));
    }
    expect(await keptCountMismatches(db.db)).toEqual([]);
  });

  it('drops the trigram indexes during a bulk load and rebuilds them afterwards, even when the load fails', async () => {
    const trigramIndexes = async () =>
      rowsOf<{ indexname: string }>(
        await db.db.execute(
          sql`select indexname from pg_indexes where tablename = 'comments' and indexname like '%trgm' order by 1`,
        ),
      ).map((r) => r.indexname);
    const before = await trigramIndexes();
    expect(before).toEqual([
      'comments_body_trgm',
      'comments_public_body_trgm',
      'comments_suggested_wording_trgm',
    ]);
    expect(await withDeferredIndexes(db.db, trigramIndexes)).toEqual([]);
    await expect(
      withDeferredIndexes(db.db, async () => Promise.reject(new Error('load failed'))),
    ).rejects.toThrow('load failed');
    expect(await trigramIndexes()).toEqual(before);
  });

  it('leaves a window that has not opened yet without comments, and says so', async () => {
    const [c] = await db.db
      .select()
      .from(schema.consultations)
      .where(isNotNull(schema.consultations.versionId))
      .limit(1);
    const opensAt = new Date(now.getTime() + 10 * 86_400_000);
    await db.db
      .update(schema.consultations)
      .set({ opensAt, closesAt: new Date(opensAt.getTime() + 30 * 86_400_000) })
      .where(eq(schema.consultations.id, c!.id));
    const before = await count(
      sql`select count(*)::int as n from comments where consultation_id = ${c!.id}`,
    );
    const outcome = await seedComments(db.db, { comments: 200, now, seed: 11 });
    expect(outcome.ok && outcome.notYetOpen).toEqual([{ id: c!.id, opensAt }]);
    expect(outcome.ok && outcome.consultations).not.toContain(c!.id);
    expect(
      await count(sql`select count(*)::int as n from comments where consultation_id = ${c!.id}`),
    ).toBe(before);
    const [reg] = await db.db
      .select({ slug: schema.regulations.slug })
      .from(schema.regulations)
      .where(eq(schema.regulations.id, c!.regulationId!));
    expect(
      await seedComments(db.db, { comments: 10, now, consultation: `${reg!.slug}/${c!.slug}` }),
    ).toEqual({ ok: false, reason: 'not-yet-open', opensAt });
    await db.db
      .update(schema.consultations)
      .set({ opensAt: c!.opensAt, closesAt: c!.closesAt })
      .where(eq(schema.consultations.id, c!.id));
    expect(await keptCountMismatches(db.db)).toEqual([]);
  });

  it('seeds a closed consultation named on its own with every comment moderated and answered after the close', async () => {
    const draft = await consultationId('draft');
    const [window] = await db.db
      .select({ closesAt: schema.consultations.closesAt })
      .from(schema.consultations)
      .where(eq(schema.consultations.id, draft));
    const outcome = await seedComments(db.db, { comments: 300, now, consultation: 'sample/draft' });
    expect(outcome).toMatchObject({ ok: true, comments: 300, answered: [draft] });
    const [record] = rowsOf<{ unanswered: number; early: number; late: number; pending: number }>(
      await db.db.execute(
        sql`select count(*) filter (where disposition is null or reply is null)::int as unanswered,
                   count(*) filter (where replied_at < ${window!.closesAt.toISOString()}::timestamptz)::int as early,
                   count(*) filter (where replied_at > ${now.toISOString()}::timestamptz)::int as late,
                   count(*) filter (where status = 'received' and consent_publish)::int as pending
            from comments where consultation_id = ${draft}`,
      ),
    );
    expect(record).toEqual({ unanswered: 0, early: 0, late: 0, pending: 0 });
    expect(await keptCountMismatches(db.db)).toEqual([]);
  });

  it('refuses a named closed consultation whose feedback report is published: its figures would no longer hold', async () => {
    const draft = await consultationId('draft');
    const before = await count(
      sql`select count(*)::int as n from comments where consultation_id = ${draft}`,
    );
    await db.db.insert(schema.feedbackReports).values({
      consultationId: draft,
      revision: 1,
      content: { intro: '', sections: [], closing: '' },
      publishedAt: now,
    });
    expect(await seedComments(db.db, { comments: 10, now, consultation: 'sample/draft' })).toEqual({
      ok: false,
      reason: 'report-published',
    });
    expect(
      await count(sql`select count(*)::int as n from comments where consultation_id = ${draft}`),
    ).toBe(before);
  });

  it('says so when the named consultation does not exist', async () => {
    expect(
      await seedComments(db.db, { comments: 10, now, consultation: 'no-such/consultation' }),
    ).toEqual({ ok: false, reason: 'no-consultation' });
  });
});

describe('clauseSampler', () => {
  it('is deterministic for one seed and concentrates draws on a few indices', () => {
    const draw = (seed: number) => {
      const next = clauseSampler(rngFrom(seed), 100);
      return Array.from({ length: 5000 }, next);
    };
    expect(draw(3)).toEqual(draw(3));
    const hits = new Map<number, number>();
    for (const i of draw(3)) hits.set(i, (hits.get(i) ?? 0) + 1);
    const top5 = [...hits.values()]
      .sort((a, b) => b - a)
      .slice(0, 5)
      .reduce((s, n) => s + n, 0);
    expect(top5 / 5000).toBeGreaterThan(0.3);
  });
});

describe('quotableArticles', () => {
  it('lends an article made of paragraphs the text of its first paragraph', () => {
    const row = (id: number, eId: string, kind: string, text: string) => ({
      id,
      versionId: 1,
      eId,
      kind,
      label: kind === 'article' ? `第${id}条` : '',
      text,
    });
    expect(
      quotableArticles([
        row(1, 'art_1', 'article', '本条例适用于本市。'),
        row(2, 'art_2', 'article', ''),
        row(3, 'art_2__para_1', 'paragraph', ''),
        row(4, 'art_2__para_2', 'paragraph', '第二款的文字。'),
        row(5, 'art_3', 'article', ''),
        row(6, 'art_4', 'article', ''),
        row(7, 'art_5', 'article', '第五条的文字。'),
        // Parts listed after the articles, as a text stored level by level has them.
        row(8, 'art_4__para_1', 'paragraph', '第四条的文字。'),
      ]).map((a) => [a.eId, a.text]),
    ).toEqual([
      ['art_1', '本条例适用于本市。'],
      ['art_2', '第二款的文字。'],
      ['art_3', ''],
      ['art_4', '第四条的文字。'],
      ['art_5', '第五条的文字。'],
    ]);
  });
});

describe('quotableArticles on an English text', () => {
  it('takes its numbered sections as the units people comment on', () => {
    const rows = [
      {
        id: 1,
        versionId: 2,
        eId: 'sec_8',
        kind: 'section',
        label: 'Sec. 8.',
        text: 'Each agency shall publish.',
      },
      {
        id: 2,
        versionId: 2,
        eId: 'sec_8__subsec_a',
        kind: 'subsection',
        label: '(a)',
        text: 'More.',
      },
    ];
    expect(quotableArticles(rows, () => 'section').map((a) => a.eId)).toEqual(['sec_8']);
    expect(quotableArticles(rows)).toEqual([]);
  });
});

describe('generateComments', () => {
  const target = (language: string, title: string, label: string): SeedTarget => ({
    consultationId: 1,
    versionId: 1,
    kind: 'draft',
    opensAt: new Date('2026-11-01T00:00:00Z'),
    closesAt: new Date('2026-12-31T00:00:00Z'),
    clauses: [{ id: 1, eId: 'sec_8', label, text: 'Each agency shall publish the data it holds.' }],
    weight: 1,
    language,
    title,
    answered: false,
  });
  const rows = (t: SeedTarget) =>
    [...generateComments({ targets: [t], count: 400, seed: 5, now }, 400)].flat();

  it('writes the comments, form letters, replies, districts and liaison points of an English regulation in English', () => {
    const seeded = rows(target('en', 'Open Government Data Regulations', 'SEC. 8.'));
    const han = /\p{Script=Han}/u;
    for (const row of seeded) {
      expect(row.body).not.toMatch(han);
      expect(row.suggested_wording ?? '').not.toMatch(han);
      expect(row.display_name ?? '').not.toMatch(han);
      expect(row.reply ?? '').not.toMatch(han);
      expect(row.district ?? '').not.toMatch(han);
      expect(row.source?.place ?? '').not.toMatch(han);
    }
    expect(seeded.some((r) => r.source?.place.endsWith('legislative liaison point'))).toBe(true);
    expect(
      seeded.some((r) => r.body.includes('SEC. 8 of the Open Government Data Regulations')),
    ).toBe(true);
  });

  it('counts nothing at random in English text, which would need a plural ("held 1 meetings")', () => {
    const en = corpusOf('en');
    for (const text of [...en.details, ...en.openers, ...en.campaigns.map((c) => c.text)])
      expect(text).not.toMatch(/\{n\} \w+s\b/);
  });

  it('names the regulation in a Chinese form letter, so a campaign stays with its regulation', () => {
    const seeded = rows(target('zh', '文明行为促进条例', '第八条'));
    const letters = seeded.filter((r) => r.body.includes('《'));
    expect(letters.length).toBeGreaterThan(20);
    for (const r of letters) expect(r.body).toContain('《文明行为促进条例》第八条');
    expect(seeded.some((r) => /业主|物业/.test(r.body))).toBe(false);
  });
});
