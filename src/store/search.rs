//! Lead-list search: newest first, without case or accents, bounded, through
//! an index (migration 7): an FTS5 trigram table for queries of three
//! characters or more, a table of one- and two-character pieces for shorter
//! ones, both keyed by the lead's rowid so the newest matches come first
//! without reading the rest. The store keeps them in step with every save,
//! edit and erasure, in the same transaction.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};

use super::{Result, Store};
use crate::lead::Lead;
use crate::person::fold;

/// Queries shorter than this (in characters) go through the short pieces.
const TRIGRAM: usize = 3;

/// What the lead list shows of one lead, read without the rest of it (no
/// answers, notes, consent wording or record): a keystroke in the list's
/// search reads only these, for one page of matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedLead {
    /// The lead's id.
    pub lead_id: String,
    /// When it was captured.
    pub captured_at: DateTime<Utc>,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Email.
    pub email: String,
    /// Company.
    pub company: String,
    /// Ids of the purposes granted and not withdrawn, in the form's order.
    pub active_purposes: Vec<String>,
}

impl ListedLead {
    /// First and last name, as [`Lead::display_name`] writes them.
    pub fn display_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
            .trim()
            .to_owned()
    }
}

/// How the leads matching a query are found, newest first, at most `?1` of
/// them: the `FROM … LIMIT ?1` part of a query over `leads l` (`?2` is the
/// argument from [`match_arg`], when there is one).
fn matching(needle: &str) -> &'static str {
    if needle.is_empty() {
        // The capture-time index, walked newest first.
        "FROM leads l WHERE l.erased_at IS NULL
         ORDER BY l.captured_at DESC, l.lead_id DESC LIMIT ?1"
    } else if needle.chars().count() < TRIGRAM {
        // The piece's rows in the short-piece table's key order, newest
        // (highest rowid) first; each a lookup of its lead by rowid.
        "FROM lead_search_short s JOIN leads l ON l.rowid = s.lead_rowid
         WHERE s.piece = ?2 AND l.erased_at IS NULL
         ORDER BY s.lead_rowid DESC LIMIT ?1"
    } else {
        // FTS5 walks the phrase's matches by rowid, newest first, and stops
        // at the limit; each a lookup of its lead by rowid.
        "FROM (SELECT rowid AS r FROM lead_search WHERE lead_search MATCH ?2
               ORDER BY rowid DESC LIMIT ?1) m
         JOIN leads l ON l.rowid = m.r
         WHERE l.erased_at IS NULL"
    }
}

/// The `?2` of [`matching`]: a short needle as the piece itself, a longer one
/// as an FTS5 phrase (any substring, through the trigram tokenizer).
fn match_arg(needle: &str) -> String {
    if needle.chars().count() < TRIGRAM {
        needle.to_owned()
    } else {
        format!("\"{}\"", needle.replace('"', "\"\""))
    }
}

impl Store {
    /// The `limit` most recently captured leads, newest first (for the lead list).
    pub fn recent_leads(&self, limit: usize) -> Result<Vec<Lead>> {
        self.search_leads("", limit)
    }

    /// Up to `limit` leads whose first name, last name, full name, email, company,
    /// phone digits or registration ID contains `query` (without case or
    /// accents), newest first. An empty query matches every lead; erased leads
    /// (tombstones) never match. Reads each lead whole (consents included); the
    /// lead list reads only what it shows ([`Store::list_leads`]).
    pub fn search_leads(&self, query: &str, limit: usize) -> Result<Vec<Lead>> {
        let ids: Vec<String> = self.listed(query, limit, "l.lead_id", |r| r.get(0))?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let json = serde_json::to_string(&ids).expect("ids serialise");
        let mut out = Vec::with_capacity(ids.len());
        self.query_leads(
            "WHERE l.lead_id IN (SELECT value FROM json_each(?1))",
            params![json],
            |l| {
                out.push(l);
                Ok(())
            },
        )?;
        // Newest first by capture time (the index picks the newest saved).
        out.sort_by_key(|l| std::cmp::Reverse((l.captured_at, l.lead_id)));
        Ok(out)
    }

