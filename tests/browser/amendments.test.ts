/**
 * From comments to the next reading, in the browser: citizens suggest wordings on the first
 * reading (one seconded by a reader), an advisor proposes a change, committee staff decide them
 * on the workbench with a collision resolved, draft the second reading from the decisions and
 * publish it, and the citizen whose amendment was accepted is credited on the new article and
 * from the comparison, and told by e-mail (read in the outbox: no SMTP is configured). Starts
 * its own server: publishing a reading changes the sample's latest version, which other
 * browser tests read.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStaff,
  serverEnv,
  startServer,
  STAFF_PASSWORD,
  tempDir,
  type RunningServer,
} from '../faults/support.ts';
import { expectAccessible, launch, signInAs } from './browser.ts';

let server: RunningServer;
let browser: Browser;
const dir = tempDir('oc-amend-');
const ART = 'chp_1__art_3';

beforeAll(async () => {
  const env = serverEnv({ databaseUrl: null, dataDir: dir.dir });
  createStaff(env, 'committee1', 'committee');
  createStaff(env, 'advisor1', 'advisor');
  createStaff(env, 'moderator1', 'moderator');
  createStaff(env, 'admin1', 'admin');
  server = await startServer(env);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  dir.remove();
});

async function suggest(page: Page, name: string, email: string, body: string, wording: string) {
  await page.goto(
    `${server.baseURL}/regulations/sample/versions/first-reading/comment?clause=${ART}`,
  );
  await page.check('input[name=stance][value=amend]');
  await page.fill('textarea[name=body]', body);
  await page.fill('textarea[name=suggestedWording]', wording);
  await page.fill('input[name=displayName]', name);
  await page.check('input[name=consentPublish]');
  await page.fill('input[name=contact]', email);
  await page.check('input[name=notifyByEmail]');
  await Promise.all([page.waitForURL(/\/receipts\//), page.click('button[type=submit]')]);
}

async function post(page: Page, button: string) {
  await Promise.all([page.waitForLoadState(), page.click(button)]);
}

describe('amendments from the first reading to the second', () => {
  it('runs from suggestion to credit', async () => {
    const baseURL = server.baseURL;
    // Article 3: "示范活动应当遵循以下原则：\n（一）公开透明；\n（二）公众参与。"
    const citizen = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await suggest(
      citizen,
      '王小明',
      'wang@example.org',
      '公开应当依法进行。',
      '示范活动应当遵循以下原则：\n（一）依法公开；\n（二）公众参与。',
    );
    await suggest(
      citizen,
      '李四',
      'li@example.org',
      '公开与透明是两回事。',
      '示范活动应当遵循以下原则：\n（一）公开、透明；\n（二）公众参与。',
    );

    const moderator = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(moderator, baseURL, 'moderator1', STAFF_PASSWORD);
    await moderator.goto(`${baseURL}/staff/moderation`);
    for (const row of await moderator
      .locator('tr', { hasText: /公开应当依法进行|公开与透明是两回事/ })
      .all())
      await row.locator('input[name=id]').check();
    await moderator.check('input[name=action][value=publish]');
    await post(moderator, 'button:has-text("执行")');
    expect(await moderator.locator('[role=status]').textContent()).toContain('已处理 2 条');

    // A reader seconds 王小明's comment.
    const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await reader.goto(
      `${baseURL}/regulations/sample/versions/first-reading/comments?clause=${ART}`,
    );
    await post(reader, 'ol.cards > li:has-text("公开应当依法进行") .second-form button');
    expect(await reader.locator('[role=status]').textContent()).toContain('已附议');

    // An advisor proposes a change of their own; advisors may not decide.
    const advisor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(advisor, baseURL, 'advisor1', STAFF_PASSWORD);
    await advisor.goto(`${baseURL}/staff/amendments/sample/first-reading?clause=${ART}`);
    await advisor.fill('#original', '公众参与');
    await advisor.fill('#replacement', '公众有序参与');
    await post(advisor, 'button:has-text("提出修改")');
    expect(await advisor.locator('[role=status]').textContent()).toContain('已保存');
    expect(await advisor.locator('button:has-text("采纳 #")').count()).toBe(0);

    const staffContext = await browser.newContext({ javaScriptEnabled: false });
    const staff = await staffContext.newPage();
    await signInAs(staff, baseURL, 'committee1', STAFF_PASSWORD);
    await staff.goto(`${baseURL}/staff/amendments/sample/first-reading`);
    await post(staff, `a[href$="clause=${ART}"]`);
    const wang = staff.locator('article.amendment', { hasText: '王小明' });
    expect(await wang.textContent()).toContain('1 人附议');
    expect(await wang.locator('.redline del').textContent()).toBe('公开透明');
    // 王小明's and 李四's touch the same words: one group.
    expect(
      await staff
        .locator('section.card', { has: staff.locator('article.amendment', { hasText: '李四' }) })
        .locator('article.amendment', { hasText: '王小明' })
        .count(),
    ).toBe(1);
    for (const who of ['王小明', '李四', '工作人员提出'])
      await post(staff, `article.amendment:has-text("${who}") button:has-text("采纳 #")`);
    expect(await staff.locator('#collisions').textContent()).toContain('冲突');
    expect(await staff.locator('#accepted-preview').count()).toBe(0);
    await staff.fill('#collisions input[name=reason]', '与“依法公开”的修改重叠，已一并考虑。');
    const wangId = (await wang.getAttribute('id'))!.replace('amendment-', '');
    await staff.check(`#collisions input[name=id][value="${wangId}"]`);
    await post(staff, '#collisions button[type=submit]');
    expect(await staff.locator('#collisions').count()).toBe(0);
    expect(await staff.locator('article.amendment:has-text("李四") .status').textContent()).toBe(
      '未采纳',
    );
    expect(await staff.locator('#accepted-preview ins').allTextContents()).toEqual(
      expect.arrayContaining(['依法公开', '有序']),
    );

    await staff.goto(`${baseURL}/staff/amendments/sample/first-reading/draft`);
    expect(await staff.inputValue('#markdown')).toContain(
      '（一）依法公开；\n\n（二）公众有序参与。',
    );
    await staff.fill('#label', '二审稿');
    await staff.fill('#slug', 'amended-reading');
    await post(staff, 'button:has-text("检查并与上一版本比较")');
    expect(await staff.locator('.compare-table').textContent()).toContain('依法公开');
    await post(staff, 'button:has-text("发布“二审稿”")');
    expect(await staff.locator('[role=status]').textContent()).toContain('二审稿');

    await citizen.goto(`${baseURL}/regulations/sample/versions/amended-reading`);
    await post(citizen, `[id="${ART}"] a.why-link`);
    const why = citizen.locator(`#why-${ART}`);
    expect(await why.locator('.why-credit').textContent()).toContain('王小明');
    expect(await why.textContent()).not.toContain('李四');
    expect(await why.textContent()).toContain('1 人附议');
    await citizen.goto(
      `${baseURL}/regulations/sample/compare?from=first-reading&to=amended-reading&view=table`,
    );
    expect(await citizen.locator('.compare-table a.why-link').getAttribute('href')).toBe(
      `/regulations/sample/versions/amended-reading#why-${ART}`,
    );

    // 王小明 is told that the words entered the second reading; 李四, declined, is not.
    const admin = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(admin, baseURL, 'admin1', STAFF_PASSWORD);
    await admin.goto(`${baseURL}/staff/outbox`);
    const credited = admin.locator('tbody tr', { hasText: '写进了' });
    expect(await credited.count()).toBe(1);
    expect(await credited.textContent()).toContain('wang@example.org');
    expect(await credited.locator('pre').textContent()).toContain(
      `/regulations/sample/versions/amended-reading#why-${ART}`,
    );

    // 李四's comment has the reason for declining as its public reply.
    await citizen.goto(
      `${baseURL}/regulations/sample/versions/first-reading/comments?clause=${ART}`,
    );
    expect(
      await citizen.locator('ol.cards > li', { hasText: '公开与透明是两回事' }).textContent(),
    ).toContain('已一并考虑');

    const axe = await browser.newContext({ bypassCSP: true });
    await expectAccessible(axe, `${baseURL}/regulations/sample/versions/amended-reading`);
    const signedIn = await axe.newPage();
    await signInAs(signedIn, baseURL, 'committee1', STAFF_PASSWORD);
    await signedIn.close();
    await expectAccessible(axe, `${baseURL}/staff/amendments/sample/first-reading?clause=${ART}`);
    await expectAccessible(axe, `${baseURL}/staff/amendments/sample/first-reading/draft`);
    await axe.close();
  });
});
