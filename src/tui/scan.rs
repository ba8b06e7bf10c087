//! Telling a badge scanner from a person at the keyboard.
//!
//! A USB barcode/QR scanner in keyboard-wedge mode "types" the badge: a MECARD, a
//! vCard or a registration ID arrives as key presses, a few milliseconds apart,
//! with an Enter for every line break, sometimes one before the card and usually
//! one at the end. Those keys must never tick a consent, change the rating,
//! answer a prompt or move focus, and the payload must not land in whatever
//! field has focus. [`ScanDetector`] watches the key stream and decides.
//!
//! # The burst rule
//!
//! - A key is *fast* when it arrives less than [`BURST_GAP`] (20 ms) after the
//!   previous key. A *burst* is a key and the run of fast keys after it. People do
//!   not type 20 ms apart; scanners type 1–10 ms apart. The booth's loop stamps
//!   every event of one drained batch with the same time, so a batch is always
//!   one burst, and it restarts the clock when it starts listening
//!   ([`ScanDetector::listening`]), so only time spent waiting for input counts
//!   as a gap (never the booth's own handling and drawing).
//! - *Scanner keys* are characters (with or without Shift), Enter (a line break),
//!   Ctrl-J (a line feed, as a terminal reports LF) and Tab. Anything else (Esc,
//!   arrows, function keys, Ctrl-chords) ends a burst and acts at once.
//! - Every scanner key is **held** ([`Out`] says when it acts) until its burst is
//!   classified; nothing held touches the form:
//!   - a lone key (no fast key after it within [`BURST_GAP`]) is a person's and
//!     acts as usual;
//!   - a burst whose text (leading white space and Enters ignored) starts with
//!     `MECARD:` or `BEGIN:VCARD` (any case) is a scan, and so is a burst that is
//!     a whole registration ID ([`crate::badge::is_registration_id`]) ended by
//!     an Enter;
//!   - a burst that can no longer become one of those is not a scan: its keys act
//!     in order, marked as burst keys, and so do the fast keys after them. The
//!     app lets burst keys type text and move between fields, never tick,
//!     choose, rate, save or answer a question.
//!   - A burst that could still grow into a badge (`MEC`, `\r\rBEG`,
//!     `A-0001`) is held for [`SCAN_QUIET`], so a pause inside a badge's first
//!     keys (a loaded machine, a slow scanner) does not split it.
//! - A scan, once recognised, is read until the card ends (the line end after a
//!   MECARD or after `END:VCARD`), whatever the gaps between its keys, or until
//!   no key came for [`SCAN_QUIET`]; then it is read whole or refused whole
//!   ([`Finished::Scan`]). Its length does not matter.
//! - After a scan, the rest of its burst and any line end within [`SCAN_QUIET`]
//!   (the scanner's final Enter, late) are swallowed, never acted on; other
//!   characters swallowed are reported ([`Finished::Ignored`]).
//! - After the scan key ([`ScanDetector::arm`], F3) the next keys are captured
//!   whatever their timing: a scan, or a registration ID typed by hand and ended
//!   with Enter. Esc cancels.
//! - A bracketed paste is a scan when its text starts with `MECARD:` or
//!   `BEGIN:VCARD`, or is a registration ID ending in a line break, or when the
//!   scan key was pressed just before.
//!
//! The detector knows nothing of the form: it only holds keys and says when they
//! act, so its rules are tested here on plain strings. Time is passed in with
//! every key: `None` means "at a person's pace" (never fast, never held).

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::badge::{BadgeError, BadgeScan, is_registration_id, parse_scan};

/// Keys closer together than this belong to one burst.
pub const BURST_GAP: Duration = Duration::from_millis(20);

/// A scan (or a burst that could still become one) goes on until no key came
/// for this long: pauses inside a badge on a loaded machine are far shorter,
/// and a person's next key rarely comes sooner after a scan.
pub const SCAN_QUIET: Duration = Duration::from_millis(600);

/// Longest registration ID (see [`is_registration_id`]).
const MAX_ID_LEN: usize = 32;

/// Longest raw burst kept for the scanner check screen (characters).
const RAW_KEPT: usize = 8 * 1024;

const MARKERS: [&str; 2] = ["MECARD:", "BEGIN:VCARD"];

