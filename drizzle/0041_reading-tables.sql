CREATE TABLE "reading_tables" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"rows" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reading_tables_key_unique" UNIQUE("key")
);
