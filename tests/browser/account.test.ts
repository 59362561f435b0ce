/**
 * A staff member's own account in Chromium: turning on two-step verification, signing in with
 * the code (and with a recovery code), listing and revoking sessions, changing the password.
 * Uses its own account (`account1`, made by the global setup) since it changes it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { base32Decode, totp } from '../../src/lib/auth/totp.ts';
import { expectAccessible, launch } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const NEW_PASSWORD = 'lantern over the quiet river';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Submits the page's form (not the sign-out form of the staff bar), or the button given. */
async function submit(
  page: Page,
  button = 'form:not([action="/staff/sign-out"]) button[type=submit]',
): Promise<void> {
  await Promise.all([page.waitForLoadState(), page.locator(button).first().click()]);
}

async function passwordStep(page: Page, pass: string): Promise<void> {
  await page.goto(`${baseURL}/staff/sign-in`);
  await page.fill('#username', 'account1');
  await page.fill('#password', pass);
  await Promise.all([
    page.waitForURL((u) => u.pathname !== '/staff/sign-in'),
    page.click('button[type=submit]'),
  ]);
}

async function signedOut(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/staff`);
  const out = new URL(page.url()).pathname === '/staff/sign-in';
  await page.close();
  return out;
}

describe('my account', () => {
  let secret: Buffer;
  let recovery: string[] = [];
  let main: Page;
  let other: BrowserContext;

  it('turns on two-step verification with a code from the QR code’s secret, and shows recovery codes once', async () => {
    main = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await passwordStep(main, password);
    expect(new URL(main.url()).pathname).toBe('/staff');
    await main.click('a:has-text("我的账号")');
    await main.click('a:has-text("两步验证")');
    expect(await main.locator('#totp-status').textContent()).toContain('尚未开启');
    expect(await main.locator('img[alt="两步验证设置二维码"]').getAttribute('src')).toMatch(
      /^data:image\/png;base64,/,
    );
    const key = (await main.locator('#totp-secret').textContent())!.trim();
    expect(await main.locator('#totp-uri').textContent()).toBe(
      `otpauth://totp/OpenClause:account1?secret=${key}&issuer=OpenClause&algorithm=SHA1&digits=6&period=30`,
    );
    secret = base32Decode(key)!;
    await main.fill('#code', '12345');
    await submit(main);
    expect(await main.locator('[role=alert]').textContent()).toContain('验证码不正确');
    expect(await main.locator('#totp-secret').textContent()).toBe(key);
    await main.fill('#code', totp(secret, Date.now()));
    await submit(main);
    recovery = (await main.locator('#recovery-codes li').allTextContents()).map((c) => c.trim());
    expect(recovery).toHaveLength(10);
    expect(await main.locator('#totp-status').textContent()).toContain('已开启');
    await main.reload();
    expect(await main.locator('#recovery-codes').count()).toBe(0);
  });

  it('asks for the code after the password, refuses a wrong one, and signs in with the right one', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await passwordStep(page, password);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in/code');
    // The password alone opens no staff page.
    await page.goto(`${baseURL}/staff/account`);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    await passwordStep(page, password);
    await page.fill('#code', '000000');
    await submit(page);
    expect(await page.locator('[role=alert]').textContent()).toContain('验证码不正确');
    // The code of the next step: the enrolment spent the current one.
    await page.fill('#code', totp(secret, Date.now() + 30_000));
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/staff'),
      page.click('button[type=submit]'),
    ]);
    await submit(page, 'form[action="/staff/sign-out"] button');
    await page.context().close();
  });

  it('signs in elsewhere with a recovery code, lists both sessions to their owner, and revokes the other', async () => {
    other = await browser.newContext({
      javaScriptEnabled: false,
      userAgent: 'Mozilla/5.0 (Tablet) OpenClauseTest/1',
    });
    const page = await other.newPage();
    await passwordStep(page, password);
    await page.fill('#code', recovery[0]!);
    await submit(page);
    expect(await page.locator('[role=status]').textContent()).toContain('还剩 9 个恢复码');

    await main.goto(`${baseURL}/staff/account/sessions`);
    const rows = main.locator('#sessions tbody tr');
    expect(await rows.count()).toBe(2);
    const tablet = rows.filter({ hasText: 'OpenClauseTest/1' });
    expect(await tablet.textContent()).toContain('127.0.0.1');
    expect(await main.locator('#sessions tr[data-current=true]').textContent()).toContain(
      '当前设备',
    );
    await submit(main, '#sessions tr[data-current=false] button');
    expect(await main.locator('[role=status]').textContent()).toContain('已退出 1 个登录');
    expect(await main.locator('#sessions tbody tr').count()).toBe(1);
    expect(await signedOut(other)).toBe(true);
  });

  it('changes the password only with the current one, and signs out every other session', async () => {
    const page = await other.newPage();
    await passwordStep(page, password);
    await page.fill('#code', recovery[1]!);
    await submit(page);
    expect(await signedOut(other)).toBe(false);

    await main.goto(`${baseURL}/staff/account`);
    await main.fill('#current', 'not the password at all');
    await main.fill('#new', NEW_PASSWORD);
    await main.fill('#confirm', NEW_PASSWORD);
    await submit(main);
    expect(await main.locator('[role=alert]').textContent()).toContain('当前密码不正确');
    await main.fill('#current', password);
    await main.fill('#new', 'qwerty123456');
    await main.fill('#confirm', 'qwerty123456');
    await submit(main);
    expect(await main.locator('[role=alert]').textContent()).toContain('常见密码');
    await main.fill('#current', password);
    await main.fill('#new', NEW_PASSWORD);
    await main.fill('#confirm', NEW_PASSWORD);
    await submit(main);
    expect(await main.locator('[role=status]').textContent()).toContain(
      '其他设备上的 1 个登录已退出',
    );
    expect(await signedOut(other)).toBe(true);
    // This session goes on.
    await main.goto(`${baseURL}/staff`);
    expect(new URL(main.url()).pathname).toBe('/staff');
  });

  it('records the failed sign-ins in the audit trail', async () => {
    const admin = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await admin.goto(`${baseURL}/staff/sign-in`);
    await admin.fill('#username', 'admin1');
    await admin.fill('#password', password);
    await Promise.all([
      admin.waitForURL((u) => u.pathname === '/staff'),
      admin.click('button[type=submit]'),
    ]);
    // In words (src/lib/audit), filtered so that other tests' sign-ins cannot push these off the page.
    await admin.goto(`${baseURL}/staff/audit?action=auth.sign-in-failed`);
    const failed = (await admin.locator('table').textContent()) ?? '';
    expect(failed).toContain('登录失败');
    expect(failed).toContain('bad-code');
    await admin.goto(`${baseURL}/staff/audit?actor=account1`);
    const own = (await admin.locator('table').textContent()) ?? '';
    expect(own).toContain('修改了密码');
    expect(own).toContain('启用了两步验证');
  });

  it('keeps the account pages accessible', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await passwordStep(page, NEW_PASSWORD);
    await expectAccessible(context, `${baseURL}/staff/sign-in`);
    await page.fill('#code', recovery[2]!);
    await submit(page);
    for (const path of ['/staff/account', '/staff/account/sessions', '/staff/account/two-factor'])
      await expectAccessible(context, `${baseURL}${path}`);
  });
});

describe('showing the password being typed', () => {
  it('adds a “show password” checkbox with script that turns the field to text, and none without script', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}/staff/sign-in`);
    await page.fill('#password', 'a typed secret');
    const reveal = page.getByLabel('显示密码');
    await expect.poll(() => reveal.count()).toBe(1);
    await reveal.check();
    expect(await page.locator('#password').getAttribute('type')).toBe('text');
    expect(await page.locator('#password').inputValue()).toBe('a typed secret');
    await reveal.uncheck();
    expect(await page.locator('#password').getAttribute('type')).toBe('password');
    await context.close();
    // Without bypassing the site's CSP above (it must not block the script); axe needs the bypass.
    const checking = await browser.newContext({ bypassCSP: true });
    await expectAccessible(checking, `${baseURL}/staff/sign-in`);
    await checking.close();

    const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await plain.goto(`${baseURL}/staff/sign-in`);
    expect(await plain.getByLabel('显示密码').count()).toBe(0);
    await plain.context().close();
  });
});
