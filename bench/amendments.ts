/**
 * Benchmark: the amendment workbench on a regulation of 120 articles (立法法 2023, from the
 * corpus) with 5,000 amendments. Prints the machine, the time of one clause view (its rows
 * from the database, grouped, redlined, collisions found, the accepted preview) for the
 * article with the most amendments, and the time of drafting the next reading (every accepted
 * amendment read and written into the source). Targets: clause view < 300 ms, applying all
 * accepted < 1 s. With COMMENTS stored comments on the version (default 130,000; one in 20
 * with a suggested wording, already imported), it also times the clause view as the page
 * serves it: the import on every view (`importSuggestions`, as before) against the kept
 * marker (`importNewSuggestions`), both in one run. On PostgreSQL with a built site
 * (`node scripts/start.ts --build-only`), it also times the workbench page of that article
 * over HTTP, signed in as committee staff (the decision forms shown): the figure the issue
 * names. BENCH_CPU_PROF=<dir> writes the server's CPU profile there.
 * Runs on in-memory PGlite, or on a fresh database on the server named by BENCH_DATABASE_URL.
 * Run: node bench/amendments.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import {
  amendmentCounts,
  clauseRowsOf,
  clauseView,
  findAmendmentVersion,
  importNewSuggestions,
  importSuggestions,
  listAmendments,
  nextDraft,
} from '../src/lib/amendments/index.ts';
import { createStaffUser, sessionCookieShape, signIn } from '../src/lib/auth/index.ts';
import { clausePlainText, piecesByEId } from '../src/lib/comments/suggestion.ts';
import { sha256 } from '../src/lib/content/load.ts';
import { insertVersion } from '../src/lib/content/sync.ts';
import { openDatabase } from '../src/lib/db/index.ts';
import { amendments, consultations, regulations } from '../src/lib/db/schema.ts';
import { articlesOf, parseDraft } from '../src/lib/legislation/index.ts';
import { root, startServer, timeRequests } from './lib/harness.ts';

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
const [consultation] = await db
  .insert(consultations)
  .values({
    regulationId: reg!.id,
    versionId: target.versionId,
    slug: 'draft',
    kind: 'draft',
    title: '-',
    opensAt: new Date('2026-01-01'),
    closesAt: new Date('2026-02-01'),
  })
  .returning({ id: consultations.id });
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
    select 'B' || g, 'bench-' || g, ${consultation!.id}, ${target.versionId}, (${eIds})[1 + g % ${articles.length}], 'amend', '意见', '意见',
      case when g % 20 = 0 then '建议：' || g end, case when g % 20 = 0 then '建议：' || g end, 'individual', true,
      case when g % 10 = 5 then 'held' else 'published' end, now() - interval '1 hour'
    from generate_series(${from}::int, ${to}::int) g`);
}
await db.execute(sql`analyze comments`);
const imported = await importSuggestions(db, target.versionId);
await importNewSuggestions(db, target.versionId);
await db.execute(sql`analyze amendments`);

// The article with the most amendments, the imported suggestions counted.
const [most] = (await amendmentCounts(db, target.versionId)).sort((x, y) => y.total - x.total);
const busiest = most!.eId;
const perClause = most!.total;

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

// The page itself, served by the built site on this database.
let page: Awaited<ReturnType<typeof timeRequests>> | null = null;
let pageBytes = 0;
let pageCpu = 0;
if (databaseUrl && fs.existsSync(path.join(root, 'dist/server/entry.mjs'))) {
  const password = 'bench-password-not-secret-1';
  await createStaffUser(db, {
    username: 'bench-committee',
    displayName: 'Bench',
    password,
    roles: ['committee'],
  });
  const session = await signIn(db, 'bench-committee', password, new Date());
  if (!session.ok) throw new Error('bench sign-in failed');
  const server = await startServer('scripts/start.ts', {
    ...process.env,
    DATABASE_URL: databaseUrl,
    OPENCLAUSE_CONTENT_DIR: path.join(root, 'tests/fixtures/content/basic'),
  });
  const get = () =>
    fetch(`${server.url}/staff/amendments/lifa/draft?clause=${busiest}`, {
      headers: { cookie: `${sessionCookieShape(false).name}=${session.token}` },
      redirect: 'manual',
    });
  pageBytes = (await (await get()).arrayBuffer()).byteLength;
  // CPU time of the server per page says more than latency on a shared, busy machine.
  const cpuBefore = server.cpuMs();
  page = await timeRequests(RUNS * 2, 1, get);
  pageCpu = (server.cpuMs() - cpuBefore) / (RUNS * 2);
  await server.stop();
}

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

if (page)
  console.log(
    `workbench page of ${busiest} over HTTP (${Math.round(pageBytes / 1024)} KiB): p50 ${page.p50.toFixed(1)} ms, p95 ${page.p95.toFixed(1)} ms (target < 300 ms), server CPU ${pageCpu.toFixed(0)} ms a page${page.failed ? `, ${page.failed} failed` : ''}`,
  );
else console.log('workbench page over HTTP: skipped (needs BENCH_DATABASE_URL and a built site)');
await handle.close();
if (admin) {
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
const ok = marker.median < 300 && apply.median < 1000 && (page === null || page.p50 < 300);
process.exit(ok ? 0 : 1);
