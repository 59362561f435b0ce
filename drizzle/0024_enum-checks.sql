ALTER TABLE "consultations" ADD CONSTRAINT "consultations_changed_by_staff_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_actor_id_staff_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations" ADD CONSTRAINT "regulations_stage_changed_by_staff_users_id_fk" FOREIGN KEY ("stage_changed_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_events" ADD CONSTRAINT "stage_events_added_by_staff_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."staff_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clause_links" ADD CONSTRAINT "clause_links_type_values" CHECK ("clause_links"."type" in ('unchanged', 'modified', 'split', 'merged'));--> statement-breakpoint
ALTER TABLE "clause_stance_counts" ADD CONSTRAINT "clause_stance_counts_stance_values" CHECK ("clause_stance_counts"."stance" in ('support', 'oppose', 'amend', 'question'));--> statement-breakpoint
ALTER TABLE "clauses" ADD CONSTRAINT "clauses_kind_values" CHECK ("clauses"."kind" in ('part', 'chapter', 'section', 'article', 'paragraph', 'point', 'subpoint', 'title', 'subsection', 'subparagraph', 'clause', 'subclause', 'recital', 'heading', 'subpart', 'annex'));--> statement-breakpoint
ALTER TABLE "comment_redactions" ADD CONSTRAINT "comment_redactions_reason_values" CHECK ("comment_redactions"."reason" in ('personal-data', 'abuse', 'defamation'));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_stance_values" CHECK ("comments"."stance" in ('support', 'oppose', 'amend', 'question'));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_category_values" CHECK ("comments"."category" in ('individual', 'enterprise', 'organisation', 'expert', 'deputy'));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_channel_values" CHECK ("comments"."channel" in ('online', 'contact-point', 'letter', 'meeting', 'hearing'));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_status_values" CHECK ("comments"."status" in ('received', 'published', 'held'));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_status_reason_values" CHECK ("comments"."status_reason" in ('abuse', 'spam', 'personal-data', 'off-topic', 'reported'));--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_disposition_values" CHECK ("comments"."disposition" in ('adopted', 'partly-adopted', 'not-adopted', 'out-of-scope'));--> statement-breakpoint
ALTER TABLE "consultation_tallies" ADD CONSTRAINT "consultation_tallies_dimension_values" CHECK ("consultation_tallies"."dimension" in ('channel', 'category', 'clause', 'quarter'));--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_kind_values" CHECK ("consultations"."kind" in ('plan', 'draft', 'evaluation'));--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_status_values" CHECK ("import_jobs"."status" in ('queued', 'running', 'done', 'failed'));--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_category_values" CHECK ("plan_items"."category" in ('formal', 'preparatory', 'research'));--> statement-breakpoint
ALTER TABLE "regulations" ADD CONSTRAINT "regulations_language_values" CHECK ("regulations"."language" in ('zh', 'en'));--> statement-breakpoint
ALTER TABLE "regulations" ADD CONSTRAINT "regulations_stage_values" CHECK ("regulations"."stage" in ('planning', 'drafting', 'review', 'enacted', 'evaluation'));--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_roles_values" CHECK ("staff_users"."roles" <@ array['admin', 'committee', 'advisor', 'moderator', 'clerk']::text[]);--> statement-breakpoint
ALTER TABLE "stage_events" ADD CONSTRAINT "stage_events_stage_values" CHECK ("stage_events"."stage" in ('planning', 'drafting', 'review', 'enacted', 'evaluation'));--> statement-breakpoint
ALTER TABLE "versions" ADD CONSTRAINT "versions_stage_values" CHECK ("versions"."stage" in ('planning', 'drafting', 'review', 'enacted', 'evaluation'));