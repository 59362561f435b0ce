ALTER TABLE "comment_groups" ADD COLUMN "sentences" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "kind" text DEFAULT 'import' NOT NULL;