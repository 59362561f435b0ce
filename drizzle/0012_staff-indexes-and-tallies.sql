CREATE TABLE "consultation_tallies" (
	"consultation_id" integer NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "consultation_tallies_consultation_id_dimension_value_pk" PRIMARY KEY("consultation_id","dimension","value")
);
--> statement-breakpoint
ALTER TABLE "consultation_tallies" ADD CONSTRAINT "consultation_tallies_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_body_trgm" ON "comments" USING gin ("body" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "comments_suggested_wording_trgm" ON "comments" USING gin ("suggested_wording" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "comments_answered" ON "comments" USING btree ("consultation_id","second_count" DESC NULLS FIRST,"id") WHERE "comments"."disposition" is not null;--> statement-breakpoint
CREATE INDEX "comments_dispositions" ON "comments" USING btree ("consultation_id","clause_e_id","disposition") WHERE "comments"."disposition" is not null;