/**
 * A resident's way through (issue #18): searching, sorting and paging the public list without
 * JavaScript, the version as Word and on paper, receipts that say what comes next and what is
 * wrong with a mistyped code, wording that names what a comment is on, the questionnaire link,
 * a long article's poster on one page and the quote button on a phone; axe on what changed.
 */
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const version = `${baseURL}/regulations/sample/versions/first-reading`;
const enacted = `${baseURL}/regulations/waste-sorting/versions/promulgated`;
const tag = `检索${Date.now().toString(36)}`;
let browser: Browser;
let noJs: BrowserContext;
let phone: BrowserContext;
let axeContext: BrowserContext;

/** Posts a comment as the form does (no JavaScript) and returns the receipt page's URL. */
async function comment(form: Record<string, string>, path = `${version}/comment`): Promise<string> {
  const page = await noJs.newPage();
  const res = await page.request.post(path, {
    form: {
      stance: 'amend',
      category: 'individual',
      consentPublish: 'on',
      idempotencyKey: `citizen-${randomUUID()}`,
      ...form,
    },
    headers: { Origin: baseURL },
    maxRedirects: 0,
  });
  expect(res.status(), await res.text()).toBe(303);
  await page.close();
  return new URL(res.headers()['location']!, baseURL).href;
}

/** Publishes every queued comment whose text holds `text`, as a moderator. */
async function publishAll(text: string, expected: number) {
  const moderator = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(moderator, baseURL, 'moderator1', password);
  await moderator.goto(`${baseURL}/staff/moderation?${new URLSearchParams({ q: text })}`);
  const rows = moderator.locator('tr', { hasText: text });
  expect(await rows.count()).toBe(expected);
  for (let i = 0; i < expected; i++) await rows.nth(i).locator('input[name=id]').check();
  await moderator.check('input[name=action][value=publish]');
  await Promise.all([moderator.waitForLoadState(), moderator.click('button:has-text("执行")')]);
  await moderator.context().close();
}

const listTexts = async (page: Page) =>
  (await page.locator('ol.cards > li > p:not(.muted):not(.badge)').allTextContents()).map((s) =>
    s.trim(),
  );

beforeAll(async () => {
  browser = await launch();
  noJs = await browser.newContext({ javaScriptEnabled: false });
  phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  axeContext = await browser.newContext({ bypassCSP: true });
  await comment({ body: `${tag} 物业服务费用应当按年公示`, clause: 'chp_1__art_2' });
  await comment({ body: `${tag} 物业公司退出时的交接期限太短`, clause: 'chp_1__art_3' });
  await comment({ body: `${tag} 建议明确公众参与的方式`, clause: 'chp_1__art_3' });
  await publishAll(tag, 3);
});
afterAll(async () => {
  await browser?.close();
});

describe('the public list: search, sort, article picker, pages (no JavaScript)', () => {
  it('finds comments by Chinese words inside the text, all words required, and keeps the search in the form', async () => {
    const page = await noJs.newPage();
    await page.goto(`${version}/comments`);
    await page.fill('#q', `${tag} 物业`);
    await Promise.all([page.waitForURL(/q=/), page.click('form.filters button[type=submit]')]);
    const found = await listTexts(page);
    expect(found).toHaveLength(2);
    expect(found.every((t) => t.includes('物业'))).toBe(true);
    expect(await page.locator('#q').inputValue()).toBe(`${tag} 物业`);
    await page.goto(`${version}/comments?${new URLSearchParams({ q: `${tag} 交接` })}`);
    expect(await listTexts(page)).toEqual([`${tag} 物业公司退出时的交接期限太短`]);
    await page.close();
  });

  it('sorts by most seconded, newest and oldest', async () => {
    const page = await noJs.newPage();
    const q = new URLSearchParams({ q: tag });
    await page.goto(`${version}/comments?${q}`);
    const newest = await listTexts(page);
    expect(newest[0]).toContain('公众参与的方式');
    // Second the oldest of the three from its own card.
    await Promise.all([
      page.waitForLoadState(),
      page.locator('ol.cards > li', { hasText: '按年公示' }).locator('.second-form button').click(),
    ]);
    expect(await page.locator('[role=status]').textContent()).toContain('已附议');
    await page.goto(`${version}/comments?${q}&sort=seconded`);
    expect((await listTexts(page))[0]).toContain('按年公示');
    expect(await page.locator('#sort').inputValue()).toBe('seconded');
    await page.goto(`${version}/comments?${q}&sort=oldest`);
    expect(await listTexts(page)).toEqual([...newest].reverse());
    await page.close();
  });

  it('picks an article by its label, its paragraphs included', async () => {
    const page = await noJs.newPage();
    await page.goto(`${version}/comments?${new URLSearchParams({ q: tag })}`);
    const option = page.locator('#clause option', { hasText: '第三条' });
    expect(await option.count()).toBe(1);
    await page.selectOption('#clause', { label: (await option.textContent())! });
    await Promise.all([
      page.waitForURL(/clause=chp_1__art_3/),
      page.click('form.filters button[type=submit]'),
    ]);
    expect(await listTexts(page)).toHaveLength(2);
    expect(await page.locator('#clause').inputValue()).toBe('chp_1__art_3');
    await page.close();
  });

  it('answers bad page, sort, search and article values with 400 and a message, keeping a usable list', async () => {
    const page = await noJs.newPage();
    for (const [qs, message] of [
      ['page=abc', '页码应为'],
      ['page=0', '页码应为'],
      ['page=99999999', '页码应为'],
      ['sort=random', '不认识这种排序方式'],
      [`q=${'长'.repeat(150)}`, '搜索内容最多 100 字'],
      ['clause=no_such', '本版本没有这一条文'],
    ] as const) {
      const res = await page.goto(`${version}/comments?${qs}`);
      expect(res!.status(), qs).toBe(400);
      expect(await page.locator('[role=alert]').textContent(), qs).toContain(message);
      expect(await page.locator('form.filters').count(), qs).toBe(1);
    }
    // A page past the last shows the last page.
    const res = await page.goto(
      `${version}/comments?${new URLSearchParams({ q: tag, page: '40' })}`,
    );
    expect(res!.status()).toBe(200);
    expect(await listTexts(page)).toHaveLength(3);
    await page.close();
  });
});

