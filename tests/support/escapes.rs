//! What the booth writes to its terminal, checked byte by byte: a whitelist
//! parser of the output stream (recorded by `script` in a tmux pane, see
//! [`super::tmux::Recorded`]). Every escape sequence must be one that ratatui's
//! crossterm backend emits for drawing (colours and attributes, cursor moves,
//! clearing, the alternate screen, cursor visibility, bracketed paste, mouse
//! reporting); everything else must be printable UTF-8 text with no C0 or C1
//! control and no bidirectional control. An OSC (title, hyperlink), DCS, APC,
//! a bare ESC, BEL, an 8-bit CSI byte or an RLO override is a violation, wherever
//! in the stream it appears.

use std::collections::BTreeMap;
use std::fmt;

/// One thing wrong in the stream, with its byte offset and what surrounds it.
#[derive(Debug, Clone)]
pub struct Violation {
    pub offset: usize,
    pub what: String,
    pub context: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "byte {}: {} (around: {})",
            self.offset, self.what, self.context
        )
    }
}

/// The escape sequences ratatui's crossterm backend writes (crossterm 0.29:
/// `cursor`, `style`, `terminal`, `event`), by kind; `None` for anything else.
fn allowed_csi(params: &[u8], intermediates: &[u8], fin: u8) -> Option<&'static str> {
    if !intermediates.is_empty() {
        return None;
    }
    let digits = |p: &[u8]| p.iter().all(u8::is_ascii_digit);
    let p = std::str::from_utf8(params).ok()?;
    match (fin, p) {
        // SetForegroundColor / SetBackgroundColor / SetUnderlineColor /
        // SetAttribute / ResetColor: `CSI 38;5;n m`, `CSI 48;2;r;g;b m`, `CSI 1m`.
        (b'm', p)
            if p.bytes()
                .all(|b| b.is_ascii_digit() || b == b';' || b == b':') =>
        {
            Some("SGR")
        }
        // MoveTo: `CSI row;col H`.
        (b'H', p)
            if p.split(';').count() == 2
                && p.split(';').all(|n| !n.is_empty() && digits(n.as_bytes())) =>
        {
            Some("cursor position")
        }
        // Clear(All | FromCursorDown | FromCursorUp | CurrentLine | UntilNewLine).
        (b'J', "2" | "" | "1") | (b'K', "2" | "") => Some("clear"),
        // Show / Hide.
        (b'h' | b'l', "?25") => Some("cursor visibility"),
        // EnterAlternateScreen / LeaveAlternateScreen.
        (b'h' | b'l', "?1049") => Some("alternate screen"),
        // EnableBracketedPaste / DisableBracketedPaste.
        (b'h' | b'l', "?2004") => Some("bracketed paste"),
        // EnableMouseCapture / DisableMouseCapture.
        (b'h' | b'l', "?1000" | "?1002" | "?1003" | "?1015" | "?1006") => Some("mouse reporting"),
        // BeginSynchronizedUpdate / EndSynchronizedUpdate.
        (b'h' | b'l', "?2026") => Some("synchronized update"),
        // cursor::position(): the device status report query.
        (b'n', "6") => Some("cursor position query"),
        _ => None,
    }
}

/// The sequences seen, by kind, and how much text: what a clean stream held.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub sequences: BTreeMap<&'static str, usize>,
    pub text_chars: usize,
}

/// Where drawing went: for each cursor-position sequence and each character
/// after it, the (1-based) row and the last column the character covers.
#[derive(Debug, Default, Clone, Copy)]
pub struct Extent {
    pub max_row: u16,
    pub max_col: u16,
}

/// Checks `bytes` (a whole recording, or a stretch of one that starts at a
/// sequence boundary). Outside the alternate screen (before the booth enters it
/// or after it leaves) CR and LF are allowed, for what is printed on exit.
pub fn check(bytes: &[u8]) -> Result<Summary, Vec<Violation>> {
    let (summary, violations, _) = scan(bytes);
    if violations.is_empty() {
        Ok(summary)
    } else {
        Err(violations)
    }
}

/// The furthest row and column the stream draws to (see [`Extent`]).
pub fn extent(bytes: &[u8]) -> Extent {
    scan(bytes).2
}

fn context(bytes: &[u8], at: usize) -> String {
    let from = at.saturating_sub(24);
    let to = (at + 24).min(bytes.len());
    format!("{:?}", String::from_utf8_lossy(&bytes[from..to]))
}

