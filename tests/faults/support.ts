/**
 * Shared by the fault and hostile-input tests: start the built server the way `npm start`
 * does (as tests/browser/global-setup.ts), create and drop PostgreSQL test databases, and
 * a TCP proxy that can cut the line between the app and PostgreSQL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { QUIET_SERVER_START_MS, measured, patience, sleep, until } from '../helpers/patience.ts';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.ts';

// The browser project's server, started just before this file ran, says how busy the machine is.
measured(inject('serverStartupMs'), QUIET_SERVER_START_MS);

export const root = path.resolve(import.meta.dirname, '../..');
export const serverUrl = process.env['TEST_DATABASE_URL'] ?? null;
export const NEEDS_POSTGRES = 'needs PostgreSQL: set TEST_DATABASE_URL to run it';

/** The fixture regulation whose first-reading consultation stays open until 2099. */
export const VERSION_PATH = '/regulations/sample/versions/first-reading';
export const CLAUSE = 'chp_1__art_2';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface RunningServer {
  baseURL: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM, then SIGKILL after a grace period. */
  stop: () => Promise<void>;
  exited: Promise<void>;
}

/** Environment for a server on the fixture content; `databaseUrl` null means PGlite in `dataDir`. */
export function serverEnv(options: {
  databaseUrl: string | null;
  dataDir: string;
  extra?: Record<string, string>;
}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OPENCLAUSE_DATA_DIR: options.dataDir,
    OPENCLAUSE_CONTENT_DIR: path.join(root, 'tests/fixtures/content/basic'),
    OPENCLAUSE_COMMENTS_PER_HOUR: '100000',
    OPENCLAUSE_SIGNINS_PER_15MIN: '1000',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env['DATABASE_URL'];
  delete env['DATABASE_READ_URL'];
  if (options.databaseUrl) env['DATABASE_URL'] = options.databaseUrl;
  return { ...env, ...options.extra };
}

/**
 * Starts scripts/start.ts and waits until /health answers 200 (or the process exits). The time
 * it took is a measure of how busy the machine is, from which later waits are scaled.
 */
