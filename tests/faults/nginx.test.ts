/**
 * The README's several-process recipe with real parts: Debian's nginx in front of two app
 * processes on one PostgreSQL database, passing the client's address on in X-Forwarded-For
 * and X-Real-IP, with OPENCLAUSE_TRUSTED_PROXIES naming nginx. The clients connect to nginx
 * from different loopback addresses, as visitors from different addresses would. The comment
 * rate limit counts per client, across both processes; a client that writes its own
 * X-Forwarded-For gains nothing; and every form post is still taken by the direct route
 * (src/lib/web/intake-route.ts), as each process's /health `directPosts` shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patience, until } from '../helpers/patience.ts';
import {
  NEEDS_POSTGRES,
  VERSION_PATH,
  commentForm,
  createPgDatabase,
  freePort,
  serverEnv,
  serverUrl,
  startServer,
  tempDir,
  type PgDatabase,
  type RunningServer,
} from './support.ts';

const NGINX = '/usr/sbin/nginx';
const hasNginx = fs.existsSync(NGINX);
const LIMIT = 4;
/** Two visitors, each from an address of its own (Linux routes all of 127.0.0.0/8 to loopback). */
const ALICE = '127.0.0.2';
const BOB = '127.0.0.3';

const why = !hasNginx
  ? `needs ${NGINX}: apt-get install -y nginx (.ci/run installs it)`
  : NEEDS_POSTGRES;

/**
 * The nginx configuration of the README's recipe (the `upstream` and `location` blocks), with
 * the paths a process of its own needs around it.
 */
function nginxConfig(dir: string, listen: number, apps: number[]): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;

  upstream openclause {
${apps.map((port) => `    server 127.0.0.1:${port};`).join('\n')}
    keepalive 16;
    keepalive_timeout 4s;
  }

  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 5m;

    location / {
      proxy_pass http://openclause;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Real-IP $remote_addr;
    }
  }
}
`;
}

interface Answer {
  status: number;
  location: string | undefined;
}

/** Posts the comment form to `base` from the local address `from`, as a browser on that machine would. */
function post(
  base: string,
  from: string,
  form: URLSearchParams,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const url = new URL(base);
  const body = form.toString();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        localAddress: from,
        method: 'POST',
        path: `${VERSION_PATH}/comment`,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          Origin: base,
          ...headers,
        },
        timeout: patience(10_000),
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location }),
        );
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.end(body);
  });
}

const directPosts = async (server: RunningServer) =>
  ((await (await fetch(`${server.baseURL}/health`)).json()) as { directPosts: number }).directPosts;

describe.skipIf(!serverUrl || !hasNginx)(`nginx in front of two app processes (${why})`, () => {
  let db: PgDatabase;
  let a: RunningServer;
  let b: RunningServer;
  let nginx: ChildProcess | null = null;
  let nginxOutput = '';
  let base: string;
  const dir = tempDir('oc-nginx-');

  beforeAll(async () => {
    db = await createPgDatabase('oc_nginx');
    const env = serverEnv({
      databaseUrl: db.url,
      dataDir: path.join(dir.dir, 'app'),
      extra: {
        OPENCLAUSE_COMMENTS_PER_HOUR: String(LIMIT),
        OPENCLAUSE_TRUSTED_PROXIES: '127.0.0.1',
        OPENCLAUSE_ADDRESS_SALT: 'nginx-test-salt',
      },
    });
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
    const listen = await freePort();
    // Run as root, nginx's workers run as nobody: they must reach the temp folders inside.
    fs.chmodSync(dir.dir, 0o755);
    const conf = path.join(dir.dir, 'nginx.conf');
    fs.writeFileSync(
      conf,
      nginxConfig(dir.dir, listen, [new URL(a.baseURL).port, new URL(b.baseURL).port].map(Number)),
    );
    nginx = spawn(NGINX, ['-p', dir.dir, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    nginx.stdout?.on('data', (d) => (nginxOutput += d));
    nginx.stderr?.on('data', (d) => (nginxOutput += d));
    base = `http://127.0.0.1:${listen}`;
    await until(
      'nginx answers /health from the apps',
      async () => {
        if (nginx!.exitCode !== null)
          throw new Error(`nginx exited (${nginx!.exitCode}):\n${nginxOutput}`);
        return (await fetch(`${base}/health`)).ok;
      },
      2000,
      100,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${nginxOutput}`);
    });
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
    dir.remove();
  });

  it('serves pages through nginx from both processes', async () => {
    const page = await fetch(`${base}${VERSION_PATH}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('</html>');
  });

  it('counts each client’s posts to both processes against one budget, another client’s against its own, and takes every post on the direct route', async () => {
    const taken = [await directPosts(a), await directPosts(b)];
    const alice: Answer[] = [];
    for (let i = 0; i < LIMIT + 1; i++)
      alice.push(await post(base, ALICE, commentForm(`经负载均衡提交的意见 ${i}`)));
    expect(
      alice.map((r) => r.status),
      `${LIMIT} accepted, then the limit`,
    ).toEqual([...Array<number>(LIMIT).fill(303), 429]);
    const servedBy = [(await directPosts(a)) - taken[0]!, (await directPosts(b)) - taken[1]!];
    expect(
      servedBy.every((n) => n > 0),
      `both processes took some of them: ${servedBy.join(' + ')}`,
    ).toBe(true);
    expect(servedBy[0]! + servedBy[1]!, 'every post was taken by the direct route').toBe(LIMIT + 1);

    // The receipt opens through nginx.
    const receipt = await fetch(`${base}${alice[0]!.location}`);
    expect(receipt.status).toBe(200);

    // Another visitor has a whole budget of their own.
    const bob = await post(base, BOB, commentForm('另一位公众的意见'));
    expect(bob.status).toBe(303);
    // A visitor who writes someone else's address into X-Forwarded-For is still counted by the
    // address nginx saw: nginx appends it, and the app reads from the right.
    const forged = await post(base, ALICE, commentForm('伪造地址的意见'), {
      'X-Forwarded-For': '198.51.100.77',
      'X-Real-IP': '198.51.100.77',
    });
    expect(forged.status, 'a forged address does not escape the limit').toBe(429);

    const [after] = await db.sql<{ n: number }[]>`select count(*)::int as n from comments`;
    expect(after?.n).toBe(LIMIT + 1);
    const total = (await directPosts(a)) + (await directPosts(b)) - taken[0]! - taken[1]!;
    expect(total, 'Bob’s and the forged post took the direct route too').toBe(LIMIT + 3);
  });
});
