//! Drawing the capture form. The form is usually taller than the screen, so it is
//! laid out as rows of known height, drawn on an off-screen canvas, and the window
//! that holds the focused field is copied to the frame.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Widget};
use tui_input::Input;
use unicode_width::UnicodeWidthStr;

use super::{AnswerState, ContactField, Focus, FormState};
use crate::config::Event;
use crate::i18n::msg;
use crate::lead::Rating;
use crate::text::sanitize_line;
use crate::tui::mode::BoothMode;
use crate::tui::strings;
use crate::tui::viewport::Viewport;
use crate::tui::wrap::{wrap_line, wrap_str};

/// Widest the form grows; wider screens keep it readable.
const MAX_WIDTH: u16 = 110;
/// Columns of the focus marker.
const GUTTER: u16 = 2;
/// Where inputs, choices and messages start.
const FIELD_X: u16 = 14;
/// Widest single-line input.
const MAX_INPUT: u16 = 60;
/// Height of the notes box, borders included.
const NOTES_HEIGHT: u16 = 6;

/// One thing drawn on a form row.
enum Part<'a> {
    Text(u16, Line<'static>),
    Input {
        x: u16,
        width: u16,
        input: &'a Input,
        placeholder: &'static str,
        focused: bool,
    },
    Notes(u16, u16),
}

impl Part<'_> {
    fn height(&self) -> u16 {
        match self {
            Part::Notes(..) => NOTES_HEIGHT,
            _ => 1,
        }
    }
}

/// A focus stop (or heading) and the rows it takes.
struct Item<'a> {
    focus: Option<Focus>,
    rows: Vec<Vec<Part<'a>>>,
}

impl Item<'_> {
    fn height(&self) -> u16 {
        self.rows
            .iter()
            .map(|r| r.iter().map(Part::height).max().unwrap_or(1))
            .sum()
    }
}

/// The capture form, drawn from its state and the event's questions and purposes.
pub struct FormView<'a> {
    /// The form.
    pub form: &'a FormState,
    /// The event (labels and choices).
    pub event: &'a Event,
}

impl<'a> FormView<'a> {
    /// Draws the form in `area`, scrolled so the focused field shows, and puts the
    /// terminal cursor in the focused single-line field. Returns where it
    /// scrolled to, for the form's state (none when there is no room).
    pub fn render(&self, frame: &mut Frame, area: Rect) -> Option<Viewport> {
        if area.width <= FIELD_X + 2 || area.height == 0 {
            return None;
        }
        let width = (area.width - 1).min(MAX_WIDTH);
        let items = self.items(width);
        let mut tops = Vec::with_capacity(items.len());
        let mut total = 0u16;
        for item in &items {
            tops.push(total);
            total = total.saturating_add(item.height());
        }

        let focus = self.form.focus();
        let height = area.height;
        let mut scroll = self.form.scroll().min(total.saturating_sub(height));
        if let Some(i) = items.iter().position(|it| it.focus == Some(focus)) {
            // The heading before a section's first field belongs to that field.
            let top = if i > 0 && items[i - 1].focus.is_none() {
                tops[i - 1]
            } else {
                tops[i]
            };
            let bottom = tops[i] + items[i].height();
            // What must show: the field with its heading when both fit; else
            // the field at the bottom under as much of the heading as fits
            // (a long notice in German at 80x24 is taller than the screen, and
            // a focused checkbox below the screen would be ticked unseen);
            // else the field's first rows.
            let (lo, hi) = if bottom - top <= height {
                (top, bottom)
            } else if bottom - tops[i] <= height {
                (bottom - height, bottom)
            } else {
                (tops[i], tops[i] + height)
            };
            if lo < scroll {
                scroll = lo;
            } else if hi > scroll + height {
                scroll = hi - height;
            }
        }

        let mut canvas = Buffer::empty(Rect::new(0, 0, width, total.max(1)));
        let mut cursor = None;
        for (item, &top) in items.iter().zip(&tops) {
            let mut y = top;
            for row in &item.rows {
                for part in row {
                    if let Some(c) = self.draw_part(part, y, width, &mut canvas) {
                        cursor = Some(c);
                    }
                }
                y += row.iter().map(Part::height).max().unwrap_or(1);
            }
        }

        let buf = frame.buffer_mut();
        for y in 0..height.min(total - scroll) {
            for x in 0..width {
                buf[(area.x + x, area.y + y)] = canvas[(x, y + scroll)].clone();
            }
        }
        if total > height {
            let mut state = ScrollbarState::new(usize::from(total - height))
                .position(usize::from(scroll))
                .viewport_content_length(usize::from(height));
            frame.render_stateful_widget(
                Scrollbar::new(ScrollbarOrientation::VerticalRight).style(self.theme().text),
                Rect {
                    width: width + 1,
                    ..area
                },
                &mut state,
            );
        }
        if let Some((x, y)) = cursor
            && y >= scroll
            && y < scroll + height
        {
            frame.set_cursor_position((area.x + x, area.y + y - scroll));
        }
        Some(Viewport::Form { scroll })
    }

