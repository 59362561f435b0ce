/**
 * What a first walk through the site met, at phone width and desktop, in both languages, with
 * and without JavaScript: each block here is one thing a new visitor or staff member ran into.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const FULL_WIDTH = /[：（）、]/;
let browser: Browser;
let english: BrowserContext;

/** The text of `selector` without the parts written in the regulation's own language. */
async function interfaceText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const own of copy.querySelectorAll('[lang]')) own.remove();
    return copy.textContent ?? '';
  });
}

beforeAll(async () => {
  browser = await launch();
  english = await browser.newContext({ javaScriptEnabled: false });
  await english.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
});
afterAll(async () => {
  await browser?.close();
});

describe('English pages punctuate in English', () => {
  it('on the reading page, the comparison and its table', async () => {
    const page = await english.newPage();
    await page.goto(`${baseURL}/regulations/sample/versions/first-reading`);
    const other = await interfaceText(page, 'nav.no-print p');
    expect(other).toMatch(/^Other versions: /);
    await page.goto(`${baseURL}/regulations/sample/compare?from=draft&to=first-reading&view=table`);
    const h1 = await interfaceText(page, 'h1');
    expect(h1).toBe('Compare versions: ');
    const heads = await page.locator('.compare-table thead th').allTextContents();
    expect(heads[0]).toBe('Original text (征求意见稿)');
    expect(await page.locator('.compare-table caption').textContent()).not.toMatch(/（/);
    await page.close();
  });

  it('on the list of published comments: its filters name the commenter, counts in ASCII brackets', async () => {
    const page = await english.newPage();
    await page.goto(`${baseURL}/regulations/sample/versions/first-reading/comments`);
    expect(await page.locator('label[for=stance]').textContent()).toBe('Stance');
    expect(await page.locator('label[for=category]').textContent()).toBe('Commenter');
    const options = await page.locator('#stance option').allTextContents();
    expect(options[0]).toMatch(/^All \(\d+\)$/);
    for (const option of options) expect(option).not.toMatch(FULL_WIDTH);
    await page.close();
  });

  it('on staff pages: the signed-in name and roles, and the comparison heading', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
    const page = await context.newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await page.goto(`${baseURL}/staff/compare/sample?from=draft&to=first-reading`);
    expect(await page.locator('.staff-bar').textContent()).toContain(
      'committee1 (Committee staff)',
    );
    expect(await interfaceText(page, 'h1')).toBe('Explain the changes: ');
    await page.goto(`${baseURL}/staff/versions/sample`);
    expect(await interfaceText(page, 'h1')).toBe('Publish a new version: ');
    // A check with no text says which field, then a colon.
    await page.fill('#label', '二审稿');
    await page.fill('#slug', 'second-reading');
    await page.evaluate(() => document.querySelector('#markdown')?.removeAttribute('required'));
    await Promise.all([page.waitForLoadState(), page.click('form.card button[type=submit]')]);
    const problem = await page
      .locator('main li', { hasText: 'Text (Markdown)' })
      .first()
      .textContent();
    expect(problem).toMatch(/^Text \(Markdown\): /);
    await context.close();
  });
});

describe('comparing a version with itself', () => {
  it('says to choose two different versions, with the pickers to do it', async () => {
    const page = await english.newPage();
    await page.goto(`${baseURL}/regulations/sample/compare?from=first-reading&to=first-reading`);
    const text = await page.locator('main').textContent();
    expect(text).toContain('choose two different versions');
    expect(text).not.toContain('only one version');
    expect(await page.locator('main a[href="/regulations/sample"]').textContent()).toBe('示范条例');
    await page.selectOption('#cmp-from', 'draft');
    await Promise.all([
      page.waitForURL(/from=draft/),
      page.click('form.compare-form button[type=submit]'),
    ]);
    expect(await page.locator('.compare-summary').count()).toBe(1);
    await page.close();
  });
});

describe('at phone width', () => {
  it('the open-data page is no wider than the phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/open-data`);
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client);
    await context.close();
  });
});

