/**
 * Attachments in the database. Stored in the caller's transaction (the comment's own, see
 * src/lib/comments/intake.ts), one file a statement so that at most one file's encoded copy
 * is in flight at a time; read back without their content except for a download.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { commentAttachments, comments } from '../db/schema.ts';
import { recordAudit, type StaffUser } from '../auth/repository.ts';
import type { FileFacts } from './access.ts';
import type { AttachmentKind } from './sniff.ts';
import type { AcceptedFile } from './validate.ts';

type AttachmentStatus = 'pending' | 'approved' | 'rejected';

export interface AttachmentInfo {
  id: number;
  commentId: number;
  fileName: string;
  kind: AttachmentKind;
  size: number;
  status: AttachmentStatus;
}

const info = {
  id: commentAttachments.id,
  commentId: commentAttachments.commentId,
  fileName: commentAttachments.fileName,
  kind: sql<AttachmentKind>`${commentAttachments.kind}`,
  size: commentAttachments.size,
  status: sql<AttachmentStatus>`${commentAttachments.status}`,
};

/** Stores a comment's files, in order. Call inside the transaction that stored the comment. */
export async function storeAttachments(
  tx: Db,
  commentId: number,
  files: readonly AcceptedFile[],
): Promise<void> {
  for (const [position, f] of files.entries()) {
    await tx.insert(commentAttachments).values({
      commentId,
      position,
      fileName: f.fileName,
      kind: f.kind,
      size: f.size,
      sha256: f.sha256,
      content: f.content,
    });
  }
}

/** Every file of a comment, for its receipt and the staff's page. */
export async function attachmentsOf(db: Db, commentId: number): Promise<AttachmentInfo[]> {
  return db
    .select(info)
    .from(commentAttachments)
    .where(eq(commentAttachments.commentId, commentId))
    .orderBy(asc(commentAttachments.position));
}

/** Every file of the comment with this receipt code, for its receipt page (names, sizes and review, never content). */
export async function attachmentsByReceipt(db: Db, receiptCode: string): Promise<AttachmentInfo[]> {
  return db
    .select(info)
    .from(commentAttachments)
    .innerJoin(comments, eq(comments.id, commentAttachments.commentId))
    .where(eq(comments.receiptCode, receiptCode))
    .orderBy(asc(commentAttachments.position));
}

/** The approved files of published comments, by comment id, for the public list. */
export async function approvedAttachments(
  db: Db,
  commentIds: readonly number[],
): Promise<Map<number, AttachmentInfo[]>> {
  const byComment = new Map<number, AttachmentInfo[]>();
  if (commentIds.length === 0) return byComment;
  const rows = await db
    .select(info)
    .from(commentAttachments)
    .where(
      and(
        inArray(commentAttachments.commentId, [...commentIds]),
        eq(commentAttachments.status, 'approved'),
      ),
    )
    .orderBy(asc(commentAttachments.commentId), asc(commentAttachments.position));
  for (const row of rows)
    byComment.set(row.commentId, [...(byComment.get(row.commentId) ?? []), row]);
  return byComment;
}

/** How many approved files each of these comments has (absent: none), for the public CSV. */
export async function approvedAttachmentCounts(
  db: Db,
  commentIds: readonly number[],
): Promise<Map<number, number>> {
  if (commentIds.length === 0) return new Map();
  const rows = await db
    .select({ commentId: commentAttachments.commentId, n: sql<number>`count(*)::int` })
    .from(commentAttachments)
    .where(
      and(
        inArray(commentAttachments.commentId, [...commentIds]),
        eq(commentAttachments.status, 'approved'),
      ),
    )
    .groupBy(commentAttachments.commentId);
  return new Map(rows.map((r) => [r.commentId, r.n]));
}

/** What the download rule (access.ts) needs to know of a file, without its content; null when there is no such file. */
export async function attachmentFacts(db: Db, id: number): Promise<FileFacts | null> {
  const [row] = await db
    .select({
      status: info.status,
      commentStatus: comments.status,
      receiptCode: comments.receiptCode,
    })
    .from(commentAttachments)
    .innerJoin(comments, eq(comments.id, commentAttachments.commentId))
    .where(eq(commentAttachments.id, id));
  return row ?? null;
}

export interface Download extends AttachmentInfo {
  content: Uint8Array;
}

/**
 * A file to download: for the public only an approved file of a published comment; staff
 * (`anyStatus`) any file. Null when there is none the asker may have.
 */
export async function attachmentDownload(
  db: Db,
  id: number,
  anyStatus: boolean,
): Promise<Download | null> {
  const [row] = await db
    .select({ ...info, content: commentAttachments.content })
    .from(commentAttachments)
    .innerJoin(comments, eq(comments.id, commentAttachments.commentId))
    .where(
      and(
        eq(commentAttachments.id, id),
        anyStatus
          ? undefined
          : and(eq(commentAttachments.status, 'approved'), eq(comments.status, 'published')),
      ),
    );
  return row ?? null;
}

type ReviewOutcome = { ok: true } | { ok: false; reason: 'not-found' };

/** A moderator approves (public from now on) or rejects (staff only) one file of a comment; audited. */
export async function reviewAttachment(
  db: Db,
  actor: StaffUser,
  input: { commentId: number; attachmentId: number; decision: 'approved' | 'rejected'; now: Date },
): Promise<ReviewOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(commentAttachments)
      .set({ status: input.decision, reviewedBy: actor.id, reviewedAt: input.now })
      .where(
        and(
          eq(commentAttachments.id, input.attachmentId),
          eq(commentAttachments.commentId, input.commentId),
        ),
      )
      .returning({ fileName: commentAttachments.fileName });
    if (!row) return { ok: false, reason: 'not-found' } as const;
    await recordAudit(
      tx,
      actor,
      input.decision === 'approved' ? 'attachment.approve' : 'attachment.reject',
      'comment',
      String(input.commentId),
      { file: row.fileName },
    );
    return { ok: true } as const;
  });
}