/// The character a scanner key stands for: `\r` for Enter, `\n` for Ctrl-J (a
/// line feed), `\t` for Tab; `None` for keys a scanner does not type.
pub fn scanner_char(key: &KeyEvent) -> Option<char> {
    let m = key.modifiers;
    match key.code {
        KeyCode::Char(c) if (m - KeyModifiers::SHIFT).is_empty() => Some(c),
        KeyCode::Char('j') if m == KeyModifiers::CONTROL => Some('\n'),
        KeyCode::Enter if m.is_empty() => Some('\r'),
        KeyCode::Tab if m.is_empty() => Some('\t'),
        _ => None,
    }
}

fn is_line_end(c: char) -> bool {
    matches!(c, '\r' | '\n')
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// `text` without leading white space, Enters and byte-order marks.
fn body(text: &str) -> &str {
    text.trim_start_matches(is_blank)
}

/// `text` (leading white space ignored) starts with a whole `MECARD:` or
/// `BEGIN:VCARD`, in any case.
fn starts_with_marker(text: &str) -> bool {
    let t = body(text);
    MARKERS.iter().any(|m| {
        t.get(..m.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(m))
    })
}

/// `text` could still grow into a card's marker (leading white space ignored).
fn could_be_card(text: &str) -> bool {
    let t = body(text);
    t.is_empty() || crate::badge::looks_like_scan_start(t)
}

/// `text` could still grow into a registration ID followed by its Enter.
fn could_be_id(text: &str) -> bool {
    let t = body(text);
    t.len() <= MAX_ID_LEN
        && t.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// The captured text is a whole badge: a MECARD's line ends it, a vCard's
/// `END:VCARD` line ended by a line break, a registration ID's line break.
fn card_complete(text: &str) -> bool {
    let t = body(text);
    if !t.ends_with(is_line_end) {
        return false;
    }
    if is_registration_id(t) {
        return true;
    }
    if t.get(..MARKERS[0].len())
        .is_some_and(|h| h.eq_ignore_ascii_case(MARKERS[0]))
    {
        return true;
    }
    t.trim_end_matches(is_line_end)
        .rsplit(is_line_end)
        .next()
        .is_some_and(|last| last.trim().eq_ignore_ascii_case("END:VCARD"))
}

/// How a scan ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finished {
    /// A badge was read, or could not be.
    Scan(Result<BadgeScan, BadgeError>),
    /// Esc (or another key) after the scan key, before a scan.
    Cancelled,
    /// Characters that followed a complete badge in the same burst were dropped.
    Ignored(usize),
}

/// What the app does next, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Out {
    /// Act on this key now. `burst`: it came at scanner speed in a burst that is
    /// not a scan, so it may type and move between fields, and nothing more.
    Key {
        /// The key.
        key: KeyEvent,
        /// Part of a burst.
        burst: bool,
    },
    /// A scan ended (or was cancelled, or text after it was dropped).
    Done(Finished),
}

#[derive(Debug, Default)]
enum State {
    /// No burst being watched.
    #[default]
    Idle,
    /// Keys held until their burst is classified; `text` is what they type.
    Held { keys: Vec<KeyEvent>, text: String },
    /// A burst that is not a scan: its fast keys act as burst keys.
    Ordinary,
    /// Keys captured as a scan. `explicit`: after the scan key; `burst`: the keys
    /// came fast (else a person is typing an ID after the scan key).
    Capture {
        text: String,
        explicit: bool,
        burst: bool,
    },
    /// After a complete badge: the rest of its burst is swallowed; `ignored`
    /// counts characters other than white space.
    Trailing { ignored: usize },
}

/// Watches keys for badge scans; see the module documentation for the rule.
#[derive(Debug, Default)]
pub struct ScanDetector {
    state: State,
    armed: bool,
    last_key: Option<Instant>,
    /// The characters of the burst being read, and of the last one.
    raw: String,
    last_raw: String,
}

impl ScanDetector {
    /// The scan key: capture the next keys (or paste) as a scan.
    pub fn arm(&mut self) {
        self.state = State::Idle;
        self.armed = true;
    }

    /// True after the scan key until the first key of the scan (or Esc).
    pub fn armed(&self) -> bool {
        self.armed
    }

    /// True while keys are being captured (nothing reaches the form).
    pub fn capturing(&self) -> bool {
        self.armed || matches!(self.state, State::Capture { .. })
    }

