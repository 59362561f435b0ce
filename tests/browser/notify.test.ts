/**
 * Issue 18, done when: a resident who leaves an e-mail on a comment receives, through the test
 * SMTP server, the receipt, then the reply, then the notice of the next reading. The real app
 * (scripts/start.ts, its own mail worker) on PostgreSQL with OPENCLAUSE_SMTP_URL pointing at
 * smtp-server; the resident uses the form in Chromium; staff's reply and the next reading go
 * through the same use cases the staff pages call, on the same database.
 */
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf, type DbHandle } from '../../src/lib/db/index.ts';
import { recordDisposition } from '../../src/lib/disposition/repository.ts';
import { draftVersion, findPublishTarget, publishVersion } from '../../src/lib/versions/index.ts';
import {
  createPgDatabase,
  createStaff,
  NEEDS_POSTGRES,
  serverEnv,
  serverUrl,
  signIn,
  STAFF_PASSWORD,
  startServer,
  tempDir,
  type PgDatabase,
  type RunningServer,
} from '../faults/support.ts';
import { until } from '../helpers/patience.ts';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../helpers/smtp.ts';
import { expectAccessible, launch, signInAs } from './browser.ts';

const EMAIL = `resident-${Date.now()}@example.org`;
const SECOND = `# 临江市示范条例（草案）

## 第一章 总则

第一条 为了规范和促进示范活动，制定本条例。

第二条 本条例适用于本市行政区域内的示范活动，包括城中村。

示范活动的具体范围由市人民政府规定。

第三条 示范活动应当遵循以下原则：

（一）公开透明；

（二）公众参与。

## 第二章 附则

第四条 本条例自2027年1月1日起施行。
`;

