-- leadbooth booth database, migration 2: signed export batches (src/batch).
-- Append-only once released: change the schema with a new numbered file.

-- Every batch this device wrote, in order. `seq` is the per-device sequence number
-- in the batch name and manifest; `sums_sha256` (SHA-256 of the batch's SHA256SUMS
-- bytes) becomes the next batch's `previous`, so the central side sees a lost or
-- altered batch as a break in the chain.
CREATE TABLE batches (
    seq           INTEGER PRIMARY KEY CHECK (seq >= 1),
    batch_id      TEXT NOT NULL UNIQUE,        -- UUIDv7
    folder        TEXT NOT NULL,               -- <event>-<device short id>-<seq 6 digits>
    target        TEXT NOT NULL,               -- the folder it was written into
    event_id      TEXT NOT NULL,
    key_id        TEXT NOT NULL,               -- minisign key id, 16 uppercase hex
    created_at    TEXT NOT NULL,               -- RFC 3339 UTC
    scope         TEXT NOT NULL CHECK (scope IN ('incremental', 'all')),
    sums_sha256   TEXT NOT NULL,
    lead_count    INTEGER NOT NULL,
    erasure_count INTEGER NOT NULL
);

-- Which batch last exported each lead, and the lead as it was then: its updated_at
-- and its revision (below). A lead whose revision moved on is exported again.
-- No foreign key to leads, so a later purge of lead rows is not blocked by history.
CREATE TABLE lead_exports (
    lead_id     TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL REFERENCES batches (seq),
    updated_at  TEXT NOT NULL,
    revision    INTEGER NOT NULL
);

-- A change counter per lead, kept by triggers so that no change is missed however
-- it is made (an edit of the lead row, a consent withdrawal) and however close in
-- time to an export (updated_at has whole seconds only). No row = revision 0.
CREATE TABLE lead_revisions (
    lead_id   TEXT PRIMARY KEY,
    revision  INTEGER NOT NULL
);
CREATE TRIGGER lead_revision_on_lead_update AFTER UPDATE ON leads
BEGIN
    INSERT INTO lead_revisions (lead_id, revision) VALUES (NEW.lead_id, 1)
    ON CONFLICT (lead_id) DO UPDATE SET revision = revision + 1;
END;
CREATE TRIGGER lead_revision_on_consent_update AFTER UPDATE ON consents
BEGIN
    INSERT INTO lead_revisions (lead_id, revision) VALUES (NEW.lead_id, 1)
    ON CONFLICT (lead_id) DO UPDATE SET revision = revision + 1;
END;

-- Erasures (right to erasure: the lead became a tombstone) and consent withdrawals,
-- recorded when they happen (with batch::record_erasure) and sent to the central
-- side in the next batch's erasures.jsonl. `exported_in` is NULL until then.
CREATE TABLE erasures (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL CHECK (kind IN ('erasure', 'withdrawal')),
    lead_id      TEXT NOT NULL,
    purpose      TEXT,                         -- withdrawals only
    at           TEXT NOT NULL,                -- RFC 3339 UTC
    by           TEXT NOT NULL,
    exported_in  INTEGER REFERENCES batches (seq),
    CHECK ((kind = 'withdrawal') = (purpose IS NOT NULL))
);
CREATE INDEX erasures_pending ON erasures (exported_in, id);
