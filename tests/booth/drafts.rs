//! Drafts of the staff form, whole-app: when they are written (debounce on the
//! harness's clock, keys at explicit times since the booth opened), when they
//! are deleted, and that recovering one restores every field exactly.

use std::time::Duration;

use leadbooth::config::{Event, QuestionKind};
use leadbooth::lead::Rating;
use leadbooth::tui::App;
use leadbooth::tui::draft::{FormDraft, RecoverOffer};
use leadbooth::tui::form::{ContactField, Focus};
use leadbooth::tui::message::MessageKind;
use leadbooth::tui::modal::Modal;
use leadbooth::tui::screen::ScreenKind;
use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyModifiers};

use crate::support::app::{TuiBooth, char_event, consent_index, fixed_now, key_event};

/// A staff booth, captures at [`fixed_now`].
fn staff() -> TuiBooth {
    TuiBooth::options().clock(fixed_now).open()
}

/// The draft offered at start, while the offer is open.
fn offer(app: &App) -> Option<&RecoverOffer> {
    match app.modal() {
        Some(Modal::Recover(offer)) => Some(offer),
        _ => None,
    }
}

fn ms(ms: u64) -> Duration {
    Duration::from_millis(ms)
}

/// Keys at explicit times on the test's timeline.
trait Timeline {
    fn at(&mut self, ms: u64, ev: TermEvent);
    fn tick(&mut self, ms: u64) -> bool;
    fn type_at(&mut self, ms: u64, s: &str) -> u64;
    fn key_at(&mut self, ms: u64, code: KeyCode);
    fn stored_first_name(&self) -> Option<String>;
    fn writes(&self) -> u64;
}

impl Timeline for TuiBooth {
    /// `ev` at `ms` after the booth opened.
    fn at(&mut self, ms: u64, ev: TermEvent) {
        self.event_at(ev, self::ms(ms));
        // Keys act once the loop sees their burst is over.
        self.settle_burst();
    }

    /// The loop's tick at `ms`.
    fn tick(&mut self, ms: u64) -> bool {
        self.tick_at(self::ms(ms))
    }

    /// Keys 10 ms apart starting at `ms`; returns the time after the last.
    fn type_at(&mut self, ms: u64, s: &str) -> u64 {
        let mut t = ms;
        for c in s.chars() {
            self.at(t, char_event(c));
            t += 10;
        }
        t
    }

    fn key_at(&mut self, ms: u64, code: KeyCode) {
        self.at(ms, key_event(code, KeyModifiers::NONE));
    }

    /// The first name in the stored draft ("" when there is none).
    fn stored_first_name(&self) -> Option<String> {
        self.app
            .store()
            .draft()
            .unwrap()
            .map(|(json, _)| FormDraft::parse(&json).unwrap().first_name)
    }

    fn writes(&self) -> u64 {
        self.app.store().total_changes()
    }
}

#[test]
fn typing_writes_at_most_once_a_second_and_focus_changes_write_at_once() {
    let mut s = staff();
    let start = s.writes();
    // The first key is written at once: nothing was kept before.
    s.type_at(0, "Z");
    assert_eq!(s.stored_first_name().as_deref(), Some("Z"));
    assert_eq!(s.writes(), start + 1);
    // More keys within the second: not yet, not even on the tick.
    s.type_at(300, "o");
    s.type_at(600, "ë");
    assert!(!s.tick(900));
    assert_eq!(s.stored_first_name().as_deref(), Some("Z"));
    assert_eq!(s.writes(), start + 1);
    // A second after the last write, the tick writes what is pending.
    s.tick(1000);
    assert_eq!(s.stored_first_name().as_deref(), Some("Zoë"));
    assert_eq!(s.writes(), start + 2);
    // Nothing new: no write, however often it ticks or focus moves.
    s.tick(3000);
    s.key_at(3100, KeyCode::Tab);
    s.key_at(3200, KeyCode::BackTab);
    assert_eq!(s.writes(), start + 2);
    // A key and at once a focus change: written with the focus change.
    s.type_at(3300, "x");
    s.key_at(3310, KeyCode::Tab);
    assert_eq!(s.stored_first_name().as_deref(), Some("Zoëx"));
    assert_eq!(s.writes(), start + 3);
    // A steady stream of keys (one every 100 ms for 5 s): about one write a second.
    let mut t = 4000;
    for _ in 0..50 {
        s.type_at(t, "a");
        t += 100;
    }
    let stream = s.writes() - (start + 3);
    assert!(
        (4..=6).contains(&stream),
        "{stream} writes for 5 s of typing"
    );
    s.tick(t + 1000);
    let (json, _) = s.app.store().draft().unwrap().unwrap();
    assert_eq!(
        FormDraft::parse(&json).unwrap().last_name,
        "a".repeat(50),
        "the last keys are kept too"
    );
}

