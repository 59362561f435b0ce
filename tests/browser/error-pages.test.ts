/**
 * The site's own error pages: a page that fails in the middle of its render answers 500 with
 * a complete error page in the visitor's language and the log names the request (never 200
 * with a cut body); an unknown address answers 404 with the site's page, sized for a phone;
 * the favicon is answered. The failing page is a test hook (src/pages/test-hooks/), served
 * only under OPENCLAUSE_TEST_HOOKS=1, so this file starts its own server with it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serverEnv, startServer, tempDir, type RunningServer } from '../faults/support.ts';
import { launch } from './browser.ts';

const FAILING = '/test-hooks/render-failure';
const productionURL = inject('baseURL');
const dataDir = tempDir('oc-error-pages-');
let hooked: RunningServer;
let browser: Browser;

beforeAll(async () => {
  hooked = await startServer(
    serverEnv({ databaseUrl: null, dataDir: dataDir.dir, extra: { OPENCLAUSE_TEST_HOOKS: '1' } }),
  );
  browser = await launch();
});

afterAll(async () => {
  await hooked?.stop();
  await browser?.close();
  dataDir.remove();
});

const complete = (html: string) => /^<!doctype html>/i.test(html) && /<\/html>\s*$/i.test(html);

describe('a page that fails while it renders', () => {
  it('answers 500 with the whole error page in Chinese by default, and logs the request', async () => {
    const res = await fetch(`${hooked.baseURL}${FAILING}`);
    const html = await res.text();
    expect(res.status).toBe(500);
    expect(complete(html)).toBe(true);
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('<h1>出错了</h1>');
    expect(html).not.toContain('Rendered before the failure');
    expect(html).not.toContain('Internal server error');
    expect(hooked.output()).toContain(`GET ${FAILING} failed: Error: test hook`);
  });

  it('answers in English to a visitor who chose English', async () => {
    const res = await fetch(`${hooked.baseURL}${FAILING}`, { headers: { Cookie: 'lang=en' } });
    const html = await res.text();
    expect(res.status).toBe(500);
    expect(complete(html)).toBe(true);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<h1>Something went wrong</h1>');
  });

  it('does not exist without the test hooks', async () => {
    expect((await fetch(`${productionURL}${FAILING}`)).status).toBe(404);
  });
});

describe('the site’s 404 page and favicon', () => {
  it('answers an unknown address with the site’s 404 page in the visitor’s language', async () => {
    const zh = await fetch(`${productionURL}/no-such-page`);
    const zhHtml = await zh.text();
    expect([zh.status, complete(zhHtml)]).toEqual([404, true]);
    expect(zhHtml).toContain('<h1>找不到这个页面</h1>');
    const en = await fetch(`${productionURL}/no-such-page?lang=en`);
    expect(await en.text()).toContain('<h1>Page not found</h1>');
  });

  it('fits a phone screen with no console error', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    for (const url of [`${productionURL}/no-such-page`, `${hooked.baseURL}${FAILING}`]) {
      await page.goto(url);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `no sideways scrolling on ${url}`,
      ).toBeLessThanOrEqual(360);
      expect(await page.locator('meta[name=viewport]').getAttribute('content')).toContain(
        'width=device-width',
      );
    }
    // The 404 and 500 answers themselves are logged by Chromium as failed loads; nothing else is.
    expect(errors.filter((e) => !/status of (404|500)/.test(e))).toEqual([]);
    await context.close();
  });

  it('serves the favicon the layout links, and /favicon.ico', async () => {
    const html = await (await fetch(`${productionURL}/`)).text();
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
    const svg = await fetch(`${productionURL}/favicon.svg`);
    expect([svg.status, svg.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
    const ico = await fetch(`${productionURL}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect((await ico.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});
