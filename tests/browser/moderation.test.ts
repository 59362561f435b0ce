/** The loop a resident sees: comment → a moderator publishes it → it appears under its clause. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const version = `${baseURL}/regulations/sample/versions/first-reading`;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('moderation', () => {
  it('a moderator publishes a consenting comment; it appears on the public list and the receipt says so', async () => {
    const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await resident.goto(`${version}/comment?clause=chp_1__art_2`);
    await resident.check('input[name=stance][value=support]');
    const body = `支持第二条，建议尽快出台实施细则 ${Date.now()}`;
    await resident.fill('textarea[name=body]', body);
    await resident.check('input[name=consentPublish]');
    await Promise.all([resident.waitForURL(/\/receipts\//), resident.click('button[type=submit]')]);
    const receiptUrl = resident.url().replace('?new=1', '');
    expect(await resident.locator('main').textContent()).toContain('已收到，尚未答复');

    const moderator = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(moderator, baseURL, 'moderator1', password);
    // Other test files leave comments in the queue: find this one by its text.
    await moderator.goto(`${baseURL}/staff/moderation`);
    await moderator.fill('#q', body);
    await Promise.all([moderator.waitForURL(/q=/), moderator.click('button:has-text("查找")')]);
    const row = moderator.locator('tr', { hasText: body });
    await row.locator('input[name=id]').check();
    await moderator.check('input[name=action][value=publish]');
    await Promise.all([moderator.waitForLoadState(), moderator.click('button:has-text("执行")')]);
    expect(await moderator.locator('[role=status]').textContent()).toContain('已处理 1 条');

    await resident.goto(`${version}/comments?clause=chp_1__art_2`);
    expect(await resident.locator('main').textContent()).toContain(body);
    await resident.goto(receiptUrl);
    expect(await resident.locator('main').textContent()).toContain('已公开');
  });

  it('refuses the queue to contact-point clerks', async () => {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    expect((await page.goto(`${baseURL}/staff/moderation`))?.status()).toBe(403);
  });

  it('refuses a forged cross-site moderation post (no CSRF token)', async () => {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, baseURL, 'moderator1', password);
    const response = await page.request.post(`${baseURL}/staff/moderation`, {
      form: { id: '1', action: 'hold', reason: 'spam' },
      headers: { Origin: baseURL },
    });
    expect(response.status()).toBe(403);
  });

  it('has no axe violations on the queue and the public list', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'moderator1', password);
    await page.close();
    await expectAccessible(ctx, `${baseURL}/staff/moderation?status=published`);
    await expectAccessible(ctx, `${version}/comments`);
    await ctx.close();
  });
});

describe('the legislative plan', () => {
  it('takes a comment on a plan item, reachable from the project page, and gives a receipt', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${baseURL}/regulations/sample`);
    await Promise.all([
      page.waitForURL(/\/plans\/2027\/comment\?clause=item_sample/),
      page.click('a:has-text("对立项提出意见")'),
    ]);
    await page.check('input[name=stance][value=support]');
    await page.fill('textarea[name=body]', '支持尽快立项。');
    await Promise.all([page.waitForURL(/\/receipts\//), page.click('button[type=submit]')]);
    expect(await page.locator('main').textContent()).toContain('立法计划');
  });

  it('refuses a comment on an item that is not in the plan', async () => {
    const res = await fetch(`${baseURL}/plans/2027/comment`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
      body: new URLSearchParams({
        stance: 'support',
        body: '支持',
        idempotencyKey: 'plan-item-missing-0001',
        clause: 'item_nope',
      }),
      redirect: 'manual',
    });
    expect(res.status).toBe(422);
  });
});

describe('seconding', () => {
  it('lets a reader second a published comment once', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${version}/comments?clause=chp_1__art_2`);
    const button = page.locator('.second-form button').first();
    const count = (text: string | null) => Number(/·\s*(\d+)/.exec(text ?? '')![1]);
    const before = count(await button.textContent());
    expect(Number.isInteger(before)).toBe(true);
    await Promise.all([page.waitForLoadState(), button.click()]);
    expect(await page.locator('[role=status]').textContent()).toContain('已附议');
    await Promise.all([
      page.waitForLoadState(),
      page.locator('.second-form button').first().click(),
    ]);
    expect(await page.locator('[role=status]').textContent()).toContain('已附议过');
    const after = count(await page.locator('.second-form button').first().textContent());
    expect(after).toBe(before + 1);
  });
});
