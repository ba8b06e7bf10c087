-- leadbooth CENTRAL database on PostgreSQL, migration 5 (issue 18): the
-- language the attendee asked for, beside the language of the wording shown.
-- The same change as the SQLite file's migrations/central/0005_language_asked.sql:
-- the view `consent_records` shows each record's `language_asked` next to its
-- `language` (NULL for records of lead schema 1 and 2, which did not record
-- it). Append-only once released.

DROP VIEW consent_records;
CREATE VIEW consent_records AS
SELECT s.lead_id,
       (j.value ->> 'record_id')::uuid               AS record_id,
       j.value ->> 'purpose'                         AS purpose,
       j.value ->> 'legal_basis'                     AS legal_basis,
       CASE WHEN j.value ->> 'withdrawn_at' IS NOT NULL THEN 'withdrawn'
            WHEN (j.value ->> 'granted')::boolean THEN 'granted'
            ELSE 'not_given' END                     AS decision,
       t.text                                        AS text,
       j.value ->> 'text_sha256'                     AS text_sha256,
       j.value ->> 'language'                        AS language,
       j.value ->> 'language_asked'                  AS language_asked,
       (j.value ->> 'ticked_at')::timestamptz        AS ticked_at,
       (j.value ->> 'at')::timestamptz               AS saved_at,
       (j.value ->> 'expires_at')::timestamptz       AS expires_at,
       (j.value ->> 'withdrawn_at')::timestamptz     AS withdrawn_at,
       j.value ->> 'withdrawn_by'                    AS withdrawn_by,
       j.value ->> 'withdrawal_channel'              AS withdrawal_channel,
       s.policy_sha256,
       (s.notice ->> 'policy_opened')::boolean       AS policy_opened,
       (s.notice ->> 'qr_shown')::boolean            AS qr_shown,
       j.value ->> 'method'                          AS method,
       s.collection -> 'entry'                       AS entry,
       s.captured_by                                 AS collector_staff,
       s.device_id                                   AS collector_device,
       s.collection ->> 'app_version'                AS collector_app_version,
       s.collection ->> 'os_user'                    AS collector_os_user,
       s.controller ->> 'name'                       AS controller_name,
       s.controller ->> 'address'                    AS controller_address,
       s.controller ->> 'privacy_contact'            AS controller_contact,
       s.jurisdiction,
       s.data_categories,
       s.receipt_id,
       s.source
FROM source_leads AS s
CROSS JOIN jsonb_array_elements(s.consents) AS j
LEFT JOIN consent_texts AS t ON t.text_id = (j.value ->> 'text_id')::bigint
WHERE jsonb_typeof(j.value) = 'object';
