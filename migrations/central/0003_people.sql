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

-- Withdrawals received at the central office for a person (by email address,
-- tombstone-hashed like erased_people): applied to every source lead of theirs
-- now, and to any lead of theirs a later batch brings whose consent was given
-- before the withdrawal.
CREATE TABLE person_withdrawals (
    email_hash  TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    at          TEXT NOT NULL,
    by          TEXT NOT NULL,
    PRIMARY KEY (email_hash, purpose)
);

-- A counter over every change of a contact's merged values (the highest is the
-- latest change; a clock's second would tie): `--changed-only` writes the
-- contacts changed after the previous CRM file's `changes_upto`.
ALTER TABLE contacts ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
UPDATE contacts SET change_seq = rowid;
CREATE INDEX contacts_change_seq ON contacts (change_seq);

-- Every CRM file written (`import --csv`, `central crm`).
CREATE TABLE crm_files (
    file_id       INTEGER PRIMARY KEY AUTOINCREMENT,
    written_at    TEXT NOT NULL,
    path          TEXT NOT NULL,
    profile       TEXT NOT NULL,
    changed_only  INTEGER NOT NULL,       -- 1: only contacts changed since the previous file
    changes_upto  INTEGER NOT NULL,       -- the highest contacts.change_seq when it was written
    contacts      INTEGER NOT NULL,
    suppressions  INTEGER NOT NULL,
    suppressions_path TEXT NOT NULL
);

-- What the CRM must delete or unsubscribe, queued until the next suppression
-- file carries it (crm_file set). A deletion keeps no name or address (they are
-- '' : the person's data went with the contact); the CRM finds the record by
-- its Leadbooth Contact ID. An unsubscribe keeps the contact's name and address.
CREATE TABLE suppressions (
    suppression_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id      TEXT NOT NULL,
    first_name      TEXT NOT NULL,
    last_name       TEXT NOT NULL,
    email           TEXT NOT NULL,
    action          TEXT NOT NULL,        -- delete | unsubscribe
    reason          TEXT NOT NULL,        -- erasure | central erasure | retention | no source | withdrawal
    purpose         TEXT,                 -- the purpose withdrawn (unsubscribe)
    at              TEXT NOT NULL,
    crm_file        INTEGER REFERENCES crm_files (file_id)
);
CREATE INDEX suppressions_pending ON suppressions (crm_file);