describe.skipIf(!serverUrl)(
  `e-mail to a resident through a real SMTP server (${NEEDS_POSTGRES})`,
  () => {
    let smtp: TestSmtp;
    let pg: PgDatabase;
    let app: RunningServer;
    let handle: DbHandle;
    let browser: Browser;
    const data = tempDir('oc-notify-');

    beforeAll(async () => {
      smtp = await startSmtp();
      pg = await createPgDatabase('oc_notify');
      const env = serverEnv({
        databaseUrl: pg.url,
        dataDir: data.dir,
        extra: {
          OPENCLAUSE_SMTP_URL: smtp.url,
          OPENCLAUSE_SMTP_FROM: 'OpenClause <no-reply@example.org>',
        },
      });
      createStaff(env, 'admin1', 'admin');
      createStaff(env, 'advisor1', 'advisor');
      app = await startServer(env);
      handle = await openDatabase({ databaseUrl: pg.url, dataDir: data.dir }, { poolSize: 2 });
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await app?.stop();
      await handle?.close();
      await pg?.drop();
      await smtp?.close();
      data.remove();
    });

    const mailTo = (subject: RegExp) =>
      smtp.received.find((m) => m.to.includes(EMAIL) && subject.test(m.subject));
    async function waitForMail(what: string, subject: RegExp): Promise<ReceivedMail> {
      // The worker looks every second.
      await until(what, async () => mailTo(subject) !== undefined, 5000);
      return mailTo(subject)!;
    }

    it('sends the receipt, then the reply, then the notice of the next reading', async () => {
      const page = await browser.newPage();
      await page.goto(`${app.baseURL}/regulations/sample/versions/first-reading?lang=en`);
      const article = page.locator('#chp_1__art_2');
      await article.locator('summary').click();
      const form = article.locator('form[data-comment-form]');
      await form.locator('input[name=stance][value=amend]').check();
      await form
        .locator('textarea[name=body]')
        .fill('Please say whether urban villages are covered.');
      await form.locator('input[name=contact]').fill(EMAIL);
      await form.locator('input[name=notifyByEmail]').check();
      await Promise.all([
        page.waitForURL(/\/receipts\/.+\?new=1$/),
        form.locator('button[type=submit]').click(),
      ]);
      const code = /\/receipts\/([^?]+)/.exec(page.url())![1]!;
      // The address is the resident's own business: not on the receipt page.
      expect(await page.content()).not.toContain(EMAIL);
      await page.close();

      const receipt = await waitForMail('the receipt e-mail', /Comment received/);
      expect(receipt.subject).toBe(`Comment received (receipt ${code})`);
      expect(receipt.text).toMatch(new RegExp(`^http://[^/]+/receipts/${code}\\?lang=en$`, 'm'));
      expect(receipt.headers.get('from')).toContain('no-reply@example.org');

      const [row] = rowsOf<{ id: number }>(
        await handle.db.execute(sql`select id from comments where receipt_code = ${code}`),
      );
      const [staff] = rowsOf<{ id: number }>(
        await handle.db.execute(sql`select id from staff_users where username = 'advisor1'`),
      );
      const actor = {
        id: staff!.id,
        username: 'advisor1',
        displayName: 'advisor1',
        roles: ['advisor', 'committee'],
      };
      await recordDisposition(
        handle.db,
        actor,
        [row!.id],
        {
          disposition: 'adopted',
          reason: '合理',
          reply: 'Urban villages are now named in article 2.',
          reflectedClauseId: null,
        },
        new Date(),
      );
      const reply = await waitForMail('the reply e-mail', /has a reply/);
      expect(reply.text).toContain('Outcome: Adopted');
      expect(reply.text).toContain('Urban villages are now named in article 2.');

      const target = (await findPublishTarget(handle.db, 'sample'))!;
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
      expect(await publishVersion(handle.db, target, draft.version, actor)).toMatchObject({
        ok: true,
      });
      const notice = await waitForMail(
        'the notice of the next reading',
        /changes the clause you commented on/,
      );
      expect(notice.text).toContain(`/regulations/sample/versions/second-reading?lang=en`);
      // In that order, and each once.
      expect(
        smtp.received.filter((m) => m.to.includes(EMAIL)).map((m) => m.subject.split(' (')[0]),
      ).toEqual([
        'Comment received',
        'Your comment has a reply',
        'The 二审稿 of the 临江市示范条例 changes the clause you commented on',
      ]);

      // Nor in the public list or its CSV.
      for (const path of [
        '/regulations/sample/versions/first-reading/comments',
        '/regulations/sample/versions/first-reading/comments.csv',
      ]) {
        expect(await (await fetch(`${app.baseURL}${path}`)).text()).not.toContain(EMAIL);
      }
    });

    it('shows the outbox to an administrator only', async () => {
      const admin = await signIn(app.baseURL, 'admin1');
      const page = await (
        await fetch(`${app.baseURL}/staff/outbox`, { headers: { cookie: admin } })
      ).text();
      expect(page).toContain(EMAIL);
      expect(page).toContain('已发送');
      const advisor = await signIn(app.baseURL, 'advisor1');
      const refused = await fetch(`${app.baseURL}/staff/outbox`, {
        headers: { cookie: advisor },
        redirect: 'manual',
      });
      expect(refused.status).toBe(403);
    });

    it('lets an administrator send a given-up message again from the outbox, without script', async () => {
      // The worker gave up on the receipt (its last attempt failed).
      const [mail] = rowsOf<{ id: number }>(
        await handle.db.execute(
          sql`update outbox set status = 'failed', attempts = 8, last_error = '550 mailbox unavailable'
            where id = (select min(id) from outbox where to_address = ${EMAIL}) returning id`,
        ),
      );
      const receipts = () =>
        smtp.received.filter((m) => m.to.includes(EMAIL) && /Comment received/.test(m.subject))
          .length;
      const before = receipts();
      // The outbox with a failed message and its button passes axe (a context with script, for axe).
      const axeContext = await browser.newContext({ bypassCSP: true });
      const axePage = await axeContext.newPage();
      await signInAs(axePage, app.baseURL, 'admin1', STAFF_PASSWORD);
      await expectAccessible(axeContext, `${app.baseURL}/staff/outbox`);
      await axeContext.close();
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await signInAs(page, app.baseURL, 'admin1', STAFF_PASSWORD);
      await page.goto(`${app.baseURL}/staff/outbox`);
      const row = page.locator(`#mail-${mail!.id}`);
      expect(await row.textContent()).toContain('发送失败');
      expect(await row.textContent()).toContain('550 mailbox unavailable');
      await Promise.all([
        page.waitForURL(/\/staff\/outbox\?resent=\d+/),
        row.getByRole('button', { name: `重新发送邮件 #${mail!.id}` }).click(),
      ]);
      expect(await page.locator('[role=status]').textContent()).toContain(
        `邮件 #${mail!.id} 已重新排入发件队列`,
      );
      await until('the receipt sent again', async () => receipts() === before + 1, 5000);
      // Who did it is in the audit trail, linked to the message.
      await page.goto(`${app.baseURL}/staff/audit`);
      const line = page.locator('table.audit tbody tr', {
        hasText: '重新发送了一封发送失败的邮件',
      });
      expect(await line.first().textContent()).toContain('admin1');
      expect(await line.first().locator(`a[href="/staff/outbox#mail-${mail!.id}"]`).count()).toBe(
        1,
      );
      // An advisor cannot post it: refused on the server, not only hidden.
      const advisor = await signIn(app.baseURL, 'advisor1');
      const account = await (
        await fetch(`${app.baseURL}/staff/account`, { headers: { cookie: advisor } })
      ).text();
      const csrf = /name="_csrf" value="([^"]+)"/.exec(account)![1]!;
      const refused = await fetch(`${app.baseURL}/staff/outbox`, {
        method: 'POST',
        headers: {
          cookie: advisor,
          Origin: app.baseURL,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ _csrf: csrf, id: String(mail!.id) }),
        redirect: 'manual',
      });
      expect(refused.status).toBe(403);
      await context.close();
    });
  },
);
