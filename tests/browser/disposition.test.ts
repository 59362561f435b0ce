/** An advisor records what was done with a comment; the commenter reads the reply on the receipt. */
import type { Browser } from 'playwright-core';
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

describe('disposition and reply', () => {
  it('closes the loop from comment to public reply', async () => {
    const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await resident.goto(
      `${baseURL}/regulations/sample/versions/first-reading/comment?clause=chp_1__art_1`,
    );
    await resident.check('input[name=stance][value=amend]');
    const body = `建议把“促进”改为“引导和促进” ${Date.now()}`;
    await resident.fill('textarea[name=body]', body);
    await resident.fill(
      'textarea[name=suggestedWording]',
      '为了规范、引导和促进示范活动，制定本条例。',
    );
    await Promise.all([resident.waitForURL(/\/receipts\//), resident.click('button[type=submit]')]);
    const receipt = resident.url().replace('?new=1', '');
    // The suggestion is shown against the clause: 和促进 → 、引导和促进.
    expect(await resident.locator('.redline ins').first().textContent()).toContain('引导');
    const code = (await resident.locator('[data-receipt]').textContent())!.trim();

    const advisor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInAs(advisor, baseURL, 'advisor1', password);
    await advisor.goto(`${baseURL}/staff/comments`);
    await advisor.click(`a:has-text("${code}")`);
    // Submitting without a reason is refused with the fields named.
    await advisor.check('input[name=disposition][value=partly-adopted]');
    await advisor.fill('#reply', '感谢您的意见，二审稿已作相应修改。');
    await advisor
      .locator('#reason')
      .evaluate((el) => el.removeAttribute('required'))
      .catch(() => {});
    await Promise.all([
      advisor.waitForLoadState(),
      advisor.click('button:has-text("保存处理结果")'),
    ]);
    expect(await advisor.locator('[role=alert]').textContent()).toContain('请写明理由');
    await advisor.fill('#reason', '第一条已增加“引导”的表述。');
    await advisor.fill('#reply', '感谢您的意见，二审稿已作相应修改。');
    await Promise.all([
      advisor.waitForLoadState(),
      advisor.click('button:has-text("保存处理结果")'),
    ]);
    expect(await advisor.locator('[role=status]').textContent()).toContain('已保存');

    await resident.goto(receipt);
    const main = await resident.locator('main').textContent();
    expect(main).toContain('部分采纳');
    expect(main).toContain('感谢您的意见，二审稿已作相应修改。');
    expect(main).toContain('已答复');
  });

  it('lets a clerk read a comment but not decide it', async () => {
    const clerk = await (await browser.newContext()).newPage();
    await signInAs(clerk, baseURL, 'clerk1', password);
    await clerk.goto(`${baseURL}/staff/comments`);
    const link = clerk.locator('a[href^="/staff/comments/"]').first();
    const href = await link.getAttribute('href');
    const view = await clerk.goto(`${baseURL}${href}`);
    expect(view?.status()).toBe(200);
    expect(await clerk.locator('form textarea#reply').count()).toBe(0);
    const csrf = await clerk.evaluate(
      () => document.querySelector<HTMLInputElement>('input[name=_csrf]')?.value ?? '',
    );
    const post = await clerk.request.post(`${baseURL}${href}`, {
      form: { _csrf: csrf, disposition: 'adopted', reason: 'x', reply: 'y' },
      headers: { Origin: baseURL },
    });
    expect(post.status()).toBe(403);
  });

  it('has no axe violations on the comment page', async () => {
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await signInAs(page, baseURL, 'advisor1', password);
    await page.goto(`${baseURL}/staff/comments`);
    const href = await page.locator('a[href^="/staff/comments/"]').first().getAttribute('href');
    await page.close();
    await expectAccessible(ctx, `${baseURL}${href}`);
    await ctx.close();
  });
});
