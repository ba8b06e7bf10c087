-- Migration 5 (issue 12): rights that reach every copy. Append-only once released.
-- (Numbered 5: migration 4 is issue 11's consent record.)
--
-- Every batch that carried a lead (lead_exports keeps only the latest), so an
-- erasure or the retention purge can find the batch copies kept in the data dir
-- that hold the person. Batches written before this migration are known by
-- their latest export only.
CREATE TABLE lead_batches (
    lead_id TEXT NOT NULL,
    seq     INTEGER NOT NULL REFERENCES batches (seq),
    PRIMARY KEY (lead_id, seq)
);
INSERT INTO lead_batches (lead_id, seq) SELECT lead_id, seq FROM lead_exports;

-- When the batch's copy inside the data dir was removed (erasure or retention);
-- the ledger row and its hashes stay, so the chain goes on.
ALTER TABLE batches ADD COLUMN copy_removed_at TEXT;
