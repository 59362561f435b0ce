CREATE TABLE "comparison_corrections" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_version_id" integer NOT NULL,
	"to_version_id" integer NOT NULL,
	"from_e_ids" jsonb NOT NULL,
	"to_e_ids" jsonb NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "comparison_views_key";--> statement-breakpoint
ALTER TABLE "comparison_views" ADD COLUMN "corrections" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "comparison_corrections" ADD CONSTRAINT "comparison_corrections_from_version_id_versions_id_fk" FOREIGN KEY ("from_version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comparison_corrections" ADD CONSTRAINT "comparison_corrections_to_version_id_versions_id_fk" FOREIGN KEY ("to_version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comparison_corrections" ADD CONSTRAINT "comparison_corrections_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comparison_corrections_pair" ON "comparison_corrections" USING btree ("from_version_id","to_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "comparison_views_key" ON "comparison_views" USING btree ("from_source_hash","to_source_hash","language","algorithm","corrections");