#[test]
fn a_burst_loses_no_keys_and_is_kept() {
    let mut s = staff();
    let typed: String = "Zoë Ōkubo 田中 ?<>&'\""
        .chars()
        .cycle()
        .take(1500)
        .collect();
    for c in typed.chars() {
        s.at(0, char_event(c));
    }
    s.tick(1000);
    // A name holds 1,000 characters (issue 13): those are kept, in the form
    // and in the draft; the rest are refused as they are typed.
    let typed: String = typed.chars().take(1_000).collect();
    assert_eq!(s.app.form().contact(ContactField::FirstName).value(), typed);
    assert_eq!(s.stored_first_name().as_deref(), Some(typed.as_str()));
}

#[test]
fn saving_deletes_the_draft() {
    let mut s = staff();
    let t = s.type_at(0, "Zoë");
    s.key_at(t, KeyCode::Tab);
    s.key_at(t + 10, KeyCode::Tab);
    s.type_at(t + 20, "zoe@example.com");
    assert!(s.app.store().draft().unwrap().is_some());
    s.focus_on(Focus::Consent(0));
    s.press(KeyCode::Char(' '));
    s.ctrl('s');
    assert_eq!(s.stored_leads().len(), 1, "{:?}", s.app.message());
    assert!(s.app.store().draft().unwrap().is_none());
    s.restart();
    assert!(offer(&s.app).is_none(), "nothing to offer after a save");
}

#[test]
fn a_refused_save_keeps_the_draft() {
    let mut s = staff();
    s.type_at(0, "Zoë");
    s.ctrl('s');
    assert!(s.stored_leads().is_empty());
    assert_eq!(s.stored_first_name().as_deref(), Some("Zoë"));
}

#[test]
fn clearing_or_quitting_on_purpose_deletes_the_draft() {
    // Seconds apart, so that any write due would happen.
    let mut s = staff();
    s.type_at(0, "Zoë");
    s.key_at(2000, KeyCode::Esc);
    assert!(
        s.app.store().draft().unwrap().is_some(),
        "only asked so far"
    );
    s.key_at(4000, KeyCode::Char('n'));
    assert!(s.app.store().draft().unwrap().is_some());
    s.key_at(6000, KeyCode::Esc);
    s.key_at(8000, KeyCode::Char('y'));
    assert!(s.app.store().draft().unwrap().is_none());
    s.tick(10_000);
    assert!(s.app.store().draft().unwrap().is_none());

    s.type_at(12_000, "Ann");
    assert!(s.app.store().draft().unwrap().is_some());
    s.at(14_000, key_event(KeyCode::Char('q'), KeyModifiers::CONTROL));
    s.key_at(16_000, KeyCode::Char('y'));
    assert!(s.app.should_quit());
    assert!(s.app.store().draft().unwrap().is_none());
    s.tick(18_000);
    s.app.flush_draft();
    assert!(s.app.store().draft().unwrap().is_none(), "not written back");
}

#[test]
fn a_form_emptied_by_hand_leaves_no_draft() {
    let mut s = staff();
    s.type_at(0, "Z");
    assert!(s.app.store().draft().unwrap().is_some());
    s.key_at(10, KeyCode::Backspace);
    s.tick(2000);
    assert!(s.app.store().draft().unwrap().is_none());
}

