-- leadbooth CENTRAL database (`leadbooth import --into FILE`), migration 1.
-- Its own schema and migration list (src/import/db.rs), separate from the booth
-- store's. Append-only once released: change the schema with a new numbered file.
-- Times are RFC 3339 UTC text; ids are lowercase hyphenated UUIDs.

-- Every booth laptop whose batches were imported.
CREATE TABLE devices (
    device_id      TEXT PRIMARY KEY,
    key_id         TEXT NOT NULL,              -- minisign key id of its latest imported batch
    first_seen_at  TEXT NOT NULL,              -- when its first batch was imported
    last_seen_at   TEXT NOT NULL               -- when its latest batch was imported
);

-- Every imported batch. `sums_sha256` (SHA-256 of its SHA256SUMS) is what the
-- device's next batch names as `previous`: the per-device hash chain.
CREATE TABLE batches (
    batch_id            TEXT PRIMARY KEY,
    device_id           TEXT NOT NULL REFERENCES devices (device_id),
    seq                 INTEGER NOT NULL CHECK (seq >= 1),
    previous            TEXT,
    sums_sha256         TEXT NOT NULL UNIQUE,
    key_id              TEXT NOT NULL,
    event_id            TEXT NOT NULL,
    event_name          TEXT NOT NULL,
    folder              TEXT NOT NULL,         -- the folder name it was imported from
    scope               TEXT NOT NULL,         -- incremental | all
    created_at          TEXT NOT NULL,         -- from its manifest
    imported_at         TEXT NOT NULL,
    lead_count          INTEGER NOT NULL,
    erasure_count       INTEGER NOT NULL,
    leads_new           INTEGER NOT NULL,      -- leads that started a new contact
    leads_merged        INTEGER NOT NULL,      -- new leads merged into an existing contact
    leads_updated       INTEGER NOT NULL,      -- newer versions of leads imported before
    leads_ignored       INTEGER NOT NULL,      -- erased leads and stale versions, not imported
    erasures_applied    INTEGER NOT NULL,
    withdrawals_applied INTEGER NOT NULL,
    UNIQUE (device_id, seq)
);

-- Missing batches a device's chain jumped over (imported with --allow-gaps), one
-- row per missing seq; `filled_by` is set when that batch arrives.
CREATE TABLE gaps (
    device_id    TEXT NOT NULL REFERENCES devices (device_id),
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,                -- batch_id imported across the gap
    filled_at    TEXT,
    filled_by    TEXT,                         -- batch_id that filled it
    PRIMARY KEY (device_id, seq)
);

-- The merged contacts: one per normalised email (trimmed, lowercased); a lead
-- without email is a contact of its own (email_key NULL). Every field is computed
-- from the contact's source leads (src/import/merge.rs), never edited in place.
CREATE TABLE contacts (
    contact_id        TEXT PRIMARY KEY,        -- UUIDv7
    email_key         TEXT UNIQUE,
    first_name        TEXT NOT NULL,
    last_name         TEXT NOT NULL,
    email             TEXT NOT NULL,           -- = email_key, or ''
    company           TEXT NOT NULL,
    job_title         TEXT NOT NULL,
    phone             TEXT NOT NULL,
    country           TEXT NOT NULL,
    rating            TEXT,                    -- hot | warm | cold
    event_name        TEXT NOT NULL,           -- the event of the most recent source
    consents          TEXT NOT NULL,           -- JSON: {purpose: [state, decided at]}
    first_captured_at TEXT NOT NULL,
    last_captured_at  TEXT NOT NULL,
    source_count      INTEGER NOT NULL,
    created_at        TEXT NOT NULL
);

-- The source leads: the latest version of every imported lead, linked to its
-- contact. Notes and answers stay here, tagged by event, time and staff.
CREATE TABLE source_leads (
    lead_id        TEXT PRIMARY KEY,
    contact_id     TEXT NOT NULL REFERENCES contacts (contact_id),
    batch_id       TEXT NOT NULL REFERENCES batches (batch_id),  -- whose version this is
    device_id      TEXT NOT NULL,
    event_id       TEXT NOT NULL,
    event_name     TEXT NOT NULL,
    captured_at    TEXT NOT NULL,
    captured_by    TEXT NOT NULL,
    source         TEXT NOT NULL,
    first_name     TEXT NOT NULL,
    last_name      TEXT NOT NULL,
    email          TEXT NOT NULL,              -- as typed (trimmed)
    company        TEXT NOT NULL,
    job_title      TEXT NOT NULL,
    phone          TEXT NOT NULL,
    country        TEXT NOT NULL,
    notes          TEXT NOT NULL,
    rating         TEXT,
    answers        TEXT NOT NULL,              -- JSON object, as in the lead record
    badge_id       TEXT,
    policy_sha256  TEXT NOT NULL,
    consents       TEXT NOT NULL               -- JSON: [[purpose, granted, at, method,
                                               --   withdrawn_at, text_id], ...] in the lead's
                                               --   order, known withdrawals applied
);
CREATE INDEX source_leads_contact ON source_leads (contact_id);

-- The consent wording shown, once per distinct (purpose, text): every lead of
-- an event carries the same few labels, so source leads refer to them by id.
CREATE TABLE consent_texts (
    text_id  INTEGER PRIMARY KEY,
    purpose  TEXT NOT NULL,
    text     TEXT NOT NULL,
    UNIQUE (purpose, text)
);

-- Erasures received: the lead's personal data is gone (its source row deleted,
-- secure_delete on) and it is never imported again.
CREATE TABLE erased_leads (
    lead_id          TEXT PRIMARY KEY,
    erased_at        TEXT NOT NULL,
    erased_by        TEXT NOT NULL,
    batch_id         TEXT NOT NULL REFERENCES batches (batch_id),
    contact_id       TEXT,                     -- the contact it was a source of, if imported
    contact_removed  INTEGER NOT NULL DEFAULT 0 -- 1: that contact had no other source and was deleted
);

-- Consent withdrawals received; applied to the lead whenever (and in whatever
-- order) its versions arrive.
CREATE TABLE withdrawals (
    lead_id   TEXT NOT NULL,
    purpose   TEXT NOT NULL,
    at        TEXT NOT NULL,
    by        TEXT NOT NULL,
    batch_id  TEXT NOT NULL REFERENCES batches (batch_id),
    PRIMARY KEY (lead_id, purpose)
);

-- Consent purposes in the order first seen (the CSV's consent columns).
CREATE TABLE purposes (
    position  INTEGER PRIMARY KEY,
    purpose   TEXT NOT NULL UNIQUE
);

-- The merged consent decisions as rows, for SQL users.
CREATE VIEW contact_consents AS
SELECT c.contact_id,
       j.key                          AS purpose,
       json_extract(j.value, '$[0]')  AS state,
       json_extract(j.value, '$[1]')  AS decided_at
FROM contacts AS c, json_each(c.consents) AS j;

-- Every source lead's consent records as rows, with the wording shown.
CREATE VIEW source_consents AS
SELECT s.lead_id,
       json_extract(j.value, '$[0]')  AS purpose,
       json_extract(j.value, '$[1]')  AS granted,
       json_extract(j.value, '$[2]')  AS at,
       json_extract(j.value, '$[3]')  AS method,
       json_extract(j.value, '$[4]')  AS withdrawn_at,
       t.text                         AS text
FROM source_leads AS s, json_each(s.consents) AS j
LEFT JOIN consent_texts AS t ON t.text_id = json_extract(j.value, '$[5]');
