/**
 * The plan's form posts (src/lib/participation/plan-actions.ts) run through runFormAction as the
 * pages run them: a stored comment or proposal returns its receipt code; a refusal sets the
 * status the page answered with before (422 invalid, 429 rate-limited, 409 closed) with its
 * problems by field, and the values as typed.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findByReceipt } from '../../../src/lib/comments/index.ts';
import { submissionProblems } from '../../../src/lib/comments/submission-post.ts';
import { translator } from '../../../src/lib/i18n/index.ts';
import { planCommentAction, proposalAction } from '../../../src/lib/participation/plan-actions.ts';
import { getPlan } from '../../../src/lib/regulations/index.ts';
import { runFormAction } from '../../../src/lib/web/form-action.ts';
import { rowsOf } from '../../../src/lib/db/rows.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { formPost } from '../../helpers/form-post.ts';

let db: TestDb;
let consultation: { id: number; opensAt: Date; closesAt: Date };
const now = new Date('2026-11-28T10:00:00Z');
let seq = 0;
const key = () => `plan-key-${String(++seq).padStart(8, '0')}`;

beforeAll(async () => {
  db = await seededDatabase();
  const plan = await getPlan(db.db, 2027);
  consultation = plan!.consultation!;
});
afterAll(async () => {
  await db?.cleanup();
});

const post = formPost;

const deps = (extra: { addressHash?: string; commentsPerHour?: number; at?: Date } = {}) => ({
  db: db.db,
  consultation,
  now: extra.at ?? now,
  addressHash: extra.addressHash ?? 'addr-plan',
  commentsPerHour: extra.commentsPerHour ?? 100,
});

describe('a comment on the legislative plan', () => {
  it('stores a comment on a plan item and returns its receipt code', async () => {
    const astro = post({
      stance: 'support',
      body: '支持示范条例。',
      clause: 'item_sample',
      idempotencyKey: key(),
    });
    const result = await runFormAction(
      astro,
      planCommentAction({ ...deps(), references: ['item_sample'] }),
    );
    expect(result && !(result instanceof Response) && result.ok).toBe(true);
    if (!result || result instanceof Response || !result.ok) return;
    const stored = await findByReceipt(db.db, result.data.receiptCode);
    expect(stored?.clauseEId).toBe('item_sample');
    expect(astro.response.status).toBe(200);
  });

  it('refuses an item that is not in the plan with 422 and a message about the whole form', async () => {
    const astro = post({
      stance: 'support',
      body: '意见',
      clause: 'item_other',
      idempotencyKey: key(),
    });
    const result = await runFormAction(
      astro,
      planCommentAction({ ...deps(), references: ['item_sample'] }),
    );
    expect(astro.response.status).toBe(422);
    const problems = submissionProblems(translator('en'), result as never);
    expect(problems.fieldErrors).toEqual({});
    expect(problems.formError).toBe(translator('en')('planComment.thatPlanItemDoes'));
  });

  it('refuses an invalid comment with its field errors and keeps what was typed', async () => {
    const astro = post({ stance: 'support', body: '', displayName: '张三', idempotencyKey: key() });
    const result = await runFormAction(astro, planCommentAction({ ...deps(), references: [] }));
    expect(astro.response.status).toBe(422);
    const problems = submissionProblems(translator('en'), result as never);
    expect(Object.keys(problems.fieldErrors)).toContain('body');
    expect(problems.formError).toBe(null);
    expect(result && !(result instanceof Response) && result.values['displayName']).toBe('张三');
  });

  it('answers 429 with the rate-limit message past the hourly limit', async () => {
    const limited = {
      ...deps({ addressHash: 'addr-limited', commentsPerHour: 1 }),
      references: [],
    };
    await runFormAction(
      post({ stance: 'oppose', body: '第一条意见。', idempotencyKey: key() }),
      planCommentAction(limited),
    );
    const astro = post({ stance: 'oppose', body: '第二条意见。', idempotencyKey: key() });
    const result = await runFormAction(astro, planCommentAction(limited));
    expect(astro.response.status).toBe(429);
    expect(submissionProblems(translator('en'), result as never).formError).toBe(
      translator('en')('form.rateLimited'),
    );
  });

  it('answers 409 without a message of its own once the window has closed', async () => {
    const astro = post({ stance: 'oppose', body: '晚了。', idempotencyKey: key() });
    const result = await runFormAction(
      astro,
      planCommentAction({ ...deps({ at: new Date('2100-01-01T00:00:00Z') }), references: [] }),
    );
    expect(astro.response.status).toBe(409);
    expect(submissionProblems(translator('en'), result as never)).toEqual({
      fieldErrors: {},
      formError: null,
    });
  });
});

describe('the e-mail notices a plan comment asks for', () => {
  const outbox = (to: string) =>
    db.db
      .execute(sql`select kind, params from outbox where to_address = ${to}`)
      .then((r) => rowsOf<{ kind: string; params: Record<string, string> }>(r));

  it('queue its receipt, as a comment on a version does', async () => {
    const astro = post({
      stance: 'support',
      body: '支持列入计划。',
      clause: 'item_sample',
      contact: 'plan-reader@example.org',
      notifyByEmail: 'on',
      notifyLocale: 'zh',
      idempotencyKey: key(),
    });
    const result = await runFormAction(
      astro,
      planCommentAction({ ...deps({ addressHash: 'addr-notify' }), references: ['item_sample'] }),
    );
    expect(result && !(result instanceof Response) && result.ok).toBe(true);
    if (!result || result instanceof Response || !result.ok) return;
    const queued = await outbox('plan-reader@example.org');
    expect(queued.map((m) => m.kind)).toEqual(['receipt']);
    expect(queued[0]!.params['code']).toBe(result.data.receiptCode);
    expect(queued[0]!.params['regulation']).toBe('临江市人大常委会2027年度立法计划（草案）');
  });

  it('queue the receipt of a proposal too', async () => {
    const astro = post({
      proposalTitle: '电动自行车停放条例',
      proposalProblem: '楼道停放和充电引发火灾。',
      proposalScope: '集中停放和充电设施。',
      contact: 'proposer@example.org',
      notifyByEmail: 'on',
      idempotencyKey: key(),
    });
    const result = await runFormAction(
      astro,
      proposalAction({ ...deps({ addressHash: 'addr-notify-2' }), language: 'zh' }),
    );
    expect(result && !(result instanceof Response) && result.ok).toBe(true);
    expect((await outbox('proposer@example.org')).map((m) => m.kind)).toEqual(['receipt']);
  });
});

describe('a proposal of a new project', () => {
  it('stores the three parts as one comment text in the visitor language', async () => {
    const astro = post({
      proposalTitle: '养老助餐条例',
      proposalProblem: '老年食堂少',
      proposalScope: '助餐补贴',
      idempotencyKey: key(),
    });
    const result = await runFormAction(astro, proposalAction({ ...deps(), language: 'zh' }));
    if (!result || result instanceof Response || !result.ok) throw new Error('not stored');
    const stored = await findByReceipt(db.db, result.data.receiptCode);
    expect(stored?.publicBody.startsWith('【立法项目建议】\n项目名称：养老助餐条例')).toBe(true);
  });

  it('refuses missing parts field by field with 422, storing nothing', async () => {
    const astro = post({ proposalTitle: '养老助餐条例', idempotencyKey: key() });
    const result = await runFormAction(astro, proposalAction({ ...deps(), language: 'en' }));
    expect(astro.response.status).toBe(422);
    expect(Object.keys(submissionProblems(translator('en'), result as never).fieldErrors)).toEqual([
      'proposalProblem',
      'proposalScope',
    ]);
  });

  it('answers 409 before the window opens', async () => {
    const astro = post({
      proposalTitle: 'a',
      proposalProblem: 'b',
      proposalScope: 'c',
      idempotencyKey: key(),
    });
    await runFormAction(
      astro,
      proposalAction({ ...deps({ at: new Date('2026-01-01T00:00:00Z') }), language: 'zh' }),
    );
    expect(astro.response.status).toBe(409);
  });
});
