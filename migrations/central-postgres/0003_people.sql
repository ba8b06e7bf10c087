-- leadbooth CENTRAL database on PostgreSQL, migration 3 (issue 12): a person's
-- rights at the central office. The same change as the SQLite file's
-- migrations/central/0003_people.sql, in PostgreSQL's types. Append-only once
-- released.

-- People erased at the central office by email address: the tombstone is the
-- SHA-256 of the normalised address (trimmed, lowercased), never the address, so
-- a later batch from a laptop that had not erased them does not bring them back.
CREATE TABLE erased_people (
    email_hash  text PRIMARY KEY,
    erased_at   timestamptz NOT NULL,
    erased_by   text NOT NULL,
    lead_count  bigint NOT NULL                  -- source leads removed with it
);

-- Source leads removed outside a batch (person erasure, central retention):
-- like erased_leads, never imported again.
CREATE TABLE removed_leads (
    lead_id     uuid PRIMARY KEY,
    device_id   uuid NOT NULL,                   -- the laptop it came from: still its owner
    removed_at  timestamptz NOT NULL,
    removed_by  text NOT NULL,
    reason      text NOT NULL                    -- erasure | retention
);

-- Withdrawals received at the central office for a person (by email address,
-- tombstone-hashed like erased_people): applied to every source lead of theirs
-- now, and to any lead of theirs a later batch brings whose consent was given
-- before the withdrawal.
CREATE TABLE person_withdrawals (
    email_hash  text NOT NULL,
    purpose     text NOT NULL,
    at          timestamptz NOT NULL,
    by          text NOT NULL,
    PRIMARY KEY (email_hash, purpose)
);

-- A counter over every change of a contact's merged values (the highest is the
-- latest change; a clock's second would tie), drawn from a sequence so that
-- concurrent imports never hand out the same number: `--changed-only` writes
-- the contacts changed after the previous CRM file's `changes_upto`.
CREATE SEQUENCE contacts_change_seq AS bigint;
ALTER TABLE contacts ADD COLUMN change_seq bigint;
UPDATE contacts SET change_seq = nextval('contacts_change_seq');
ALTER TABLE contacts ALTER COLUMN change_seq SET DEFAULT nextval('contacts_change_seq');
ALTER TABLE contacts ALTER COLUMN change_seq SET NOT NULL;
CREATE INDEX contacts_change_seq_idx ON contacts (change_seq);

-- Every CRM file written (`import --csv`, `central crm`).
CREATE TABLE crm_files (
    file_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    written_at         timestamptz NOT NULL,
    path               text NOT NULL,
    profile            text NOT NULL,
    changed_only       boolean NOT NULL,         -- only contacts changed since the previous file
    changes_upto       bigint NOT NULL,          -- the highest contacts.change_seq when it was written
    contacts           bigint NOT NULL,
    suppressions       bigint NOT NULL,
    suppressions_path  text NOT NULL
);

-- What the CRM must delete or unsubscribe, queued until the next suppression
-- file carries it (crm_file set). A deletion keeps no name or address (they are
-- '': the person's data went with the contact); the CRM finds the record by
-- its Leadbooth Contact ID. An unsubscribe keeps the contact's name and address.
CREATE TABLE suppressions (
    suppression_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id      uuid NOT NULL,
    first_name      text NOT NULL,
    last_name       text NOT NULL,
    email           text NOT NULL,
    action          text NOT NULL,           -- delete | unsubscribe
    reason          text NOT NULL,           -- erasure | central erasure | retention | no source | withdrawal
    purpose         text,                    -- the purpose withdrawn (unsubscribe)
    at              timestamptz NOT NULL,
    crm_file        bigint REFERENCES crm_files (file_id)
);
CREATE INDEX suppressions_pending ON suppressions (suppression_id) WHERE crm_file IS NULL;