describe('a comment sent after its window closed', () => {
  it('is refused with what the resident wrote shown back, to copy', async () => {
    // The form was loaded while the window was open; the draft's window has closed since.
    const written = '我写了很久的意见：<第三条>应当保留。\n第二段 😀';
    const posted = await fetch(`${baseURL}/regulations/sample/versions/draft/comment`, {
      method: 'POST',
      headers: { Origin: baseURL, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        stance: 'amend',
        body: written,
        suggestedWording: '建议的条文。',
        consentPublish: 'on',
        idempotencyKey: 'closed-window-unsent-key',
      }),
    });
    expect(posted.status).toBe(409);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(await posted.text());
    expect(await page.locator('main .notice.warn').textContent()).toMatch(/截止/);
    expect(await page.locator('main .unsent').textContent()).toMatch(/没有提交/);
    expect(await page.locator('#c-unsent-body').inputValue()).toBe(written);
    expect(await page.locator('#c-unsent-body').getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('#c-unsent-suggestedWording').inputValue()).toBe('建议的条文。');
    await context.close();
  });

  it('leads on from its page, to the text and to the published comments, not to a dead end', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/regulations/sample/versions/draft/comment?clause=chp_1__art_1`);
    const links = await page
      .locator('main a.button')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['阅读全文', '/regulations/sample/versions/draft#chp_1__art_1'],
      ['查看公开的意见', '/regulations/sample/versions/draft/comments?clause=chp_1__art_1'],
    ]);
    for (const [, href] of links) expect((await fetch(`${baseURL}${href}`)).status).toBe(200);
    // The badge says which of the two states it is: closed, not merely "not open now".
    expect(await page.locator('main .consultation-status .badge').textContent()).toBe(
      '征求意见已结束',
    );
    // A poster invites people to comment: none is offered once the window has closed.
    expect(await page.locator('main a[href*="/poster"]').count()).toBe(0);
    await context.close();
  });
});

describe('the box for an e-mail address at phone width', () => {
  it('is as wide and as tall as the other text boxes, not the browser’s small default', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/regulations/sample/follow`);
    const box = await page.locator('#follow-email').boundingBox();
    const form = await page.locator('main form').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(40);
    expect(box!.width).toBeGreaterThan(form!.width * 0.8);
    await context.close();
  });
});

describe('the footer', () => {
  it('links the liaison stations and the privacy notice, both answering', async () => {
    const page = await english.newPage();
    await page.goto(`${baseURL}/`);
    for (const href of ['/stations', '/privacy']) {
      expect(await page.locator(`footer a[href="${href}"]`).count()).toBe(1);
      expect((await fetch(`${baseURL}${href}`)).status).toBe(200);
    }
    await page.close();
  });
});

describe("staff read a resident's comment", () => {
  it('under labels about the comment, not the form\'s "your stance" and "your comment"', async () => {
    const marker = `first-walk-${Date.now()}`;
    const posted = await fetch(`${baseURL}/regulations/sample/versions/first-reading/comment`, {
      method: 'POST',
      headers: { Origin: baseURL, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        stance: 'amend',
        body: `${marker} 建议修改。`,
        suggestedWording: '新的条文。',
        displayName: '张三',
        consentPublish: 'on',
        clause: 'chp_1__art_1',
        idempotencyKey: `${marker}-key`,
      }),
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    const code = decodeURIComponent(
      /\/receipts\/([^?]+)/.exec(posted.headers.get('location')!)![1]!,
    );
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
    const page = await context.newPage();
    await signInAs(page, baseURL, 'moderator1', password);
    await page.goto(`${baseURL}/staff/comments?${new URLSearchParams({ q: marker })}`);
    await Promise.all([
      page.waitForURL(/\/staff\/comments\/\d+/),
      page.click(`a:has-text("${code}")`),
    ]);
    const labels = await page.locator('main dt').allTextContents();
    expect(labels).toContain('Stance');
    expect(labels).not.toContain('Your stance');
    expect(await page.locator('main h2').allTextContents()).not.toContain('Your comment');
    expect(await page.locator('[data-public-name]').textContent()).toBe('Name: 张三');
    await context.close();
  });
});
