/** Comments to store directly with storeComment, on the sample content's first reading. */
import { eq } from 'drizzle-orm';
import type { NewComment } from '../../src/lib/intake/index.ts';
import { schema } from '../../src/lib/db/index.ts';
import type { TestDb } from './db.ts';

/** The first reading of the sample regulation and its consultation. */
export async function firstReading(
  db: TestDb,
): Promise<{ versionId: number; consultationId: number }> {
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  const [c] = await db.db
    .select()
    .from(schema.consultations)
    .where(eq(schema.consultations.versionId, v!.id));
  return { versionId: v!.id, consultationId: c!.id };
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
    return {
      receiptCode: `${prefix.toUpperCase()}${String(n).padStart(8, '0')}`,
      idempotencyKey: `${prefix}-test-key-${n}`,
      consultationId: target.consultationId,
      versionId: target.versionId,
      clauseEId: 'chp_1__art_3',
      stance: n % 2 ? 'oppose' : 'support',
      body: text,
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
      addressHash: `${prefix}-${n}`,
      enteredBy: null,
      ...over,
    };
  };
}
