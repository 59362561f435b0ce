/** A contact-point clerk enters an opinion gathered at a meeting; it lands in the staff list with its channel. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../../src/lib/config/index.ts';
import { localDay } from '../../src/lib/time/index.ts';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline opinions', () => {
  it('a clerk enters a meeting opinion tagged to an article and gets a receipt', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    await page.goto(`${baseURL}/staff/enter`);
    await page.check('input[name=channel][value=meeting]');
    await page.fill('#sourceDate', '2026-11-25');
    await page.fill('#sourcePlace', '东湖街道基层立法联系点');
    await page.fill('#participants', '18');
    await page.selectOption('#clause', 'chp_1__art_2');
    await page.check('input[name=stance][value=amend]');
    const body = `座谈会意见：第二条的适用范围应包括城中村 ${Date.now()}`;
    await page.fill('#body', body);
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("录入")')]);
    expect(await page.locator('[role=status]').textContent()).toMatch(
      /已录入，回执编号 [0-9A-Z]{4}-/,
    );

    await page.goto(`${baseURL}/staff/comments?q=${encodeURIComponent('城中村')}`);
    const row = page.locator('tr', { hasText: body });
    expect(await row.count()).toBe(1);
  });

  it("lets the date gathered be today in the site's zone (Asia/Shanghai unless set), not the UTC day", async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    const before = localDay(new Date(), readConfig().timeZone);
    await page.goto(`${baseURL}/staff/enter`);
    const after = localDay(new Date(), readConfig().timeZone);
    expect([before, after]).toContain(await page.getAttribute('#sourceDate', 'max'));
  });

  it('refuses an entry without its source, storing nothing', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    await page.goto(`${baseURL}/staff/enter`);
    const csrf = await page
      .locator('form[method=post] input[name=_csrf]')
      .first()
      .getAttribute('value');
    const response = await page.request.post(`${baseURL}/staff/enter?target=sample`, {
      form: {
        _csrf: csrf!,
        idempotencyKey: 'offline-missing-source-1',
        stance: 'support',
        body: '缺少来源的意见',
      },
      headers: { Origin: baseURL },
    });
    expect(response.status()).toBe(422);
    expect(await response.text()).toContain('请选择意见来源渠道');
    await page.goto(`${baseURL}/staff/comments?q=${encodeURIComponent('缺少来源的意见')}`);
    expect(await page.locator('tr', { hasText: '缺少来源的意见' }).count()).toBe(0);
  });

  it('has no axe violations on the entry form', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    await page.close();
    await expectAccessible(ctx, `${baseURL}/staff/enter`);
    await expectAccessible(ctx, `${baseURL}/staff/report/sample/first-reading`);
    await ctx.close();
  });
});
