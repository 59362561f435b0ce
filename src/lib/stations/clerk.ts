/**
 * A liaison station's clerk: bound to one station by an administrator (staff_users.station),
 * the clerk enters the opinions gathered there (each carries the station, as one sent through
 * its QR code does) and follows that station's opinions through 转办-回复-销号. The station
 * always comes from the clerk's account on the server, never from a form. Clerks read the
 * public fields only (masked and redacted), like everywhere else.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit, type StaffUser } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import {
  comments,
  commentVia,
  forwardings,
  regulations,
  staffUsers,
  versions,
} from '../db/schema.ts';
import { recordVia, stationOpinionFields } from './repository.ts';

/** The station a staff member is bound to, or null. */
export async function stationOfStaff(db: Db, userId: number): Promise<string | null> {
  const [row] = await db
    .select({ station: staffUsers.station })
    .from(staffUsers)
    .where(eq(staffUsers.id, userId));
  return row?.station ?? null;
}

/** The clerks (active accounts with the clerk role) and the station each is bound to. */
export async function listClerks(db: Db) {
  return db
    .select({
      id: staffUsers.id,
      username: staffUsers.username,
      displayName: staffUsers.displayName,
      station: staffUsers.station,
    })
    .from(staffUsers)
    .where(and(eq(staffUsers.active, true), sql`'clerk' = any(${staffUsers.roles})`))
    .orderBy(staffUsers.username);
}

/** Binds a clerk to a station (or unbinds with null); audited. False when no such clerk. */
export async function bindClerk(
  db: Db,
  actor: StaffUser,
  clerkId: number,
  station: string | null,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(staffUsers)
      .set({ station })
      .where(and(eq(staffUsers.id, clerkId), sql`'clerk' = any(${staffUsers.roles})`))
      .returning({ username: staffUsers.username });
    if (updated.length === 0) return false;
    await recordAudit(tx, actor, 'station.bind-clerk', 'staff_user', String(clerkId), {
      username: updated[0]!.username,
      station: station ?? '',
    });
    return true;
  });
}

/** After a clerk's entry is stored: it came through the clerk's station. */
export async function markEnteredAtStation(
  db: Db,
  receiptCode: string,
  station: string,
): Promise<boolean> {
  return recordVia(db, receiptCode, station);
}

/**
 * Every opinion of a station, whatever its moderation status (the clerk entered or gathered
 * them), newest first, in public fields, with where it stands in 转办-回复-销号.
 */
export async function stationOpinions(db: Db, station: string, limit = 100) {
  return db
    .select({
      ...stationOpinionFields,
      receiptCode: comments.receiptCode,
      channel: comments.channel,
      status: comments.status,
      clauseLabel: sql<
        string | null
      >`(select label from clauses where clauses.id = ${comments.clauseId})`,
    })
    .from(commentVia)
    .innerJoin(comments, eq(comments.id, commentVia.commentId))
    .leftJoin(versions, eq(versions.id, comments.versionId))
    .leftJoin(regulations, eq(regulations.id, versions.regulationId))
    .leftJoin(forwardings, eq(forwardings.commentId, comments.id))
    .where(eq(commentVia.station, station))
    .orderBy(desc(comments.id))
    .limit(limit);
}

/** Where an opinion stands: gathered → forwarded (转办) → answered (回复) → closed (销号). */
export function forwardingStage(o: {
  forwardedAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
}): 'gathered' | 'forwarded' | 'answered' | 'closed' {
  return o.closedAt
    ? 'closed'
    : o.answeredAt
      ? 'answered'
      : o.forwardedAt
        ? 'forwarded'
        : 'gathered';
}
