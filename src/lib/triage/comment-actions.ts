/**
 * The form posts of one comment's staff page (src/pages/staff/comments/[id].astro):
 * redact the public text, publish or keep private an attached file, add or remove a tag, assign, add an internal note, and record the
 * disposition with its public reply (the form without an `op`). Each has its schema and its
 * permission; the page only runs them (src/lib/web/form-action.ts).
 */
import { z } from 'astro/zod';
import { reviewAttachment } from '../attachments/index.ts';
import type { StaffUser } from '../auth/index.ts';
import type { Db } from '../db/index.ts';
import { isLaterOption, readDisposition, recordDisposition } from '../disposition/index.ts';
import { isMessageKey } from '../i18n/index.ts';
import { redactComment } from '../moderation/index.ts';
import { defineFormAction, field, readWith, refuse } from '../web/form-action.ts';
import { normaliseTag, readNote } from './annotations.ts';
import { addNote, addTag, assignableStaff, assignComment, removeTag } from './repository.ts';

export interface CommentActionsDeps {
  db: Db;
  actor: StaffUser;
  commentId: number;
  /** The later versions' clauses offered as "reflected in" for this comment. */
  laterOptions: readonly { id: number }[];
  now: Date;
}

const tag = z.object({
  tag: field.read((raw) => {
    const value = normaliseTag(raw);
    return value ? { ok: true, value } : { ok: false, message: { key: 'triage.tags.invalid' } };
  }),
});

export function commentActions({ db, actor, commentId, laterOptions, now }: CommentActionsDeps) {
  return {
    redact: defineFormAction({
      permission: 'comments:moderate',
      input: z.object({ passage: field.text(), redactReason: field.text() }),
      handler: async ({ passage, redactReason }) => {
        const outcome = await redactComment(db, actor, commentId, passage, redactReason);
        if (outcome.ok) return { occurrences: outcome.occurrences };
        const key = `triage.redact.${outcome.reason}`;
        return refuse(isMessageKey(key) ? key : 'formPost.invalid', 'passage');
      },
    }),
    // A moderator publishes a file of the comment or keeps it private (src/lib/attachments).
    attachment: defineFormAction({
      permission: 'comments:moderate',
      input: z.object({
        decision: z.enum(['approved', 'rejected']),
        attachmentId: z.coerce.number().int().positive(),
      }),
      handler: async ({ decision, attachmentId }) => {
        const outcome = await reviewAttachment(db, actor, {
          commentId,
          attachmentId,
          decision,
          now,
        });
        if (!outcome.ok) refuse('attachments.notFound');
      },
    }),
    'tag-add': defineFormAction({
      permission: 'comments:triage',
      input: tag,
      handler: async (input) => void (await addTag(db, actor, commentId, input.tag)),
    }),
    'tag-remove': defineFormAction({
      permission: 'comments:triage',
      input: tag,
      handler: async (input) => void (await removeTag(db, actor, commentId, input.tag)),
    }),
    assign: defineFormAction({
      permission: 'comments:triage',
      input: z.object({ assignee: field.text() }),
      handler: async ({ assignee: raw }) => {
        // '' is "nobody"; anyone else must be one of the staff offered.
        const assignee =
          raw === '' ? null : (await assignableStaff(db)).find((s) => String(s.id) === raw);
        if (assignee === undefined) refuse('triage.assign.invalid', 'assignee');
        await assignComment(db, actor, commentId, assignee?.id ?? null);
      },
    }),
    note: defineFormAction({
      permission: 'comments:triage',
      input: z.object({
        note: field.read((raw) => {
          const read = readNote(raw);
          return read.ok ? { ok: true, value: read.body } : read;
        }),
      }),
      handler: async ({ note }) => void (await addNote(db, actor, commentId, note)),
    }),
    dispose: defineFormAction({
      permission: 'comments:dispose',
      input: readWith(
        z.object({
          disposition: field.text(),
          reason: field.text(),
          reply: field.text(),
          reflectedIn: field.text(),
        }),
        (raw) => {
          const read = readDisposition(raw);
          // The clause must be one of the later versions' clauses offered for this comment.
          if (read.ok && !isLaterOption(laterOptions, read.value.reflectedClauseId))
            return {
              ok: false,
              errors: [{ field: 'reflectedIn', message: { key: 'disposition.error.reflectedIn' } }],
            };
          return read;
        },
      ),
      handler: async (disposition) => {
        await recordDisposition(db, actor, [commentId], disposition, now);
      },
    }),
  };
}
