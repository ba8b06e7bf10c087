//! `leadbooth stats [--json]`: this laptop's figures for the event, the same
//! ones the booth's statistics screen shows (read through
//! [`crate::store::Store::booth_stats`]).

use std::process::ExitCode;

use clap::Args;

use unicode_width::UnicodeWidthStr;

use crate::cli::out::{self, shown};
use crate::cli::words::{self, arg, num};
use crate::i18n::{self, msg::commands as m};
use crate::lead::{now_utc, rfc3339};
use crate::session::Session;
use crate::stats::BoothStats;

// `stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(long)]
    pub json: bool,
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
        // The figures are this event's only: a data dir that holds another
        // event's leads (the booth run with the show's file, `stats` without
        // it) would otherwise read as an empty booth.
        let others = store.other_events(&event.id)?;
        if !others.is_empty() {
            let list: Vec<String> = others
                .iter()
                .map(|(id, n)| format!("{} ({n})", shown(id)))
                .collect();
            let total: u64 = others.iter().map(|(_, n)| n).sum();
            crate::tell!(
                "{}",
                words::say(
                    m::STATS_OTHER_EVENTS,
                    [
                        ("count", num(total)),
                        ("events", arg(&list.join(", "))),
                        ("id", arg(&shown(&event.id).to_string())),
                    ]
                )
            );
        }
        if self.json {
            out::json_pretty(&stats)?;
        } else {
            for line in text(&stats, &event) {
                crate::say!("{line}")?;
            }
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// The figures as lines of text in the staff language (every stored value
/// shown on one line; `--json` is the same in every language, its purposes
/// by id; here each is named by its word in the staff language, as on F6).
pub fn text(s: &BoothStats, event: &crate::config::Event) -> Vec<String> {
    let event_name = event.name.as_str();
    let f = &s.figures;
    let label = |id| words::text(id);
    let labels = [
        m::STATS_LEADS,
        m::STATS_BY_HOUR,
        m::STATS_RATINGS,
        m::STATS_CONSENT,
        m::STATS_NOT_EXPORTED,
        m::STATS_LAST_BATCH,
    ];
    // The values start in one column: 15 as in English, or after the
    // language's longest label and two spaces.
    let width = labels
        .iter()
        .map(|id| UnicodeWidthStr::width(label(*id)) + 2)
        .max()
        .unwrap_or(0)
        .max(15);
    let row = |id, value: String| {
        let l = label(id);
        format!(
            "{l}{}{value}",
            " ".repeat(width - UnicodeWidthStr::width(l))
        )
    };
    let day = s.day.to_string();
    let mut v = vec![
        words::say(
            m::STATS_HEADER,
            [
                ("name", arg(&shown(event_name).to_string())),
                ("id", arg(&shown(&s.event_id).to_string())),
                ("day", arg(&day)),
                ("offset", arg(&s.utc_offset.to_string())),
            ],
        ),
        row(
            m::STATS_LEADS,
            words::say(
                m::STATS_LEADS_VALUE,
                [
                    ("leads", num(f.leads)),
                    ("day_leads", num(s.day_leads)),
                    ("day", arg(&day)),
                    ("erased", num(s.erased)),
                ],
            ),
        ),
    ];
    let hours: Vec<String> = s
        .day_per_hour
        .iter()
        .filter(|c| c.leads > 0)
        .map(|c| format!("{}h {}", c.key, c.leads))
        .collect();
    v.push(row(
        m::STATS_BY_HOUR,
        if hours.is_empty() {
            label(m::STATS_NONE_YET).to_owned()
        } else {
            hours.join(", ")
        },
    ));
    v.push(label(m::STATS_BY_STAFF).to_owned());
    for c in &f.per_staff {
        v.push(format!("  {:<20} {}", shown(&c.key).to_string(), c.leads));
    }
    let r = &f.ratings;
    v.push(row(
        m::STATS_RATINGS,
        words::say(
            m::STATS_RATINGS_VALUE,
            [
                ("hot", num(r.hot)),
                ("warm", num(r.warm)),
                ("cold", num(r.cold)),
                ("unrated", num(r.unrated)),
            ],
        ),
    ));
    v.push(row(
        m::STATS_CONSENT,
        label(m::STATS_CONSENT_VALUE).to_owned(),
    ));
    for p in &f.consents {
        v.push(format!(
            "  {:<20} {} / {} = {} ({}, {})",
            shown(event.purpose_word(&p.purpose, i18n::staff())).to_string(),
            p.granted,
            p.recorded,
            i18n::percent(
                i18n::staff(),
                &i18n::figure(i18n::staff(), &p.consent_percent.to_string())
            ),
            p.not_given,
            p.withdrawn
        ));
    }
    v.push(row(
        m::STATS_NOT_EXPORTED,
        words::say(
            m::STATS_NOT_EXPORTED_VALUE,
            [
                ("leads", num(s.export.leads_not_exported)),
                ("erasures", num(s.export.erasures_not_exported)),
            ],
        ),
    ));
    v.push(row(
        m::STATS_LAST_BATCH,
        match &s.export.last_batch {
            Some(b) => words::say(
                m::STATS_LAST_BATCH_VALUE,
                [
                    ("folder", arg(&shown(&b.folder).to_string())),
                    ("at", arg(&rfc3339(&b.created_at))),
                    ("leads", num(b.leads)),
                ],
            ),
            None => label(m::STATS_NO_BATCH).to_owned(),
        },
    ));
    v
}
