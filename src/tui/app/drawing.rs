//! Drawing the booth: the status line, the screen on show, the message line,
//! the hint bar and the open dialog, all read from the [`App`]'s state. Drawing
//! writes nothing: what a frame learns about a scrolled view goes back through
//! [`App::laid_out`].

use ratatui::backend::Backend;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::{Frame, Terminal};

use super::{App, MIN_HEIGHT, MIN_WIDTH, MessageKind, Screen};
use crate::i18n::{self, msg};
use crate::text::sanitize_line;
use crate::tui::attract::Attract;
use crate::tui::confirm::Confirm;
use crate::tui::form::view::FormView;
use crate::tui::keys::{self, HintBar};
use crate::tui::modal::Modal;
use crate::tui::strings;
use crate::tui::viewport::Viewport;
use crate::tui::wrap::wrap_str;

/// Most rows the message line grows to for a long message (at 80x24 the
/// screen keeps 18 rows).
const MAX_MESSAGE_LINES: usize = 3;

impl App {
    /// Draws a frame on `terminal` and hands what it found back to the screen's
    /// state: the loop's (and the tests') way to draw.
    ///
    /// Errors: the terminal cannot be written.
    pub fn draw_on<B: Backend>(&mut self, terminal: &mut Terminal<B>) -> Result<(), B::Error> {
        let mut seen = None;
        terminal.draw(|frame| seen = self.draw(frame))?;
        if let Some(viewport) = seen {
            self.laid_out(viewport);
        }
        Ok(())
    }

    /// What the last frame found out about the view on show (page height, end of
    /// the text, the table's scroll): the next movement steps by it.
    pub fn laid_out(&mut self, viewport: Viewport) {
        if let Viewport::QrShown { shown } = viewport {
            match &self.screen {
                Screen::Attract => self.attract_qr_shown = shown,
                _ if shown => self.form.note_qr_shown(),
                _ => {}
            }
            return;
        }
        if let Viewport::PolicyText { page, last, qr } = viewport {
            if qr {
                self.form.note_qr_shown();
            }
            if let Screen::Policy(p) = &mut self.screen {
                p.laid_out(Viewport::Text { page, last });
            }
            return;
        }
        match &mut self.screen {
            Screen::Form => self.form.laid_out(viewport),
            Screen::Policy(p) => p.laid_out(viewport),
            Screen::Leads(l) => l.laid_out(viewport),
            Screen::PickStaff(_)
            | Screen::Attract
            | Screen::ThankYou
            | Screen::Export(_)
            | Screen::Stats(_)
            | Screen::ScannerCheck(_) => {}
        }
    }

    /// The hint bar's hints: the keys of the screen on show, or the one
    /// answer to "Still there?".
    fn hints(&self) -> Vec<keys::Hint> {
        if self.idle_warning().is_some() {
            vec![keys::Hint {
                key: self.attendee_text(msg::KEY_ANY),
                desc: self.attendee_text(msg::HINT_STILL_HERE),
                keep: true,
            }]
        } else {
            keys::hints(&self.bindings())
        }
    }