    /// The lead list's rows: what [`Store::search_leads`] finds, but only the
    /// columns the list shows, in one statement that stops at `limit` matches.
    /// Newest first by capture time.
    pub fn list_leads(&self, query: &str, limit: usize) -> Result<Vec<ListedLead>> {
        const COLUMNS: &str = "l.lead_id, l.captured_at, l.first_name, l.last_name, l.email,
            l.company,
            (SELECT json_group_array(c.purpose ORDER BY c.position) FROM consents c
             WHERE c.lead_id = l.lead_id AND c.granted = 1 AND c.withdrawn_at IS NULL)";
        let rows = self.listed(query, limit, COLUMNS, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut out = Vec::with_capacity(rows.len());
        for (lead_id, at, first_name, last_name, email, company, purposes) in rows {
            let captured_at = at
                .parse()
                .map_err(|e| self.bad_row(&lead_id, "captured_at", e))?;
            let active_purposes = serde_json::from_str(&purposes)
                .map_err(|e| self.bad_row(&lead_id, "consents", e))?;
            out.push(ListedLead {
                lead_id,
                captured_at,
                first_name,
                last_name,
                email,
                company,
                active_purposes,
            });
        }
        out.sort_by(|a, b| (b.captured_at, &b.lead_id).cmp(&(a.captured_at, &a.lead_id)));
        Ok(out)
    }

    /// `columns` of up to `limit` leads matching `query` ([`matching`]), each
    /// row read by `row`.
    fn listed<T>(
        &self,
        query: &str,
        limit: usize,
        columns: &str,
        row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let needle = search_needle(query);
        let sql = format!("SELECT {columns} {}", matching(&needle));
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let e = self.err("searching leads");
        let mut st = self.conn.prepare_cached(&sql).map_err(&e)?;
        let rows = if needle.is_empty() {
            st.query_map(params![limit], row)
        } else {
            st.query_map(params![limit, match_arg(&needle)], row)
        }
        .map_err(&e)?;
        rows.collect::<rusqlite::Result<Vec<T>>>().map_err(&e)
    }

    /// Fills the search index from every lead once after migration 7 (search
    /// keys are computed here, not in SQL): one transaction, then marked done.
    pub(super) fn build_search_index(&mut self) -> Result<()> {
        let pending: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = 'search_index'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.err("reading search index state"))?;
        if pending.as_deref() != Some("pending") {
            return Ok(());
        }
        let mut leads = Vec::new();
        self.for_each_lead(|l| {
            leads.push(l);
            Ok(())
        })?;
        let (tx, e) = self.write_tx("building the search index")?;
        for lead in &leads {
            let rowid: i64 = tx
                .query_row(
                    "SELECT rowid FROM leads WHERE lead_id = ?1",
                    [lead.lead_id.to_string()],
                    |r| r.get(0),
                )
                .map_err(&e)?;
            let key = search_key(lead);
            tx.execute(
                "UPDATE leads SET search_key = ?2 WHERE rowid = ?1",
                params![rowid, key],
            )
            .map_err(&e)?;
            index_key(&tx, rowid, &key).map_err(&e)?;
        }
        tx.execute("DELETE FROM settings WHERE key = 'search_index'", [])
            .map_err(&e)?;
        tx.commit().map_err(&e)?;
        Ok(())
    }
}

/// Puts lead `rowid`'s search key into the index (after [`unindex`] when it
/// changed).
pub(super) fn index_key(tx: &Transaction<'_>, rowid: i64, key: &str) -> rusqlite::Result<()> {
    if key.is_empty() {
        return Ok(());
    }
    tx.prepare_cached("INSERT INTO lead_search (rowid, key) VALUES (?1, ?2)")?
        .execute(params![rowid, key])?;
    let mut st = tx.prepare_cached(
        "INSERT OR IGNORE INTO lead_search_short (piece, lead_rowid) VALUES (?1, ?2)",
    )?;
    let chars: Vec<char> = key.chars().collect();
    let mut seen = std::collections::HashSet::new();
    for i in 0..chars.len() {
        for len in 1..TRIGRAM {
            if let Some(piece) = chars.get(i..i + len) {
                let piece: String = piece.iter().collect();
                if seen.insert(piece.clone()) {
                    st.execute(params![piece, rowid])?;
                }
            }
        }
    }
    Ok(())
}

/// Takes lead `rowid` out of the index (FTS5 secure-delete and the pragma
/// secure_delete overwrite what it held).
pub(super) fn unindex(tx: &Transaction<'_>, rowid: i64) -> rusqlite::Result<()> {
    tx.prepare_cached("DELETE FROM lead_search WHERE rowid = ?1")?
        .execute([rowid])?;
    tx.prepare_cached("DELETE FROM lead_search_short WHERE lead_rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

/// Re-indexes lead `lead_id` from its stored search key (after an insert or
/// an edit), or only takes it out when the key is blank (an erasure).
pub(super) fn reindex(tx: &Transaction<'_>, lead_id: &str) -> rusqlite::Result<()> {
    let (rowid, key): (i64, String) = tx.query_row(
        "SELECT rowid, search_key FROM leads WHERE lead_id = ?1",
        [lead_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    unindex(tx, rowid)?;
    index_key(tx, rowid, &key)
}

/// What lead-list search looks in: "first last email company phone-digits
/// badge-id", without case or accents ([`fold`]), so "zoe okubo" finds "Zoë
/// Ōkubo", "zolkiewski" finds "Żółkiewski" and "202 555 0143" finds "+12025550143".
pub(super) fn search_key(lead: &Lead) -> String {
    let digits: String = lead.phone.chars().filter(char::is_ascii_digit).collect();
    fold(&format!(
        "{} {} {} {} {digits} {}",
        lead.first_name,
        lead.last_name,
        lead.email,
        lead.company,
        lead.badge_id.as_deref().unwrap_or("")
    ))
}

/// A query as [`search_key`] holds it: folded; a phone number (digits and
/// separators only) as its digits.
fn search_needle(query: &str) -> String {
    let q = fold(query);
    let phone_like = q
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    if phone_like && q.chars().filter(char::is_ascii_digit).count() >= 3 {
        q.chars().filter(char::is_ascii_digit).collect()
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_case_and_accents_and_reads_phone_numbers_as_digits() {
        assert_eq!(search_needle("ZOË Ōkubo"), "zoe okubo");
        assert_eq!(search_needle("(202) 555-0143"), "2025550143");
        assert_eq!(search_needle("Suite 20"), "suite 20");
    }
}
