CREATE TABLE "clause_stance_counts" (
	"consultation_id" integer NOT NULL,
	"clause_e_id" text NOT NULL,
	"stance" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "clause_stance_counts_consultation_id_clause_e_id_stance_pk" PRIMARY KEY("consultation_id","clause_e_id","stance")
);
--> statement-breakpoint
ALTER TABLE "clause_stance_counts" ADD CONSTRAINT "clause_stance_counts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;