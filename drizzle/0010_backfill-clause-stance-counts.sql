-- Counts for comments stored before the heat map kept them (src/lib/db/schema.ts clauseStanceCounts).
INSERT INTO "clause_stance_counts" ("consultation_id", "clause_e_id", "stance", "count")
SELECT "consultation_id", coalesce("clause_e_id", ''), "stance", count(*)::int FROM "comments" GROUP BY 1, 2, 3;
