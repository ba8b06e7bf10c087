//! `leadbooth report`: one event's figures at the central office, read from
//! the central store ([`CentralStore`], either backend) and computed by
//! [`crate::stats`], as an [`EventReport`] (the `--json` output) and as one
//! self-contained HTML page ([`html::page`]: inline SVG charts, no network).

use chrono::{DateTime, Utc};

use crate::central::{CentralStore, Result};
use crate::stats::{CrmRequest, EventReport, ReportFacts, ReportOptions, Tally};

pub mod html;

/// The events on file: (id, name), by id.
pub fn events(db: &mut dyn CentralStore) -> Result<Vec<(String, String)>> {
    db.report_events()
}

/// The report for `event_id` (named `event_name`) as of `now`.
pub fn event_report(
    db: &mut dyn CentralStore,
    event_id: &str,
    event_name: &str,
    now: DateTime<Utc>,
    options: ReportOptions,
) -> Result<EventReport> {
    // Purposes in the order the event's leads carry them (the event's order);
    // other events' purposes are not this event's.
    let utc = chrono::FixedOffset::east_opt(0).expect("zero is a valid offset");
    let mut tally = Tally::new(utc, &[]);
    db.each_report_lead(event_id, &mut |lead| tally.add(lead))?;
    let (batches, gaps) = db.report_batches(event_id)?;
    let removals = db.report_removals(event_id)?;
    let crm = db
        .pending_suppressions()?
        .into_iter()
        .map(|s| CrmRequest {
            contact_id: s.contact_id,
            action: s.action.as_str().to_owned(),
            reason: s.reason,
            purpose: s.purpose,
            at: s.at,
        })
        .collect();
    let facts = ReportFacts {
        event_id: event_id.to_owned(),
        event_name: event_name.to_owned(),
        source: db.location().to_owned(),
        batches,
        gaps,
        removals,
        crm,
    };
    Ok(EventReport::new(&tally, facts, now, options))
}

/// The report's file name for an event: `<event id>-report.html`, the id kept
/// to letters, digits, `-` and `_` (it came from a batch).
pub fn file_name(event_id: &str) -> String {
    let safe: String = event_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    format!("{safe}-report.html")
}
