/**
 * Folding stored comments into the kept counts and the near-duplicate groups.
 *
 * Intake stores a comment and a row in comment_intake_queue in one statement, and gives the
 * receipt once that commits. The counts then move here, in batches: one transaction deletes a
 * batch of queue rows and, for exactly those comments, adds to the clause, consultation,
 * tally and heat-map counts and places them in their near-duplicate groups. A comment is so
 * counted exactly once, whichever process folds it and whenever.
 *
 * Why not count in the insert: every comment of a surge updates the same consultation row,
 * and a row lock is held until the commit is flushed, so those updates run one after another
 * at the disk's flush rate (about 900 per second on this machine's PostgreSQL, measured with
 * pgbench at 32 clients, against 5,800 plain inserts). A batch pays that once.
 *
 * Only one fold runs at a time across all processes (INTAKE_LOCK). The public form answers
 * as soon as its comment is stored and schedules a fold 50 ms later (scheduleFold), so a surge
 * is folded in batches and the public counts follow within about that; staff pages fold
 * whatever waits before they render (settlePending), so they always count every stored
 * comment. `settleIntake` joins calls within a process: a caller waits for a fold that starts
 * after its call (waiting for the lock if another process holds it), and a process holds at
 * most two connections for folding (one folding, one waiting). Comments of a process that
 * died between its insert and its fold are taken by the next fold or by `startIntakeSweep`,
 * at most a second later (sweep.ts); /health reports how many wait (`uncounted`).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { INTAKE_LOCK } from '../db/locks.ts';
import { planForSmallBatches } from './plan.ts';
import { rowsOf } from '../db/rows.ts';
import { groupBatch, GROUP_BATCH } from '../moderation/groups.ts';
import { contactKeySql, isProposalSql } from '../report/people-kept.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Counts and groups one batch of queued comments; returns how many were folded. */
async function foldBatch(tx: Tx | Db, limit: number): Promise<number> {
  const batch = rowsOf<{ id: number | string; consultation_id: number; body: string }>(
    await tx.execute(sql`
      with batch as (
        delete from comment_intake_queue
        where comment_id in (select comment_id from comment_intake_queue order by comment_id limit ${limit})
        returning comment_id, participant
      ), b as (
        select c.id, c.consultation_id, c.clause_id, c.clause_e_id, c.stance, c.channel, c.category, c.ratings, c.body, c.contact, c.created_at, batch.participant
        from batch join comments c on c.id = batch.comment_id
      ), keyed as (
        -- The report's people (src/lib/report/people-kept.ts): each contact's md5 and its comments.
        select consultation_id, md5(k) as person, count(*)::int as n
        from (select consultation_id, ${contactKeySql(sql`contact`)} as k from b) x
        where k <> '' group by 1, 2
      ), people as (
        insert into consultation_people (consultation_id, person, comments)
        select consultation_id, person, n from keyed
        on conflict (consultation_id, person) do update set comments = consultation_people.comments + excluded.comments
      ), counted_clauses as (
        update clauses k set comment_count = k.comment_count + x.n, rating_count = k.rating_count + x.rated,
          clarity_sum = k.clarity_sum + x.clarity, enforceability_sum = k.enforceability_sum + x.enforceability, effect_sum = k.effect_sum + x.effect
        from (
          select clause_id, count(*)::int as n, count(ratings)::int as rated,
            coalesce(sum((ratings->>'clarity')::int), 0)::int as clarity,
            coalesce(sum((ratings->>'enforceability')::int), 0)::int as enforceability,
            coalesce(sum((ratings->>'effect')::int), 0)::int as effect
          from b where clause_id is not null group by clause_id
        ) x
        where k.id = x.clause_id
      ), counted_consultations as (
        update consultations k set comment_count = k.comment_count + x.n, participant_count = k.participant_count + x.participants,
          support_count = k.support_count + x.support, oppose_count = k.oppose_count + x.oppose,
          amend_count = k.amend_count + x.amend, question_count = k.question_count + x.question,
          -- A contact not yet among the consultation's people: the statement reads the table as
          -- it was before the insert above (and one fold runs at a time).
          contact_people = k.contact_people + (select count(*)::int from keyed y where y.consultation_id = k.id
            and not exists (select 1 from consultation_people p where p.consultation_id = y.consultation_id and p.person = y.person)),
          anonymous_count = k.anonymous_count + x.anonymous, proposal_count = k.proposal_count + x.proposals
        from (
          select consultation_id, count(*)::int as n, sum(participant)::int as participants,
            (count(*) filter (where stance = 'support'))::int as support, (count(*) filter (where stance = 'oppose'))::int as oppose,
            (count(*) filter (where stance = 'amend'))::int as amend, (count(*) filter (where stance = 'question'))::int as question,
            (count(*) filter (where ${contactKeySql(sql`contact`)} = ''))::int as anonymous,
            (count(*) filter (where ${isProposalSql(sql`body`)}))::int as proposals
          from b group by consultation_id
        ) x
        where k.id = x.consultation_id
      ), tallied as (
        insert into consultation_tallies (consultation_id, dimension, value, count)
        select b.consultation_id, t.dimension, t.value, count(*)::int from b
          cross join lateral (values ('channel', b.channel), ('category', b.category), ('clause', coalesce(b.clause_e_id, '')),
            ('quarter', (floor(extract(epoch from b.created_at) / 900) * 900)::bigint::text)) as t(dimension, value)
        group by 1, 2, 3
        on conflict (consultation_id, dimension, value) do update set count = consultation_tallies.count + excluded.count
      ), waiting as (
        -- As the intake statement stores a comment: received, without a disposition or reports.
        -- Later changes move these counts by trigger (migration staff-queue-counts).
        insert into waiting_counts (consultation_id, to_moderate, open)
        select consultation_id, count(*)::int, count(*)::int from b group by 1
        on conflict (consultation_id) do update set to_moderate = waiting_counts.to_moderate + excluded.to_moderate,
          open = waiting_counts.open + excluded.open
      ), stance_counted as (
        insert into clause_stance_counts (consultation_id, clause_e_id, stance, count)
        select consultation_id, coalesce(clause_e_id, ''), stance, count(*)::int from b group by 1, 2, 3
        on conflict (consultation_id, clause_e_id, stance) do update set count = clause_stance_counts.count + excluded.count
      )
      select id, consultation_id, body from b order by id`),
  );
  const rows = batch.map((r) => ({
    id: Number(r.id),
    consultationId: Number(r.consultation_id),
    body: r.body,
  }));
  for (let i = 0; i < rows.length; i += GROUP_BATCH)
    await groupBatch(tx, rows.slice(i, i + GROUP_BATCH));
  if (rows.length > 0)
    await countUnplaced(
      tx,
      rows.map((r) => r.id),
    );
  return rows.length;
}

