CREATE TABLE "amendment_imports" (
	"version_id" integer PRIMARY KEY NOT NULL,
	"through_comment_id" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "amendment_imports" ADD CONSTRAINT "amendment_imports_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."versions"("id") ON DELETE cascade ON UPDATE no action;