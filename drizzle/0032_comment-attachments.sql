CREATE TABLE "comment_attachments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"comment_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"file_name" text NOT NULL,
	"kind" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_attachments_kind_values" CHECK ("comment_attachments"."kind" in ('pdf', 'docx', 'jpeg', 'png')),
	CONSTRAINT "comment_attachments_status_values" CHECK ("comment_attachments"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "comment_attachments_size_range" CHECK ("comment_attachments"."size" > 0 and "comment_attachments"."size" <= 10485760)
);
--> statement-breakpoint
ALTER TABLE "comment_attachments" ADD CONSTRAINT "comment_attachments_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_attachments" ADD CONSTRAINT "comment_attachments_reviewed_by_staff_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "comment_attachments_position" ON "comment_attachments" USING btree ("comment_id","position");