/**
 * Adds the comments of a folded batch that grouping could not place (too short to sign) to
 * their consultation's kept count, so the campaigns page tells them from comments never grouped
 * (mayHoldUngrouped). One probe of comment_groups' key per comment of the batch.
 */
async function countUnplaced(tx: Tx | Db, ids: number[]): Promise<void> {
  await tx.execute(sql`
    update consultations k set unplaceable_count = k.unplaceable_count + x.n
    from (
      select c.consultation_id, count(*)::int as n from comments c
      where c.id = any(${`{${ids.join(',')}}`}::bigint[])
        and not exists (select 1 from comment_groups g where g.comment_id = c.id)
      group by 1
    ) x
    where k.id = x.consultation_id`);
}

const FOLD_BATCH = 2000;
/** How long a comment of the public form waits, at most, before the fold that counts it starts. */
const FOLD_DELAY_MS = 50;
const FOLD_GIVE_UP_MS = 30_000;

/**
 * Folds queued comments until the queue is empty, waiting for the lock while another process
 * folds. Returns how many it folded.
 */
export async function foldPendingComments(db: Db): Promise<number> {
  let folded = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${INTAKE_LOCK}::bigint)`);
      await planForSmallBatches(tx);
      return foldBatch(tx, FOLD_BATCH);
    });
    folded += done;
    if (done < FOLD_BATCH) return folded;
  }
}

/**
 * Folds the queue inside a transaction the caller holds (a spreadsheet import, all or
 * nothing): waits for the lock, which is then held until the caller commits.
 */
export async function foldPendingIn(tx: Tx): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${INTAKE_LOCK}::bigint)`);
  await planForSmallBatches(tx);
  let folded = 0;
  for (;;) {
    const done = await foldBatch(tx, FOLD_BATCH);
    folded += done;
    if (done < FOLD_BATCH) return folded;
  }
}

