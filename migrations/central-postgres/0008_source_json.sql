-- leadbooth CENTRAL database on PostgreSQL, migration 8 (issue 15: speed): a
-- source lead's JSON columns (`consents`, `notice`, `controller`, `collection`,
-- `data_categories`) are `json`, kept as the import sends them, as `answers`
-- already was. As `jsonb` the server took every lead's ~3 kB of consent records
-- apart into its binary form on the way in: the largest single cost of an
-- import's COPY (a quarter of the backend's time, perf at 100,000 leads; the
-- same rows COPY'd a third faster into `json` columns). The import writes them
-- whole and reads them whole; readers go through the views below, which give
-- the same rows and types as before (`data_categories` and `entry` now `json`).
-- A reader that wants jsonb's operators or a GIN index casts (`consents::jsonb`).
-- The SQLite file stores the same JSON text: nothing changes there. Rows
-- written before are converted (jsonb's own text, the same values; compressed
-- as the server compresses by default). Append-only once released.

DROP VIEW IF EXISTS consent_records;
DROP VIEW IF EXISTS source_consents;

ALTER TABLE source_leads
    ALTER COLUMN consents TYPE json USING consents::json,
    ALTER COLUMN notice TYPE json USING notice::json,
    ALTER COLUMN controller TYPE json USING controller::json,
    ALTER COLUMN collection TYPE json USING collection::json,
    ALTER COLUMN data_categories DROP DEFAULT,
    ALTER COLUMN data_categories TYPE json USING data_categories::json,
    ALTER COLUMN data_categories SET DEFAULT '[]';

-- Migration 7's compression of the consent records, kept through the change
-- of type.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings
               WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE source_leads ALTER COLUMN consents SET COMPRESSION lz4;
    END IF;
END
$$;

-- Every source lead's consent records as rows (as migration 2's view), over json.
CREATE VIEW source_consents AS
SELECT s.lead_id,
       CASE WHEN json_typeof(j.value) = 'array' THEN j.value ->> 0
            ELSE j.value ->> 'purpose' END                            AS purpose,
       (CASE WHEN json_typeof(j.value) = 'array' THEN j.value ->> 1
             ELSE j.value ->> 'granted' END)::boolean                 AS granted,
       (CASE WHEN json_typeof(j.value) = 'array' THEN j.value ->> 2
             ELSE j.value ->> 'at' END)::timestamptz                  AS at,
       CASE WHEN json_typeof(j.value) = 'array' THEN j.value ->> 3
            ELSE j.value ->> 'method' END                             AS method,
       (CASE WHEN json_typeof(j.value) = 'array' THEN j.value ->> 4
             ELSE j.value ->> 'withdrawn_at' END)::timestamptz        AS withdrawn_at,
       t.text                                                         AS text
FROM source_leads AS s
CROSS JOIN json_array_elements(s.consents) AS j
LEFT JOIN consent_texts AS t ON t.text_id =
    (CASE WHEN json_typeof(j.value) = 'array' THEN j.value ->> 5
          ELSE j.value ->> 'text_id' END)::bigint;

-- The complete consent record (as migration 5's view), over json.
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
CROSS JOIN json_array_elements(s.consents) AS j
LEFT JOIN consent_texts AS t ON t.text_id = (j.value ->> 'text_id')::bigint
WHERE json_typeof(j.value) = 'object';
