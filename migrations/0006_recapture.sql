-- Migration 6 (issue 16): the same person captured twice at one show.
-- Append-only once released.
--
-- Finding a saved lead with the same email, phone or registration ID before a
-- save must not read the whole table at 100,000 leads.
CREATE INDEX leads_by_email ON leads (lower(email)) WHERE erased_at IS NULL AND email <> '';
CREATE INDEX leads_by_phone ON leads (phone) WHERE erased_at IS NULL AND phone <> '';
CREATE INDEX leads_by_badge ON leads (badge_id) WHERE erased_at IS NULL AND badge_id IS NOT NULL;

-- Consent decisions that are not (or no longer) a lead's current record: the
-- earlier record a later capture of the same person replaced, and a decision of
-- that later capture that did not become current ("not given" while an earlier
-- grant stands). `record` is the consent record as the lead record carries it
-- (JSON). They hold no personal data, so an erasure keeps them, as it keeps the
-- tombstone's consent decisions.
CREATE TABLE consent_history (
    lead_id     TEXT NOT NULL REFERENCES leads (lead_id),
    purpose     TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (reason IN ('superseded', 'recorded_not_current')),
    recorded_at TEXT NOT NULL,
    record      TEXT NOT NULL
);
CREATE INDEX consent_history_by_lead ON consent_history (lead_id);
