CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clause_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_version_id" integer NOT NULL,
	"to_version_id" integer NOT NULL,
	"from_e_id" text NOT NULL,
	"to_e_id" text NOT NULL,
	"type" text NOT NULL,
	"similarity" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "clauses" (
	"id" serial PRIMARY KEY NOT NULL,
	"version_id" integer NOT NULL,
	"e_id" text NOT NULL,
	"parent_e_id" text,
	"position" integer NOT NULL,
	"depth" integer NOT NULL,
	"kind" text NOT NULL,
	"num" integer,
	"sub_num" integer,
	"label" text NOT NULL,
	"heading" text NOT NULL,
	"text" text NOT NULL,
	"content_hash" text NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"lineage" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"receipt_code" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"consultation_id" integer NOT NULL,
	"version_id" integer,
	"clause_id" integer,
	"clause_e_id" text,
	"stance" text NOT NULL,
	"body" text NOT NULL,
	"public_body" text NOT NULL,
	"suggested_wording" text,
	"quote" text,
	"quote_start" integer,
	"quote_end" integer,
	"display_name" text,
	"category" text NOT NULL,
	"district" text,
	"contact" text,
	"consent_publish" boolean NOT NULL,
	"channel" text DEFAULT 'online' NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"status_reason" text,
	"address_hash" text,
	"entered_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comments_receiptCode_unique" UNIQUE("receipt_code"),
	CONSTRAINT "comments_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "comparison_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"from_version_id" integer NOT NULL,
	"to_version_id" integer NOT NULL,
	"change_key" text NOT NULL,
	"note" text NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" serial PRIMARY KEY NOT NULL,
	"regulation_id" integer,
	"plan_id" integer,
	"version_id" integer,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"short_window_reason" text,
	"comment_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "consultations_owner" CHECK (("consultations"."regulation_id" is null) <> ("consultations"."plan_id" is null)),
	CONSTRAINT "consultations_window_order" CHECK ("consultations"."closes_at" > "consultations"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"slug" text NOT NULL,
	"position" integer NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"sponsor" text NOT NULL,
	"description" text NOT NULL,
	"regulation_slug" text
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"adopted_on" date,
	CONSTRAINT "plans_year_unique" UNIQUE("year")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"bucket" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"short_title" text NOT NULL,
	"language" text NOT NULL,
	"sponsor" text NOT NULL,
	"committee" text NOT NULL,
	"stage" text NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regulations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "stage_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"regulation_id" integer NOT NULL,
	"position" integer NOT NULL,
	"stage" text NOT NULL,
	"date" date NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"regulation_id" integer NOT NULL,
	"slug" text NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"stage" text NOT NULL,
	"published_on" date NOT NULL,
	"title" text NOT NULL,
	"preamble" jsonb NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"source_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_staff_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clause_links" ADD CONSTRAINT "clause_links_from_version_id_versions_id_fk" FOREIGN KEY ("from_version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clause_links" ADD CONSTRAINT "clause_links_to_version_id_versions_id_fk" FOREIGN KEY ("to_version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clauses" ADD CONSTRAINT "clauses_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_clause_id_clauses_id_fk" FOREIGN KEY ("clause_id") REFERENCES "public"."clauses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_entered_by_staff_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comparison_notes" ADD CONSTRAINT "comparison_notes_from_version_id_versions_id_fk" FOREIGN KEY ("from_version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comparison_notes" ADD CONSTRAINT "comparison_notes_to_version_id_versions_id_fk" FOREIGN KEY ("to_version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comparison_notes" ADD CONSTRAINT "comparison_notes_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_regulation_id_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_staff_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_events" ADD CONSTRAINT "stage_events_regulation_id_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "versions" ADD CONSTRAINT "versions_regulation_id_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_at" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "clause_links_from" ON "clause_links" USING btree ("from_version_id","from_e_id");--> statement-breakpoint
CREATE INDEX "clause_links_to" ON "clause_links" USING btree ("to_version_id","to_e_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clauses_version_eid" ON "clauses" USING btree ("version_id","e_id");--> statement-breakpoint
CREATE INDEX "clauses_lineage" ON "clauses" USING btree ("lineage");--> statement-breakpoint
CREATE INDEX "clauses_version_position" ON "clauses" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "comments_consultation_created" ON "comments" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_clause" ON "comments" USING btree ("clause_id");--> statement-breakpoint
CREATE INDEX "comments_status_created" ON "comments" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "comparison_notes_key" ON "comparison_notes" USING btree ("from_version_id","to_version_id","change_key");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_regulation_slug" ON "consultations" USING btree ("regulation_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_plan_slug" ON "consultations" USING btree ("plan_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_items_plan_slug" ON "plan_items" USING btree ("plan_id","slug");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stage_events_regulation_position" ON "stage_events" USING btree ("regulation_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "versions_regulation_slug" ON "versions" USING btree ("regulation_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "versions_regulation_position" ON "versions" USING btree ("regulation_id","position");