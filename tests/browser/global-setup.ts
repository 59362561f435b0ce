/**
 * Starts the built server the way `npm start` does, on a free port, with a fresh database:
 * a temporary PGlite folder, or a new database on TEST_DATABASE_URL's server. Creates one
 * staff account per role for the tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

export const STAFF_PASSWORD = 'browser-test-password';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    staffPassword: string;
    /** The server process, for tests that watch its memory (tests/hostile/server/load.test.ts). */
    serverPid: number;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-browser-'));
  // Fixture content whose consultations stay open until 2099, so the flows do not depend on
  // today's date; the sample content in content/ is checked by its own test.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OPENCLAUSE_DATA_DIR: dataDir,
    OPENCLAUSE_CONTENT_DIR: path.join(root, 'tests/fixtures/content/basic'),
    OPENCLAUSE_COMMENTS_PER_HOUR: '1000',
    // Every browser test signs in from 127.0.0.1; the production limit is 20 per 15 minutes.
    OPENCLAUSE_SIGNINS_PER_15MIN: '1000',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env['DATABASE_URL'];
  let dropDatabase: (() => Promise<void>) | null = null;
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (serverUrl) {
    const name = `oc_browser_${process.pid}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env['DATABASE_URL'] = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }

  const node = process.execPath;
  // `account1` belongs to tests/browser/account.test.ts, which turns on its second factor and
  // changes its password; the others keep theirs for every test.
  const accounts = [...['admin', 'committee', 'advisor', 'moderator', 'clerk'].map((role) => [`${role}1`, role]), ['account1', 'advisor']];
  for (const [username, role] of accounts) {
    const created = spawnSync(node, ['bin/openclause.js', 'create-user', '--username', username!, '--role', role!], {
      cwd: root,
      env: { ...env, OPENCLAUSE_PASSWORD: STAFF_PASSWORD },
      encoding: 'utf8',
    });
    if (created.status !== 0) throw new Error(`create-user failed: ${created.stderr}`);
  }

  const port = await freePort();
  const server: ChildProcess = spawn(node, ['scripts/start.ts'], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', OPENCLAUSE_PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited:\n${output}`);
    try {
      const res = await fetch(`${baseURL}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  project.provide('baseURL', baseURL);
  project.provide('staffPassword', STAFF_PASSWORD);
  project.provide('serverPid', server.pid!);

  return async () => {
    if (server.exitCode !== null || process.env['OPENCLAUSE_SHOW_SERVER_LOG'] === '1') {
      process.stderr.write(`\n--- server output (exit code ${server.exitCode}) ---\n${output.slice(-8000)}\n---\n`);
    }
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (server.exitCode === null) server.kill('SIGKILL');
    await dropDatabase?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
