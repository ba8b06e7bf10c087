//! The kiosk's attract screen (what a passer-by sees: the event, how to start, the
//! policy's QR code) and its thank-you screen after a save. Neither ever shows
//! anything an attendee typed.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::action::Action;
use super::keys::{Binding, KeyCombo};
use super::qr_widget::QrWidget;
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::viewport::Viewport;
use super::wrap::wrap_str;
use crate::config::Event;
use crate::qr::QrMatrix;
use crate::text::sanitize_line;

/// Narrowest the text column gets before the QR code moves under the text.
const MIN_TEXT_WIDTH: u16 = 30;

/// The attract screen: made once from the event.
#[derive(Debug)]
pub struct Attract {
    name: String,
    url: String,
    qr: Result<QrMatrix, String>,
}

impl Attract {
    /// The attract screen of `event`.
    pub fn new(event: &Event) -> Self {
        Attract {
            name: sanitize_line(&event.name).into_owned(),
            url: sanitize_line(&event.policy.url).into_owned(),
            qr: QrMatrix::encode(&event.policy.url).map_err(|e| e.to_string()),
        }
    }

    /// Keys of the attract screen that do something other than start: any key
    /// not listed starts the form.
    pub fn bindings() -> Vec<Binding> {
        vec![
            Binding::shown(
                KeyCombo::plain(KeyCode::Enter),
                Action::Start,
                keys::ENTER,
                hints::START,
            ),
            Binding::shown(
                KeyCombo::plain(KeyCode::F(1)),
                Action::OpenPolicy,
                keys::F1,
                hints::POLICY,
            ),
        ]
    }

    /// Keys of the thank-you screen: any key goes back to the start.
    pub fn thanks_bindings() -> Vec<Binding> {
        vec![Binding::shown(
            KeyCombo::plain(KeyCode::Enter),
            Action::Finish,
            keys::ANY_KEY,
            hints::CONTINUE,
        )]
    }

    /// Draws the attract screen in `area`: the text on the left, the QR code on
    /// the right (or under the text when narrow; a note when there is no room).
    /// Returns whether the QR code was drawn whole.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) -> Viewport {
        let qr = self.qr.as_ref().ok().map(QrWidget::new);
        let (qw, qh) = qr.as_ref().map_or((0, 0), QrWidget::size);
        let beside = qr.is_some() && area.width >= qw + 2 + MIN_TEXT_WIDTH && area.height >= qh;
        let text_width = if beside {
            area.width - qw - 2
        } else {
            area.width
        };
        let mut text = vec![Line::raw("")];
        text.extend(wrap_str(&self.name, theme.heading, text_width, 0));
        text.push(Line::raw(""));
        text.extend(wrap_str(
            strings::ATTRACT_WELCOME,
            theme.text,
            text_width,
            0,
        ));
        text.push(Line::raw(""));
        text.extend(wrap_str(
            strings::ATTRACT_PROMPT,
            theme.focus,
            text_width,
            0,
        ));
        text.push(Line::raw(""));
        text.extend(wrap_str(strings::ATTRACT_POLICY, theme.text, text_width, 0));
        let text_h = (text.len() as u16).min(area.height);
        frame.render_widget(
            Paragraph::new(text),
            Rect::new(area.x, area.y, text_width, text_h),
        );

        let (qr_area, caption_width) = if beside {
            (Rect::new(area.right() - qw, area.y, qw, area.height), qw)
        } else {
            let below = area.height - text_h;
            (
                Rect::new(area.x, area.y + text_h, area.width, below),
                area.width,
            )
        };
        let caption = self.caption(caption_width, theme);
        let mut shown = false;
        match &qr {
            Some(widget) => {
                // Too little room: the widget's own note says so, never a clipped code.
                let code_h = if widget.fits(qr_area) {
                    qh
                } else {
                    qr_area.height.min(2)
                };
                shown = widget.fits(qr_area);
                frame.render_widget(
                    widget.too_small_message(strings::QR_TOO_SMALL),
                    Rect {
                        height: code_h,
                        ..qr_area
                    },
                );
                let rest = qr_area.height - code_h;
                frame.render_widget(
                    Paragraph::new(caption),
                    Rect::new(qr_area.x, qr_area.y + code_h, qr_area.width, rest),
                );
            }
            None => {
                let mut lines = wrap_str(
                    &strings::qr_failed(self.qr.as_ref().err().map_or("", String::as_str)),
                    theme.warning,
                    caption_width,
                    0,
                );
                lines.extend(caption);
                frame.render_widget(Paragraph::new(lines), qr_area);
            }
        }
        Viewport::QrShown { shown }
    }

    /// "Scan ..." and the URL, wrapped to `width`, centred.
    fn caption(&self, width: u16, theme: &Theme) -> Vec<Line<'static>> {
        let mut lines = wrap_str(strings::QR_CAPTION, theme.text, width, 0);
        lines.extend(wrap_str(&self.url, theme.heading, width, 0));
        for l in &mut lines {
            l.alignment = Some(Alignment::Center);
        }
        lines
    }

    /// Draws the thank-you screen in `area`: no personal data, only thanks.
    pub fn render_thanks(frame: &mut Frame, area: Rect, theme: &Theme) {
        let mut text = wrap_str(strings::THANK_YOU, theme.heading, area.width, 0);
        text.push(Line::raw(""));
        text.extend(wrap_str(strings::THANK_YOU_NEXT, theme.text, area.width, 0));
        for l in &mut text {
            l.alignment = Some(Alignment::Center);
        }
        let h = (text.len() as u16).min(area.height);
        let y = area.y + (area.height - h) / 3;
        frame.render_widget(Paragraph::new(text), Rect::new(area.x, y, area.width, h));
    }
}
