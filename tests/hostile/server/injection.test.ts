/**
 * Script and HTML injection, checked in Chromium with the Content-Security-Policy bypassed (so
 * that the escaping itself is tested, not only the CSP): payloads in every field of a comment
 * and in a staff reply try to set `window.__pwned`; on the receipt, the public list, the
 * version page and the staff pages it stays unset and the payload shows as text.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAs } from '../../browser/browser.ts';
import { patience } from '../../helpers/patience.ts';
import { VERSION_PATH } from './support.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
let browser: Browser;

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const SVG = '"><svg onload=window.__pwned=1>';
const IFRAME = '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>';
const STYLE = '</textarea><a href="javascript:window.__pwned=1" id=pwnlink>x</a>';

beforeAll(async () => {
  const { launch } = await import('../../browser/browser.ts');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function expectInert(page: Page, url: string, marker: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  const link = page.locator('#pwnlink');
  if ((await link.count()) > 0) await link.click();
  // The page has loaded (error events of images and scripts of frames come before that); two
  // frames more let a click's javascript: URL run.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    `nothing ran on ${url}`,
  ).toBeUndefined();
  expect(
    await page.locator('main img[src="x"], main svg, main iframe, main script, #pwnlink').count(),
    `no injected element on ${url}`,
  ).toBe(0);
  expect(await page.locator('main').textContent(), `the payload shows as text on ${url}`).toContain(
    marker,
  );
}

describe('script and HTML injection', () => {
  it('would notice a payload that ran (the detector works)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.setContent(`<main>${IMG}</main>`);
    await page.waitForFunction(
      () => (window as unknown as { __pwned?: number }).__pwned === 1,
      undefined,
      { timeout: patience(2000) },
    );
    await context.close();
  });

  it('runs nothing on the receipt, the public pages and the staff pages', async () => {
    const marker = randomUUID().slice(0, 8);
    const res = await fetch(`${baseURL}${VERSION_PATH}/comment`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
      body: new URLSearchParams({
        idempotencyKey: randomUUID(),
        clause: 'chp_1__art_2',
        stance: 'amend',
        body: `${marker} ${SCRIPT} ${IMG} ${STYLE}`,
        suggestedWording: `${IFRAME} ${IMG}`,
        displayName: SVG,
        district: '<b onmouseover=x>区</b>',
        consentPublish: 'on',
      }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const receiptPath = res.headers.get('location')!.replace('?new=1', '');
    const code = receiptPath.split('/').pop()!;

    const staffContext = await browser.newContext({ bypassCSP: true });
    const staff = await staffContext.newPage();
    await signInAs(staff, baseURL, 'admin1', password);
    await expectInert(staff, `${baseURL}/staff/comments`, marker);
    await expectInert(staff, `${baseURL}/staff/moderation`, marker);
    const row = staff.locator('tr', { hasText: marker });
    await row.locator('input[name=id]').check();
    await staff.check('input[name=action][value=publish]');
    await Promise.all([staff.waitForLoadState(), staff.click('button:has-text("执行")')]);
    const publicContext = await browser.newContext({ bypassCSP: true });
    const visitor = await publicContext.newPage();
    await expectInert(visitor, `${baseURL}${VERSION_PATH}/comments?clause=chp_1__art_2`, marker);
    await expectInert(visitor, `${baseURL}${VERSION_PATH}/comments`, marker);
    await staff.goto(`${baseURL}/staff/comments`);
    const detail = await staff.locator(`a:has-text("${code}")`).first().getAttribute('href');
    await expectInert(staff, `${baseURL}${detail}`, marker);
    await staff.check('input[name=disposition][value=adopted]');
    await staff.fill('#reason', `${IMG} 理由`);
    await staff.fill('#reply', `${marker} ${SCRIPT} ${IMG} 答复`);
    await Promise.all([staff.waitForLoadState(), staff.click('button:has-text("保存处理结果")')]);
    await expectInert(staff, `${baseURL}${detail}`, marker);
    await expectInert(staff, `${baseURL}/staff/audit`, 'admin1');

    await expectInert(visitor, `${baseURL}${receiptPath}`, marker);
    expect(await visitor.locator('main').textContent(), 'the reply shows as text').toContain(
      `${marker} ${SCRIPT}`,
    );
    const version = await visitor.goto(`${baseURL}${VERSION_PATH}`);
    expect(version?.status()).toBe(200);
    expect(
      await visitor.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await staffContext.close();
    await publicContext.close();
  });
});
