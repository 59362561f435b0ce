/** Shared browser helpers: Debian's Chromium through playwright-core, and axe. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { QUIET_SERVER_START_MS, measured, patience } from '../helpers/patience.ts';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Debian's Chromium, with Playwright's waits (30 s for an action or a navigation, its default)
 * stretched by how much slower than quiet the shared test server started: on a busy machine a
 * page takes longer, and a fixed 30 s would turn that into a failure.
 */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  measured(inject('serverStartupMs'), QUIET_SERVER_START_MS);
  const timeout = patience(7_500);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(timeout);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(timeout);
    return page;
  };
  return browser;
}

/** Runs axe (WCAG 2.0/2.1 A and AA) and fails on any violation. The context must have
 * JavaScript enabled and `bypassCSP: true` (axe is injected as an inline script). */
export async function expectAccessible(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await expectPageAccessible(page, url);
  await page.close();
}

/** Runs axe on a page as it is now (after a form post, say); as `expectAccessible`. */
export async function expectPageAccessible(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; help: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')})`,
    );
  });
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

export async function signInAs(
  page: Page,
  baseURL: string,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseURL}/staff/sign-in`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((u) => u.pathname.startsWith('/staff') && !u.pathname.endsWith('/sign-in')),
    page.click('button[type=submit]'),
  ]);
}
