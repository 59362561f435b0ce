CREATE TABLE "consultation_people" (
	"consultation_id" integer NOT NULL,
	"person" text NOT NULL,
	"comments" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "consultation_people_consultation_id_person_pk" PRIMARY KEY("consultation_id","person")
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "contact_people" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "anonymous_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "proposal_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "consultation_people" ADD CONSTRAINT "consultation_people_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The report's people and proposals, kept from now on by the fold (src/lib/report/people-kept.ts):
-- made here from the comments the fold has already counted, by the rule of src/lib/report/people.ts.
INSERT INTO "consultation_people" ("consultation_id", "person", "comments")
SELECT "consultation_id", md5(k), count(*)::int
FROM (
  SELECT c."consultation_id", regexp_replace(regexp_replace(lower(coalesce(c."contact", '')), '[[:space:]()（）.．·-]', '', 'g'), '^(\+86|0086)', '') AS k
  FROM "comments" c
  WHERE NOT EXISTS (SELECT 1 FROM "comment_intake_queue" q WHERE q."comment_id" = c."id")
) x
WHERE k <> ''
GROUP BY 1, 2;--> statement-breakpoint
UPDATE "consultations" k SET
  "contact_people" = coalesce((SELECT count(*) FROM "consultation_people" p WHERE p."consultation_id" = k."id"), 0),
  "anonymous_count" = coalesce(x.anonymous, 0),
  "proposal_count" = coalesce(x.proposals, 0)
FROM (
  SELECT c."consultation_id",
    (count(*) FILTER (WHERE regexp_replace(regexp_replace(lower(coalesce(c."contact", '')), '[[:space:]()（）.．·-]', '', 'g'), '^(\+86|0086)', '') = ''))::int AS anonymous,
    (count(*) FILTER (WHERE c."body" LIKE '【立法项目建议】%' OR c."body" LIKE '[Proposed legislative project]%'))::int AS proposals
  FROM "comments" c
  WHERE NOT EXISTS (SELECT 1 FROM "comment_intake_queue" q WHERE q."comment_id" = c."id")
  GROUP BY 1
) x
WHERE k."id" = x."consultation_id";
