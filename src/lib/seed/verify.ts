/**
 * Checks every kept count against the rows it counts: the clause counts and rating sums, the
 * consultation counts (comments, participants, stances), the consultation tallies (by channel,
 * category and clause), what waits for staff (to moderate, reported, open, open per assignee,
 * dispositions, group sizes) and each comment's seconds and reports; and the references foreign keys
 * no longer hold for comments and participants (a row naming what does not exist).
 * Used after seeding and after load runs ("count exactly"); it scans, so it is for operators and
 * tests, never for a request.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { foldPendingComments } from '../intake/index.ts';
import { contactKeySql, isProposalSql } from '../report/people-kept.ts';

export interface CountMismatch {
  what: string;
  id: number;
  kept: number;
  actual: number;
}

const CHECKS = [
  sql`select 'clauses.comment_count' as what, c.id, c.comment_count as kept, count(m.id)::int as actual
      from clauses c left join comments m on m.clause_id = c.id group by c.id having c.comment_count <> count(m.id)`,
  sql`select 'clauses.rating_sums' as what, c.id, c.rating_count + c.clarity_sum + c.enforceability_sum + c.effect_sum as kept,
        (count(m.ratings) + coalesce(sum((m.ratings->>'clarity')::int + (m.ratings->>'enforceability')::int + (m.ratings->>'effect')::int), 0))::int as actual
      from clauses c left join comments m on m.clause_id = c.id group by c.id
      having c.rating_count <> count(m.ratings)
        or c.clarity_sum <> coalesce(sum((m.ratings->>'clarity')::int), 0)
        or c.enforceability_sum <> coalesce(sum((m.ratings->>'enforceability')::int), 0)
        or c.effect_sum <> coalesce(sum((m.ratings->>'effect')::int), 0)`,
  sql`select 'consultations.comment_count' as what, k.id, k.comment_count as kept, count(m.id)::int as actual
      from consultations k left join comments m on m.consultation_id = k.id group by k.id having k.comment_count <> count(m.id)`,
  sql`select 'consultations.stance_counts' as what, k.id, k.support_count + k.oppose_count + k.amend_count + k.question_count as kept,
        count(m.id) filter (where m.stance in ('support', 'oppose', 'amend', 'question'))::int as actual
      from consultations k left join comments m on m.consultation_id = k.id group by k.id
      having k.support_count <> count(*) filter (where m.stance = 'support') or k.oppose_count <> count(*) filter (where m.stance = 'oppose')
        or k.amend_count <> count(*) filter (where m.stance = 'amend') or k.question_count <> count(*) filter (where m.stance = 'question')`,
  // The feedback report's people (src/lib/report/people-kept.ts): contact where given, else the comment.
  sql`select 'consultations.people' as what, k.id, k.contact_people + k.anonymous_count as kept,
        count(distinct case when x.k <> '' then 'c:' || x.k else 'r:' || x.id end)::int as actual
      from consultations k left join (select c.consultation_id, c.id::text as id, ${contactKeySql(sql`c.contact`)} as k from comments c) x
        on x.consultation_id = k.id
      group by k.id having k.contact_people + k.anonymous_count <> count(distinct case when x.k <> '' then 'c:' || x.k else 'r:' || x.id end)`,
  sql`select 'consultations.proposal_count' as what, k.id, k.proposal_count as kept,
        (count(m.id) filter (where ${isProposalSql(sql`m.body`)}))::int as actual
      from consultations k left join comments m on m.consultation_id = k.id group by k.id
      having k.proposal_count <> count(m.id) filter (where ${isProposalSql(sql`m.body`)})`,
  sql`select 'consultations.participant_count' as what, k.id, k.participant_count as kept, count(p.address_hash)::int as actual
      from consultations k left join participants p on p.consultation_id = k.id group by k.id having k.participant_count <> count(p.address_hash)`,
  sql`select 'consultation_tallies.' || coalesce(t.dimension, a.dimension) || ':' || coalesce(t.value, a.value) as what,
        coalesce(t.consultation_id, a.consultation_id) as id, coalesce(t.count, 0) as kept, coalesce(a.n, 0) as actual
      from consultation_tallies t full join (
        select consultation_id, 'channel' as dimension, channel as value, count(*)::int as n from comments group by 1, 3
        union all select consultation_id, 'category', category, count(*)::int from comments group by 1, 3
        union all select consultation_id, 'clause', coalesce(clause_e_id, ''), count(*)::int from comments group by 1, 3
        union all select consultation_id, 'quarter', (floor(extract(epoch from created_at) / 900) * 900)::bigint::text, count(*)::int from comments group by 1, 3
      ) a on a.consultation_id = t.consultation_id and a.dimension = t.dimension and a.value = t.value
      where coalesce(t.count, 0) <> coalesce(a.n, 0)`,
  sql`select 'clause_stance_counts.' || coalesce(t.clause_e_id, a.clause_e_id) || ':' || coalesce(t.stance, a.stance) as what,
        coalesce(t.consultation_id, a.consultation_id) as id, coalesce(t.count, 0) as kept, coalesce(a.n, 0) as actual
      from clause_stance_counts t full join (
        select consultation_id, coalesce(clause_e_id, '') as clause_e_id, stance, count(*)::int as n from comments group by 1, 2, 3
      ) a on a.consultation_id = t.consultation_id and a.clause_e_id = t.clause_e_id and a.stance = t.stance
      where coalesce(t.count, 0) <> coalesce(a.n, 0)`,
  // What the dropped foreign keys held (migration 0019): each comment names a consultation, a
  // version and a clause of that version that exist, and so does each participant row.
  sql`select 'comments.references' as what, m.id, 1 as kept, 0 as actual
      from comments m left join consultations k on k.id = m.consultation_id left join versions v on v.id = m.version_id
        left join clauses c on c.id = m.clause_id
      where k.id is null or (m.version_id is not null and v.id is null) or (m.clause_id is not null and (c.id is null or c.version_id is distinct from m.version_id))`,
  sql`select 'participants.consultation_id' as what, p.consultation_id as id, 1 as kept, 0 as actual
      from participants p left join consultations k on k.id = p.consultation_id where k.id is null`,
  sql`select 'comments.second_count' as what, m.id, m.second_count as kept, coalesce(s.n, 0) as actual
      from comments m left join (select comment_id, count(*)::int as n from seconds group by comment_id) s on s.comment_id = m.id
      where m.second_count <> coalesce(s.n, 0)`,
  sql`select 'comments.report_count' as what, m.id, m.report_count as kept, coalesce(r.n, 0) as actual
      from comments m left join (select comment_id, count(*)::int as n from reports group by comment_id) r on r.comment_id = m.id
      where m.report_count <> coalesce(r.n, 0)`,
  // What waits, for the staff home and the campaigns page (migration staff-queue-counts).
  sql`select 'waiting_counts.' || x.what as what, x.id, x.kept, x.actual from (
        select k.id, v.what, v.kept, v.actual
        from consultations k left join waiting_counts w on w.consultation_id = k.id
        left join (select consultation_id, (count(*) filter (where status = 'received'))::int as m,
            (count(*) filter (where report_count > 0))::int as r, (count(*) filter (where disposition is null))::int as o
          from comments group by 1) a on a.consultation_id = k.id
        cross join lateral (values ('to_moderate', coalesce(w.to_moderate, 0), coalesce(a.m, 0)), ('reported', coalesce(w.reported, 0), coalesce(a.r, 0)),
          ('open', coalesce(w.open, 0), coalesce(a.o, 0))) as v(what, kept, actual)
      ) x where x.kept <> x.actual`,
  sql`select 'disposition_counts.' || coalesce(t.disposition, a.disposition) as what, coalesce(t.consultation_id, a.consultation_id) as id,
        coalesce(t.count, 0) as kept, coalesce(a.n, 0) as actual
      from disposition_counts t full join (
        select consultation_id, disposition, count(*)::int as n from comments where disposition is not null group by 1, 2
      ) a on a.consultation_id = t.consultation_id and a.disposition = t.disposition
      where coalesce(t.count, 0) <> coalesce(a.n, 0)`,
  sql`select 'assigned_open_counts.' || coalesce(t.assignee_id, a.assignee_id) as what, coalesce(t.consultation_id, a.consultation_id) as id,
        coalesce(t.open, 0) as kept, coalesce(a.n, 0) as actual
      from assigned_open_counts t full join (
        select m.consultation_id, s.assignee_id, count(*)::int as n from comment_assignments s join comments m on m.id = s.comment_id
        where m.disposition is null group by 1, 2
      ) a on a.consultation_id = t.consultation_id and a.assignee_id = t.assignee_id
      where coalesce(t.open, 0) <> coalesce(a.n, 0)`,
  sql`select 'group_counts.' || coalesce(t.group_id, a.group_id) as what, coalesce(t.consultation_id, a.consultation_id) as id,
        coalesce(t.size, 0) * 1000000 + coalesce(t.open, 0) as kept, coalesce(a.size, 0) * 1000000 + coalesce(a.open, 0) as actual
      from group_counts t full join (
        select g.consultation_id, g.group_id, count(*)::int as size, (count(*) filter (where m.disposition is null))::int as open
        from comment_groups g join comments m on m.id = g.comment_id group by 1, 2
      ) a on a.consultation_id = t.consultation_id and a.group_id = t.group_id
      where coalesce(t.size, 0) <> coalesce(a.size, 0) or coalesce(t.open, 0) <> coalesce(a.open, 0)`,
];

/** Every kept count that differs from the rows, at most `limit` per kind; empty when all agree. */
export async function keptCountMismatches(db: Db, limit = 20): Promise<CountMismatch[]> {
  // Comments still in the intake queue are stored but not yet counted: fold them first.
  await foldPendingComments(db);
  const found: CountMismatch[] = [];
  for (const check of CHECKS) {
    const rows = rowsOf<CountMismatch>(
      await db.execute(sql`select * from (${check}) x limit ${limit}`),
    );
    found.push(
      ...rows.map((r) => ({
        what: r.what,
        id: Number(r.id),
        kept: Number(r.kept),
        actual: Number(r.actual),
      })),
    );
  }
  return found;
}
