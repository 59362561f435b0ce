CREATE TABLE "clause_stance_counts" (
	"consultation_id" integer NOT NULL,
	"clause_e_id" text NOT NULL,
	"stance" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "clause_stance_counts_consultation_id_clause_e_id_stance_pk" PRIMARY KEY("consultation_id","clause_e_id","stance")
);
--> statement-breakpoint
CREATE TABLE "comment_assignments" (
	"comment_id" bigint PRIMARY KEY NOT NULL,
	"assignee_id" integer NOT NULL,
	"assigned_by" integer,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comment_bands" (
	"consultation_id" integer NOT NULL,
	"band_key" text NOT NULL,
	"comment_id" bigint NOT NULL,
	CONSTRAINT "comment_bands_consultation_id_band_key_comment_id_pk" PRIMARY KEY("consultation_id","band_key","comment_id")
);
--> statement-breakpoint
CREATE TABLE "comment_groups" (
	"comment_id" bigint PRIMARY KEY NOT NULL,
	"consultation_id" integer NOT NULL,
	"group_id" bigint NOT NULL,
	"minhash" integer[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comment_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"comment_id" bigint NOT NULL,
	"author_id" integer,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "comment_tags" (
	"comment_id" bigint NOT NULL,
	"tag" text NOT NULL,
	CONSTRAINT "comment_tags_comment_id_tag_pk" PRIMARY KEY("comment_id","tag")
);
--> statement-breakpoint
ALTER TABLE "clause_stance_counts" ADD CONSTRAINT "clause_stance_counts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_assignments" ADD CONSTRAINT "comment_assignments_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_assignments" ADD CONSTRAINT "comment_assignments_assignee_id_staff_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_assignments" ADD CONSTRAINT "comment_assignments_assigned_by_staff_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_bands" ADD CONSTRAINT "comment_bands_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_bands" ADD CONSTRAINT "comment_bands_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_groups" ADD CONSTRAINT "comment_groups_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_groups" ADD CONSTRAINT "comment_groups_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_notes" ADD CONSTRAINT "comment_notes_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_notes" ADD CONSTRAINT "comment_notes_author_id_staff_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_redactions" ADD CONSTRAINT "comment_redactions_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_redactions" ADD CONSTRAINT "comment_redactions_redacted_by_staff_users_id_fk" FOREIGN KEY ("redacted_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_tags" ADD CONSTRAINT "comment_tags_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_assignments_assignee" ON "comment_assignments" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "comment_groups_consultation_group" ON "comment_groups" USING btree ("consultation_id","group_id");--> statement-breakpoint
CREATE INDEX "comment_notes_comment" ON "comment_notes" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "comment_redactions_comment" ON "comment_redactions" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "comment_tags_tag" ON "comment_tags" USING btree ("tag");