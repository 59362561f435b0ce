/**
 * Benchmark: the amendment workbench on a regulation of 120 articles (立法法 2023, from the
 * corpus) with 5,000 amendments. Prints the machine, the time of one clause view (its rows
 * from the database, grouped, redlined, collisions found, the accepted preview) for the
 * article with the most amendments, and the time of drafting the next reading (every accepted
 * amendment read and written into the source). Targets: clause view < 300 ms, applying all
 * accepted < 1 s. With COMMENTS stored comments on the version (default 130,000; one in 20
 * with a suggested wording, already imported), it also times the clause view as the page
 * serves it: the import on every view (`importSuggestions`, as before) against the kept
 * marker (`importNewSuggestions`), both in one run.
 * Runs on in-memory PGlite, or on a fresh database on the server named by BENCH_DATABASE_URL.
 * Run: node bench/amendments.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import {
  clauseRowsOf,
  clauseView,
  findAmendmentVersion,
  importNewSuggestions,
  importSuggestions,
  listAmendments,
  nextDraft,
} from '../src/lib/amendments/index.ts';
import { clausePlainText, piecesByEId } from '../src/lib/comments/suggestion.ts';
import { sha256 } from '../src/lib/content/load.ts';
import { insertVersion } from '../src/lib/content/sync.ts';
import { openDatabase } from '../src/lib/db/index.ts';
import { amendments, regulations } from '../src/lib/db/schema.ts';
import { articlesOf, parseDraft } from '../src/lib/legislation/index.ts';

const AMENDMENTS = Number(process.env['AMENDMENTS'] ?? 5000);
const RUNS = Number(process.env['RUNS'] ?? 10);
const COMMENTS = Number(process.env['COMMENTS'] ?? 130_000);
const corpus = path.resolve(import.meta.dirname, '../tests/fixtures/corpus');
const source = fs.readFileSync(path.join(corpus, 'lifa-fa--2023.md'), 'utf8');

const serverUrl = process.env['BENCH_DATABASE_URL'];
const name = `oc_bench_amend_${process.pid}`;
let admin: postgres.Sql | null = null;
let databaseUrl: string | null = null;
if (serverUrl) {
  admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
}
const handle = await openDatabase(
  { databaseUrl, dataDir: '' },
  { memory: !serverUrl, poolSize: 4 },
);
await handle.migrate();
const db = handle.db;

const parsed = parseDraft(
  `---\nslug: draft\nlabel: "草案"\nstage: review\ndate: 2026-01-01\n---\n${source}`,
  { file: null, language: 'zh' },
);
if (!parsed.ok) throw new Error('corpus does not parse');
const [reg] = await db
  .insert(regulations)
  .values({
    slug: 'lifa',
    title: '立法法',
    shortTitle: '立法法',
    language: 'zh',
    sponsor: '-',
    committee: '-',
    stage: 'review',
    summary: '-',
  })
  .returning();
await db.transaction(async (tx) => {
  await insertVersion(
    tx,
    reg!.id,
    {
      slug: 'draft',
      label: '草案',
      stage: 'review',
      date: '2026-01-01',
      position: 1,
      file: 'bench',
      source: `---\nslug: draft\nlabel: "草案"\nstage: review\ndate: 2026-01-01\n---\n${source}`,
      sourceHash: sha256(source),
      explanation: '',
      document: parsed.document,
      warnings: [],
    } as never,
    null,
  );
});
const target = (await findAmendmentVersion(db, 'lifa', 'draft'))!;
const rows = await clauseRowsOf(db, target.versionId);
const pieces = piecesByEId(rows);
const articles = articlesOf(parsed.document).map((a) => a.eId);

// Deterministic amendments: per article, a few accepted edits at disjoint places inside one
// clause text each, and the rest proposed or declined spans anywhere (many overlapping).
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const values: (typeof amendments.$inferInsert)[] = [];
let accepted = 0;
for (let i = 0; i < AMENDMENTS; i++) {
  const eId = articles[i % articles.length]!;
  const { text, segments } = clausePlainText(pieces.get(eId) ?? [], eId);
  const slot = Math.floor(i / articles.length);
  const seg = segments[slot % segments.length]!;
  const segText = rows.find((r) => r.eId === seg.eId)!.text;
  if (slot < 4 && segText.length >= 16) {
    const at = seg.at + Math.floor((slot / 4) * (segText.length - 4)) + 1;
    if (slot < segments.length * 4 && at + 2 <= seg.at + segText.length) {
      values.push({
        versionId: target.versionId,
        clauseEId: eId,
        start: at,
        end: at + 2,
        original: text.slice(at, at + 2),
        replacement: '修订',
        origin: 'staff',
        status: 'accepted',
      });
      accepted++;
      continue;
    }
  }
  const start = Math.floor(rand() * Math.max(1, text.length - 10));
  const end = Math.min(text.length, start + 1 + Math.floor(rand() * 10));
  values.push({
    versionId: target.versionId,
    clauseEId: eId,
    start,
    end,
    original: text.slice(start, end),
    replacement: '建议文字',
    origin: 'staff',
    status: rand() < 0.5 ? 'proposed' : 'declined',
  });
}
for (let i = 0; i < values.length; i += 500)
  await db.insert(amendments).values(values.slice(i, i + 500));
// Comments on the version, stored a while ago: one in 20 suggests a wording (the whole article
// with one word added), one in 10 is held by moderation.
const eIds = sql.raw(`array[${articles.map((e) => `'${e}'`).join(',')}]`);
for (let from = 1; from <= COMMENTS; from += 20_000) {
  const to = Math.min(COMMENTS, from + 19_999);
  await db.execute(sql`insert into comments (receipt_code, idempotency_key, consultation_id, version_id, clause_e_id, stance, body, public_body, suggested_wording, public_suggested_wording, category, consent_publish, status, created_at)
    select 'B' || g, 'bench-' || g, 1, ${target.versionId}, (${eIds})[1 + g % ${articles.length}], 'amend', '意见', '意见',
      case when g % 20 = 0 then '建议：' || g end, case when g % 20 = 0 then '建议：' || g end, 'individual', true,
      case when g % 10 = 5 then 'held' else 'published' end, now() - interval '1 hour'
    from generate_series(${from}::int, ${to}::int) g`);
}
await db.execute(sql`analyze comments`);
const imported = await importSuggestions(db, target.versionId);
await importNewSuggestions(db, target.versionId);
await db.execute(sql`analyze amendments`);

const busiest = articles.reduce(
  (best, e) =>
    values.filter((v) => v.clauseEId === e).length >
    values.filter((v) => v.clauseEId === best).length
      ? e
      : best,
  articles[0]!,
);
const perClause = values.filter((v) => v.clauseEId === busiest).length;

async function time(fn: () => Promise<unknown>): Promise<{ median: number; max: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, max: times.at(-1)! };
}

let problems = 0;
const clause = await time(async () => {
  const all = await clauseRowsOf(db, target.versionId);
  const text = clausePlainText(piecesByEId(all).get(busiest) ?? [], busiest).text;
  return clauseView(text, await listAmendments(db, target.versionId, busiest), 'zh');
});
const view = async () => {
  const all = await clauseRowsOf(db, target.versionId);
  const text = clausePlainText(piecesByEId(all).get(busiest) ?? [], busiest).text;
  return clauseView(text, await listAmendments(db, target.versionId, busiest), 'zh');
};
const everyView = await time(async () => {
  await importSuggestions(db, target.versionId);
  return view();
});
const marker = await time(async () => {
  await importNewSuggestions(db, target.versionId);
  return view();
});
const importEvery = await time(() => importSuggestions(db, target.versionId));
const importMarked = await time(() => importNewSuggestions(db, target.versionId));
const apply = await time(async () => {
  const draft = await nextDraft(db, target);
  problems = draft.problems.length;
  return draft;
});

const cpus = os.cpus();
console.log(
  `${new Date().toISOString()} · ${cpus[0]?.model ?? 'unknown cpu'} × ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${serverUrl ? 'PostgreSQL' : 'PGlite (in memory)'} · load avg ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `${articles.length} articles, ${values.length} amendments (${accepted} accepted), ${RUNS} runs each`,
);
console.log(
  `clause view (${perClause} amendments on ${busiest}): median ${clause.median.toFixed(1)} ms, max ${clause.max.toFixed(1)} ms (target < 300 ms)`,
);
console.log(
  `${COMMENTS} comments on the version (${imported} suggested wordings imported as amendments)`,
);
console.log(
  `clause view as served, importing on every view: median ${everyView.median.toFixed(1)} ms, max ${everyView.max.toFixed(1)} ms (the import alone: median ${importEvery.median.toFixed(1)} ms)`,
);
console.log(
  `clause view as served, kept marker: median ${marker.median.toFixed(1)} ms, max ${marker.max.toFixed(1)} ms (the import alone: median ${importMarked.median.toFixed(1)} ms); ${(everyView.median / marker.median).toFixed(1)}× faster`,
);
console.log(
  `apply all accepted (draft of the next reading): median ${apply.median.toFixed(1)} ms, max ${apply.max.toFixed(1)} ms (target < 1000 ms), ${problems} articles left to staff`,
);

await handle.close();
if (admin) {
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
const ok = marker.median < 300 && apply.median < 1000;
process.exit(ok ? 0 : 1);
