/** Comments to store directly with storeComment, on the sample content's first reading. */
import { eq } from 'drizzle-orm';
import type { NewComment } from '../../src/lib/intake/index.ts';
import { schema } from '../../src/lib/db/index.ts';
import type { TestDb } from './db.ts';

/** A version of the sample regulation by its slug, and the consultation on it. */
export async function reading(
  db: TestDb,
  slug: string,
): Promise<{ versionId: number; consultationId: number }> {
  const [v] = await db.db.select().from(schema.versions).where(eq(schema.versions.slug, slug));
  const [c] = await db.db
    .select()
    .from(schema.consultations)
    .where(eq(schema.consultations.versionId, v!.id));
  return { versionId: v!.id, consultationId: c!.id };
}

/** The first reading of the sample regulation and its consultation. */
export function firstReading(db: TestDb): Promise<{ versionId: number; consultationId: number }> {
  return reading(db, 'first-reading');
}

/**
 * A comment as the public form stores it, every optional field at its plain value (an anonymous
 * individual's public online comment on the whole text, no quote, no address); `fields` gives
 * its identity and anything else that differs.
 */
export function newComment(
  fields: Pick<
    NewComment,
    'receiptCode' | 'idempotencyKey' | 'consultationId' | 'versionId' | 'body'
  > &
    Partial<NewComment>,
): NewComment {
  return {
    clauseEId: null,
    stance: 'amend',
    suggestedWording: null,
    quote: null,
    quoteStart: null,
    quoteEnd: null,
    displayName: null,
    category: 'individual',
    district: null,
    contact: null,
    consentPublish: true,
    channel: 'online',
    addressHash: null,
    enteredBy: null,
    ...fields,
  };
}

/**
 * A maker of distinct comments on article 3 of that reading: each call gets its own receipt,
 * idempotency key, address and numbered body under `prefix`.
 */
export function commentMaker(
  target: { versionId: number; consultationId: number },
  prefix: string,
  body: (n: number) => string,
) {
  let seq = 0;
  return (over: Partial<NewComment> = {}): NewComment => {
    const n = ++seq;
    const text = body(n);
    return newComment({
      receiptCode: `${prefix.toUpperCase()}${String(n).padStart(8, '0')}`,
      idempotencyKey: `${prefix}-test-key-${n}`,
      consultationId: target.consultationId,
      versionId: target.versionId,
      clauseEId: 'chp_1__art_3',
      stance: n % 2 ? 'oppose' : 'support',
      body: text,
      addressHash: `${prefix}-${n}`,
      ...over,
    });
  };
}
