//! The scanner check screen (staff mode, F9): the raw characters of the last
//! burst (control characters as visible symbols), what was read from them, and
//! the keyboard-layout mix-up that explains them, with the one fix to try
//! ([`crate::badge::layout`]). Scans and keys that arrive while it is on show
//! are shown here and touch no lead.

use std::time::Instant;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::action::Action;
use super::keys::{Binding, KeyCombo};
use super::qr_widget::QrWidget;
use super::scan::SCAN_QUIET;
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::wrap::wrap_str;
use crate::badge::layout::{CHECK_CODE, diagnose};
use crate::badge::{BadgeScan, parse_scan};
use crate::qr::QrMatrix;

/// Longest burst kept (characters).
const KEPT: usize = 8 * 1024;

/// The screen's state: the last burst's characters, as they came.
#[derive(Debug)]
pub struct ScannerCheck {
    raw: String,
    last_key: Option<Instant>,
    qr: Option<QrMatrix>,
}

impl ScannerCheck {
    /// The screen, showing `last_burst` (the booth's last scanner burst).
    pub fn new(last_burst: &str) -> Self {
        ScannerCheck {
            raw: last_burst.chars().take(KEPT).collect(),
            last_key: None,
            qr: QrMatrix::encode(CHECK_CODE).ok(),
        }
    }

    /// The characters of the burst on show.
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// A key that reached the screen at `now` (a burst that is not a scan, or
    /// a person's key): a key after a pause starts a new burst. An Alt chord
    /// (what an AltGr character of another layout becomes) is kept as a
    /// terminal sends it, ESC and the key.
    pub fn key(&mut self, key: &KeyEvent, now: Instant) {
        let c = match key.code {
            KeyCode::Enter => '\r',
            KeyCode::Tab => '\t',
            KeyCode::Char(c) => c,
            _ => return,
        };
        if self
            .last_key
            .is_none_or(|t| now.saturating_duration_since(t) > SCAN_QUIET)
        {
            self.raw.clear();
        }
        self.last_key = Some(now);
        if self.raw.chars().count() >= KEPT {
            return;
        }
        if key.modifiers.contains(KeyModifiers::ALT) {
            self.raw.push('\u{1b}');
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && c.is_ascii_alphabetic() {
            // Ctrl-J (a line feed) and the like: the control character itself.
            let code = u32::from(c.to_ascii_lowercase()) - u32::from('a') + 1;
            self.raw.push(char::from_u32(code).unwrap_or(c));
        } else {
            self.raw.push(c);
        }
    }

    /// A burst (or paste) read as a scan while the screen is on show.
    pub fn scanned(&mut self, raw: &str) {
        self.raw = raw.chars().take(KEPT).collect();
        self.last_key = None;
    }

    /// Esc goes back; every other key is shown.
    pub fn bindings() -> Vec<Binding> {
        vec![Binding::shown(
            KeyCombo::plain(KeyCode::Esc),
            Action::Back,
            keys::ESC,
            hints::back(),
        )]
    }

    /// The lines the screen shows in `width` columns (no QR code).
    pub fn lines(&self, width: u16, theme: &Theme) -> Vec<Line<'static>> {
        let mut out = wrap_str(strings::check_intro(), theme.text, width, 0);
        out.push(Line::raw(""));
        if self.raw.is_empty() {
            out.extend(wrap_str(
                strings::check_nothing_yet(),
                theme.placeholder,
                width,
                0,
            ));
            return out;
        }
        out.extend(wrap_str(
            &strings::check_raw_heading(self.raw.chars().count()),
            theme.heading,
            width,
            0,
        ));
        for line in visible(&self.raw) {
            out.extend(wrap_str(&line, theme.input, width, 2));
        }
        out.push(Line::raw(""));
        out.push(Line::styled(strings::check_read_heading(), theme.heading));
        if self.raw.trim() == CHECK_CODE {
            out.extend(wrap_str(strings::check_code_ok(), theme.ok, width, 2));
            return out;
        }
        out.extend(wrap_str(&read(&self.raw), theme.text, width, 2));
        if let Some(d) = diagnose(&self.raw) {
            out.push(Line::raw(""));
            out.extend(wrap_str(
                &strings::check_mixup(d.mixup.scanner.name(), d.mixup.laptop.name()),
                theme.warning,
                width,
                2,
            ));
            let changed: Vec<String> = d
                .changed
                .iter()
                .map(|(arrived, meant)| format!("{} → {meant}", visible(arrived).concat()))
                .collect();
            out.extend(wrap_str(
                &strings::check_changed(&changed.join("   ")),
                theme.text,
                width,
                2,
            ));
            out.extend(wrap_str(
                &strings::check_fix(&d.mixup.fix()),
                theme.focus,
                width,
                2,
            ));
            out.extend(wrap_str(
                &strings::check_meant(&read(&d.meant)),
                theme.text,
                width,
                2,
            ));
        } else if parse_scan(&self.raw).is_err() {
            out.extend(wrap_str(strings::check_no_mixup(), theme.text, width, 2));
        }
        out
    }

