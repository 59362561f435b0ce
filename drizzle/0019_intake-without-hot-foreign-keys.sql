-- Foreign keys that every comment of a surge checked against the same few rows (its
-- consultation, version and clause; bands and groups in bulk in the fold), share-locking them
-- and piling concurrent inserts into multixacts. The intake statement checks these references
-- itself, and nothing deletes consultations, versions, clauses or comments. See schema.ts.
ALTER TABLE "comment_bands" DROP CONSTRAINT IF EXISTS "comment_bands_consultation_id_consultations_id_fk";
--> statement-breakpoint
ALTER TABLE "comment_bands" DROP CONSTRAINT IF EXISTS "comment_bands_comment_id_comments_id_fk";
--> statement-breakpoint
ALTER TABLE "comment_groups" DROP CONSTRAINT IF EXISTS "comment_groups_consultation_id_consultations_id_fk";
--> statement-breakpoint
ALTER TABLE "comments" DROP CONSTRAINT IF EXISTS "comments_consultation_id_consultations_id_fk";
--> statement-breakpoint
ALTER TABLE "comments" DROP CONSTRAINT IF EXISTS "comments_version_id_versions_id_fk";
--> statement-breakpoint
ALTER TABLE "comments" DROP CONSTRAINT IF EXISTS "comments_clause_id_clauses_id_fk";
--> statement-breakpoint
ALTER TABLE "participants" DROP CONSTRAINT IF EXISTS "participants_consultation_id_consultations_id_fk";
