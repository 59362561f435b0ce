ALTER TABLE "consultations" ADD COLUMN "changed_by" integer;--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "closed_early_reason" text;--> statement-breakpoint
ALTER TABLE "regulations" ADD COLUMN "stage_changed_by" integer;--> statement-breakpoint
ALTER TABLE "stage_events" ADD COLUMN "added_by" integer;