export async function startServer(env: NodeJS.ProcessEnv, port?: number): Promise<RunningServer> {
  const listenPort = port ?? (await freePort());
  const started = Date.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/start.ts'], {
    cwd: root,
    env: { ...env, PORT: String(listenPort), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseURL = `http://127.0.0.1:${listenPort}`;
  // The build is done (the global setup made it), so this is start-up alone.
  const deadline = started + patience(QUIET_SERVER_START_MS * 5);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited:\n${output}`);
    try {
      if ((await fetch(`${baseURL}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${output}`);
    }
    await sleep(100);
  }
  measured(Date.now() - started, QUIET_SERVER_START_MS);
  return {
    baseURL,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        if (child.signalCode !== 'SIGKILL')
          process.stderr.write(
            `\n--- server exited by itself (${child.exitCode}) ---\n${output.slice(-6000)}\n---\n`,
          );
        return;
      }
      // It drains (up to 10 s of requests in flight) and exits; SIGKILL only if it hangs.
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), patience(15_000));
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A temporary folder, made on first use (a skipped suite makes none and so leaves none). */
export function tempDir(prefix: string): { readonly dir: string; remove: () => void } {
  let made: string | null = null;
  return {
    get dir() {
      return (made ??= fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    },
    remove: () => {
      if (made) fs.rmSync(made, { recursive: true, force: true });
    },
  };
}

export interface PgDatabase {
  url: string;
  sql: postgres.Sql;
  drop: () => Promise<void>;
}

/** A new, empty database on TEST_DATABASE_URL's server; `drop` removes it. */
export async function createPgDatabase(prefix: string): Promise<PgDatabase> {
  if (!serverUrl) throw new Error(NEEDS_POSTGRES);
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  return {
    url: url.toString(),
    sql,
    drop: async () => {
      await sql.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Rewrites a PostgreSQL URL to go through 127.0.0.1:`port`. */
export function viaPort(url: string, port: number): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(port);
  return u.toString();
}

export interface Proxy {
  port: number;
  /** Drops every open connection and refuses new ones, as a stopped server does. */
  cut: () => Promise<void>;
  /** Accepts and forwards again, on the same port. */
  restore: () => Promise<void>;
  /** Keeps every connection open but forwards nothing, as a hung server or a dead network does. */
  stall: () => void;
  /** Forwards again what stalled connections hold. */
  unstall: () => void;
  close: () => Promise<void>;
}

/** A TCP proxy in front of `target` (host:port), listening on a free local port. */
export async function startProxy(target: { host: string; port: number }): Promise<Proxy> {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let stalled = false;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
        if (stalled) {
          client.pause();
          upstream.pause();
        }
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        server = s;
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      if (s) s.close(() => resolve());
      else resolve();
    });
  await listen();
  return {
    port,
    cut: stopListening,
    restore: listen,
    close: stopListening,
    stall: () => {
      stalled = true;
      for (const socket of sockets) socket.pause();
    },
    unstall: () => {
      stalled = false;
      for (const socket of sockets) socket.resume();
    },
  };
}

/** The target of a PostgreSQL URL. */
export function hostPort(url: string): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 5432) };
}

/** Form fields of a valid comment on CLAUSE, with a fresh idempotency key. */
export function commentForm(body: string, key: string = randomUUID()): URLSearchParams {
  return new URLSearchParams({
    idempotencyKey: key,
    clause: CLAUSE,
    stance: 'support',
    body,
    category: 'individual',
  });
}

export type Submission = {
  status: number;
  receipt: string | null;
  location: string | null;
  text: string;
};

/** Posts the comment form as a browser would (same-site Origin); never follows the redirect. */
export async function submit(
  baseURL: string,
  form: URLSearchParams,
  headers: Record<string, string> = {},
): Promise<Submission> {
  const res = await fetch(`${baseURL}${VERSION_PATH}/comment`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL, ...headers },
    body: form,
    redirect: 'manual',
    // The server answers within its 10-second request deadline on a quiet machine.
    signal: AbortSignal.timeout(patience(10_000)),
  });
  const location = res.headers.get('location');
  const receipt = location?.match(/^\/receipts\/([0-9A-Z-]+)\?new=1$/)?.[1] ?? null;
  return { status: res.status, receipt, location, text: await res.text() };
}

/**
 * Waits until the server says every stored comment is counted (`uncounted` of /health is 0):
 * the form answers before its comment is folded into the kept counts, and the comments of a
 * killed process are folded by the next one's sweep.
 */
export async function waitUntilCounted(baseURL: string): Promise<void> {
  // A fold runs 50 ms after a comment and every second in the sweep.
  await until(
    'every stored comment counted (/health uncounted 0)',
    async () =>
      ((await (await fetch(`${baseURL}/health`)).json()) as { uncounted?: number }).uncounted === 0,
    2000,
  );
}

export const STAFF_PASSWORD = 'fault-test-password';

/** Creates a staff account through the CLI (which migrates the database first). */
export function createStaff(env: NodeJS.ProcessEnv, username: string, role: string): void {
  const created = spawnSync(
    process.execPath,
    ['bin/openclause.js', 'create-user', '--username', username, '--role', role],
    {
      cwd: root,
      env: { ...env, OPENCLAUSE_PASSWORD: STAFF_PASSWORD },
      encoding: 'utf8',
    },
  );
  if (created.status !== 0) throw new Error(`create-user failed: ${created.stderr}`);
}

/** Signs in through the form and returns the session cookie (`name=value`). */
export async function signIn(baseURL: string, username: string): Promise<string> {
  const res = await fetch(`${baseURL}/staff/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
    body: new URLSearchParams({ username, password: STAFF_PASSWORD }),
    redirect: 'manual',
  });
  const cookie = res.headers.getSetCookie().find((c) => !c.startsWith('lang='));
  if (res.status !== 303 || !cookie) throw new Error(`sign-in failed: ${res.status}`);
  return cookie.split(';')[0]!;
}
