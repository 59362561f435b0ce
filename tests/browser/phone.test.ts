/**
 * Staff pages on a 390 px phone: no page scrolls sideways (a wide table scrolls in its own
 * named, focusable region), the list's filters sit two to a row, the comparison table keeps
 * the old and new text readable with the explanation under them, the moderation queue and the
 * audit trail show each row as a card whose text has the screen's width, tap targets are at
 * least 24 px, and axe finds nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const phone = { width: 390, height: 844 };
const version = `${baseURL}/regulations/sample/versions/first-reading`;
const run = `phone${Date.now().toString(36)}`;
let browser: Browser;
let commentPage = '';

/** A published comment whose address is longer than a phone is wide. */
async function submitLongAddress(): Promise<string> {
  const res = await fetch(`${version}/comment`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
    body: new URLSearchParams({
      stance: 'amend',
      body: `收费明细应当公示，见 https://example.cn/${'notice-'.repeat(12)}${run} 编号${run}。`,
      idempotencyKey: `${run}-long-key-000`,
      clause: 'chp_1__art_2',
      consentPublish: 'on',
    }),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
  return decodeURIComponent(/\/receipts\/([^?]+)/.exec(res.headers.get('location')!)![1]!);
}

async function asAdmin(javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled, bypassCSP: true });
  const page = await context.newPage();
  await signInAs(page, baseURL, 'admin1', password);
  return page;
}

/** The page is no wider than the screen; what scrolls sideways is a region one can tab to. */
async function expectFitsPhone(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, `${url} scrolls sideways`).toBeLessThanOrEqual(client);
  const scrollers = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === 'auto')
      .map((el) => ({
        tabindex: el.getAttribute('tabindex'),
        named: el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'),
      })),
  );
  for (const s of scrollers)
    expect(s, `a scrolling region on ${url}`).toEqual({ tabindex: '0', named: true });
}

