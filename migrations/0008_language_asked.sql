-- Migration 8 (issue 18): the language the attendee asked for, beside the
-- language of the wording shown (`consents.language`). They differ where the
-- event has no wording in the language picked and its default language filled
-- the gap. Append-only once released. Rows saved before keep NULL: it was not
-- recorded then.

ALTER TABLE consents ADD COLUMN language_asked TEXT;
