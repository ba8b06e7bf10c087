-- Migration 3: the show floor. Pre-registered attendees for badge-ID lookup,
-- booth settings (the kiosk PIN hash), and the staff form's crash-safe draft.

CREATE TABLE attendees (
    badge_id    TEXT PRIMARY KEY,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT NOT NULL,
    company     TEXT NOT NULL,
    job_title   TEXT NOT NULL,
    phone       TEXT NOT NULL,
    country     TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- At most one draft: the staff form's unsaved content (JSON), never kiosk input.
CREATE TABLE draft (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    content    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Lead-list search: names, email and company lowercased (Unicode) into one column,
-- written by the store on every insert and edit, blanked on erasure.
ALTER TABLE leads ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
