-- leadbooth booth database, migration 1. Append-only once released:
-- change the schema with a new numbered file, never by editing this one.

CREATE TABLE device (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    device_id   TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Every policy version a lead was captured under: the hash is the version.
CREATE TABLE policy_versions (
    sha256        TEXT PRIMARY KEY,
    url           TEXT NOT NULL,
    last_updated  TEXT,
    text          TEXT,            -- NULL when known only from an imported lead
    first_seen_at TEXT NOT NULL
);

CREATE TABLE leads (
    lead_id       TEXT PRIMARY KEY,            -- UUIDv7
    event_id      TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    captured_at   TEXT NOT NULL,               -- RFC 3339 UTC
    captured_by   TEXT NOT NULL,
    source        TEXT NOT NULL CHECK (source IN ('staff', 'kiosk', 'badge', 'cli')),
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    email         TEXT NOT NULL,
    company       TEXT NOT NULL,
    job_title     TEXT NOT NULL,
    phone         TEXT NOT NULL,
    country       TEXT NOT NULL,
    notes         TEXT NOT NULL,
    rating        TEXT CHECK (rating IN ('hot', 'warm', 'cold')),
    answers       TEXT NOT NULL DEFAULT '{}',  -- JSON object
    badge_id      TEXT,
    policy_sha256 TEXT NOT NULL REFERENCES policy_versions (sha256),
    updated_at    TEXT NOT NULL,
    erased_at     TEXT,                        -- tombstone: personal fields blanked
    erased_by     TEXT
);
CREATE INDEX leads_by_capture ON leads (captured_at, lead_id);

-- One row per (lead, purpose): granted or denied, with the exact wording shown.
CREATE TABLE consents (
    lead_id       TEXT NOT NULL REFERENCES leads (lead_id),
    purpose       TEXT NOT NULL,
    position      INTEGER NOT NULL,
    granted       INTEGER NOT NULL CHECK (granted IN (0, 1)),
    text          TEXT NOT NULL,
    policy_sha256 TEXT NOT NULL REFERENCES policy_versions (sha256),
    at            TEXT NOT NULL,
    method        TEXT NOT NULL CHECK (method IN ('staff_assisted', 'self_service')),
    captured_by   TEXT NOT NULL,
    withdrawn_at  TEXT,
    withdrawn_by  TEXT,
    PRIMARY KEY (lead_id, purpose)
);

-- What happened, in order. Rows are never changed or removed.
CREATE TABLE audit_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    lead_id  TEXT,
    detail   TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
