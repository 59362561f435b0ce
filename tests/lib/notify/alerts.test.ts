/**
 * Security alerts (ASVS 11.1.8): rules over the audit trail and reader reports queue one e-mail
 * to the operator per rule, subject and hour, through the outbox.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser, signIn } from '../../../src/lib/auth/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { storeComment } from '../../../src/lib/intake/index.ts';
import { checkAlerts, renderMessage } from '../../../src/lib/notify/index.ts';
import { commentMaker, firstReading } from '../../helpers/comments.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

const TO = 'security@example.org';
const settings = { to: TO, failedSignIns: 1000, reports: 1000 };

describe('security alerts', () => {
  let db: TestDb;
  const alerts = async () =>
    (await db.db.select().from(schema.outbox).where(eq(schema.outbox.kind, 'security-alert'))).map(
      (row) => ({ to: row.toAddress, params: row.params }),
    );
  beforeAll(async () => {
    db = await seededDatabase();
    await createStaffUser(db.db, {
      username: 'target',
      displayName: 'target',
      password: 'the right long passphrase',
      roles: ['advisor'],
    });
  });
  afterAll(async () => {
    await db.cleanup();
  });

  it('queue nothing while nothing unusual happened, and nothing without an address', async () => {
    await signIn(db.db, 'target', 'a wrong passphrase 1', new Date());
    // The audit rows are stamped by the database's clock: check after them.
    const now = new Date();
    expect(await checkAlerts(db.db, settings, now)).toBe(0);
    expect(await checkAlerts(db.db, { ...settings, to: null, failedSignIns: 1 }, now)).toBe(0);
    expect(await alerts()).toEqual([]);
  });

  it('tell the operator once when an account is locked by wrong passwords', async () => {
    for (let i = 2; i <= 6; i++)
      await signIn(db.db, 'target', `a wrong passphrase ${i}`, new Date());
    const now = new Date();
    expect(await checkAlerts(db.db, settings, now)).toBe(1);
    expect(
      await checkAlerts(db.db, settings, new Date(now.getTime() + 60_000)),
      'checked again a minute later',
    ).toBe(0);
    const [alert] = await alerts();
    expect(alert!.to).toBe(TO);
    expect(alert!.params['rule']).toBe('locked');
    const mail = renderMessage('security-alert', alert!.params, 'zh', 'https://example.org');
    expect(mail.subject).toContain('target');
    expect(mail.text).toContain('https://example.org/staff/audit');
  });

  it('tell the operator when failed sign-ins across accounts pass the threshold', async () => {
    await signIn(db.db, 'nobody-1', 'a wrong passphrase', new Date());
    const now = new Date();
    expect(await checkAlerts(db.db, { ...settings, failedSignIns: 7 }, now)).toBe(1);
    expect((await alerts()).map((a) => a.params['rule']).sort()).toEqual([
      'failed-sign-ins',
      'locked',
    ]);
  });

  it('tell the operator when reader reports pass the threshold', async () => {
    const make = commentMaker(await firstReading(db), 'alrt', (n) => `一条普通的意见，编号${n}。`);
    const stored = await storeComment(db.db, make());
    expect(stored.ok).toBe(true);
    const [comment] = await db.db
      .select({ id: schema.comments.id })
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, 'ALRT00000001'));
    await db.db.insert(schema.reports).values(
      [1, 2, 3].map((n) => ({
        commentId: comment!.id,
        addressHash: `reporter-${n}`,
        reason: 'spam',
      })),
    );
    expect(await checkAlerts(db.db, { ...settings, reports: 4 }, new Date())).toBe(0);
    expect(await checkAlerts(db.db, { ...settings, reports: 3 }, new Date())).toBe(1);
    const mail = renderMessage(
      'security-alert',
      (await alerts()).find((a) => a.params['rule'] === 'reports')!.params,
      'en',
      'https://example.org',
    );
    expect(mail.subject).toBe('Security alert: 3 reader reports in one hour');
    expect(mail.text).toContain('https://example.org/staff/moderation');
  });
});
