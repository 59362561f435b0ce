/**
 * Committee staff upload a draft kept in Word (issue #16, #19): the version downloaded as .docx,
 * uploaded back as the next reading, reads as the same text (nothing but unchanged articles in
 * the comparison); edited in Word, the comparison shows the edit; files that are not Word
 * documents are refused with a message and nothing is offered for publishing. (Publishing the
 * converted text is tested in tests/lib/versions/publish.test.ts, so the sample's latest
 * version stays what the other browser tests read.)
 */
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectPageAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let browser: Browser;
let downloaded: Buffer;
beforeAll(async () => {
  browser = await launch();
  const response = await fetch(`${baseURL}/regulations/sample/versions/first-reading/text.docx`);
  expect(response.status).toBe(200);
  downloaded = Buffer.from(await response.arrayBuffer());
});
afterAll(async () => {
  await browser?.close();
});

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(`${baseURL}/staff/versions/sample`);
  await page.fill('#label', '二审稿');
  await page.fill('#slug', 'second-reading');
  await page.fill('#date', '2026-12-01');
  await page.setInputFiles('#file', file);
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/staff/versions/sample'),
    ),
    page.click('button:has-text("检查并与上一版本比较")'),
  ]);
  await page.waitForLoadState();
  return response;
}

async function staffPage(): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(page, baseURL, 'committee1', password);
  return page;
}

describe('a draft uploaded as a Word document', () => {
  it('reads the downloaded version back as the same text: only unchanged articles, ready to publish', async () => {
    const page = await staffPage();
    await upload(page, { name: '示范条例-一审稿.docx', mimeType: DOCX, buffer: downloaded });
    expect(await page.locator('#word-conversion').textContent()).toContain(
      '已把 Word 文档“示范条例-一审稿.docx”转换为文本',
    );
    expect(await page.locator('#check-heading').textContent()).toContain('与“一审稿”的比较');
    expect(await page.locator('table.compare-table tbody tr').count()).toBe(0);
    expect(await page.locator('table.compare-table ins, table.compare-table del').count()).toBe(0);
    // The converted text is what the publish form carries, and what staff can correct.
    expect(await page.locator('form input[name=markdown]').inputValue()).toContain('第一条');
    expect(await page.inputValue('#markdown')).toContain('## 第一章');
    expect(await page.locator('button:has-text("发布“二审稿”")').count()).toBe(1);
  });

  it('shows an edit made in Word in the comparison', async () => {
    const zip = await JSZip.loadAsync(downloaded);
    const xml = await zip.file('word/document.xml')!.async('string');
    const edited = xml.replace(/(第二条<\/w:t>.*?<w:t[^>]*>　)/, '$1经修改，');
    expect(edited).not.toBe(xml);
    zip.file('word/document.xml', edited);
    const page = await staffPage();
    await upload(page, {
      name: '二审稿.docx',
      mimeType: DOCX,
      buffer: await zip.generateAsync({ type: 'nodebuffer' }),
    });
    expect((await page.locator('table.compare-table ins').allTextContents()).join('')).toContain(
      '经修改，',
    );
    expect(await page.locator('table.compare-table tbody tr').count()).toBe(1);
  });

  it('refuses a PDF, an old .doc and a broken .docx with a message, offering nothing to publish', async () => {
    const page = await staffPage();
    const cases = [
      {
        name: '草案.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
      },
      {
        name: '草案.doc',
        mimeType: 'application/msword',
        buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
      },
    ];
    for (const file of cases) {
      const response = await upload(page, file);
      expect(response?.status()).toBe(422);
      expect(await page.locator('[role=alert]').textContent()).toContain(
        '这个文件不是 Word 文档（.docx）',
      );
      expect(await page.locator('button:has-text("发布“")').count()).toBe(0);
    }
    const broken = Buffer.from(downloaded);
    broken.fill(0x41, 200, 2000);
    const response = await upload(page, { name: '损坏.docx', mimeType: DOCX, buffer: broken });
    expect(response?.status()).toBe(422);
    expect(await page.locator('[role=alert]').textContent()).toMatch(
      /Word 文档已损坏|不是 Word 文档/,
    );
    expect(await page.locator('button:has-text("发布“")').count()).toBe(0);
  });

  it('has no axe violations on the converted draft and on a refusal', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await upload(page, { name: '一审稿.docx', mimeType: DOCX, buffer: downloaded });
    await expectPageAccessible(page, 'Word draft converted');
    await upload(page, {
      name: '草案.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n'),
    });
    await expectPageAccessible(page, 'Word draft refused');
    await ctx.close();
  });
});
