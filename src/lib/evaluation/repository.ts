/** Questionnaires and their responses in the database. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { bindKey } from '../comments/idempotency.ts';
import type { Db } from '../db/client.ts';
import {
  consultations,
  questionnaireResponses,
  questionnaires,
  regulations,
  versions,
} from '../db/schema.ts';
import type { Answers, Question } from './questionnaire.ts';

/** An evaluation consultation of a regulation, with its questionnaire; null when there is none. */
export async function findQuestionnaire(db: Db, regulationSlug: string, consultationSlug: string) {
  const [row] = await db
    .select({
      consultation: consultations,
      questions: questionnaires.questions,
      regulationTitle: regulations.title,
      regulationShortTitle: regulations.shortTitle,
      regulationLanguage: regulations.language,
      versionSlug: versions.slug,
    })
    .from(questionnaires)
    .innerJoin(consultations, eq(consultations.id, questionnaires.consultationId))
    .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
    .leftJoin(versions, eq(versions.id, consultations.versionId))
    .where(and(eq(regulations.slug, regulationSlug), eq(consultations.slug, consultationSlug)));
  return row ? { ...row, questions: row.questions as Question[] } : null;
}

/** Which of these consultations have a questionnaire (for links from the regulation's page). */
export async function consultationsWithQuestionnaire(
  db: Db,
  consultationIds: readonly number[],
): Promise<Set<number>> {
  if (consultationIds.length === 0) return new Set();
  const rows = await db
    .select({ id: questionnaires.consultationId })
    .from(questionnaires)
    .where(inArray(questionnaires.consultationId, [...consultationIds]));
  return new Set(rows.map((r) => r.id));
}

export interface NewResponse {
  consultationId: number;
  receiptCode: string;
  idempotencyKey: string;
  answers: Answers;
  addressHash: string | null;
}

/**
 * Stores one submission; the same form again (same key, same answers) answers with the first
 * receipt. The key is stored bound to the consultation and the answers (see
 * comments/idempotency.ts), so someone else's key with other answers is a new response.
 */
export async function storeResponse(
  db: Db,
  input: NewResponse,
): Promise<{ receiptCode: string; duplicate: boolean }> {
  const idempotencyKey = bindKey([
    'questionnaire',
    input.idempotencyKey,
    input.consultationId,
    input.answers,
  ]);
  const inserted = await db
    .insert(questionnaireResponses)
    .values({ ...input, idempotencyKey })
    .onConflictDoNothing({ target: questionnaireResponses.idempotencyKey })
    .returning({ receiptCode: questionnaireResponses.receiptCode });
  if (inserted[0]) return { receiptCode: inserted[0].receiptCode, duplicate: false };
  const [existing] = await db
    .select({ receiptCode: questionnaireResponses.receiptCode })
    .from(questionnaireResponses)
    .where(eq(questionnaireResponses.idempotencyKey, idempotencyKey));
  return { receiptCode: existing!.receiptCode, duplicate: true };
}

/** A response by its receipt, with the questions it answers (for the receipt page). */
export async function findResponseByReceipt(db: Db, receiptCode: string) {
  const [row] = await db
    .select({
      receiptCode: questionnaireResponses.receiptCode,
      answers: questionnaireResponses.answers,
      createdAt: questionnaireResponses.createdAt,
      questions: questionnaires.questions,
      consultationTitle: consultations.title,
      regulationTitle: regulations.title,
      regulationSlug: regulations.slug,
      regulationLanguage: regulations.language,
    })
    .from(questionnaireResponses)
    .innerJoin(consultations, eq(consultations.id, questionnaireResponses.consultationId))
    .innerJoin(questionnaires, eq(questionnaires.consultationId, consultations.id))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(eq(questionnaireResponses.receiptCode, receiptCode));
  return row ? { ...row, questions: row.questions as Question[] } : null;
}

/** Every response's answers to a consultation's questionnaire, oldest first. */
export async function answersOf(db: Db, consultationId: number): Promise<Answers[]> {
  const rows = await db
    .select({ answers: questionnaireResponses.answers })
    .from(questionnaireResponses)
    .where(eq(questionnaireResponses.consultationId, consultationId))
    .orderBy(asc(questionnaireResponses.id));
  return rows.map((r) => r.answers);
}
