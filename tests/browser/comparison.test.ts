/** Comparison views, the comparison table with staff notes, and its downloads. */
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectPageAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const compare = `${baseURL}/regulations/sample/compare?from=draft&to=first-reading`;
let browser: Browser;
let noJs: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  noJs = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

describe('comparing two versions without JavaScript', () => {
  it('shows side by side with <ins>/<del>, a summary, permalinks and steps between changes', async () => {
    const page = await noJs.newPage();
    await page.goto(compare);
    expect(await page.locator('.compare-summary').textContent()).toMatch(/新增 1 条/);
    const first = page.locator('li.change').first();
    expect(await first.locator('.side.new ins').first().textContent()).toBe('和促进');
    const inserted = page.locator('li.change-inserted');
    expect(await inserted.locator('h2').textContent()).toContain('第三条');
    const anchor = await inserted.getAttribute('id');
    expect(await page.locator(`a[href="#${anchor}"]`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('opens on changed articles only, leaving out one only renumbered, with a link to show every article', async () => {
    const page = await noJs.newPage();
    await page.goto(compare);
    // 第三条 → 第四条 is unchanged but renumbered: no change of text, so not listed by default.
    expect(await page.locator('li.change-unchanged').count()).toBe(0);
    expect(await page.locator('li.change').count()).toBe(3);
    expect(await page.locator('.compare-shown').textContent()).toContain('仅重新编号的 1 条');
    await Promise.all([page.waitForURL(/show=all/), page.locator('.compare-shown a').click()]);
    expect(await page.locator('li.change-unchanged').count()).toBe(1);
    expect(await page.locator('li.change').count()).toBe(4);
    await page.close();
  });

  it('offers a redline view and every article through the form', async () => {
    const page = await noJs.newPage();
    await page.goto(compare);
    await page.check('input[name=view][value=redline]');
    await page.check('input[name=show][value=all]');
    await Promise.all([
      page.waitForURL(/view=redline/),
      page.click('form.compare-form button[type=submit]'),
    ]);
    expect(await page.locator('.redline del, .redline ins').count()).toBeGreaterThan(0);
    expect(await page.locator('li.change').count()).toBe(4);
    expect(await page.locator('input[name=show][value=all]').isChecked()).toBe(true);
    await page.close();
  });

  it('lets committee staff explain a change, which then shows in the public table and downloads', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'committee1', password);
    await page.goto(`${baseURL}/staff/compare/sample?from=draft&to=first-reading`);
    const note = '根据公众意见，增加“促进”的表述。';
    await page.locator('textarea').first().fill(note);
    await Promise.all([
      page.waitForLoadState(),
      page.click('button[type=submit]:has-text("保存")'),
    ]);
    expect(await page.locator('[role=status]').textContent()).toContain('已保存 1 条');
    await ctx.close();

    const pub = await noJs.newPage();
    await pub.goto(`${compare}&view=table`);
    expect(await pub.locator('table.compare-table').textContent()).toContain(note);
    const xlsx = await pub.request.get(
      `${baseURL}/regulations/sample/compare.xlsx?from=draft&to=first-reading`,
    );
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    // Title, header, then one row per change of text (modified ×2, inserted); an article only
    // renumbered is left out of the table, as printed 对照表 do.
    expect(sheet.rowCount).toBe(2 + 3);
    expect(JSON.stringify(sheet.getRow(3).values)).toContain(note);
    const docx = await pub.request.get(
      `${baseURL}/regulations/sample/compare.docx?from=draft&to=first-reading`,
    );
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    await pub.close();
  });

  it('lets committee staff correct a row without JavaScript, shows it everywhere, and take it back', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'committee1', password);
    const staffPage = `${baseURL}/staff/compare/sample?from=draft&to=first-reading`;
    await page.goto(staffPage);
    // The new 第三条 is inserted; say it came with old 第二条 (with the new 第二条).
    const row = page
      .locator('tr', { has: page.locator('strong', { hasText: /^第三条$/ }) })
      .first();
    await Promise.all([
      page.waitForURL(/fix=/),
      row.locator('a', { hasText: '校正此行的对应' }).click(),
    ]);
    expect(await page.inputValue('#correct-to')).toBe('第三条');
    expect(await page.inputValue('#correct-from')).toBe('');
    // The hint's example is in this regulation's own labels, with their numbers.
    expect(await page.locator('#correct-hint').textContent()).toMatch(
      /如：第[一二三四五六七八九十]+条、第[一二三四五六七八九十]+条（也可写 \d+、\d+）$/,
    );

    // An article the earlier version lacks: refused in words, nothing stored, the typing kept.
    await page.fill('#correct-from', '第九条');
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("校正为同一行")')]);
    expect(await page.locator('#correction-problem').textContent()).toContain(
      '原版本中没有“第九条”',
    );
    expect(await page.inputValue('#correct-from')).toBe('第九条');
    expect(await page.locator('ol.corrections li').count()).toBe(0);

    await page.fill('#correct-from', '2');
    await page.fill('#correct-to', '第二条、第三条');
    await Promise.all([
      page.waitForURL(/done=corrected/),
      page.click('button:has-text("校正为同一行")'),
    ]);
    expect(await page.locator('[role=status]').textContent()).toContain(
      '已校正：第二条 → 第二条、第三条',
    );
    expect(await page.locator('ol.corrections li').textContent()).toContain(
      '第二条 → 第二条、第三条',
    );
    // An admin may correct too; the page is accessible; the correction is in the audit trail.
    const adminCtx = await browser.newContext({ bypassCSP: true });
    const admin = await adminCtx.newPage();
    await signInAs(admin, baseURL, 'admin1', password);
    await admin.goto(staffPage);
    await expectPageAccessible(admin, 'staff comparison with a correction');
    await admin.goto(`${baseURL}/staff/audit`);
    // The articles as staff read them, and the comparison by its versions, not internal ids.
    const line = admin.locator('table.audit tbody tr', { hasText: '校正了对照表的条文对应关系' });
    expect(await line.count()).toBe(1);
    const said = (await line.textContent())!;
    expect(said).toContain('第二条');
    expect(said).not.toMatch(/art_\d|\d+>\d+/);
    expect(await line.locator('a[href^="/staff/compare/"]', { hasText: '→' }).count()).toBe(1);

    // One version named twice: the latest two, with a word on why, not "page not found".
    const same = await admin.goto(`${baseURL}/staff/compare/sample?from=draft&to=draft`);
    expect(same?.status()).toBe(200);
    expect(await admin.locator('.notice', { hasText: '同一个版本' }).count()).toBe(1);
    await adminCtx.close();

    const pub = await noJs.newPage();
    await pub.goto(compare);
    const split = pub.locator('li.change', { hasText: '拆分为第二条、第三条' });
    expect(await split.count()).toBe(1);
    expect(await split.textContent()).toContain('对应关系经人工校正');
    expect(await pub.locator('li.change.change-inserted').count()).toBe(0);
    await pub.close();

    await page.goto(staffPage);
    await Promise.all([
      page.waitForURL(/done=uncorrected/),
      page.click('button[aria-label="撤销校正 第二条 → 第二条、第三条"]'),
    ]);
    expect(await page.locator('ol.corrections li').count()).toBe(0);
    const again = await noJs.newPage();
    await again.goto(compare);
    expect(await again.locator('li.change.change-inserted h2').textContent()).toContain('第三条');
    await again.close();
    await ctx.close();
  });

  it('refuses the notes editor to roles other than committee staff and admins', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'advisor1', password);
    const response = await page.goto(`${baseURL}/staff/compare/sample`);
    expect(response?.status()).toBe(403);
    await ctx.close();
  });

  it('has no axe violations in the three views', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    for (const view of ['side', 'redline', 'table'])
      await expectAccessible(ctx, `${compare}&view=${view}`);
    await ctx.close();
  });

  it('puts every reading in one table, one row per article path, without JavaScript and accessible (#16)', async () => {
    const page = await noJs.newPage();
    await page.goto(`${baseURL}/regulations/sample/readings`);
    expect(await page.locator('.readings-table thead th').allTextContents()).toEqual([
      '征求意见稿',
      '一审稿',
    ]);
    // First the rows that change: 第一条 reworded, 第二条 given a paragraph, the new 第三条; the
    // 施行日期 article, only renumbered, is counted, one link away.
    expect(await page.locator('.readings-table tbody tr').count()).toBe(3);
    expect(await page.locator('.compare-shown').innerText()).toContain(
      '未列出 1 条未修改的条文（其中仅重新编号的 1 条）',
    );
    await page.getByRole('link', { name: '显示全部条文' }).click();
    expect(page.url()).toContain('show=all');
    expect(await page.locator('.readings-table tbody tr').count()).toBe(4);
    // 征求意见稿 第三条 (施行日期) is 一审稿 第四条, on one row; the new 第三条 has an empty first cell.
    const row = page.locator('.readings-table tbody tr').nth(3);
    expect(await row.locator('td strong').allTextContents()).toEqual(['第三条', '第四条']);
    await page.close();
    const ctx = await browser.newContext({ bypassCSP: true });
    await expectAccessible(ctx, `${baseURL}/regulations/sample/readings`);
    await ctx.close();
  });
});
