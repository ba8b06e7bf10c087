-- leadbooth CENTRAL database, migration 6 (issue 18): the event's wording in
-- every language as each batch carried it (batch format leadbooth-batch/4, the
-- manifest's `wording`), so the office, which has no event file, can show what
-- each language said, and match a consent record's `text_sha256` to it.
-- JSON: [{"language", "purposes": [{"id", "language", "text", "text_sha256"}],
-- "questions": [{"id", "label", "choices"}], "notice": {"retention", "rights",
-- "withdraw", "transfers"}, "policy_url"}, ...], the default language first;
-- NULL for a batch of an earlier format. Append-only once released. (The
-- PostgreSQL backend mirrors it.)
ALTER TABLE batches ADD COLUMN wording TEXT;

-- One row per batch, language picked and text: `language` is the language the
-- attendee picked, `text_language` the language the text is in (a purpose's
-- wording filled from the default language where the event has none in the
-- language picked; NULL for the other kinds), `kind` is purpose, question,
-- choice, notice or policy_url, `item` the purpose or question id, the
-- notice's part, or the choice's question id and position.
CREATE VIEW batch_wording AS
SELECT b.batch_id, b.event_id, json_extract(l.value, '$.language') AS language,
       'purpose' AS kind, json_extract(p.value, '$.id') AS item,
       json_extract(p.value, '$.language') AS text_language,
       json_extract(p.value, '$.text') AS text,
       json_extract(p.value, '$.text_sha256') AS text_sha256
FROM batches AS b, json_each(b.wording) AS l, json_each(l.value, '$.purposes') AS p
WHERE b.wording IS NOT NULL
UNION ALL
SELECT b.batch_id, b.event_id, json_extract(l.value, '$.language'),
       'question', json_extract(q.value, '$.id'), NULL, json_extract(q.value, '$.label'), NULL
FROM batches AS b, json_each(b.wording) AS l, json_each(l.value, '$.questions') AS q
WHERE b.wording IS NOT NULL
UNION ALL
SELECT b.batch_id, b.event_id, json_extract(l.value, '$.language'),
       'choice', json_extract(q.value, '$.id') || '[' || c.key || ']', NULL, c.value, NULL
FROM batches AS b, json_each(b.wording) AS l, json_each(l.value, '$.questions') AS q,
     json_each(q.value, '$.choices') AS c
WHERE b.wording IS NOT NULL
UNION ALL
SELECT b.batch_id, b.event_id, json_extract(l.value, '$.language'),
       'notice', n.key, NULL, n.value, NULL
FROM batches AS b, json_each(b.wording) AS l, json_each(l.value, '$.notice') AS n
WHERE b.wording IS NOT NULL
UNION ALL
SELECT b.batch_id, b.event_id, json_extract(l.value, '$.language'),
       'policy_url', NULL, NULL, json_extract(l.value, '$.policy_url'), NULL
FROM batches AS b, json_each(b.wording) AS l
WHERE b.wording IS NOT NULL;
