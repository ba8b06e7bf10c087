-- leadbooth CENTRAL database on PostgreSQL, migration 4 (issue 16): the wording
-- of the event's questions as each batch carried it. The same change as the
-- SQLite file's migrations/central/0004_question_wording.sql, in PostgreSQL's
-- types: NULL for a batch of a format before leadbooth-batch/3. Append-only
-- once released.
ALTER TABLE batches ADD COLUMN questions jsonb;
