/**
 * Personal data through the whole site: a comment with a name and a phone number in every
 * field is masked and, once a moderator redacts the name, redacted in the public list, the
 * API, the CSV and for clerks (their search included); a reader's report reaches the
 * moderators' reported queue at once.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, signInAs } from './browser.ts';

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

const page = async (): Promise<Page> =>
  (await browser.newContext({ javaScriptEnabled: false })).newPage();

/** A resident's comment, published by a moderator; returns its staff id. */
async function publishedComment(fields: {
  body: string;
  suggestedWording?: string;
  displayName?: string;
}): Promise<number> {
  const resident = await page();
  await resident.goto(`${version}/comment?clause=chp_1__art_2`);
  await resident.check('input[name=stance][value=amend]');
  await resident.fill('textarea[name=body]', fields.body);
  if (fields.suggestedWording)
    await resident.fill('textarea[name=suggestedWording]', fields.suggestedWording);
  if (fields.displayName) await resident.fill('input[name=displayName]', fields.displayName);
  await resident.check('input[name=consentPublish]');
  await Promise.all([resident.waitForURL(/\/receipts\//), resident.click('button[type=submit]')]);
  const moderator = await page();
  await signInAs(moderator, baseURL, 'moderator1', password);
  await moderator.goto(`${baseURL}/staff/moderation?${new URLSearchParams({ q: fields.body })}`);
  const row = moderator.locator('tr', { hasText: fields.body });
  const id = Number(await row.locator('input[name=id]').getAttribute('value'));
  await row.locator('input[name=id]').check();
  await moderator.check('input[name=action][value=publish]');
  await Promise.all([moderator.waitForLoadState(), moderator.click('button:has-text("执行")')]);
  return id;
}

describe('one masking and redaction path for every public field', () => {
  it('masks and redacts the text, the suggested wording and the name in the list, the API, the CSV and for clerks', async () => {
    const stamp = Date.now();
    const phone = '13987654321';
    const body = `业主李四海的电话${phone}，第二条应当公示 ${stamp}`;
    const id = await publishedComment({
      body,
      suggestedWording: `物业服务企业应当向李四海（${phone}）公示收支`,
      displayName: '李四海',
    });

    const moderator = await page();
    await signInAs(moderator, baseURL, 'moderator1', password);
    await moderator.goto(`${baseURL}/staff/comments/${id}`);
    await moderator.fill('#passage', '李四海');
    await Promise.all([moderator.waitForLoadState(), moderator.click('button:has-text("删节")')]);
    expect(await moderator.locator('[role=status]').textContent()).toContain('已删节 3 处');

    const reader = await page();
    await reader.goto(`${version}/comments?clause=chp_1__art_2`);
    const item = reader.locator('li', { hasText: String(stamp) });
    const shown = await item.first().innerHTML();
    expect(shown).toContain('[已删节]');
    for (const secret of ['李四海', phone]) expect(shown).not.toContain(secret);

    const api = await (
      await fetch(`${baseURL}/api/v1/regulations/sample/versions/first-reading/comments?limit=200`)
    ).text();
    const csv = await (await fetch(`${version}/comments.csv`)).text();
    for (const published of [api, csv]) {
      expect(published).toContain(String(stamp));
      expect(published).not.toContain(phone);
      expect(published).not.toContain('李四海');
    }

    const clerk = await page();
    await signInAs(clerk, baseURL, 'clerk1', password);
    await clerk.goto(`${baseURL}/staff/comments/${id}`);
    const clerkView = (await clerk.locator('main').textContent()) ?? '';
    expect(clerkView).toContain(String(stamp));
    expect(clerkView).not.toContain(phone);
    expect(clerkView).not.toContain('李四海');
    await clerk.goto(`${baseURL}/staff/comments?q=${phone}`);
    expect(await clerk.locator('main').textContent()).not.toContain(String(stamp));
    await clerk.goto(`${baseURL}/staff/comments?q=${stamp}`);
    const listed = (await clerk.locator('main').textContent()) ?? '';
    expect(listed).toContain(String(stamp));
    expect(listed).not.toContain(phone);
  });
});

describe('reports', () => {
  it('reach the moderators\u2019 reported queue with their reason before the comment is hidden', async () => {
    const body = `请审核这条被举报的意见 ${Date.now()}`;
    await publishedComment({ body });
    const reader = await page();
    await reader.goto(`${version}/comments?clause=chp_1__art_2`);
    const item = reader.locator('li', { hasText: body }).first();
    await item.locator('summary').click();
    await item.locator('select[name=reason]').selectOption('personal-data');
    await Promise.all([
      reader.waitForLoadState(),
      item.locator('button:has-text("提交举报")').click(),
    ]);
    expect(await reader.locator('[role=status]').textContent()).toContain('已收到您的举报');

    const moderator = await page();
    await signInAs(moderator, baseURL, 'moderator1', password);
    await moderator.goto(`${baseURL}/staff/moderation?status=reported`);
    const row = moderator.locator('tr', { hasText: body });
    expect(await row.locator('[data-reports]').textContent()).toContain('含有他人个人信息');
    // Keeping it published reviews the report: the comment leaves the queue.
    await row.locator('input[name=id]').check();
    await moderator.check('input[name=action][value=publish]');
    await Promise.all([moderator.waitForLoadState(), moderator.click('button:has-text("执行")')]);
    expect(await moderator.locator('[role=status]').textContent()).toContain('举报已记为已审核');
    expect(await moderator.locator('tr', { hasText: body }).count()).toBe(0);
  });
});
