-- leadbooth CENTRAL database, migration 3 (issue 12): a person's rights at the
-- central office. (Numbered 3: migration 2 is issue 11's consent record.)

-- People erased at the central office by email address: the tombstone is the
-- SHA-256 of the normalised address (trimmed, lowercased), never the address, so a
-- later batch from a laptop that had not erased them does not bring them back.
CREATE TABLE erased_people (
    email_hash  TEXT PRIMARY KEY,
    erased_at   TEXT NOT NULL,
    erased_by   TEXT NOT NULL,
    lead_count  INTEGER NOT NULL              -- source leads removed with it
);

-- Source leads removed outside a batch (person erasure, central retention): like
-- erased_leads, never imported again.
CREATE TABLE removed_leads (
    lead_id     TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,                -- the laptop it came from: still its owner
    removed_at  TEXT NOT NULL,
    removed_by  TEXT NOT NULL,
    reason      TEXT NOT NULL                 -- erasure | retention
);
