/**
 * The one public shape of a published comment, for the JSON API, the CSV and the XLSX: the
 * public fields only (masked and redacted: src/lib/comments/public-fields.ts), with the
 * disposition, the official reply and the later clause that reflects it. Never contact
 * details, address hashes, the disposition's internal reason, or anything of a comment that
 * is not published with consent (publishedComments reads those only).
 */
import type { Db } from '../db/client.ts';
import { reflectedClauses } from '../disposition/index.ts';
import { approvedAttachmentCounts } from '../attachments/index.ts';
import { publishedComments, type PublishedFilter } from '../moderation/index.ts';

export type PublishedRow = Awaited<ReturnType<typeof publishedComments>>[number];
export type ReflectedMap = Awaited<ReturnType<typeof reflectedClauses>>;

export interface PublicReflection {
  regulation: string;
  version: string;
  clause: string;
  label: string;
}

export interface PublicComment {
  clause: string | null;
  stance: string;
  text: string;
  suggestedWording: string | null;
  quote: { text: string; start: number | null; end: number | null } | null;
  author: string | null;
  category: string;
  stage: string;
  createdAt: string;
  seconds: number;
  disposition: string | null;
  reply: string | null;
  repliedAt: string | null;
  reflectedIn: PublicReflection | null;
}

/** A row of publishedComments with its reflected clauses looked up. */
export function publicComment(c: PublishedRow, reflected: ReflectedMap): PublicComment {
  const r = c.reflectedClauseId ? reflected.get(c.reflectedClauseId) : undefined;
  // A disposition is public with its reply (recordDisposition writes both at once).
  const answered = c.disposition !== null && c.reply !== null;
  return {
    clause: c.clauseEId,
    stance: c.stance,
    text: c.publicBody,
    suggestedWording: c.suggestedWording,
    // The passage commented on: offsets in the clause's plain text (UTF-16), and its text.
    quote: c.quote === null ? null : { text: c.quote, start: c.quoteStart, end: c.quoteEnd },
    author: c.displayName,
    category: c.category,
    stage: c.stage,
    createdAt: c.createdAt.toISOString(),
    seconds: c.secondCount,
    disposition: answered ? c.disposition : null,
    reply: answered ? c.reply : null,
    repliedAt: answered && c.repliedAt ? c.repliedAt.toISOString() : null,
    reflectedIn:
      answered && r
        ? { regulation: r.regulationSlug, version: r.versionSlug, clause: r.eId, label: r.label }
        : null,
  };
}

/** One page of published comments in their public shape; `idAt(i)` is the row id to page on from. */
export async function publicCommentPage(
  db: Db,
  filter: PublishedFilter & { limit: number; beforeId?: number | null },
) {
  const rows = await publishedComments(db, filter);
  const reflected = await reflectedClauses(
    db,
    rows.map((r) => r.reflectedClauseId),
  );
  return {
    comments: rows.map((c) => publicComment(c, reflected)),
    count: rows.length,
    idAt: (i: number) => rows[i]!.id,
  };
}

type Cell = string | number | null;

/** The columns of the public CSV and XLSX, in order; clause labels come from the version. */
export function publicColumns(
  labels: ReadonlyMap<string, string>,
): { header: string; value: (c: PublicComment, attachments?: number) => Cell }[] {
  return [
    { header: 'clause_eid', value: (c) => c.clause ?? '' },
    { header: 'clause', value: (c) => (c.clause ? (labels.get(c.clause) ?? '') : '') },
    { header: 'stance', value: (c) => c.stance },
    { header: 'comment', value: (c) => c.text },
    { header: 'suggested_wording', value: (c) => c.suggestedWording ?? '' },
    { header: 'quoted_passage', value: (c) => c.quote?.text ?? '' },
    { header: 'author', value: (c) => c.author ?? '' },
    { header: 'category', value: (c) => c.category },
    { header: 'created_at', value: (c) => c.createdAt },
    { header: 'seconds', value: (c) => c.seconds },
    { header: 'disposition', value: (c) => c.disposition ?? '' },
    { header: 'reply', value: (c) => c.reply ?? '' },
    { header: 'replied_at', value: (c) => c.repliedAt ?? '' },
    { header: 'reflected_in_version', value: (c) => c.reflectedIn?.version ?? '' },
    { header: 'reflected_in_clause', value: (c) => c.reflectedIn?.clause ?? '' },
    { header: 'reflected_in_label', value: (c) => c.reflectedIn?.label ?? '' },
    // Files a moderator approved: the others are not public (issue #18).
    { header: 'attachments', value: (_c, attachments = 0) => attachments },
  ];
}

const PAGE = 500;

/** Every published comment of a version as table rows, page by page (newest first). */
export async function* publicRows(
  db: Db,
  versionId: number,
  labels: ReadonlyMap<string, string>,
): AsyncGenerator<Cell[][]> {
  const columns = publicColumns(labels);
  let beforeId: number | null = null;
  for (;;) {
    const page = await publicCommentPage(db, { versionId, limit: PAGE, beforeId });
    if (page.count > 0) {
      const files = await approvedAttachmentCounts(
        db,
        page.comments.map((_c, i) => page.idAt(i)),
      );
      yield page.comments.map((c, i) =>
        columns.map((col) => col.value(c, files.get(page.idAt(i)) ?? 0)),
      );
    }
    if (page.count < PAGE) return;
    beforeId = page.idAt(page.count - 1);
  }
}
