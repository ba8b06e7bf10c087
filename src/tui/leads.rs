//! The lead list (staff mode): the latest leads, newest first, in a table. The rows
//! are read from the store when the screen opens and kept here already sanitised,
//! so drawing never touches the database.

use std::cell::Cell;

use chrono::Local;
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Row, Table, TableState};

use super::app::{Action, Step};
use super::keys::{Binding, KeyCombo};
use super::strings::{self, hints, keys};
use super::theme::Theme;
use crate::lead::Lead;
use crate::store::Store;
use crate::text::sanitize_line;

/// Most leads the list loads.
pub const LIMIT: usize = 1000;

/// One row of the table, every cell safe to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadRow {
    /// Local capture time, `MM-DD HH:MM`.
    pub time: String,
    /// First and last name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Company.
    pub company: String,
    /// Ids of the purposes granted and not withdrawn, comma-separated.
    pub consents: String,
}

impl LeadRow {
    /// The row for `lead`, sanitised for the terminal.
    pub fn of(lead: &Lead) -> Self {
        let granted: Vec<&str> = lead
            .consents
            .iter()
            .filter(|c| c.is_active())
            .map(|c| c.purpose.as_str())
            .collect();
        LeadRow {
            time: lead
                .captured_at
                .with_timezone(&Local)
                .format("%m-%d %H:%M")
                .to_string(),
            name: sanitize_line(&lead.display_name()).into_owned(),
            email: sanitize_line(&lead.email).into_owned(),
            company: sanitize_line(&lead.company).into_owned(),
            consents: sanitize_line(&granted.join(", ")).into_owned(),
        }
    }
}

/// The lead list's state.
#[derive(Debug, Default)]
pub struct LeadList {
    rows: Vec<LeadRow>,
    total: u64,
    error: Option<String>,
    selected: usize,
    /// First row on screen and rows per page at the last draw (view state).
    offset: Cell<usize>,
    page: Cell<usize>,
}

impl LeadList {
    /// Reads the latest [`LIMIT`] leads and the total count; a read error is kept
    /// to be shown in place of the table.
    pub fn load(store: &Store) -> Self {
        let read = store
            .recent_leads(LIMIT)
            .and_then(|leads| Ok((leads, store.count_leads()?)));
        match read {
            Ok((leads, total)) => LeadList {
                rows: leads.iter().map(LeadRow::of).collect(),
                total,
                ..Default::default()
            },
            Err(e) => {
                tracing::error!("lead list: {e}");
                LeadList {
                    error: Some(strings::leads_failed(&sanitize_line(&e.to_string()))),
                    ..Default::default()
                }
            }
        }
    }

    /// Keys of the lead list.
    pub fn bindings() -> Vec<Binding> {
        use KeyCode::*;
        vec![
            Binding::shown(
                KeyCombo::plain(Down),
                Action::Move(Step::Down),
                keys::UP_DOWN,
                hints::MOVE,
            ),
            Binding::new(KeyCombo::plain(Up), Action::Move(Step::Up)),
            Binding::shown(
                KeyCombo::plain(PageDown),
                Action::Move(Step::PageDown),
                keys::PAGE,
                hints::PAGE,
            ),
            Binding::new(KeyCombo::plain(PageUp), Action::Move(Step::PageUp)),
            Binding::shown(
                KeyCombo::plain(Home),
                Action::Move(Step::Top),
                keys::HOME_END,
                hints::ENDS,
            ),
            Binding::new(KeyCombo::plain(End), Action::Move(Step::Bottom)),
            Binding::shown(KeyCombo::plain(Esc), Action::Back, keys::ESC, hints::BACK),
            Binding::new(KeyCombo::plain(F(2)), Action::Back),
        ]
    }

    /// The rows loaded.
    pub fn rows(&self) -> &[LeadRow] {
        &self.rows
    }

    /// Moves the highlighted row.
    pub fn step(&mut self, step: Step) {
        let last = self.rows.len().saturating_sub(1);
        let page = self.page.get().saturating_sub(1).max(1);
        self.selected = match step {
            Step::Up => self.selected.saturating_sub(1),
            Step::Down => self.selected + 1,
            Step::PageUp => self.selected.saturating_sub(page),
            Step::PageDown => self.selected + page,
            Step::Top => 0,
            Step::Bottom => last,
        }
        .min(last);
    }

    /// Draws the table (or the empty / error message) in `area`.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let title = Line::styled(
            strings::leads_title(self.rows.len(), self.total),
            theme.heading,
        );
        let [title_area, body] = [
            Rect {
                height: area.height.min(1),
                ..area
            },
            Rect::new(
                area.x,
                area.y + area.height.min(1),
                area.width,
                area.height.saturating_sub(1),
            ),
        ];
        frame.render_widget(Paragraph::new(title), title_area);
        if let Some(e) = &self.error {
            frame.render_widget(Paragraph::new(Line::styled(e.clone(), theme.error)), body);
            return;
        }
        if self.rows.is_empty() {
            frame.render_widget(Paragraph::new(strings::NO_LEADS), body);
            return;
        }
        let header = Row::new(strings::LEADS_COLUMNS).style(theme.table_header);
        let rows = self.rows.iter().map(|r| {
            Row::new([
                r.time.as_str(),
                r.name.as_str(),
                r.email.as_str(),
                r.company.as_str(),
                r.consents.as_str(),
            ])
        });
        let table = Table::new(
            rows,
            [
                Constraint::Length(11),
                Constraint::Fill(2),
                Constraint::Fill(3),
                Constraint::Fill(2),
                Constraint::Fill(3),
            ],
        )
        .header(header)
        .row_highlight_style(theme.selected);
        let mut state = TableState::new()
            .with_offset(self.offset.get())
            .with_selected(Some(self.selected));
        frame.render_stateful_widget(table, body, &mut state);
        self.offset.set(state.offset());
        self.page.set(usize::from(body.height.saturating_sub(1)));
    }
}
