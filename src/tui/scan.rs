//! Telling a badge scanner from a person at the keyboard.
//!
//! A USB barcode/QR scanner in keyboard-wedge mode "types" the badge: a MECARD, a
//! vCard or a registration ID arrives as key presses, a few milliseconds apart,
//! with an Enter for every line break and usually one at the end. Those Enters
//! must not move focus or answer a question, and the payload must not land in
//! whatever field has focus. [`ScanDetector`] watches the key stream and decides.
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
//!   arrows, function keys, Ctrl-chords) ends a burst.
//! - While a burst could still be a scan, its keys go to the form as usual (a
//!   person typing "ME" gets "ME"), and the form as it was before the burst's first
//!   key is kept. The burst is a scan as soon as its text starts with `MECARD:` or
//!   `BEGIN:VCARD` (any case), or when an Enter in it follows text that is a whole
//!   registration ID ([`crate::badge::is_registration_id`]). The form is then put
//!   back as it was before the burst, and the rest of the burst, inner Enters
//!   included, is captured instead of typed.
//! - A captured scan ends at an Enter after which the text reads as a complete
//!   badge ([`parse_scan`] succeeds), or when the burst ends (a key that is not
//!   fast, a key that is not a scanner key, or [`BURST_GAP`] without a key:
//!   [`ScanDetector::deadline`] tells the loop when to look). The scanner's final
//!   Enter and anything else in the same burst after a complete badge are
//!   swallowed, never typed into the form.
//! - After the scan key ([`ScanDetector::arm`], F3) the next keys are captured
//!   whatever their timing: a scan, or a registration ID typed by hand and ended
//!   with Enter. Esc cancels.
//! - A bracketed paste is a scan when its text starts with `MECARD:` or
//!   `BEGIN:VCARD`, or is a registration ID ending in a line break, or when the
//!   scan key was pressed just before.
//!
//! The detector is generic over the snapshot it keeps (the app keeps the whole
//! capture form), so its rules are tested here on plain strings. Time is passed
//! in with every key: `None` means "at a person's pace" (never fast).

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::badge::{BadgeError, BadgeScan, is_registration_id, parse_scan};

/// Keys closer together than this belong to one burst.
pub const BURST_GAP: Duration = Duration::from_millis(20);

/// Longest registration ID (see [`is_registration_id`]).
const MAX_ID_LEN: usize = 32;

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

/// `text` (leading white space ignored) starts with a whole `MECARD:` or
/// `BEGIN:VCARD`, in any case.
fn starts_with_marker(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    MARKERS.iter().any(|m| {
        t.get(..m.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(m))
    })
}