interface Settling {
  running: Promise<void> | null;
  next: Promise<void> | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** The process is stopping: no more folds are scheduled (see finishFolding). */
  closing: boolean;
}
const settling = new WeakMap<Db, Settling>();
let schedulers = 0;

/**
 * How many fold schedulers this process runs (one per database handle; /health reports it, and
 * tests/faults/one-copy.test.ts checks that the comment form's direct route and the pages share
 * the one scheduler of the process).
 */
export function foldSchedulerCount(): number {
  return schedulers;
}

/**
 * Folds the comments stored so far; resolves once a fold that started after the call has
 * finished. Never rejects: the comment is already stored, and a failed fold is retried by the
 * next one or the sweep.
 */
export function settleIntake(db: Db): Promise<void> {
  const s = settlingOf(db);
  if (!s.running) {
    // A query on a connection lost mid-outage can wait forever (postgres.js 3.4.9, see
    // web/fault.ts); a fold that has not ended after FOLD_GIVE_UP_MS is given up, so that the
    // next one, and the sweep, are not stuck behind it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const givenUp = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`fold gave no answer within ${FOLD_GIVE_UP_MS} ms`)),
        FOLD_GIVE_UP_MS,
      );
    });
    s.running = Promise.race([foldPendingComments(db), givenUp])
      .finally(() => clearTimeout(timer))
      .then(
        () => undefined,
        (error: unknown) =>
          void process.stderr.write(
            `intake fold failed (will retry): ${(error as Error)?.message ?? String(error)}\n`,
          ),
      )
      .finally(() => {
        s.running = null;
      });
    return s.running;
  }
  s.next ??= s.running.then(() => {
    s.next = null;
    return settleIntake(db);
  });
  return s.next;
}

function settlingOf(db: Db): Settling {
  let state = settling.get(db);
  if (!state) {
    settling.set(db, (state = { running: null, next: null, timer: null, closing: false }));
    schedulers++;
  }
  return state;
}

/**
 * Starts a fold `delayMs` from now unless one is already scheduled: under a surge the
 * comments of those milliseconds are folded together, a batch costing little more than one
 * comment, instead of a fold after every comment.
 */
export function scheduleFold(db: Db, delayMs = FOLD_DELAY_MS): void {
  const s = settlingOf(db);
  if (s.timer || s.closing) return;
  s.timer = setTimeout(() => {
    s.timer = null;
    void settleIntake(db);
  }, delayMs);
}

/**
 * For a process that is stopping (after its last request): cancels the scheduled fold, folds
 * what waits and returns once no fold of this process runs, so the pool can be closed under
 * none. Never rejects.
 */
export async function finishFolding(db: Db): Promise<void> {
  const s = settlingOf(db);
  s.closing = true;
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  await settleIntake(db);
  while (s.running || s.next) await (s.next ?? s.running);
}

/**
 * Folds first if anything waits: for staff pages, which must show every stored comment in
 * their counts and groups (the public form answers before its comment is folded).
 */
export async function settlePending(db: Db): Promise<void> {
  if (await hasPendingComments(db)) await settleIntake(db);
}

/**
 * How many stored comments wait to be folded, counted up to 100,000 (/health's `uncounted`:
 * normally 0, or a few during a surge; a number that keeps growing means the fold is failing).
 */
export async function uncountedComments(db: Db): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from (select 1 from comment_intake_queue limit 100000) q`,
    ),
  );
  return row?.n ?? 0;
}

/** Whether any stored comment still waits to be folded. */
export async function hasPendingComments(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ pending: boolean }>(
    await db.execute(sql`select exists (select 1 from comment_intake_queue) as pending`),
  );
  return row?.pending === true;
}
