CREATE TABLE "comment_bands" (
	"consultation_id" integer NOT NULL,
	"band_key" text NOT NULL,
	"comment_id" bigint NOT NULL,
	CONSTRAINT "comment_bands_consultation_id_band_key_comment_id_pk" PRIMARY KEY("consultation_id","band_key","comment_id")
);
--> statement-breakpoint
CREATE TABLE "comment_groups" (
	"comment_id" bigint PRIMARY KEY NOT NULL,
	"consultation_id" integer NOT NULL,
	"group_id" bigint NOT NULL,
	"minhash" integer[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comment_bands" ADD CONSTRAINT "comment_bands_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_bands" ADD CONSTRAINT "comment_bands_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_groups" ADD CONSTRAINT "comment_groups_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_groups" ADD CONSTRAINT "comment_groups_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_groups_consultation_group" ON "comment_groups" USING btree ("consultation_id","group_id");