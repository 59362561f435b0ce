/**
 * A crawl of the SHIPPED content/ (not a fixture), on the built server with a fresh database,
 * at four moments of the test clock (OPENCLAUSE_TEST_NOW, honoured under OPENCLAUSE_TEST_HOOKS
 * only): before any window of the sample content opens, while windows are open (comments are
 * sent then, so later crawls see receipts and comment pages), after every window closed, and
 * right after a version was published from /staff/versions.
 *
 * From `/` as a visitor, and from `/staff` signed in as each role, it follows every same-site
 * link: every answer must be 2xx or 3xx and every HTML page a complete document. At most
 * PER_PATTERN pages of one route pattern are fetched (a path with its ids blanked, plus the
 * names of its query parameters), so per-clause and per-comment pages are sampled. The first
 * page of every pattern is also opened in Chromium, which must log no console error.
 */
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPgDatabase,
  root,
  serverEnv,
  serverUrl,
  startServer,
  tempDir,
  type PgDatabase,
  type RunningServer,
} from '../faults/support.ts';
import { createStaffUser } from '../../src/lib/auth/index.ts';
import { openDatabase } from '../../src/lib/db/index.ts';
import { launch } from './browser.ts';

const ROLES = ['admin', 'committee', 'advisor', 'moderator', 'clerk'] as const;
const PASSWORD = 'crawl-test-password';
const PER_PATTERN = 2;
/** A bound on one crawl, far above what the sample content links to: reaching it is a finding. */
const MAX_PAGES = 700;

const MOMENTS = {
  beforeAny: '2026-01-05T10:00:00+08:00',
  open: '2026-12-01T10:00:00+08:00',
  allClosed: '2027-03-01T10:00:00+08:00',
};

interface Finding {
  url: string;
  from: string;
  problem: string;
}

interface CrawlResult {
  pages: number;
  /** The first URL seen of each route pattern, for the check in Chromium. */
  samples: string[];
  findings: Finding[];
}

/** `/staff/comments/12?stance=x` → `/staff/comments/:x?stance`: ids blanked, query values dropped. */
function routePattern(url: URL): string {
  const segments = url.pathname.split('/').map((s) => (/\d/.test(s) ? ':x' : s));
  const keys = [...new Set(url.searchParams.keys())].sort();
  return segments.join('/') + (keys.length ? `?${keys.join('&')}` : '');
}

/** The pattern Chromium samples: the language of a page does not change its scripts. */
function samplePattern(url: URL): string {
  const plain = new URL(url);
  plain.searchParams.delete('lang');
  return routePattern(plain);
}

function linksOf(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi))
    links.push(match[1]!.replaceAll('&amp;', '&'));
  return links;
}

/**
 * Follows same-site links from `start`. A signed-in crawl stays under /staff and leaves out the
 * English switch (the visitor's crawl covers the public pages and both languages).
 */
