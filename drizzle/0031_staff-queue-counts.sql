CREATE TABLE "assigned_open_counts" (
	"consultation_id" integer NOT NULL,
	"assignee_id" integer NOT NULL,
	"open" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "assigned_open_counts_consultation_id_assignee_id_pk" PRIMARY KEY("consultation_id","assignee_id")
);
--> statement-breakpoint
CREATE TABLE "disposition_counts" (
	"consultation_id" integer NOT NULL,
	"disposition" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "disposition_counts_consultation_id_disposition_pk" PRIMARY KEY("consultation_id","disposition")
);
--> statement-breakpoint
CREATE TABLE "group_counts" (
	"consultation_id" integer NOT NULL,
	"group_id" bigint NOT NULL,
	"size" integer DEFAULT 0 NOT NULL,
	"open" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "group_counts_consultation_id_group_id_pk" PRIMARY KEY("consultation_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "waiting_counts" (
	"consultation_id" integer PRIMARY KEY NOT NULL,
	"to_moderate" integer DEFAULT 0 NOT NULL,
	"reported" integer DEFAULT 0 NOT NULL,
	"open" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assigned_open_counts" ADD CONSTRAINT "assigned_open_counts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposition_counts" ADD CONSTRAINT "disposition_counts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waiting_counts" ADD CONSTRAINT "waiting_counts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_counts_campaigns" ON "group_counts" USING btree ("consultation_id","size" DESC NULLS LAST,"group_id") WHERE "group_counts"."size" > 1;--> statement-breakpoint
-- Kept counts for the staff home, the dashboard and the campaigns page (schema.ts:
-- waitingCounts, dispositionCounts, assignedOpenCounts, groupCounts). The fold adds a comment
-- as the intake statement stores it (received, open, unreported), in its batch, so a surge of
-- inserts never queues on these rows. Every other change moves the counts by statement-level
-- triggers, whichever code path makes it.
CREATE FUNCTION comments_waiting_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO waiting_counts (consultation_id, to_moderate, reported, open)
  SELECT consultation_id, sum(m), sum(r), sum(o) FROM (
    SELECT consultation_id, (status = 'received')::int AS m, (report_count > 0)::int AS r, (disposition IS NULL)::int AS o FROM new_rows
    UNION ALL
    SELECT consultation_id, -(status = 'received')::int, -(report_count > 0)::int, -(disposition IS NULL)::int FROM old_rows
  ) d GROUP BY consultation_id
  HAVING sum(m) <> 0 OR sum(r) <> 0 OR sum(o) <> 0
  ON CONFLICT (consultation_id) DO UPDATE SET to_moderate = waiting_counts.to_moderate + excluded.to_moderate,
    reported = waiting_counts.reported + excluded.reported, open = waiting_counts.open + excluded.open;
  INSERT INTO disposition_counts (consultation_id, disposition, count)
  SELECT consultation_id, disposition, sum(d) FROM (
    SELECT consultation_id, disposition, 1 AS d FROM new_rows WHERE disposition IS NOT NULL
    UNION ALL SELECT consultation_id, disposition, -1 FROM old_rows WHERE disposition IS NOT NULL
  ) x GROUP BY 1, 2 HAVING sum(d) <> 0
  ON CONFLICT (consultation_id, disposition) DO UPDATE SET count = disposition_counts.count + excluded.count;
  INSERT INTO assigned_open_counts (consultation_id, assignee_id, open)
  SELECT n.consultation_id, a.assignee_id, sum((n.disposition IS NULL)::int - (o.disposition IS NULL)::int)
  FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN comment_assignments a ON a.comment_id = n.id
  WHERE (n.disposition IS NULL) <> (o.disposition IS NULL)
  GROUP BY 1, 2
  ON CONFLICT (consultation_id, assignee_id) DO UPDATE SET open = assigned_open_counts.open + excluded.open;
  INSERT INTO group_counts (consultation_id, group_id, open)
  SELECT g.consultation_id, g.group_id, sum((n.disposition IS NULL)::int - (o.disposition IS NULL)::int)
  FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN comment_groups g ON g.comment_id = n.id
  WHERE (n.disposition IS NULL) <> (o.disposition IS NULL)
  GROUP BY 1, 2
  ON CONFLICT (consultation_id, group_id) DO UPDATE SET open = group_counts.open + excluded.open;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER comments_waiting_moved AFTER UPDATE ON comments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION comments_waiting_moved();
--> statement-breakpoint
-- A comment inserted otherwise than as the intake statement stores it (received, open,
-- unreported: what the fold adds, or the seeder for the rows it writes) counts its difference
-- here. Intake's own inserts differ in nothing, so they write no row and wait on no lock.
CREATE FUNCTION comments_waiting_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO waiting_counts (consultation_id, to_moderate, reported, open)
  SELECT consultation_id, sum((status = 'received')::int - 1), sum((report_count > 0)::int), sum((disposition IS NULL)::int - 1)
  FROM new_rows GROUP BY 1
  HAVING sum((status = 'received')::int - 1) <> 0 OR sum((report_count > 0)::int) <> 0 OR sum((disposition IS NULL)::int - 1) <> 0
  ON CONFLICT (consultation_id) DO UPDATE SET to_moderate = waiting_counts.to_moderate + excluded.to_moderate,
    reported = waiting_counts.reported + excluded.reported, open = waiting_counts.open + excluded.open;
  INSERT INTO disposition_counts (consultation_id, disposition, count)
  SELECT consultation_id, disposition, count(*) FROM new_rows WHERE disposition IS NOT NULL GROUP BY 1, 2
  ON CONFLICT (consultation_id, disposition) DO UPDATE SET count = disposition_counts.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER comments_waiting_inserted AFTER INSERT ON comments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION comments_waiting_inserted();
--> statement-breakpoint
-- A deleted comment leaves the counts; one still in the intake queue was never folded, so only
-- what changed since its insert is taken back.
CREATE FUNCTION comments_waiting_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO waiting_counts (consultation_id, to_moderate, reported, open)
  SELECT o.consultation_id,
    sum(q.c - (o.status = 'received')::int), sum(-(o.report_count > 0)::int), sum(q.c - (o.disposition IS NULL)::int)
  FROM old_rows o CROSS JOIN LATERAL (SELECT (EXISTS (SELECT 1 FROM comment_intake_queue i WHERE i.comment_id = o.id))::int AS c) q
  GROUP BY 1
  ON CONFLICT (consultation_id) DO UPDATE SET to_moderate = waiting_counts.to_moderate + excluded.to_moderate,
    reported = waiting_counts.reported + excluded.reported, open = waiting_counts.open + excluded.open;
  INSERT INTO disposition_counts (consultation_id, disposition, count)
  SELECT consultation_id, disposition, -count(*) FROM old_rows WHERE disposition IS NOT NULL GROUP BY 1, 2
  ON CONFLICT (consultation_id, disposition) DO UPDATE SET count = disposition_counts.count + excluded.count;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER comments_waiting_deleted AFTER DELETE ON comments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION comments_waiting_deleted();
--> statement-breakpoint
-- Before the cascade removes its assignment and group rows: an open comment leaves its
-- assignee's and its group's open counts (those rows' own triggers no longer see the comment).
CREATE FUNCTION comment_open_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.disposition IS NULL THEN
    UPDATE assigned_open_counts c SET open = c.open - 1 FROM comment_assignments a
      WHERE a.comment_id = OLD.id AND c.consultation_id = OLD.consultation_id AND c.assignee_id = a.assignee_id;
    UPDATE group_counts c SET open = c.open - 1 FROM comment_groups g
      WHERE g.comment_id = OLD.id AND c.consultation_id = g.consultation_id AND c.group_id = g.group_id;
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER comment_open_deleted BEFORE DELETE ON comments FOR EACH ROW EXECUTE FUNCTION comment_open_deleted();
--> statement-breakpoint
-- Assignments: the open comments they name, per assignee. The comments are locked (FOR SHARE)
-- so that a disposition given at the same moment is counted by exactly one of the two triggers.
CREATE FUNCTION assignments_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids bigint[]; who int[]; d int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(comment_id), array_agg(assignee_id), array_agg(1) INTO ids, who, d FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(comment_id), array_agg(assignee_id), array_agg(-1) INTO ids, who, d FROM old_rows;
  ELSE
    SELECT array_agg(x.comment_id), array_agg(x.assignee_id), array_agg(x.d) INTO ids, who, d FROM (
      SELECT comment_id, assignee_id, 1 AS d FROM new_rows UNION ALL SELECT comment_id, assignee_id, -1 FROM old_rows) x;
  END IF;
  INSERT INTO assigned_open_counts (consultation_id, assignee_id, open)
  SELECT c.consultation_id, a.assignee_id, sum(a.d)
  FROM unnest(ids, who, d) AS a(comment_id, assignee_id, d)
  JOIN LATERAL (SELECT k.consultation_id FROM comments k WHERE k.id = a.comment_id AND k.disposition IS NULL FOR SHARE) c ON true
  GROUP BY 1, 2 HAVING sum(a.d) <> 0
  ON CONFLICT (consultation_id, assignee_id) DO UPDATE SET open = assigned_open_counts.open + excluded.open;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER assignments_inserted AFTER INSERT ON comment_assignments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assignments_moved();
--> statement-breakpoint
CREATE TRIGGER assignments_updated AFTER UPDATE ON comment_assignments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assignments_moved();
--> statement-breakpoint
CREATE TRIGGER assignments_deleted AFTER DELETE ON comment_assignments REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION assignments_moved();
--> statement-breakpoint
-- Group membership: sizes, and open members (a member whose comment is being deleted no longer
-- shows, and comment_open_deleted has taken it from the open count already).
CREATE FUNCTION groups_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids bigint[]; cons int[]; grp bigint[]; d int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
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
--> statement-breakpoint
CREATE TRIGGER groups_inserted AFTER INSERT ON comment_groups REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION groups_moved();
--> statement-breakpoint
CREATE TRIGGER groups_updated AFTER UPDATE ON comment_groups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION groups_moved();
--> statement-breakpoint
CREATE TRIGGER groups_deleted AFTER DELETE ON comment_groups REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION groups_moved();
--> statement-breakpoint
-- The counts of the comments stored before this migration; a queued one is left for the fold
-- to add as stored (received and open), and counts here only by how it changed since.
INSERT INTO waiting_counts (consultation_id, to_moderate, reported, open)
SELECT k.id,
  count(m.id) FILTER (WHERE m.status = 'received') - count(q.comment_id),
  count(m.id) FILTER (WHERE m.report_count > 0),
  count(m.id) FILTER (WHERE m.disposition IS NULL) - count(q.comment_id)
FROM consultations k LEFT JOIN comments m ON m.consultation_id = k.id LEFT JOIN comment_intake_queue q ON q.comment_id = m.id
GROUP BY k.id;
--> statement-breakpoint
INSERT INTO assigned_open_counts (consultation_id, assignee_id, open)
SELECT m.consultation_id, a.assignee_id, count(*) FROM comment_assignments a JOIN comments m ON m.id = a.comment_id
WHERE m.disposition IS NULL GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO group_counts (consultation_id, group_id, size, open)
SELECT g.consultation_id, g.group_id, count(*), count(*) FILTER (WHERE m.disposition IS NULL)
FROM comment_groups g JOIN comments m ON m.id = g.comment_id GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO disposition_counts (consultation_id, disposition, count)
SELECT consultation_id, disposition, count(*) FROM comments WHERE disposition IS NOT NULL GROUP BY 1, 2;
