ALTER TABLE "comments" ADD COLUMN "public_suggested_wording" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "public_quote" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "public_display_name" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "reviewed_by" integer;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reviewed_by_staff_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_public_fields_pending" ON "comments" USING btree ("id") WHERE ("comments"."suggested_wording" is not null and "comments"."public_suggested_wording" is null) or ("comments"."quote" is not null and "comments"."public_quote" is null) or ("comments"."display_name" is not null and "comments"."public_display_name" is null);--> statement-breakpoint
CREATE INDEX "reports_open" ON "reports" USING btree ("comment_id") WHERE "reports"."reviewed_at" is null;--> statement-breakpoint
-- Hand-written (data): a comment published with REPORT_THRESHOLD (3) or more reports was hidden by them and
-- published again by a moderator, so its reports have been reviewed; they no longer count.
UPDATE "reports" SET "reviewed_at" = now() WHERE "comment_id" IN (SELECT "id" FROM "comments" WHERE "status" = 'published' AND "report_count" >= 3);--> statement-breakpoint
UPDATE "comments" SET "report_count" = 0 WHERE "status" = 'published' AND "report_count" >= 3;
