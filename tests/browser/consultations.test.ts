/**
 * Committee staff manage windows and stages. The browser checks the refusals, which change
 * nothing (closing the sample's open window would close it for every other browser test);
 * the changes themselves are covered in tests/lib/consultation/manage.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

async function post(page: Page, form: Record<string, string>) {
  await page.goto(`${baseURL}/staff/consultations/sample`);
  const csrf = await page.locator('input[name=_csrf]').first().getAttribute('value');
  return page.request.post(`${baseURL}/staff/consultations/sample`, {
    form: { _csrf: csrf!, ...form },
    headers: { Origin: baseURL },
  });
}

describe('windows and stages', () => {
  it('lists the consultations with a close-early form for the open one', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await page.goto(`${baseURL}/staff/consultations/sample`);
    const open = page.locator('section.card', { hasText: '一审稿公开征求意见' });
    expect(await open.textContent()).toContain('进行中');
    expect(await open.locator('button:has-text("提前结束")').count()).toBe(1);
    expect(
      await page
        .locator('section.card', { hasText: '征求意见稿公开征求意见' })
        .locator('button')
        .count(),
    ).toBe(0);
  });

  it('refuses to close early without a reason, or to move the stage without a title, changing nothing', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await page.goto(`${baseURL}/staff/consultations/sample`);
    const id = await page.locator('input[name=consultation]').first().getAttribute('value');
    const close = await post(page, { action: 'close', consultation: id!, reason: '   ' });
    expect(close.status()).toBe(422);
    expect(await close.text()).toContain('请说明提前结束的理由');
    const stage = await post(page, {
      action: 'stage',
      stage: 'enacted',
      stageTitle: '',
      stageDate: '2026-12-01',
    });
    expect(stage.status()).toBe(422);
    await page.goto(`${baseURL}/staff/consultations/sample`);
    expect(
      await page.locator('section.card', { hasText: '一审稿公开征求意见' }).textContent(),
    ).toContain('进行中');
    expect(await page.locator('main, body').first().textContent()).toContain('当前阶段：审议');
  });

  it('has no axe violations', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await expectAccessible(ctx, `${baseURL}/staff/consultations/sample`);
    await expectAccessible(ctx, `${baseURL}/staff/regulations`);
    await ctx.close();
  });
});
