/**
 * Receipt codes carry about 74 random bits; on top of that, an address that keeps asking for
 * codes that do not exist (a receipt page, or a file by a code that is not its comment's) is
 * stopped for the hour, found codes included. One bucket for both, so that guessing through
 * downloads buys no more tries than guessing through pages.
 */
export const RECEIPT_MISS_WINDOW_MS = 3600 * 1000;

export function receiptMissBucket(hashedAddress: string): string {
  return `receipt-miss:${hashedAddress}`;
}