/// Fills every part of the staff form; returns what it typed in the notes.
fn fill_everything(b: &mut TuiBooth) {
    let event = Event::demo();
    let values = [
        "Zoë",
        "Ōkubo-Nakamura 田中",
        "zoë@例え.jp",
        "Æther & Søn GmbH",
        "Head of «Things» 🚀",
        "+49 30 1234567",
        "DE",
    ];
    for (f, v) in ContactField::ALL.into_iter().zip(values) {
        b.focus_on(Focus::Contact(f));
        b.type_str(v);
    }
    for (i, q) in event.questions.iter().enumerate() {
        b.focus_on(Focus::Question(i));
        match q.kind {
            QuestionKind::Text => b.type_str("Wir brauchen «QR» 📱"),
            QuestionKind::Single => {
                b.press(KeyCode::Right);
                b.press(KeyCode::Right);
            }
            QuestionKind::Multiple => {
                b.press(KeyCode::Char(' '));
                b.press(KeyCode::Down);
                b.press(KeyCode::Down);
                b.press(KeyCode::Char(' '));
            }
        }
    }
    for id in ["policy_ack", "marketing_phone", "share_partners"] {
        b.focus_on(Focus::Consent(consent_index(id)));
        b.press(KeyCode::Char(' '));
    }
    b.focus_on(Focus::Rating);
    b.press(KeyCode::Right);
    b.press(KeyCode::Right);
    b.focus_on(Focus::Notes);
    b.type_str("Line one ✓");
    b.press(KeyCode::Enter);
    b.press(KeyCode::Enter);
    b.type_str("  indented, after a blank line ");
}

#[test]
fn recover_restores_every_field_exactly() {
    let mut s = staff();
    fill_everything(&mut s);
    let event = Event::demo();
    let before = s.app.form().draft(&event);
    let before_draft = FormDraft::of(s.app.form(), &event).unwrap();
    let notes_before = s.app.form().notes().lines().to_vec();
    // The loop's tick writes the last keys a second later; then the crash.
    s.wait(Duration::from_secs(2));
    s.restart();

    let offered = offer(&s.app).expect("offered at start");
    assert_eq!(offered.draft(), &before_draft);
    let text = s.screen(80, 24);
    assert!(text.contains("Recover the unsaved lead from "), "{text}");
    assert!(text.contains("Zoë Ōkubo-Nakamura"), "{text}");
    assert!(hint_text(&text).contains("r recover"), "{text}");
    // Other keys do nothing while asked (and write nothing over the draft).
    s.type_str("xyz");
    s.press(KeyCode::Tab);
    s.ctrl('s');
    s.wait(Duration::from_secs(10));
    assert!(s.app.form().is_blank());
    assert!(s.stored_leads().is_empty());
    assert_eq!(
        FormDraft::parse(&s.app.store().draft().unwrap().unwrap().0).unwrap(),
        before_draft
    );

    s.press(KeyCode::Char('r'));
    assert!(offer(&s.app).is_none());
    let after = s.app.form().draft(&event);
    // Issue 11: everything typed comes back, never a tick; the form records
    // that the details came from a recovered draft.
    let mut expected = before.clone();
    for c in &mut expected.consents {
        c.granted = false;
        c.ticked_at = None;
    }
    expected.entry.push(leadbooth::lead::Entry::RecoveredDraft);
    assert_eq!(after, expected);
    let mut expected_draft = before_draft.clone();
    expected_draft
        .entry
        .push(leadbooth::lead::Entry::RecoveredDraft);
    assert_eq!(FormDraft::of(s.app.form(), &event).unwrap(), expected_draft);
    assert_eq!(s.app.form().notes().lines(), notes_before.as_slice());
    assert_eq!(s.app.form().rating(), Some(Rating::Warm));
    let ticked: Vec<&str> = event
        .purposes
        .iter()
        .enumerate()
        .filter(|(i, _)| s.app.form().consent(*i))
        .map(|(_, p)| p.id.as_str())
        .collect();
    // Issue 11: the three ticks before the crash ("policy_ack",
    // "marketing_phone", "share_partners") are not restored.
    assert_eq!(ticked, [] as [&str; 0]);
    // A warning now (was Info): every consent must be asked for again.
    let m = s.app.message().unwrap();
    assert_eq!(m.kind, MessageKind::Warning);
    assert!(m.text.contains("without its ticks"), "{}", m.text);
    assert!(s.app.store().draft().unwrap().is_some(), "kept until saved");

    // Nothing is saved as agreed until the attendee ticks again: the required
    // notice acknowledgement refuses the save, then only the new tick counts.
    s.ctrl('s');
    assert!(s.stored_leads().is_empty(), "saved without the notice tick");
    let ack = event
        .purposes
        .iter()
        .position(|p| p.id == "policy_ack")
        .unwrap();
    s.focus_on(Focus::Consent(ack));
    s.press(KeyCode::Char(' '));
    // Saved, it is a lead like any other, and the draft is gone.
    s.ctrl('s');
    let saved = s.stored_leads();
    let granted: Vec<&str> = saved
        .iter()
        .flat_map(|l| &l.consents)
        .filter(|c| c.granted)
        .map(|c| c.purpose.as_str())
        .collect();
    assert_eq!(
        granted,
        ["policy_ack"],
        "only what was ticked after recovery"
    );
    let entry = &saved[0].collection.as_ref().unwrap().entry;
    assert!(
        entry.contains(&leadbooth::lead::Entry::RecoveredDraft),
        "{entry:?}"
    );
    assert_eq!(saved.len(), 1, "{:?}", s.app.message());
    assert_eq!(saved[0].job_title, "Head of «Things» 🚀");
    assert_eq!(
        saved[0].notes,
        "Line one ✓\n\n  indented, after a blank line "
    );
    assert!(s.app.store().draft().unwrap().is_none());
}

