/**
 * Writing seeded comments fast while every kept count stays exact: each batch goes in with one
 * multi-row INSERT (the rows travel as one JSON parameter, so there is no limit on rows per
 * statement and it works the same on PostgreSQL and PGlite), and in the same transaction the
 * seconds rows, the clause counts and rating sums, the participants, the consultation counts and
 * tallies move by exactly what the batch added. A failure leaves the database at the last whole batch.
 */
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { clauses, consultations, feedbackReports, regulations } from '../db/schema.ts';
import type { STANCES, SeedClause, SeedRow, SeedTarget } from './generate.ts';

/** Comment columns the seeder fills; the rest take their defaults. */
const COLUMNS = [
  'receipt_code',
  'idempotency_key',
  'consultation_id',
  'version_id',
  'clause_id',
  'clause_e_id',
  'stance',
  'body',
  'public_body',
  'suggested_wording',
  'display_name',
  'public_suggested_wording',
  'public_display_name',
  'category',
  'district',
  'contact',
  'consent_publish',
  'channel',
  'status',
  'status_reason',
  'address_hash',
  'created_at',
  'campaign_key',
  'source',
  'second_count',
  'ratings',
  'disposition',
  'disposition_reason',
  'reply',
  'replied_at',
] as const satisfies readonly (keyof SeedRow)[];

/** A consultation that may be seeded, with whether its feedback report has been published. */
/** `name`: the consultation as `--consultation` names it (regulation slug / consultation slug). */
export type SeedCandidate = Omit<SeedTarget, 'answered'> & {
  reportPublished: boolean;
  name: string;
};

/**
 * The consultations that may be seeded: the one named (`regulation/consultation` or an id), or
 * else every consultation on a version. Which of them get comments is decided by the caller.
 */
export async function seedTargets(
  db: Db,
  options: { consultation?: string | null },
): Promise<SeedCandidate[] | null> {
  const [slug, cslug] = (options.consultation ?? '').split('/');
  const rows = await db
    .select({
      id: consultations.id,
      versionId: consultations.versionId,
      kind: consultations.kind,
      opensAt: consultations.opensAt,
      closesAt: consultations.closesAt,
      language: regulations.language,
      title: regulations.shortTitle,
      name: sql<string>`${regulations.slug} || '/' || ${consultations.slug}`,
      reportPublished: sql<boolean>`exists (select 1 from ${feedbackReports} where ${feedbackReports.consultationId} = ${consultations.id} and ${feedbackReports.publishedAt} is not null)`,
    })
    .from(consultations)
    .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(
      and(
        isNotNull(consultations.versionId),
        options.consultation
          ? /^\d+$/.test(options.consultation)
            ? eq(consultations.id, Number(options.consultation))
            : and(eq(regulations.slug, slug ?? ''), eq(consultations.slug, cslug ?? ''))
          : undefined,
      ),
    )
    .orderBy(asc(consultations.id));
  if (rows.length === 0) return null;
  const all = await db
    .select({
      id: clauses.id,
      versionId: clauses.versionId,
      eId: clauses.eId,
      kind: clauses.kind,
      label: clauses.label,
      text: clauses.text,
    })
    .from(clauses)
    .where(
      inArray(
        clauses.versionId,
        rows.map((r) => r.versionId!),
      ),
    )
    .orderBy(asc(clauses.position));
  const english = new Set(rows.filter((r) => r.language === 'en').map((r) => r.versionId!));
  const articles = quotableArticles(all, (versionId) =>
    english.has(versionId) ? 'section' : 'article',
  );
  return rows.map((r) => ({
    consultationId: r.id,
    versionId: r.versionId!,
    kind: r.kind,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    clauses: articles.filter((a) => a.versionId === r.versionId),
    weight: 1,
    language: r.language,
    title: r.title,
    name: r.name,
    reportPublished: Boolean(r.reportPublished),
  }));
}

/**
 * The articles people comment on (条 in a Chinese text, the numbered sections of an English
 * one: `unitKind` of the version), each with text to quote: an article made of paragraphs has
 * none of its own, so it lends the text of its first part that has some (else a comment would
 * quote it as 第十条规定“……”).
 */
