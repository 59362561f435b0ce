/**
 * The answer-the-questionnaire use case: open window → not a bot → valid answers →
 * within the rate limit → stored → receipt. Every expected failure is a value; a receipt
 * only for a committed response.
 */
import { hitRateLimit } from '../comments/repository.ts';
import { generateReceiptCode } from '../comments/receipt.ts';
import type { FieldError } from '../comments/validate.ts';
import { windowState } from '../consultation/index.ts';
import type { Db } from '../db/client.ts';
import { isDatabaseUnavailable } from '../errors/index.ts';
import { validateAnswers, type Question } from './questionnaire.ts';
import { storeResponse } from './repository.ts';

export interface QuestionnaireInput {
  raw: Record<string, string | undefined>;
  consultation: { id: number; opensAt: Date; closesAt: Date };
  questions: readonly Question[];
  now: Date;
  addressHash: string;
  perHour: number;
}

export type QuestionnaireOutcome =
  | { ok: true; receiptCode: string; duplicate: boolean }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  | { ok: false; reason: 'closed' | 'not-open' | 'spam' | 'rate-limited' }
  | { ok: false; reason: 'unavailable'; cause: unknown };

const KEY = /^[A-Za-z0-9_-]{16,64}$/;
const HOUR = 3600 * 1000;

export async function submitQuestionnaire(
  db: Db,
  input: QuestionnaireInput,
): Promise<QuestionnaireOutcome> {
  const state = windowState(input.consultation, input.now).state;
  if (state !== 'open') return { ok: false, reason: state === 'closed' ? 'closed' : 'not-open' };
  if ((input.raw['website'] ?? '').trim() !== '') return { ok: false, reason: 'spam' };
  const key = input.raw['idempotencyKey'] ?? '';
  const validated = validateAnswers(input.questions, input.raw);
  const errors = validated.ok ? [] : [...validated.errors];
  if (!KEY.test(key)) {
    errors.push({
      field: 'idempotencyKey',
      code: 'form-expired',
      message: { key: 'fieldError.questionnaireExpired' },
    });
  }
  if (!validated.ok || errors.length > 0) return { ok: false, reason: 'invalid', errors };
  try {
    if (
      !(await hitRateLimit(
        db,
        `questionnaire:${input.addressHash}`,
        input.perHour,
        HOUR,
        input.now,
      ))
    )
      return { ok: false, reason: 'rate-limited' };
    const stored = await storeResponse(db, {
      consultationId: input.consultation.id,
      receiptCode: generateReceiptCode(),
      idempotencyKey: key,
      answers: validated.value,
      addressHash: input.addressHash,
    });
    return { ok: true, ...stored };
  } catch (cause) {
    // Only an outage is "try again"; anything else is an internal error (500).
    if (isDatabaseUnavailable(cause)) return { ok: false, reason: 'unavailable', cause };
    throw cause;
  }
}
