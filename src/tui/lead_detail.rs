//! One lead's details (staff mode): every field, the answers, each consent with
//! its wording, time, method and any withdrawal, and the notes. The text is built
//! from the lead once, sanitised (no terminal escape or bidi control survives),
//! and wrapped to the screen when drawn. `w` opens a picker of the consents that
//! can still be withdrawn.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::action::{Action, Step};
use super::keys::{Binding, KeyCombo};
use super::strings::{self, detail, hints, keys};
use super::theme::Theme;
use super::viewport::{Scroll, Viewport};
use super::when::{when, zone};
use super::wrap::{fit, wrap_line, wrap_str};
use crate::config::Event;
use crate::lead::{Answer, Lead};
use crate::text::{sanitize_for_terminal, sanitize_line};

/// Where values start, after their label, at the least: a language whose
/// longest label is longer (`Id du contact`, `ID de contacto`) moves them right,
/// see [`value_x`].
const VALUE_X: u16 = 12;

/// Where values start in the staff language: one column after its longest
/// label, so no label runs into its value (`Id du contact01a2…`).
fn value_x() -> u16 {
    use unicode_width::UnicodeWidthStr as _;
    let labels = strings::contact_labels();
    let longest = [
        detail::name(),
        labels[2],
        labels[3],
        labels[4],
        labels[5],
        labels[6],
        detail::captured(),
        detail::badge_id(),
        detail::rating(),
        detail::lead_id(),
        detail::policy(),
    ]
    .iter()
    .map(|l| l.width())
    .max()
    .unwrap_or(0);
    VALUE_X.max(u16::try_from(longest + 1).unwrap_or(u16::MAX))
}

/// A line of the details and the hanging indent its wrapped continuation takes.
#[derive(Debug, Clone)]
struct DetailLine {
    line: Line<'static>,
    indent: u16,
}

/// The consents that can be withdrawn, and the highlighted one.
#[derive(Debug, Clone)]
struct Picker {
    /// `(purpose id, its word in the staff language, label)`, the last two
    /// sanitised.
    purposes: Vec<(String, String, String)>,
    selected: usize,
}

/// A lead's details.
#[derive(Debug)]
pub struct LeadDetail {
    lead: Lead,
    title: String,
    /// The zone the times are in, named once on the title row.
    zone: String,
    lines: Vec<DetailLine>,
    /// Where values start after their labels (see [`value_x`]).
    value_x: u16,
    picker: Option<Picker>,
    scroll: Scroll,
    /// Each consent's purpose id with its word in the staff language
    /// (`E-Mail`), sanitised: the details and the withdrawal picker name
    /// purposes by it, as the lead list does.
    words: Vec<(String, String)>,
}

impl LeadDetail {
    /// The details of `lead`; `event` names its questions; times on `today`
    /// show without their date.
    pub fn new(lead: Lead, event: &Event, today: NaiveDate) -> Self {
        let mut d = LeadDetail {
            title: strings::lead_title(&sanitize_line(&lead.display_name())),
            zone: strings::times_in(&sanitize_line(&zone())),
            lines: Vec::new(),
            value_x: value_x(),
            picker: None,
            scroll: Scroll::default(),
            words: lead
                .consents
                .iter()
                .map(|c| {
                    let word = event.purpose_word(&c.purpose, crate::i18n::staff());
                    (c.purpose.clone(), sanitize_line(&word).into_owned())
                })
                .collect(),
            lead,
        };
        d.build(event, today);
        d
    }

    fn field(&mut self, label: &str, value: &str, style: Style) {
        let label = format!("{label:<width$}", width = usize::from(self.value_x));
        self.lines.push(DetailLine {
            line: Line::from(vec![
                Span::styled(label, Style::new()),
                Span::styled(sanitize_line(value).into_owned(), style),
            ]),
            indent: self.value_x,
        });
    }

    fn heading(&mut self, text: &str) {
        self.lines.push(DetailLine {
            line: Line::raw(""),
            indent: 0,
        });
        self.lines.push(DetailLine {
            line: Line::raw(text.to_owned()),
            indent: 0,
        });
    }

