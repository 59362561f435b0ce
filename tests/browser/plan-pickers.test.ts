/**
 * The legislative plan's consultation is offered by every staff picker: the report list on the
 * staff home, the heat map (a row per plan item) and the campaigns page. As an advisor, the role
 * that reads reports and heat maps, and a moderator, who groups campaigns.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const PLAN = '临江市人大常委会2027年度立法计划（草案）';
let browser: Browser;
const run = Date.now().toString(36);

beforeAll(async () => {
  browser = await launch();
  // A comment on the plan's item "临江市示范条例", as the plan page's item form sends it.
  const res = await fetch(`${baseURL}/plans/2027/comment`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
    body: new URLSearchParams({
      stance: 'support',
      body: `支持列入正式项目，编号${run}。`,
      idempotencyKey: `plan-pick-${run}-key`,
      clause: 'item_sample',
    }),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
});
afterAll(async () => {
  await browser?.close();
});

async function as(username: string): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(page, baseURL, username, password);
  return page;
}

describe('the plan consultation in the staff pickers', () => {
  it('the staff home lists the plan’s report, and the report opens', async () => {
    const page = await as('advisor1');
    await page.goto(`${baseURL}/staff`);
    const link = page.locator('nav[aria-labelledby=report-h] a', { hasText: PLAN });
    expect(await link.count()).toBe(1);
    await Promise.all([page.waitForURL(/\/staff\/report\/plan-2027\//), link.click()]);
    expect(await page.locator('h1').textContent()).toContain(PLAN);
  });

  it('the heat map offers the plan and shows its items as rows with the comment counted', async () => {
    const page = await as('advisor1');
    await page.goto(`${baseURL}/staff/heatmap`);
    const option = page.locator('#consultation option', { hasText: PLAN });
    expect(await option.count()).toBe(1);
    await page.selectOption('#consultation', { label: (await option.textContent())! });
    await Promise.all([page.waitForURL(/consultation=/), page.click('button:has-text("显示")')]);
    const row = page.locator('tbody tr', {
      has: page.locator('th', { hasText: '临江市示范条例' }),
    });
    expect(Number(await row.locator('td').first().textContent())).toBeGreaterThanOrEqual(1);
  });

  it('the campaigns page offers the plan', async () => {
    const page = await as('moderator1');
    await page.goto(`${baseURL}/staff/campaigns`);
    const option = page.locator('#consultation option', { hasText: PLAN });
    expect(await option.count()).toBe(1);
    await page.selectOption('#consultation', { label: (await option.textContent())! });
    await Promise.all([page.waitForURL(/consultation=/), page.click('button:has-text("显示")')]);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });
});