    /// The characters of the last burst of two or more keys (or scan or paste
    /// read as one), as they came: for the scanner check screen.
    pub fn last_burst(&self) -> &str {
        &self.last_raw
    }

    /// The characters of the scan just finished: the burst being read, or
    /// (once it has ended) the last one.
    pub fn scan_text(&self) -> &str {
        if self.raw.is_empty() {
            &self.last_raw
        } else {
            &self.raw
        }
    }

    /// The app starts waiting for input at `now`: only the time from here to
    /// the next key counts as that key's gap.
    pub fn listening(&mut self, now: Instant) {
        if let Some(last) = &mut self.last_key {
            *last = (*last).max(now);
        }
    }

    /// Records a key's arrival; its gap after the previous key (`None`: at a
    /// person's pace).
    fn clock(&mut self, at: Option<Instant>) -> Option<Duration> {
        let gap = match (at, self.last_key) {
            (Some(now), Some(last)) => Some(now.saturating_duration_since(last)),
            _ => None,
        };
        self.last_key = at;
        gap
    }

    /// How long the state waits for its next key before its burst is over.
    fn wait(&self) -> Option<Duration> {
        match &self.state {
            State::Idle => None,
            // Two or more fast keys that may still be a badge: a pause inside
            // a badge must not split it.
            State::Held { keys, .. } => Some(if keys.len() > 1 {
                SCAN_QUIET
            } else {
                BURST_GAP
            }),
            State::Ordinary => Some(BURST_GAP),
            State::Capture {
                explicit: true,
                burst: false,
                ..
            } => None,
            State::Capture { .. } | State::Trailing { .. } => Some(SCAN_QUIET),
        }
    }

    fn note_raw(&mut self, c: char) {
        if self.raw.chars().count() < RAW_KEPT {
            self.raw.push(c);
        }
    }

    /// Decides about one key pressed at `at`; returns what acts now, in order.
    pub fn on_key(&mut self, key: &KeyEvent, at: Option<Instant>) -> Vec<Out> {
        let within = self.wait();
        let gap = self.clock(at);
        let fast = gap.is_some_and(|g| g < BURST_GAP);
        let in_time = matches!((gap, within), (Some(g), Some(w)) if g < w);
        let ch = scanner_char(key);
        let mut out = Vec::new();

        if self.armed {
            self.armed = false;
            let Some(c) = ch else {
                out.push(Out::Done(Finished::Cancelled));
                if key.code != KeyCode::Esc {
                    out.push(Out::Key {
                        key: *key,
                        burst: false,
                    });
                }
                return out;
            };
            self.raw.clear();
            self.state = State::Capture {
                text: String::new(),
                explicit: true,
                burst: false,
            };
            self.capture(c, fast, &mut out);
            return out;
        }

        match &mut self.state {
            State::Capture { .. } if key.code == KeyCode::Esc => {
                self.state = State::Idle;
                self.keep_raw();
                out.push(Out::Done(Finished::Cancelled));
                return out;
            }
            State::Capture {
                explicit, burst, ..
            } => {
                let person = *explicit && !*burst;
                if let Some(c) = ch
                    && (person || in_time)
                {
                    self.capture(c, fast, &mut out);
                    return out;
                }
                // A person typing an ID after the scan key may correct it.
                if person && key.code == KeyCode::Backspace {
                    if let State::Capture { text, .. } = &mut self.state {
                        text.pop();
                    }
                    return out;
                }
            }
            State::Trailing { ignored } => {
                if let Some(c) = ch
                    && (fast || (is_line_end(c) && in_time))
                {
                    if !c.is_whitespace() {
                        *ignored += 1;
                    }
                    self.note_raw(c);
                    return out;
                }
            }
            State::Held { keys, text } => {
                if let Some(c) = ch
                    && in_time
                {
                    keys.push(*key);
                    text.push(c);
                    self.note_raw(c);
                    self.classify(&mut out);
                    return out;
                }
            }
            State::Ordinary => {
                if let Some(c) = ch
                    && fast
                {
                    self.note_raw(c);
                    out.push(Out::Key {
                        key: *key,
                        burst: true,
                    });
                    return out;
                }
            }
            State::Idle => {}
        }
        // Whatever was being watched ended before this key.
        self.end_burst(&mut out);
        match (ch, at) {
            (Some(c), Some(_)) => {
                self.raw.clear();
                self.note_raw(c);
                self.state = State::Held {
                    keys: vec![*key],
                    text: c.to_string(),
                };
                self.classify(&mut out);
            }
            _ => out.push(Out::Key {
                key: *key,
                burst: false,
            }),
        }
        out
    }

