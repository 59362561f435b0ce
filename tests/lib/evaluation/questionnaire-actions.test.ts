/**
 * The questionnaire's form post (src/lib/evaluation/questionnaire-actions.ts) through
 * runFormAction, as the page runs it: stored once with its receipt code (the same for a double
 * post), refused with the status and messages the page answered before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionProblems } from '../../../src/lib/comments/submission-post.ts';
import { findQuestionnaire } from '../../../src/lib/evaluation/index.ts';
import { questionnaireAction } from '../../../src/lib/evaluation/questionnaire-actions.ts';
import { translator } from '../../../src/lib/i18n/index.ts';
import { runFormAction } from '../../../src/lib/web/form-action.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { formPost } from '../../helpers/form-post.ts';

let db: TestDb;
let found: NonNullable<Awaited<ReturnType<typeof findQuestionnaire>>>;
const now = new Date('2026-12-01T00:00:00Z');
const en = translator('en');
const answers = {
  'q_sorting-at-home': '有时分',
  q_convenience: '3',
  q_suggestions: '希望增加夜间投放时间',
};

beforeAll(async () => {
  db = await seededDatabase();
  found = (await findQuestionnaire(db.db, 'waste-sorting', 'evaluation'))!;
});
afterAll(async () => {
  await db?.cleanup();
});

const action = (at = now, hash = 'addr-actions', reported: unknown[] = []) =>
  questionnaireAction({
    db: db.db,
    consultation: found.consultation,
    questions: found.questions,
    now: at,
    addressHash: hash,
    perHour: 100,
    report: (cause) => reported.push(cause),
  });

async function run(fields: Record<string, string>, at = now) {
  const astro = formPost(fields);
  const result = await runFormAction(astro, action(at));
  if (result instanceof Response) throw new Error('a response');
  return { status: astro.response.status, result, ...submissionProblems(en, result) };
}

describe('the questionnaire post', () => {
  it('stores the answers once: a double post returns the same receipt code', async () => {
    const fields = { ...answers, idempotencyKey: 'questionnaire-action-0001' };
    const first = await run(fields);
    const again = await run(fields);
    expect(first.result?.ok && again.result?.ok).toBe(true);
    if (!first.result?.ok || !again.result?.ok) return;
    expect(again.result.data.receiptCode).toBe(first.result.data.receiptCode);
  });

  it('refuses an unanswered required question with 422, its error under its own field', async () => {
    const refused = await run({ q_convenience: '3', idempotencyKey: 'questionnaire-action-0002' });
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.fieldErrors)).toContain('q_sorting-at-home');
    expect(refused.formError).toBe(null);
    expect(refused.result?.values['q_convenience']).toBe('3');
  });

  it('refuses a filled honeypot with 422 and the not-accepted message', async () => {
    const refused = await run({
      ...answers,
      website: 'x',
      idempotencyKey: 'questionnaire-action-0003',
    });
    expect(refused.status).toBe(422);
    expect(refused.formError).toBe(en('planComment.submissionWasNotAccepted'));
  });

  it('answers 409 without a message of its own outside the window', async () => {
    const late = await run(
      { ...answers, idempotencyKey: 'questionnaire-action-0004' },
      new Date('2100-01-01T00:00:00Z'),
    );
    expect(late.status).toBe(409);
    expect(late.formError).toBe(null);
  });
});