describe('the version as Word and on paper', () => {
  it('links a .docx of the version holding its text', async () => {
    const page = await noJs.newPage();
    await page.goto(version);
    const href = await page.locator('a[href$="/text.docx"]').getAttribute('href');
    const res = await page.request.get(new URL(href!, baseURL).href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('wordprocessingml');
    expect(res.headers()['content-disposition']).toContain('attachment');
    const zip = await JSZip.loadAsync(await res.body());
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('临江市示范条例（草案）');
    expect(text).toContain('第一条　为了规范和促进示范活动，制定本条例。');
    expect(text).toContain('（二）公众参与。');
    await page.close();
  });

  it('prints the reading page as the article text, without forms, navigation or buttons', async () => {
    const page = await noJs.newPage();
    await page.goto(version);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.site-header',
      '.comment-box',
      'a.button',
      '.article-head .count, .article-head .permalink',
      'form',
    ]) {
      const visible = await page
        .locator(selector)
        .evaluateAll((els) => els.some((e) => (e as HTMLElement).offsetParent !== null));
      expect(visible, selector).toBe(false);
    }
    expect(await page.locator('#chp_1__art_1').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.close();
  });
});

describe('receipts', () => {
  it('say what happens next, and name fields without "(optional)"', async () => {
    const receipt = await comment({
      body: `${tag} 回执测试`,
      clause: 'chp_1__art_2',
      suggestedWording: '本条例适用于本市全部行政区域内的示范活动。',
    });
    const page = await noJs.newPage();
    await page.goto(receipt);
    const next = page.locator('section.next-steps');
    expect(await next.locator('h2').textContent()).toBe('接下来会怎样');
    const text = (await next.textContent())!;
    expect(text).toContain('审核员审阅后');
    // Just sent: not answered, and not public until a moderator has checked it.
    expect(await page.locator('[data-status]').textContent()).toBe('已收到，尚未答复');
    expect(await page.locator('[data-publication]').textContent()).toContain('尚未公开');
    // The look-up page is an aside of the sentence that gives the link, not a new one.
    expect(text).toMatch(/\/receipts\/[\w-]+ （也可以在“查询回执”页输入编号）。/);
    expect(text).toContain('截止于 2099年12月31日');
    // OPENCLAUSE_REPLY_DAYS is 30: due 30 days after the close.
    expect(text).toContain('在 2100年1月30日 18:00 前');
    expect(new URL((await next.locator('a.receipt-url').getAttribute('href'))!).pathname).toBe(
      new URL(receipt).pathname,
    );
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('建议条文');
    expect(main).not.toContain('可选');
    await page.close();
  });

  it('lead back to the list of regulations from every page of a regulation', async () => {
    const page = await noJs.newPage();
    for (const path of [
      `${version}/comment?clause=chp_1__art_2`,
      `${version}/comments`,
      `${baseURL}/regulations/sample/follow`,
      `${baseURL}/regulations/waste-sorting/consultations/evaluation/questionnaire`,
    ]) {
      await page.goto(path);
      const root = page.locator('main p.muted').first().locator('a').first();
      expect([path, await root.getAttribute('href'), await root.textContent()]).toEqual([
        path,
        '/',
        '法规项目',
      ]);
    }
    await page.close();
  });

  it('accept a code typed loosely, and say what is wrong with a mistyped one', async () => {
    const receipt = await comment({ body: `${tag} 编号测试` });
    const code = new URL(receipt).pathname.split('/').at(-1)!;
    const page = await noJs.newPage();
    const loose = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    await page.goto(`${baseURL}/receipts?${new URLSearchParams({ code: loose })}`);
    expect(new URL(page.url()).pathname).toBe(`/receipts/${code}`);

    const plain = code.replace(/-/g, '');
    const typo = plain.slice(0, 3) + (plain[3] === 'A' ? 'B' : 'A') + plain.slice(4);
    let res = await page.goto(`${baseURL}/receipts?${new URLSearchParams({ code: typo })}`);
    expect(res!.status()).toBe(400);
    expect(await page.locator('[role=alert]').textContent()).toContain('有一位输错或两位顺序颠倒');

    res = await page.goto(
      `${baseURL}/receipts?${new URLSearchParams({ code: plain.slice(0, 12) })}`,
    );
    expect(res!.status()).toBe(400);
    const message = (await page.locator('[role=alert]').textContent())!;
    expect(message).toContain('您输入的是 12 位');
    // The example in the message is a code of the right form: looking it up finds no comment,
    // and says so, rather than calling it malformed.
    const example = message.match(/[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}/)![0];
    res = await page.goto(`${baseURL}/receipts?${new URLSearchParams({ code: example })}`);
    expect(res!.status()).toBe(404);
    expect(await page.locator('[role=alert]').textContent()).toContain('没有找到这个回执编号');
    await page.close();
  });
});

