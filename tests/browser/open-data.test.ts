/** The JSON API, the CSV and XLSX downloads and their OpenAPI description: published comments only, with replies, without personal data. */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mismatches } from '../helpers/openapi.ts';
import { expectAccessible, launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const version = `${baseURL}/regulations/sample/versions/first-reading`;
let browser: Browser;
const marker = `open-data-${Date.now()}`;
const reply = `${marker} 感谢您的意见，已采纳。`;
const internalReason = `${marker} internal reason`;
const unpublishedReply = `${marker} reply to an unpublished comment`;

async function answer(advisor: Page, code: string, text: string) {
  await advisor.goto(`${baseURL}/staff/comments?${new URLSearchParams({ q: marker })}`);
  await advisor.click(`a:has-text("${code}")`);
  await advisor.check('input[name=disposition][value=adopted]');
  await advisor.fill('#reason', internalReason);
  await advisor.fill('#reply', text);
  await Promise.all([advisor.waitForLoadState(), advisor.click('button:has-text("保存处理结果")')]);
  expect(await advisor.locator('[role=status]').textContent()).toContain('已保存');
}

beforeAll(async () => {
  browser = await launch();
  const resident = await (await browser.newContext()).newPage();
  const codes: string[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await resident.request.post(`${version}/comment`, {
      form: {
        stance: 'support',
        body: `${marker} ${i}，电话13812345678`,
        idempotencyKey: `${marker}-${i}-key`,
        clause: 'chp_1__art_3',
        contact: 'private@example.com',
        consentPublish: 'on',
      },
      headers: { Origin: baseURL },
      maxRedirects: 0,
    });
    expect(r.status()).toBe(303);
    codes.push(decodeURIComponent(/\/receipts\/([^?]+)/.exec(r.headers()['location']!)![1]!));
  }
  const mod = await (await browser.newContext()).newPage();
  await signInAs(mod, baseURL, 'moderator1', password);
  await mod.goto(`${baseURL}/staff/moderation?${new URLSearchParams({ q: marker })}`);
  // The fourth comment stays unpublished; it is answered all the same.
  for (const box of await mod
    .locator('tr', { hasText: marker })
    .filter({ hasNotText: `${marker} 3` })
    .locator('input[name=id]')
    .all())
    await box.check();
  await mod.check('input[name=action][value=publish]');
  await Promise.all([mod.waitForLoadState(), mod.click('button:has-text("执行")')]);
  const advisor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(advisor, baseURL, 'advisor1', password);
  await answer(advisor, codes[0]!, reply);
  await answer(advisor, codes[3]!, unpublishedReply);
});
afterAll(async () => {
  await browser?.close();
});

describe('open data', () => {
  it('lists regulations and a version clause tree', async () => {
    const regs = await (await fetch(`${baseURL}/api/v1/regulations`)).json();
    expect(regs.regulations.map((r: { slug: string }) => r.slug)).toContain('sample');
    const tree = await (
      await fetch(`${baseURL}/api/v1/regulations/sample/versions/first-reading`)
    ).json();
    expect(tree.clauses[0].children.map((c: { eId: string }) => c.eId)).toContain('chp_1__art_3');
    expect((await fetch(`${baseURL}/api/v1/regulations/nope`)).status).toBe(404);
  });

  it('pages published comments with a cursor and never exposes contact details', async () => {
    const api = `${baseURL}/api/v1/regulations/sample/versions/first-reading/comments?clause=chp_1__art_3&limit=2`;
    const first = await (await fetch(api)).json();
    expect(first.comments).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await (await fetch(`${api}&cursor=${first.nextCursor}`)).json();
    const texts = [...first.comments, ...second.comments]
      .map((c: { text: string }) => c.text)
      .filter((t: string) => t.startsWith(marker));
    expect(texts).toHaveLength(3);
    const raw = JSON.stringify([first, second]);
    expect(raw).not.toContain('private@example.com');
    expect(raw).not.toContain('13812345678');
  });

  it('downloads the published comments as CSV', async () => {
    const res = await fetch(`${version}/comments.csv`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A UTF-8 byte-order mark first, so spreadsheet programs read the Chinese correctly.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split('\r\n')[0]!.replace('\ufeff', '')).toBe(HEADER.join(','));
    // Three published comments, one of them with its reply in the same row.
    const rows = csv.split('\r\n').filter((l) => l.includes(`${marker} `) && !l.startsWith(reply));
    expect(rows).toHaveLength(3);
    const answered = rows.find((l) => l.includes(reply))!;
    expect(answered).toContain(',adopted,');
    // No later version in the fixture: nothing reflects it yet (tests/lib/export/public-comments.test.ts
    // covers one); and no files (tests/browser/attachments.test.ts counts approved ones).
    expect(answered.endsWith(',,,0')).toBe(true);
    for (const hidden of [
      'private@example.com',
      '13812345678',
      internalReason,
      unpublishedReply,
      `${marker} 3`,
    ])
      expect(csv).not.toContain(hidden);
  });

  it('downloads the same table as an Excel workbook', async () => {
    const res = await fetch(`${version}/comments.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers.get('content-disposition')).toContain('comments-sample-first-reading.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const values = sheet
      .getSheetValues()
      .slice(1)
      .map((r) =>
        (r as unknown[])
          .slice(1)
          .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')),
      );
    expect(values[0]).toEqual(HEADER);
    const mine = values.filter((r) => r[3]!.startsWith(`${marker} `));
    expect(mine).toHaveLength(3);
    const answered = mine.find((r) => r[HEADER.indexOf('reply')] === reply)!;
    expect(answered[HEADER.indexOf('disposition')]).toBe('adopted');
    const all = JSON.stringify(values);
    for (const hidden of [
      'private@example.com',
      '13812345678',
      internalReason,
      unpublishedReply,
      `${marker} 3`,
    ])
      expect(all).not.toContain(hidden);
  });

  it('gives each answered comment its disposition, reply and later clause in the API', async () => {
    const body = await (
      await fetch(
        `${baseURL}/api/v1/regulations/sample/versions/first-reading/comments?clause=chp_1__art_3&limit=200`,
      )
    ).json();
    const mine = body.comments.filter((c: { text: string }) => c.text.startsWith(`${marker} `));
    expect(mine).toHaveLength(3);
    const answered = mine.filter((c: { reply: string | null }) => c.reply !== null);
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ disposition: 'adopted', reply, reflectedIn: null });
    expect(answered[0].repliedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(mine.filter((c: { disposition: string | null }) => c.disposition === null)).toHaveLength(
      2,
    );
    const raw = JSON.stringify(body);
    for (const hidden of [internalReason, unpublishedReply, `${marker} 3`])
      expect(raw).not.toContain(hidden);
  });

  it('documents every path in OpenAPI 3.1, and every answer matches the document', async () => {
    const res = await fetch(`${baseURL}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const args: Record<string, string> = { slug: 'sample', version: 'first-reading' };
    const paths = Object.keys(doc.paths);
    expect(paths.length).toBeGreaterThanOrEqual(7);
    for (const [template, item] of Object.entries<
      Record<
        'get',
        {
          responses: Record<
            string,
            { content?: Record<string, { schema: Record<string, unknown> }> }
          >;
        }
      >
    >(doc.paths)) {
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => args[name]!);
      const answer = await fetch(
        `${baseURL}${path}${path.endsWith('/comments') ? '?clause=chp_1__art_3' : ''}`,
      );
      expect(answer.status, path).toBe(200);
      const [type, media] = Object.entries(item.get.responses['200']!.content!)[0]!;
      expect(answer.headers.get('content-type'), path).toContain(type);
      if (type === 'application/json')
        expect(mismatches(await answer.json(), media.schema, doc), path).toEqual([]);
      else await answer.arrayBuffer();
      // Every documented 404 answers with the documented error.
      const missing = item.get.responses['404'];
      if (missing) {
        const gone = await fetch(
          `${baseURL}${template.replace('{slug}', 'no-such-regulation').replace(/\{(\w+)\}/g, (_, name: string) => args[name]!)}`,
        );
        expect(gone.status, template).toBe(404);
        if (missing.content)
          expect(
            mismatches(await gone.json(), missing.content['application/json']!.schema, doc),
            template,
          ).toEqual([]);
      }
    }
    // A comment field added to the answer but not to the document is caught.
    expect(
      mismatches(
        { comments: [], nextCursor: null, extra: 1 },
        doc.paths['/api/v1/regulations/{slug}/versions/{version}/comments'].get.responses['200']
          .content['application/json'].schema,
        doc,
      ),
    ).toEqual(['$.extra: not documented']);
    const bad = await fetch(
      `${baseURL}/api/v1/regulations/sample/versions/first-reading/comments?limit=0`,
    );
    expect(bad.status).toBe(400);
    expect(mismatches(await bad.json(), { $ref: '#/components/schemas/Error' }, doc)).toEqual([]);
  });

  it('explains the open data on a page linked from every page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await Promise.all([page.waitForURL(/\/open-data$/), page.click('footer a[href="/open-data"]')]);
    expect(await page.locator('a[href="/api/v1/openapi.json"]').count()).toBe(1);
    expect(await page.locator('a[href$="/comments.xlsx"]').count()).toBeGreaterThan(0);
    await page.goto(`${version}/comments`);
    expect(
      await page
        .locator(`a[href="/regulations/sample/versions/first-reading/comments.xlsx"]`)
        .count(),
    ).toBe(1);
    await expectAccessible(await browser.newContext({ bypassCSP: true }), `${baseURL}/open-data`);
  });
});

const HEADER = [
  'clause_eid',
  'clause',
  'stance',
  'comment',
  'suggested_wording',
  'quoted_passage',
  'author',
  'category',
  'created_at',
  'seconds',
  'disposition',
  'reply',
  'replied_at',
  'reflected_in_version',
  'reflected_in_clause',
  'reflected_in_label',
  'attachments',
];
