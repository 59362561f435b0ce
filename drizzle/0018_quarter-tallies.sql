-- Comments per quarter hour (value: the quarter's start in epoch seconds), kept by the intake
-- fold like the other tallies, so the dashboard's comments-per-day chart reads at most 96 rows a
-- day in any time zone instead of grouping every comment. Comments still waiting in the intake
-- queue are left to the fold, which counts them.
INSERT INTO "consultation_tallies" ("consultation_id", "dimension", "value", "count")
SELECT "consultation_id", 'quarter', (floor(extract(epoch from "created_at") / 900) * 900)::bigint::text, count(*)::int
FROM "comments" c
WHERE NOT EXISTS (SELECT 1 FROM "comment_intake_queue" q WHERE q."comment_id" = c."id")
GROUP BY 1, 3
ON CONFLICT ("consultation_id", "dimension", "value") DO UPDATE SET "count" = "consultation_tallies"."count" + excluded."count";
