/**
 * A comment with files, stored in one transaction with them, reviewed and served (issue #18),
 * on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { submitVersionComment } from '../../../src/lib/comments/intake.ts';
import { rowsOf } from '../../../src/lib/db/index.ts';
import {
  approvedAttachmentCounts,
  approvedAttachments,
  attachmentDownload,
  attachmentFacts,
  attachmentsByReceipt,
  attachmentsOf,
  checkFiles,
  mayDownload,
  reviewAttachment,
  type AcceptedFile,
} from '../../../src/lib/attachments/index.ts';
import { csvStream, exportExtent, exportPages } from '../../../src/lib/export/staff-comments.ts';
import { addStaff, seededDatabase, type TestDb } from '../../helpers/db.ts';
import { docxFile, pdfFile, pngFile } from '../../helpers/attachments.ts';

const moderator = {
  id: 0,
  username: 'files-moderator',
  displayName: '审核员',
  roles: ['moderator'],
};
let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
  await addStaff(db, moderator);
});
afterAll(async () => {
  await db?.cleanup();
});

function accepted(...files: [string, Buffer][]): AcceptedFile[] {
  const out = checkFiles(files.map(([name, data]) => ({ field: 'files', name, data })));
  if (!out.ok) throw new Error(JSON.stringify(out.refusal));
  return out.files;
}

const submit = (files: readonly AcceptedFile[], raw: Record<string, string> = {}) =>
  submitVersionComment(db.db, {
    regulationSlug: 'sample',
    versionSlug: 'first-reading',
    raw: {
      idempotencyKey: randomUUID(),
      stance: 'amend',
      category: 'organisation',
      body: '本会意见见附件。',
      clause: 'chp_1__art_2',
      ...raw,
    },
    now: new Date(),
    addressHash: randomUUID(),
    commentsPerHour: 1000,
    files,
  });

const count = async (table: string) =>
  Number(
    rowsOf<{ n: number }>(
      await db.db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
    )[0]!.n,
  );
const idOf = async (code: string) =>
  Number(
    rowsOf<{ id: number }>(
      await db.db.execute(sql`select id from comments where receipt_code = ${code}`),
    )[0]!.id,
  );

describe('a comment with files', () => {
  it('is stored with every file, byte for byte, pending review', async () => {
    const pdf = pdfFile();
    const out = await submit(
      accepted(['../信函.pdf', pdf], ['证据.png', pngFile()], ['附件.docx', docxFile()]),
    );
    expect(out).toMatchObject({ ok: true, duplicate: false });
    if (!out.ok) return;
    const files = await attachmentsByReceipt(db.db, out.receiptCode);
    expect(files.map((f) => [f.fileName, f.kind, f.status])).toEqual([
      ['信函.pdf', 'pdf', 'pending'],
      ['证据.png', 'png', 'pending'],
      ['附件.docx', 'docx', 'pending'],
    ]);
    const staffCopy = await attachmentDownload(db.db, files[0]!.id, true);
    expect(Buffer.from(staffCopy!.content).equals(pdf)).toBe(true);
  });

  it('stores nothing, neither comment nor file, when the comment is refused', async () => {
    const [comments, files] = [await count('comments'), await count('comment_attachments')];
    const out = await submit(accepted(['a.pdf', pdfFile()]), { stance: 'nonsense' });
    expect(out).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await count('comments')).toBe(comments);
    expect(await count('comment_attachments')).toBe(files);
  });

  it('stores nothing when a file cannot be stored: the comment is rolled back with it, and no receipt is given', async () => {
    const [comments, files] = [await count('comments'), await count('comment_attachments')];
    const good = accepted(['a.pdf', pdfFile()])[0]!;
    // The database's own check refuses a file above 10 MB: the second insert fails.
    const tooBig = { ...good, size: 11 * 1024 * 1024 };
    await expect(submit([good, tooBig])).rejects.toThrow();
    expect(await count('comments')).toBe(comments);
    expect(await count('comment_attachments')).toBe(files);
  });

  it('sent again with the same key keeps the first files and adds none', async () => {
    const key = randomUUID();
    const first = await submit(accepted(['a.pdf', pdfFile()]), { idempotencyKey: key });
    const again = await submit(accepted(['a.pdf', pdfFile()], ['b.png', pngFile()]), {
      idempotencyKey: key,
    });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    if (!first.ok || !again.ok) return;
    expect(again.receiptCode).toBe(first.receiptCode);
    expect((await attachmentsByReceipt(db.db, first.receiptCode)).map((f) => f.fileName)).toEqual([
      'a.pdf',
    ]);
  });

  it('is public only once the comment is published and the file approved; the review is audited; counts follow', async () => {
    const out = await submit(accepted(['公开.pdf', pdfFile()], ['私人.png', pngFile()]));
    if (!out.ok) throw new Error(JSON.stringify(out));
    const commentId = await idOf(out.receiptCode);
    const [open, secret] = await attachmentsOf(db.db, commentId);
    expect(await attachmentDownload(db.db, open!.id, false)).toBeNull();

    const now = new Date();
    expect(
      await reviewAttachment(db.db, moderator, {
        commentId,
        attachmentId: open!.id,
        decision: 'approved',
        now,
      }),
    ).toEqual({ ok: true });
    expect(
      await reviewAttachment(db.db, moderator, {
        commentId,
        attachmentId: secret!.id,
        decision: 'rejected',
        now,
      }),
    ).toEqual({ ok: true });
    // Approved, but its comment is not published yet.
    expect(await attachmentDownload(db.db, open!.id, false)).toBeNull();
    await db.db.execute(sql`update comments set status = 'published' where id = ${commentId}`);
    expect((await attachmentDownload(db.db, open!.id, false))?.fileName).toBe('公开.pdf');
    expect(await attachmentDownload(db.db, secret!.id, false)).toBeNull();
    expect(await attachmentDownload(db.db, secret!.id, true)).not.toBeNull();

    expect(
      (await approvedAttachments(db.db, [commentId])).get(commentId)?.map((f) => f.fileName),
    ).toEqual(['公开.pdf']);
    expect(await approvedAttachmentCounts(db.db, [commentId])).toEqual(new Map([[commentId, 1]]));

    const audit = rowsOf<{ action: string; detail: { file: string } }>(
      await db.db.execute(
        sql`select action, detail from audit_events where target_type = 'comment' and target_id = ${String(commentId)} order by id`,
      ),
    );
    expect(audit.map((a) => [a.action, a.detail.file])).toEqual([
      ['attachment.approve', '公开.pdf'],
      ['attachment.reject', '私人.png'],
    ]);
  });

  it('tells the download rule whose file it is: its receipt holder has it pending, nobody else', async () => {
    const mine = await submit(accepted(['我的.pdf', pdfFile()]));
    const theirs = await submit(accepted(['别人的.pdf', pdfFile('别人')]));
    if (!mine.ok || !theirs.ok) throw new Error('not stored');
    const [file] = await attachmentsByReceipt(db.db, mine.receiptCode);
    const facts = await attachmentFacts(db.db, file!.id);
    expect(facts).toEqual({
      status: 'pending',
      commentStatus: 'received',
      receiptCode: mine.receiptCode,
    });
    expect(mayDownload(facts!, { kind: 'receipt', code: mine.receiptCode })).toBe(true);
    expect(mayDownload(facts!, { kind: 'receipt', code: theirs.receiptCode })).toBe(false);
    expect(mayDownload(facts!, { kind: 'public' })).toBe(false);
    expect(await attachmentFacts(db.db, 2 ** 31 - 1)).toBeNull();
  });

  it('a review of a file of another comment is refused', async () => {
    const a = await submit(accepted(['a.pdf', pdfFile()]));
    const b = await submit([]);
    if (!a.ok || !b.ok) throw new Error('not stored');
    const [file] = await attachmentsByReceipt(db.db, a.receiptCode);
    expect(
      await reviewAttachment(db.db, moderator, {
        commentId: await idOf(b.receiptCode),
        attachmentId: file!.id,
        decision: 'approved',
        now: new Date(),
      }),
    ).toEqual({ ok: false, reason: 'not-found' });
  });

  it('counts every file of a comment in the staff export', async () => {
    const out = await submit(accepted(['1.pdf', pdfFile()], ['2.pdf', pdfFile('2')]));
    if (!out.ok) throw new Error('not stored');
    const consultationId = rowsOf<{ id: number }>(
      await db.db.execute(
        sql`select consultation_id as id from comments where receipt_code = ${out.receiptCode}`,
      ),
    )[0]!.id;
    const filter = { consultationId };
    const { lastId } = await exportExtent(db.db, filter);
    const text = await new Response(csvStream(exportPages(db.db, filter, lastId), false)).text();
    const [header, ...lines] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toContain('附件数 attachments');
    const line = lines.find((l) => l.includes(out.receiptCode))!;
    expect(line.split(',').at(-1)).toBe('2');
  });
});
