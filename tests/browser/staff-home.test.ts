/**
 * The staff home says what waits and links to the list; the compact list picks articles by
 * label, selects rows or all that match, and confirms a bulk action with its count. As the
 * roles the role matrix gives these to: advisor (assign, tag, dispose), moderator (publish,
 * hold), clerk (read only).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectPageAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const version = `${baseURL}/regulations/sample/versions/first-reading`;
let browser: Browser;
const run = `home${Date.now().toString(36)}`;
const receipts: string[] = [];

async function submit(body: string, i: number, consent: boolean): Promise<string> {
  const res = await fetch(`${version}/comment`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
    body: new URLSearchParams({
      stance: i % 2 ? 'oppose' : 'amend',
      body,
      idempotencyKey: `${run}-${i}-key-000`,
      clause: 'chp_1__art_2',
      ...(consent ? { consentPublish: 'on' } : {}),
    }),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
  return decodeURIComponent(/\/receipts\/([^?]+)/.exec(res.headers.get('location')!)![1]!);
}

async function as(
  username: string,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled: false, ...options })).newPage();
  await signInAs(page, baseURL, username, password);
  return page;
}

beforeAll(async () => {
  browser = await launch();
  const topics = [
    '示范活动的公示期应当延长到三十日',
    '听证会应当向社会公开并允许旁听',
    '第二条的适用范围应当包括城中村改造项目',
    '建议删除关于收费的规定以减轻居民负担',
  ];
  for (const [i, topic] of topics.entries())
    receipts.push(
      await submit(`${topic}，编号${run}，详细理由如下：${'因为'.repeat(60)}。`, i, i < 2),
    );
});
afterAll(async () => {
  await browser?.close();
});

describe('staff home', () => {
  it('is a summary, not the list: counts per consultation that link to the filtered list', async () => {
    const page = await as('advisor1');
    await page.goto(`${baseURL}/staff`);
    expect(await page.locator('h1').textContent()).toBe('待办事项');
    // No full comment texts on the home.
    expect(await page.locator('main').textContent()).not.toContain(run);
    const section = page.locator('section[data-consultation]', { hasText: '一审稿公开征求意见' });
    const unassigned = section.locator('[data-count=unassigned]');
    expect(Number(await unassigned.locator('strong').textContent())).toBeGreaterThanOrEqual(4);
    await Promise.all([
      page.waitForURL(/\/staff\/comments\?consultation=\d+&assignee=none/),
      unassigned.locator('a').click(),
    ]);
    expect(await page.locator('#f-assignee').inputValue()).toBe('none');
    const listed = (await page.locator('tbody').textContent())!;
    for (const code of receipts) expect(listed).toContain(code);
  });

  it('sends a bookmarked /staff filter to the list', async () => {
    const page = await as('clerk1');
    await page.goto(`${baseURL}/staff?q=${run}`);
    expect(new URL(page.url()).pathname).toBe('/staff/comments');
    expect(await page.locator('tbody tr').count()).toBe(4);
  });
});

describe('triage list', () => {
  it('shows staff headers, an excerpt (not the full text), the channel in words and the article by label', async () => {
    const page = await as('advisor1');
    await page.goto(`${baseURL}/staff/comments?q=${run}`);
    const headers = (await page.locator('thead').textContent())!;
    for (const h of ['回执编号与摘要', '条款', '态度', '渠道', '状态', '收到', '同类组'])
      expect(headers).toContain(h);
    expect(headers).not.toContain('您的态度');
    const row = page.locator('tr', { hasText: receipts[0]! });
    const text = (await row.textContent())!;
    expect(text).toContain('第二条');
    expect(text).toContain('网上提交');
    expect(text).toContain('…');
    expect(text).not.toContain('因为'.repeat(60));
    // The article picker offers labels once a consultation is chosen.
    await page.selectOption('#f-consultation', { label: '示范条例：一审稿公开征求意见' });
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("筛选")')]);
    const option = page.locator('#f-clause option', { hasText: '第二条' });
    expect(await option.getAttribute('value')).toBe('chp_1__art_2');
  });

  it('an advisor tags all that match after a confirmation stating the count; the tag then finds them', async () => {
    const page = await as('advisor1');
    await page.goto(`${baseURL}/staff/comments?q=${run}`);
    await page.check('input[name=scope][value=all]');
    await page.check('input[name=action][value=tag]');
    const tag = `批量-${run}`;
    await page.fill('#b-tag', tag);
    await Promise.all([
      page.waitForURL(/\/staff\/comments\/bulk$/),
      page.click('button:has-text("下一步：确认")'),
    ]);
    expect(await page.locator('[data-count]').getAttribute('data-count')).toBe('4');
    expect(await page.locator('main').textContent()).toContain('将对 4 条意见执行');
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("确认，处理 4 条")')]);
    expect(await page.locator('[role=status]').textContent()).toContain('已处理 4 条');
    await page.goto(`${baseURL}/staff/comments?tag=${encodeURIComponent(tag)}`);
    expect(await page.locator('tbody tr').count()).toBe(4);
    // An advisor may not publish: the option is not offered, and the server refuses it.
    expect(await page.locator('input[name=action][value=publish]').count()).toBe(0);
  });

  it('a moderator publishes two ticked rows; the confirmation says 2, those without consent stay', async () => {
    const page = await as('moderator1');
    await page.goto(`${baseURL}/staff/comments?q=${run}`);
    for (const code of receipts.slice(0, 2))
      await page.check(`input[aria-label="选择意见 ${code}"]`);
    await page.check('input[name=action][value=publish]');
    await Promise.all([page.waitForURL(/\/bulk$/), page.click('button:has-text("下一步：确认")')]);
    expect(await page.locator('[data-count]').getAttribute('data-count')).toBe('2');
    await Promise.all([page.waitForLoadState(), page.click('button:has-text("确认，处理 2 条")')]);
    expect(await page.locator('[data-applied]').getAttribute('data-applied')).toBe('2');
    await page.goto(`${baseURL}/staff/comments?q=${run}&status=published`);
    expect(await page.locator('tbody tr').count()).toBe(2);
  });

  it('offers a clerk no bulk actions, and the server refuses one posted anyway', async () => {
    const page = await as('clerk1');
    await page.goto(`${baseURL}/staff/comments?q=${run}`);
    expect(await page.locator('input[name=id]').count()).toBe(0);
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const res = await page.request.post(`${baseURL}/staff/comments/bulk`, {
      form: { _csrf: csrf, scope: 'all', filter: `q=${run}`, action: 'tag', tag: 'x' },
      headers: { Origin: baseURL },
    });
    expect(res.status()).toBe(403);
    const noCsrf = await page.request.post(`${baseURL}/staff/comments/bulk`, {
      form: { scope: 'all', filter: `q=${run}`, action: 'tag', tag: 'x' },
      headers: { Origin: baseURL },
    });
    expect(noCsrf.status()).toBe(403);
  });

  it('fits a phone: a card per comment, no sideways scrolling', async () => {
    const page = await as('advisor1', { viewport: { width: 375, height: 740 } });
    await page.goto(`${baseURL}/staff/comments?q=${run}`);
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client);
    expect(
      await page
        .locator('thead')
        .boundingBox()
        .then((b) => b?.height ?? 0),
    ).toBeLessThanOrEqual(1);
  });

  it('has no axe violations on the home, the list and the confirmation', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'admin1', password);
    await expectAccessible(ctx, `${baseURL}/staff`);
    await expectAccessible(ctx, `${baseURL}/staff/comments?q=${run}`);
    await page.goto(`${baseURL}/staff/comments?q=${run}`);
    await page.check('input[name=scope][value=page]');
    await page.check('input[name=action][value=assign]');
    await Promise.all([page.waitForURL(/\/bulk$/), page.click('button:has-text("下一步：确认")')]);
    expect(await page.locator('[data-count]').getAttribute('data-count')).toBe('4');
    await expectPageAccessible(page, 'the bulk confirmation');
    await ctx.close();
  });
});

describe('comment page with context', () => {
  it("names the regulation and version, marks the quote in the article, redlines the suggestion, lists the lineage and the same commenter's other comments", async () => {
    const quote = '本条例适用于本市行政区域内的示范活动';
    const contact = `ctx${Date.now()}@example.cn`;
    const post = async (i: number, extra: Record<string, string>) => {
      const res = await fetch(`${version}/comment`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
        body: new URLSearchParams({
          stance: 'amend',
          body: `关于适用范围的意见，编号${run}-ctx${i}。`,
          idempotencyKey: `${run}-ctx-${i}-key`,
          clause: 'chp_1__art_2',
          contact,
          ...extra,
        }),
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
      return decodeURIComponent(/\/receipts\/([^?]+)/.exec(res.headers.get('location')!)![1]!);
    };
    const other = await post(1, {});
    const code = await post(2, {
      quote,
      quoteStart: '0',
      quoteEnd: String(quote.length),
      suggestedWording: '本条例适用于本市行政区域内的示范活动和试点活动。',
    });
    const page = await as('advisor1');
    await page.goto(`${baseURL}/staff/comments?q=${encodeURIComponent(`${run}-ctx2`)}`);
    await Promise.all([
      page.waitForURL(/\/staff\/comments\/\d+$/),
      page.click(`a:has-text("${code}")`),
    ]);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('临江市示范条例');
    expect(main).toContain('第二条');
    expect(main).not.toContain('chp_1__art_2');
    expect(main).toContain('网上提交');
    expect(main).not.toMatch(/渠道\s*online/);
    expect(await page.locator('[data-article-text] mark').textContent()).toBe(quote);
    expect(await page.locator('[data-redline] ins').first().textContent()).toContain('试点');
    expect(await page.locator('[data-lineage] li').count()).toBe(2);
    expect(await page.locator('[data-others]').textContent()).toContain(other);
    const ctx = await browser.newContext({ bypassCSP: true });
    const axePage = await ctx.newPage();
    await signInAs(axePage, baseURL, 'moderator1', password);
    await expectAccessible(ctx, page.url());
    await ctx.close();
  });
});