    fn build(&mut self, event: &Event, today: NaiveDate) {
        let l = self.lead.clone();
        let time = |t| when(t, today);
        let plain = Style::new();
        self.field(detail::name(), &l.display_name(), plain);
        let labels = strings::contact_labels();
        for (label, value) in [
            (labels[2], &l.email),
            (labels[3], &l.company),
            (labels[4], &l.job_title),
            (labels[5], &l.phone),
            (labels[6], &l.country),
        ] {
            self.field(label, value, plain);
        }
        self.field(
            detail::captured(),
            &strings::captured(&time(l.captured_at), &l.captured_by, l.source.as_str()),
            plain,
        );
        if let Some(id) = &l.badge_id {
            self.field(detail::badge_id(), id, plain);
        }
        let choices = strings::rating_choices();
        let rating = l.rating.map_or(choices[0], |r| {
            crate::lead::Rating::ALL
                .iter()
                .position(|x| *x == r)
                .map_or(r.as_str(), |k| choices[k + 1])
        });
        self.field(detail::rating(), rating, plain);
        self.field(detail::lead_id(), &l.lead_id.to_string(), plain);
        let version: String = l.policy.sha256.chars().take(12).collect();
        let policy = match &l.policy.last_updated {
            Some(d) => format!("{version} ({d})"),
            None => version,
        };
        self.field(detail::policy(), &policy, plain);

        if !l.answers.is_empty() {
            self.heading(detail::answers());
            for (id, answer) in &l.answers {
                // The staff reads the question and its chosen options in the
                // staff language where the event words them so (answers are
                // stored in the default language, by position); typed text
                // and a question the event no longer has stay as they are.
                let staff = crate::i18n::staff();
                let index = event.questions.iter().position(|q| q.id == *id);
                let question = index.map_or(id.as_str(), |i| event.question_label(i, staff));
                let shown = |v: &String| -> String {
                    index
                        .and_then(|i| {
                            let pos = event.questions[i].choices.iter().position(|c| c == v)?;
                            event.question_choices(i, staff).get(pos).cloned()
                        })
                        .unwrap_or_else(|| v.clone())
                };
                let value = match answer {
                    Answer::One(v) => shown(v),
                    Answer::Many(list) => list.iter().map(shown).collect::<Vec<_>>().join(", "),
                };
                self.lines.push(DetailLine {
                    line: Line::from(vec![
                        Span::raw(format!(
                            "  {}",
                            crate::i18n::label(staff, &sanitize_line(question))
                        )),
                        Span::raw(sanitize_line(&value).into_owned()),
                    ]),
                    indent: 4,
                });
            }
        }

        self.heading(detail::consents());
        for c in &l.consents {
            let given = || strings::consent_given(&time(c.at), c.method.as_str());
            // A withdrawn consent is no longer in force: it must not look ticked.
            let (mark, state) = match (c.granted, c.withdrawn_at) {
                (true, Some(w)) => (
                    detail::MARK_WITHDRAWN,
                    strings::consent_withdrawn(&time(w), &given()),
                ),
                (true, None) => (
                    detail::MARK_GRANTED,
                    format!("{}, {}", detail::granted(), given()),
                ),
                (false, _) => (detail::MARK_NOT_GRANTED, detail::not_granted().to_owned()),
            };
            let spans = vec![
                Span::raw(format!("  {mark} ")),
                // The purpose's word in the staff language (`E-Mail`), as
                // the lead list names it; its wording follows on the next line.
                // `e-mail : donné` in French, which spaces its colon.
                Span::raw(crate::i18n::label(
                    crate::i18n::staff(),
                    self.word(&c.purpose),
                )),
                Span::raw(state),
            ];
            self.lines.push(DetailLine {
                line: Line::from(spans),
                indent: 6,
            });
            self.lines.push(DetailLine {
                line: Line::raw(format!("      “{}”", sanitize_line(&c.text))),
                indent: 7,
            });
        }

        self.heading(detail::notes());
        if l.notes.is_empty() {
            self.lines.push(DetailLine {
                line: Line::raw(format!("  {}", detail::no_notes())),
                indent: 2,
            });
        }
        for line in sanitize_for_terminal(&l.notes, true).lines() {
            self.lines.push(DetailLine {
                line: Line::raw(format!("  {line}")),
                indent: 2,
            });
        }
    }

    /// Purpose `id`'s word in the staff language (the id itself for a
    /// purpose the event no longer has), sanitised.
    fn word<'a>(&'a self, id: &'a str) -> &'a str {
        self.words
            .iter()
            .find(|(p, _)| p == id)
            .map_or(id, |(_, w)| w.as_str())
    }

    /// The lead as read when the details were opened.
    pub fn lead(&self) -> &Lead {
        &self.lead
    }

    /// The details as text, one string per (unwrapped) line: for tests.
    pub fn text(&self) -> Vec<String> {
        self.lines.iter().map(|l| l.line.to_string()).collect()
    }

    /// Keys of the details (or of the withdrawal picker when it is open).
    pub fn bindings(&self) -> Vec<Binding> {
        use KeyCode::*;
        if self.picker.is_some() {
            return vec![
                Binding::shown(
                    KeyCombo::plain(Enter),
                    Action::WithdrawConsent,
                    keys::ENTER,
                    hints::withdraw(),
                ),
                Binding::shown(
                    KeyCombo::plain(Down),
                    Action::Move(Step::Down),
                    keys::UP_DOWN,
                    hints::move_(),
                ),
                Binding::new(KeyCombo::plain(Up), Action::Move(Step::Up)),
                Binding::shown(
                    KeyCombo::plain(Esc),
                    Action::Back,
                    keys::ESC,
                    hints::cancel(),
                ),
            ];
        }
        let mut b = vec![
            Binding::shown(
                KeyCombo::char('e'),
                Action::EditLead,
                keys::E,
                hints::edit(),
            ),
            Binding::shown(
                KeyCombo::char('w'),
                Action::WithdrawConsent,
                keys::W,
                hints::withdraw(),
            ),
            Binding::shown(
                KeyCombo::char('x'),
                Action::EraseLead,
                keys::X,
                hints::erase(),
            ),
            Binding::shown(KeyCombo::plain(Esc), Action::Back, keys::ESC, hints::back()),
        ];
        b.extend(super::keys::movement(hints::scroll()));
        b
    }