    /// Decides what the held keys are, as far as they tell yet.
    fn classify(&mut self, out: &mut Vec<Out>) {
        let State::Held { keys, text } = &mut self.state else {
            return;
        };
        if starts_with_marker(text) {
            let text = std::mem::take(text);
            self.state = State::Capture {
                text,
                explicit: false,
                burst: true,
            };
            return;
        }
        let last_is_line_end = text.ends_with(is_line_end);
        let b = body(text);
        if last_is_line_end && !b.is_empty() {
            let id = b.trim_end();
            if is_registration_id(id) && !id.contains(is_line_end) {
                let result = parse_scan(text);
                self.state = State::Trailing { ignored: 0 };
                out.push(Out::Done(Finished::Scan(result)));
                return;
            }
        } else if could_be_card(text) || could_be_id(text) {
            return; // keep holding
        }
        if keys.len() > 1 {
            // A burst that is not a scan: its keys act as burst keys.
            out.extend(keys.drain(..).map(|key| Out::Key { key, burst: true }));
            self.state = State::Ordinary;
        }
        // A lone key that cannot start a scan still waits: the next key tells
        // whether it began a burst.
    }

    /// Adds `c` to the capture; a complete card ends it (after the scan key with
    /// keys typed by a person, any Enter ends it).
    fn capture(&mut self, c: char, fast: bool, out: &mut Vec<Out>) {
        self.note_raw(c);
        let State::Capture {
            text,
            explicit,
            burst,
        } = &mut self.state
        else {
            return;
        };
        if fast && !text.is_empty() {
            *burst = true;
        }
        text.push(c);
        if is_line_end(c) && (card_complete(text) || (*explicit && !*burst)) {
            let result = parse_scan(text);
            self.state = State::Trailing { ignored: 0 };
            out.push(Out::Done(Finished::Scan(result)));
        }
    }

    /// Ends whatever burst is being watched: held keys act, a capture is read
    /// (or refused) whole as it stands.
    fn end_burst(&mut self, out: &mut Vec<Out>) {
        match std::mem::take(&mut self.state) {
            State::Capture { text, .. } => {
                out.push(Out::Done(Finished::Scan(parse_scan(&text))));
            }
            State::Trailing { ignored } if ignored > 0 => {
                out.push(Out::Done(Finished::Ignored(ignored)));
            }
            State::Held { keys, .. } => {
                let burst = keys.len() > 1;
                out.extend(keys.into_iter().map(|key| Out::Key { key, burst }));
            }
            _ => {}
        }
        self.keep_raw();
    }

    /// The burst just read becomes the last burst (kept when it had two or more
    /// characters: a person's lone key says nothing about the scanner).
    fn keep_raw(&mut self) {
        if self.raw.chars().nth(1).is_some() {
            self.last_raw = std::mem::take(&mut self.raw);
        } else {
            self.raw.clear();
        }
    }

    /// When the loop must call [`tick`](Self::tick) even without input: the end
    /// of a burst that is being held or read.
    pub fn deadline(&self) -> Option<Instant> {
        let wait = self.wait()?;
        self.last_key.map(|last| last + wait)
    }

    /// Ends a burst that has had no key for its wait by `now`; returns what acts.
    pub fn tick(&mut self, now: Instant) -> Vec<Out> {
        let mut out = Vec::new();
        if self.deadline().is_some_and(|d| now >= d) {
            self.end_burst(&mut out);
        }
        out
    }

    /// A bracketed paste: whatever was held acts first (the first element);
    /// the second is `Some` when the paste is a scan.
    pub fn paste(&mut self, text: &str) -> (Vec<Out>, Option<Finished>) {
        let mut before = Vec::new();
        self.end_burst(&mut before);
        self.last_key = None;
        let armed = std::mem::take(&mut self.armed);
        let id = is_registration_id(text) && text.ends_with(is_line_end);
        let scan = armed || starts_with_marker(text) || id;
        if scan {
            self.last_raw = text.chars().take(RAW_KEPT).collect();
        }
        (before, scan.then(|| Finished::Scan(parse_scan(text))))
    }
}

