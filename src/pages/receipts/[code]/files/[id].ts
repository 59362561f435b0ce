/**
 * A file sent with a comment, for the holder of its receipt: their own file while it awaits
 * review, or once approved, as a download (issue #18; the rule is src/lib/attachments/access.ts).
 * A code that is not this file's comment's counts as a receipt miss, like a receipt page that
 * does not exist, and gets the same 404 as a file that does not exist.
 */
import type { APIRoute } from 'astro';
import {
  attachmentDownload,
  attachmentFacts,
  downloadResponse,
  mayDownload,
} from '../../../../lib/attachments/index.ts';
import { isWellFormedReceipt, normaliseReceipt } from '../../../../lib/comments/receipt.ts';
import { hitRateLimit, isRateLimited } from '../../../../lib/comments/repository.ts';
import {
  RECEIPT_MISS_WINDOW_MS,
  receiptMissBucket,
} from '../../../../lib/comments/receipt-misses.ts';
import { getDb } from '../../../../lib/db/index.ts';
import { addressHash } from '../../../../lib/web/address.ts';

export const GET: APIRoute = async ({ params, locals }) => {
  const { config, now } = locals;
  const code = normaliseReceipt(params.code ?? '');
  const id = Number(params.id);
  if (!isWellFormedReceipt(code) || !Number.isSafeInteger(id) || id <= 0)
    return new Response(null, { status: 404 });
  const db = await getDb();
  const bucket = receiptMissBucket(addressHash(locals.clientAddress(), config.addressSalt));
  const limit = config.receiptMissesPerHour;
  if (await isRateLimited(db, bucket, limit, RECEIPT_MISS_WINDOW_MS, now))
    return new Response(null, { status: 429, headers: { 'Retry-After': '3600' } });
  const facts = await attachmentFacts(db, id);
  if (!facts || !mayDownload(facts, { kind: 'receipt', code })) {
    await hitRateLimit(db, bucket, limit, RECEIPT_MISS_WINDOW_MS, now);
    return new Response(null, { status: 404 });
  }
  const file = await attachmentDownload(db, id, true);
  return file ? downloadResponse(file) : new Response(null, { status: 404 });
};
