/**
 * The foundation flows in Chromium against the built server: a resident reads a version and
 * comments with JavaScript disabled, gets a receipt, and staff see the comment after signing in.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
let browser: Browser;
let noJs: BrowserContext;
let axeContext: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  noJs = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  axeContext = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The first regulation on the home page whose consultation is open, and its version link. */
async function openVersionUrl(): Promise<string> {
  const page = await noJs.newPage();
  await page.goto(baseURL);
  const card = page.locator('li.card', { has: page.locator('.badge.open') }).first();
  const href = await card.locator('a.button').first().getAttribute('href');
  await page.close();
  expect(href).toMatch(/^\/regulations\/[a-z0-9-]+\/versions\/[a-z0-9-]+$/);
  return `${baseURL}${href}`;
}

describe('a resident without JavaScript', () => {
  it('lists regulations with their stage and open consultations', async () => {
    const page = await noJs.newPage();
    await page.goto(baseURL);
    expect(await page.locator('h1').textContent()).toContain('法规');
    expect(await page.locator('li.card').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.badge.open').count()).toBeGreaterThanOrEqual(1);
    // The page's language first: the Chinese page opens on a Chinese draft, whatever closes soonest.
    const langs = await page
      .locator('li.card h2')
      .evaluateAll((hs) => hs.map((h) => h.getAttribute('lang')));
    expect(langs[0]).toBe('zh-CN');
    expect(langs).toEqual([...langs].sort((a, b) => Number(a !== 'zh-CN') - Number(b !== 'zh-CN')));
    await page.close();
  });

  it('reads a version with a permalink on every article and comments on one, getting a receipt', async () => {
    const url = await openVersionUrl();
    const page = await noJs.newPage();
    await page.goto(url);
    const articles = page.locator('article.article');
    expect(await articles.count()).toBeGreaterThanOrEqual(3);
    const third = articles.nth(2);
    const eId = await third.getAttribute('id');
    expect(await third.locator(`a.permalink[href="#${eId}"]`).count()).toBe(1);
    // Without script the article's link leads to its comment page: the article's text and the
    // full form for it.
    const link = third.locator('a[data-comment-link]');
    const name = (await link.textContent())!;
    const text = (await third.locator('.clause-text').first().textContent())!;
    await Promise.all([page.waitForURL(new RegExp(`/comment\\?clause=${eId}$`)), link.click()]);
    expect(await page.locator('h1').textContent()).toBe(name);
    expect(await page.locator('blockquote.card').textContent()).toContain(text);
    const form = page.locator('form[data-comment-form]');
    expect(await form.locator('input[name=clause]').inputValue()).toBe(eId);
    await form.locator('input[name=stance][value=amend]').check();
    const body = `浏览器测试意见：建议明确第三条的适用范围 ${Date.now()}`;
    await form.locator('textarea[name=body]').fill(body);
    await Promise.all([
      page.waitForURL(/\/receipts\/[0-9A-Z-]{19}\?new=1$/),
      form.locator('button[type=submit]').click(),
    ]);
    const code = (await page.locator('[data-receipt]').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await page.locator('main').textContent()).toContain(body);
    // The comment is on that article.
    expect(await page.locator(`main a[href$="#${eId}"]`).count()).toBe(1);
    await page.close();

    // Staff see it after signing in.
    const staffPage = await (await browser.newContext()).newPage();
    await signInAs(staffPage, baseURL, 'advisor1', password);
    // The staff home says what waits; the comments themselves are in the triage list.
    await staffPage.goto(`${baseURL}/staff/comments`);
    expect(await staffPage.locator('main').textContent()).toContain(body);
    expect(await staffPage.locator('main').textContent()).toContain(code);
    await staffPage.close();
  });

  it('shows field errors in the user language and stores nothing for an empty comment', async () => {
    const url = await openVersionUrl();
    const page = await noJs.newPage();
    await page.goto(`${url}/comment`);
    // Bypass the browser's own `required` check to reach the server's validation.
    const response = await page.request.post(`${url}/comment`, {
      form: { stance: 'support', body: '   ', idempotencyKey: 'k'.repeat(20) },
      headers: { Origin: baseURL },
    });
    expect(response.status()).toBe(422);
    const html = await response.text();
    expect(html).toContain('提交未成功');
    expect(html).not.toContain('data-receipt');
    await page.close();
  });

  it('refuses staff pages to visitors and sends them to sign in', async () => {
    const page = await noJs.newPage();
    const response = await page.goto(`${baseURL}/staff`);
    expect(page.url()).toContain('/staff/sign-in');
    expect(response?.status()).toBe(200);
    await page.close();
  });
});

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  it('has no violations on the public pages and the staff list', async () => {
    const url = await openVersionUrl();
    for (const path of [
      '/',
      url.replace(baseURL, ''),
      `${url.replace(baseURL, '')}/comment`,
      '/receipts',
      '/staff/sign-in',
      '/plans/2027',
      '/regulations/sample',
    ]) {
      await expectAccessible(axeContext, `${baseURL}${path}`);
    }
    const page = await axeContext.newPage();
    await signInAs(page, baseURL, 'admin1', password);
    await page.close();
    await expectAccessible(axeContext, `${baseURL}/staff`);
    await expectAccessible(axeContext, `${baseURL}/staff/audit`);
  });
});

describe('open data', () => {
  it('publishes an Atom feed of opened consultations', async () => {
    const response = await fetch(`${baseURL}/feeds/consultations.xml`);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('一审稿公开征求意见');
    expect(xml).toContain('/regulations/sample/versions/first-reading');
  });
});
