/**
 * The signed report and the readable audit trail, as the roles that use them: an advisor reads
 * the report (people by the written rule, the next reading's articles), an administrator reads
 * the trail in words, filters it, and finds the advisor's viewing of a commenter's contact.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const page = async (): Promise<Page> =>
  (await browser.newContext({ javaScriptEnabled: false })).newPage();

/** A resident's comment with contact details; returns its receipt page URL. */
async function commentWithContact(body: string, contact: string): Promise<string> {
  const resident = await page();
  await resident.goto(
    `${baseURL}/regulations/sample/versions/first-reading/comment?clause=chp_1__art_2`,
  );
  await resident.check('input[name=stance][value=amend]');
  await resident.fill('textarea[name=body]', body);
  await resident.fill('input[name=contact]', contact);
  await Promise.all([resident.waitForURL(/\/receipts\//), resident.click('button[type=submit]')]);
  return resident.url();
}

describe('the feedback report as an advisor reads it', () => {
  it('counts people by the rule it prints, not by address, and offers the next reading beside the draft', async () => {
    const stamp = Date.now();
    // Two comments from one address with the same telephone written two ways: one person.
    await commentWithContact(`报告人数测试甲 ${stamp}`, '139-0000-1111');
    await commentWithContact(`报告人数测试乙 ${stamp}`, '+86 139 0000 1111');
    const advisor = await page();
    await signInAs(advisor, baseURL, 'advisor1', password);
    await advisor.goto(`${baseURL}/staff/report/sample/first-reading`);
    const text = (await advisor.locator('article').textContent()) ?? '';
    expect(text).toContain('人数计算规则');
    expect(text).toMatch(/共收到意见 \d+ 条，来自 \d+ 人/);
    expect(text).not.toContain('人次');
    const [, comments, people] = /共收到意见 (\d+) 条，来自 (\d+) 人/.exec(text)!;
    expect(Number(people)).toBeLessThan(Number(comments));
    // The draft's consultation closed before the first reading: its report maps to that reading.
    await advisor.goto(`${baseURL}/staff/report/sample/draft`);
    expect(await advisor.locator('th', { hasText: '一审稿对应条款' }).count()).toBe(1);
  });

  it('has no axe violations', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const p = await ctx.newPage();
    await signInAs(p, baseURL, 'advisor1', password);
    await expectAccessible(ctx, `${baseURL}/staff/report/sample/first-reading`);
    await ctx.close();
  });
});

describe('the audit trail as an administrator reads it', () => {
  it('says who did what on which object in words, and filters by action and actor', async () => {
    const admin = await page();
    await signInAs(admin, baseURL, 'admin1', password);
    await admin.goto(`${baseURL}/staff/audit?action=auth.sign-in&actor=admin1`);
    const table = admin.locator('table.audit');
    const body = (await table.locator('tbody').textContent()) ?? '';
    expect(body).toContain('登录');
    expect(body).toContain('工作人员账号：admin1 (admin1)');
    expect(body).not.toContain('auth.sign-in');
    expect(body).not.toContain('staff_user');
    expect(body).not.toContain('{}');
    const actors = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set(['admin1']));
    // English, from the same keys.
    await admin.goto(`${baseURL}/staff/audit?action=auth.sign-in&actor=admin1&lang=en`);
    expect(await admin.locator('table.audit tbody').textContent()).toContain('Signed in');
  });

  it('records an advisor opening a commenter’s contact details, linked to the comment', async () => {
    const receipt = await commentWithContact(
      `联系方式审计测试 ${Date.now()}`,
      'audit-test@example.org',
    );
    const advisor = await page();
    await signInAs(advisor, baseURL, 'advisor1', password);
    await advisor.goto(`${baseURL}/staff?q=${encodeURIComponent('联系方式审计测试')}`);
    const href = await advisor.locator('a[href^="/staff/comments/"]').first().getAttribute('href');
    expect(receipt).toContain('/receipts/');
    await advisor.goto(`${baseURL}${href}`);
    expect(await advisor.locator('main').textContent()).toContain('audit-test@example.org');

    const admin = await page();
    await signInAs(admin, baseURL, 'admin1', password);
    await admin.goto(`${baseURL}/staff/audit?action=comment.contact-view&actor=advisor1`);
    const row = admin.locator('table.audit tbody tr').first();
    expect(await row.textContent()).toMatch(/查看了 \d+ 条意见的联系方式/);
    expect(await admin.locator(`table.audit a[href="${href}"]`).count()).toBeGreaterThan(0);
  });

  it('is refused to an advisor, and has no axe violations', async () => {
    const advisor = await page();
    await signInAs(advisor, baseURL, 'advisor1', password);
    expect((await advisor.goto(`${baseURL}/staff/audit`))?.status()).toBe(403);
    const ctx = await browser.newContext({ bypassCSP: true });
    const p = await ctx.newPage();
    await signInAs(p, baseURL, 'admin1', password);
    await expectAccessible(ctx, `${baseURL}/staff/audit`);
    await ctx.close();
  });
});

describe('plan comments and proposals kept as what they are', () => {
  it('gives a proposal’s receipt its kind, and reports the plan consultation by item with proposals apart', async () => {
    const resident = await page();
    await resident.goto(`${baseURL}/plans/2027/propose`);
    await resident.fill('[name=proposalTitle]', '养老助餐条例');
    await resident.fill('[name=proposalProblem]', `老年食堂少 ${Date.now()}`);
    await resident.fill('[name=proposalScope]', '助餐补贴');
    await Promise.all([resident.waitForURL(/\/receipts\//), resident.click('button[type=submit]')]);
    const receipt = (await resident.locator('dl.meta').textContent()) ?? '';
    expect(receipt).toContain('立法项目建议');
    expect(receipt).not.toContain('建议修改');

    await resident.goto(`${baseURL}/plans/2027/comment?clause=item_sample`);
    await resident.check('input[name=stance][value=support]');
    await resident.fill('textarea[name=body]', `支持列入计划 ${Date.now()}`);
    await Promise.all([resident.waitForURL(/\/receipts\//), resident.click('button[type=submit]')]);

    const committee = await page();
    await signInAs(committee, baseURL, 'committee1', password);
    await committee.goto(`${baseURL}/staff/report/plan-2027/plan`);
    const text = (await committee.locator('article').textContent()) ?? '';
    expect(text).toMatch(/其中立法项目建议 \d+ 件/);
    expect(await committee.locator('th[scope=row]', { hasText: '临江市示范条例' }).count()).toBe(1);
    expect(await committee.locator('th[scope=row]', { hasText: '立法计划整体' }).count()).toBe(1);
  });
});
