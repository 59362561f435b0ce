CREATE TABLE "comment_redactions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"comment_id" bigint NOT NULL,
	"passage" text NOT NULL,
	"reason" text NOT NULL,
	"redacted_by" integer,
	"redacted_by_name" text NOT NULL,
	"redacted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comment_redactions" ADD CONSTRAINT "comment_redactions_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_redactions" ADD CONSTRAINT "comment_redactions_redacted_by_staff_users_id_fk" FOREIGN KEY ("redacted_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_redactions_comment" ON "comment_redactions" USING btree ("comment_id");