fn hint_text(text: &str) -> String {
    text.lines().last().unwrap().to_owned()
}

#[test]
fn discard_deletes_the_draft() {
    let mut s = staff();
    s.type_at(0, "Zoë");
    s.restart();
    assert!(offer(&s.app).is_some());
    s.press(KeyCode::Char('d'));
    assert!(offer(&s.app).is_none());
    assert!(s.app.form().is_blank());
    assert!(s.app.store().draft().unwrap().is_none());
    assert_eq!(s.app.message().unwrap().text, "Unsaved lead discarded.");
    s.restart();
    assert!(offer(&s.app).is_none());
}

#[test]
fn the_draft_offer_takes_no_paste() {
    let mut s = staff();
    s.type_at(0, "Zoë");
    s.restart();
    let offered = s.stored_first_name();
    s.send(TermEvent::Paste("Ann".into()));
    assert!(offer(&s.app).is_some(), "still offered");
    assert!(s.app.form().is_blank());
    assert_eq!(s.stored_first_name(), offered, "the draft on offer is kept");
}

#[test]
fn an_unreadable_draft_is_reported_and_discarded_not_a_crash() {
    for bad in [
        "{not json",
        r#"{"version":99}"#,
        r#"{"version":1,"event_id":"x"}"#,
        "",
    ] {
        let mut s = staff();
        s.app.store().save_draft(bad).unwrap();
        s.restart();
        let app = &s.app;
        assert!(offer(app).is_none(), "{bad:?}");
        let m = app.message().expect("reported");
        assert_eq!(m.kind, MessageKind::Warning);
        assert!(
            m.text
                .starts_with("An unsaved lead could not be read and was discarded"),
            "{m:?}"
        );
        assert!(app.store().draft().unwrap().is_none(), "{bad:?}");
        assert_eq!(app.screen().kind(), ScreenKind::Form);
    }
}

#[test]
fn a_signal_flushes_what_the_debounce_held_back() {
    let mut s = staff();
    s.type_at(0, "Z");
    s.type_at(100, "oë");
    assert_eq!(s.stored_first_name().as_deref(), Some("Z"));
    s.app.flush_draft();
    assert_eq!(s.stored_first_name().as_deref(), Some("Zoë"));
}

