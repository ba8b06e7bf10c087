//! `leadbooth stats [--json]`: this laptop's figures for the event, the same
//! ones the booth's statistics screen shows (read through
//! [`crate::store::Store::booth_stats`]).

use std::process::ExitCode;

use clap::Args;

use crate::cli::out::{self, shown};
use crate::lead::{now_utc, rfc3339};
use crate::session::Session;
use crate::stats::BoothStats;

/// `stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// One JSON object (format leadbooth-stats/1)
    #[arg(long)]
    pub json: bool,
    /// The day shown by the hour, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub day: Option<chrono::NaiveDate>,
}

impl StatsArgs {
    /// Prints the figures.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let event = ctx.event()?;
        let store = ctx.reading_store(&event)?;
        let purposes: Vec<String> = event.purposes.iter().map(|p| p.id.clone()).collect();
        let stats = store.booth_stats(
            &event.id,
            &purposes,
            crate::session::local_offset(),
            (now_utc(), self.day),
        )?;
        if self.json {
            out::json_pretty(&stats)?;
        } else {
            for line in text(&stats, &event.name) {
                crate::say!("{line}")?;
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// The figures as lines of text (every stored value shown on one line).
pub fn text(s: &BoothStats, event_name: &str) -> Vec<String> {
    let f = &s.figures;
    let mut v = vec![
        format!(
            "{} ({}) on this laptop, {} (UTC{})",
            shown(event_name),
            shown(&s.event_id),
            s.day,
            s.utc_offset
        ),
        format!(
            "leads          {} ({} on {}, {} erased not counted)",
            f.leads, s.day_leads, s.day, s.erased
        ),
    ];
    let hours: Vec<String> = s
        .day_per_hour
        .iter()
        .filter(|c| c.leads > 0)
        .map(|c| format!("{}h {}", c.key, c.leads))
        .collect();
    v.push(format!(
        "by hour        {}",
        if hours.is_empty() {
            "none yet".to_owned()
        } else {
            hours.join(", ")
        }
    ));
    v.push("by staff".to_owned());
    for c in &f.per_staff {
        v.push(format!("  {:<20} {}", shown(&c.key).to_string(), c.leads));
    }
    let r = &f.ratings;
    v.push(format!(
        "ratings        hot {}, warm {}, cold {}, unrated {}",
        r.hot, r.warm, r.cold, r.unrated
    ));
    v.push("consent        granted / recorded (not given, withdrawn)".to_owned());
    for p in &f.consents {
        v.push(format!(
            "  {:<20} {} / {} = {}% ({}, {})",
            shown(&p.purpose).to_string(),
            p.granted,
            p.recorded,
            p.consent_percent,
            p.not_given,
            p.withdrawn
        ));
    }
    v.push(format!(
        "not exported   {} lead(s), {} erasure(s)/withdrawal(s)",
        s.export.leads_not_exported, s.export.erasures_not_exported
    ));
    v.push(match &s.export.last_batch {
        Some(b) => format!(
            "last batch     {} at {} ({} lead(s))",
            shown(&b.folder),
            rfc3339(&b.created_at),
            b.leads
        ),
        None => "last batch     none written yet".to_owned(),
    });
    v
}
