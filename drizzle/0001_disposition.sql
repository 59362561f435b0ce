ALTER TABLE "comments" ADD COLUMN "disposition" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "disposition_reason" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "reply" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "replied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "replied_by" integer;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_replied_by_staff_users_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;