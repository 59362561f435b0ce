CREATE TABLE "amendments" (
	"id" serial PRIMARY KEY NOT NULL,
	"version_id" integer NOT NULL,
	"clause_e_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"original" text NOT NULL,
	"replacement" text NOT NULL,
	"origin" text NOT NULL,
	"comment_id" bigint,
	"proposed_by" integer,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decided_replacement" text,
	"reason" text,
	"reply" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "amendments_span" CHECK ("amendments"."start" >= 0 and "amendments"."end" >= "amendments"."start"),
	CONSTRAINT "amendments_status" CHECK ("amendments"."status" in ('proposed', 'accepted', 'declined')),
	CONSTRAINT "amendments_origin" CHECK (("amendments"."origin" = 'comment') = ("amendments"."comment_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "clause_amendments" (
	"clause_id" integer NOT NULL,
	"amendment_id" integer NOT NULL,
	CONSTRAINT "clause_amendments_clause_id_amendment_id_pk" PRIMARY KEY("clause_id","amendment_id")
);
--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_proposed_by_staff_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendments" ADD CONSTRAINT "amendments_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clause_amendments" ADD CONSTRAINT "clause_amendments_clause_id_clauses_id_fk" FOREIGN KEY ("clause_id") REFERENCES "public"."clauses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clause_amendments" ADD CONSTRAINT "clause_amendments_amendment_id_amendments_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."amendments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amendments_version_clause" ON "amendments" USING btree ("version_id","clause_e_id");--> statement-breakpoint
CREATE UNIQUE INDEX "amendments_comment" ON "amendments" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "clause_amendments_amendment" ON "clause_amendments" USING btree ("amendment_id");