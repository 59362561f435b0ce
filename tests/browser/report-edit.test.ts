/** Committee staff edit, save and publish the feedback report; the public sees the published revision only. */
import type { Browser } from 'playwright-core';
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

const edit = `${baseURL}/staff/report/sample/first-reading/edit`;
const publicUrl = `${baseURL}/regulations/sample/report/first-reading`;

describe('the edited feedback report', () => {
  it('saves a draft, publishes it as written only once confirmed early, and keeps later edits as a new unpublished revision', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await page.goto(edit);
    expect(await page.inputValue('#intro')).toContain('共收到意见');
    const intro = `本次征求意见情况良好，联系人电话 13800138000。${Date.now()}`;
    await page.fill('#intro', intro);
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("保存草稿")')]);
    expect(await page.locator('[role=status]').textContent()).toMatch(/已保存第 \d+ 版草稿/);
    const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();

    // The consultation is open until 2099: publishing needs the explicit confirmation.
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("保存并发布")')]);
    expect(await page.locator('[role=alert]').textContent()).toContain('征求意见尚未结束');
    expect(await page.locator('[role=status]').textContent()).not.toMatch(/已发布/);
    await page.check('#confirm-early');
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("保存并发布")')]);
    const published = (await page.locator('[role=status]').textContent()) ?? '';
    expect(published).toMatch(/已发布第 \d+ 版/);
    await visitor.goto(publicUrl);
    const text = (await visitor.locator('article').textContent()) ?? '';
    expect(text).toContain('本次征求意见情况良好');
    // The committee's own contact line is published as written (masking is for citizens' text).
    expect(text).toContain('13800138000');
    await visitor.goto(`${baseURL}/regulations/sample`);
    expect(await visitor.locator('a', { hasText: '征求意见情况说明' }).getAttribute('href')).toBe(
      '/regulations/sample/report/first-reading',
    );
    // The reading itself leads to what became of its comments.
    await visitor.goto(`${baseURL}/regulations/sample/versions/first-reading`);
    expect(
      await visitor.locator('main a', { hasText: '征求意见情况说明' }).getAttribute('href'),
    ).toBe('/regulations/sample/report/first-reading');

    await page.fill('#intro', '尚未发布的修改。');
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("保存草稿")')]);
    const revision = Number(/第 (\d+) 版/.exec(published)![1]);
    expect(await page.locator('[role=status]').textContent()).toContain(
      `已保存第 ${revision + 1} 版草稿`,
    );
    await visitor.goto(publicUrl);
    expect(await visitor.locator('article').textContent()).not.toContain('尚未发布的修改');
  });

  it('is refused to a clerk', async () => {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    expect((await page.goto(edit))?.status()).toBe(403);
  });

  it('has no axe violations on the editor and the public report', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await expectAccessible(ctx, edit);
    await expectAccessible(ctx, publicUrl);
    await ctx.close();
  });
});
