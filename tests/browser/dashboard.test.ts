/** A consultation's dashboard: SVG charts drawn on the server, each with its numbers as a table. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const dashboard = `${baseURL}/staff/dashboard/sample/first-reading`;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await visitor.goto(
    `${baseURL}/regulations/sample/versions/first-reading/comment?clause=chp_1__art_1`,
  );
  const form = visitor.locator('form', { has: visitor.locator('textarea[name=body]') }).first();
  await form.locator('input[name=stance][value=oppose]').check();
  await form.locator('textarea[name=body]').fill(`图表测试意见 ${Date.now()}`);
  await Promise.all([
    visitor.waitForURL(/\/receipts\//),
    form.locator('button[type=submit]').click(),
  ]);
});
afterAll(async () => {
  await browser?.close();
});

describe('the consultation dashboard', () => {
  it('draws every chart without JavaScript, with tables that add up to the total', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    await page.goto(dashboard);
    const total = Number(
      /共 (\d+) 条意见/.exec((await page.locator('h1 + p').textContent()) ?? '')![1],
    );
    expect(total).toBeGreaterThan(0);
    expect(await page.locator('figure.chart svg[role=img]').count()).toBe(7);
    for (const id of ['stance', 'clause', 'channel', 'category', 'handled', 'per-day']) {
      const sum = await page.locator(`figure:has(#${id}-title) tfoot td`).textContent();
      expect(Number(sum), id).toBe(total);
    }
    expect(await page.locator('figure:has(#stance-title) tbody').textContent()).toContain('反对');
    // Every disposition has its row, decided or not; together they are the handled comments.
    expect(await page.locator('figure:has(#disposition-title) tbody tr').count()).toBe(4);
    const handled = Number(
      await page.locator('figure:has(#handled-title) tbody tr').first().locator('td').textContent(),
    );
    expect(
      Number(await page.locator('figure:has(#disposition-title) tfoot td').textContent()),
    ).toBe(handled);
    expect(await page.locator('main').textContent()).toMatch(/采纳率|尚无处理结果/);
  });

  it('has no axe violations', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    await expectAccessible(ctx, dashboard);
    await ctx.close();
  });
});
