-- leadbooth CENTRAL database, migration 7 (issue 18): `contact_consents` gains
-- the language each contact's winning decision was shown in and the language
-- the attendee asked for, the columns the CRM file has as `Consent <p>
-- Language` and `Consent <p> Language Asked`: entries 4 and 5 of
-- `contacts.consents` (NULL where not recorded: a lead of an older schema, or a
-- contact merged before merge version 3). The new columns come last, so a
-- reader selecting the old ones by name or position is unchanged.
-- Append-only once released. (The PostgreSQL backend mirrors it, migration 9.)
DROP VIEW contact_consents;
CREATE VIEW contact_consents AS
SELECT c.contact_id,
       j.key                          AS purpose,
       json_extract(j.value, '$[0]')  AS state,
       json_extract(j.value, '$[1]')  AS decided_at,
       json_extract(j.value, '$[4]')  AS language,
       json_extract(j.value, '$[5]')  AS language_asked
FROM contacts AS c, json_each(c.consents) AS j;
