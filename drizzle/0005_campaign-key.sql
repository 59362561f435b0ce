ALTER TABLE "comments" ADD COLUMN "campaign_key" text;--> statement-breakpoint
CREATE INDEX "comments_consultation_campaign" ON "comments" USING btree ("consultation_id","campaign_key");