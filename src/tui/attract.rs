//! The kiosk's attract screen (what a passer-by sees: the event, how to start, the
//! policy's QR code) and its thank-you screen after a save. Neither ever shows
//! anything an attendee typed.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::action::Action;
use super::keys::{Binding, KeyCombo};
use super::qr_widget::QrWidget;
use super::strings::keys;
use super::theme::Theme;
use super::viewport::Viewport;
use super::wrap::{wrap_line, wrap_str};
use crate::config::Event;
use crate::i18n::{self, Language, msg};
use crate::qr::QrMatrix;
use crate::text::sanitize_line;

/// Narrowest the text column gets before the QR code moves under the text.
const MIN_TEXT_WIDTH: u16 = 30;

/// The attract screen: made once from the event.
#[derive(Debug)]
pub struct Attract {
    name: String,
    /// The policy's QR code per language (`[translation.<code>.policy] url`),
    /// so the code follows the language the passer-by picks with F4.
    codes: Vec<PolicyCode>,
    /// The languages the event offers (`[event] languages`), in F4's order.
    languages: Vec<Language>,
}

/// The policy's URL in one language and its QR code.
#[derive(Debug)]
struct PolicyCode {
    lang: Language,
    url: String,
    qr: Result<QrMatrix, String>,
}

impl Attract {
    /// The attract screen of `event`.
    pub fn new(event: &Event) -> Self {
        let mut codes: Vec<PolicyCode> = Vec::new();
        for lang in event.languages.iter().copied() {
            let url = event.policy_url(lang);
            // One encoding per distinct URL.
            let qr = match codes.iter().find(|c| c.url == sanitize_line(url)) {
                Some(same) => same.qr.clone(),
                None => QrMatrix::encode(url).map_err(|e| e.to_string()),
            };
            codes.push(PolicyCode {
                lang,
                url: sanitize_line(url).into_owned(),
                qr,
            });
        }
        Attract {
            name: sanitize_line(&event.name).into_owned(),
            codes,
            languages: event.languages.clone(),
        }
    }

    /// The policy's URL and QR code in `lang`.
    fn code(&self, lang: Language) -> &PolicyCode {
        self.codes
            .iter()
            .find(|c| c.lang == lang)
            .unwrap_or(&self.codes[0])
    }

    /// The policy URL the screen shows (and its QR code holds) in `lang`.
    pub fn policy_url(&self, lang: Language) -> &str {
        &self.code(lang).url
    }

    /// Keys of the attract screen that do something other than start: any key
    /// not listed starts the form.
    /// Keys of the attract screen in `lang` (the attendee's choice so far).
    /// `next` is the language F4 gives; `None` when the event offers one.
    pub fn bindings(lang: Language, next: Option<Language>) -> Vec<Binding> {
        let mut b = vec![
            Binding::shown(
                KeyCombo::plain(KeyCode::Enter),
                Action::Start,
                keys::ENTER,
                i18n::text(lang, msg::HINT_START),
            ),
            Binding::shown(
                KeyCombo::plain(KeyCode::F(1)),
                Action::OpenPolicy,
                keys::F1,
                i18n::text(lang, msg::HINT_POLICY),
            ),
            Binding::shown(
                KeyCombo::plain(KeyCode::F(7)),
                Action::ToggleContrast,
                keys::F7,
                i18n::text(lang, msg::HINT_CONTRAST),
            ),
        ];
        if let Some(next) = next {
            b.insert(2, language_binding(next));
        }
        b
    }

    /// Keys of the thank-you screen: any key goes back to the start.
    pub fn thanks_bindings(lang: Language) -> Vec<Binding> {
        vec![Binding::shown(
            KeyCombo::plain(KeyCode::Enter),
            Action::Finish,
            i18n::text(lang, msg::KEY_ANY),
            i18n::text(lang, msg::HINT_CONTINUE),
        )]
    }

