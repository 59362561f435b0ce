/** A clerk imports a spreadsheet of letters: problems first, then preview, confirm, receipts; never twice. */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { corpusPath } from '../helpers/corpus.ts';
import { patience } from '../helpers/patience.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectPageAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = Date.now();
const GOOD = `意见内容,条款,态度,渠道,收集日期,地点或来信单位\n导入测试来信一 ${stamp},第二条,建议修改,来信,2026-11-20,东湖街道\n导入测试来信二 ${stamp},,赞成,座谈会,2026-11-21,西湖社区\n`;
/** Rows as a CSV file: every cell quoted, quotes doubled. */
const stringify = (rows: string[][]) =>
  `${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n')}\n`;
const BAD = `意见内容,条款,态度,渠道,收集日期\n导入测试坏表 ${stamp},第九十九条,随便,来信,2026-11-20\n`;

async function upload(page: Page, name: string, text: string, channel?: string) {
  await page.goto(`${baseURL}/staff/import`);
  // A file without a channel column takes the channel chosen on the form.
  if (channel) await page.selectOption('#channel', channel);
  await page.setInputFiles('#file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await Promise.all([page.waitForLoadState(), page.click('button:has-text("检查并预览")')]);
}

describe('importing a spreadsheet of opinions', () => {
  it('shows each bad row with its problem in Chinese and stores nothing', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    await upload(page, 'bad.csv', BAD);
    const alert = page.locator('[role=alert]');
    expect(await alert.textContent()).toContain('未导入任何内容');
    expect(await alert.locator('tr', { hasText: '态度' }).textContent()).toContain(
      '态度“随便”无效',
    );
    expect(await alert.locator('tr', { hasText: '条款' }).last().textContent()).toContain(
      '第九十九条',
    );
    expect(await page.locator('button:has-text("确认导入")').count()).toBe(0);
    await page.goto(`${baseURL}/staff/comments?q=${encodeURIComponent('导入测试坏表')}`);
    expect(await page.locator('tr', { hasText: '导入测试坏表' }).count()).toBe(0);
  });

  it('previews, imports as a job whose page shows progress and a receipt per row, and stores nothing twice when the file comes again', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    await upload(page, 'letters.csv', GOOD);
    expect(await page.locator('#preview-heading').textContent()).toContain('共 2 条意见可以导入');
    expect(await page.locator('tbody tr', { hasText: '座谈会' }).count()).toBe(1);
    await Promise.all([
      page.waitForURL(/\/staff\/import\/jobs\/\d+$/),
      page.click('button:has-text("确认导入 2 条")'),
    ]);
    // The job's page refreshes itself (no JavaScript) until the job is done.
    await page.locator('#done-heading').waitFor({ timeout: patience(7_500) });
    expect(await page.locator('[role=status]').textContent()).toContain(
      '已导入 2 条；0 条此前已导入',
    );
    expect(await page.locator('label[for=progress]').textContent()).toContain('已保存 2 / 2 行');
    const receipts = await page.locator('tbody code').allTextContents();
    expect(receipts).toHaveLength(2);
    expect(receipts[0]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    await upload(page, 'letters-again.csv', GOOD);
    await Promise.all([
      page.waitForURL(/\/staff\/import\/jobs\/\d+$/),
      page.click('button:has-text("确认导入 2 条")'),
    ]);
    await page.locator('#done-heading').waitFor({ timeout: patience(7_500) });
    expect(await page.locator('[role=status]').textContent()).toContain(
      '已导入 0 条；2 条此前已导入',
    );
    expect(await page.locator('tbody code').allTextContents()).toEqual(receipts);

    await page.goto(`${baseURL}/staff/comments?q=${encodeURIComponent(`导入测试来信一 ${stamp}`)}`);
    expect(await page.locator('tr', { hasText: `导入测试来信一 ${stamp}` }).count()).toBe(1);
    await page.goto(`${baseURL}/receipts/${receipts[0]}`);
    expect(await page.locator('main').textContent()).toContain(`导入测试来信一 ${stamp}`);
  });

  it('takes a regulations.gov export: unknown columns listed, ISO date-times, no stance, free categories; flags the rows on a second upload', async () => {
    // The real export's columns and rows (tests/fixtures/corpus), with received dates moved into
    // this consultation's window: its own 2023 dates lie outside any window of the test site.
    const rows: string[][] = parse(
      fs.readFileSync(corpusPath('regulations-gov-comments--sample-1000.csv')),
      { bom: true },
    );
    const [head, ...body] = rows;
    const pick = body
      .slice(0, 3)
      .map((r, i) =>
        r.map((cell, c) =>
          head![c] === 'received_date'
            ? `2026-11-2${i}T04:00Z`
            : head![c] === 'category'
              ? 'Parent/Relative'
              : head![c] === 'comment'
                ? `${cell} ${stamp}`
                : cell,
        ),
      );
    const csv = stringify([head!, ...pick]);
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    await upload(page, 'regulations-gov.csv', csv, 'letter');
    expect(await page.locator('#preview-heading').textContent()).toContain('共 3 条意见可以导入');
    expect(await page.locator('#ignored-columns').textContent()).toContain('“document_id”');
    expect(await page.locator('tbody tr', { hasText: '未表态' }).count()).toBe(3);
    await Promise.all([
      page.waitForURL(/\/staff\/import\/jobs\/\d+$/),
      page.click('button:has-text("确认导入 3 条")'),
    ]);
    await page.locator('#done-heading').waitFor({ timeout: patience(15_000) });
    // The same opinions again, as a second file would bring them: flagged in the preview.
    await upload(page, 'regulations-gov-again.csv', csv, 'letter');
    expect(await page.locator('#earlier-duplicates').textContent()).toContain(
      '3 行与已保存的意见相同',
    );
  });

  it('takes an XLSX file as Excel saves it', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    const xlsx = await (await page.request.get(`${baseURL}/staff/import/template.xlsx`)).body();
    await page.goto(`${baseURL}/staff/import`);
    await page.setInputFiles('#file', {
      name: 'template.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx,
    });
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("检查并预览")')]);
    expect(await page.locator('#preview-heading').textContent()).toContain('共 1 条意见可以导入');
  });

  it('offers the template to download', async () => {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    const res = await page.request.get(`${baseURL}/staff/import/template.csv`);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('意见内容,条款,态度');
    const xlsx = await page.request.get(`${baseURL}/staff/import/template.xlsx`);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  });

  it('has no axe violations on the form, the problems and the preview', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'clerk1', password);
    await expectAccessible(ctx, `${baseURL}/staff/import`);
    await upload(page, 'bad.csv', BAD);
    await expectPageAccessible(page, 'import problems');
    await upload(page, 'letters.csv', GOOD);
    await expectPageAccessible(page, 'import preview');
    await ctx.close();
  });
});
