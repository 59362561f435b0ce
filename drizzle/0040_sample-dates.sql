CREATE TABLE "sample_dates" (
	"dates_as_of" date PRIMARY KEY NOT NULL,
	"shift_days" integer NOT NULL,
	"fixed_at" timestamp with time zone DEFAULT now() NOT NULL
);
