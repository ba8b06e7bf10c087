//! The policy view: the whole privacy policy, scrollable, with its version, its
//! last-updated date and a QR code to its URL beside the text (or above it when
//! the screen is narrow).
//!
//! [`PolicyDoc`] is the policy made ready to show, once per booth (rendered
//! Markdown, title, QR matrix); [`PolicyView`] is the screen's state while it is
//! on show (the scroll position).

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::action::{Action, Step};
use super::keys::{Binding, KeyCombo};
use super::markdown::render_markdown;
use super::notice;
use super::qr_widget::QrWidget;
use super::strings::keys;
use super::theme::Theme;
use super::viewport::{Scroll, Viewport};
use super::wrap::{wrap_str, wrap_text};
use crate::config::Event;
use crate::i18n::{self, Language, msg};
use crate::qr::QrMatrix;
use crate::text::sanitize_line;

/// Narrowest the text column gets before the QR code moves above it.
const MIN_TEXT_WIDTH: u16 = 36;
/// Fewest text rows left under a QR code drawn above the text.
const MIN_TEXT_ROWS: u16 = 4;

/// The policy ready to show: the rendered text, the title and the QR code, made
/// once.
#[derive(Debug)]
pub struct PolicyDoc {
    text: Text<'static>,
    title: String,
    url: String,
    qr: Result<QrMatrix, String>,
    lang: Language,
}

/// The policy screen's state: where the reader is. A fresh one starts at the
/// top (each attendee starts reading from the beginning).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PolicyView {
    scroll: Scroll,
}

impl PolicyView {
    /// Keys of the policy view, every one named in `lang`: the attendee's at
    /// the kiosk, the staff language on the staff booth (as the form's hints).
    pub fn bindings(lang: Language) -> Vec<Binding> {
        use KeyCode::*;
        let mut b = super::keys::movement_in(i18n::text(lang, msg::HINT_SCROLL), lang);
        b.extend([
            Binding::new(KeyCombo::char(' '), Action::Move(Step::PageDown)),
            Binding::shown(
                KeyCombo::plain(Esc),
                Action::Back,
                keys::ESC,
                i18n::text(lang, msg::HINT_BACK),
            ),
            Binding::new(KeyCombo::plain(F(1)), Action::Back),
            Binding::new(KeyCombo::char('?'), Action::Back),
        ]);
        b
    }

    /// Scrolls by a line, a page, or to either end.
    pub fn step(&mut self, step: Step) {
        self.scroll.step(step);
    }

    /// The first text row shown.
    pub fn scroll(&self) -> u16 {
        self.scroll.pos()
    }

    /// What the last frame showed (see [`Viewport`]).
    pub fn laid_out(&mut self, viewport: Viewport) {
        self.scroll.laid_out(viewport);
    }
}

impl PolicyDoc {
    /// Renders `event`'s policy (Markdown to styled text, URL to a QR matrix)
    /// once, with the layered notice in full above it.
    /// The notice and the screen's own words are in `lang`.
    pub fn new(event: &Event, theme: &Theme, lang: Language) -> Self {
        // The policy document in the attendee's language, when the event
        // gives one (`[translation.<code>.policy] file`).
        let policy = event.policy_in(lang);
        let mut text = Text::default();
        text.lines.push(Line::styled(
            i18n::text(lang, msg::NOTICE_HEADING),
            theme.heading,
        ));
        for (label, value) in notice::items(event, lang) {
            text.lines.push(Line::from(vec![
                Span::styled(i18n::label(lang, label), theme.label),
                Span::styled(sanitize_line(&value).into_owned(), theme.text),
            ]));
        }
        text.lines.push(Line::raw(""));
        text.lines.extend(render_markdown(&policy.text).lines);
        PolicyDoc {
            text,
            title: title(
                lang,
                policy.short_version(),
                policy.last_updated_iso().as_deref(),
            ),
            url: sanitize_line(event.policy_url(lang)).into_owned(),
            qr: QrMatrix::encode(event.policy_url(lang)).map_err(|e| e.to_string()),
            lang,
        }
    }

