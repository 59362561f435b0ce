/**
 * Rows marked for a second look on the staff comparison page (align-doubts.ts), on the SHIPPED
 * sample content, whose 物业管理条例 征求意见稿 → 一审稿 has such rows: a fresh server and
 * database of its own (as the crawl), without JavaScript, and accessible.
 */
import type { Browser } from 'playwright-core';
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
import path from 'node:path';
import { createStaffUser } from '../../src/lib/auth/index.ts';
import { openDatabase } from '../../src/lib/db/index.ts';
import { expectPageAccessible, launch, signInAs } from './browser.ts';

const PASSWORD = 'doubts-test-password';
const dataDir = tempDir('oc-doubts-');
let database: PgDatabase | undefined;
let server: RunningServer | undefined;
let browser: Browser;

beforeAll(async () => {
  if (serverUrl) database = await createPgDatabase('oc_doubts');
  const handle = await openDatabase({ databaseUrl: database?.url ?? null, dataDir: dataDir.dir });
  try {
    await handle.migrate();
    const created = await createStaffUser(handle.db, {
      username: 'committee1',
      displayName: 'committee1',
      password: PASSWORD,
      roles: ['committee'],
    });
    if (!created.ok) throw new Error('could not create committee1');
  } finally {
    await handle.close();
  }
  server = await startServer(
    serverEnv({
      databaseUrl: database?.url ?? null,
      dataDir: dataDir.dir,
      extra: { OPENCLAUSE_CONTENT_DIR: path.join(root, 'content') },
    }),
  );
  browser = await launch();
});

afterAll(async () => {
  await server?.stop();
  await browser?.close();
  await database?.drop();
  dataDir.remove();
});

describe('rows to check on the staff comparison page', () => {
  it('marks them, lists only them on request, and fills the correction form as suggested', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await signInAs(page, server!.baseURL, 'committee1', PASSWORD);
    const here = `${server!.baseURL}/staff/compare/property-management?from=consultation-draft&to=first-reading`;
    await page.goto(here);
    const marked = page.locator('p.doubt');
    const count = await marked.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('.notice', { hasText: '建议核对' }).textContent()).toContain(
      `其中 ${count} 行`,
    );
    const all = await page.locator('table.compare-table tbody tr').count();
    expect(all).toBeGreaterThan(count);

    await Promise.all([
      page.waitForURL(/doubtful=1/),
      page.click('a:has-text("只看建议核对的行")'),
    ]);
    expect(await page.locator('table.compare-table tbody tr').count()).toBe(count);
    expect(await page.locator('.notice', { hasText: '正在只看' }).textContent()).toContain(
      `只看建议核对的 ${count} 行`,
    );

    // An article reported deleted (征求意见稿 第五十条) for which the system suggests the 一审稿
    // article it may have become: the form comes filled with both, and with the article that
    // one is paired with now (as one row: taking it alone would leave that one unpaired).
    const deleted = page
      .locator('tr', { has: page.locator('p.doubt', { hasText: /建议核对：可能改写为/ }) })
      .first();
    const label = (await deleted.locator('td strong').first().textContent())!;
    const suggestion = (await deleted.locator('p.doubt').textContent())!.match(
      /可能改写为(.+?)，/,
    )![1]!;
    await Promise.all([
      page.waitForURL(/suggest=1/),
      deleted.locator('a:has-text("按建议校正")').click(),
    ]);
    const from = (await page.inputValue('#correct-from')).split('、');
    expect(from).toContain(label);
    expect(from.length).toBeGreaterThan(1);
    expect(await page.inputValue('#correct-to')).toBe(suggestion);
    // Following the suggestion leaves no article of it unpaired, so nothing new to check.
    await Promise.all([
      page.waitForURL(/done=corrected/),
      page.click('button:has-text("校正为同一行")'),
    ]);
    const made = page.locator('table.compare-table tbody tr', {
      has: page.locator('td:nth-child(2) strong', { hasText: new RegExp(`^${suggestion}$`) }),
    });
    const madeFrom = (await made.locator('td:nth-child(1) strong').allTextContents()).flatMap((t) =>
      t.split('、'),
    );
    expect(madeFrom.sort()).toEqual([...from].sort());
    for (const text of await page.locator('p.doubt').allTextContents())
      for (const article of [...from, suggestion])
        expect(text).not.toMatch(new RegExp(`(^|[^一二三四五六七八九十百零])${article}`));
    await ctx.close();

    const axe = await browser.newContext({ bypassCSP: true });
    const checked = await axe.newPage();
    await signInAs(checked, server!.baseURL, 'committee1', PASSWORD);
    await checked.goto(`${here}&doubtful=1`);
    await expectPageAccessible(checked, 'staff comparison, rows to check');
    await axe.close();
  });
});
