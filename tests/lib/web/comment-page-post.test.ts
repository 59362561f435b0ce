/**
 * The comment page's own submission (src/lib/web/comment-page-post.ts), for posts the direct
 * route leaves to Astro: the form is read, files are checked as the route checks them, and the
 * comment is stored; a refused file stores nothing.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../src/lib/db/index.ts';
import { settleIntake } from '../../../src/lib/intake/index.ts';
import { commentPagePost } from '../../../src/lib/web/comment-page-post.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  if (db) await settleIntake(db.db);
  await db?.cleanup();
});

function post(fields: Record<string, string>, file?: File): Request {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('files', file);
  return new Request('http://localhost/regulations/sample/versions/first-reading/comment?x=1', {
    method: 'POST',
    body: form,
  });
}

const context = () => ({
  db: db.db,
  regulationSlug: 'sample',
  versionSlug: 'first-reading',
  now: new Date(),
  clientAddress: '192.0.2.7',
  config: { addressSalt: 'test-salt', commentsPerHour: 1000 },
});

const fields = (body: string) => ({
  idempotencyKey: randomUUID(),
  stance: 'support',
  category: 'individual',
  body,
  clause: 'chp_1__art_2',
});

const storedWith = async (body: string) =>
  (await db.db.select().from(schema.comments).where(eq(schema.comments.body, body))).length;

describe('a comment post the direct route left to the page', () => {
  it('is read, stored, and answered with its receipt and the values as sent', async () => {
    const body = `页面提交的意见 ${randomUUID()}`;
    const posted = await commentPagePost(post(fields(body)), context());
    expect(posted.outcome.ok && posted.outcome.receiptCode).toMatch(/^[0-9A-Z]{4}-/);
    expect(posted.values['body']).toBe(body);
    expect(await storedWith(body)).toBe(1);
  });

  it('refuses a file of a type it does not take, and stores nothing', async () => {
    const body = `带可执行文件的意见 ${randomUUID()}`;
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])], 'letter.pdf');
    const posted = await commentPagePost(post(fields(body), exe), context());
    expect(posted.outcome).toMatchObject({ ok: false, reason: 'files' });
    expect(await storedWith(body)).toBe(0);
  });

  it('answers a form with an empty comment with the field problem, storing nothing', async () => {
    const posted = await commentPagePost(post(fields('')), context());
    expect(posted.outcome).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
