ALTER TABLE "clauses" ADD COLUMN "rating_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "clauses" ADD COLUMN "clarity_sum" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "clauses" ADD COLUMN "enforceability_sum" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "clauses" ADD COLUMN "effect_sum" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "ratings" jsonb;