ALTER TABLE "clause_stance_counts" DROP CONSTRAINT "clause_stance_counts_stance_values";--> statement-breakpoint
ALTER TABLE "comments" DROP CONSTRAINT "comments_stance_values";--> statement-breakpoint
ALTER TABLE "comment_groups" ADD COLUMN "sentences" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "kind" text DEFAULT 'import' NOT NULL;--> statement-breakpoint
ALTER TABLE "clause_stance_counts" ADD CONSTRAINT "clause_stance_counts_stance_values" CHECK ("clause_stance_counts"."stance" in ('support', 'oppose', 'amend', 'question', 'unstated'));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_stance_values" CHECK ("comments"."stance" in ('support', 'oppose', 'amend', 'question', 'unstated'));