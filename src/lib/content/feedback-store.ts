/**
 * Stores a consultation's record kept as a file (./feedback.ts), once: its comments go in with
 * every kept count moved as the seeder moves them (one statement, src/lib/seed/repository.ts),
 * published and with the handling the file gives, and its report as the published revision 1.
 * A comment's lasting key is `content:<regulation>/<consultation>/<n>`: when any is stored, the
 * file's comments are not loaded again, so a second sync changes nothing and a comment once
 * stored is never rewritten from the file. The report goes in only while the consultation has none.
 */
import { and, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, comments, feedbackReports } from '../db/schema.ts';
import { generateReceiptCode } from '../comments/receipt.ts';
import { publicFields } from '../comments/public-fields.ts';
import { campaignKey } from '../moderation/campaigns.ts';
import { recountPeople } from '../report/people-kept.ts';
import type { SeedRow } from '../seed/generate.ts';
import { insertBatch } from '../seed/repository.ts';
import { localDay } from '../time/index.ts';
import type { FeedbackComment, LoadedFeedback } from './feedback.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** What every lasting key of one file's comments starts with. */
const feedbackPrefix = (regulation: string, consultation: string) =>
  `content:${regulation}/${consultation}/`;

/** The comment's lasting key: its place in the file. */
export const feedbackKey = (regulation: string, consultation: string, n: number) =>
  `${feedbackPrefix(regulation, consultation)}${n}`;

/** Adds the file's comments and report where they are not stored yet; returns the comments added. */
export async function storeFeedback(
  tx: Tx,
  regulation: string,
  feedback: LoadedFeedback,
  consultation: { id: number; versionId: number | null; closesAt: Date },
  timeZone: string,
): Promise<number> {
  let added = 0;
  const prefix = feedbackPrefix(regulation, feedback.consultation);
  const [stored] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(comments)
    .where(and(eq(comments.consultationId, consultation.id), like(comments.idempotencyKey, `${prefix}%`)));
  if (feedback.comments.length && (stored?.n ?? 0) === 0) {
    const ids = new Map<string, number>();
    if (consultation.versionId !== null) {
      const rows = await tx
        .select({ id: clauses.id, eId: clauses.eId })
        .from(clauses)
        .where(eq(clauses.versionId, consultation.versionId));
      for (const r of rows) ids.set(r.eId, r.id);
    }
    const answeredAt = (feedback.report?.publishedAt ?? consultation.closesAt).toISOString();
    const rows = feedback.comments.map((c) =>
      seedRow(c, {
        key: feedbackKey(regulation, feedback.consultation, c.n),
        consultationId: consultation.id,
        versionId: consultation.versionId,
        clauseId: c.eId ? (ids.get(c.eId) ?? null) : null,
        answeredAt,
        timeZone,
      }),
    );
    added = (await insertBatch(tx, rows)).comments;
    // The report's people: counted once from all the consultation's comments, as after a seed.
    await recountPeople(tx, [consultation.id]);
  }
  if (feedback.report) {
    const [report] = await tx
      .select({ id: feedbackReports.id })
      .from(feedbackReports)
      .where(eq(feedbackReports.consultationId, consultation.id))
      .limit(1);
    if (!report) {
      const { publishedAt, intro, sections, closing } = feedback.report;
      await tx.insert(feedbackReports).values({
        consultationId: consultation.id,
        revision: 1,
        content: { intro, sections, closing },
        updatedAt: publishedAt,
        publishedAt,
      });
    }
  }
  return added;
}

/** One comment of the file as a stored row: published with consent, no contact, no address. */
function seedRow(
  c: FeedbackComment,
  at: {
    key: string;
    consultationId: number;
    versionId: number | null;
    clauseId: number | null;
    answeredAt: string;
    timeZone: string;
  },
): SeedRow {
  const pub = publicFields({ body: c.body, suggestedWording: c.wording, quote: null, displayName: c.name });
  const answered = c.disposition !== null || c.reply !== null;
  const date = c.at.toISOString();
  return {
    receipt_code: generateReceiptCode(),
    idempotency_key: at.key,
    consultation_id: at.consultationId,
    version_id: at.versionId as number,
    clause_id: at.clauseId,
    clause_e_id: at.clauseId === null ? null : c.eId,
    stance: c.stance,
    body: c.body,
    public_body: pub.publicBody,
    suggested_wording: c.wording,
    display_name: c.name,
    public_suggested_wording: pub.publicSuggestedWording,
    public_display_name: pub.publicDisplayName,
    category: c.category,
    district: c.district,
    contact: null,
    consent_publish: true,
    channel: c.channel,
    status: 'published',
    status_reason: null,
    // Each comment of the file counts as one person (no contact to tell two apart).
    address_hash: at.key,
    created_at: date,
    campaign_key: campaignKey(c.body),
    source: c.place ? { date: localDay(c.at, at.timeZone), place: c.place, participants: c.participants } : null,
    second_count: 0,
    ratings: null,
    disposition: c.disposition,
    disposition_reason: c.reason,
    reply: c.reply,
    replied_at: answered ? (at.answeredAt < date ? date : at.answeredAt) : null,
  };
}
