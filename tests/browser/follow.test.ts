/**
 * Following a regulation as a resident would: the form cannot be used to flood a mailbox or the
 * outbox (limits per recipient and per client address, kept in the database), and the links in
 * the e-mails act only on a POST (a mail scanner's GET changes nothing), while a mail program's
 * one-click unsubscribe (RFC 8058) still works. Without SMTP, the links are read from the outbox
 * page as an administrator would.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const stamp = Date.now();
let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launch();
  admin = await (await browser.newContext()).newPage();
  await signInAs(admin, baseURL, 'admin1', password);
});
afterAll(async () => {
  await browser?.close();
});

async function follow(page: Page, email: string) {
  await page.goto(`${baseURL}/regulations/sample/follow`);
  await page.fill('#follow-email', email);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/follow') && r.request().method() === 'POST'),
    page.click('button[type=submit]'),
  ]);
  await page.waitForLoadState();
  return response.status();
}

/** The token of the latest confirmation e-mail to `email`, read on the outbox page. */
async function tokenFor(email: string): Promise<string> {
  await admin.goto(`${baseURL}/staff/outbox`);
  const text = await admin.locator('tr', { hasText: email }).first().locator('pre').textContent();
  return /\/follow\/confirm\/([A-Za-z0-9_-]+)/.exec(text ?? '')![1]!;
}

describe('the links in a follower’s e-mail', () => {
  it('confirm only when the button is pressed, not when the link is fetched', async () => {
    const email = `confirm-${stamp}@example.org`;
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    expect(await follow(page, email)).toBe(200);
    const token = await tokenFor(email);
    // A scanner fetches the link twice; nothing is confirmed.
    for (let i = 0; i < 2; i++) {
      const scanned = await fetch(`${baseURL}/follow/confirm/${token}`);
      expect(scanned.status).toBe(200);
      expect(await scanned.text()).toContain('确认关注');
    }
    await page.goto(`${baseURL}/follow/confirm/${token}`);
    expect(await page.locator('h1').textContent()).toContain('确认关注《');
    await Promise.all([page.waitForLoadState(), page.click('form[method=post] button')]);
    expect(await page.locator('h1').textContent()).toContain('已确认');
    // Now the link says so on a plain GET too.
    expect(await (await fetch(`${baseURL}/follow/confirm/${token}`)).text()).toContain('已确认');
    // A form post from another site is refused.
    expect(
      (
        await fetch(`${baseURL}/follow/confirm/${token}`, {
          method: 'POST',
          headers: {
            Origin: 'https://evil.example',
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: '',
        })
      ).status,
    ).toBe(403);

    // The unsubscribe link: a GET shows the button, the button unsubscribes.
    await page.goto(`${baseURL}/follow/unsubscribe/${token}?lang=en`);
    expect(await page.locator('h1').textContent()).toContain('Unsubscribe from news of the');
    await page.goto(`${baseURL}/follow/unsubscribe/${token}?lang=en`);
    await Promise.all([page.waitForLoadState(), page.click('form[method=post] button')]);
    expect(await page.locator('h1').textContent()).toContain('Unsubscribed:');
    await expectAccessible(
      await browser.newContext({ bypassCSP: true }),
      `${baseURL}/follow/unsubscribe/${token}`,
    );
  });

  it('unsubscribes with a mail program’s one-click POST (RFC 8058), and not with a GET', async () => {
    const email = `one-click-${stamp}@example.org`;
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    expect(await follow(page, email)).toBe(200);
    const token = await tokenFor(email);
    await page.goto(`${baseURL}/follow/confirm/${token}`);
    await Promise.all([page.waitForLoadState(), page.click('form[method=post] button')]);
    const link = `${baseURL}/follow/unsubscribe/${token}?lang=en`;
    expect(await (await fetch(link)).text()).toContain('Press the button below');
    // From the mail provider's servers: no Origin, no cookie, the one body RFC 8058 allows.
    const other = await fetch(link, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'something=else',
    });
    expect(other.status).toBe(403);
    expect(await (await fetch(link)).text()).toContain('Press the button below');
    const oneClick = await fetch(link, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await (await fetch(link)).text()).toContain('Unsubscribed:');
    const unknown = await fetch(`${baseURL}/follow/unsubscribe/${'x'.repeat(32)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unknown.status).toBe(404);
  });
});

describe('limits on the follow form', () => {
  it('sends one address at most three confirmations a day, then says why', async () => {
    const email = `flooded-${stamp}@example.org`;
    const page = await (
      await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } })
    ).newPage();
    for (let i = 0; i < 3; i++) expect(await follow(page, email)).toBe(200);
    expect(await follow(page, email)).toBe(429);
    expect(await page.locator('[role=alert]').textContent()).toContain(
      '这个邮箱地址近一天内已收到 3 封确认邮件',
    );
    await admin.goto(`${baseURL}/staff/outbox`);
    expect(await admin.locator('tr', { hasText: email }).count()).toBe(3);
  });

  // Last in the file: it spends this client address's hour.
  it('lets one client address ask at most ten times an hour, then says why', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    let status = 200;
    let sent = 0;
    for (let i = 0; i < 12 && status === 200; i++) {
      status = await follow(page, `many-${i}-${stamp}@example.org`);
      if (status === 200) sent++;
    }
    expect(status).toBe(429);
    // Earlier tests in this file asked 6 times from this address (127.0.0.1) this hour.
    expect(sent).toBeLessThanOrEqual(10);
    expect(await page.locator('[role=alert]').textContent()).toContain(
      '本小时内已提交 10 次关注请求',
    );
    expect(await page.inputValue('#follow-email')).toBe(`many-${sent}-${stamp}@example.org`);
  });
});
