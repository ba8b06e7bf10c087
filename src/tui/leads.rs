//! The lead list (staff mode): the newest leads in a table with a search box;
//! Enter shows a lead's details (`lead_detail.rs`), from where it can be edited
//! (`edit.rs`), erased, or have a consent withdrawn.
//!
//! The store is read in the update step (opening the list, each change of the
//! search, opening a lead), never in drawing; what is kept here is already
//! sanitised. A search loads only the first [`PAGE`] matches, newest first, so
//! it stays quick however many leads the booth holds.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, Table, TableState};
use tui_input::backend::crossterm::to_input_request;
use tui_input::{Input, InputRequest};
use unicode_width::UnicodeWidthStr;

use super::action::{Action, Step};
use super::confirm::Confirm;
use super::edit::LeadEdit;
use super::form::FormState;
use super::keys::{Binding, KeyCombo};
use super::lead_detail::{LeadDetail, title_row};
use super::message::MessageKind;
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::viewport::Viewport;
use super::when::{when, zone};
use super::wrap::fit;
use crate::config::Event;
use crate::consent::Purpose;
use crate::store::{ListedLead, Store};
use crate::text::sanitize_line;

/// Most leads a list or search loads.
pub const PAGE: usize = 100;

/// Columns between the table's columns.
const COLUMN_SPACING: u16 = 1;

/// One row of the table, every cell safe to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadRow {
    /// The lead's id (to open it).
    pub id: String,
    /// Local capture time as every booth screen writes it (`14:03` today,
    /// `1 Dec 14:03` before; see [`when`]).
    pub time: String,
    /// First and last name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Company.
    pub company: String,
    /// The consents granted and not withdrawn, comma-separated, each by its
    /// purpose's short word in the staff language (`email, events`; see
    /// [`super::receipt::short_name`]).
    pub consents: String,
}

impl LeadRow {
    /// The row for `lead`, sanitised for the terminal; `today` decides whether
    /// the time needs its date; `purposes` are the event's, whose short words
    /// stand for the ids (a purpose the event no longer has keeps its id).
    pub fn of(lead: &ListedLead, today: NaiveDate, purposes: &[Purpose]) -> Self {
        // Consents only: the notice acknowledgement (not a consent, required
        // on every lead) would take the narrow column's room on every row.
        // Each by its short word in the staff language (the receipt's word
        // for a default purpose: `E-Mail, Veranstaltungen` to German staff).
        let consents: Vec<String> = lead
            .active_purposes
            .iter()
            .filter_map(|id| match purposes.iter().find(|p| p.id == *id) {
                Some(p) if !p.is_consent() => None,
                Some(p) => Some(super::receipt::short_name(p, crate::i18n::staff())),
                None => Some(id.clone()),
            })
            .collect();
        LeadRow {
            id: lead.lead_id.clone(),
            time: when(lead.captured_at, today),
            name: sanitize_line(&lead.display_name()).into_owned(),
            email: sanitize_line(&lead.email).into_owned(),
            company: sanitize_line(&lead.company).into_owned(),
            consents: sanitize_line(&consents.join(", ")).into_owned(),
        }
    }
}

/// What the lead screens need from the app to act.
pub struct Ctx<'a> {
    /// The booth's store.
    pub store: &'a mut Store,
    /// The data dir (erasure removes the batch copies kept there).
    pub data: &'a crate::paths::DataDir,
    /// The event (questions, purposes, lead rules).
    pub event: &'a Event,
    /// Who acts (recorded in the audit log).
    pub staff: &'a str,
    /// Styles for a new edit form.
    pub theme: Theme,
    /// The booth's local date now: times on it show without their date.
    pub today: NaiveDate,
}

/// What the app does after the lead screens acted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing more.
    Nothing,
    /// Back to the capture form.
    Close,
    /// Ask before going on.
    Ask(Confirm),
    /// Show a message.
    Say(MessageKind, String),
}

/// Which of the lead screens is shown.
#[derive(Debug, Default)]
enum View {
    #[default]
    List,
    Detail(Box<LeadDetail>),
    Edit(Box<LeadEdit>),
}

