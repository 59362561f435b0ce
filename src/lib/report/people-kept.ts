/**
 * The feedback report's people, kept (issue #17): the rule of ./people.ts in SQL, as the fold
 * adds a batch of comments to it (src/lib/intake/fold.ts) and as a consultation's figures are
 * made again from its comments (after the retention purge erased contact details, after a
 * bulk seed, in the migration that introduced them). Counting them over every comment took 3 s
 * at 1,000,000 comments; the report now reads three kept columns.
 *
 * Kept: the md5 of each normalised contact with its comment count (consultation_people; never
 * the contact itself), and on the consultation row the number of those (contact_people), of
 * comments without contact details (anonymous_count: each a person of its own) and of project
 * proposals (proposal_count). People = contact_people + anonymous_count.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { PROPOSAL_MARK } from '../participation/proposal.ts';
import { PEOPLE_SQL_PATTERN } from './people.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The normalised contact details of `contact` (a column), '' when none were given. */
export function contactKeySql(contact: SQL): SQL {
  return sql`regexp_replace(regexp_replace(lower(coalesce(${contact}, '')), ${PEOPLE_SQL_PATTERN}, '', 'g'), '^(\\+86|0086)', '')`;
}

/** Whether the comment text `body` (a column) is a project proposal. */
export function isProposalSql(body: SQL): SQL {
  return sql`(${body} like ${`${PROPOSAL_MARK.zh}%`} or ${body} like ${`${PROPOSAL_MARK.en}%`})`;
}

/**
 * Makes the kept people and proposal figures of these consultations again from their counted
 * comments (those the fold has taken: queued ones are added by their fold).
 */
export async function recountPeople(
  db: Db | Tx,
  consultationIds: readonly number[],
): Promise<void> {
  if (consultationIds.length === 0) return;
  const ids = sql`array[${sql.join(
    consultationIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::int[]`;
  const counted = sql`c.consultation_id = any(${ids}) and not exists (select 1 from comment_intake_queue q where q.comment_id = c.id)`;
  await db.execute(sql`delete from consultation_people where consultation_id = any(${ids})`);
  await db.execute(sql`
    insert into consultation_people (consultation_id, person, comments)
    select consultation_id, md5(k), count(*)::int
    from (select c.consultation_id, ${contactKeySql(sql`c.contact`)} as k from comments c where ${counted}) x
    where k <> '' group by 1, 2`);
  await db.execute(sql`
    update consultations k set
      contact_people = coalesce((select count(*) from consultation_people p where p.consultation_id = k.id), 0),
      anonymous_count = coalesce(x.anonymous, 0), proposal_count = coalesce(x.proposals, 0)
    from (select id from consultations where id = any(${ids})) t
    left join (
      select c.consultation_id,
        (count(*) filter (where ${contactKeySql(sql`c.contact`)} = ''))::int as anonymous,
        (count(*) filter (where ${isProposalSql(sql`c.body`)}))::int as proposals
      from comments c where ${counted} group by 1
    ) x on x.consultation_id = t.id
    where k.id = t.id`);
}