/** Every visible checkbox, radio button and date or file field is at least 24 × 24 px. */
async function expectTapTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLInputElement>(
        'main input[type=checkbox], main input[type=radio], main input[type=date], main input[type=file]',
      ),
    ]
      .map((el) => ({ name: el.name, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
}

beforeAll(async () => {
  browser = await launch();
  const code = await submitLongAddress();
  const page = await asAdmin();
  await page.goto(`${baseURL}/staff/comments?q=${run}`);
  await Promise.all([
    page.waitForURL(/\/staff\/comments\/\d+$/),
    page.click(`a:has-text("${code}")`),
  ]);
  commentPage = page.url();
  await page.context().close();
});
afterAll(async () => {
  await browser?.close();
});

describe('staff pages at 390 px', () => {
  it('do not scroll sideways, and a wide table scrolls in a named region', async () => {
    const page = await asAdmin();
    for (const path of [
      '/staff',
      `/staff/comments?q=${run}`,
      '/staff/compare/sample?from=draft&to=first-reading',
      '/staff/versions/sample',
      '/staff/audit',
      '/staff/moderation',
      '/staff/campaigns',
      '/staff/account/sessions',
      '/regulations/sample/compare?from=draft&to=first-reading&view=table',
    ])
      await expectFitsPhone(page, `${baseURL}${path}`);
    // A long address in a comment wraps instead of widening the page.
    await expectFitsPhone(page, commentPage);
    await page.context().close();
  });

  it('set the list filters two to a row, with tap targets of 24 px', async () => {
    const page = await asAdmin();
    await page.goto(`${baseURL}/staff/comments?q=${run}`);
    const [stance, status] = await Promise.all(
      ['#f-stance', '#f-status'].map((s) => page.locator(s).boundingBox()),
    );
    expect(stance!.y).toBe(status!.y);
    expect(status!.x).toBeGreaterThan(stance!.x + stance!.width);
    await expectTapTargets(page);
    await page.goto(commentPage);
    await expectTapTargets(page);
    await page.goto(`${baseURL}/staff/audit`);
    await expectTapTargets(page);
    await page.context().close();
  });

  it('break a receipt code only between its groups', async () => {
    const page = await asAdmin();
    await page.goto(`${baseURL}/staff/comments?q=${run}`);
    const split = await page.evaluate(() =>
      [...document.querySelectorAll('main code.receipt')].flatMap((el) => {
        const node = el.firstChild!;
        const text = node.textContent ?? '';
        const broken: string[] = [];
        let start = 0;
        for (const group of text.split('-')) {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + group.length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${text}: ${group}`);
          start += group.length + 1;
        }
        return broken;
      }),
    );
    expect(await page.locator('main code.receipt').count()).toBeGreaterThan(0);
    expect(split).toEqual([]);
    await page.context().close();
  });

  it('and on a desktop the filters share rows too, four to a row', async () => {
    const page = await asAdmin();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseURL}/staff/comments?q=${run}`);
    const boxes = await Promise.all(
      ['#f-channel', '#f-category', '#f-stage', '#f-assignee'].map((s) =>
        page.locator(s).boundingBox(),
      ),
    );
    expect(new Set(boxes.map((b) => b!.y)).size).toBe(1);
    await page.context().close();
  });

  it('keep the comparison readable: old and new side by side, the explanation under both', async () => {
    const page = await asAdmin();
    await page.goto(`${baseURL}/staff/compare/sample?from=draft&to=first-reading`);
    const row = page.locator('.compare-table tbody tr').first();
    const [table, old, revised, note] = await Promise.all([
      page.locator('.compare-table').boundingBox(),
      row.locator('td').nth(0).boundingBox(),
      row.locator('td').nth(1).boundingBox(),
      row.locator('textarea').boundingBox(),
    ]);
    expect(old!.width).toBeGreaterThan(table!.width * 0.4);
    expect(revised!.y).toBe(old!.y);
    expect(note!.width).toBeGreaterThan(table!.width * 0.8);
    await page.context().close();
  });

  it('show a moderation row and an audit line as a card, the text as wide as the screen', async () => {
    const page = await asAdmin();
    const row = page.locator('tbody tr', { hasText: `编号${run}` });
    for (const status of ['received', 'published', 'held']) {
      await page.goto(`${baseURL}/staff/moderation?status=${status}&q=${run}`);
      if ((await row.count()) === 1) break;
    }
    expect(await row.count(), 'the phone test comment is in a moderation list').toBe(1);
    const [table, body, pick] = await Promise.all([
      page.locator('table.stack').boundingBox(),
      row.locator('td', { hasText: `编号${run}` }).boundingBox(),
      row.locator('input[type=checkbox]').boundingBox(),
    ]);
    // The comment's text has the card's width (less its padding), not a fifth of the table.
    expect(body!.width).toBeGreaterThan(table!.width * 0.8);
    expect(pick!.width).toBeGreaterThanOrEqual(24);
    // Screen readers still meet a table: its rows and cells keep their roles.
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    expect(await row.getByRole('cell').count()).toBe(5);
    await page.goto(`${baseURL}/staff/audit`);
    const line = page.locator('table.audit tbody tr').first();
    const [audit, action] = await Promise.all([
      page.locator('table.audit').boundingBox(),
      line.locator('td').nth(2).boundingBox(),
    ]);
    expect(action!.width).toBeGreaterThan(audit!.width * 0.8);
    await page.context().close();
  });

  it('have no axe violations at phone width', async () => {
    const page = await asAdmin(true);
    for (const path of [
      `/staff/comments?q=${run}`,
      '/staff/compare/sample?from=draft&to=first-reading',
      '/staff/account/sessions',
      '/staff/audit',
      `/staff/moderation?q=${run}`,
    ])
      await expectAccessible(page.context(), `${baseURL}${path}`);
    await expectAccessible(page.context(), commentPage);
    await page.context().close();
  });
});
