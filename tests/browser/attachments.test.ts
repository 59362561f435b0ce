/**
 * Files with a comment, in the browser without JavaScript (issue #18): a resident attaches a
 * PDF and a photo, the receipt lists them pending; a refused file shows why and keeps the
 * text; a moderator publishes the comment and approves the PDF, which the public then
 * downloads, only as a download. Meanwhile the holder of the receipt downloads their own
 * pending files; nobody else does, by another code or none. The comment page with its file
 * input passes axe.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';
import { pdfFile, pngFile } from '../helpers/attachments.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const version = `${baseURL}/regulations/sample/versions/first-reading`;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('attachments', () => {
  it('the comment page with its file input is accessible', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    await expectAccessible(context, `${version}/comment?clause=chp_1__art_2`);
    await context.close();
  });

  it('a refused file is named in the page, with the text kept and nothing stored', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${version}/comment?clause=chp_1__art_2`);
    await page.check('input[name=stance][value=amend]');
    const body = `附件格式不对的意见 ${Date.now()}`;
    await page.fill('textarea[name=body]', body);
    await page.setInputFiles('input[type=file]', [
      {
        name: '报告.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('<html><script>alert(1)</script></html>'),
      },
    ]);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.click('button[type=submit]'),
    ]);
    expect(response.status()).toBe(422);
    expect(await page.locator('[role=alert]').first().textContent()).toContain(
      '文件“报告.pdf”不是 PDF、Word（.docx）、JPEG 或 PNG 文件',
    );
    expect(await page.inputValue('textarea[name=body]')).toBe(body);
  });

  it('a resident attaches files; a moderator approves one; the public downloads it only as a download', async () => {
    const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await resident.goto(`${version}/comment?clause=chp_1__art_2`);
    await resident.check('input[name=stance][value=amend]');
    const body = `本会的书面意见见附件 ${Date.now()}`;
    await resident.fill('textarea[name=body]', body);
    await resident.check('input[name=consentPublish]');
    const pdf = pdfFile();
    await resident.setInputFiles('input[type=file]', [
      { name: '../../协会意见.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: '现场照片.png', mimeType: 'image/png', buffer: pngFile() },
    ]);
    await Promise.all([resident.waitForURL(/\/receipts\//), resident.click('button[type=submit]')]);
    const receiptUrl = resident.url().replace('?new=1', '');
    const files = resident.locator('ul.attachments li');
    expect(await files.allTextContents()).toEqual([
      expect.stringMatching(/^协会意见\.pdf .*KB 待审核$/),
      expect.stringMatching(/^现场照片\.png .*KB 待审核$/),
    ]);

    const moderator = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(moderator, baseURL, 'moderator1', password);
    await moderator.goto(`${baseURL}/staff/moderation`);
    await moderator.fill('#q', body);
    await Promise.all([moderator.waitForURL(/q=/), moderator.click('button:has-text("查找")')]);
    const row = moderator.locator('tr', { hasText: body });
    await row.locator('input[name=id]').check();
    await moderator.check('input[name=action][value=publish]');
    await Promise.all([moderator.waitForLoadState(), moderator.click('button:has-text("执行")')]);

    await moderator.goto(`${baseURL}/staff/comments?q=${encodeURIComponent(body)}`);
    await Promise.all([
      moderator.waitForURL(/\/staff\/comments\/\d+$/),
      moderator.locator('a[href^="/staff/comments/"]:has(code)').first().click(),
    ]);
    // Staff download any file, still pending.
    const staffLink = moderator.locator('ul.attachments a', { hasText: '协会意见.pdf' });
    const staffCopy = await moderator.request.get(
      new URL((await staffLink.getAttribute('href'))!, baseURL).href,
    );
    expect(Buffer.from(await staffCopy.body()).equals(pdf)).toBe(true);

    // Before approval the public has nothing.
    await resident.goto(`${version}/comments?clause=chp_1__art_2`);
    expect(await resident.locator('main').textContent()).toContain(body);
    expect(
      await resident.locator('li.card', { hasText: body }).locator('ul.attachments').count(),
    ).toBe(0);

    await Promise.all([
      moderator.waitForLoadState(),
      moderator
        .locator('[data-review-attachment]', { hasText: '协会意见.pdf' })
        .locator('button[value=approved]')
        .click(),
    ]);
    expect(await moderator.locator('[role=status]').first().textContent()).toContain(
      '附件审核结果已保存',
    );
    await Promise.all([
      moderator.waitForLoadState(),
      moderator
        .locator('[data-review-attachment]', { hasText: '现场照片.png' })
        .locator('button[value=rejected]')
        .click(),
    ]);

    await resident.goto(`${version}/comments?clause=chp_1__art_2`);
    const publicFiles = resident.locator('li.card', { hasText: body }).locator('ul.attachments a');
    expect(await publicFiles.allTextContents()).toEqual(['协会意见.pdf']);
    const href = (await publicFiles.first().getAttribute('href'))!;
    const download = await resident.request.get(new URL(href, baseURL).href);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toMatch(
      /^attachment; filename="_+\.pdf"; filename\*=UTF-8''/,
    );
    expect(download.headers()['x-content-type-options']).toBe('nosniff');
    expect(download.headers()['content-security-policy']).toContain('sandbox');
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    // The rejected photo stays private, even by its address.
    const photoId = Number(href.split('/').pop()) + 1;
    expect((await resident.request.get(`${baseURL}/attachments/${photoId}`)).status()).toBe(404);

    await resident.goto(receiptUrl);
    expect(await resident.locator('ul.attachments li').allTextContents()).toEqual([
      expect.stringMatching(/协会意见\.pdf .*已公开$/),
      expect.stringMatching(/现场照片\.png .*不公开$/),
    ]);

    const csv = await (await resident.request.get(`${version}/comments.csv`)).text();
    const line = csv.split('\n').find((l) => l.includes(body))!;
    expect(line.trim().split(',').at(-1)).toBe('1');
  });

  it('the receipt holder downloads a pending file; nobody else does, without the code or with another', async () => {
    const send = async (text: string) => {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(`${version}/comment?clause=chp_1__art_2`);
      await page.check('input[name=stance][value=amend]');
      await page.fill('textarea[name=body]', text);
      await page.setInputFiles('input[type=file]', [
        { name: '我的材料.pdf', mimeType: 'application/pdf', buffer: pdfFile(text) },
      ]);
      await Promise.all([page.waitForURL(/\/receipts\//), page.click('button[type=submit]')]);
      return page;
    };
    const stamp = Date.now();
    const holder = await send(`待审核附件 ${stamp}`);
    const other = await send(`另一位的意见 ${stamp}`);
    const link = holder.locator('ul.attachments a', { hasText: '我的材料.pdf' });
    expect(await holder.locator('ul.attachments li').first().textContent()).toContain('待审核');
    const href = (await link.getAttribute('href'))!;
    const [, code, id] = /^\/receipts\/([^/]+)\/files\/(\d+)$/.exec(href)!;
    const mine = await holder.request.get(new URL(href, baseURL).href);
    expect(mine.status()).toBe(200);
    expect(mine.headers()['content-type']).toBe('application/pdf');
    expect(mine.headers()['cache-control']).toBe('private, no-store');
    expect(Buffer.from(await mine.body()).equals(pdfFile(`待审核附件 ${stamp}`))).toBe(true);

    const otherCode = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(
      (await other.locator('[data-receipt]').textContent())!,
    )![0];
    expect(otherCode).not.toBe(code);
    const stranger = (await browser.newContext()).request;
    expect((await stranger.get(`${baseURL}/attachments/${id}`)).status()).toBe(404);
    expect((await stranger.get(`${baseURL}/receipts/${otherCode}/files/${id}`)).status()).toBe(404);
    // The staff's route sends a stranger to sign in.
    const staffRoute = await stranger.get(`${baseURL}/staff/attachments/${id}`, {
      maxRedirects: 0,
    });
    expect(staffRoute.status()).not.toBe(200);
    expect(staffRoute.headers()['content-type']).not.toBe('application/pdf');
  });
});
