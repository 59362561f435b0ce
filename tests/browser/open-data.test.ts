/** The JSON API and the CSV download: published comments only, paged, without personal data. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, signInAs } from './browser.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');
const version = `${baseURL}/regulations/sample/versions/first-reading`;
let browser: Browser;
const marker = `open-data-${Date.now()}`;

beforeAll(async () => {
  browser = await launch();
  const resident = await (await browser.newContext()).newPage();
  for (let i = 0; i < 3; i++) {
    const r = await resident.request.post(`${version}/comment`, {
      form: { stance: 'support', body: `${marker} ${i}，电话13812345678`, idempotencyKey: `${marker}-${i}-key`, clause: 'chp_1__art_3', contact: 'private@example.com', consentPublish: 'on' },
      headers: { Origin: baseURL },
      maxRedirects: 0,
    });
    expect(r.status()).toBe(303);
  }
  const mod = await (await browser.newContext()).newPage();
  await signInAs(mod, baseURL, 'moderator1', password);
  await mod.goto(`${baseURL}/staff/moderation?${new URLSearchParams({ q: marker })}`);
  for (const box of await mod.locator('tr', { hasText: marker }).locator('input[name=id]').all()) await box.check();
  await mod.check('input[name=action][value=publish]');
  await Promise.all([mod.waitForLoadState(), mod.click('button:has-text("执行")')]);
});
afterAll(async () => {
  await browser?.close();
});

describe('open data', () => {
  it('lists regulations and a version clause tree', async () => {
    const regs = await (await fetch(`${baseURL}/api/v1/regulations`)).json();
    expect(regs.regulations.map((r: { slug: string }) => r.slug)).toContain('sample');
    const tree = await (await fetch(`${baseURL}/api/v1/regulations/sample/versions/first-reading`)).json();
    expect(tree.clauses[0].children.map((c: { eId: string }) => c.eId)).toContain('chp_1__art_3');
    expect((await fetch(`${baseURL}/api/v1/regulations/nope`)).status).toBe(404);
  });

  it('pages published comments with a cursor and never exposes contact details', async () => {
    const api = `${baseURL}/api/v1/regulations/sample/versions/first-reading/comments?clause=chp_1__art_3&limit=2`;
    const first = await (await fetch(api)).json();
    expect(first.comments).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = await (await fetch(`${api}&cursor=${first.nextCursor}`)).json();
    const texts = [...first.comments, ...second.comments].map((c: { text: string }) => c.text).filter((t: string) => t.startsWith(marker));
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
    expect(csv.split('\r\n')[0]!.replace('\ufeff', '')).toBe('clause_eid,clause,stance,comment,suggested_wording,quoted_passage,author,category,created_at');
    expect(csv.split(marker).length - 1).toBe(3);
    expect(csv).not.toContain('private@example.com');
  });
});
