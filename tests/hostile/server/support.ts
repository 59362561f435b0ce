/** Helpers for the hostile-input suite, which runs against the browser project's server. */
import http from 'node:http';
import { expect, inject } from 'vitest';
import { QUIET_SERVER_START_MS, measured, patience, until } from '../../helpers/patience.ts';

// The browser project's server says how busy the machine is.
measured(inject('serverStartupMs'), QUIET_SERVER_START_MS);

export const VERSION_PATH = '/regulations/sample/versions/first-reading';

/**
 * Every comment of the fixture regulation, by the kept counts the API publishes (all
 * statuses), once every stored comment is counted: the public form answers before the fold
 * (src/lib/intake/fold.ts), and /health says how many stored comments wait for it.
 */
export async function commentTotal(baseURL: string): Promise<number> {
  await until(
    'every stored comment counted (/health uncounted 0)',
    async () =>
      ((await (await fetch(`${baseURL}/health`)).json()) as { uncounted?: number }).uncounted === 0,
    2000,
    20,
  );
  const res = await fetch(`${baseURL}/api/v1/regulations/sample`);
  const data = (await res.json()) as { consultations: { commentCount: number }[] };
  return data.consultations.reduce((sum, c) => sum + c.commentCount, 0);
}

/** Runs `attack` and checks that it stored nothing. */
export async function expectNothingStored(
  baseURL: string,
  attack: () => Promise<void>,
): Promise<void> {
  const before = await commentTotal(baseURL);
  await attack();
  expect(await commentTotal(baseURL), 'no comment stored').toBe(before);
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A request with exact bytes and headers, optionally from another loopback address (so that
 * per-address limits do not spill into other tests, which all come from 127.0.0.1).
 */
export function rawRequest(
  baseURL: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string | number>;
    body?: Buffer | string;
    from?: string;
  },
): Promise<RawResponse> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        localAddress: options.from,
        // Idle time on the socket; the server answers within its 10-second request deadline.
        timeout: patience(10_000),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timed out')));
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A loopback address of its own for one test run. */
export function loopbackAddress(): string {
  return `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
}
