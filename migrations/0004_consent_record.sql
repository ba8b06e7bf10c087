-- Migration 4 (issue 11): the complete consent record. Append-only once released.
--
-- Per lead: the receipt number shown to the attendee, what of the notice was on
-- screen, the controller and jurisdiction, how and by what the lead was
-- collected, the categories of personal data it holds. Per consent: its own id,
-- legal basis, the wording's SHA-256 and language, the tick time (the existing
-- `at` stays the save time), the expiry, the withdrawal's channel. Rows saved
-- before this migration keep NULL in the new columns: those facts were not
-- recorded then (the wording's hash is computed from the stored wording).

ALTER TABLE leads ADD COLUMN receipt_id TEXT;
ALTER TABLE leads ADD COLUMN notice TEXT;            -- JSON {policy_opened, qr_shown}
ALTER TABLE leads ADD COLUMN controller TEXT;        -- JSON {name, address, privacy_contact}
ALTER TABLE leads ADD COLUMN jurisdiction TEXT;
ALTER TABLE leads ADD COLUMN collection TEXT;        -- JSON {method, entry[], app_version, os_user}
ALTER TABLE leads ADD COLUMN data_categories TEXT NOT NULL DEFAULT '[]';  -- JSON array
CREATE UNIQUE INDEX leads_by_receipt ON leads (receipt_id) WHERE receipt_id IS NOT NULL;

ALTER TABLE consents ADD COLUMN record_id TEXT;
ALTER TABLE consents ADD COLUMN legal_basis TEXT;
ALTER TABLE consents ADD COLUMN text_sha256 TEXT;
ALTER TABLE consents ADD COLUMN language TEXT;
ALTER TABLE consents ADD COLUMN ticked_at TEXT;
ALTER TABLE consents ADD COLUMN expires_at TEXT;
ALTER TABLE consents ADD COLUMN withdrawal_channel TEXT;

-- How a withdrawal reached the booth (booth lead list, command line).
ALTER TABLE erasures ADD COLUMN channel TEXT;