async function crawl(baseURL: string, start: string, cookie: string | null): Promise<CrawlResult> {
  const seen = new Set<string>();
  const perPattern = new Map<string, number>();
  const queue: { url: string; from: string }[] = [
    { url: new URL(start, baseURL).href, from: '(start)' },
  ];
  const findings: Finding[] = [];
  const samples: string[] = [];
  const sampled = new Set<string>();
  let pages = 0;
  const enqueue = (href: string, from: string) => {
    let url: URL;
    try {
      url = new URL(href, from);
    } catch {
      findings.push({ url: href, from, problem: 'unparsable link' });
      return;
    }
    if (url.origin !== baseURL) return;
    if (cookie && (!url.pathname.startsWith('/staff') || url.searchParams.has('lang'))) return;
    url.hash = '';
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const pattern = routePattern(url);
    const count = perPattern.get(pattern) ?? 0;
    if (count >= PER_PATTERN) return;
    perPattern.set(pattern, count + 1);
    if (!sampled.has(samplePattern(url))) {
      sampled.add(samplePattern(url));
      samples.push(url.href);
    }
    queue.push({ url: url.href, from });
  };
  seen.add(queue[0]!.url);
  perPattern.set(routePattern(new URL(queue[0]!.url)), 1);
  sampled.add(samplePattern(new URL(queue[0]!.url)));
  samples.push(queue[0]!.url);

  const visit = async ({ url, from }: { url: string; from: string }) => {
    pages++;
    const res = await fetch(url, {
      redirect: 'manual',
      headers: cookie ? { Cookie: cookie } : {},
      signal: AbortSignal.timeout(30_000),
    });
    const type = res.headers.get('content-type') ?? '';
    const body = type.startsWith('text/html') ? await res.text() : (await res.arrayBuffer(), '');
    if (res.status >= 400) findings.push({ url, from, problem: `HTTP ${res.status}` });
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location');
      // A signed-in crawl sent to the sign-in page would pass while checking nothing.
      if (cookie && location?.startsWith('/staff/sign-in'))
        findings.push({ url, from, problem: `signed out: redirected to ${location}` });
      else if (location) enqueue(location, url);
      return;
    }
    if (!type.startsWith('text/html')) return;
    if (!/^<!doctype html>/i.test(body) || !/<\/html>\s*$/i.test(body))
      findings.push({
        url,
        from,
        problem: `incomplete HTML document (${body.length} chars, ends ${JSON.stringify(body.slice(-60))})`,
      });
    for (const link of linksOf(body)) enqueue(link, url);
  };

  // Two at a time: the server and this process share two cores with the browser.
  const running = new Set<Promise<void>>();
  while (queue.length > 0 || running.size > 0) {
    while (queue.length > 0 && running.size < 2 && pages < MAX_PAGES) {
      const job = visit(queue.shift()!).catch((error: unknown) => {
        findings.push({ url: '(fetch)', from: '', problem: String(error) });
      });
      const tracked: Promise<void> = job.finally(() => running.delete(tracked));
      running.add(tracked);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  if (pages >= MAX_PAGES)
    findings.push({ url: start, from: '', problem: `crawl stopped at ${MAX_PAGES} pages` });
  return { pages, samples, findings };
}

/**
 * Console errors, uncaught page errors and failed sub-resources of each page, in Chromium: two
 * tabs at a time, as the crawl fetches two at a time (a tab mostly waits for the server).
 */
async function consoleErrors(context: BrowserContext, urls: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const tab = async (share: string[]) => {
    const page = await context.newPage();
    let current = '';
    page.on('console', (message) => {
      if (message.type() === 'error')
        findings.push({
          url: current,
          from: '(chromium)',
          problem: `console error: ${message.text()}`,
        });
    });
    page.on('pageerror', (error) =>
      findings.push({ url: current, from: '(chromium)', problem: `page error: ${error.message}` }),
    );
    for (const url of share) {
      current = url;
      // Downloads (CSV, XLSX, DOCX, Markdown source) are not pages.
      const head = await fetch(url, {
        method: 'HEAD',
        redirect: 'manual',
        headers: {
          Cookie: (await context.cookies(url)).map((c) => `${c.name}=${c.value}`).join('; '),
        },
      });
      if (!(head.headers.get('content-type') ?? '').startsWith('text/html')) continue;
      await page.goto(url, { waitUntil: 'load' });
    }
    await page.close();
  };
  await Promise.all([0, 1].map((k) => tab(urls.filter((_, i) => i % 2 === k))));
  return findings;
}

async function signIn(baseURL: string, username: string): Promise<string> {
  const res = await fetch(`${baseURL}/staff/sign-in?next=%2Fstaff`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
    body: new URLSearchParams({ username, password: PASSWORD }),
    redirect: 'manual',
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('oc_session='));
  if (res.status !== 303 || !session)
    throw new Error(`sign-in of ${username} failed: HTTP ${res.status}`);
  return session.split(';')[0]!;
}

function describeFindings(findings: Finding[]): string[] {
  return findings.map(
    (f) =>
      `${f.problem}: ${f.url.replace(/^http:\/\/[^/]+/, '')} (linked from ${f.from.replace(/^http:\/\/[^/]+/, '')})`,
  );
}

const dataDir = tempDir('oc-crawl-');
let database: PgDatabase | null = null;
let browser: Browser;
let server: RunningServer | null = null;

function env(now: string): NodeJS.ProcessEnv {
  return serverEnv({
    databaseUrl: database?.url ?? null,
    dataDir: dataDir.dir,
    extra: {
      OPENCLAUSE_CONTENT_DIR: path.join(root, 'content'),
      OPENCLAUSE_TEST_HOOKS: '1',
      OPENCLAUSE_TEST_NOW: now,
    },
  });
}

async function serveAt(now: string): Promise<string> {
  await server?.stop();
  server = await startServer(env(now));
  return server.baseURL;
}

/** Crawls as a visitor and as every staff role; Chromium opens one page of each pattern. */
async function crawlEverything(
  baseURL: string,
  moment: string,
): Promise<{ pages: number; findings: string[] }> {
  const findings: Finding[] = [];
  const started = performance.now();
  let pages = 0;
  const visitor = await crawl(baseURL, '/', null);
  pages += visitor.pages;
  findings.push(...visitor.findings);
  const publicContext = await browser.newContext();
  findings.push(...(await consoleErrors(publicContext, visitor.samples)));
  await publicContext.close();
  const checked = new Set(visitor.samples.map((u) => routePattern(new URL(u))));
  for (const role of ROLES) {
    const cookie = await signIn(baseURL, `${role}1`);
    const staff = await crawl(baseURL, '/staff', cookie);
    pages += staff.pages;
    findings.push(...staff.findings);
    // Chromium sees each staff pattern once, as the first role that reaches it.
    const fresh = staff.samples.filter((u) => !checked.has(routePattern(new URL(u))));
    for (const u of fresh) checked.add(routePattern(new URL(u)));
    const context = await browser.newContext();
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseURL }]);
    findings.push(...(await consoleErrors(context, fresh)));
    await context.close();
  }
  process.stdout.write(
    `crawl ${moment}: ${pages} pages, ${checked.size} route patterns opened in Chromium, ${findings.length} findings, ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  return { pages, findings: describeFindings(findings) };
}

beforeAll(async () => {
  if (serverUrl) database = await createPgDatabase('oc_crawl');
  // One account per role, made here in one opening of the database (as create-user does).
  const handle = await openDatabase({ databaseUrl: database?.url ?? null, dataDir: dataDir.dir });
  try {
    await handle.migrate();
    for (const role of ROLES) {
      const created = await createStaffUser(handle.db, {
        username: `${role}1`,
        displayName: `${role}1`,
        password: PASSWORD,
        roles: [role],
      });
      if (!created.ok) throw new Error(`could not create ${role}1`);
    }
  } finally {
    await handle.close();
  }
  browser = await launch();
});

afterAll(async () => {
  await server?.stop();
  await browser?.close();
  await database?.drop();
  dataDir.remove();
});

describe('crawl of the shipped content', () => {
  it('answers every page before any consultation window opens', async () => {
    const baseURL = await serveAt(MOMENTS.beforeAny);
    const { pages, findings } = await crawlEverything(baseURL, 'before any window opens');
    expect(pages).toBeGreaterThan(20);
    expect(findings).toEqual([]);
  });

  it('answers every page while windows are open, and after comments were sent', async () => {
    const baseURL = await serveAt(MOMENTS.open);
    for (const [version, clause] of [
      ['property-management/versions/second-reading', 'chp_1__art_2'],
      ['open-data/versions/consultation-draft', ''],
    ] as const) {
      for (const stance of ['support', 'oppose']) {
        const form = new URLSearchParams({
          idempotencyKey: crypto.randomUUID(),
          stance,
          body: `抓取测试意见：${stance}`,
          category: 'individual',
          consentPublish: 'on',
        });
        if (clause) form.set('clause', clause);
        const res = await fetch(`${baseURL}/regulations/${version}/comment`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
          body: form,
          redirect: 'manual',
        });
        expect(res.status, `comment on ${version}`).toBe(303);
      }
    }
    const { pages, findings } = await crawlEverything(baseURL, 'while windows are open');
    expect(pages).toBeGreaterThan(20);
    expect(findings).toEqual([]);
  });

  it('shows each state of a window on the sample as a resident meets it, on the same day', async () => {
    const baseURL = server!.baseURL;
    const text = async (path: string) =>
      (await (await fetch(`${baseURL}${path}`)).text())
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    // Not yet open: when it opens, no "0 comments", no list of comments to read, no form.
    const upcoming = await text('/regulations/fireworks');
    expect(upcoming).toContain('即将征求意见 将于 2026年12月14日 09:00 开始征求意见');
    expect(upcoming).not.toContain('0 条意见');
    const version = await text('/regulations/fireworks/versions/amendment-draft');
    expect(version).toContain(
      '征求意见将于 2026年12月14日 09:00 开始，届时可以对全文和每一条提出意见。',
    );
    expect(version).not.toContain('本版本目前不在征求意见期内');
    expect(version).not.toContain('查看公开的意见');
    const form = await (
      await fetch(`${baseURL}/regulations/fireworks/versions/amendment-draft/comment`)
    ).text();
    expect(form).toContain('征求意见将于 2026年12月14日 09:00 开始');
    expect(form).not.toContain('<textarea');
    // Ended months ago: its opinions, each answered, and the published report.
    const property = await text('/regulations/property-management');
    expect(property).toContain('43 人提出 43 条意见');
    expect(property).toContain('46 人提出 46 条意见');
    const report = await text('/regulations/property-management/report/first-reading');
    expect(report).toContain('一审稿公开征求意见情况的说明');
    expect(report).toContain('共46条');
    // Each section leads to its article and to the opinions on it.
    const reportHtml = await (
      await fetch(`${baseURL}/regulations/property-management/report/first-reading`)
    ).text();
    const onArticle =
      /href="(\/regulations\/property-management\/versions\/first-reading\/comments\?clause=[^"]+)"/.exec(
        reportHtml,
      );
    expect(onArticle).not.toBeNull();
    expect(await text(onArticle![1]!.replaceAll('&amp;', '&'))).toContain('立法机关答复');
    expect(await text('/regulations/property-management/versions/consultation-draft')).toContain(
      '本稿的征求意见已经结束，不再接受新的意见。',
    );
    const answered = await text(
      '/regulations/property-management/versions/consultation-draft/comments',
    );
    expect(answered).toContain('立法机关答复');
    // A poster invites people to comment: offered while a window is open or coming, not after.
    const endedVersion = await (
      await fetch(`${baseURL}/regulations/property-management/versions/first-reading`)
    ).text();
    expect(endedVersion).not.toContain('/poster"');
    const upcomingVersion = await (
      await fetch(`${baseURL}/regulations/fireworks/versions/amendment-draft`)
    ).text();
    expect(upcomingVersion).toContain('/poster"');
    // Seconds close with the window: no button to second a comment of an ended reading.
    const ended = await (
      await fetch(`${baseURL}/regulations/property-management/versions/consultation-draft/comments`)
    ).text();
    expect(ended).not.toContain('second-form');
    const open = await (
      await fetch(`${baseURL}/regulations/property-management/versions/second-reading/comments`)
    ).text();
    expect(open).toContain('second-form');
    // Staff see the coming window as not open yet, with its first day, beside the others.
    const staffHome = (
      await (
        await fetch(`${baseURL}/staff`, { headers: { Cookie: await signIn(baseURL, 'advisor1') } })
      ).text()
    )
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(staffHome).toContain('尚未开始：2026年12月14日 开始征求意见');
    expect(staffHome).toContain('二审稿公开征求意见 2026年12月21日 截止');
  });

  it('answers every page after every window closed', async () => {
    const baseURL = await serveAt(MOMENTS.allClosed);
    const { findings } = await crawlEverything(baseURL, 'after every window closed');
    expect(findings).toEqual([]);
  });

  it('answers every page after a version was published from the web', async () => {
    const baseURL = server!.baseURL;
    const cookie = await signIn(baseURL, 'committee1');
    const page = await (
      await fetch(`${baseURL}/staff/versions/property-management`, { headers: { Cookie: cookie } })
    ).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const markdown =
      '# 临江市物业管理条例\n\n## 第一章 总则\n\n第一条 为了规范物业管理活动，制定本条例。\n\n第二条 本条例适用于本市行政区域内住宅物业的管理、服务、使用及其监督管理活动。\n\n## 第二章 附则\n\n第三条 本条例自2027年7月1日起施行。\n';
    const res = await fetch(`${baseURL}/staff/versions/property-management`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: baseURL,
        Cookie: cookie,
      },
      body: new URLSearchParams({
        _csrf: csrf,
        slug: 'adopted',
        label: '表决稿',
        stage: 'review',
        date: '2027-03-01',
        markdown,
        explanation: '',
        action: 'publish',
      }),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('/regulations/property-management/versions/adopted');
    const { findings } = await crawlEverything(
      baseURL,
      'after a version was published from the web',
    );
    expect(findings).toEqual([]);
  });
});
