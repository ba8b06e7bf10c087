//! The layered notice: the short first layer shown above the consent boxes (staff
//! form and kiosk), and in full at the top of the policy screen, beside the
//! policy and its QR code (the second layer). Who the controller is and how to
//! reach them, why the details are used, how long they are kept, the attendee's
//! rights and how to withdraw, and international transfers, from the event file.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use super::wrap::wrap_line;
use crate::config::Event;
use crate::i18n::{self, Language, msg};
use crate::text::sanitize_line;

/// The notice as (label, text) pairs, in reading order, in `lang`; a field the
/// event file leaves empty says so rather than disappearing.
pub fn items(event: &Event, lang: Language) -> Vec<(&'static str, String)> {
    let t = |id| i18n::text(lang, id);
    let or_missing = |s: &str| {
        if s.trim().is_empty() {
            t(msg::NOTICE_NOT_SET).to_owned()
        } else {
            s.to_owned()
        }
    };
    let c = &event.controller;
    let mut who = c.name.clone();
    if !c.address.is_empty() {
        who.push_str(", ");
        who.push_str(&c.address);
    }
    if !c.privacy_contact.is_empty() {
        who.push_str(" · ");
        who.push_str(&c.privacy_contact);
    }
    let consents = event.purposes.iter().filter(|p| p.is_consent()).count();
    let notice = event.notice_in(lang);
    let others: Vec<&str> = event
        .purposes
        .iter()
        .filter(|p| !p.is_consent())
        .map(|p| p.legal_basis.as_str())
        .collect();
    vec![
        (t(msg::NOTICE_WHO), who),
        (
            t(msg::NOTICE_WHY),
            purposes(lang, consents, !others.is_empty()),
        ),
        (t(msg::NOTICE_KEPT), or_missing(&notice.retention)),
        (t(msg::NOTICE_RIGHTS), or_missing(&notice.rights)),
        (t(msg::NOTICE_WITHDRAW), or_missing(&notice.withdraw)),
        (t(msg::NOTICE_TRANSFERS), or_missing(&notice.transfers)),
        (
            t(msg::NOTICE_FULL_POLICY),
            t(msg::NOTICE_FULL_POLICY_HOW).to_owned(),
        ),
    ]
}

/// Why: `consents` optional consents, and (when `follow_up`) what is done
/// without consent.
fn purposes(lang: Language, consents: usize, follow_up: bool) -> String {
    let mut parts = Vec::new();
    if follow_up {
        parts.push(i18n::text(lang, msg::NOTICE_FOLLOW_UP).to_owned());
    }
    if consents > 0 {
        parts.push(i18n::format(
            lang,
            msg::NOTICE_OPTIONAL,
            [("count", i18n::num(consents as u64))],
        ));
    }
    parts.join(" ")
}

/// The notice wrapped to `width` columns, each item "Label: text" with its
/// continuation lines indented by `indent`.
pub fn lines(
    event: &Event,
    lang: Language,
    theme: &Theme,
    width: u16,
    indent: u16,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (label, text) in items(event, lang) {
        let line = Line::from(vec![
            Span::styled(i18n::label(lang, label), theme.label),
            Span::styled(sanitize_line(&text).into_owned(), theme.text),
        ]);
        out.extend(wrap_line(&line, width, indent));
    }
    out
}
