-- leadbooth CENTRAL database on PostgreSQL, migration 2 (issue 11): the complete
-- consent record, the policy texts, and the merge as the law reads it. The same
-- change as the SQLite file's migrations/central/0002_consent_record.sql, in
-- PostgreSQL's types. Append-only once released.

-- The source lead's consent context (lead schema 2; NULL for leads of schema 1,
-- which did not record it): the receipt number, what of the notice was on
-- screen, the controller, the jurisdiction, how and by what it was collected,
-- the categories of data it holds. Its per-purpose records stay in `consents`,
-- now one JSON object per record (see the view `consent_records`); rows
-- imported before keep their arrays, which read as records of schema 1.
ALTER TABLE source_leads ADD COLUMN lead_schema integer NOT NULL DEFAULT 1;
ALTER TABLE source_leads ADD COLUMN receipt_id text;
ALTER TABLE source_leads ADD COLUMN notice jsonb;          -- {policy_opened, qr_shown}
ALTER TABLE source_leads ADD COLUMN controller jsonb;      -- {name, address, privacy_contact}
ALTER TABLE source_leads ADD COLUMN jurisdiction text;
ALTER TABLE source_leads ADD COLUMN collection jsonb;      -- {method, entry[], app_version, os_user}
ALTER TABLE source_leads ADD COLUMN data_categories jsonb NOT NULL DEFAULT '[]';
CREATE INDEX source_leads_receipt ON source_leads (receipt_id) WHERE receipt_id IS NOT NULL;

-- The full text of every policy version a batch's leads cite, received in the
-- batch's policies.jsonl (format leadbooth-batch/2), by its SHA-256.
CREATE TABLE policy_texts (
    sha256        text PRIMARY KEY,
    last_updated  text,                          -- YYYY-MM-DD, as the policy states it
    url           text NOT NULL,
    text          text NOT NULL,
    batch_id      uuid NOT NULL REFERENCES batches (batch_id),  -- the first batch that carried it
    received_at   timestamptz NOT NULL
);

-- How a withdrawal reached the booth (booth, command_line); NULL from old batches.
ALTER TABLE withdrawals ADD COLUMN channel text;

-- A contact whose sources give clearly different names for the same email:
-- kept, with both sources, and flagged for a person to review (the CRM file's
-- review column). `merge_version` is the merge rules' version that computed the
-- row: rows of an older version are recomputed by the next import.
ALTER TABLE contacts ADD COLUMN review text;
ALTER TABLE contacts ADD COLUMN merge_version integer NOT NULL DEFAULT 1;

-- Every source lead's consent records as rows, whichever shape they came in:
-- arrays (migration 1) or objects (since this one).
CREATE OR REPLACE VIEW source_consents AS
SELECT s.lead_id,
       CASE WHEN jsonb_typeof(j.value) = 'array' THEN j.value ->> 0
            ELSE j.value ->> 'purpose' END                            AS purpose,
       (CASE WHEN jsonb_typeof(j.value) = 'array' THEN j.value ->> 1
             ELSE j.value ->> 'granted' END)::boolean                 AS granted,
       (CASE WHEN jsonb_typeof(j.value) = 'array' THEN j.value ->> 2
             ELSE j.value ->> 'at' END)::timestamptz                  AS at,
       CASE WHEN jsonb_typeof(j.value) = 'array' THEN j.value ->> 3
            ELSE j.value ->> 'method' END                             AS method,
       (CASE WHEN jsonb_typeof(j.value) = 'array' THEN j.value ->> 4
             ELSE j.value ->> 'withdrawn_at' END)::timestamptz        AS withdrawn_at,
       t.text                                                         AS text
FROM source_leads AS s
CROSS JOIN jsonb_array_elements(s.consents) AS j
LEFT JOIN consent_texts AS t ON t.text_id =
    (CASE WHEN jsonb_typeof(j.value) = 'array' THEN j.value ->> 5
          ELSE j.value ->> 'text_id' END)::bigint;

-- The complete consent record, one row per source lead and purpose, for SQL
-- users (docs/consent-record.md): the per-purpose fields and the lead's context.
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