export function quotableArticles(
  all: readonly {
    id: number;
    versionId: number;
    eId: string;
    kind: string;
    label: string;
    text: string;
  }[],
  unitKind: (versionId: number) => string = () => 'article',
): (SeedClause & { versionId: number })[] {
  return all.flatMap((c) => {
    if (c.kind !== unitKind(c.versionId)) return [];
    const inside = (d: (typeof all)[number]) =>
      d.versionId === c.versionId && d.eId.startsWith(`${c.eId}__`);
    const text = c.text.trim() || all.find((d) => inside(d) && d.text.trim())?.text.trim() || '';
    return [{ id: c.id, versionId: c.versionId, eId: c.eId, label: c.label, text }];
  });
}

/** The 'quarter' tally counts comments per quarter hour (value: its start, in epoch seconds). */
const QUARTER_MS = 15 * 60 * 1000;

/** What one batch adds to the kept counts, computed from its rows. */
export function batchDeltas(rows: readonly SeedRow[]) {
  const byClause = new Map<
    number,
    { id: number; n: number; r: number; c: number; e: number; f: number }
  >();
  const byConsultation = new Map<
    number,
    {
      n: number;
      stances: Record<string, number>;
      people: Set<string>;
      tallies: Map<string, number>;
      heat: Map<string, number>;
    }
  >();
  for (const row of rows) {
    if (row.clause_id !== null) {
      const d = byClause.get(row.clause_id) ?? { id: row.clause_id, n: 0, r: 0, c: 0, e: 0, f: 0 };
      d.n++;
      if (row.ratings) {
        d.r++;
        d.c += row.ratings.clarity;
        d.e += row.ratings.enforceability;
        d.f += row.ratings.effect;
      }
      byClause.set(row.clause_id, d);
    }
    const c = byConsultation.get(row.consultation_id) ?? {
      n: 0,
      stances: {},
      people: new Set<string>(),
      tallies: new Map<string, number>(),
      heat: new Map<string, number>(),
    };
    const heatKey = `${row.clause_e_id ?? ''}\u0000${row.stance}`;
    c.heat.set(heatKey, (c.heat.get(heatKey) ?? 0) + 1);
    c.n++;
    const quarter = Math.floor(Date.parse(row.created_at) / QUARTER_MS) * (QUARTER_MS / 1000);
    for (const key of [
      `channel\u0000${row.channel}`,
      `category\u0000${row.category}`,
      `clause\u0000${row.clause_e_id ?? ''}`,
      `quarter\u0000${quarter}`,
    ]) {
      c.tallies.set(key, (c.tallies.get(key) ?? 0) + 1);
    }
    c.stances[row.stance] = (c.stances[row.stance] ?? 0) + 1;
    c.people.add(row.address_hash);
    byConsultation.set(row.consultation_id, c);
  }
  return { clauses: [...byClause.values()], consultations: byConsultation };
}

