/**
 * A security key in Chromium, through its virtual authenticator (DevTools protocol): a staff
 * member turns on TOTP, registers a key under a name, signs in with the key instead of a code,
 * sees the message for a browser without WebAuthn, and removes the key.
 *
 * WebAuthn refuses an IP address as the relying party, and the shared server's public URL is
 * http://127.0.0.1:…; so this file starts its own server whose OPENCLAUSE_PUBLIC_URL is
 * http://localhost:… (a secure context too), with its own account.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode, totp } from '../../src/lib/auth/totp.ts';
import {
  createPgDatabase,
  createStaff,
  freePort,
  serverEnv,
  serverUrl,
  STAFF_PASSWORD,
  startServer,
  tempDir,
  type PgDatabase,
  type RunningServer,
} from '../faults/support.ts';
import { expectPageAccessible, launch } from './browser.ts';

const USERNAME = 'keyholder';
const KEY_NAME = '钥匙串上的密钥 <b>';
let browser: Browser;
let app: RunningServer;
let pg: PgDatabase | null = null;
let base: string;
const data = tempDir('oc-security-keys-');

beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  pg = serverUrl ? await createPgDatabase('oc_security_keys') : null;
  const env = serverEnv({
    databaseUrl: pg?.url ?? null,
    dataDir: data.dir,
    extra: { OPENCLAUSE_PUBLIC_URL: base },
  });
  createStaff(env, USERNAME, 'advisor');
  app = await startServer(env, port);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await pg?.drop();
  data.remove();
});

async function submit(page: Page, button: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.locator(button).first().click()]);
}

async function passwordStep(page: Page): Promise<void> {
  await page.goto(`${base}/staff/sign-in`);
  await page.fill('#username', USERNAME);
  await page.fill('#password', STAFF_PASSWORD);
  await Promise.all([
    page.waitForURL((u) => u.pathname !== '/staff/sign-in'),
    page.click('button[type=submit]'),
  ]);
}

async function virtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; id: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { cdp, id: authenticatorId };
}

describe('a security key as the second factor', () => {
  let context: BrowserContext;
  let page: Page;
  let authenticator: { cdp: CDPSession; id: string };

  it('asks for TOTP first, then registers a named key through the browser', async () => {
    context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
    authenticator = await virtualAuthenticator(page);
    await passwordStep(page);
    expect(new URL(page.url()).pathname).toBe('/staff');
    await page.goto(`${base}/staff/account/security-keys`);
    expect(await page.locator('#keys-totp-first').count()).toBe(1);
    await page.goto(`${base}/staff/account/two-factor`);
    const secret = base32Decode((await page.locator('#totp-secret').textContent())!.trim())!;
    await page.fill('#code', totp(secret, Date.now()));
    await submit(page, 'form[action="/staff/account/two-factor"] button[type=submit]');
    expect(await page.locator('#totp-status').textContent()).toContain('已开启');

    await page.goto(`${base}/staff/account/security-keys`);
    // WebAuthn is there, so the note about browsers without it is hidden.
    expect(await page.locator('[data-security-key-note]').isHidden()).toBe(true);
    await page.fill('#key-name', KEY_NAME);
    await Promise.all([
      page.waitForURL(`${base}/staff/account/security-keys`),
      page.waitForEvent('load'),
      page.click('form[data-security-key] button[type=submit]'),
    ]);
    expect(await page.locator('[role=status]').first().textContent()).toContain(KEY_NAME);
    expect(await page.locator('#security-keys tbody tr').allTextContents()).toEqual([
      expect.stringContaining(KEY_NAME),
    ]);
    expect(await page.locator('#security-keys td').first().innerHTML()).not.toContain('<b>');
    expect(await page.locator('#security-keys').textContent()).toContain('从未使用');
    const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', {
      authenticatorId: authenticator.id,
    });
    expect(credentials).toHaveLength(1);
    await expectPageAccessible(page, '/staff/account/security-keys');
  });

  it('signs in with the key instead of a code', async () => {
    await submit(page, 'form[action="/staff/sign-out"] button[type=submit]');
    await passwordStep(page);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in/code');
    // The code form stays for TOTP and recovery codes.
    expect(await page.locator('#code').count()).toBe(1);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/staff'),
      page.click('#use-security-key'),
    ]);
    await page.goto(`${base}/staff/account/security-keys`);
    expect(await page.locator('#security-keys').textContent()).not.toContain('从未使用');
  });

  it('says so, and keeps the code form, where the browser has no WebAuthn', async () => {
    const bare = await browser.newContext();
    const other = await bare.newPage();
    await other.addInitScript(() => {
      delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    });
    await passwordStep(other);
    expect(new URL(other.url()).pathname).toBe('/staff/sign-in/code');
    const note = other.locator('[data-security-key-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('不支持安全密钥');
    expect(await other.locator('#use-security-key').isDisabled()).toBe(true);
    expect(await other.locator('#code').isEditable()).toBe(true);
    await bare.close();
  });

  it('removes the key', async () => {
    await page.goto(`${base}/staff/account/security-keys`);
    await submit(page, '#security-keys button[type=submit]');
    expect(await page.locator('[role=status]').first().textContent()).toContain('已移除');
    expect(await page.locator('#keys-none').count()).toBe(1);
    await context.close();
  });
});
