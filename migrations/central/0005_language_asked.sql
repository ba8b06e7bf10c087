-- leadbooth CENTRAL database, migration 5 (issue 18): the language the
-- attendee asked for, beside the language of the wording shown. Consent
-- records of lead schema 3 carry `language_asked` in their JSON object in
-- `source_leads.consents`; they differ from `language` where the event had no
-- wording in the language picked and its default language filled the gap.
-- The view `consent_records` shows it next to `language` (NULL for records of
-- earlier schemas, which did not record it). Append-only once released. (The
-- PostgreSQL backend mirrors it.)

DROP VIEW consent_records;
CREATE VIEW consent_records AS
SELECT s.lead_id,
       json_extract(j.value, '$.record_id')          AS record_id,
       json_extract(j.value, '$.purpose')            AS purpose,
       json_extract(j.value, '$.legal_basis')        AS legal_basis,
       CASE WHEN json_extract(j.value, '$.withdrawn_at') IS NOT NULL THEN 'withdrawn'
            WHEN json_extract(j.value, '$.granted') THEN 'granted'
            ELSE 'not_given' END                     AS decision,
       t.text                                        AS text,
       json_extract(j.value, '$.text_sha256')        AS text_sha256,
       json_extract(j.value, '$.language')           AS language,
       json_extract(j.value, '$.language_asked')     AS language_asked,
       json_extract(j.value, '$.ticked_at')          AS ticked_at,
       json_extract(j.value, '$.at')                 AS saved_at,
       json_extract(j.value, '$.expires_at')         AS expires_at,
       json_extract(j.value, '$.withdrawn_at')       AS withdrawn_at,
       json_extract(j.value, '$.withdrawn_by')       AS withdrawn_by,
       json_extract(j.value, '$.withdrawal_channel') AS withdrawal_channel,
       s.policy_sha256,
       json_extract(s.notice, '$.policy_opened')     AS policy_opened,
       json_extract(s.notice, '$.qr_shown')          AS qr_shown,
       json_extract(j.value, '$.method')             AS method,
       json_extract(s.collection, '$.entry')         AS entry,
       s.captured_by                                 AS collector_staff,
       s.device_id                                   AS collector_device,
       json_extract(s.collection, '$.app_version')   AS collector_app_version,
       json_extract(s.collection, '$.os_user')       AS collector_os_user,
       json_extract(s.controller, '$.name')          AS controller_name,
       json_extract(s.controller, '$.address')       AS controller_address,
       json_extract(s.controller, '$.privacy_contact') AS controller_contact,
       s.jurisdiction,
       s.data_categories,
       s.receipt_id,
       s.source
FROM source_leads AS s, json_each(s.consents) AS j
LEFT JOIN consent_texts AS t ON t.text_id = json_extract(j.value, '$.text_id')
WHERE json_type(j.value) = 'object';
