//! The statistics screen (F6, staff mode only; never in the kiosk, where the
//! next attendee would read it): leads per hour today as a bar chart, leads
//! per staff member, the rating mix, the consent rate per purpose, what is not
//! yet exported and the last batch. The figures are the store's
//! ([`crate::store::Store::booth_stats`]), the same `leadbooth stats` prints;
//! they are read when the screen opens and again whenever the database
//! changes while it is on show (another process's save or export).

use chrono::{DateTime, FixedOffset, Utc};
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Paragraph};

use super::action::Action;
use super::keys::{Binding, KeyCombo};
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::wrap;
use crate::config::Event;
use crate::stats::BoothStats;
use crate::store::Store;
use crate::text::sanitize_line;
use unicode_width::UnicodeWidthStr as _;

/// State of the statistics screen: the figures as last read.
#[derive(Debug)]
pub struct StatsScreen {
    stats: Result<BoothStats, String>,
    /// The database's change counter when they were read.
    version: Option<i64>,
    /// Each purpose id with its word in the staff language (`E-Mail`), as
    /// the lead list names them; the figures keep the ids.
    words: Vec<(String, String)>,
}

impl StatsScreen {
    /// Reads the figures now.
    pub fn open(store: &Store, event: &Event, offset: FixedOffset, now: DateTime<Utc>) -> Self {
        let version = store.data_version().ok();
        let purposes: Vec<String> = event.purposes.iter().map(|p| p.id.clone()).collect();
        StatsScreen {
            stats: store
                .booth_stats(&event.id, &purposes, offset, (now, None))
                .map_err(|e| e.to_string()),
            version,
            words: event
                .purposes
                .iter()
                .map(|p| (p.id.clone(), p.word(crate::i18n::staff())))
                .collect(),
        }
    }

    /// Purpose `id` as the screen names it: its word in the staff language,
    /// or the id for a purpose the event no longer has.
    fn word<'a>(&'a self, id: &'a str) -> &'a str {
        self.words
            .iter()
            .find(|(p, _)| p == id)
            .map_or(id, |(_, w)| w.as_str())
    }

    /// Reads them again if the database changed since; true when it did.
    pub fn refresh(
        &mut self,
        store: &Store,
        event: &Event,
        offset: FixedOffset,
        now: DateTime<Utc>,
    ) -> bool {
        let version = store.data_version().ok();
        if version.is_some() && version == self.version {
            return false;
        }
        *self = StatsScreen::open(store, event, offset, now);
        true
    }

    /// The figures shown (tests compare them with `leadbooth stats --json`).
    pub fn stats(&self) -> Option<&BoothStats> {
        self.stats.as_ref().ok()
    }

    /// Esc goes back to the form.
    pub fn bindings() -> Vec<Binding> {
        vec![Binding::shown(
            KeyCombo::plain(KeyCode::Esc),
            Action::Back,
            keys::ESC,
            hints::back(),
        )]
    }

