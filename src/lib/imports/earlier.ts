/**
 * Opinions already stored: an offline letter entered by hand last week and then again in this
 * week's spreadsheet is one opinion, not two (issue #17). A row is an earlier entry's duplicate
 * when its text is the same once normalised (the campaign key; the exact text for texts too
 * short to have one) and it has the same author (display name) or the same gathering date.
 * Form letters from different people share the text but neither the name nor, mostly, the date;
 * they are flagged only when they do share one, for staff to judge, never refused.
 */
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { comments } from '../db/schema.ts';
import { campaignKey } from '../moderation/campaigns.ts';

export interface OpinionToCheck {
  body: string;
  displayName: string | null;
  /** `YYYY-MM-DD`, the day it was gathered, when known. */
  date: string | null;
}

/** The indexes of `items` that repeat an opinion already stored in the consultation. */
export async function earlierDuplicates(
  db: Db,
  consultationId: number,
  items: readonly OpinionToCheck[],
): Promise<number[]> {
  if (items.length === 0) return [];
  const keys = items.map((i) => campaignKey(i.body));
  const wantedKeys = [...new Set(keys.filter((k): k is string => k !== null))];
  const wantedBodies = [...new Set(items.filter((_, n) => keys[n] === null).map((i) => i.body))];
  const conditions = [
    ...(wantedKeys.length > 0 ? [inArray(comments.campaignKey, wantedKeys)] : []),
    ...(wantedBodies.length > 0 ? [inArray(comments.body, wantedBodies)] : []),
  ];
  const stored = await db
    .select({
      key: comments.campaignKey,
      body: comments.body,
      displayName: comments.displayName,
      date: sql<string | null>`${comments.source}->>'date'`,
    })
    .from(comments)
    .where(and(eq(comments.consultationId, consultationId), or(...conditions)));
  const same = (a: string | null, b: string | null) =>
    a !== null && a.trim() !== '' && a.trim() === b?.trim();
  return items.flatMap((item, n) => {
    const match = stored.some(
      (s) =>
        (keys[n] !== null ? s.key === keys[n] : s.body === item.body) &&
        (same(item.displayName, s.displayName) || same(item.date, s.date)),
    );
    return match ? [n] : [];
  });
}
