//! Lead-list search: newest first, Unicode case-insensitive, bounded.

use rusqlite::params;

use super::{Result, Store};
use crate::lead::Lead;
use crate::person::fold;

impl Store {
    /// The `limit` most recently captured leads, newest first (for the lead list).
    pub fn recent_leads(&self, limit: usize) -> Result<Vec<Lead>> {
        self.search_leads("", limit)
    }

    /// Up to `limit` leads whose first name, last name, full name, email, company
    /// or phone contains `query` (without case or accents), newest first. An empty query
    /// matches every lead; erased leads (tombstones) never match.
    /// Walks the capture-time index newest first and stops at `limit` matches.
    pub fn search_leads(&self, query: &str, limit: usize) -> Result<Vec<Lead>> {
        let needle = search_needle(query);
        let ids: Vec<String> = {
            let mut st = self
                .conn
                .prepare_cached(
                    "SELECT lead_id FROM leads WHERE erased_at IS NULL AND (?1 = '' OR instr(search_key, ?1) > 0)
                     ORDER BY captured_at DESC, lead_id DESC LIMIT ?2",
                )
                .map_err(self.err("searching leads"))?;
            st.query_map(params![needle, limit as i64], |r| r.get(0))
                .map_err(self.err("searching leads"))?
                .collect::<rusqlite::Result<_>>()
                .map_err(self.err("searching leads"))?
        };
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
        out.reverse();
        Ok(out)
    }
}

/// What lead-list search looks in: "first last email company phone-digits",
/// without case or accents ([`fold`]), so "zoe okubo" finds "Zoë Ōkubo" and
/// "202 555 0143" finds "+12025550143".
pub(super) fn search_key(lead: &Lead) -> String {
    let digits: String = lead.phone.chars().filter(char::is_ascii_digit).collect();
    fold(&format!(
        "{} {} {} {} {digits}",
        lead.first_name, lead.last_name, lead.email, lead.company
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