    /// Draws one part on the canvas; returns the cursor position for the focused input.
    fn draw_part(
        &self,
        part: &Part<'_>,
        y: u16,
        width: u16,
        canvas: &mut Buffer,
    ) -> Option<(u16, u16)> {
        let theme = self.form.theme();
        match part {
            Part::Text(x, line) => {
                line.render(Rect::new(*x, y, width.saturating_sub(*x), 1), canvas);
                None
            }
            Part::Input {
                x,
                width: w,
                input,
                placeholder,
                focused,
            } => {
                let rect = Rect::new(*x, y, *w, 1);
                canvas.set_style(rect, theme.input);
                let value = sanitize_line(input.value());
                if value.is_empty() {
                    Paragraph::new(*placeholder)
                        .style(theme.input.patch(theme.placeholder))
                        .render(rect, canvas);
                } else if *focused {
                    let scroll = input.visual_scroll(usize::from(*w).saturating_sub(1));
                    Paragraph::new(value.as_ref())
                        .style(theme.input)
                        .scroll((0, u16::try_from(scroll).unwrap_or(u16::MAX)))
                        .render(rect, canvas);
                } else {
                    // Not being typed in: its start, and "…" where it goes on
                    // (a long company read from a badge showed only its end).
                    let shown = crate::tui::wrap::fit(&value, usize::from(*w));
                    Paragraph::new(shown.as_ref())
                        .style(theme.input)
                        .render(rect, canvas);
                }
                focused.then(|| {
                    let scroll = input.visual_scroll(usize::from(*w).saturating_sub(1));
                    let col = input.visual_cursor().saturating_sub(scroll);
                    (x + u16::try_from(col).unwrap_or(0).min(w - 1), y)
                })
            }
            Part::Notes(x, w) => {
                self.form
                    .notes()
                    .render(Rect::new(*x, y, *w, NOTES_HEIGHT), canvas);
                None
            }
        }
    }

