CREATE TABLE "comparison_views" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_source_hash" text NOT NULL,
	"to_source_hash" text NOT NULL,
	"language" text NOT NULL,
	"algorithm" integer NOT NULL,
	"view" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "comparison_views_key" ON "comparison_views" USING btree ("from_source_hash","to_source_hash","language","algorithm");