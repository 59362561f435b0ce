/**
 * E-mail notifications end to end below the web layer: the outbox filled by the real use cases
 * (comment intake, disposition, publishing a version, following a regulation) and emptied by
 * the worker through a real SMTP server (tests/helpers/smtp.ts).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { submitVersionComment } from '../../../src/lib/comments/intake.ts';
import { rowsOf, schema } from '../../../src/lib/db/index.ts';
import { recordDisposition } from '../../../src/lib/disposition/repository.ts';
import {
  confirmFollow,
  enqueueConsultationNews,
  requestFollow,
  resendMessage,
  sendDueMail,
  unsubscribeFollow,
  type SendMail,
} from '../../../src/lib/notify/index.ts';
import { smtpSender } from '../../../src/lib/notify/smtp.ts';
import { smtpSettings } from '../../../src/lib/notify/settings.ts';
import {
  draftVersion,
  findPublishTarget,
  publishVersion,
} from '../../../src/lib/versions/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { startSmtp, type TestSmtp } from '../../helpers/smtp.ts';

const PUBLIC = 'https://comments.example.org';
const actor = {
  id: 0,
  username: 'notify-admin',
  displayName: '管理员',
  roles: ['admin', 'advisor', 'committee'],
};
const SECOND = `# 临江市示范条例（草案）

## 第一章 总则

第一条 为了规范和促进示范活动，制定本条例。

第二条 本条例适用于本市行政区域内的示范活动，包括城中村。

示范活动的具体范围由市人民政府规定。

## 第二章 附则

第四条 本条例自2027年7月1日起施行。
`;

let db: TestDb;
let smtp: TestSmtp;
let sender: ReturnType<typeof smtpSender>;
beforeAll(async () => {
  db = await seededDatabase();
  smtp = await startSmtp();
  sender = smtpSender(
    smtpSettings({
      OPENCLAUSE_SMTP_URL: smtp.url,
      OPENCLAUSE_SMTP_FROM: 'OpenClause <no-reply@example.org>',
    })!,
  );
  const [user] = await db.db
    .insert(schema.staffUsers)
    .values({
      username: actor.username,
      displayName: actor.displayName,
      passwordHash: 'x',
      roles: actor.roles,
    })
    .returning();
  actor.id = user!.id;
});
afterAll(async () => {
  sender?.close();
  await smtp?.close();
  await db?.cleanup();
});
beforeEach(() => {
  smtp.received.length = 0;
});

async function comment(raw: Record<string, string>) {
  const out = await submitVersionComment(db.db, {
    regulationSlug: 'sample',
    versionSlug: 'first-reading',
    raw: {
      idempotencyKey: randomUUID(),
      stance: 'amend',
      category: 'individual',
      body: '建议明确适用范围。',
      ...raw,
    },
    now: new Date(),
    addressHash: randomUUID(),
    commentsPerHour: 1000,
  });
  if (!out.ok) throw new Error(JSON.stringify(out));
  const [row] = rowsOf<{ id: number }>(
    await db.db.execute(sql`select id from comments where receipt_code = ${out.receiptCode}`),
  );
  return { code: out.receiptCode, id: row!.id };
}

const drain = () => sendDueMail(db.db, sender.send, PUBLIC);
const requester = (extra: Partial<Parameters<typeof requestFollow>[4]> = {}) => ({
  addressHash: `test-${randomUUID()}`,
  salt: 'test-salt',
  now: new Date(),
  ...extra,
});
const outboxCount = async (where = sql`true`) =>
  Number(
    rowsOf<{ n: number }>(
      await db.db.execute(sql`select count(*)::int as n from outbox where ${where}`),
    )[0]!.n,
  );

describe('a commenter who leaves an e-mail address with consent', () => {
  it('receives the receipt, the reply, then the notice of the reading that changes the clause, in the language of the form', async () => {
    const zh = await comment({
      clause: 'chp_1__art_2',
      contact: 'resident@example.org',
      notifyByEmail: 'on',
      notifyLocale: 'zh',
    });
    const en = await comment({
      clause: 'chp_1__art_3',
      contact: 'reader@example.org',
      notifyByEmail: 'on',
      notifyLocale: 'en',
    });
    // Nothing is sent in the comment's own request: the rows wait for the worker.
    expect(smtp.received).toEqual([]);
    expect(await drain()).toBe(2);
    const receipt = smtp.received.find((m) => m.to[0] === 'resident@example.org')!;
    expect(receipt.subject).toBe(`意见已收到（回执编号 ${zh.code}）`);
    expect(receipt.text).toContain('《临江市示范条例》第二条');
    expect(receipt.text).toContain(`${PUBLIC}/receipts/${zh.code}`);
    const english = smtp.received.find((m) => m.to[0] === 'reader@example.org')!;
    expect(english.subject).toBe(`Comment received (receipt ${en.code})`);
    expect(english.text).toContain(`${PUBLIC}/receipts/${en.code}?lang=en`);

    smtp.received.length = 0;
    await recordDisposition(
      db.db,
      actor,
      [zh.id],
      {
        disposition: 'partly-adopted',
        reason: '部分合理',
        reply: '已在二审稿中明确城中村。',
        reflectedClauseId: null,
      },
      new Date(),
    );
    expect(await drain()).toBe(1);
    expect(smtp.received[0]!.subject).toBe(`您的意见已有答复（回执编号 ${zh.code}）`);
    expect(smtp.received[0]!.text).toContain('处理结果：部分采纳');
    expect(smtp.received[0]!.text).toContain('已在二审稿中明确城中村。');

    smtp.received.length = 0;
    const target = (await findPublishTarget(db.db, 'sample'))!;
    const draft = draftVersion(
      {
        slug: 'second-reading',
        label: '二审稿',
        stage: 'review',
        date: '2026-12-01',
        markdown: SECOND,
        explanation: '修改。',
      },
      { language: 'zh', takenSlugs: target.versions.map((v) => v.slug) },
    );
    if (!draft.ok) throw new Error(JSON.stringify(draft.problems));
    expect(await publishVersion(db.db, target, draft.version, actor)).toMatchObject({ ok: true });
    expect(await drain()).toBe(2);
    const changed = smtp.received.find((m) => m.to[0] === 'resident@example.org')!;
    expect(changed.subject).toBe('《临江市示范条例》二审稿修改了您评论的条款');
    expect(changed.text).toContain('第二条（回执编号');
    expect(changed.text).toContain(`${PUBLIC}/regulations/sample/versions/second-reading`);
    // Article 3 is gone from the second reading: its commenter hears that it was removed.
    const removed = smtp.received.find((m) => m.to[0] === 'reader@example.org')!;
    expect(removed.text).toContain('has been removed from it');
    // Sent once: the next pass finds nothing.
    expect(await drain()).toBe(0);
  });

  it('gets nothing without the box ticked; with a phone number as contact, the form says so', async () => {
    await comment({ contact: 'someone@example.org' });
    await expect(comment({ contact: '13800138000', notifyByEmail: 'on' })).rejects.toThrow(
      /contact-not-email/,
    );
    expect(await outboxCount(sql`to_address = 'someone@example.org'`)).toBe(0);
    expect(await drain()).toBe(0);
  });
});

describe('the worker', () => {
  it('retries a message the SMTP server refused, later, and sends it then', async () => {
    const { code } = await comment({ contact: 'retry@example.org', notifyByEmail: 'on' });
    smtp.refuse(1);
    expect(await drain()).toBe(0);
    expect(smtp.refusedCount()).toBeGreaterThan(0);
    const [row] = rowsOf<{ status: string; attempts: number; wait: number; last_error: string }>(
      await db.db.execute(
        sql`select status, attempts, extract(epoch from next_attempt_at - now())::int as wait, last_error from outbox where to_address = 'retry@example.org'`,
      ),
    );
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.wait).toBeGreaterThan(20);
    expect(row!.last_error).toContain('451');
    // Not due yet: nothing is sent.
    expect(await drain()).toBe(0);
    await db.db.execute(
      sql`update outbox set next_attempt_at = now() where to_address = 'retry@example.org'`,
    );
    expect(await drain()).toBe(1);
    expect(smtp.received.map((m) => m.subject)).toEqual([`意见已收到（回执编号 ${code}）`]);
  });

  it('lets an administrator send again, once, a message the worker gave up on, and audits it', async () => {
    const { code } = await comment({ contact: 'gave-up@example.org', notifyByEmail: 'on' });
    // The worker's last attempt failed: the message is given up (status failed).
    await db.db.execute(
      sql`update outbox set status = 'failed', attempts = 8, last_error = '451 try later' where to_address = 'gave-up@example.org'`,
    );
    const [{ id }] = rowsOf<{ id: number }>(
      await db.db.execute(sql`select id from outbox where to_address = 'gave-up@example.org'`),
    ) as [{ id: number }];
    expect(await drain()).toBe(0);
    expect(await resendMessage(db.db, id, actor)).toBe(true);
    const [row] = rowsOf<{ status: string; attempts: number; last_error: string | null }>(
      await db.db.execute(sql`select status, attempts, last_error from outbox where id = ${id}`),
    );
    expect(row).toEqual({ status: 'pending', attempts: 0, last_error: null });
    expect(await drain()).toBe(1);
    expect(smtp.received.map((m) => m.subject)).toEqual([`意见已收到（回执编号 ${code}）`]);
    // Sent now: a second click changes nothing and writes nothing.
    expect(await resendMessage(db.db, id, actor)).toBe(false);
    const audit = rowsOf<{ action: string; actor_name: string; target_type: string }>(
      await db.db.execute(
        sql`select action, actor_name, target_type from audit_events where target_id = ${String(id)} and action = 'mail.resend'`,
      ),
    );
    expect(audit).toEqual([
      { action: 'mail.resend', actor_name: actor.username, target_type: 'mail' },
    ]);
  });

  it('sends each message once when several workers run at the same time', async () => {
    for (let i = 0; i < 6; i++)
      await comment({ contact: `many${i}@example.org`, notifyByEmail: 'on' });
    const slow: SendMail = async (mail) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await sender.send(mail);
    };
    // PGlite runs one statement at a time, so this proves the lease; on PostgreSQL, SKIP LOCKED too.
    const counts = await Promise.all([
      sendDueMail(db.db, slow, PUBLIC),
      sendDueMail(db.db, slow, PUBLIC),
      sendDueMail(db.db, slow, PUBLIC),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => `many${i}@example.org`),
    );
  });
});

describe('following a regulation', () => {
  it('sends news only after the confirmation link, with a one-click unsubscribe link and header', async () => {
    expect(await requestFollow(db.db, 'sample', 'not-an-address', 'zh', requester())).toEqual({
      ok: false,
      reason: 'invalid-email',
    });
    expect(await requestFollow(db.db, 'sample', 'follower@example.org', 'en', requester())).toEqual(
      { ok: true },
    );
    const [consultation] = rowsOf<{ id: number }>(
      await db.db.execute(
        sql`select k.id from consultations k join regulations r on r.id = k.regulation_id where r.slug = 'sample' limit 1`,
      ),
    );
    // Not confirmed yet: no news.
    expect(await enqueueConsultationNews(db.db, consultation!.id, 'report')).toBe(0);
    expect(await drain()).toBe(1);
    const confirm = smtp.received[0]!;
    expect(confirm.subject).toContain('Confirm that you want to follow');
    const token = /\/follow\/confirm\/([A-Za-z0-9_-]+)/.exec(confirm.text)![1]!;
    expect(await confirmFollow(db.db, token)).toMatchObject({ slug: 'sample' });

    smtp.received.length = 0;
    expect(await enqueueConsultationNews(db.db, consultation!.id, 'report')).toBe(1);
    expect(await drain()).toBe(1);
    const news = smtp.received[0]!;
    expect(news.subject).toContain('feedback report published');
    const unsubscribe = `${PUBLIC}/follow/unsubscribe/${token}?lang=en`;
    expect(news.headers.get('list-unsubscribe')).toBe(`<${unsubscribe}>`);
    expect(news.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(news.text).toContain(unsubscribe);

    expect(await unsubscribeFollow(db.db, token)).toMatchObject({ slug: 'sample' });
    await db.db.execute(sql`delete from outbox where kind = 'follow-news'`);
    expect(await enqueueConsultationNews(db.db, consultation!.id, 'report')).toBe(0);
    expect(await confirmFollow(db.db, 'x'.repeat(32))).toBeNull();
  });
});

describe('limits on the follow form', () => {
  const limits = { perAddressPerHour: 4, perRecipientPerDay: 2 };
  const queued = (to: string) => outboxCount(sql`kind = 'follow-confirm' and to_address = ${to}`);

  it('sends a stranger’s address at most so many confirmations a day, whoever asks', async () => {
    const run = randomUUID();
    const to = `victim-${run}@example.org`;
    for (const from of ['a', 'b'])
      expect(
        await requestFollow(
          db.db,
          'sample',
          to,
          'zh',
          requester({ addressHash: `${from}-${run}`, limits }),
        ),
      ).toEqual({ ok: true });
    // A third sender, and the same address in other case: refused, nothing queued.
    expect(
      await requestFollow(
        db.db,
        'sample',
        to.toUpperCase(),
        'zh',
        requester({ addressHash: `c-${run}`, limits }),
      ),
    ).toEqual({ ok: false, reason: 'rate-limited', by: 'recipient', limit: 2 });
    expect(await queued(to)).toBe(2);
    // The next day it may be asked again.
    expect(
      await requestFollow(
        db.db,
        'sample',
        to,
        'zh',
        requester({ addressHash: `c-${run}`, limits, now: new Date(Date.now() + 86_400_000) }),
      ),
    ).toEqual({ ok: true });
  });

  it('lets one client address ask only so many times an hour, for any addresses', async () => {
    const from = `client-${randomUUID()}`;
    for (let i = 0; i < 4; i++)
      expect(
        await requestFollow(
          db.db,
          'sample',
          `r${i}-${from}@example.org`,
          'zh',
          requester({ addressHash: from, limits }),
        ),
      ).toEqual({ ok: true });
    expect(
      await requestFollow(
        db.db,
        'sample',
        `r9-${from}@example.org`,
        'zh',
        requester({ addressHash: from, limits }),
      ),
    ).toEqual({ ok: false, reason: 'rate-limited', by: 'address', limit: 4 });
    expect(await queued(`r9-${from}@example.org`)).toBe(0);
    // The counter is in the database: rate_limits holds no address, only hashes.
    const buckets = rowsOf<{ bucket: string }>(
      await db.db.execute(sql`select bucket from rate_limits where bucket like 'follow-%'`),
    ).map((r) => r.bucket);
    expect(buckets.some((b) => b.includes('example.org'))).toBe(false);
    expect(buckets).toContain(`follow-from:${from}`);
  });
});

describe('retention', () => {
  it('purges the notification addresses and the messages sent to them with the rest of the personal data', async () => {
    const { purgePersonalData } = await import('../../../src/lib/participation/retention.ts');
    expect(await outboxCount(sql`to_address = 'resident@example.org'`)).toBeGreaterThan(0);
    // Every fixture consultation closes by 2099: in 2200 all are past retention.
    await purgePersonalData(db.db, new Date('2200-01-01T00:00:00Z'));
    expect(await outboxCount(sql`to_address = 'resident@example.org'`)).toBe(0);
    expect(rowsOf(await db.db.execute(sql`select 1 from comment_notifications`))).toEqual([]);
  });
});
