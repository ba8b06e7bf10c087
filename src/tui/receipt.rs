//! The attendee's consent receipt: after a save, the staff confirmation and the
//! kiosk's thank-you screen show a QR code holding a short text the attendee
//! keeps on their phone: the receipt number, the event, the date and time, the
//! purposes they agreed to, and how to withdraw (a `mailto:` link to the
//! controller's privacy contact that quotes the receipt number). Nothing else of
//! theirs is in it, and nothing of anyone else. The receipt number finds the lead
//! at the central office (`leadbooth central receipt`). Its words, on screen and
//! in the code, are in the language the attendee read the form in.
//!
//! The code must be readable at 80x24, where a QR code drawn with half blocks
//! has at most 48 modules of height: so the text is short, mostly upper case
//! (the QR alphanumeric mode packs those 5.5 bits a character), encoded at
//! error-correction level L (a screen is never smudged), and drawn over the
//! whole height of the terminal, with the quiet zone narrowed (never below 2
//! modules) only when the full 4 does not fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::qr_widget::QrWidget;
use super::theme::Theme;
use super::wrap::wrap_str;
use crate::config::Event;
use crate::consent::Purpose;
use crate::i18n::{self, Language, msg, msg::booth as b};
use crate::lead::Lead;
use crate::qr::{QUIET_ZONE, QrMatrix};
use crate::text::sanitize_line;

/// Narrowest the text column beside the code gets.
const MIN_TEXT_WIDTH: u16 = 24;

/// A saved lead's receipt, made once at the save (drawing reads no clock).
#[derive(Debug, Clone)]
pub struct Receipt {
    id: String,
    text: String,
    agreed: Vec<String>,
    contact: String,
    qr: Result<QrMatrix, String>,
    /// The attendee's language at the save: the receipt screen speaks it.
    lang: Language,
}

impl Receipt {
    /// The receipt of `lead`, just saved on `event`. `None` for a lead without a
    /// receipt number (only leads of the old schema lack one).
    pub fn of(lead: &Lead, event: &Event, lang: Language) -> Option<Self> {
        let id = lead.receipt_id.clone()?;
        let agreed: Vec<String> = event
            .purposes
            .iter()
            .filter(|p| p.is_consent() && lead.consent(&p.id).is_some_and(|c| c.is_active()))
            .map(|p| short_name(p, lang))
            .collect();
        let text = receipt_text(lead, event, &id, &agreed, lang);
        Some(Receipt {
            qr: QrMatrix::encode_text(&text).map_err(|e| e.to_string()),
            id,
            text,
            agreed,
            contact: event.controller.privacy_contact.clone(),
            lang,
        })
    }