    /// Draws the attract screen in `area`: the text on the left, the QR code on
    /// the right (or under the text when narrow; a note when there is no room).
    /// Returns whether the QR code was drawn whole.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme, lang: Language) -> Viewport {
        let code = self.code(lang);
        let qr = code.qr.as_ref().ok().map(QrWidget::new);
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
        let t = |id| i18n::text(lang, id);
        text.extend(wrap_str(t(msg::ATTRACT_WELCOME), theme.text, text_width, 0));
        text.push(Line::raw(""));
        text.extend(wrap_str(t(msg::ATTRACT_PROMPT), theme.focus, text_width, 0));
        text.push(Line::raw(""));
        text.extend(wrap_str(t(msg::ATTRACT_POLICY), theme.text, text_width, 0));
        text.push(Line::raw(""));
        if self.languages.len() > 1 {
            text.extend(wrap_line(
                &languages_line(&self.languages, lang, theme),
                text_width,
                5,
            ));
        }
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
        let caption = self.caption(caption_width, theme, lang);
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
                    widget.too_small_message(i18n::text(lang, msg::QR_TOO_SMALL)),
                    Rect {
                        height: code_h,
                        ..qr_area
                    },
                );
                let rest = qr_area.height - code_h;
                // The URL is read whole or not at all: where the rows under the
                // code are too few for it (a long URL wraps to a third line at
                // 80x24), the caption goes under the text, at the bottom of its
                // column, when it fits there.
                let mut left = self.caption(text_width, theme, lang);
                for l in &mut left {
                    // Flush left, as the text above it: a URL's centred last
                    // piece read as a word of its own.
                    l.alignment = Some(Alignment::Left);
                }
                let left_h = u16::try_from(left.len()).unwrap_or(u16::MAX);
                if beside && caption.len() > usize::from(rest) && text_h + left_h <= area.height {
                    frame.render_widget(
                        Paragraph::new(left),
                        Rect::new(area.x, area.bottom() - left_h, text_width, left_h),
                    );
                } else {
                    frame.render_widget(
                        Paragraph::new(caption),
                        Rect::new(qr_area.x, qr_area.y + code_h, qr_area.width, rest),
                    );
                }
            }
            None => {
                let error = code.qr.as_ref().err().map_or("", String::as_str);
                let mut lines = wrap_str(
                    &i18n::format(lang, msg::QR_FAILED, [("error", i18n::arg(error))]),
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
    fn caption(&self, width: u16, theme: &Theme, lang: Language) -> Vec<Line<'static>> {
        let mut lines = wrap_str(i18n::text(lang, msg::QR_CAPTION), theme.text, width, 0);
        lines.extend(wrap_str(self.policy_url(lang), theme.heading, width, 0));
        for l in &mut lines {
            l.alignment = Some(Alignment::Center);
        }
        lines
    }

    /// Draws the thank-you screen in `area`: no personal data, only thanks.
    pub fn render_thanks(frame: &mut Frame, area: Rect, theme: &Theme, lang: Language) {
        let t = |id| i18n::text(lang, id);
        let mut text = wrap_str(t(msg::THANK_YOU), theme.heading, area.width, 0);
        text.push(Line::raw(""));
        text.extend(wrap_str(t(msg::THANK_YOU_NEXT), theme.text, area.width, 0));
        for l in &mut text {
            l.alignment = Some(Alignment::Center);
        }
        let h = (text.len() as u16).min(area.height);
        let y = area.y + (area.height - h) / 3;
        frame.render_widget(Paragraph::new(text), Rect::new(area.x, y, area.width, h));
    }
}

/// The language key (F4): the next language, named in itself in the hint bar
/// ("F4 Deutsch"), so an attendee finds it without reading the current one;
/// `next` is the language it gives (the event's next, [`Event::next_language`]).
pub fn language_binding(next: Language) -> Binding {
    Binding::shown(
        KeyCombo::plain(KeyCode::F(4)),
        Action::SwitchLanguage,
        keys::F4,
        next.native_name(),
    )
}

/// "F4  English · Deutsch · Français · Español", the current one marked: every
/// language on offer, each in its own words.
fn languages_line(languages: &[Language], lang: Language, theme: &Theme) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{}  ", keys::F4), theme.key)];
    for (i, l) in languages.iter().copied().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.text));
        }
        if l == lang {
            spans.push(Span::styled(format!("[{}]", l.native_name()), theme.focus));
        } else {
            spans.push(Span::styled(l.native_name(), theme.text));
        }
    }
    Line::from(spans)
}
