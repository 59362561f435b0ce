/**
 * A liaison station's clerk, as the clerk would work: bound to a station by an administrator,
 * enters an opinion gathered there, and follows it on the clerk's own page through 转办, 回复
 * and 销号; the station comes from the account (checked on the server), another station's
 * clerk does not see it, other roles cannot bind clerks, and the binding is audited.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localDay } from '../../src/lib/time/index.ts';
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

async function signedIn(username: string): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(page, baseURL, username, password);
  return page;
}

async function bind(admin: Page, station: string) {
  await admin.goto(`${baseURL}/staff/station-clerks`);
  const form = admin.locator('form', { has: admin.locator('label', { hasText: 'clerk1' }) });
  await form.locator('select[name=station]').selectOption(station);
  await Promise.all([admin.waitForLoadState(), form.locator('button[type=submit]').click()]);
  expect(await admin.locator('[role=status]').textContent()).toContain('已保存');
}

describe('a station clerk’s own page', () => {
  it('enters an opinion for the clerk’s station and follows it through 转办, 回复 and 销号', async () => {
    const clerk = await signedIn('clerk1');
    const admin = await signedIn('admin1');
    // Not bound yet: the page says what to do.
    await bind(admin, '');
    await clerk.goto(`${baseURL}/staff/station`);
    expect(await clerk.locator('[role=status]').textContent()).toContain('还没有绑定联络站');

    await bind(admin, 'riverside');
    await admin.goto(`${baseURL}/staff/audit`);
    expect(await admin.locator('main').textContent()).toContain('为工作人员绑定了联络站');

    // The clerk enters an opinion gathered at the station.
    const text = `联络站座谈会意见 ${Date.now()}：建议延长服务时间。`;
    await clerk.goto(`${baseURL}/staff/station`);
    await Promise.all([clerk.waitForLoadState(), clerk.click('a:has-text("录入本站收集的意见")')]);
    expect(await clerk.locator('[data-station]').textContent()).toContain('滨江街道人大代表联络站');
    await clerk.check('input[name=channel][value=meeting]');
    await clerk.fill('#sourceDate', localDay(new Date(), 'Asia/Shanghai'));
    await clerk.fill('#sourcePlace', '滨江街道党群服务中心');
    await clerk.check('input[name=stance][value=amend]');
    await clerk.fill('#body', text);
    await Promise.all([clerk.waitForLoadState(), clerk.click('button:has-text("录入")')]);
    const code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(
      (await clerk.locator('[role=status]').textContent()) ?? '',
    )![0];

    await clerk.goto(`${baseURL}/staff/station`);
    const mine = clerk.locator(`[data-opinion="${code}"]`);
    expect(await mine.getAttribute('data-stage')).toBe('gathered');
    expect(await mine.textContent()).toContain(text);
    expect(await mine.textContent()).toContain('尚未转办');

    // Staff forward it, record the answer and close it.
    const advisor = await signedIn('advisor1');
    await advisor.goto(
      `${baseURL}/staff/comments?${new URLSearchParams({ q: text.slice(0, 20) })}`,
    );
    const id = (await advisor.locator(`a:has-text("${code}")`).first().getAttribute('href'))!
      .split('/')
      .pop();
    await advisor.goto(`${baseURL}/staff/comments/${id}/forward`);
    expect(await advisor.locator('[data-via]').textContent()).toContain('滨江街道');
    await advisor.fill('#fw-body', '市公共服务管理局');
    await advisor.fill('#fw-due', '2027-01-15');
    await Promise.all([advisor.waitForLoadState(), advisor.click('button:has-text("转办")')]);
    await clerk.reload();
    expect(await mine.getAttribute('data-stage')).toBe('forwarded');
    expect(await mine.locator('[data-step=forwarded]').textContent()).toContain('市公共服务管理局');
    await advisor.fill('#fw-answer', '已研究，将在明年试点。');
    await Promise.all([advisor.waitForLoadState(), advisor.click('button:has-text("记录回复")')]);
    await clerk.reload();
    expect(await mine.getAttribute('data-stage')).toBe('answered');
    expect(await mine.locator('[data-step=answered]').textContent()).toContain(
      '已研究，将在明年试点。',
    );
    await Promise.all([advisor.waitForLoadState(), advisor.click('button:has-text("销号")')]);
    await clerk.reload();
    expect(await mine.getAttribute('data-stage')).toBe('closed');
    expect(
      await mine
        .locator('[data-step]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-step'))),
    ).toEqual(['received', 'forwarded', 'answered', 'closed']);
    const closed = Number(await clerk.locator('[data-count=closed]').textContent());
    expect(closed).toBeGreaterThanOrEqual(1);
    const accessible = await browser.newContext({ bypassCSP: true });
    await signInAs(await accessible.newPage(), baseURL, 'clerk1', password);
    await expectAccessible(accessible, `${baseURL}/staff/station`);

    // Bound to another station, the clerk sees that station's opinions, not this one.
    await bind(admin, 'east-gate');
    await clerk.goto(`${baseURL}/staff/station`);
    expect(await clerk.locator('h1').textContent()).toContain('东门社区');
    expect(await clerk.locator(`[data-opinion="${code}"]`).count()).toBe(0);
    await bind(admin, 'riverside');
  });

  it('checks roles on the server', async () => {
    const clerk = await signedIn('clerk1');
    // A clerk cannot bind clerks, by page or by a forged post.
    expect((await clerk.goto(`${baseURL}/staff/station-clerks`))!.status()).toBe(403);
    const csrf = await (await clerk.goto(`${baseURL}/staff/station`),
    clerk.locator('input[name=_csrf]').first().inputValue());
    const forged = await clerk.request.post(`${baseURL}/staff/station-clerks`, {
      form: { _csrf: csrf, clerk: '1', station: 'east-gate' },
      headers: { Origin: baseURL },
    });
    expect(forged.status()).toBe(403);
    // A moderator has no station page.
    const moderator = await signedIn('moderator1');
    expect((await moderator.goto(`${baseURL}/staff/station`))!.status()).toBe(403);
  });
});
