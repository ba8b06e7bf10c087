//! The layered notice: the short first layer shown above the consent boxes (staff
//! form and kiosk), and in full at the top of the policy screen, beside the
//! policy and its QR code (the second layer). Who the controller is and how to
//! reach them, why the details are used, how long they are kept, the attendee's
//! rights and how to withdraw, and international transfers, from the event file.

use ratatui::text::{Line, Span};

use super::strings::notice as words;
use super::theme::Theme;
use super::wrap::wrap_line;
use crate::config::Event;
use crate::text::sanitize_line;

/// The notice as (label, text) pairs, in reading order; a field the event file
/// leaves empty says so rather than disappearing.
pub fn items(event: &Event) -> Vec<(&'static str, String)> {
    let or_missing = |s: &str| {
        if s.trim().is_empty() {
            words::NOT_SET.to_owned()
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
    let others: Vec<&str> = event
        .purposes
        .iter()
        .filter(|p| !p.is_consent())
        .map(|p| p.legal_basis.as_str())
        .collect();
    vec![
        (words::CONTROLLER, who),
        (
            words::PURPOSES,
            words::purposes(consents, !others.is_empty()),
        ),
        (words::RETENTION, or_missing(&event.notice.retention)),
        (words::RIGHTS, or_missing(&event.notice.rights)),
        (words::WITHDRAW, or_missing(&event.notice.withdraw)),
        (words::TRANSFERS, or_missing(&event.notice.transfers)),
        (words::FULL_POLICY, words::FULL_POLICY_HOW.to_owned()),
    ]
}

/// The notice wrapped to `width` columns, each item "Label: text" with its
/// continuation lines indented by `indent`.
pub fn lines(event: &Event, theme: &Theme, width: u16, indent: u16) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (label, text) in items(event) {
        let line = Line::from(vec![
            Span::styled(format!("{label}: "), theme.label),
            Span::styled(sanitize_line(&text).into_owned(), theme.text),
        ]);
        out.extend(wrap_line(&line, width, indent));
    }
    out
}