describe('naming what a comment is on', () => {
  it('calls an enacted regulation the regulation, not the draft', async () => {
    const page = await noJs.newPage();
    await page.goto(enacted);
    expect(await page.locator('main').textContent()).not.toContain('草案整体');
    await page.goto(`${enacted}/comment`);
    expect(await page.locator('h1').textContent()).toBe('对法规整体提意见');
    await page.close();
  });

  it('calls a comment on the legislative plan a comment on the plan, on the plan page and the receipt', async () => {
    const page = await noJs.newPage();
    await page.goto(`${baseURL}/plans/2027`);
    expect(await page.locator('a.button', { hasText: '对立法计划整体提意见' }).count()).toBe(1);
    const receipt = await comment({ body: `${tag} 对计划的意见` }, `${baseURL}/plans/2027/comment`);
    await page.goto(receipt);
    const on = (await page.locator('dl.meta').textContent())!;
    expect(on).toContain('立法计划整体');
    expect(on).not.toContain('草案整体');
    await page.close();
  });
});

describe('the questionnaire, the poster and the quote button', () => {
  it('links the evaluation questionnaire from the regulation page', async () => {
    const page = await noJs.newPage();
    await page.goto(`${baseURL}/regulations/waste-sorting`);
    const link = page.locator('a', { hasText: '填写评估问卷' });
    expect(await link.getAttribute('href')).toBe(
      '/regulations/waste-sorting/consultations/evaluation/questionnaire',
    );
    await page.close();
  });

  it('prints a long article poster on one A4 page', async () => {
    const page = await browser.newPage();
    await page.goto(`${enacted}/poster?clause=art_4`);
    expect(await page.locator('.poster').getAttribute('class')).toContain('fit-longer');
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?![a-z])/g)).toHaveLength(1);
    await page.close();
  });

  it('on a phone, shows the quote button as a bar that leaves the selected text uncovered', async () => {
    const page = await phone.newPage();
    await page.goto(version);
    await page.evaluate(() => {
      const span = [...document.querySelectorAll('#chp_1__art_3 [data-at]')].find((s) =>
        s.textContent.includes('公众参与'),
      )!;
      const node = span.firstChild!;
      const start = node.textContent!.indexOf('公众参与');
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 4);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const button = page.locator('#chp_1__art_3 .quote-button');
    await button.waitFor({ state: 'visible' });
    const [selection, box] = await page.evaluate(() => {
      const r = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      const b = document.querySelector('.quote-button')!.getBoundingClientRect();
      return [
        { top: r.top, bottom: r.bottom },
        { top: b.top, bottom: b.bottom },
      ];
    });
    expect(await button.evaluate((b) => getComputedStyle(b).position)).toBe('fixed');
    expect(box.bottom).toBeLessThanOrEqual(844);
    expect(box.top).toBeGreaterThan(844 / 2);
    // Not on the selection: the bar is below it.
    expect(selection.bottom).toBeLessThanOrEqual(box.top);
    await page.close();
  });
});

describe('accessibility of what changed', () => {
  // One page per test: axe on a loaded 2-core machine takes several seconds a page.
  it.each([
    [
      'the searched list',
      () => `${version}/comments?${new URLSearchParams({ q: tag, sort: 'seconded' })}`,
    ],
    ['the list with a bad page', () => `${version}/comments?page=abc`],
    ['a mistyped receipt code', () => `${baseURL}/receipts?code=12345`],
    ['the regulation page', () => `${baseURL}/regulations/waste-sorting`],
    ['the comparison', () => `${baseURL}/regulations/sample/compare?from=draft&to=first-reading`],
    ['a long article poster', () => `${enacted}/poster?clause=art_4`],
  ] as const)('passes axe: %s', async (_name, url) => {
    await expectAccessible(axeContext, url());
  });

  it('passes axe: a receipt with its next steps', async () => {
    await expectAccessible(axeContext, await comment({ body: `${tag} 无障碍` }));
  });
});
