-- leadbooth CENTRAL database on PostgreSQL, migration 6 (issue 18): the event's
-- wording in every language as each batch carried it (the manifest's `wording`,
-- batch format leadbooth-batch/4). The same change as the SQLite file's
-- migrations/central/0006_wording.sql, in PostgreSQL's types: NULL for a batch
-- of an earlier format. Append-only once released.
ALTER TABLE batches ADD COLUMN wording jsonb;

-- One row per batch, language picked and text (see the SQLite migration for
-- the columns).
CREATE VIEW batch_wording AS
SELECT b.batch_id, b.event_id, l.value ->> 'language' AS language,
       'purpose'::text AS kind, p.value ->> 'id' AS item,
       p.value ->> 'language' AS text_language,
       p.value ->> 'text' AS text,
       p.value ->> 'text_sha256' AS text_sha256
FROM batches AS b
CROSS JOIN jsonb_array_elements(b.wording) AS l
CROSS JOIN jsonb_array_elements(l.value -> 'purposes') AS p
WHERE b.wording IS NOT NULL
UNION ALL
SELECT b.batch_id, b.event_id, l.value ->> 'language',
       'question', q.value ->> 'id', NULL, q.value ->> 'label', NULL
FROM batches AS b
CROSS JOIN jsonb_array_elements(b.wording) AS l
CROSS JOIN jsonb_array_elements(l.value -> 'questions') AS q
WHERE b.wording IS NOT NULL
UNION ALL
SELECT b.batch_id, b.event_id, l.value ->> 'language',
       'choice', (q.value ->> 'id') || '[' || (c.ordinality - 1) || ']', NULL, c.value, NULL
FROM batches AS b
CROSS JOIN jsonb_array_elements(b.wording) AS l
CROSS JOIN jsonb_array_elements(l.value -> 'questions') AS q
CROSS JOIN jsonb_array_elements_text(q.value -> 'choices') WITH ORDINALITY AS c (value, ordinality)
WHERE b.wording IS NOT NULL
UNION ALL
SELECT b.batch_id, b.event_id, l.value ->> 'language',
       'notice', n.key, NULL, n.value, NULL
FROM batches AS b
CROSS JOIN jsonb_array_elements(b.wording) AS l
CROSS JOIN jsonb_each_text(l.value -> 'notice') AS n
WHERE b.wording IS NOT NULL
UNION ALL
SELECT b.batch_id, b.event_id, l.value ->> 'language',
       'policy_url', NULL, NULL, l.value ->> 'policy_url', NULL
FROM batches AS b
CROSS JOIN jsonb_array_elements(b.wording) AS l
WHERE b.wording IS NOT NULL;