/// The key a keyboard-wedge scanner sends for `c`: the reverse of
/// [`scanner_char`] (Enter for `\r`, Ctrl-J for `\n`, Tab for `\t`).
pub fn scanner_key(c: char) -> KeyEvent {
    match c {
        '\r' => KeyEvent::from(KeyCode::Enter),
        '\n' => KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL),
        '\t' => KeyEvent::from(KeyCode::Tab),
        c => KeyEvent::from(KeyCode::Char(c)),
    }
}

/// A [`ScanDetector`] in front of one text field, driven as the booth's loop
/// drives it but on a clock of its own: timed key sequences replayed through
/// the detector, for its unit tests and the `scan_keys` fuzz target (feature
/// `test-hooks`, never in a release build).
///
/// Each key comes a given gap after the one before; when no key comes by the
/// detector's [deadline](ScanDetector::deadline), it is ticked there, as the
/// booth's loop does when its poll for input times out. A key that acts types
/// its scanner character into the field (`⏎` for Enter); other keys type
/// nothing.
#[cfg(any(test, feature = "test-hooks"))]
#[derive(Debug)]
pub struct Replay {
    /// The detector.
    pub det: ScanDetector,
    /// What the keys that acted typed.
    pub text: String,
    /// What the keys that acted as a person's (not burst) keys typed.
    pub person: String,
    /// How scans ended, in order.
    pub done: Vec<Finished>,
    /// The replay's clock: the last key's time, or the end of the last wait.
    pub now: Instant,
}

#[cfg(any(test, feature = "test-hooks"))]
impl Default for Replay {
    fn default() -> Self {
        Replay {
            det: ScanDetector::default(),
            text: String::new(),
            person: String::new(),
            done: Vec::new(),
            now: Instant::now(),
        }
    }
}

#[cfg(any(test, feature = "test-hooks"))]
impl Replay {
    /// What the field shows for a scanner character: Enter as `⏎`.
    pub fn shown(c: char) -> char {
        if c == '\r' { '⏎' } else { c }
    }

    /// Acts on what the detector let through, in order.
    pub fn act(&mut self, outs: Vec<Out>) {
        for out in outs {
            match out {
                Out::Done(d) => self.done.push(d),
                Out::Key { key, burst } => {
                    if let Some(c) = scanner_char(&key).map(Self::shown) {
                        self.text.push(c);
                        if !burst {
                            self.person.push(c);
                        }
                    }
                }
            }
        }
    }

    /// `key`, `gap` after the previous key (or wait).
    pub fn key(&mut self, key: KeyEvent, gap: Duration) {
        self.wait_until(self.now + gap);
        self.now += gap;
        let outs = self.det.on_key(&key, Some(self.now));
        self.act(outs);
    }

    /// `text` as a scanner types it ([`scanner_key`]), every key `gap` apart.
    pub fn typed(&mut self, text: &str, gap: Duration) {
        self.typed_paced(text, |_| gap);
    }

    /// `text` as a scanner types it, key `i` `gap(i)` after the one before.
    pub fn typed_paced(&mut self, text: &str, gap: impl Fn(usize) -> Duration) {
        for (i, c) in text.chars().enumerate() {
            self.key(scanner_key(c), gap(i));
        }
    }

    /// No key for `gap`.
    pub fn wait(&mut self, gap: Duration) {
        self.wait_until(self.now + gap);
        self.now += gap;
    }

    /// The loop's ticks at every deadline up to `end`.
    fn wait_until(&mut self, end: Instant) {
        while let Some(d) = self.det.deadline().filter(|d| *d <= end) {
            let outs = self.det.tick(d);
            self.act(outs);
            if self.det.deadline() == Some(d) {
                break;
            }
        }
    }

    /// The booth is busy for `gap` (handling an event, drawing): the clock
    /// moves on without a tick, then the loop listens again
    /// ([`ScanDetector::listening`]).
    pub fn busy(&mut self, gap: Duration) {
        self.now += gap;
        self.det.listening(self.now);
    }