fn scan(bytes: &[u8]) -> (Summary, Vec<Violation>, Extent) {
    let mut summary = Summary::default();
    let mut bad = Vec::new();
    let mut extent = Extent::default();
    let (mut row, mut col) = (1u16, 1u16);
    let mut alternate = false;
    let mut i = 0;
    let flag = |bad: &mut Vec<Violation>, at: usize, what: String| {
        bad.push(Violation {
            offset: at,
            what,
            context: context(bytes, at),
        });
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == 0x1b {
            match bytes.get(i + 1) {
                Some(b'[') => {
                    let start = i + 2;
                    let mut j = start;
                    while j < bytes.len() && (0x30..=0x3f).contains(&bytes[j]) {
                        j += 1;
                    }
                    let params = &bytes[start..j];
                    let inter_start = j;
                    while j < bytes.len() && (0x20..=0x2f).contains(&bytes[j]) {
                        j += 1;
                    }
                    let intermediates = &bytes[inter_start..j];
                    match bytes.get(j) {
                        Some(&fin) if (0x40..=0x7e).contains(&fin) => {
                            match allowed_csi(params, intermediates, fin) {
                                Some(kind) => {
                                    *summary.sequences.entry(kind).or_default() += 1;
                                    if kind == "cursor position" {
                                        let p = std::str::from_utf8(params).unwrap_or("1;1");
                                        let mut it = p.split(';').map(|n| n.parse().unwrap_or(1));
                                        row = it.next().unwrap_or(1);
                                        col = it.next().unwrap_or(1);
                                        extent.max_row = extent.max_row.max(row);
                                    }
                                    if kind == "alternate screen" {
                                        alternate = fin == b'h';
                                    }
                                }
                                None => flag(
                                    &mut bad,
                                    i,
                                    format!(
                                        "CSI sequence {:?} that ratatui/crossterm never emits",
                                        String::from_utf8_lossy(&bytes[i..=j])
                                    ),
                                ),
                            }
                            i = j + 1;
                        }
                        _ => {
                            flag(&mut bad, i, "an unterminated CSI sequence".into());
                            i = j.max(i + 2);
                        }
                    }
                }
                Some(&next) => {
                    let name = match next {
                        b']' => "OSC (ESC ]: title, hyperlink, clipboard)",
                        b'P' => "DCS (ESC P)",
                        b'_' => "APC (ESC _)",
                        b'^' => "PM (ESC ^)",
                        b'X' => "SOS (ESC X)",
                        b'c' => "RIS (ESC c: terminal reset)",
                        _ => "an escape sequence",
                    };
                    flag(&mut bad, i, format!("{name}: ESC {:?}", next as char));
                    i += 2;
                }
                None => {
                    flag(&mut bad, i, "a bare ESC at the end".into());
                    i += 1;
                }
            }
            continue;
        }
        if b < 0x20 || b == 0x7f {
            if !alternate && (b == b'\r' || b == b'\n') {
                if b == b'\n' {
                    row = row.saturating_add(1);
                }
                col = 1;
            } else {
                flag(&mut bad, i, format!("C0 control byte 0x{b:02x}"));
            }
            i += 1;
            continue;
        }
        let len = match b {
            0x00..=0x7f => 1,
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 0,
        };
        let ch = (len > 0)
            .then(|| bytes.get(i..i + len))
            .flatten()
            .and_then(|s| std::str::from_utf8(s).ok())
            .and_then(|s| s.chars().next());
        let Some(ch) = ch else {
            flag(
                &mut bad,
                i,
                format!("byte 0x{b:02x} that is not UTF-8 (an 8-bit C1 control to some terminals)"),
            );
            i += 1;
            continue;
        };
        if ch.is_control() {
            flag(&mut bad, i, format!("C1 control U+{:04X}", ch as u32));
        } else if matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            flag(
                &mut bad,
                i,
                format!("bidirectional control U+{:04X}", ch as u32),
            );
        }
        summary.text_chars += 1;
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0) as u16;
        if w > 0 {
            extent.max_col = extent.max_col.max(col + w - 1);
            col += w;
        }
        i += len;
    }
    (summary, bad, extent)
}

/// Panics naming every violation in `bytes` (at most 20), `what` saying what the
/// booth was showing; returns the summary of a clean stream.
pub fn assert_clean(bytes: &[u8], what: &str) -> Summary {
    match check(bytes) {
        Ok(s) => s,
        Err(v) => {
            let list: Vec<String> = v.iter().take(20).map(ToString::to_string).collect();
            panic!(
                "{what}: {} thing(s) in the {} bytes written to the terminal that ratatui never emits:\n{}",
                v.len(),
                bytes.len(),
                list.join("\n")
            );
        }
    }
}