    /// Draws the screen.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let s = match &self.stats {
            Ok(s) => s,
            Err(e) => {
                frame.render_widget(
                    Paragraph::new(vec![
                        Line::styled(strings::stats_title(), theme.heading),
                        Line::styled(sanitize_line(e).into_owned(), theme.error),
                    ]),
                    area,
                );
                return;
            }
        };
        let [head, chart, columns, export] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(8),
            Constraint::Fill(1),
            Constraint::Length(2),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(strings::stats_title(), theme.heading),
                Span::raw(strings::stats_summary(
                    &s.day.to_string(),
                    s.day_leads,
                    s.figures.leads,
                    s.erased,
                )),
            ])),
            head,
        );
        self.render_chart(frame, chart, s, theme);
        let [staff, ratings, consents] = Layout::horizontal([
            Constraint::Percentage(30),
            Constraint::Length(18),
            Constraint::Fill(1),
        ])
        .areas(columns);
        let mut lines = vec![Line::styled(strings::stats_staff(), theme.heading)];
        let rows = staff.height.saturating_sub(1) as usize;
        let width = staff.width.saturating_sub(7) as usize;
        for (i, c) in s.figures.per_staff.iter().enumerate() {
            if i + 1 == rows && s.figures.per_staff.len() > rows {
                let rest: u64 = s.figures.per_staff[i..].iter().map(|c| c.leads).sum();
                lines.push(Line::from(format!(
                    "{} {:>5}",
                    fit(&strings::stats_others(s.figures.per_staff.len() - i), width),
                    rest
                )));
                break;
            }
            lines.push(Line::from(format!(
                "{} {:>5}",
                fit(&sanitize_line(&c.key), width),
                c.leads
            )));
        }
        if s.figures.per_staff.is_empty() {
            lines.push(Line::styled(strings::stats_none(), theme.placeholder));
        }
        frame.render_widget(Paragraph::new(lines), staff);
        let mut lines = vec![Line::styled(strings::stats_ratings(), theme.heading)];
        for (k, v) in s.figures.ratings.rows() {
            lines.push(Line::from(format!(
                "{:<10}{v:>5}",
                strings::rating_label(k)
            )));
        }
        frame.render_widget(Paragraph::new(lines), ratings);
        let mut lines = vec![Line::styled(strings::stats_consent(), theme.heading)];
        // The percentage column is as wide as "100.0%" in the staff language.
        let pw = strings::percent(100.0).width();
        let width = consents.width.saturating_sub(12 + pw as u16) as usize;
        for p in &s.figures.consents {
            lines.push(Line::from(format!(
                "{} {:>4}/{:<4} {:>pw$}",
                fit(&sanitize_line(self.word(&p.purpose)), width),
                p.granted,
                p.recorded,
                strings::percent(p.consent_percent)
            )));
        }
        frame.render_widget(Paragraph::new(lines), consents);
        let e = &s.export;
        let last = match &e.last_batch {
            Some(b) => strings::stats_last_batch(
                b.seq,
                &b.created_at
                    .with_timezone(&offset_of(s))
                    .format("%Y-%m-%d %H:%M")
                    .to_string(),
                b.leads,
            ),
            None => strings::stats_no_batch().to_owned(),
        };
        let style = if e.leads_not_exported + e.erasures_not_exported > 0 {
            theme.warning
        } else {
            theme.ok
        };
        frame.render_widget(
            Paragraph::new(vec![
                Line::styled(
                    strings::stats_not_exported(e.leads_not_exported, e.erasures_not_exported),
                    style,
                ),
                Line::from(last),
            ]),
            export,
        );
    }

    fn render_chart(&self, frame: &mut Frame, area: Rect, s: &BoothStats, theme: &Theme) {
        // 24 bars: as wide as the screen allows, at least one column each.
        let room = area.width.saturating_sub(2);
        let bar_width = ((room / 24).saturating_sub(1)).clamp(1, 4);
        let gap = u16::from(room / 24 > bar_width);
        let bars: Vec<Bar> = s
            .day_per_hour
            .iter()
            .map(|c| {
                let bar = Bar::default()
                    .value(c.leads)
                    .label(Line::from(c.key.clone()))
                    .style(theme.focus)
                    .value_style(theme.selected);
                if c.leads == 0 {
                    bar.text_value(String::new())
                } else {
                    bar
                }
            })
            .collect();
        frame.render_widget(
            BarChart::default()
                .block(
                    Block::default().title(Line::styled(strings::stats_per_hour(), theme.heading)),
                )
                .bar_width(bar_width)
                .bar_gap(gap)
                .data(BarGroup::default().bars(&bars)),
            area,
        );
    }
}

/// The offset the figures were counted in (their `utc_offset`).
fn offset_of(s: &BoothStats) -> FixedOffset {
    s.utc_offset
        .parse::<FixedOffset>()
        .unwrap_or_else(|_| FixedOffset::east_opt(0).expect("zero is a valid offset"))
}

/// `s` cut (with `…`, as every list cell is: [`wrap::fit`]) and padded to
/// exactly `width` display columns.
fn fit(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let cut = wrap::fit(s, width);
    let pad = width.saturating_sub(cut.width());
    format!("{cut}{}", " ".repeat(pad))
}