    fn items(&self, width: u16) -> Vec<Item<'a>> {
        let form = self.form;
        let mut items = Vec::new();
        for f in ContactField::ALL {
            items.push(self.contact_item(f, width));
        }
        let lang = self.form.language();
        for i in 0..self.event.questions.len() {
            if i == 0 {
                let heading = self.with_jump(
                    self.t(msg::QUESTIONS_HEADING),
                    strings::keys::JUMP_QUESTIONS,
                );
                items.push(self.heading(&heading, width));
            }
            let label = self.event.question_label(i, lang);
            let choices = self.event.question_choices(i, lang);
            items.push(self.question_item(i, label, choices, width));
        }
        for i in 0..self.event.purposes.len() {
            if i == 0 {
                let heading = match self.form.mode {
                    BoothMode::Staff => self.t(msg::CONSENT_HEADING),
                    BoothMode::Kiosk => self.t(msg::CONSENT_HEADING_KIOSK),
                };
                let heading = self.with_jump(heading, strings::keys::JUMP_CONSENTS);
                items.push(self.notice_and_heading(&heading, width));
            }
            items.push(self.consent_item(i, width));
        }
        if form.shape().staff_fields {
            let heading = self.with_jump(strings::staff_heading(), strings::jump_staff());
            items.push(self.heading(&heading, width));
            items.push(self.rating_item(width));
            items.push(self.notes_item(width));
        }
        items
    }

    /// A message in the attendee's language.
    fn t(&self, id: crate::i18n::Msg) -> &'static str {
        crate::i18n::text(self.form.language(), id)
    }

    fn theme(&self) -> &crate::tui::theme::Theme {
        self.form.theme()
    }

    /// A blank line and a heading; not a focus stop.
    /// A heading with its jump key after it, on the staff form (an attendee
    /// at the kiosk has no use for them).
    fn with_jump(&self, heading: &str, key: &str) -> String {
        match self.form.mode {
            BoothMode::Staff => strings::heading_with_jump(heading, key),
            BoothMode::Kiosk => heading.to_owned(),
        }
    }

    fn heading(&self, text: &str, width: u16) -> Item<'a> {
        let mut rows = vec![vec![]];
        for line in wrap_str(text, self.theme().heading, width, 0) {
            rows.push(vec![Part::Text(0, line)]);
        }
        Item { focus: None, rows }
    }

    /// The layered notice, then the consent heading: one item, so whenever the
    /// first checkbox is on screen the notice above it is too (a scan leaves
    /// focus there).
    fn notice_and_heading(&self, heading: &str, width: u16) -> Item<'a> {
        let theme = self.theme();
        let mut rows = vec![vec![]];
        for line in wrap_str(self.t(msg::NOTICE_HEADING), theme.heading, width, 0) {
            rows.push(vec![Part::Text(0, line)]);
        }
        for line in crate::tui::notice::lines(
            self.event,
            self.form.language(),
            theme,
            // One blank column before the scrollbar, as the purposes' text
            // keeps: a word against the bar reads as part of it ("their█").
            width.saturating_sub(GUTTER + 1),
            2,
        ) {
            rows.push(vec![Part::Text(GUTTER, line)]);
        }
        rows.extend(self.heading(heading, width).rows);
        Item { focus: None, rows }
    }

    /// The focus marker and a label, as the start of a row.
    fn label(&self, focus: Focus, text: &str) -> Line<'static> {
        let focused = self.form.focus() == focus;
        let theme = self.theme();
        let (marker, style) = if focused {
            ("▶ ", theme.focus)
        } else {
            ("  ", theme.label)
        };
        Line::from(vec![
            Span::styled(marker, theme.focus),
            Span::styled(sanitize_line(text).into_owned(), style),
        ])
    }

    /// The message beside a field that broke a rule, wrapped under it at `x`.
    /// A check said before the save (a number kept as typed) shows in the
    /// warning style when no rule is broken.
    fn error_rows(&self, focus: Focus, x: u16, width: u16, rows: &mut Vec<Vec<Part<'a>>>) {
        let (message, style) = match (self.form.error(focus), self.form.warning(focus)) {
            (Some(m), _) => (m, self.theme().error),
            (None, Some(m)) => (m, self.theme().warning),
            (None, None) => return,
        };
        let text = format!("↑ {}", sanitize_line(message));
        for line in wrap_str(&text, style, width.saturating_sub(x), 2) {
            rows.push(vec![Part::Text(x, line)]);
        }
    }

    fn input_part(
        &self,
        focus: Focus,
        input: &'a Input,
        placeholder: &'static str,
        width: u16,
    ) -> Part<'a> {
        Part::Input {
            x: FIELD_X,
            width: self.input_width(width),
            input,
            placeholder,
            focused: self.form.focus() == focus,
        }
    }

    fn input_width(&self, width: u16) -> u16 {
        // The marker whole, in whichever language it is in (issue 18, finding
        // 15: `◆ Ausweis` was cut at 80 columns), and a space before it.
        let tag = if self.form.scanned() {
            u16::try_from(strings::from_badge(self.form.marks_language()).width()).unwrap_or(0) + 1
        } else {
            0
        };
        width.saturating_sub(FIELD_X + tag).clamp(1, MAX_INPUT)
    }

    fn contact_item(&self, f: ContactField, width: u16) -> Item<'a> {
        let focus = Focus::Contact(f);
        let placeholder = if f == ContactField::Country {
            self.t(msg::COUNTRY_HINT)
        } else {
            ""
        };
        let mut rows = vec![vec![
            Part::Text(0, self.label(focus, f.label(self.form.language()))),
            self.input_part(focus, self.form.contact(f), placeholder, width),
        ]];
        if self.form.from_badge(f) {
            let mark = strings::from_badge(self.form.marks_language());
            let tag = Line::styled(mark, self.theme().ok);
            rows[0].push(Part::Text(FIELD_X + self.input_width(width) + 1, tag));
        }
        self.error_rows(focus, FIELD_X, width, &mut rows);
        Item {
            focus: Some(focus),
            rows,
        }
    }

    fn question_item(&self, i: usize, label: &str, choices: &[String], width: u16) -> Item<'a> {
        let focus = Focus::Question(i);
        let focused = self.form.focus() == focus;
        let theme = self.theme();
        let mut rows: Vec<Vec<Part<'a>>> = wrap_line(&self.label(focus, label), width, GUTTER)
            .into_iter()
            .map(|l| vec![Part::Text(0, l)])
            .collect();
        let field_width = width.saturating_sub(FIELD_X);
        match self.form.answer(i) {
            AnswerState::Text(input) => {
                // Empty, it says that it takes typing: a question that is not a
                // choice looked like a heading with nothing to do.
                let hint = self.t(msg::TEXT_ANSWER_HINT);
                rows.push(vec![self.input_part(focus, input, hint, width)]);
            }
            AnswerState::Single(selected) => {
                let options = choices.iter().enumerate().map(|(k, c)| {
                    let chosen = *selected == Some(k);
                    let style = if chosen && focused {
                        theme.choice_cursor
                    } else {
                        theme.text
                    };
                    (radio(chosen, c), style)
                });
                for line in pack(options, field_width) {
                    rows.push(vec![Part::Text(FIELD_X, line)]);
                }
            }
            AnswerState::Multiple { ticked, cursor } => {
                for (k, c) in choices.iter().enumerate() {
                    let style = if focused && *cursor == k {
                        theme.choice_cursor
                    } else {
                        theme.text
                    };
                    let text = format!("{} {}", checkbox(ticked[k]), sanitize_line(c));
                    for line in wrap_str(&text, style, field_width, 4) {
                        rows.push(vec![Part::Text(FIELD_X, line)]);
                    }
                }
            }
        }
        self.error_rows(focus, FIELD_X, width, &mut rows);
        Item {
            focus: Some(focus),
            rows,
        }
    }

    fn consent_item(&self, i: usize, width: u16) -> Item<'a> {
        let focus = Focus::Consent(i);
        let focused = self.form.focus() == focus;
        let theme = self.theme();
        let purpose = &self.event.purposes[i];
        let mut spans = vec![
            Span::styled(if focused { "▶ " } else { "  " }, theme.focus),
            Span::styled(
                checkbox(self.form.consent(i)),
                if focused {
                    theme.choice_cursor
                } else {
                    theme.text
                },
            ),
            Span::raw(" "),
            Span::styled(
                sanitize_line(self.event.purpose_label(i, self.form.language()).text).into_owned(),
                if focused { theme.focus } else { theme.text },
            ),
        ];
        if purpose.required {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(self.t(msg::REQUIRED), theme.required));
        }
        let mut rows: Vec<Vec<Part<'a>>> = wrap_line(&Line::from(spans), width, GUTTER + 4)
            .into_iter()
            .map(|l| vec![Part::Text(0, l)])
            .collect();
        self.error_rows(focus, GUTTER + 4, width, &mut rows);
        Item {
            focus: Some(focus),
            rows,
        }
    }

    fn rating_item(&self, width: u16) -> Item<'a> {
        let focus = Focus::Rating;
        let focused = self.form.focus() == focus;
        let theme = self.theme();
        let selected = self
            .form
            .rating()
            .and_then(|r| Rating::ALL.iter().position(|x| *x == r))
            .map_or(0, |k| k + 1);
        let options = strings::rating_choices()
            .into_iter()
            .enumerate()
            .map(|(k, c)| {
                let style = if k == selected && focused {
                    theme.choice_cursor
                } else {
                    theme.text
                };
                (radio(k == selected, c), style)
            });
        let mut lines = pack(options, width.saturating_sub(FIELD_X)).into_iter();
        let mut rows = vec![vec![
            Part::Text(0, self.label(focus, strings::rating())),
            Part::Text(FIELD_X, lines.next().unwrap_or_default()),
        ]];
        rows.extend(lines.map(|l| vec![Part::Text(FIELD_X, l)]));
        self.error_rows(focus, FIELD_X, width, &mut rows);
        Item {
            focus: Some(focus),
            rows,
        }
    }

    fn notes_item(&self, width: u16) -> Item<'a> {
        let focus = Focus::Notes;
        let mut rows = vec![
            vec![Part::Text(0, self.label(focus, strings::notes()))],
            vec![Part::Notes(GUTTER, width.saturating_sub(GUTTER))],
        ];
        self.error_rows(focus, FIELD_X, width, &mut rows);
        Item {
            focus: Some(focus),
            rows,
        }
    }
}

fn checkbox(ticked: bool) -> &'static str {
    if ticked { "[x]" } else { "[ ]" }
}

fn radio(chosen: bool, label: &str) -> String {
    let mark = if chosen { "(•)" } else { "( )" };
    format!("{mark} {}", sanitize_line(label))
}

/// Lays out choices left to right, two spaces apart, starting a new line when the
/// next one does not fit (one wider than a line is wrapped on its own).
fn pack(options: impl Iterator<Item = (String, Style)>, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut used = 0usize;
    for (text, style) in options {
        let w = text.width();
        let sep = if cur.is_empty() { 0 } else { 2 };
        if used + sep + w > width && !cur.is_empty() {
            lines.push(Line::from(std::mem::take(&mut cur)));
            used = 0;
        }
        if w > width {
            let mut wrapped = wrap_str(&text, style, width as u16, 4);
            let last = wrapped.pop().unwrap_or_default();
            lines.extend(wrapped);
            used = last.width();
            cur = last.spans;
            continue;
        }
        if !cur.is_empty() {
            cur.push(Span::raw("  "));
            used += 2;
        }
        cur.push(Span::styled(text, style));
        used += w;
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(Line::from(cur));
    }
    lines
}
