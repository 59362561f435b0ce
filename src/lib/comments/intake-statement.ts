/**
 * The intake statement, and the batching of it: several comments submitted at the same moment
 * to one app process are stored by one statement, one round trip and one commit.
 *
 * For each comment the statement counts the rate limit hits it claims, checks the
 * consultation's window and the references (consultation, version, clause of that version),
 * inserts the comment unless its idempotency key is stored already, records a first-time
 * participant and queues the comment for the fold (fold.ts), then answers row by row. The
 * comments come as one JSON array parameter, so the text is fixed (prepared once per
 * connection) whatever the batch size, and the same on PGlite.
 *
 * Batching is group commit in the app: a comment is sent at once if fewer than IN_FLIGHT
 * statements are running in this process; otherwise it waits for the next one to end and goes
 * with everything that arrived meanwhile (up to BATCH_MAX). A quiet server so adds no delay,
 * and under a surge one statement and one commit carry many comments: the database's work per
 * comment, and the app's round trips, are what limited intake (bench/intake.ts). A receipt is
 * still given only after the statement that stored its comment has committed. Two comments
 * with the same idempotency key, or claiming hits from the same rate limit counter, never share
 * a statement (the second waits for the next), so each is decided as if sent alone. If a batch
 * fails, each of its comments is tried again alone, so one bad row fails only itself.
 */
import type { Db } from '../db/client.ts';
import { executePreparedText, isPooledClient } from '../db/rows.ts';

/** One comment as the statement takes it (column names as in the statement's record). */
export interface IntakeRow {
  bucket: string;
  window_start: string | null;
  /** Rate limit hits claimed from the shared counter (0: none, the process holds one). */
  claim: number;
  lim: number;
  /** The window must be open at this time (null: no check). */
  open_at: string | null;
  consultation_id: number;
  version_id: number | null;
  clause_e_id: string | null;
  /** Whether the clause must be one of the version's. */
  needs_clause: boolean;
  receipt_code: string;
  idempotency_key: string;
  stance: string;
  body: string;
  public_body: string;
  suggested_wording: string | null;
  quote: string | null;
  quote_start: number | null;
  quote_end: number | null;
  display_name: string | null;
  public_suggested_wording: string | null;
  public_quote: string | null;
  public_display_name: string | null;
  category: string;
  district: string | null;
  contact: string | null;
  consent_publish: boolean;
  channel: string;
  address_hash: string | null;
  entered_by: number | null;
  ratings: unknown;
  source: unknown;
  campaign_key: string | null;
}

export interface IntakeResult {
  id: number | string | null;
  receipt_code: string | null;
  clause_found: boolean;
  allowed: boolean;
  window_open: boolean;
  refs_found: boolean;
  hit_count: number | null;
  existing: string | null;
}

const STORE_COMMENTS = `
  with input as (
    select * from jsonb_to_recordset($1::jsonb) as i(ord int, bucket text, window_start timestamptz, claim int, lim int,
      open_at timestamptz, consultation_id int, version_id int, clause_e_id text, needs_clause boolean, receipt_code text,
      idempotency_key text, stance text, body text, public_body text, suggested_wording text, quote text, quote_start int,
      quote_end int, display_name text, public_suggested_wording text, public_quote text, public_display_name text,
      category text, district text, contact text, consent_publish boolean, channel text, address_hash text, entered_by int,
      ratings jsonb, source jsonb, campaign_key text)
  ), hit as (
    insert into rate_limits (bucket, window_start, count)
    select bucket, window_start, claim from input where claim > 0
    on conflict (bucket) do update set
      count = case when rate_limits.window_start = excluded.window_start then rate_limits.count + excluded.count else excluded.count end,
      window_start = excluded.window_start
    returning bucket, count
  ), checked as (
    select i.*, h.count as hit_count,
      i.claim = 0 or h.count - i.claim < i.lim as allowed,
      -- A window closed early is judged by the database's clock as well: a comment sent just
      -- before the close, from a process whose cached window said open, was stored after it.
      i.open_at is null or exists (select 1 from consultations k where k.id = i.consultation_id
        and k.opens_at <= i.open_at and k.closes_at > i.open_at
        and (k.closed_early_reason is null or k.closes_at > clock_timestamp())) as window_open,
      -- What foreign keys would check, without their share lock on these hot rows (schema.ts).
      exists (select 1 from consultations k where k.id = i.consultation_id)
        and (i.version_id is null or exists (select 1 from versions v where v.id = i.version_id)) as refs_found,
      (select c.id from clauses c where i.needs_clause and c.version_id = i.version_id and c.e_id = i.clause_e_id) as clause_id
    from input i left join hit h on i.claim > 0 and h.bucket = i.bucket
  ), ins as (
    insert into comments (receipt_code, idempotency_key, consultation_id, version_id, clause_id, clause_e_id, stance, body,
      public_body, suggested_wording, quote, quote_start, quote_end, display_name, public_suggested_wording, public_quote,
      public_display_name, category, district, contact, consent_publish, channel, address_hash, entered_by, ratings, source,
      campaign_key)
    select receipt_code, idempotency_key, consultation_id, version_id, clause_id, clause_e_id, stance, body,
      public_body, suggested_wording, quote, quote_start, quote_end, display_name, public_suggested_wording, public_quote,
      public_display_name, category, district, contact,
      consent_publish, channel, address_hash, entered_by, ratings, source, campaign_key
    from checked
    where allowed and window_open and refs_found and (not needs_clause or clause_id is not null)
    order by ord
    on conflict (idempotency_key) do nothing
    returning id, receipt_code, idempotency_key, consultation_id, address_hash
  ), newcomer as (
    insert into participants (consultation_id, address_hash)
    select distinct consultation_id, address_hash from ins where address_hash is not null
    on conflict do nothing
    returning consultation_id, address_hash
  ), queued as (
    -- A first-time participant counts once, on the first of their comments in the batch.
    insert into comment_intake_queue (comment_id, participant)
    select ins.id, case when ins.address_hash is null then 1
      when n.address_hash is not null and ins.id = min(ins.id) over (partition by ins.consultation_id, ins.address_hash) then 1
      else 0 end
    from ins left join newcomer n on n.consultation_id = ins.consultation_id and n.address_hash = ins.address_hash
  )
  select c.ord, ins.id, ins.receipt_code, not c.needs_clause or c.clause_id is not null as clause_found, c.allowed,
    c.window_open, c.refs_found, c.hit_count,
    (select m.receipt_code from comments m where m.idempotency_key = c.idempotency_key) as existing
  from checked c left join ins on ins.idempotency_key = c.idempotency_key
  order by c.ord`;

