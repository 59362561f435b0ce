CREATE TABLE "comment_intake_queue" (
	"comment_id" bigint PRIMARY KEY NOT NULL,
	"participant" integer NOT NULL
);
