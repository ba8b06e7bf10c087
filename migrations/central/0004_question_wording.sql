-- leadbooth CENTRAL database, migration 4 (issue 16): the wording of the event's
-- questions as each batch carried it (batch format leadbooth-batch/3, the
-- manifest's `questions`), so the CRM file shows an answer under its question
-- rather than the question's id. JSON: [{"id", "label", "choices"}, ...]; NULL
-- for a batch of an earlier format, whose answers are shown by question id.
-- Append-only once released. (The PostgreSQL backend mirrors it.)
ALTER TABLE batches ADD COLUMN questions TEXT;
