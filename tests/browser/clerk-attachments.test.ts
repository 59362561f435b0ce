/**
 * A clerk enters a letter with its scan and an enclosure (issue #18), in the browser without
 * JavaScript: the files are checked like the public form's, stored with the opinion, and
 * pending review like any file; the holder of the receipt downloads them meanwhile, the public
 * does not. A refused file is named and nothing is stored.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localDay } from '../../src/lib/time/index.ts';
import { expectAccessible, launch, signInAs } from './browser.ts';
import { jpegFile, pdfFile } from '../helpers/attachments.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(username: string): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(page, baseURL, username, password);
  return page;
}

async function fillLetter(clerk: Page, text: string): Promise<void> {
  await clerk.goto(`${baseURL}/staff/enter`);
  await clerk.check('input[name=channel][value=letter]');
  await clerk.fill('#sourceDate', localDay(new Date(), 'Asia/Shanghai'));
  await clerk.fill('#sourcePlace', '王某来信');
  await clerk.check('input[name=stance][value=amend]');
  await clerk.fill('#body', text);
}

describe('a clerk enters a letter with its files', () => {
  it('stores the scan and the enclosure pending review; the receipt holder downloads them, the public cannot', async () => {
    const clerk = await signedIn('clerk1');
    const text = `来信意见（附扫描件）${Date.now()}：建议增加听证程序。`;
    await fillLetter(clerk, text);
    const scan = pdfFile('来信扫描件');
    await clerk.setInputFiles('#files', [
      { name: '来信扫描件.pdf', mimeType: 'application/pdf', buffer: scan },
      { name: '附件照片.jpg', mimeType: 'image/jpeg', buffer: jpegFile() },
    ]);
    await Promise.all([clerk.waitForLoadState(), clerk.click('button:has-text("录入")')]);
    const status = (await clerk.locator('[role=status]').textContent()) ?? '';
    expect(status).toContain('已随意见保存 2 个附件，待审核员审核后公开');
    const code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(status)![0];

    // The receipt (handed to the letter's author) lists them pending, with download links.
    const holder = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await holder.goto(`${baseURL}/receipts/${code}`);
    const files = holder.locator('ul.attachments li');
    expect(await files.allTextContents()).toEqual([
      expect.stringMatching(/^来信扫描件\.pdf .*KB 待审核$/),
      expect.stringMatching(/^附件照片\.jpg .*KB 待审核$/),
    ]);
    const href = (await holder.locator('ul.attachments a').first().getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/receipts/${code}/files/\\d+$`));
    const mine = await holder.request.get(new URL(href, baseURL).href);
    expect(mine.status()).toBe(200);
    expect(mine.headers()['content-disposition']).toMatch(/^attachment; /);
    expect(mine.headers()['content-security-policy']).toContain('sandbox');
    expect(Buffer.from(await mine.body()).equals(scan)).toBe(true);

    // Without the receipt, the pending file is not there.
    const id = href.split('/').pop();
    const stranger = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    expect((await stranger.request.get(`${baseURL}/attachments/${id}`)).status()).toBe(404);

    // Moderation is the same as for files sent online: a moderator reviews each one.
    const moderator = await signedIn('moderator1');
    await moderator.goto(
      `${baseURL}/staff/comments?${new URLSearchParams({ q: text.slice(0, 20) })}`,
    );
    await Promise.all([
      moderator.waitForURL(/\/staff\/comments\/\d+$/),
      moderator.locator(`a:has-text("${code}")`).first().click(),
    ]);
    expect(await moderator.locator('[data-review-attachment]').count()).toBe(2);

    const accessible = await browser.newContext({ bypassCSP: true });
    await signInAs(await accessible.newPage(), baseURL, 'clerk1', password);
    await expectAccessible(accessible, `${baseURL}/staff/enter`);
  });

  it('names a refused file and stores nothing', async () => {
    const clerk = await signedIn('clerk1');
    const text = `格式不对的来信 ${Date.now()}`;
    await fillLetter(clerk, text);
    await clerk.setInputFiles('#files', [
      {
        name: '来信.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('<html>not a pdf</html>'),
      },
    ]);
    const [response] = await Promise.all([
      clerk.waitForResponse((r) => r.request().method() === 'POST'),
      clerk.click('button:has-text("录入")'),
    ]);
    expect(response.status()).toBe(422);
    expect(await clerk.locator('[role=alert]').first().textContent()).toContain(
      '文件“来信.pdf”不是 PDF、Word（.docx）、JPEG 或 PNG 文件',
    );
    expect(await clerk.locator('[role=status]').count()).toBe(0);
    await clerk.goto(`${baseURL}/staff/comments?${new URLSearchParams({ q: text })}`);
    expect(await clerk.locator(`main a[href^="/staff/comments/"]:has(code)`).count()).toBe(0);
  });
});
