/** Staff export a consultation's comments: contact details only for roles allowed to see them; audited. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { launch, signInAs } from './browser.ts';

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
const contact = `export-${stamp}@example.org`;

describe('staff export of comments', () => {
  it('gives an advisor the contact details, a clerk not, and writes both to the audit trail', async () => {
    const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await visitor.goto(
      `${baseURL}/regulations/sample/versions/first-reading/comment?clause=chp_1__art_1`,
    );
    const form = visitor.locator('form', { has: visitor.locator('textarea[name=body]') }).first();
    await form.locator('input[name=stance][value=support]').check();
    await form.locator('textarea[name=body]').fill(`导出测试意见 ${stamp}`);
    await form.locator('input[name=contact]').fill(contact);
    await Promise.all([
      visitor.waitForURL(/\/receipts\//),
      form.locator('button[type=submit]').click(),
    ]);

    const advisor = await (await browser.newContext()).newPage();
    await signInAs(advisor, baseURL, 'advisor1', password);
    const full = await advisor.request.get(`${baseURL}/staff/export/sample/first-reading.csv`);
    expect(full.status()).toBe(200);
    const rows = parse(await full.text(), { bom: true });
    expect(rows.length - 1).toBe(Number(full.headers()['x-row-count']));
    expect(rows.find((r) => r.includes(`导出测试意见 ${stamp}`))).toContain(contact);

    const clerk = await (await browser.newContext()).newPage();
    await signInAs(clerk, baseURL, 'clerk1', password);
    const masked = await clerk.request.get(`${baseURL}/staff/export/sample/first-reading.csv`);
    const text = await masked.text();
    expect(text).toContain(`导出测试意见 ${stamp}`);
    expect(text).not.toContain(contact);
    const xlsx = await clerk.request.get(
      `${baseURL}/staff/export/sample/first-reading.xlsx?stance=support`,
    );
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    const admin = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(admin, baseURL, 'admin1', password);
    await admin.goto(`${baseURL}/staff/audit?action=comments.export`);
    expect(
      await admin.locator('tr', { hasText: /导出了 \d+ 条意见/ }).count(),
    ).toBeGreaterThanOrEqual(3);
  });
});
