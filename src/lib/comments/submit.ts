/**
 * The submit-a-comment use case, as a recipe of named steps:
 * find the open consultation → validate → rate-limit → mask → store → receipt.
 * Every expected failure is a value; only a committed comment yields a receipt code.
 */
import type { Db } from '../db/client.ts';
import { windowState } from '../consultation/index.ts';
import { isDatabaseUnavailable } from '../errors/index.ts';
import { campaignKey } from '../moderation/campaigns.ts';
import { readRatings } from './ratings.ts';
import { generateReceiptCode } from './receipt.ts';
import { storeComment, type Settle } from '../intake/store.ts';
import { validateCommentInput, type FieldError } from './validate.ts';

export interface SubmitInput {
  raw: Record<string, string | undefined>;
  version: { id: number } | null;
  consultations: { id: number; opensAt: Date; closesAt: Date; versionId: number | null }[];
  now: Date;
  addressHash: string;
  commentsPerHour: number;
  channel?: string;
  enteredBy?: number | null;
  /** The text of the clause commented on, to check quotes and suggested wording against. */
  clauseText?: string | null;
  /** Without a version: the item references that may be commented on (plan items). */
  references?: readonly string[];
  /** Opinions gathered offline by a contact-point clerk: where and when. */
  source?: { date: string; place: string; participants: number | null } | null;
  /** When the kept counts move; see `Settle`. Default: wait for them. */
  settle?: Settle;
}

export type SubmitOutcome =
  | { ok: true; receiptCode: string; duplicate: boolean }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  | { ok: false; reason: 'spam' | 'closed' | 'not-open' | 'rate-limited' | 'unknown-clause' }
  | { ok: false; reason: 'unavailable'; cause: unknown };

const HOUR = 3600 * 1000;

export async function submitComment(db: Db, input: SubmitInput): Promise<SubmitOutcome> {
  const consultation = findOpenConsultation(input);
  if (!consultation.ok) return consultation;
  const validated = validateCommentInput(
    input.raw,
    { maxBodyLength: 5000 },
    { clauseText: input.clauseText ?? null },
  );
  if (!validated.ok)
    return 'spam' in validated
      ? { ok: false, reason: 'spam' }
      : { ok: false, reason: 'invalid', errors: validated.errors };
  const value = validated.value;
  const ratings = readRatings(input.raw);
  if (!ratings.ok) return { ok: false, reason: 'invalid', errors: ratings.errors };
  if (!input.version && value.clauseEId && !(input.references ?? []).includes(value.clauseEId)) {
    return { ok: false, reason: 'unknown-clause' };
  }
  try {
    const stored = await storeComment(
      db,
      {
        receiptCode: generateReceiptCode(),
        idempotencyKey: value.idempotencyKey,
        consultationId: consultation.id,
        versionId: input.version?.id ?? null,
        clauseEId: value.clauseEId,
        stance: value.stance,
        body: value.body,
        suggestedWording: value.suggestedWording,
        quote: value.quote,
        quoteStart: value.quoteStart,
        quoteEnd: value.quoteEnd,
        displayName: value.displayName,
        category: value.category,
        district: value.district,
        contact: value.contact,
        consentPublish: value.consentPublish,
        channel: input.channel ?? 'online',
        addressHash: input.addressHash,
        enteredBy: input.enteredBy ?? null,
        ratings: ratings.value,
        source: input.source ?? null,
        campaignKey: campaignKey(value.body),
      },
      {
        limit: {
          bucket: `comment:${input.addressHash}`,
          limit: input.commentsPerHour,
          windowMs: HOUR,
          now: input.now,
        },
        settle: input.settle ?? 'wait',
        openAt: input.now,
      },
    );
    return stored.ok ? stored : { ok: false, reason: stored.reason };
  } catch (cause) {
    // The database could not be reached: nothing was committed, no receipt; the caller logs
    // the cause and asks the visitor to try again. Any other failure is a broken invariant,
    // not an outage: it goes on up and is answered as an internal error (500).
    if (isDatabaseUnavailable(cause)) return { ok: false, reason: 'unavailable', cause };
    throw cause;
  }
}

function findOpenConsultation(
  input: SubmitInput,
): { ok: true; id: number } | { ok: false; reason: 'closed' | 'not-open' } {
  const candidates = input.consultations.filter((c) =>
    input.version ? c.versionId === input.version.id : true,
  );
  const open = candidates.find((c) => windowState(c, input.now).state === 'open');
  if (open) return { ok: true, id: open.id };
  return candidates.some((c) => windowState(c, input.now).state === 'closed')
    ? { ok: false, reason: 'closed' }
    : { ok: false, reason: 'not-open' };
}
