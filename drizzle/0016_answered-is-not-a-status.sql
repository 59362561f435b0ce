-- Being answered is read from the disposition; the status is the moderation state only.
-- Comments that a disposition moved to 'answered' lost whether they were published or held, so
-- they go back to the moderation queue rather than being published unseen.
UPDATE "comments" SET "status" = 'received', "status_reason" = NULL WHERE "status" = 'answered';