    /// Draws the screen in `area`: the text, and the check code to scan on the
    /// right when there is room for it.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let qr = self.qr.as_ref().map(QrWidget::new);
        let (qw, qh) = qr.as_ref().map_or((0, 0), QrWidget::size);
        let beside = qr.is_some() && area.width >= qw + 2 + 50 && area.height >= qh + 2;
        let text_width = if beside {
            area.width - qw - 2
        } else {
            area.width
        };
        let mut text = vec![Line::styled(strings::check_title(), theme.heading)];
        text.extend(self.lines(text_width, theme));
        if !beside {
            text.push(Line::raw(""));
            text.extend(wrap_str(
                strings::check_code_room(),
                theme.placeholder,
                text_width,
                0,
            ));
        }
        frame.render_widget(
            Paragraph::new(text),
            Rect::new(area.x, area.y, text_width, area.height),
        );
        if let (true, Some(widget)) = (beside, qr) {
            let x = area.right() - qw;
            frame.render_widget(widget, Rect::new(x, area.y, qw, qh));
            let caption = wrap_str(strings::check_code_caption(), theme.text, qw, 0);
            let h = (caption.len() as u16).min(area.height - qh);
            frame.render_widget(Paragraph::new(caption), Rect::new(x, area.y + qh, qw, h));
        }
    }
}

/// What `raw` reads as, in a line.
fn read(raw: &str) -> String {
    match parse_scan(raw) {
        Ok(BadgeScan::Contact(p)) => {
            let fields: Vec<String> = [
                (strings::contact_labels()[0], &p.first_name),
                (strings::contact_labels()[1], &p.last_name),
                (strings::contact_labels()[2], &p.email),
                (strings::contact_labels()[3], &p.company),
                (strings::contact_labels()[4], &p.job_title),
                (strings::contact_labels()[5], &p.phone),
                (strings::contact_labels()[6], &p.country),
            ]
            .into_iter()
            .filter_map(|(label, v)| {
                v.as_ref().map(|v| {
                    format!(
                        "{}{}",
                        crate::i18n::label(crate::i18n::staff(), label),
                        visible(v).concat()
                    )
                })
            })
            .collect();
            strings::check_read_badge(&fields.join(" · "))
        }
        Ok(BadgeScan::RegistrationId(id)) => strings::check_read_id(&visible(&id).concat()),
        Err(e) => strings::check_not_read(&e.to_string()),
    }
}

/// `raw` as lines that show every character: a line break ends a line after
/// its symbol (⏎ for Enter, ␊ for a line feed), a tab is ⇥, ESC ␛ and other
/// control characters their Unicode control pictures, invisible format
/// characters (byte-order mark, zero-width, direction marks) their code point.
pub fn visible(raw: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    for c in raw.chars() {
        let line = lines.last_mut().expect("one line at least");
        match c {
            '\r' => {
                line.push('⏎');
                lines.push(String::new());
            }
            '\n' => {
                line.push('␊');
                lines.push(String::new());
            }
            '\t' => line.push('⇥'),
            '\u{7f}' => line.push('␡'),
            c if u32::from(c) < 0x20 => {
                line.push(char::from_u32(0x2400 + u32::from(c)).unwrap_or('�'));
            }
            c if c.is_control()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}' | '\u{ad}') =>
            {
                line.push_str(&format!("⟨U+{:04X}⟩", u32::from(c)));
            }
            c => line.push(c),
        }
    }
    if lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_show_as_symbols() {
        assert_eq!(
            visible("A\tB\u{1b}q\u{7}\u{feff}\u{202e}x\r\nC\r"),
            ["A⇥B␛q␇⟨U+FEFF⟩⟨U+202E⟩x⏎", "␊", "C⏎"]
        );
    }

    #[test]
    fn keys_after_a_pause_start_a_new_burst() {
        let t0 = Instant::now();
        let mut c = ScannerCheck::new("old");
        c.key(&KeyEvent::from(KeyCode::Char('a')), t0);
        c.key(&KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT), t0);
        c.key(&KeyEvent::from(KeyCode::Enter), t0);
        assert_eq!(c.raw(), "a\u{1b}q\r");
        c.key(
            &KeyEvent::from(KeyCode::Char('b')),
            t0 + SCAN_QUIET + std::time::Duration::from_millis(1),
        );
        assert_eq!(c.raw(), "b");
    }
}