/// The lead list's state.
#[derive(Debug, Default)]
pub struct LeadList {
    rows: Vec<LeadRow>,
    /// Leads on file (tombstones of erased leads not counted).
    total: u64,
    /// The local date the rows' times were written against.
    today: NaiveDate,
    /// The zone the times are in, named once above the table.
    zone: String,
    /// The event's purposes (their short words name a row's consents).
    purposes: Vec<Purpose>,
    error: Option<String>,
    selected: usize,
    query: Input,
    /// The search box has focus (typing always goes there).
    searching: bool,
    view: View,
    /// First row on screen and rows per page at the last draw.
    offset: usize,
    page: usize,
}

impl LeadList {
    /// The newest [`PAGE`] leads and the count; a read error is kept to be shown
    /// in place of the table.
    pub fn load(store: &Store, today: NaiveDate, purposes: &[Purpose]) -> Self {
        let mut list = LeadList {
            today,
            purposes: purposes.to_vec(),
            zone: strings::times_in(&sanitize_line(&zone())),
            ..LeadList::default()
        };
        list.refresh(store);
        list
    }

    /// Reads the matches of the current search and the count of leads on file
    /// again (after anything that can change what is stored).
    fn refresh(&mut self, store: &Store) {
        match store.leads_on_file() {
            Ok(total) => self.total = total,
            Err(e) => return self.read_failed(&e),
        }
        self.search(store);
    }

    /// Reads the matches of the current search again; the count of leads on
    /// file is kept: typing in the search box stores nothing, and counting
    /// 100,000 rows took most of a keystroke (bench P7).
    fn search(&mut self, store: &Store) {
        match store.list_leads(self.query.value(), PAGE) {
            Ok(leads) => {
                self.rows = leads
                    .iter()
                    .map(|l| LeadRow::of(l, self.today, &self.purposes))
                    .collect();
                self.error = None;
            }
            Err(e) => self.read_failed(&e),
        }
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }

    /// A read error, shown in place of the table.
    fn read_failed(&mut self, e: &crate::store::StoreError) {
        tracing::error!("lead list: {e}");
        self.rows.clear();
        self.selected = 0;
        // In the staff language, SQLite's words after the step (branch i18nstore).
        let said = e
            .said_in(crate::i18n::staff())
            .unwrap_or_else(|| e.to_string());
        self.error = Some(strings::leads_failed(&sanitize_line(&said)));
    }

    /// Keys of the screen on show.
    pub fn bindings(&self) -> Vec<Binding> {
        match &self.view {
            View::List => self.list_bindings(),
            View::Detail(d) => d.bindings(),
            View::Edit(e) => e.bindings(),
        }
    }

    fn list_bindings(&self) -> Vec<Binding> {
        use KeyCode::*;
        let esc = if self.query.value().is_empty() {
            hints::back()
        } else {
            hints::clear_search()
        };
        vec![
            Binding::shown(
                KeyCombo::plain(Enter),
                Action::OpenLead,
                keys::ENTER,
                hints::open(),
            ),
            Binding::shown(
                KeyCombo::plain(Down),
                Action::Move(Step::Down),
                keys::UP_DOWN,
                hints::move_(),
            ),
            Binding::new(KeyCombo::plain(Up), Action::Move(Step::Up)),
            Binding::shown(KeyCombo::plain(Esc), Action::Back, keys::ESC, esc),
            Binding::shown(
                KeyCombo::char('/'),
                Action::Search,
                keys::SLASH,
                hints::search(),
            ),
            Binding::shown(
                KeyCombo::plain(PageDown),
                Action::Move(Step::PageDown),
                keys::PAGE,
                hints::page(),
            ),
            Binding::new(KeyCombo::plain(PageUp), Action::Move(Step::PageUp)),
            Binding::shown(
                KeyCombo::plain(Home),
                Action::Move(Step::Top),
                keys::HOME_END,
                hints::ends(),
            ),
            Binding::new(KeyCombo::plain(End), Action::Move(Step::Bottom)),
            Binding::new(KeyCombo::plain(F(2)), Action::OpenLeads),
        ]
    }

    /// The rows loaded (the first [`PAGE`] matches of the search).
    pub fn rows(&self) -> &[LeadRow] {
        &self.rows
    }

    /// The highlighted row.
    pub fn selected(&self) -> Option<&LeadRow> {
        self.rows.get(self.selected)
    }

    /// The search as typed.
    pub fn query(&self) -> &str {
        self.query.value()
    }

    /// The lead on show, when its details are open.
    pub fn detail(&self) -> Option<&LeadDetail> {
        match &self.view {
            View::Detail(d) => Some(d),
            _ => None,
        }
    }

