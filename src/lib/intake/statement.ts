/**
 * The intake statement: for each comment it counts the rate limit hits it claims, checks the
 * consultation's window and the references (consultation, version, clause of that version),
 * inserts the comment unless its idempotency key is stored already, records a first-time
 * participant and queues the comment for the fold (fold.ts), then answers row by row. The
 * comments come as one JSON array parameter, so the text is fixed (prepared once per
 * connection) whatever the batch size, and the same on PGlite. Several comments go in one
 * statement when batch.ts puts them together.
 *
 * The comment's columns are named once, in the schema: INTAKE_COLUMNS picks the ones intake
 * writes, and the row type, the record definition and the insert's column list are derived
 * from them (the clause id is looked up by the statement itself).
 */
import { getTableColumns, type InferInsertModel } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { Db } from '../db/client.ts';
import { executePreparedText } from '../db/rows.ts';
import { comments } from '../db/schema.ts';

/** The columns of `comments` the intake statement writes as given (clause_id it finds itself). */
export const INTAKE_COLUMNS = [
  'receiptCode',
  'idempotencyKey',
  'consultationId',
  'versionId',
  'clauseEId',
  'stance',
  'body',
  'publicBody',
  'suggestedWording',
  'quote',
  'quoteStart',
  'quoteEnd',
  'displayName',
  'publicSuggestedWording',
  'publicQuote',
  'publicDisplayName',
  'category',
  'district',
  'contact',
  'consentPublish',
  'channel',
  'addressHash',
  'enteredBy',
  'ratings',
  'source',
  'campaignKey',
] as const satisfies readonly (keyof typeof comments._.columns)[];

type IntakeColumn = (typeof INTAKE_COLUMNS)[number];
type Insert = InferInsertModel<typeof comments>;

/** One comment's stored values, as the schema types them (null where the schema allows none given). */
export type IntakeValues = { [K in IntakeColumn]-?: Exclude<Insert[K], undefined> };

/** One comment as the statement takes it: its values and what the statement checks first. */
export interface IntakeRow {
  values: IntakeValues;
  bucket: string;
  window_start: string | null;
  /** Rate limit hits claimed from the shared counter (0: none, the process holds one). */
  claim: number;
  lim: number;
  /** The window must be open at this time (null: no check). */
  open_at: string | null;
  /** Whether the clause must be one of the version's. */
  needs_clause: boolean;
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

const columns = getTableColumns(comments);
/** `name type` of each column for jsonb_to_recordset, and the column names, snake_case as stored. */
const recordColumns = INTAKE_COLUMNS.map(
  (key) => `${toSnakeCase(key)} ${recordType(columns[key].getSQLType())}`,
).join(', ');
const columnNames = INTAKE_COLUMNS.map((key) => toSnakeCase(key)).join(', ');

/** The schema's type as a record column: serial kinds are their integer types. */
function recordType(sqlType: string): string {
  return sqlType.replace(/^bigserial$/, 'bigint').replace(/^serial$/, 'integer');
}

const STORE_COMMENTS = `
  with input as (
    select * from jsonb_to_recordset($1::jsonb) as i(ord int, bucket text, window_start timestamptz, claim int, lim int,
      open_at timestamptz, needs_clause boolean, ${recordColumns})
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
    insert into comments (clause_id, ${columnNames})
    select clause_id, ${columnNames}
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

/**
 * One comment as a record of the statement's input, snake_case as the columns; strings as JSON
 * accepts them in PostgreSQL: no lone surrogates (jsonb refuses their escapes).
 */
function record(row: IntakeRow, ord: number): Record<string, unknown> {
  const { values, ...checks } = row;
  const out: Record<string, unknown> = { ord, ...checks };
  for (const key of INTAKE_COLUMNS) {
    const value = values[key];
    out[toSnakeCase(key)] = typeof value === 'string' ? value.toWellFormed() : value;
  }
  return out;
}

/** Runs the statement for these comments; the results come in the same order. */
export async function storeRows(db: Db, rows: readonly IntakeRow[]): Promise<IntakeResult[]> {
  const results = await executePreparedText<IntakeResult & { ord: number }>(db, STORE_COMMENTS, [
    JSON.stringify(rows.map(record)),
  ]);
  if (results.length !== rows.length)
    throw new Error(`intake statement answered ${results.length} rows for ${rows.length}`);
  return results;
}
