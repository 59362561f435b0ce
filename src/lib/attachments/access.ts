/**
 * Who may download a file sent with a comment (issue #18), as one rule over plain data:
 * - staff who read comments: any file, whatever its review;
 * - the holder of the comment's receipt code: their own file while it awaits review and once
 *   approved, whatever the comment's status (the code is the only proof of ownership a
 *   commenter has). A file a moderator kept private (rejected) is not served again, even to
 *   them: the refusal may be for content nobody should receive from this site;
 * - anyone: an approved file of a published comment.
 * A receipt code is compared in constant time, so that the time of an answer says nothing about
 * how much of a guessed code was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

type Asker = { kind: 'public' } | { kind: 'staff' } | { kind: 'receipt'; code: string };

export interface FileFacts {
  status: 'pending' | 'approved' | 'rejected';
  commentStatus: string;
  receiptCode: string;
}

export function mayDownload(file: FileFacts, asker: Asker): boolean {
  switch (asker.kind) {
    case 'staff':
      return true;
    case 'receipt':
      return sameReceipt(asker.code, file.receiptCode) && file.status !== 'rejected';
    case 'public':
      return file.status === 'approved' && file.commentStatus === 'published';
  }
}

/** Whether two receipt codes are equal, in a time that depends on neither (both are hashed to 32 bytes first). */
export function sameReceipt(given: string, stored: string): boolean {
  const digest = (code: string) => createHash('sha256').update(code, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(stored));
}