    /// The edit form, when a lead is being edited.
    pub fn editing(&self) -> Option<&FormState> {
        match &self.view {
            View::Edit(e) => Some(e.form()),
            _ => None,
        }
    }

    /// An edit with changes not saved yet.
    pub fn has_unsaved_edit(&self) -> bool {
        matches!(&self.view, View::Edit(e) if e.changed())
    }

    /// Applies one action to the screen on show.
    pub fn update(&mut self, action: Action, ctx: &mut Ctx<'_>) -> Outcome {
        self.today = ctx.today;
        match &mut self.view {
            View::List => self.update_list(action, ctx),
            View::Detail(d) => match action {
                Action::Back if d.picking() => {
                    d.stop_picking();
                    Outcome::Nothing
                }
                Action::Back => {
                    self.view = View::List;
                    self.refresh(ctx.store);
                    Outcome::Nothing
                }
                Action::Move(step) => {
                    d.step(step);
                    Outcome::Nothing
                }
                Action::EditLead => {
                    let edit = LeadEdit::new(d.lead().clone(), ctx.event, ctx.theme);
                    self.view = View::Edit(Box::new(edit));
                    Outcome::Nothing
                }
                Action::EraseLead => Outcome::Ask(Confirm::EraseLead),
                Action::WithdrawConsent if d.picking() => Outcome::Ask(Confirm::WithdrawConsent),
                Action::WithdrawConsent => {
                    if d.start_picking() {
                        Outcome::Nothing
                    } else {
                        Outcome::Say(MessageKind::Warning, strings::nothing_to_withdraw().into())
                    }
                }
                _ => Outcome::Nothing,
            },
            View::Edit(e) => match action {
                Action::Back if e.changed() => Outcome::Ask(Confirm::DiscardEdit),
                Action::Back => self.discard_edit(ctx),
                Action::Save => match e.save(ctx.store, ctx.event, ctx.staff) {
                    Ok(message) => {
                        let id = e.lead_id();
                        let out = self.open(&id, ctx);
                        match out {
                            Outcome::Nothing => Outcome::Say(MessageKind::Info, message),
                            other => other,
                        }
                    }
                    Err((kind, message)) => Outcome::Say(kind, message),
                },
                other => match e.update(other) {
                    Some(refused) => Outcome::Say(MessageKind::Error, refused),
                    None => Outcome::Nothing,
                },
            },
        }
    }