    /// A bracketed paste of `text`.
    pub fn paste(&mut self, text: &str) {
        let (before, scan) = self.det.paste(text);
        self.act(before);
        self.done.extend(scan);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    #[test]
    fn a_person_typing_me_slowly_gets_me() {
        let mut f = Replay::default();
        f.typed("MECARD:N:x;;\r", 120 * MS);
        f.wait(50 * MS);
        assert_eq!(f.text, "MECARD:N:x;;⏎");
        assert_eq!(f.person, f.text, "every key acted as a person's");
        assert!(f.done.is_empty());
    }

    #[test]
    fn a_lone_key_is_held_until_the_burst_gap_then_acts() {
        let mut f = Replay::default();
        f.typed(" ", Duration::ZERO);
        assert_eq!(f.text, "", "held");
        assert!(f.det.deadline().is_some());
        f.wait(BURST_GAP);
        assert_eq!(f.person, " ");
    }

    #[test]
    fn a_fast_me_that_stops_is_typed_as_burst_keys() {
        let mut f = Replay::default();
        f.typed("ME", 3 * MS);
        f.wait(SCAN_QUIET);
        f.typed("xico", 150 * MS);
        f.wait(50 * MS);
        assert_eq!(f.text, "MExico");
        assert_eq!(f.person, "xico", "M and E came at scanner speed");
        assert!(f.done.is_empty());
    }

    #[test]
    fn a_mecard_burst_is_captured_and_nothing_acts() {
        let mut f = Replay::default();
        f.typed("Zoë", 200 * MS);
        f.wait(500 * MS);
        f.typed("MECARD:N:Lovelace,Ada;EMAIL:a@example.org;;\r\r", 2 * MS);
        assert_eq!(f.text, "Zoë");
        assert!(matches!(
            f.done[..],
            [Finished::Scan(Ok(BadgeScan::Contact(_)))]
        ));
        f.wait(SCAN_QUIET);
        assert_eq!(f.done.len(), 1, "a final Enter is swallowed silently");
        assert_eq!(
            f.det.last_burst(),
            "MECARD:N:Lovelace,Ada;EMAIL:a@example.org;;\r\r"
        );
    }

    #[test]
    fn leading_enters_and_spaces_before_a_card_never_act() {
        let mut f = Replay::default();
        f.wait(500 * MS);
        f.typed(
            "\r\r \rBEGIN:VCARD\rVERSION:3.0\rN:Doe;Jane\rEND:VCARD\r",
            2 * MS,
        );
        assert_eq!(f.text, "");
        assert!(matches!(
            f.done[..],
            [Finished::Scan(Ok(BadgeScan::Contact(_)))]
        ));
    }

    #[test]
    fn pauses_inside_a_card_do_not_split_it() {
        let mut f = Replay::default();
        f.wait(500 * MS);
        f.typed("\rME", 2 * MS);
        f.typed("C", 150 * MS);
        f.typed("ARD:N:Doe,Jane;EMAIL:jane@", 2 * MS);
        f.typed("e", 300 * MS);
        f.typed("xample.com;;\r", 2 * MS);
        f.wait(SCAN_QUIET);
        assert_eq!(f.text, "");
        assert!(matches!(
            f.done[..],
            [Finished::Scan(Ok(BadgeScan::Contact(_)))]
        ));
    }

    #[test]
    fn a_card_of_any_length_is_read_whole() {
        let org = "x".repeat(5000);
        let card = format!("BEGIN:VCARD\rVERSION:3.0\rN:Doe;Jane\rORG:{org}\rEND:VCARD\r");
        let mut f = Replay::default();
        f.wait(500 * MS);
        f.typed(&card, 1 * MS);
        f.wait(SCAN_QUIET);
        assert_eq!(f.text, "");
        let [Finished::Scan(Ok(BadgeScan::Contact(p)))] = &f.done[..] else {
            panic!("{:?}", f.done);
        };
        assert_eq!(p.company.as_deref(), Some(org.as_str()));
    }

    #[test]
    fn a_registration_id_burst_needs_its_enter() {
        let mut f = Replay::default();
        f.typed("A-000123\r", 4 * MS);
        assert_eq!(f.text, "");
        assert_eq!(
            f.done,
            [Finished::Scan(Ok(BadgeScan::RegistrationId(
                "A-000123".into()
            )))]
        );
        // Without the Enter it is text, and a slow Enter is a person's.
        let mut f = Replay::default();
        f.typed("A-000124", 4 * MS);
        f.wait(SCAN_QUIET);
        f.typed("\r", 100 * MS);
        f.wait(100 * MS);
        assert_eq!(f.text, "A-000124⏎");
        assert_eq!(f.person, "⏎");
        assert!(f.done.is_empty());
    }

    #[test]
    fn a_cut_off_vcard_fails_when_the_burst_ends_and_nothing_acts() {
        let mut f = Replay::default();
        f.typed("Ann", 150 * MS);
        f.wait(300 * MS);
        f.typed("BEGIN:VCARD\rVERSION:3.0\rN:Smith;Ann\r", 1 * MS);
        assert!(f.done.is_empty());
        assert!(f.det.deadline().is_some());
        f.wait(100 * MS);
        assert!(f.done.is_empty(), "a pause inside a card is waited out");
        f.wait(SCAN_QUIET);
        assert_eq!(
            f.done,
            [Finished::Scan(Err(BadgeError::VCardNotTerminated))]
        );
        assert_eq!(f.text, "Ann");
        f.typed("e", 200 * MS);
        f.wait(50 * MS);
        assert_eq!(f.text, "Anne");
    }

    #[test]
    fn the_scan_key_captures_a_hand_typed_id_until_enter_and_esc_cancels() {
        let mut f = Replay::default();
        f.det.arm();
        f.typed("a-1\r", 300 * MS);
        assert_eq!(f.text, "");
        assert_eq!(f.done, [Finished::Scan(Err(BadgeError::Unrecognized))]);
        f.det.arm();
        f.typed("B-000777\r", 300 * MS);
        assert_eq!(
            f.done[1],
            Finished::Scan(Ok(BadgeScan::RegistrationId("B-000777".into())))
        );
        f.det.arm();
        f.typed("B-0007x", 300 * MS);
        f.key(KeyEvent::from(KeyCode::Backspace), 300 * MS);
        f.typed("78\r", 300 * MS);
        assert_eq!(
            f.done[2],
            Finished::Scan(Ok(BadgeScan::RegistrationId("B-000778".into())))
        );
        f.det.arm();
        f.key(KeyEvent::from(KeyCode::Esc), 300 * MS);
        assert_eq!(f.done[3], Finished::Cancelled);
        assert!(!f.det.armed());
        assert_eq!(f.text, "", "nothing reached the field");
    }

    #[test]
    fn text_after_a_complete_badge_in_the_same_burst_is_dropped_and_reported() {
        let mut f = Replay::default();
        f.typed("MECARD:N:A,B;;\rjunk", 2 * MS);
        assert_eq!(f.text, "");
        f.wait(SCAN_QUIET);
        assert_eq!(f.done[1], Finished::Ignored(4));
    }

    #[test]
    fn a_late_final_enter_is_still_swallowed() {
        let mut f = Replay::default();
        f.typed("MECARD:N:A,B;;", 2 * MS);
        f.typed("\r", 80 * MS);
        f.wait(SCAN_QUIET);
        assert_eq!(f.text, "");
        assert_eq!(f.done.len(), 1);
    }

    #[test]
    fn ordinary_bursts_pass_every_key_in_order_as_burst_keys() {
        let mut f = Replay::default();
        let s: String = (0..500).map(|i| ['M', 'x', '1', ' ', 'é'][i % 5]).collect();
        f.typed(&s, MS / 10);
        f.wait(50 * MS);
        assert_eq!(f.text, s);
        assert_eq!(f.person, "");
    }

    #[test]
    fn pastes_are_scans_only_when_they_look_like_badges() {
        let mut d = ScanDetector::default();
        assert!(d.paste("Ada Lovelace").1.is_none());
        assert!(d.paste("A-000123").1.is_none(), "an ID needs its line end");
        assert!(d.paste("A-000123\r\n").1.is_some());
        assert!(d.paste("mecard:N:x;;").1.is_some());
        d.arm();
        assert_eq!(
            d.paste("hello").1,
            Some(Finished::Scan(Err(BadgeError::Unrecognized)))
        );
    }

    #[test]
    fn scanner_keys() {
        use KeyModifiers as M;
        let k = |c, m| KeyEvent::new(c, m);
        assert_eq!(scanner_char(&k(KeyCode::Char('A'), M::SHIFT)), Some('A'));
        assert_eq!(scanner_char(&k(KeyCode::Char('j'), M::CONTROL)), Some('\n'));
        assert_eq!(scanner_char(&k(KeyCode::Enter, M::NONE)), Some('\r'));
        assert_eq!(scanner_char(&k(KeyCode::Char('s'), M::CONTROL)), None);
        assert_eq!(scanner_char(&k(KeyCode::F(3), M::NONE)), None);
    }
}
