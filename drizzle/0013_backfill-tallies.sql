-- Tallies for the comments stored before consultation_tallies existed.
INSERT INTO "consultation_tallies" ("consultation_id", "dimension", "value", "count")
SELECT "consultation_id", 'channel', "channel", count(*)::int FROM "comments" GROUP BY 1, 3
UNION ALL
SELECT "consultation_id", 'category', "category", count(*)::int FROM "comments" GROUP BY 1, 3
UNION ALL
SELECT "consultation_id", 'clause', coalesce("clause_e_id", ''), count(*)::int FROM "comments" GROUP BY 1, 3
ON CONFLICT DO NOTHING;