    /// Opens the withdrawal picker; false when no consent is granted and not
    /// yet withdrawn.
    pub fn start_picking(&mut self) -> bool {
        let purposes: Vec<(String, String, String)> = self
            .lead
            .consents
            .iter()
            .filter(|c| c.is_active())
            .map(|c| {
                (
                    c.purpose.clone(),
                    self.word(&c.purpose).to_owned(),
                    sanitize_line(&c.text).into_owned(),
                )
            })
            .collect();
        if purposes.is_empty() {
            return false;
        }
        self.picker = Some(Picker {
            purposes,
            selected: 0,
        });
        true
    }

    /// Whether the withdrawal picker is open.
    pub fn picking(&self) -> bool {
        self.picker.is_some()
    }

    /// Closes the withdrawal picker.
    pub fn stop_picking(&mut self) {
        self.picker = None;
    }

    /// The purpose highlighted in the picker.
    pub fn picked(&self) -> Option<&str> {
        let p = self.picker.as_ref()?;
        p.purposes.get(p.selected).map(|(id, _, _)| id.as_str())
    }

    /// The purpose highlighted in the picker with its wording, as the picker
    /// shows it (`events: Invite me …`): the withdrawal's confirmation names it.
    pub fn picked_line(&self) -> Option<String> {
        let p = self.picker.as_ref()?;
        p.purposes.get(p.selected).map(|(_, word, label)| {
            format!("{}{label}", crate::i18n::label(crate::i18n::staff(), word))
        })
    }

    /// Scrolls the details, or moves the picker's highlight.
    pub fn step(&mut self, step: Step) {
        if let Some(p) = &mut self.picker {
            let last = p.purposes.len().saturating_sub(1);
            p.selected = step.apply(p.selected, usize::MAX, last);
            return;
        }
        self.scroll.step(step);
    }

    /// What the last frame showed (see [`Viewport`]).
    pub fn laid_out(&mut self, viewport: Viewport) {
        self.scroll.laid_out(viewport);
    }

    /// Draws the details (and the picker over them) in `area`; returns their
    /// geometry (none when there is no room).
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) -> Option<Viewport> {
        if area.height < 2 || area.width < 4 {
            return None;
        }
        title_row(
            frame,
            Rect { height: 1, ..area },
            &self.title,
            &self.zone,
            theme,
        );
        let body = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
        let width = body.width - 1;
        let lines: Vec<Line> = self
            .lines
            .iter()
            .flat_map(|l| wrap_line(&l.line, width, l.indent))
            .collect();
        let max = (lines.len() as u16).saturating_sub(body.height);
        let scroll = self.scroll.pos().min(max);
        let visible: Vec<Line> = lines
            .into_iter()
            .skip(usize::from(scroll))
            .take(usize::from(body.height))
            .collect();
        frame.render_widget(Paragraph::new(visible), Rect { width, ..body });
        if max > 0 {
            let mut state = ScrollbarState::new(usize::from(max))
                .position(usize::from(scroll))
                .viewport_content_length(usize::from(body.height));
            frame.render_stateful_widget(
                Scrollbar::new(ScrollbarOrientation::VerticalRight),
                body,
                &mut state,
            );
        }
        if let Some(p) = &self.picker {
            render_picker(p, frame, body, theme);
        }
        Some(Viewport::Text {
            page: body.height,
            last: max,
        })
    }
}

/// A screen's title on the left, cut with "…" when it does not fit, and
/// `note` (the time zone) on the right when there is room for both.
pub fn title_row(frame: &mut Frame, area: Rect, title: &str, note: &str, theme: &Theme) {
    use unicode_width::UnicodeWidthStr;
    let width = usize::from(area.width);
    let note_w = note.width();
    let (title_room, note) = if note_w + 2 + 12 <= width {
        (width - note_w - 2, note)
    } else {
        (width, "")
    };
    let title = fit(title, title_room);
    let gap = width.saturating_sub(title.width() + note.width());
    let line = Line::from(vec![
        Span::styled(title.into_owned(), theme.heading),
        Span::raw(" ".repeat(gap)),
        Span::styled(note.to_owned(), theme.label),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

fn render_picker(p: &Picker, frame: &mut Frame, area: Rect, theme: &Theme) {
    let width = area.width.min(70);
    let inner = width.saturating_sub(4);
    let mut lines = Vec::new();
    for (i, (_, word, label)) in p.purposes.iter().enumerate() {
        // The chosen purpose is marked by ▶ as well as by colour (issue 18:
        // no information by colour alone; a monochrome terminal has none).
        let (style, mark) = if i == p.selected {
            (theme.selected, "▶ ")
        } else {
            (theme.text, "  ")
        };
        let text = format!(
            "{mark}{}{label}",
            crate::i18n::label(crate::i18n::staff(), word)
        );
        lines.extend(wrap_str(&text, style, inner, 4));
    }
    super::dialog::draw(frame, area, width, strings::withdraw_title(), lines, theme);
}
