-- Migration 7 (issue 16): lead-list search through an index, so every
-- keystroke stays quick at 100,000 leads. Append-only once released.
--
-- The text searched is `leads.search_key` (names, email, company, phone digits
-- and registration ID, folded without case or accents by the store). Queries of
-- three characters or more go through an FTS5 trigram index (any substring);
-- shorter ones through the one- and two-character pieces of each key. Both are
-- keyed by the lead's rowid, so the newest matches come first without reading
-- the rest. Neither keeps a copy of the text (contentless), and FTS5's
-- secure-delete overwrites an erased lead's entries at once, as the pragma
-- secure_delete does for ordinary pages.
CREATE VIRTUAL TABLE lead_search USING fts5(
    key, content = '', contentless_delete = 1, tokenize = 'trigram'
);
INSERT INTO lead_search (lead_search, rank) VALUES ('secure-delete', 1);

CREATE TABLE lead_search_short (
    piece   TEXT NOT NULL,
    lead_rowid INTEGER NOT NULL,
    PRIMARY KEY (piece, lead_rowid)
) WITHOUT ROWID;

-- The store fills both from every lead at its next open (search keys are
-- computed in Rust); this row says it has not yet.
INSERT INTO settings (key, value) VALUES ('search_index', 'pending')
    ON CONFLICT (key) DO UPDATE SET value = 'pending';
