/** Triage: campaigns grouped at intake, one decision for a whole group, after a confirmation. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const version = `${baseURL}/regulations/sample/versions/first-reading`;
let browser: Browser;
const run = Date.now().toString(36);
const letter = `我们小区全体业主强烈要求在第二条中明确示范活动必须经过公开听证，并向全体居民公布听证结果和采纳情况，编号${run}。`;
const receipts: string[] = [];

async function submit(body: string, i: number): Promise<string> {
  const res = await fetch(`${version}/comment`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
    body: new URLSearchParams({
      stance: 'amend',
      body,
      idempotencyKey: `triage-${run}-${i}-key`,
      clause: 'chp_1__art_2',
      consentPublish: 'on',
    }),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
  return decodeURIComponent(/\/receipts\/([^?]+)/.exec(res.headers.get('location')!)![1]!);
}

beforeAll(async () => {
  browser = await launch();
  receipts.push(await submit(`${letter}\n此致敬礼\n张三`, 0));
  receipts.push(await submit(letter.replace('公开听证', '公开听证会'), 1));
  receipts.push(await submit(`${letter}\n此致敬礼\n李四`, 2));
  receipts.push(
    await submit(`建议删除第三条第二项，改为由专家论证后再定，编号${run}，并说明理由和依据。`, 3),
  );
});
afterAll(async () => {
  await browser?.close();
});

async function openGroup(username: string) {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(page, baseURL, username, password);
  await page.goto(`${baseURL}/staff/campaigns`);
  await page.selectOption('#consultation', { label: '示范条例：一审稿公开征求意见' });
  await Promise.all([page.waitForURL(/consultation=/), page.click('button:has-text("显示")')]);
  const row = page.locator('tr', { hasText: receipts[0]! });
  expect(await row.locator('td').first().textContent()).toBe('3');
  await Promise.all([page.waitForURL(/\/staff\/campaigns\/\d+$/), row.locator('a').click()]);
  return page;
}

describe('campaigns', () => {
  it('groups the copies and the edited copy, shows how the edited one differs, and leaves the other opinion out', async () => {
    const page = await openGroup('clerk1');
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('本组共 3 条意见');
    expect(main).not.toContain(receipts[3]!);
    expect(
      await page.locator('tr', { hasText: receipts[1]! }).locator('ins').textContent(),
    ).toContain('会');
    // A clerk may read the group but not decide for it.
    expect(await page.locator('form[method=post] input[name=decision]').count()).toBe(0);
    await Promise.all([
      page.waitForURL(/\/staff\/comments\?group=/),
      page.click('a:has-text("在意见列表中查看全部成员")'),
    ]);
    const listed = (await page.locator('tbody').textContent())!;
    for (const code of receipts.slice(0, 3)) expect(listed).toContain(code);
    expect(listed).not.toContain(receipts[3]!);
  });

  it('a moderator publishes the whole group after a confirmation that states the count', async () => {
    const page = await openGroup('moderator1');
    await page.check('input[name=decision][value=publish]');
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("下一步：确认")')]);
    expect(await page.locator('#confirm-h + p').textContent()).toContain(
      '将对本组全部 3 条意见执行：公开',
    );
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("确认，处理 3 条")')]);
    expect(await page.locator('[role=status]').textContent()).toContain('已处理 3 条意见');
    const publicPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await publicPage.goto(`${baseURL}/receipts/${receipts[2]}`);
    expect(await publicPage.locator('main').textContent()).toContain('已公开');
  });

  it('an advisor records one disposition and reply for every member; each receipt shows the reply', async () => {
    const page = await openGroup('advisor1');
    await page.check('input[name=disposition][value=not-adopted]');
    await page.fill('#reason', '听证范围由第五条统一规定。');
    const reply = `感谢您的意见。听证的范围已在第五条统一规定，本条不再重复。${run}`;
    await page.fill('#reply', reply);
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("下一步：确认")')]);
    expect(await page.locator('#confirm-h + p').textContent()).toContain(
      '将对本组全部 3 条意见记录处理结果“未采纳”',
    );
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("确认，处理 3 条")')]);
    expect(await page.locator('[role=status]').textContent()).toContain('已处理 3 条意见');
    expect(await page.locator('main').textContent()).toContain('其中 0 条尚未处理');
    const publicPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    for (const code of receipts.slice(0, 3)) {
      await publicPage.goto(`${baseURL}/receipts/${code}`);
      expect(await publicPage.locator('main').textContent()).toContain(reply);
    }
    await publicPage.goto(`${baseURL}/receipts/${receipts[3]}`);
    expect(await publicPage.locator('main').textContent()).not.toContain(reply);
  });

  it('refuses a group decision to a role without the permission, and a post without the CSRF token', async () => {
    const page = await openGroup('clerk1');
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const url = page.url();
    const forbidden = await page.request.post(url, {
      form: { _csrf: csrf, decision: 'publish', confirm: '3' },
      headers: { Origin: baseURL },
    });
    expect(forbidden.status()).toBe(403);
    const staff = await openGroup('moderator1');
    const forged = await staff.request.post(url, {
      form: { decision: 'hold', holdReason: 'spam', confirm: '3' },
      headers: { Origin: baseURL },
    });
    expect(forged.status()).toBe(403);
  });

  it('has no axe violations on the campaign list and the group page', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'admin1', password);
    await page.goto(`${baseURL}/staff/campaigns`);
    await page.selectOption('#consultation', { label: '示范条例：一审稿公开征求意见' });
    await Promise.all([page.waitForURL(/consultation=/), page.click('button:has-text("显示")')]);
    const listUrl = page.url();
    const groupUrl = new URL(
      (await page.locator('tr', { hasText: receipts[0]! }).locator('a').getAttribute('href'))!,
      baseURL,
    ).toString();
    await page.close();
    await expectAccessible(ctx, listUrl);
    await expectAccessible(ctx, groupUrl);
    await ctx.close();
  });
});

describe('the heat map', () => {
  it('counts comments per article by stance and links each number into the filtered staff list', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'advisor1', password);
    await page.goto(`${baseURL}/staff/heatmap`);
    await page.selectOption('#consultation', { label: '示范条例：一审稿公开征求意见' });
    await Promise.all([page.waitForURL(/consultation=/), page.click('button:has-text("显示")')]);
    const row = page.locator('tbody tr', { has: page.locator('th', { hasText: '第二条' }) });
    const amend = row.locator('td').nth(2);
    expect(Number(await amend.textContent())).toBeGreaterThanOrEqual(4);
    await Promise.all([page.waitForURL(/\/staff\/comments\?/), amend.locator('a').click()]);
    expect(new URL(page.url()).searchParams.get('stance')).toBe('amend');
    const listed = (await page.locator('main').textContent())!;
    for (const code of receipts) expect(listed).toContain(code);
    expect(await page.locator('#f-stance').inputValue()).toBe('amend');
  });

  it('lays the counts over the article texts, warmer where more people commented', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'advisor1', password);
    await page.goto(`${baseURL}/staff/heatmap`);
    await page.selectOption('#consultation', { label: '示范条例：一审稿公开征求意见' });
    await Promise.all([page.waitForURL(/consultation=/), page.click('button:has-text("显示")')]);
    await Promise.all([page.waitForURL(/view=text/), page.click('a:has-text("在条文上显示热度")')]);
    const article = page.locator('.heat-text li', { hasText: '第二条' });
    expect(await article.textContent()).toContain('适用于本市');
    expect(await article.getAttribute('style')).toMatch(/rgba\(179, 38, 30, 0\.\d+\)/);
    await Promise.all([
      page.waitForURL(/\/staff\/comments\?/),
      article.locator('a').first().click(),
    ]);
    expect(new URL(page.url()).searchParams.get('clause')).toBe('chp_1__art_2');
  });

  it('has no axe violations', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'advisor1', password);
    await page.close();
    await expectAccessible(ctx, `${baseURL}/staff/heatmap`);
    const consultation = (await (await ctx.newPage()).goto(`${baseURL}/staff/heatmap`))!.url();
    await expectAccessible(
      ctx,
      `${consultation}${consultation.includes('?') ? '&' : '?'}view=text`,
    );
    await ctx.close();
  });
});

describe('tags, assignment, notes and the service clock', () => {
  async function openComment(username: string, code: string) {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, username, password);
    await page.goto(`${baseURL}/staff/comments?q=${encodeURIComponent(run)}`);
    await Promise.all([
      page.waitForURL(/\/staff\/comments\/\d+$/),
      page.click(`a:has-text("${code}")`),
    ]);
    return page;
  }

  it('an advisor tags a comment, takes it on and writes a note; the list finds it by tag and as "mine"; the public never sees the note', async () => {
    const page = await openComment('advisor1', receipts[3]!);
    const tag = `听证-${run}`;
    await page.fill('#tag', tag);
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("添加")')]);
    await page.selectOption(
      '#assignee',
      await page.locator('#assignee option', { hasText: '（advisor1）' }).getAttribute('value'),
    );
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("保存承办人")')]);
    const note = `内部备注：与第五条合并研究 ${run}`;
    await page.fill('#note', note);
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("保存备注")')]);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain(note);
    expect(main).toContain(tag);
    expect(main).toContain('答复期限');

    await page.goto(`${baseURL}/staff/comments?tag=${encodeURIComponent(tag)}&assignee=me`);
    const listed = (await page.locator('tbody').textContent())!;
    expect(listed).toContain(receipts[3]!);
    expect(listed).not.toContain(receipts[0]!);
    expect(await page.locator('#f-assignee').inputValue()).toBe('me');

    await page.goto(`${baseURL}/staff/workload`);
    expect(await page.locator('tr', { hasText: 'advisor1' }).count()).toBeGreaterThan(0);

    const publicPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await publicPage.goto(`${baseURL}/receipts/${receipts[3]}`);
    expect(await publicPage.content()).not.toContain(note);
    const res = await fetch(`${version}/comments.csv`);
    expect(await res.text()).not.toContain(note);
  });

  it('lets a clerk read notes but not write them', async () => {
    const page = await openComment('clerk1', receipts[3]!);
    expect(await page.locator('main').textContent()).toContain('内部备注：与第五条合并研究');
    expect(await page.locator('#note').count()).toBe(0);
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const res = await page.request.post(page.url(), {
      form: { _csrf: csrf, op: 'note', note: 'x' },
      headers: { Origin: baseURL },
    });
    expect(res.status()).toBe(403);
  });

  it('has no axe violations on the comment page, the filtered list and the workload page', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await openCommentIn(ctx);
    const commentUrl = page.url();
    await page.close();
    await expectAccessible(ctx, commentUrl);
    await expectAccessible(ctx, `${baseURL}/staff/comments?assignee=me&overdue=1`);
    await expectAccessible(ctx, `${baseURL}/staff/workload`);
    await ctx.close();
  });

  async function openCommentIn(ctx: import('playwright-core').BrowserContext) {
    const page = await ctx.newPage();
    // An administrator sees every section of the comment page (redaction, triage, disposition).
    await signInAs(page, baseURL, 'admin1', password);
    await page.goto(`${baseURL}/staff/comments?q=${encodeURIComponent(run)}`);
    await Promise.all([
      page.waitForURL(/\/staff\/comments\/\d+$/),
      page.click(`a:has-text("${receipts[3]}")`),
    ]);
    return page;
  }
});

describe('redaction', () => {
  it('a moderator redacts a passage: the public sees [已删节], staff still see the original', async () => {
    const insult = `赵六科长是个糊涂虫${run}`;
    const code = await submit(`第二条的公示期太短，${insult}，建议延长到三十日。`, 9);
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(page, baseURL, 'moderator1', password);
    await page.goto(`${baseURL}/staff/comments?q=${encodeURIComponent(run)}`);
    await Promise.all([
      page.waitForURL(/\/staff\/comments\/\d+$/),
      page.click(`a:has-text("${code}")`),
    ]);
    await page.fill('#passage', insult);
    await page.selectOption('#redactReason', 'abuse');
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("删节")')]);
    expect(await page.locator('#redact-h ~ [role=status]').textContent()).toContain('已删节 1 处');
    expect(await page.locator('main').textContent()).toContain(insult);
    expect(await page.locator('#redact-h ~ ul').textContent()).toContain('辱骂或攻击性言辞');

    const publicPage = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await publicPage.goto(`${baseURL}/receipts/${code}`);
    const receipt = (await publicPage.locator('main').textContent())!;
    expect(receipt).toContain('第二条的公示期太短，[已删节]，建议延长到三十日。');
    expect(receipt).not.toContain('糊涂虫');

    const clerk = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(clerk, baseURL, 'clerk1', password);
    const res = await clerk.request.post(page.url(), {
      form: {
        _csrf: await clerkCsrf(clerk),
        op: 'redact',
        passage: '第二条',
        redactReason: 'abuse',
      },
      headers: { Origin: baseURL },
    });
    expect(res.status()).toBe(403);
  });
});

async function clerkCsrf(page: import('playwright-core').Page): Promise<string> {
  await page.goto(`${baseURL}/staff`);
  return page.locator('input[name=_csrf]').first().inputValue();
}
