-- leadbooth CENTRAL database, migration 2 (issue 11): the complete consent
-- record, the policy texts, and the merge as the law reads it. Append-only once
-- released. (A PostgreSQL backend mirrors these changes in its own migration.)

-- The source lead's consent context (lead schema 2; NULL for leads of schema 1,
-- which did not record it): the receipt number, what of the notice was on
-- screen, the controller, the jurisdiction, how and by what it was collected,
-- the categories of data it holds. Its per-purpose records stay in `consents`,
-- now one JSON object per record (see the view `consent_records`); rows
-- imported before keep their arrays, which read as records of schema 1.
ALTER TABLE source_leads ADD COLUMN lead_schema INTEGER NOT NULL DEFAULT 1;
ALTER TABLE source_leads ADD COLUMN receipt_id TEXT;
ALTER TABLE source_leads ADD COLUMN notice TEXT;           -- JSON {policy_opened, qr_shown}
ALTER TABLE source_leads ADD COLUMN controller TEXT;       -- JSON {name, address, privacy_contact}
ALTER TABLE source_leads ADD COLUMN jurisdiction TEXT;
ALTER TABLE source_leads ADD COLUMN collection TEXT;       -- JSON {method, entry[], app_version, os_user}
ALTER TABLE source_leads ADD COLUMN data_categories TEXT NOT NULL DEFAULT '[]';
CREATE INDEX source_leads_receipt ON source_leads (receipt_id) WHERE receipt_id IS NOT NULL;

-- The full text of every policy version a batch's leads cite, received in the
-- batch's policies.jsonl (format leadbooth-batch/2), by its SHA-256.
CREATE TABLE policy_texts (
    sha256        TEXT PRIMARY KEY,
    last_updated  TEXT,
    url           TEXT NOT NULL,
    text          TEXT NOT NULL,
    batch_id      TEXT NOT NULL REFERENCES batches (batch_id),  -- the first batch that carried it
    received_at   TEXT NOT NULL
);

-- How a withdrawal reached the booth (booth, command_line); NULL from old batches.
ALTER TABLE withdrawals ADD COLUMN channel TEXT;

-- A contact whose sources give clearly different names for the same email:
-- kept, with both sources, and flagged for a person to review (the CRM file's
-- review column). `merge_version` is the merge rules' version that computed the
-- row: rows of an older version are recomputed by the next import.
ALTER TABLE contacts ADD COLUMN review TEXT;
ALTER TABLE contacts ADD COLUMN merge_version INTEGER NOT NULL DEFAULT 1;

-- Every source lead's consent records as rows, whichever schema they came in.
DROP VIEW source_consents;
CREATE VIEW source_consents AS
SELECT s.lead_id,
       CASE WHEN json_type(j.value) = 'array' THEN json_extract(j.value, '$[0]') ELSE json_extract(j.value, '$.purpose') END AS purpose,
       CASE WHEN json_type(j.value) = 'array' THEN json_extract(j.value, '$[1]') ELSE json_extract(j.value, '$.granted') END AS granted,
       CASE WHEN json_type(j.value) = 'array' THEN json_extract(j.value, '$[2]') ELSE json_extract(j.value, '$.at') END AS at,
       CASE WHEN json_type(j.value) = 'array' THEN json_extract(j.value, '$[3]') ELSE json_extract(j.value, '$.method') END AS method,
       CASE WHEN json_type(j.value) = 'array' THEN json_extract(j.value, '$[4]') ELSE json_extract(j.value, '$.withdrawn_at') END AS withdrawn_at,
       t.text AS text
FROM source_leads AS s, json_each(s.consents) AS j
LEFT JOIN consent_texts AS t ON t.text_id =
    CASE WHEN json_type(j.value) = 'array' THEN json_extract(j.value, '$[5]') ELSE json_extract(j.value, '$.text_id') END;

-- The complete consent record, one row per source lead and purpose, for SQL
-- users (docs/consent-record.md): the per-purpose fields and the lead's context.
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