    fn update_list(&mut self, action: Action, ctx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::Move(step) => self.step(step),
            Action::Search => self.searching = true,
            Action::Edit(key) => self.type_in_search(key, ctx.store),
            Action::Paste(text) => {
                let line: String = text
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                for c in line.trim().chars() {
                    self.query.handle(InputRequest::InsertChar(c));
                }
                self.searching = true;
                self.selected = 0;
                self.search(ctx.store);
            }
            Action::OpenLead => {
                if let Some(row) = self.rows.get(self.selected) {
                    let id = row.id.clone();
                    return self.open(&id, ctx);
                }
            }
            Action::Back if !self.query.value().is_empty() => {
                self.query.reset();
                self.searching = false;
                self.selected = 0;
                self.search(ctx.store);
            }
            Action::Back | Action::OpenLeads => return Outcome::Close,
            _ => {}
        }
        Outcome::Nothing
    }

    /// A key the list's bindings did not take: it edits the search (and focuses
    /// it); a changed search is run at once.
    fn type_in_search(&mut self, key: KeyEvent, store: &Store) {
        let changed = match to_input_request(&TermEvent::Key(key)) {
            Some(InputRequest::InsertChar(c)) if c.is_control() => false,
            Some(req) => self.query.handle(req).is_some_and(|s| s.value),
            None => false,
        };
        self.searching = true;
        if changed {
            self.selected = 0;
            self.search(store);
        }
    }

    /// Shows lead `id`'s details, read afresh.
    fn open(&mut self, id: &str, ctx: &mut Ctx<'_>) -> Outcome {
        match ctx.store.lead(id) {
            Ok(lead) => {
                self.view = View::Detail(Box::new(LeadDetail::new(lead, ctx.event, ctx.today)));
                Outcome::Nothing
            }
            Err(e) => {
                tracing::error!("opening lead {id}: {e}");
                self.view = View::List;
                self.refresh(ctx.store);
                Outcome::Say(MessageKind::Error, strings::lead_failed(&e.to_string()))
            }
        }
    }

    /// `y` to [`Confirm::EraseLead`]: erases the lead on show.
    pub fn erase(&mut self, ctx: &mut Ctx<'_>) -> Outcome {
        let View::Detail(d) = &self.view else {
            return Outcome::Nothing;
        };
        let id = d.lead().lead_id.to_string();
        match crate::rights::erase_lead(ctx.store, ctx.data, &id, ctx.staff) {
            Ok(removed) => {
                tracing::info!("lead {id} erased by {}", ctx.staff);
                self.view = View::List;
                self.refresh(ctx.store);
                Outcome::Say(MessageKind::Info, strings::erased(removed.len()))
            }
            Err(e) => {
                tracing::error!("erasing lead {id}: {e}");
                Outcome::Say(MessageKind::Error, strings::lead_failed(&e.to_string()))
            }
        }
    }

    /// `y` to [`Confirm::WithdrawConsent`]: withdraws the purpose highlighted in
    /// the picker.
    pub fn withdraw(&mut self, ctx: &mut Ctx<'_>) -> Outcome {
        let View::Detail(d) = &mut self.view else {
            return Outcome::Nothing;
        };
        let Some(purpose) = d.picked().map(str::to_owned) else {
            return Outcome::Nothing;
        };
        let id = d.lead().lead_id.to_string();
        match ctx
            .store
            .withdraw_consent(&id, &purpose, ctx.staff, "booth")
        {
            Ok(at) => {
                tracing::info!("consent {purpose} of lead {id} withdrawn by {}", ctx.staff);
                let at = when(at, ctx.today);
                // Named as the picker and the details name it (`e-mail`), in
                // the staff language, never by its id.
                let word = ctx.event.purpose_word(&purpose, crate::i18n::staff());
                match self.open(&id, ctx) {
                    Outcome::Nothing => Outcome::Say(
                        MessageKind::Info,
                        strings::withdrawn(&sanitize_line(&word), &at),
                    ),
                    other => other,
                }
            }
            Err(e) => {
                tracing::error!("withdrawing {purpose} of lead {id}: {e}");
                d.stop_picking();
                Outcome::Say(MessageKind::Error, strings::lead_failed(&e.to_string()))
            }
        }
    }

    /// Leaves the edit form without saving, back to the lead's details.
    pub fn discard_edit(&mut self, ctx: &mut Ctx<'_>) -> Outcome {
        let View::Edit(e) = &self.view else {
            return Outcome::Nothing;
        };
        let id = e.lead_id();
        self.open(&id, ctx)
    }

    /// Moves the highlighted row.
    pub fn step(&mut self, step: Step) {
        let last = self.rows.len().saturating_sub(1);
        let page = self.page.saturating_sub(1).max(1);
        self.selected = step.apply(self.selected, page, last);
    }

    /// What the last frame of the screen on show found (see [`Viewport`]).
    pub fn laid_out(&mut self, viewport: Viewport) {
        match &mut self.view {
            View::List => {
                if let Viewport::Table { offset, page } = viewport {
                    (self.offset, self.page) = (offset, page);
                }
            }
            View::Detail(d) => d.laid_out(viewport),
            View::Edit(e) => e.laid_out(viewport),
        }
    }

    /// Draws the screen on show in `area`; returns its geometry.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) -> Option<Viewport> {
        match &self.view {
            View::List => self.render_list(frame, area, theme),
            View::Detail(d) => d.render(frame, area, theme),
            View::Edit(e) => e.render(frame, area, theme),
        }
    }

    fn render_list(&self, frame: &mut Frame, area: Rect, theme: &Theme) -> Option<Viewport> {
        if area.height < 3 {
            return None;
        }
        let searching = !self.query.value().is_empty();
        // While searching, the title counts the leads on file; the count of
        // matches is beside the search box.
        let shown = if searching {
            usize::try_from(self.total).unwrap_or(usize::MAX)
        } else {
            self.rows.len()
        };
        let title = strings::leads_title(shown, self.total);
        title_row(frame, Rect { height: 1, ..area }, &title, &self.zone, theme);
        let search_row = Rect {
            y: area.y + 1,
            height: 1,
            ..area
        };
        self.render_search(frame, search_row, theme);
        let body = Rect::new(area.x, area.y + 2, area.width, area.height - 2);
        if let Some(e) = &self.error {
            frame.render_widget(Paragraph::new(Line::styled(e.clone(), theme.error)), body);
            return None;
        }
        if self.rows.is_empty() {
            let text = if searching {
                strings::no_match()
            } else {
                strings::no_leads()
            };
            frame.render_widget(Paragraph::new(text), body);
            return None;
        }
        let header = Row::new(strings::leads_columns()).style(theme.table_header);
        // The time column is as wide as its widest time (`14:03` today,
        // `1 Dec 2025 14:03` at most); the others share the rest.
        let time_w = self
            .rows
            .iter()
            .map(|r| r.time.width())
            .chain([strings::leads_columns()[0].width()])
            .max()
            .unwrap_or(0);
        let constraints = [
            Constraint::Length(u16::try_from(time_w).unwrap_or(u16::MAX)),
            Constraint::Fill(2),
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Fill(3),
        ];
        // Cells are cut to their column here, with "…", because the table would
        // cut them without a sign that more was there.
        let widths: Vec<usize> = Layout::horizontal(constraints)
            .flex(Flex::Start)
            .spacing(COLUMN_SPACING)
            .split(Rect { x: 0, ..body })
            .iter()
            .map(|r| usize::from(r.width))
            .collect();
        // Only the rows on screen are laid out (a keystroke in the search
        // draws the table anew: a hundred rows cut to their columns cost more
        // than the search itself, bench P7). The window keeps the highlighted
        // row in view as the table's own scrolling would.
        let page = usize::from(body.height.saturating_sub(1)).max(1);
        let last = self.rows.len().saturating_sub(1);
        let mut offset = self.offset.min(last);
        if self.selected < offset {
            offset = self.selected;
        } else if self.selected >= offset + page {
            offset = self.selected + 1 - page;
        }
        let window = &self.rows[offset..self.rows.len().min(offset + page)];
        let rows = window.iter().map(|r| {
            let cells = [&r.time, &r.name, &r.email, &r.company, &r.consents];
            Row::new(
                cells
                    .iter()
                    .zip(&widths)
                    .map(|(cell, w)| fit(cell, *w).into_owned()),
            )
        });
        let table = Table::new(rows, constraints)
            .flex(Flex::Start)
            .header(header)
            .column_spacing(COLUMN_SPACING)
            .row_highlight_style(theme.selected);
        // The table's own state lives for this frame only; where it scrolled to
        // goes back to the list as a viewport.
        let mut state = TableState::new()
            .with_offset(0)
            .with_selected(Some(self.selected - offset));
        frame.render_stateful_widget(table, body, &mut state);
        Some(Viewport::Table {
            offset: offset + state.offset(),
            page: usize::from(body.height.saturating_sub(1)),
        })
    }

    /// `Search [query]  12 matches`, with the cursor in the box while it has focus.
    fn render_search(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let label = crate::i18n::label(crate::i18n::staff(), strings::search());
        let label_w = label.chars().count() as u16;
        let width = area.width.saturating_sub(label_w).min(40);
        if width < 2 {
            return;
        }
        let value = sanitize_line(self.query.value());
        let scroll = self.query.visual_scroll(usize::from(width - 1));
        let shown: Span = if value.is_empty() {
            Span::styled(strings::search_hint(), theme.input.patch(theme.placeholder))
        } else {
            Span::styled(value.into_owned(), theme.input)
        };
        let style = if self.searching {
            theme.focus
        } else {
            theme.label
        };
        frame.render_widget(
            Paragraph::new(Line::styled(label, style)),
            Rect {
                width: label_w,
                ..area
            },
        );
        let input = Rect {
            x: area.x + label_w,
            width,
            ..area
        };
        frame.buffer_mut().set_style(input, theme.input);
        frame.render_widget(
            Paragraph::new(Line::from(shown))
                .scroll((0, u16::try_from(scroll).unwrap_or(u16::MAX))),
            input,
        );
        if !self.query.value().is_empty() {
            let count = format!("  {}", strings::search_count(self.rows.len(), PAGE));
            frame.render_widget(
                Paragraph::new(Line::styled(count, theme.text)),
                Rect {
                    x: input.right(),
                    width: area.right().saturating_sub(input.right()),
                    ..area
                },
            );
        }
        if self.searching {
            let col = self.query.visual_cursor().saturating_sub(scroll);
            let col = u16::try_from(col).unwrap_or(0).min(width - 1);
            frame.set_cursor_position((input.x + col, input.y));
        }
    }
}
