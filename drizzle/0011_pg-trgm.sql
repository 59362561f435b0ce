-- Substring search of comments in any script (Chinese included) through trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
