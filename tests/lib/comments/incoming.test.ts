/** The staff list: filters and a text search that works for Chinese and treats % and _ literally. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { listIncoming, submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  const consultations = await db.db.select().from(schema.consultations);
  const bodies: [string, string, string][] = [
    ['support', 'chp_1__art_1', '支持加装电梯的补贴政策'],
    ['oppose', 'chp_1__art_2', '反对提高物业费，涨幅超过100%不合理'],
    ['amend', 'chp_1__art_2', '建议明确停车位的分配办法'],
    ['question', 'chp_1__art_3', 'What does public participation_mean here?'],
  ];
  for (const [i, [stance, clause, body]] of bodies.entries()) {
    const r = await submitComment(db.db, {
      raw: {
        stance,
        body,
        clause,
        idempotencyKey: `incoming-test-key-${i}`,
        district: i === 0 ? '江北区' : '',
      },
      version: { id: v!.id },
      consultations,
      now: new Date('2026-11-28T00:00:00Z'),
      addressHash: `x${i}`,
      commentsPerHour: 10,
    });
    if (!r.ok) throw new Error(r.reason);
  }
});
afterAll(async () => {
  await db?.cleanup();
});

const bodiesOf = async (filter: NonNullable<Parameters<typeof listIncoming>[1]['filter']>) =>
  (await listIncoming(db.db, { personalData: true, limit: 50, filter })).map((r) => r.body);

describe('the incoming list', () => {
  it('filters by stance, clause and regulation', async () => {
    expect(await bodiesOf({ stance: 'oppose' })).toEqual(['反对提高物业费，涨幅超过100%不合理']);
    expect(await bodiesOf({ clause: 'chp_1__art_2' })).toHaveLength(2);
    expect(await bodiesOf({ regulation: 'sample' })).toHaveLength(4);
    expect(await bodiesOf({ regulation: 'other' })).toHaveLength(0);
  });
  it('filters by district and by the stage the comment was made in', async () => {
    expect(await bodiesOf({ district: '江北区' })).toEqual(['支持加装电梯的补贴政策']);
    expect(await bodiesOf({ district: '江南区' })).toHaveLength(0);
    expect(await bodiesOf({ stage: 'review' })).toHaveLength(4);
    expect(await bodiesOf({ stage: 'drafting' })).toHaveLength(0);
  });
  it('finds Chinese words inside a run of characters, every word required', async () => {
    expect(await bodiesOf({ text: '电梯' })).toEqual(['支持加装电梯的补贴政策']);
    expect(await bodiesOf({ text: '物业费 合理' })).toHaveLength(1);
    expect(await bodiesOf({ text: '物业费 电梯' })).toHaveLength(0);
  });
  it('finds one comment by its receipt code, however it is typed', async () => {
    const [first, second] = await listIncoming(db.db, { personalData: true, limit: 50 });
    const code = second!.receiptCode;
    const typed = [code, code.toLowerCase(), code.replace(/-/g, ''), code.replace(/-/g, ' ')];
    for (const text of typed) {
      expect(await bodiesOf({ text })).toEqual([second!.body]);
    }
    expect(await bodiesOf({ text: first!.receiptCode })).toEqual([first!.body]);
    // Without staff access to originals too: the code is on every staff row.
    const masked = await listIncoming(db.db, {
      personalData: false,
      limit: 50,
      filter: { text: code },
    });
    expect(masked.map((r) => r.receiptCode)).toEqual([code]);
  });
  it('treats % and _ as characters, not wildcards', async () => {
    expect(await bodiesOf({ text: '100%' })).toHaveLength(1);
    expect(await bodiesOf({ text: '%' })).toHaveLength(1);
    expect(await bodiesOf({ text: 'participation_mean' })).toHaveLength(1);
    expect(await bodiesOf({ text: 'participationXmean' })).toHaveLength(0);
  });
});
