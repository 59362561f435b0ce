-- Bulk regrouping (regroupConsultation, issue #17) inserts tens of thousands of group rows a
-- chunk and recounts the consultation's group_counts once at the end (recountGroups) instead of
-- moving them per statement here: the trigger cost about as much as the insert itself. It says
-- so for its own transaction with set_config('openclause.group_counts', 'deferred', true); every
-- other insert (the intake fold) is counted as before.
CREATE OR REPLACE FUNCTION groups_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids bigint[]; cons int[]; grp bigint[]; d int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF current_setting('openclause.group_counts', true) = 'deferred' THEN
      RETURN NULL;
    END IF;
    SELECT array_agg(comment_id), array_agg(consultation_id), array_agg(group_id), array_agg(1) INTO ids, cons, grp, d FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(comment_id), array_agg(consultation_id), array_agg(group_id), array_agg(-1) INTO ids, cons, grp, d FROM old_rows;
  ELSE
    SELECT array_agg(x.comment_id), array_agg(x.consultation_id), array_agg(x.group_id), array_agg(x.d) INTO ids, cons, grp, d FROM (
      SELECT comment_id, consultation_id, group_id, 1 AS d FROM new_rows
      UNION ALL SELECT comment_id, consultation_id, group_id, -1 FROM old_rows) x;
  END IF;
  INSERT INTO group_counts (consultation_id, group_id, size, open)
  SELECT g.consultation_id, g.group_id, sum(g.d), coalesce(sum(g.d) FILTER (WHERE k.disposition IS NULL AND k.id IS NOT NULL), 0)
  FROM unnest(ids, cons, grp, d) AS g(comment_id, consultation_id, group_id, d) LEFT JOIN comments k ON k.id = g.comment_id
  GROUP BY 1, 2
  HAVING sum(g.d) <> 0 OR coalesce(sum(g.d) FILTER (WHERE k.disposition IS NULL AND k.id IS NOT NULL), 0) <> 0
  ON CONFLICT (consultation_id, group_id) DO UPDATE SET size = group_counts.size + excluded.size, open = group_counts.open + excluded.open;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM group_counts c WHERE c.size <= 0
      AND (c.consultation_id, c.group_id) IN (SELECT g.consultation_id, g.group_id FROM unnest(cons, grp) AS g(consultation_id, group_id));
  END IF;
  RETURN NULL;
END $$;
