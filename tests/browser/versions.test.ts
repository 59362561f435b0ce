/**
 * Committee staff check a pasted version: parser problems with their lines, or the comparison
 * with the previous version and the publish button; a published version as Akoma Ntoso XML. (Publishing itself is covered in
 * tests/lib/versions/publish.test.ts: a published version would become the sample's latest
 * and change what the other browser tests read.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readConfig } from '../../src/lib/config/index.ts';
import { localDay } from '../../src/lib/time/index.ts';
import { expectAccessible, expectPageAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const GOOD =
  '# 临江市示范条例（草案）\n\n## 第一章 总则\n\n第一条 为了规范和促进示范活动，制定本条例。\n\n第二条 本条例适用于本市行政区域内的示范活动，包括城中村。\n\n示范活动的具体范围由市人民政府规定。\n\n第三条 示范活动应当遵循以下原则：\n\n（一）公开透明；\n\n（二）公众参与。\n\n## 第二章 附则\n\n第四条 本条例自2027年7月1日起施行。\n';

async function check(page: Page, markdown: string) {
  await page.goto(`${baseURL}/staff/versions/sample`);
  await page.fill('#label', '二审稿');
  await page.fill('#slug', 'second-reading');
  await page.fill('#date', '2026-12-01');
  await page.fill('#markdown', markdown);
  await Promise.all([
    page.waitForLoadState(),
    page.click('button:has-text("检查并与上一版本比较")'),
  ]);
}

describe('publishing a version from the staff pages', () => {
  it("offers today in the site's zone (Asia/Shanghai unless set) as the publication date", async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'committee1', password);
    const before = localDay(new Date(), readConfig().timeZone);
    await page.goto(`${baseURL}/staff/versions/sample`);
    const after = localDay(new Date(), readConfig().timeZone);
    expect([before, after]).toContain(await page.inputValue('#date'));
  });

  it('shows parser warnings with the line of the pasted text and asks to confirm them before publishing', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await check(page, '# 条例\n\n第一条 甲。\n\n第三条 乙。\n');
    expect(await page.locator('#parse-warnings').textContent()).toContain('第 5 行：编号不连续');
    expect(await page.locator('input[name=acknowledge][required]').count()).toBe(1);
    expect(await page.locator('button:has-text("发布“")').count()).toBe(1);
  });

  it('refuses, on the server, to publish a text with warnings before the box is ticked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await check(page, '# 条例\n\n第一条 甲。\n\n第三条 乙。\n');
    // A browser that skips the `required` attribute still cannot publish unconfirmed.
    await page.locator('input[name=acknowledge]').evaluate((el) => el.removeAttribute('required'));
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("发布“二审稿”")')]);
    expect(await page.locator('[role=alert]').textContent()).toContain('请勾选确认已阅读解析提示');
    expect(await page.locator('[role=status]').count()).toBe(0);
    expect(await page.locator('#parse-warnings').count()).toBe(1);
    await context.close();
  });

  it('shows a problem and no publish button for a text without clauses', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await check(page, '# 条例\n\n只有说明文字。\n');
    expect(await page.locator('[role=alert]').textContent()).toContain('第 1 行');
    expect(await page.locator('button:has-text("发布“")').count()).toBe(0);
  });

  it('compares a good text with the latest version before offering to publish it', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await check(page, GOOD);
    expect(await page.locator('#check-heading').textContent()).toContain('与“一审稿”的比较');
    expect(await page.locator('table.compare-table ins').allTextContents()).toContain(
      '，包括城中村',
    );
    expect(await page.locator('button:has-text("发布“二审稿”")').count()).toBe(1);
  });

  it('offers each published version as Akoma Ntoso XML with the reading page’s eIds', async () => {
    const response = await fetch(`${baseURL}/regulations/sample/versions/first-reading/akn.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/akn+xml');
    const xml = await response.text();
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">');
    expect(xml).toMatch(/<bill name="sample">/);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseURL}/regulations/sample/versions/first-reading`);
    const pageIds = await page
      .locator('article.clause[id]')
      .evaluateAll((els) => els.map((e) => e.id));
    expect(pageIds.length).toBeGreaterThan(0);
    for (const id of pageIds) expect(xml).toContain(`<article eId="${id}">`);
    expect((await fetch(`${baseURL}/regulations/sample/versions/no-such/akn.xml`)).status).toBe(
      404,
    );
  });

  it('refuses an advisor', async () => {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, baseURL, 'advisor1', password);
    expect((await page.goto(`${baseURL}/staff/versions/sample`))?.status()).toBe(403);
  });

  it('has no axe violations on the form and the comparison', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await expectAccessible(ctx, `${baseURL}/staff/versions/sample`);
    await check(page, GOOD);
    await expectPageAccessible(page, 'version comparison');
    await check(page, '# 条例\n\n第一条 甲。\n\n第三条 乙。\n');
    await expectPageAccessible(page, 'version warnings');
    await check(page, '# 条例\n\n只有说明文字。\n');
    await expectPageAccessible(page, 'version problems');
    await ctx.close();
  });
});