/** Inserts one batch and moves every kept count by what it added, in one transaction. */
export async function insertBatch(
  db: Db,
  rows: readonly SeedRow[],
): Promise<{ comments: number; seconds: number }> {
  const columns = sql.raw(COLUMNS.join(', '));
  const deltas = batchDeltas(rows);
  return db.transaction(async (tx) => {
    const [inserted] = rowsOf<{ comments: number; seconds: number }>(
      await tx.execute(sql`
      with ins as (
        insert into comments (${columns})
        select ${columns} from json_populate_recordset(null::comments, ${JSON.stringify(rows)}::json)
        returning id, consultation_id, second_count, created_at
      ), waiting as (
        -- Seeded rows skip the intake queue, so the fold never adds them as stored (received,
        -- open): add that here; the insert trigger counts how each differs from it.
        insert into waiting_counts (consultation_id, to_moderate, open)
        select consultation_id, count(*)::int, count(*)::int from ins group by 1
        on conflict (consultation_id) do update set to_moderate = waiting_counts.to_moderate + excluded.to_moderate,
          open = waiting_counts.open + excluded.open
      ), sec as (
        insert into seconds (comment_id, address_hash, created_at)
        select ins.id, md5(ins.id || ':' || g), ins.created_at from ins cross join generate_series(1, ins.second_count) g
        returning 1
      )
      select (select count(*) from ins)::int as comments, (select count(*) from sec)::int as seconds`),
    );
    if (deltas.clauses.length) {
      await tx.execute(sql`
        update clauses set comment_count = comment_count + d.n, rating_count = rating_count + d.r,
          clarity_sum = clarity_sum + d.c, enforceability_sum = enforceability_sum + d.e, effect_sum = effect_sum + d.f
        from json_to_recordset(${JSON.stringify(deltas.clauses)}::json) as d(id int, n int, r int, c int, e int, f int)
        where clauses.id = d.id`);
    }
    for (const [id, c] of deltas.consultations) {
      const s = (k: keyof typeof STANCES) => c.stances[k] ?? 0;
      await tx.execute(sql`
        with p as (
          insert into participants (consultation_id, address_hash)
          select ${id}, h from json_array_elements_text(${JSON.stringify([...c.people])}::json) h
          on conflict do nothing returning 1
        )
        update consultations set comment_count = comment_count + ${c.n},
          participant_count = participant_count + (select count(*) from p),
          support_count = support_count + ${s('support')}, oppose_count = oppose_count + ${s('oppose')},
          amend_count = amend_count + ${s('amend')}, question_count = question_count + ${s('question')}
        where id = ${id}`);
      const tallies = [...c.tallies].map(([key, n]) => {
        const [dimension, value] = key.split('\u0000');
        return { dimension, value, n };
      });
      await tx.execute(sql`
        insert into consultation_tallies (consultation_id, dimension, value, count)
        select ${id}, t.dimension, t.value, t.n from json_to_recordset(${JSON.stringify(tallies)}::json) as t(dimension text, value text, n int)
        on conflict (consultation_id, dimension, value) do update set count = consultation_tallies.count + excluded.count`);
      // The heat map's counts per clause and stance.
      const heat = [...c.heat].map(([key, n]) => {
        const [eId, stance] = key.split('\u0000');
        return { eId, stance, n };
      });
      await tx.execute(sql`
        insert into clause_stance_counts (consultation_id, clause_e_id, stance, count)
        select ${id}, t."eId", t.stance, t.n from json_to_recordset(${JSON.stringify(heat)}::json) as t("eId" text, stance text, n int)
        on conflict (consultation_id, clause_e_id, stance) do update set count = clause_stance_counts.count + excluded.count`);
    }
    return inserted ?? { comments: 0, seconds: 0 };
  });
}

/**
 * Fresh statistics and visibility map after a bulk load, so the planner picks the indexes (and
 * index-only scans) at once instead of after autovacuum gets round to it.
 */
export async function analyzeSeeded(db: Db): Promise<void> {
  await db.execute(
    sql`vacuum (analyze) comments, seconds, participants, clauses, consultations, consultation_tallies, clause_stance_counts`,
  );
}

/** Indexes that cost the most per inserted row (trigram GIN); rebuilt once after a large seed. */
const DEFERRED_INDEXES = [
  'comments_body_trgm',
  'comments_suggested_wording_trgm',
  'comments_public_body_trgm',
];

/**
 * Runs a bulk load with the trigram indexes dropped and rebuilds them afterwards from their own
 * definitions (pg_indexes), as pg_restore does: maintaining them row by row made a million-row
 * seed take about five times as long. Text search is slow until the rebuild finishes; if the
 * process is killed before it, recreate them with the statements in
 * drizzle/0010_staff-indexes-and-tallies.sql.
 */
export async function withDeferredIndexes<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const defs = rowsOf<{ indexname: string; indexdef: string }>(
    await db.execute(
      sql`select indexname, indexdef from pg_indexes where tablename = 'comments' and indexname in ${sql.raw(`('${DEFERRED_INDEXES.join("', '")}')`)}`,
    ),
  );
  for (const d of defs) await db.execute(sql.raw(`drop index if exists "${d.indexname}"`));
  try {
    return await work();
  } finally {
    for (const d of defs) await db.execute(sql.raw(d.indexdef));
  }
}
