/**
 * What every HTTP benchmark shares: the machine line, the benchmark database (oc_bench on the
 * PostgreSQL server at 127.0.0.1:5432 unless BENCH_DATABASE_URL says otherwise), seeding it,
 * starting servers as child processes, and driving them with autocannon.
 *
 * BENCH_KEEP=1 keeps the seeded database for the next script (npm run bench:all sets it and
 * drops the database at the end); BENCH_SECONDS sets the length of each load run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { BENCH_CONSULTATION, writeBenchContent } from './content.ts';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.ts';

export const root = path.resolve(import.meta.dirname, '../..');
const serverUrl =
  process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/oc_bench';
export const databaseUrl = serverUrl;
export const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const keep = process.env['BENCH_KEEP'] === '1';

const adminUrl = () => {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  return url.toString();
};
const dbName = () => {
  const name = new URL(serverUrl).pathname.slice(1);
  // The harness drops and re-creates its database: never one that holds anything else (the
  // server's `test` database, which the test suites need, was lost this way once).
  if (!/^oc_bench\w*$/.test(name))
    throw new Error(
      `BENCH_DATABASE_URL names the database "${name}": the benchmarks drop and re-create their database, so its name must start with oc_bench`,
    );
  return name;
};

export async function machine(): Promise<string> {
  const sql = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  const [row] = await sql<{ v: string }[]>`select current_setting('server_version') as v`;
  await sql.end();
  const cpus = os.cpus();
  return `${new Date().toISOString()} · ${cpus[0]?.model ?? 'unknown cpu'} × ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · PostgreSQL ${row?.v} · load avg ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

export interface BenchEnv {
  env: NodeJS.ProcessEnv;
  sql: postgres.Sql;
  done: () => Promise<void>;
}

/**
 * The benchmark database with the sample content, the 120-article bench regulation and at
 * least `comments` comments in its consultation. Reused when it already holds them.
 */
export async function benchDatabase(comments: number): Promise<BenchEnv> {
  const contentDir = writeBenchContent(root);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: serverUrl,
    OPENCLAUSE_CONTENT_DIR: contentDir,
    OPENCLAUSE_COMMENTS_PER_HOUR: '1000000000',
    OPENCLAUSE_SIGNINS_PER_15MIN: '1000000',
  };
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${dbName()}`;
  let have = 0;
  if (exists) {
    const probe = postgres(serverUrl, { max: 1, onnotice: () => {} });
    const [row] = await probe<{ n: number }[]>`
      select k.comment_count as n from consultations k join regulations r on r.id = k.regulation_id
      where r.slug || '/' || k.slug = ${BENCH_CONSULTATION}`.catch(() => []);
    have = row?.n ?? 0;
    await probe.end();
  }
  if (have < comments || !exists) {
    await admin.unsafe(`drop database if exists ${dbName()} with (force)`);
    await admin.unsafe(`create database ${dbName()}`);
    cli(['sync'], env);
    if (comments > 0)
      cli(['seed', '--comments', String(comments), '--consultation', BENCH_CONSULTATION], env);
  } else {
    console.log(`(reusing ${dbName()}: ${have} comments in ${BENCH_CONSULTATION})`);
  }
  await admin.end();
  const sql = postgres(serverUrl, { max: 4, onnotice: () => {} });
  return {
    env,
    sql,
    done: async () => {
      await sql.end();
      fs.rmSync(contentDir, { recursive: true, force: true });
      if (keep) return;
      const a = postgres(adminUrl(), { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${dbName()} with (force)`);
      await a.end();
    },
  };
}

function cli(args: string[], env: NodeJS.ProcessEnv): void {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/openclause.js'), ...args], {
    env,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`openclause ${args.join(' ')} failed`);
}

export interface Server {
  url: string;
  /** Resident set size of the server process now, in MiB (Linux). */
  rss: () => number;
  /** CPU time the server process has used so far, in ms (Linux). */
  cpuMs: () => number;
  stop: () => Promise<void>;
}

let nextPort = 4600 + Math.floor(Math.random() * 300);

/** Starts `node <script>` with PORT set and waits until /health answers 200. */
export async function startServer(script: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const port = nextPort++;
  // BENCH_CPU_PROF=<dir>: write a V8 CPU profile of each server to <dir> when it stops.
  const profile = process.env['BENCH_CPU_PROF']
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env['BENCH_CPU_PROF'])}`]
    : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, ...profile, path.join(root, script)],
    {
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`${script} did not answer /health`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    cpuMs: () => processCpuMs(child.pid!),
    rss: () =>
      Number(
        /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0,
      ) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const TICK_MS = 1000 / 100; // USER_HZ, 100 on Linux

/** User and system CPU time of a process, in ms, from /proc/<pid>/stat (0 if it is gone). */
export function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/**
 * CPU time, in ms, used so far by the PostgreSQL processes on this machine (when the server is
 * local and readable through /proc), so a run can tell how much database work each request cost.
 */
export function postgresCpuMs(): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    total += processCpuMs(Number(entry));
  }
  return total;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Responses by class, to check that every request did what it should. */
  ok: number;
  bad: number;
  errors: number;
}

/** One autocannon run; `expect` is the status class that counts as success (2 or 3). */
export async function load(options: autocannon.Options, expect: 2 | 3): Promise<LoadResult> {
  const result = await autocannon({ duration: seconds, ...options });
  const classes = { 2: result['2xx'], 3: result['3xx'] };
  const ok = classes[expect];
  return {
    rps: ok / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    bad: result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'] - ok,
    errors: result.errors + result.timeouts,
  };
}

/** Latencies of `total` requests made `concurrency` at a time, for percentiles autocannon lacks (p95). */
export async function timeRequests(
  total: number,
  concurrency: number,
  request: () => Promise<Response>,
) {
  const times: number[] = [];
  let next = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) {
        const start = performance.now();
        const res = await request();
        await res.arrayBuffer();
        times.push(performance.now() - start);
        if (!res.ok) failed++;
      }
    }),
  );
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), failed };
}

export const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);
