-- leadbooth CENTRAL database on PostgreSQL, migration 9 (issue 18): as the
-- SQLite file's migration 7, `contact_consents` gains the language each
-- contact's winning decision was shown in and the language the attendee asked
-- for (the CRM file's `Consent <p> Language` and `Consent <p> Language Asked`):
-- entries 4 and 5 of `contacts.consents`, NULL where not recorded. The new
-- columns come last (CREATE OR REPLACE VIEW may only append), so a reader of
-- the old ones is unchanged. Append-only once released.
CREATE OR REPLACE VIEW contact_consents AS
SELECT c.contact_id,
       j.key                           AS purpose,
       j.value ->> 0                   AS state,
       (j.value ->> 1)::timestamptz    AS decided_at,
       j.value ->> 4                   AS language,
       j.value ->> 5                   AS language_asked
FROM contacts AS c, jsonb_each(c.consents) AS j;