    /// Draws the whole screen from state; returns the geometry of a scrolled
    /// view for [`App::laid_out`] (drawing itself writes no state).
    #[must_use = "hand the viewport back with App::laid_out, or draw with App::draw_on"]
    pub fn draw(&self, frame: &mut Frame) -> Option<Viewport> {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            frame.render_widget(
                Paragraph::new(strings::too_small()).wrap(Wrap { trim: true }),
                area,
            );
            return None;
        }
        if let Some(r) = &self.receipt
            && self.modal().is_none()
            && matches!(self.screen, Screen::Form | Screen::ThankYou)
        {
            let (heading, hint) = if self.kiosk.is_some() {
                let lang = self.attendee_lang;
                (
                    i18n::text(lang, msg::THANK_YOU).to_owned(),
                    i18n::text(lang, msg::RECEIPT_DONE),
                )
            } else {
                let heading = self
                    .receipt_heading
                    .clone()
                    .unwrap_or_else(|| strings::saved(self.lead_count));
                (heading, strings::receipt_next())
            };
            r.render(frame, area, &self.theme, &heading, hint);
            return None;
        }
        let hints = self.hints();
        // The capture form names every key it takes, over two rows when one
        // is too narrow (issue 18: F1 and F4 in German at 80 columns); the
        // other screens keep one row, their own keys shortened to fit.
        let bar_rows = if matches!(self.screen, Screen::Form) {
            keys::hint_rows(&hints, usize::from(area.width)).len()
        } else {
            1
        };
        let message_lines = self.message_lines(area.width);
        let [top, body, message, hint_bar] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(u16::try_from(message_lines.len()).unwrap_or(1).max(1)),
            Constraint::Length(bar_rows.clamp(1, 3) as u16),
        ])
        .areas(area);
        self.draw_status_line(frame, top);
        let body = Rect {
            x: body.x + 1,
            width: body.width - 1,
            ..body
        };
        let viewport = match &self.screen {
            Screen::PickStaff(p) => {
                p.render(frame, body, &self.theme);
                None
            }
            Screen::Form => FormView {
                form: &self.form,
                event: &self.event,
            }
            .render(frame, body),
            Screen::Policy(p) => self.policy_doc().render(frame, body, &self.theme, p),
            Screen::Leads(l) => l.render(frame, body, &self.theme),
            Screen::Attract => {
                Some(
                    self.attract
                        .render(frame, body, &self.theme, self.attendee_lang),
                )
            }
            Screen::ThankYou => {
                Attract::render_thanks(frame, body, &self.theme, self.attendee_lang);
                None
            }
            Screen::ScannerCheck(c) => {
                c.render(frame, body, &self.theme);
                None
            }
            Screen::Export(e) => {
                e.render(frame, body, &self.theme);
                None
            }
            Screen::Stats(st) => {
                st.render(frame, body, &self.theme);
                None
            }
        };
        if matches!(self.screen, Screen::Form) && self.scan.capturing() {
            let text = if self.scan.armed() {
                strings::scan_armed(self.scan_language())
            } else {
                strings::scan_reading(self.scan_language())
            };
            frame.render_widget(
                Paragraph::new(Line::styled(format!(" {text}"), self.theme.warning)),
                message,
            );
        } else if !message_lines.is_empty() {
            frame.render_widget(Paragraph::new(message_lines), message);
        }
        let warning = self.idle_warning();
        frame.render_widget(
            HintBar {
                hints: &hints,
                theme: &self.theme,
            },
            hint_bar,
        );
        if let Some(modal) = self.modal() {
            let about = match modal {
                Modal::Confirm(Confirm::WithdrawConsent) => self
                    .screen
                    .leads()
                    .and_then(|l| l.detail())
                    .and_then(|d| d.picked_line()),
                _ => None,
            };
            match (modal, about) {
                (Modal::Confirm(c), Some(about)) => {
                    c.render_about(frame, body, &self.theme, Some(&about));
                }
                (modal, _) => modal.render(frame, body, &self.theme),
            }
        }
        if let Some(left) = warning {
            self.draw_idle_warning(frame, body, left);
        }
        viewport
    }

    /// Kiosk: "Still there?" over everything, with the seconds left before the
    /// session is wiped.
    fn draw_idle_warning(&self, frame: &mut Frame, area: Rect, left: std::time::Duration) {
        // Rounded up: "1 second" shows until the very end, never "0".
        let secs = left.as_secs() + u64::from(left.subsec_nanos() > 0);
        let width = area.width.min(56);
        let inner = width.saturating_sub(4);
        let lang = self.attendee_language();
        let text = i18n::format(lang, msg::STILL_THERE, [("secs", i18n::num(secs))]);
        let mut lines = wrap_str(&text, self.theme.text, inner, 0);
        lines.push(Line::raw(""));
        lines.extend(wrap_str(
            i18n::text(lang, msg::STILL_THERE_KEY),
            self.theme.focus,
            inner,
            0,
        ));
        crate::tui::dialog::draw(
            frame,
            area,
            width,
            i18n::text(lang, msg::STILL_THERE_TITLE),
            lines,
            &self.theme,
        );
    }

    /// The message line's text wrapped to `width` columns: each of its lines
    /// (a message may hold several, e.g. an error with its cause) wrapped at
    /// spaces, on at most [`MAX_MESSAGE_LINES`] rows; only a message that still
    /// does not fit ends in "…". Empty while a scan is being read (that line
    /// says so) or when there is no message.
    fn message_lines(&self, width: u16) -> Vec<Line<'static>> {
        let Some(m) = &self.message else {
            return Vec::new();
        };
        if matches!(self.screen, Screen::Form) && self.scan.capturing() {
            return Vec::new();
        }
        let style = match m.kind {
            MessageKind::Info => self.theme.ok,
            MessageKind::Warning => self.theme.warning,
            MessageKind::Error => self.theme.error,
        };
        // One column of margin on the left, as the status line has.
        let inner = width.saturating_sub(2).max(1);
        let mut lines: Vec<Line<'static>> = m
            .text
            .split('\n')
            .map(str::trim_end)
            .filter(|l| !l.is_empty())
            .flat_map(|l| wrap_str(l, style, inner, 0))
            .collect();
        if lines.len() > MAX_MESSAGE_LINES {
            lines.truncate(MAX_MESSAGE_LINES);
            if let Some(last) = lines.last_mut() {
                let text: String = last.spans.iter().map(|s| s.content.as_ref()).collect();
                // `fit` cuts a full last row to make room for the "…".
                *last = Line::styled(
                    crate::tui::wrap::fit(&format!("{text}…"), usize::from(inner)).into_owned(),
                    style,
                );
            }
        }
        lines
            .into_iter()
            .map(|l| {
                let mut spans = vec![Span::styled(" ", style)];
                spans.extend(l.spans);
                Line::from(spans)
            })
            .collect()
    }

    fn draw_status_line(&self, frame: &mut Frame, area: Rect) {
        let mut spans = vec![Span::raw(format!(" {}", sanitize_line(&self.event.name)))];
        if self.kiosk.is_some() {
            // The staff picker (and the lead list behind the PIN) is the
            // staff's screen: its title bar speaks the staff language.
            let words = if self.screen.is_attendees() {
                self.attendee_text(msg::SELF_SERVICE)
            } else {
                crate::i18n::staff_text(msg::SELF_SERVICE)
            };
            spans.push(Span::raw(format!("  │  {words}")));
        } else if !self.staff.is_empty() {
            // `Équipe : Sam` in French, which spaces its colon.
            spans.push(Span::raw(format!(
                "  │  {}{}",
                crate::i18n::label(crate::i18n::staff(), strings::staff()),
                sanitize_line(&self.staff)
            )));
        }
        // How many people the booth captured is the staff's business: an
        // attendee at the kiosk never reads it (the staff's lead list, behind
        // the PIN, has its own count).
        if self.kiosk.is_none() {
            spans.push(Span::raw(format!(
                "  │  {}",
                strings::lead_count(self.lead_count)
            )));
        }
        frame.render_widget(
            Paragraph::new(Line::from(spans)).style(self.theme.status_bar),
            area,
        );
    }
}