/** Strings as JSON accepts them in PostgreSQL: no lone surrogates (jsonb refuses their escapes). */
function wellFormed(row: IntakeRow, ord: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ord };
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'string' ? value.toWellFormed() : value;
  return out;
}

/** Runs the statement for these comments; the results come in the same order. */
async function storeRows(db: Db, rows: readonly IntakeRow[]): Promise<IntakeResult[]> {
  const results = await executePreparedText<IntakeResult & { ord: number }>(db, STORE_COMMENTS, [JSON.stringify(rows.map(wellFormed))]);
  if (results.length !== rows.length) throw new Error(`intake statement answered ${results.length} rows for ${rows.length}`);
  return results;
}

// Two statements at a time (bench/intake.ts on two cores, 8 to 128 clients): four made batches
// smaller for no more throughput; one kept the throughput but doubled p99 at 128 clients.
// More app processes, not more statements per process, use more cores.
const IN_FLIGHT = 2;
const BATCH_MAX = 64;

interface Waiting {
  row: IntakeRow;
  resolve: (result: IntakeResult) => void;
  reject: (error: unknown) => void;
}

interface Batcher {
  waiting: Waiting[];
  running: number;
}
const batchers = new WeakMap<Db, Batcher>();

/**
 * Stores one comment, batched with others submitted to this process at the same moment when
 * the database is PostgreSQL through the pool (on PGlite, and inside a transaction, alone).
 */
export async function storeIntakeRow(db: Db, row: IntakeRow): Promise<IntakeResult> {
  if (!isPooledClient(db)) return (await storeRows(db, [row]))[0]!;
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = { waiting: [], running: 0 }));
  const b = batcher;
  return new Promise<IntakeResult>((resolve, reject) => {
    b.waiting.push({ row, resolve, reject });
    pump(db, b);
  });
}

function pump(db: Db, b: Batcher): void {
  while (b.running < IN_FLIGHT && b.waiting.length > 0) {
    const batch = takeBatch(b);
    b.running++;
    void runBatch(db, batch).finally(() => {
      b.running--;
      pump(db, b);
    });
  }
}

/** The oldest waiting comments that can share a statement, up to BATCH_MAX. */
function takeBatch(b: Batcher): Waiting[] {
  const batch: Waiting[] = [];
  const rest: Waiting[] = [];
  const keys = new Set<string>();
  const buckets = new Set<string>();
  for (const w of b.waiting) {
    const clash = keys.has(w.row.idempotency_key) || (w.row.claim > 0 && buckets.has(w.row.bucket));
    if (batch.length >= BATCH_MAX || clash) {
      rest.push(w);
      continue;
    }
    batch.push(w);
    keys.add(w.row.idempotency_key);
    if (w.row.claim > 0) buckets.add(w.row.bucket);
  }
  b.waiting = rest;
  return batch;
}

async function runBatch(db: Db, batch: Waiting[]): Promise<void> {
  try {
    const results = await storeRows(db, batch.map((w) => w.row));
    batch.forEach((w, i) => w.resolve(results[i]!));
  } catch (error) {
    if (batch.length === 1) return batch[0]!.reject(error);
    // One comment may be what failed the batch: each is tried alone for its own answer.
    await Promise.all(batch.map((w) => storeRows(db, [w.row]).then((r) => w.resolve(r[0]!), w.reject)));
  }
}
