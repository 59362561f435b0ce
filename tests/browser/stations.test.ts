/**
 * Issue 18, done when: a comment through a station's QR code is traced to the station and
 * through 转办, 回复 and 销号 on the receipt and the station's page. The QR code of a deputy's
 * poster leads to the station page; from there the resident comments (no JavaScript), staff
 * forward, record the answer and close, and the receipt and the station page show each step.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const text = `联络站意见${Date.now().toString(36)}：建议增加夜间服务。`;
let browser: Browser;
let resident: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  resident = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

const count = async (page: import('playwright-core').Page, name: string) =>
  Number(await page.locator(`[data-count=${name}]`).textContent());

describe('a comment through a liaison station', () => {
  it('is traced to the station and deputy, and through 转办, 回复 and 销号 on the receipt and the station page', async () => {
    // The deputy's poster: its QR code points at the station page with the deputy.
    const poster = await resident.newPage();
    await poster.goto(`${baseURL}/stations/riverside/poster?deputy=wang-li`);
    expect(await poster.locator('main').textContent()).toContain('王丽');
    expect(await poster.locator('svg').count()).toBeGreaterThan(0);
    expect(await poster.content()).toContain('/stations/riverside?deputy=wang-li');
    await poster.close();

    const station = await resident.newPage();
    await station.goto(`${baseURL}/stations/riverside`);
    const before = {
      gathered: await count(station, 'gathered'),
      forwarded: await count(station, 'forwarded'),
      answered: await count(station, 'answered'),
      closed: await count(station, 'closed'),
    };

    const page = await resident.newPage();
    await page.goto(`${baseURL}/stations/riverside?deputy=wang-li`);
    await Promise.all([
      page.waitForURL(/via=riverside~wang-li|via=riverside%7Ewang-li/),
      page.locator('a[data-via-link][href*="/regulations/sample/versions/first-reading"]').click(),
    ]);
    // Without script, the article's link leads to its comment page, the station still carried.
    await Promise.all([
      page.waitForURL(/\/comment\?clause=chp_1__art_2&via=riverside(~|%7E)wang-li$/),
      page.locator('#chp_1__art_2 a[data-comment-link]').click(),
    ]);
    const form = page.locator('form[data-comment-form]');
    await form.locator('input[name=stance][value=amend]').check();
    await form.locator('textarea[name=body]').fill(text);
    await form.locator('input[name=consentPublish]').check();
    await Promise.all([
      page.waitForURL(/\/receipts\/.+\?new=1$/),
      form.locator('button[type=submit]').click(),
    ]);
    const receiptUrl = page.url().replace('?new=1', '');
    const code = /\/receipts\/([^?]+)/.exec(receiptUrl)![1]!;
    expect(await page.locator('[data-via]').textContent()).toContain(
      '来自滨江街道人大代表联络站（王丽代表）',
    );
    expect(await page.locator('[data-forwarding]').textContent()).toContain('尚未转办');

    // Published by a moderator, it is on the station's page.
    const staff = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(staff, baseURL, 'moderator1', password);
    await staff.goto(`${baseURL}/staff/moderation?${new URLSearchParams({ q: text })}`);
    await staff.locator('tr', { hasText: text }).locator('input[name=id]').check();
    await staff.check('input[name=action][value=publish]');
    await Promise.all([staff.waitForLoadState(), staff.click('button:has-text("执行")')]);
    await staff.context().close();

    // 转办, 回复, 销号 by an advisor.
    const advisor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(advisor, baseURL, 'advisor1', password);
    await advisor.goto(`${baseURL}/staff/comments`);
    const id = (await advisor.locator(`a:has-text("${code}")`).first().getAttribute('href'))!
      .split('/')
      .pop();
    await advisor.goto(`${baseURL}/staff/comments/${id}/forward`);
    expect(await advisor.locator('[data-via]').textContent()).toContain('滨江街道');
    await advisor.fill('#fw-body', '市文化广电旅游局');
    await advisor.fill('#fw-due', '2027-01-15');
    await Promise.all([advisor.waitForLoadState(), advisor.click('button:has-text("转办")')]);
    expect(await advisor.locator('[data-step=forwarded]').textContent()).toContain(
      '市文化广电旅游局',
    );
    await advisor.fill('#fw-answer', '已将夜间服务纳入明年工作计划。');
    await Promise.all([advisor.waitForLoadState(), advisor.click('button:has-text("记录回复")')]);
    await Promise.all([advisor.waitForLoadState(), advisor.click('button:has-text("销号")')]);
    expect(await advisor.locator('[data-step=closed]').count()).toBe(1);
    await advisor.context().close();

    await page.goto(receiptUrl);
    const steps = page.locator('[data-forwarding]');
    expect(
      await steps
        .locator('[data-step]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-step'))),
    ).toEqual(['received', 'forwarded', 'answered', 'closed']);
    expect(await steps.textContent()).toContain('已将夜间服务纳入明年工作计划。');
    expect(await steps.textContent()).toContain('2027');

    await station.reload();
    expect({
      gathered: await count(station, 'gathered'),
      forwarded: await count(station, 'forwarded'),
      answered: await count(station, 'answered'),
      closed: await count(station, 'closed'),
    }).toEqual({
      gathered: before.gathered + 1,
      forwarded: before.forwarded + 1,
      answered: before.answered + 1,
      closed: before.closed + 1,
    });
    const card = station.locator('li.card', { hasText: text });
    expect(await card.locator('[data-step]').count()).toBe(4);
    // Another station knows nothing of it.
    await station.goto(`${baseURL}/stations/east-gate`);
    expect(await station.content()).not.toContain(text);
  });

  it('pages of stations are accessible', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    for (const path of [
      '/stations',
      '/stations/riverside',
      '/stations/riverside/poster',
      '/regulations/sample/follow',
    ])
      await expectAccessible(ctx, `${baseURL}${path}`);
    await ctx.close();
  });
});
