//! The one way the command line writes to the terminal. Every other file under
//! `src/cli` prints through here (a test reads them and fails on a raw
//! `println!`, `eprintln!`, `writeln!` or `io::stdout()`).
//!
//! - A value that came from outside (a path, a folder name, a name or field from
//!   a file or the database) is formatted with [`shown`] or [`path`]: on one
//!   line, with every control, C1, bidi and invisible character made visible
//!   (U+FFFD) by the one sanitiser, [`crate::text::sanitize_for_terminal`].
//! - Every line printed ([`say!`](crate::say), [`tell!`](crate::tell),
//!   [`Lines::line`]) goes through that sanitiser once more as a whole, keeping
//!   only its own line breaks: a value someone forgot to wrap can show a line
//!   break at worst, never an escape sequence or a carriage return.
//! - JSON goes out through [`Lines::json`] / [`json`]: [`crate::text::json_line`],
//!   which escapes C1, bidi and invisible characters as `\uXXXX`.
//! - Colour is added here ([`status_line`]), to words of our own only.
//! - Generated documents (completion scripts, the manual page, the example event
//!   file) hold no outside text and go out as they are ([`document`]).
//!
//! Data goes to stdout, messages to stderr. A closed pipe (`| head`) ends the
//! output quietly.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufWriter, StdoutLock, Write};
use std::path::Path;

use crate::text::{sanitize_for_terminal, sanitize_line};

/// A value from outside, shown on one line with hidden characters made visible.
#[derive(Debug, Clone)]
pub struct Shown(String);

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `value` for a terminal line (see [`Shown`]).
pub fn shown(value: impl fmt::Display) -> Shown {
    let text = value.to_string();
    Shown(sanitize_line(&text).into_owned())
}

/// A path for a terminal line (see [`Shown`]).
pub fn path(p: &Path) -> Shown {
    shown(p.display())
}

/// The whole text as it may reach a terminal: line breaks kept, everything else
/// a terminal would act on made visible.
fn safe(text: &str) -> Cow<'_, str> {
    sanitize_for_terminal(text, true)
}

fn quiet_on_closed_pipe(r: io::Result<()>) -> io::Result<()> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Prints `text` and a line break on stdout (see the module documentation).
pub fn stdout_line(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    quiet_on_closed_pipe(
        out.write_all(safe(text).as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush()),
    )
}

/// Prints `text` and a line break on stderr (see the module documentation).
/// Nothing to do when stderr is gone.
pub fn stderr_line(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err
        .write_all(safe(text).as_bytes())
        .and_then(|()| err.write_all(b"\n"));
}

/// Prints `text` on stderr without a line break, and flushes: a question the
/// answer is typed after (`init-event`).
pub fn stderr_prompt(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err
        .write_all(safe(text).as_bytes())
        .and_then(|()| err.flush());
}

/// `say!(...)`: a `format!` line on stdout through the one output path; an
/// `io::Result`.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::out::stdout_line(&format!($($arg)*))
    };
}

/// `tell!(...)`: a `format!` line on stderr (a message, not data) through the
/// one output path.
#[macro_export]
macro_rules! tell {
    ($($arg:tt)*) => {
        $crate::cli::out::stderr_line(&format!($($arg)*))
    };
}

/// One value as a line of JSON on stdout ([`crate::text::json_line`]).
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let line = crate::text::json_line(value)?;
    let mut out = io::stdout().lock();
    Ok(quiet_on_closed_pipe(
        out.write_all(line.as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush()),
    )?)
}

/// Pretty-printed JSON on stdout (`doctor --json`), escaped like [`json`].
pub fn json_pretty<T: serde::Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    let text = crate::text::escape_json_text(&text);
    let mut out = io::stdout().lock();
    Ok(quiet_on_closed_pipe(
        out.write_all(text.as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush()),
    )?)
}

/// Many lines on stdout, buffered (a listing of every lead).
pub struct Lines {
    out: BufWriter<StdoutLock<'static>>,
}

impl Lines {
    /// Buffered stdout.
    pub fn stdout() -> Self {
        Lines {
            out: BufWriter::new(io::stdout().lock()),
        }
    }

    /// One line (see [`stdout_line`]).
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        self.out.write_all(safe(text).as_bytes())?;
        self.out.write_all(b"\n")
    }

    /// One value as a line of JSON (see [`json`]).
    pub fn json<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> io::Result<()> {
        let line = crate::text::json_line(value).map_err(io::Error::from)?;
        self.out.write_all(line.as_bytes())?;
        self.out.write_all(b"\n")
    }

    /// Writes out what is buffered; a closed pipe is not an error.
    pub fn finish(mut self) -> io::Result<()> {
        quiet_on_closed_pipe(self.out.flush())
    }
}

/// How a status word is coloured (only on a terminal, only without `NO_COLOR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    /// No colour.
    Plain,
    /// Green.
    Good,
    /// Bold yellow.
    Warning,
    /// Bold red.
    Bad,
}

/// `word` (our own, e.g. `ok`, `WARN`) in its colour, then `text` (sanitised),
/// as one line on stdout.
pub fn status_line(word: &str, paint: Paint, text: &str) -> io::Result<()> {
    use ratatui::crossterm::style::Stylize as _;
    let word = safe(word);
    let word = match paint {
        Paint::Plain => word.into_owned(),
        Paint::Good => word.green().to_string(),
        Paint::Warning => word.yellow().bold().to_string(),
        Paint::Bad => word.red().bold().to_string(),
    };
    let mut out = io::stdout().lock();
    quiet_on_closed_pipe(
        out.write_all(word.as_bytes())
            .and_then(|()| out.write_all(sanitize_line(text).as_bytes()))
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush()),
    )
}

/// Whether stdout is a terminal (then colours and progress bars make sense).
pub fn stdout_is_terminal() -> bool {
    use std::io::IsTerminal as _;
    io::stdout().is_terminal()
}

/// Whether stderr is a terminal.
pub fn stderr_is_terminal() -> bool {
    use std::io::IsTerminal as _;
    io::stderr().is_terminal()
}

/// A document leadbooth generates itself (a completion script, the manual page,
/// the example event file): it holds no outside text, and tabs and formatting
/// are part of it, so it goes out as it is.
pub fn document(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    Ok(quiet_on_closed_pipe(
        out.write_all(bytes).and_then(|()| out.flush()),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_values_are_one_line_with_hidden_characters_visible() {
        let p = Path::new("/media/usb/demo\u{1b}]0;x\u{7}\r\u{9b}\u{202e}\u{200b}");
        let s = path(p).to_string();
        assert_eq!(
            s,
            "/media/usb/demo\u{FFFD}]0;x\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"
        );
        assert_eq!(shown("a\nb").to_string(), "a\u{FFFD}b");
    }

    #[test]
    fn a_whole_line_keeps_its_own_breaks_only() {
        assert_eq!(safe("one\ntwo\r\u{1b}[2J"), "one\ntwo\u{FFFD}\u{FFFD}[2J");
    }
}