    /// The text the QR code holds.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The receipt number.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Draws the receipt over all of `area`: the code at the right, full height;
    /// `heading` and what the receipt says at the left.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme, heading: &str, hint: &str) {
        let code = self.qr.as_ref().ok().and_then(|m| {
            (2..=QUIET_ZONE).rev().find_map(|q| {
                let m = m.clone().with_quiet_zone(q);
                let (w, h) = QrWidget::new(&m).size();
                (w + 1 + MIN_TEXT_WIDTH <= area.width && h <= area.height).then_some(m)
            })
        });
        let qr_width = code.as_ref().map_or(0, |m| QrWidget::new(m).size().0 + 1);
        let text_area = Rect::new(area.x, area.y, area.width - qr_width, area.height);
        let w = text_area.width.saturating_sub(1);
        let mut lines = vec![Line::raw("")];
        lines.extend(wrap_str(heading, theme.heading, w, 0));
        lines.push(Line::raw(""));
        let lang = self.lang;
        lines.extend(wrap_str(
            i18n::text(lang, msg::RECEIPT_SCAN),
            theme.text,
            w,
            0,
        ));
        lines.push(Line::raw(""));
        lines.extend(wrap_str(
            &i18n::format(lang, msg::RECEIPT_NUMBER, [("id", i18n::arg(&self.id))]),
            theme.focus,
            w,
            2,
        ));
        let agreed = if self.agreed.is_empty() {
            i18n::text(lang, msg::RECEIPT_NOTHING_AGREED).to_owned()
        } else {
            let list = self.agreed.join(", ");
            i18n::format(lang, msg::RECEIPT_AGREED, [("list", i18n::arg(&list))])
        };
        lines.extend(wrap_str(&sanitize_line(&agreed), theme.text, w, 2));
        if !self.contact.is_empty() {
            lines.extend(wrap_str(
                &sanitize_line(&i18n::format(
                    lang,
                    msg::RECEIPT_WITHDRAW,
                    [("contact", i18n::arg(&self.contact))],
                )),
                theme.text,
                w,
                2,
            ));
        }
        match (&code, &self.qr) {
            (Some(_), _) => {}
            (None, Ok(_)) => {
                lines.push(Line::raw(""));
                lines.extend(wrap_str(
                    i18n::text(lang, msg::QR_TOO_SMALL),
                    theme.warning,
                    w,
                    0,
                ));
            }
            (None, Err(e)) => {
                lines.push(Line::raw(""));
                let text = i18n::format(lang, msg::QR_FAILED, [("error", i18n::arg(e))]);
                lines.extend(wrap_str(&text, theme.warning, w, 0));
            }
        }
        lines.push(Line::raw(""));
        lines.extend(wrap_str(hint, theme.key, w, 0));
        frame.render_widget(Paragraph::new(lines), text_area);
        if let Some(m) = &code {
            let widget = QrWidget::new(m);
            let (cw, ch) = widget.size();
            let y = area.y + (area.height - ch) / 2;
            frame.render_widget(widget, Rect::new(area.right() - cw, y, cw, ch));
        }
    }
}

/// The receipt's text in `lang`, the attendee's (see the module documentation
/// for why it is terse); in English:
///
/// ```text
/// RECEIPT 7KQ2M9XD3F
/// DEMO-2026 2026-11-29 10:15 UTC
/// AGREED: EMAIL EVENTS
/// mailto:privacy@aspera.example?subject=WITHDRAW%207KQ2M9XD3F
/// ```
pub fn receipt_text(
    lead: &Lead,
    event: &Event,
    id: &str,
    agreed: &[String],
    lang: Language,
) -> String {
    let upper = |s: &str| s.to_uppercase();
    let word = |m| upper(i18n::text(lang, m));
    let agreed = if agreed.is_empty() {
        word(b::RECEIPT_QR_NONE)
    } else {
        agreed
            .iter()
            .map(|a| upper(a))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let withdraw = match event.controller.privacy_email() {
        Some(email) => format!(
            "mailto:{email}?subject={}%20{id}",
            percent_encode(&word(b::RECEIPT_QR_WITHDRAW))
        ),
        None => format!(
            "{}: {} {id}",
            word(b::RECEIPT_QR_WITHDRAW),
            event.controller.privacy_contact
        ),
    };
    format!(
        "{} {id}\n{} {}\n{}: {agreed}\n{withdraw}",
        word(b::RECEIPT_QR_TITLE),
        upper(&lead.event_id),
        lead.captured_at.format("%Y-%m-%d %H:%M UTC"),
        word(b::RECEIPT_QR_AGREED),
    )
}

/// A purpose's word on the receipt in `lang` ([`Purpose::word`]).
pub fn short_name(p: &Purpose, lang: Language) -> String {
    p.word(lang)
}

/// `word` for a `mailto:` subject: unreserved ASCII as it is, every other
/// byte as `%XX` (RFC 3986).
fn percent_encode(word: &str) -> String {
    word.bytes()
        .map(|c| {
            if c.is_ascii_alphanumeric() || b"-._~".contains(&c) {
                (c as char).to_string()
            } else {
                format!("%{c:02X}")
            }
        })
        .collect()
}
