/**
 * What an idempotency key stands for. A form's key is chosen by the client, so on its own it
 * proves nothing: stored as it came, anyone holding a key could post other text (or to another
 * regulation) under it and be answered with the first comment's receipt. The stored key is
 * therefore a hash of the client's key and everything the comment says and where it goes: the
 * same form sent again (double click, retry, another process) finds its first receipt; the same
 * key with other content is a new comment with its own receipt. Pure.
 */
import { createHash, createHmac } from 'node:crypto';

/** The fields a key is bound to: what was written, by whom it was entered, and where it goes. */
export interface KeyedContent {
  idempotencyKey: string;
  consultationId: number;
  versionId: number | null;
  clauseEId: string | null;
  stance: string;
  body: string;
  suggestedWording: string | null;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  displayName: string | null;
  category: string;
  district: string | null;
  contact: string | null;
  consentPublish: boolean;
  channel: string;
  enteredBy: number | null;
  ratings?: unknown;
  source?: unknown;
}

/**
 * The key as stored: `k_` and 43 base64url characters, never equal to a key a client sent.
 * @example boundKey({ idempotencyKey: 'abc…', consultationId: 1, body: '…', … }) // 'k_…'
 */
export function boundKey(c: KeyedContent): string {
  const content = [
    c.idempotencyKey,
    c.consultationId,
    c.versionId,
    c.clauseEId,
    c.stance,
    c.body,
    c.suggestedWording,
    c.quote,
    c.quoteStart,
    c.quoteEnd,
    c.displayName,
    c.category,
    c.district,
    c.contact,
    c.consentPublish,
    c.channel,
    c.enteredBy,
    c.ratings ?? null,
    c.source ?? null,
  ];
  return bindKey(content);
}

/** The stored form of a key bound to any content (JSON-serialisable, order significant). */
export function bindKey(content: readonly unknown[]): string {
  return `k_${createHash('sha256').update(JSON.stringify(content)).digest('base64url')}`;
}

/**
 * A key derived from content anyone may know (an imported letter's cells), made unguessable
 * from outside with the server's secret, so nobody can post first under it and make the
 * import store nothing. The same secret and content give the same key: re-imports stay
 * idempotent.
 */
export function sealedKey(secret: string, key: string): string {
  return `s_${createHmac('sha256', secret).update(key).digest('base64url')}`;
}