#[test]
fn snapshot_recover_offer_80x24() {
    let mut s = staff();
    let t = s.type_at(0, "Zoë");
    s.key_at(t, KeyCode::Tab);
    s.type_at(t + 10, "Ōkubo");
    s.app.flush_draft();
    s.restart();
    let text = s.screen(80, 24);
    // The time is local and changes from run to run.
    let time = offer(&s.app)
        .unwrap()
        .time(chrono::Local::now().date_naive());
    insta::assert_snapshot!(text.replace(&time, "HH:MM"));
}

/// Issue 16: after a crash, a badge scanned while the booth asks whether to
/// recover the unsaved lead is not the answer (its leading Enter, its "d"s and
/// "r"s): it is refused whole with the reason, the offer stays, the draft is
/// kept, and the next scan after answering is read.
#[test]
fn a_scan_at_the_recover_prompt_is_refused_whole_and_the_prompt_waits() {
    let payloads = [
        "\rMECARD:N:Doe,Jane;EMAIL:jane.d@example.com;ORG:Red Door;;\r",
        "\r\rBEGIN:VCARD\rVERSION:3.0\rN:Rudd;Dora\rEMAIL:dr@example.org\rEND:VCARD\r",
        "A-000123\r",
    ];
    for payload in payloads {
        let mut s = TuiBooth::with_attendees();
        s.type_at(0, "Zoë");
        s.restart();
        let offered = s.stored_first_name();
        assert!(offer(&s.app).is_some());
        s.scan(payload);
        s.wait(leadbooth::tui::scan::SCAN_QUIET + Duration::from_millis(50));
        assert!(offer(&s.app).is_some(), "still offered after {payload:?}");
        assert!(s.app.form().is_blank(), "{payload:?}");
        assert_eq!(s.stored_first_name(), offered, "draft kept: {payload:?}");
        let m = s.app.message().expect("said why");
        assert_eq!(m.kind, MessageKind::Error);
        assert_eq!(
            m.text,
            leadbooth::tui::strings::scan_refused_recover(leadbooth::i18n::staff())
        );
        // Answered by a person, the offer goes; the same scan is then read.
        s.press(KeyCode::Char('r'));
        assert!(offer(&s.app).is_none());
        let recovered = s
            .app
            .form()
            .contact(ContactField::FirstName)
            .value()
            .to_owned();
        assert_eq!(Some(recovered.clone()), offered);
        s.scan(payload);
        assert_ne!(
            s.app.form().contact(ContactField::FirstName).value(),
            recovered,
            "{payload:?} read after the answer"
        );
    }
}

/// Issue 18: a draft typed under the attendee's language comes back in it
/// (never a tick); a draft in the event's language keeps the JSON it had.
#[test]
fn a_recovered_draft_comes_back_in_the_language_it_was_typed_under() {
    use leadbooth::i18n::Language;
    let mut s = staff();
    let t = s.type_at(0, "Jürgen");
    s.key_at(t, KeyCode::F(4));
    assert_eq!(s.app.form().language(), Language::De);
    s.key_at(t + 10, KeyCode::Tab);
    s.type_at(t + 20, "Weiß");
    s.app.flush_draft();
    let json = s.app.store().draft().unwrap().unwrap().0;
    assert!(json.contains(r#""language":"de""#), "{json}");
    s.restart();
    assert_eq!(s.app.form().language(), Language::En, "asked first");
    s.press(KeyCode::Char('r'));
    assert_eq!(s.app.form().language(), Language::De);
    assert_eq!(s.app.form().contact(ContactField::LastName).value(), "Weiß");
    let text = s.screen(120, 40);
    let german = Event::demo().purpose_label(1, Language::De).text.to_owned();
    assert!(
        text.contains(&german[..20]),
        "the consent wording is German again:\n{text}"
    );

    // In the event's own language the draft names no language.
    let mut s = staff();
    s.type_at(0, "Ann");
    s.app.flush_draft();
    let json = s.app.store().draft().unwrap().unwrap().0;
    assert!(!json.contains("language"), "{json}");
}