    /// Draws the policy in `area`, scrolled as `view` asks; returns the text's
    /// geometry for `view` (none when there is no room for text).
    pub fn render(
        &self,
        frame: &mut Frame,
        area: Rect,
        theme: &Theme,
        view: &PolicyView,
    ) -> Option<Viewport> {
        let qr = self.qr.as_ref().ok().map(QrWidget::new);
        let (qw, qh) = qr.as_ref().map_or((0, 0), QrWidget::size);
        let column_h = qh + self.caption(qw, theme).len() as u16;

        let (text_area, qr_area) = if qr.is_some()
            && area.width >= qw + 2 + MIN_TEXT_WIDTH
            && area.height >= qh
        {
            // Beside: QR at the top right, the text and its title on the left.
            let qr_area = Rect::new(area.right() - qw, area.y, qw, area.height);
            let text_area = Rect::new(area.x, area.y, area.width - qw - 2, area.height);
            (text_area, Some(qr_area))
        } else if qr.is_some() && area.width >= qw && area.height >= column_h + 1 + MIN_TEXT_ROWS {
            // Above: centred, the text below.
            let x = area.x + (area.width - qw) / 2;
            let qr_area = Rect::new(x, area.y, qw, column_h);
            let text_area = Rect::new(
                area.x,
                area.y + column_h,
                area.width,
                area.height - column_h,
            );
            (text_area, Some(qr_area))
        } else {
            (area, None)
        };

        let title = wrap_str(&self.title, theme.heading, text_area.width, 2);
        let title_h = (title.len() as u16).min(text_area.height);
        frame.render_widget(
            Paragraph::new(title),
            Rect {
                height: title_h,
                ..text_area
            },
        );
        let mut body = Rect::new(
            text_area.x,
            text_area.y + title_h,
            text_area.width,
            text_area.height - title_h,
        );
        match (qr_area, &qr) {
            (Some(qa), Some(widget)) => {
                frame.render_widget(widget, Rect::new(qa.x, qa.y, qw, qh.min(qa.height)));
                let cap = Rect::new(qa.x, qa.y + qh, qa.width, qa.height.saturating_sub(qh));
                frame.render_widget(Paragraph::new(self.caption(qw, theme)), cap);
            }
            _ => {
                // No room for a readable code (or no code): say so above the text.
                let note = match &self.qr {
                    Ok(_) => i18n::text(self.lang, msg::QR_TOO_SMALL).to_owned(),
                    Err(e) => i18n::format(self.lang, msg::QR_FAILED, [("error", i18n::arg(e))]),
                };
                let mut lines = wrap_str(&note, theme.warning, body.width, 2);
                lines.extend(wrap_str(&self.url, theme.text, body.width, 0));
                let h = (lines.len() as u16).min(body.height / 2);
                frame.render_widget(
                    Paragraph::new(lines),
                    Rect::new(body.x, body.y, body.width, h),
                );
                body = Rect::new(body.x, body.y + h, body.width, body.height - h);
            }
        }
        let qr_shown = matches!((qr_area, &qr), (Some(qa), Some(w)) if qa.height >= qh && w.fits(Rect::new(qa.x, qa.y, qw, qh)));
        self.render_text(frame, body, view.scroll())
            .map(|v| match v {
                Viewport::Text { page, last } => Viewport::PolicyText {
                    page,
                    last,
                    qr: qr_shown,
                },
                other => other,
            })
    }

    /// "Scan ..." and the URL, wrapped to the code's width.
    fn caption(&self, width: u16, theme: &Theme) -> Vec<Line<'static>> {
        let mut lines = wrap_str(i18n::text(self.lang, msg::QR_CAPTION), theme.text, width, 0);
        lines.extend(wrap_str(&self.url, theme.heading, width, 0));
        for l in &mut lines {
            l.alignment = Some(Alignment::Center);
        }
        lines
    }

    fn render_text(&self, frame: &mut Frame, area: Rect, scroll: u16) -> Option<Viewport> {
        if area.width < 2 || area.height == 0 {
            return None;
        }
        let lines = wrap_text(&self.text, area.width - 1);
        let max = (lines.len() as u16).saturating_sub(area.height);
        let scroll = scroll.min(max);
        let visible: Vec<Line> = lines
            .into_iter()
            .skip(usize::from(scroll))
            .take(usize::from(area.height))
            .collect();
        frame.render_widget(
            Paragraph::new(visible),
            Rect {
                width: area.width - 1,
                ..area
            },
        );
        if max > 0 {
            let mut state = ScrollbarState::new(usize::from(max))
                .position(usize::from(scroll))
                .viewport_content_length(usize::from(area.height));
            frame.render_stateful_widget(
                Scrollbar::new(ScrollbarOrientation::VerticalRight),
                area,
                &mut state,
            );
        }
        Some(Viewport::Text {
            page: area.height,
            last: max,
        })
    }
}

/// "Privacy policy · version 3 · last updated 2026-11-01", in `lang`.
fn title(lang: Language, version: &str, last_updated: Option<&str>) -> String {
    match last_updated {
        Some(date) => i18n::format(
            lang,
            msg::POLICY_TITLE_UPDATED,
            [("version", i18n::arg(version)), ("date", i18n::arg(date))],
        ),
        None => i18n::format(lang, msg::POLICY_TITLE, [("version", i18n::arg(version))]),
    }
}