/// `text` could still grow into a marker or a registration ID.
fn could_be_scan(text: &str) -> bool {
    crate::badge::looks_like_scan_start(text)
        || (text.len() <= MAX_ID_LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'))
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

/// What the app does with one key.
#[derive(Debug)]
pub struct Verdict<S> {
    /// Put the form back to this: the burst's first keys were a scan's start.
    pub restore: Option<S>,
    /// A scan ended (before this key, or with it).
    pub finished: Option<Finished>,
    /// The key goes on to the screen as usual; false when it was captured.
    pub pass: bool,
}

impl<S> Verdict<S> {
    fn pass() -> Self {
        Verdict {
            restore: None,
            finished: None,
            pass: true,
        }
    }
}

#[derive(Debug)]
enum State<S> {
    /// No burst being watched.
    Idle,
    /// A burst that may still be a scan; its keys went to the form as usual.
    /// `before` is the form before its first key.
    Candidate { text: String, before: S },
    /// A burst that cannot be a scan: nothing to watch until it ends.
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
#[derive(Debug)]
pub struct ScanDetector<S> {
    state: State<S>,
    armed: bool,
    last_key: Option<Instant>,
}

impl<S> Default for ScanDetector<S> {
    fn default() -> Self {
        ScanDetector {
            state: State::Idle,
            armed: false,
            last_key: None,
        }
    }
}

impl<S: Clone> ScanDetector<S> {
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

    /// The app starts waiting for input at `now`: only the time from here to
    /// the next key counts as that key's gap.
    pub fn listening(&mut self, now: Instant) {
        if let Some(last) = &mut self.last_key {
            *last = (*last).max(now);
        }
    }

    /// Records a key's arrival; true when it is fast (part of a burst).
    fn clock(&mut self, at: Option<Instant>) -> bool {
        let fast = match (at, self.last_key) {
            (Some(now), Some(last)) => now.saturating_duration_since(last) < BURST_GAP,
            _ => false,
        };
        self.last_key = at;
        fast
    }

    /// A key on a screen without scan detection (lists, confirmations): only its
    /// time is noted, and any watched burst is dropped. True when it is fast, so
    /// a confirmation can refuse an answer typed by a scanner.
    pub fn other_key(&mut self, at: Option<Instant>) -> bool {
        self.armed = false;
        self.state = State::Idle;
        self.clock(at)
    }

    /// Decides about one key pressed on the capture form at `at`. `form` is the
    /// form as it is before the key (kept when a burst starts).
    pub fn on_key(&mut self, key: &KeyEvent, at: Option<Instant>, form: &S) -> Verdict<S> {
        let fast = self.clock(at);
        let ch = scanner_char(key);
        let mut verdict = Verdict::pass();

        if self.armed {
            self.armed = false;
            let Some(c) = ch else {
                verdict.finished = Some(Finished::Cancelled);
                verdict.pass = key.code != KeyCode::Esc;
                return verdict;
            };
            self.state = State::Capture {
                text: String::new(),
                explicit: true,
                burst: false,
            };
            return self.capture(c, fast);
        }

        match (&self.state, ch) {
            (State::Capture { .. }, _) if key.code == KeyCode::Esc => {
                self.state = State::Idle;
                verdict.finished = Some(Finished::Cancelled);
                verdict.pass = false;
                return verdict;
            }
            (
                State::Capture {
                    explicit, burst, ..
                },
                Some(c),
            ) if fast || (*explicit && !*burst) => {
                return self.capture(c, fast);
            }
            // A person typing an ID after the scan key may correct it.
            (
                State::Capture {
                    explicit: true,
                    burst: false,
                    ..
                },
                None,
            ) if key.code == KeyCode::Backspace => {
                if let State::Capture { text, .. } = &mut self.state {
                    text.pop();
                }
                verdict.pass = false;
                return verdict;
            }
            (State::Trailing { .. }, Some(c)) if fast => {
                if let State::Trailing { ignored } = &mut self.state
                    && !c.is_whitespace()
                {
                    *ignored += 1;
                }
                verdict.pass = false;
                return verdict;
            }
            _ => {}
        }
        // Whatever was being watched ended before this key.
        if !fast || ch.is_none() {
            verdict.finished = self.end_burst();
        }
        let Some(c) = ch else {
            return verdict;
        };
        if matches!(self.state, State::Idle) {
            self.state = State::Candidate {
                text: String::new(),
                before: form.clone(),
            };
        }
        let State::Candidate { text, .. } = &mut self.state else {
            return verdict; // Ordinary: nothing to watch
        };
        if is_line_end(c) {
            if is_registration_id(text) {
                let result = parse_scan(text);
                verdict.restore = self.take_before();
                self.state = State::Trailing { ignored: 0 };
                verdict.finished = Some(Finished::Scan(result));
                verdict.pass = false;
            } else {
                self.state = State::Ordinary;
            }
            return verdict;
        }
        text.push(c);
        if starts_with_marker(text) {
            let text = std::mem::take(text);
            verdict.restore = self.take_before();
            self.state = State::Capture {
                text,
                explicit: false,
                burst: true,
            };
            verdict.pass = false;
        } else if !could_be_scan(text) {
            self.state = State::Ordinary;
        }
        verdict
    }

    /// Adds `c` to the capture; an Enter after a complete badge ends it (after the
    /// scan key with keys typed by a person, any Enter ends it).
    fn capture(&mut self, c: char, fast: bool) -> Verdict<S> {
        let mut verdict = Verdict::pass();
        verdict.pass = false;
        let State::Capture {
            text,
            explicit,
            burst,
        } = &mut self.state
        else {
            return verdict;
        };
        if fast && !text.is_empty() {
            *burst = true;
        }
        text.push(c);
        if is_line_end(c) {
            let result = parse_scan(text);
            if result.is_ok() || (*explicit && !*burst) {
                verdict.finished = Some(Finished::Scan(result));
                self.state = State::Trailing { ignored: 0 };
            }
        }
        verdict
    }

    fn take_before(&mut self) -> Option<S> {
        match std::mem::replace(&mut self.state, State::Idle) {
            State::Candidate { before, .. } => Some(before),
            _ => None,
        }
    }

    /// Ends whatever burst is being watched: a capture is read as it stands.
    fn end_burst(&mut self) -> Option<Finished> {
        match std::mem::replace(&mut self.state, State::Idle) {
            State::Capture { text, .. } => Some(Finished::Scan(parse_scan(&text))),
            State::Trailing { ignored } if ignored > 0 => Some(Finished::Ignored(ignored)),
            _ => None,
        }
    }

    /// When the loop must call [`tick`](Self::tick) even without input: the end of
    /// a burst whose ending changes the screen.
    pub fn deadline(&self) -> Option<Instant> {
        let pending = match &self.state {
            State::Capture {
                explicit, burst, ..
            } => *burst || !*explicit,
            State::Trailing { ignored } => *ignored > 0,
            _ => false,
        };
        self.last_key
            .filter(|_| pending)
            .map(|last| last + BURST_GAP)
    }

    /// Ends a burst that has had no key for [`BURST_GAP`] by `now`.
    pub fn tick(&mut self, now: Instant) -> Option<Finished> {
        let quiet = self
            .last_key
            .is_none_or(|last| now.saturating_duration_since(last) >= BURST_GAP);
        if !quiet {
            return None;
        }
        match &self.state {
            // A person typing an ID after the scan key: wait for their Enter.
            State::Capture {
                explicit: true,
                burst: false,
                ..
            } => None,
            _ => self.end_burst(),
        }
    }

    /// A bracketed paste on the capture form: `Some` when it is a scan. A capture
    /// in progress ends first (returned as the first element).
    pub fn paste(&mut self, text: &str) -> (Option<Finished>, Option<Finished>) {
        let before = self.end_burst();
        self.last_key = None;
        let armed = std::mem::take(&mut self.armed);
        let id = is_registration_id(text) && text.ends_with(is_line_end);
        let scan =
            (armed || starts_with_marker(text) || id).then(|| Finished::Scan(parse_scan(text)));
        (before, scan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    /// A form that is just the text typed into one field.
    #[derive(Debug)]
    struct Field {
        text: String,
        det: ScanDetector<String>,
        done: Vec<Finished>,
        t: Instant,
    }

    impl Field {
        fn new() -> Self {
            Field {
                text: String::new(),
                det: ScanDetector::default(),
                done: Vec::new(),
                t: Instant::now(),
            }
        }

        fn key(&mut self, key: KeyEvent, gap: Duration) {
            self.t += gap;
            let v = self.det.on_key(&key, Some(self.t), &self.text);
            if let Some(before) = v.restore {
                self.text = before;
            }
            self.done.extend(v.finished);
            if v.pass {
                match scanner_char(&key) {
                    Some('\r') => self.text.push('⏎'),
                    Some(c) => self.text.push(c),
                    None => {}
                }
            }
        }

        fn typed(&mut self, s: &str, gap: Duration) {
            for c in s.chars() {
                let key = match c {
                    '\r' => KeyEvent::from(KeyCode::Enter),
                    c => KeyEvent::from(KeyCode::Char(c)),
                };
                self.key(key, gap);
            }
        }

        fn wait(&mut self, gap: Duration) {
            self.t += gap;
            self.done.extend(self.det.tick(self.t));
        }
    }

    #[test]
    fn a_person_typing_me_slowly_gets_me() {
        let mut f = Field::new();
        f.typed("MECARD:N:x;;\r", 120 * MS);
        assert_eq!(f.text, "MECARD:N:x;;⏎");
        assert!(f.done.is_empty());
    }

    #[test]
    fn a_fast_me_that_stops_stays_typed() {
        let mut f = Field::new();
        f.typed("ME", 3 * MS);
        f.wait(50 * MS);
        f.typed("xico", 150 * MS);
        assert_eq!(f.text, "MExico");
        assert!(f.done.is_empty());
    }

    #[test]
    fn a_mecard_burst_is_captured_and_the_field_restored() {
        // The first key comes after a pause, all others fast.
        let mut f = Field::new();
        f.typed("Zoë", 200 * MS);
        f.t += 500 * MS;
        f.typed("MECARD:N:Lovelace,Ada;EMAIL:a@example.org;;\r\r", 2 * MS);
        assert_eq!(f.text, "Zoë");
        assert!(matches!(
            f.done[..],
            [Finished::Scan(Ok(BadgeScan::Contact(_)))]
        ));
        f.wait(30 * MS);
        assert_eq!(f.done.len(), 1, "a final Enter is swallowed silently");
    }

    #[test]
    fn a_registration_id_burst_needs_its_enter() {
        let mut f = Field::new();
        f.typed("A-000123\r", 4 * MS);
        assert_eq!(f.text, "");
        assert_eq!(
            f.done,
            [Finished::Scan(Ok(BadgeScan::RegistrationId(
                "A-000123".into()
            )))]
        );
        // Without the Enter it is text, and a slow Enter is a person's.
        let mut f = Field::new();
        f.typed("A-000124", 4 * MS);
        f.wait(100 * MS);
        f.typed("\r", 100 * MS);
        assert_eq!(f.text, "A-000124⏎");
        assert!(f.done.is_empty());
    }

    #[test]
    fn a_cut_off_vcard_fails_when_the_burst_ends_and_keeps_the_field() {
        let mut f = Field::new();
        f.typed("Ann", 150 * MS);
        f.t += 300 * MS;
        f.typed("BEGIN:VCARD\rVERSION:3.0\rN:Smith;Ann\r", 1 * MS);
        assert!(f.done.is_empty());
        assert!(f.det.deadline().is_some());
        f.wait(5 * MS);
        assert!(f.done.is_empty(), "still within the burst");
        f.wait(30 * MS);
        assert_eq!(
            f.done,
            [Finished::Scan(Err(BadgeError::VCardNotTerminated))]
        );
        assert_eq!(f.text, "Ann");
        f.typed("e", 200 * MS);
        assert_eq!(f.text, "Anne");
    }

    #[test]
    fn the_scan_key_captures_a_hand_typed_id_until_enter_and_esc_cancels() {
        let mut f = Field::new();
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
        let mut f = Field::new();
        f.typed("MECARD:N:A,B;;\rjunk", 2 * MS);
        assert_eq!(f.text, "");
        f.wait(30 * MS);
        assert_eq!(f.done[1], Finished::Ignored(4));
    }

    #[test]
    fn ordinary_bursts_pass_every_key_in_order() {
        let mut f = Field::new();
        let s: String = (0..500).map(|i| ['M', 'x', '1', ' ', 'é'][i % 5]).collect();
        f.typed(&s, MS / 10);
        assert_eq!(f.text, s);
    }

    #[test]
    fn pastes_are_scans_only_when_they_look_like_badges() {
        let mut d = ScanDetector::<String>::default();
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
