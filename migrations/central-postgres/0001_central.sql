-- leadbooth CENTRAL database on PostgreSQL (`leadbooth import --into postgres://…`),
-- migration 1. The same tables, columns and meaning as the SQLite central file
-- (migrations/central/0001_central.sql), in PostgreSQL's own types: ids are
-- `uuid`, times `timestamptz`, counts `bigint`, flags `boolean`, structured values
-- `jsonb` (`json` for answers, whose key order is kept). Applied by
-- src/central/postgres.rs in one transaction and recorded in
-- `leadbooth_migrations`. Append-only once released: change the schema with a
-- new numbered file.

-- Every booth laptop whose batches were imported.
CREATE TABLE devices (
    device_id      uuid PRIMARY KEY,
    key_id         text NOT NULL,                -- minisign key id of its latest imported batch
    first_seen_at  timestamptz NOT NULL,         -- when its first batch was imported
    last_seen_at   timestamptz NOT NULL          -- when its latest batch was imported
);

-- Every imported batch. `sums_sha256` (SHA-256 of its SHA256SUMS) is what the
-- device's next batch names as `previous`: the per-device hash chain.
CREATE TABLE batches (
    batch_id            uuid PRIMARY KEY,
    device_id           uuid NOT NULL REFERENCES devices (device_id),
    seq                 bigint NOT NULL CHECK (seq >= 1),
    previous            text,
    sums_sha256         text NOT NULL UNIQUE,
    key_id              text NOT NULL,
    event_id            text NOT NULL,
    event_name          text NOT NULL,
    folder              text NOT NULL,           -- the folder name it was imported from
    scope               text NOT NULL,           -- incremental | all
    created_at          timestamptz NOT NULL,    -- from its manifest
    imported_at         timestamptz NOT NULL,
    lead_count          bigint NOT NULL,
    erasure_count       bigint NOT NULL,
    leads_new           bigint NOT NULL,         -- leads that started a new contact
    leads_merged        bigint NOT NULL,         -- new leads merged into an existing contact
    leads_updated       bigint NOT NULL,         -- newer versions of leads imported before
    leads_ignored       bigint NOT NULL,         -- erased leads and stale versions, not imported
    erasures_applied    bigint NOT NULL,
    withdrawals_applied bigint NOT NULL,
    UNIQUE (device_id, seq)
);

-- Missing batches a device's chain jumped over (imported with --allow-gaps), one
-- row per missing seq; `filled_by` is set when that batch arrives.
CREATE TABLE gaps (
    device_id    uuid NOT NULL REFERENCES devices (device_id),
    seq          bigint NOT NULL CHECK (seq >= 1),
    recorded_at  timestamptz NOT NULL,
    recorded_by  uuid NOT NULL,                  -- batch_id imported across the gap
    filled_at    timestamptz,
    filled_by    uuid,                           -- batch_id that filled it
    PRIMARY KEY (device_id, seq)
);

-- The merged contacts: one per normalised email (trimmed, lowercased); a lead
-- without email is a contact of its own (email_key NULL). Every field is computed
-- from the contact's source leads (src/import/merge.rs), never edited in place.
CREATE TABLE contacts (
    contact_id        uuid PRIMARY KEY,          -- UUIDv7
    email_key         text UNIQUE,
    first_name        text NOT NULL,
    last_name         text NOT NULL,
    email             text NOT NULL,             -- = email_key, or ''
    company           text NOT NULL,
    job_title         text NOT NULL,
    phone             text NOT NULL,
    country           text NOT NULL,
    rating            text,                      -- hot | warm | cold
    event_name        text NOT NULL,             -- the event of the most recent source
    consents          jsonb NOT NULL,            -- {purpose: [state, decided at]}
    first_captured_at timestamptz NOT NULL,
    last_captured_at  timestamptz NOT NULL,
    source_count      bigint NOT NULL,
    created_at        timestamptz NOT NULL
);

-- The source leads: the latest version of every imported lead, linked to its
-- contact. Notes and answers stay here, tagged by event, time and staff.
CREATE TABLE source_leads (
    lead_id        uuid PRIMARY KEY,
    contact_id     uuid NOT NULL REFERENCES contacts (contact_id),
    batch_id       uuid NOT NULL REFERENCES batches (batch_id),  -- whose version this is
    device_id      uuid NOT NULL,
    event_id       text NOT NULL,
    event_name     text NOT NULL,
    captured_at    timestamptz NOT NULL,
    captured_by    text NOT NULL,
    source         text NOT NULL,
    first_name     text NOT NULL,
    last_name      text NOT NULL,
    email          text NOT NULL,                -- as typed (trimmed)
    company        text NOT NULL,
    job_title      text NOT NULL,
    phone          text NOT NULL,
    country        text NOT NULL,
    notes          text NOT NULL,
    rating         text,
    answers        json NOT NULL,                -- object, as in the lead record
    badge_id       text,
    policy_sha256  text NOT NULL,
    consents       jsonb NOT NULL                -- [[purpose, granted, at, method,
                                                 --   withdrawn_at, text_id], ...] in the lead's
                                                 --   order, known withdrawals applied
);
CREATE INDEX source_leads_contact ON source_leads (contact_id);

-- The consent wording shown, once per distinct (purpose, text): every lead of
-- an event carries the same few labels, so source leads refer to them by id.
CREATE TABLE consent_texts (
    text_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purpose  text NOT NULL,
    text     text NOT NULL,
    UNIQUE (purpose, text)
);

-- Erasures received: the lead's personal data is gone (its source row deleted,
-- the tables rewritten) and it is never imported again.
CREATE TABLE erased_leads (
    lead_id          uuid PRIMARY KEY,
    erased_at        timestamptz NOT NULL,
    erased_by        text NOT NULL,
    batch_id         uuid NOT NULL REFERENCES batches (batch_id),
    contact_id       uuid,                       -- the contact it was a source of, if imported
    contact_removed  boolean NOT NULL DEFAULT false -- that contact had no other source and was deleted
);

-- Consent withdrawals received; applied to the lead whenever (and in whatever
-- order) its versions arrive.
CREATE TABLE withdrawals (
    lead_id   uuid NOT NULL,
    purpose   text NOT NULL,
    at        timestamptz NOT NULL,
    by        text NOT NULL,
    batch_id  uuid NOT NULL REFERENCES batches (batch_id),
    PRIMARY KEY (lead_id, purpose)
);

-- Consent purposes in the order first seen (the CSV's consent columns).
CREATE TABLE purposes (
    position  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purpose   text NOT NULL UNIQUE
);

-- The merged consent decisions as rows, for SQL users.
CREATE VIEW contact_consents AS
SELECT c.contact_id,
       j.key                           AS purpose,
       j.value ->> 0                   AS state,
       (j.value ->> 1)::timestamptz    AS decided_at
FROM contacts AS c, jsonb_each(c.consents) AS j;

-- Every source lead's consent records as rows, with the wording shown.
CREATE VIEW source_consents AS
SELECT s.lead_id,
       j.value ->> 0                   AS purpose,
       (j.value ->> 1)::boolean        AS granted,
       (j.value ->> 2)::timestamptz    AS at,
       j.value ->> 3                   AS method,
       (j.value ->> 4)::timestamptz    AS withdrawn_at,
       t.text                          AS text
FROM source_leads AS s
CROSS JOIN jsonb_array_elements(s.consents) AS j
LEFT JOIN consent_texts AS t ON t.text_id = (j.value ->> 5)::bigint;
