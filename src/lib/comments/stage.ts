/** The stage a comment was made in, as SQL over its consultation and version (joined by the caller). */
import { sql } from 'drizzle-orm';
import { consultations, versions } from '../db/schema.ts';

/**
 * The stage a comment was made in: evaluation for a post-enactment evaluation consultation,
 * otherwise the stage of the version commented on (drafting, review …).
 */
export const COMMENT_STAGE = sql<string>`case when ${consultations.kind} = 'evaluation' then 'evaluation' else coalesce(${versions.stage}, 'planning') end`;
