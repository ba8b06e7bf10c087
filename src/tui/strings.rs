//! Every word the booth's own screens show staff, in one place: each is a
//! Fluent message (`i18n/<code>/leadbooth.ftl`, the `staff-` messages) in the
//! staff language, which follows the system locale ([`i18n::staff`]). Values
//! that come from the event (purpose labels, question labels, the event name)
//! are not here: they are the event's own wording; the attendee's words are in
//! [`i18n::msg`] and follow the attendee's choice.
//!
//! Key names (`Ctrl-S`, `Esc`) stay as the keyboard and the README name them;
//! only the space bar, which has no name on its cap, is named in words
//! ([`keys::space`]).

use crate::i18n::{self, Language, arg, msg, msg::booth as b, msg::staff as m, num};

/// Message `id` in the staff language.
fn t(id: i18n::Msg) -> &'static str {
    i18n::staff_text(id)
}

/// Message `id` with its arguments in the staff language.
fn f<'a>(
    id: i18n::Msg,
    args: impl IntoIterator<Item = (&'static str, fluent_bundle::FluentValue<'a>)>,
) -> String {
    i18n::staff_format(id, args)
}

// Times (see `when.rs`)
/// The month's short name as times show them (`1 Dec 14:03`); `month0` from 0.
pub fn month(month0: u32) -> &'static str {
    t(m::MONTHS)
        .split_whitespace()
        .nth(month0 as usize)
        .unwrap_or("?")
}
/// A time on another day of this year: `1 Dec 14:03`.
pub fn date_this_year(day: u32, month: &str, time: &str) -> String {
    f(
        m::DATE_THIS_YEAR,
        [
            ("day", arg(&day.to_string())),
            ("month", arg(month)),
            ("time", arg(time)),
        ],
    )
}
/// A time in another year: `1 Dec 2025 14:03`.
pub fn date_other_year(day: u32, month: &str, year: i32, time: &str) -> String {
    f(
        m::DATE_OTHER_YEAR,
        [
            ("day", arg(&day.to_string())),
            ("month", arg(month)),
            ("year", arg(&year.to_string())),
            ("time", arg(time)),
        ],
    )
}
/// The time zone the screen's times are in, named once per screen.
pub fn times_in(zone: &str) -> String {
    f(m::TIMES_IN, [("zone", arg(zone))])
}

// Status line
/// Label before the staff member's name in the status line.
pub fn staff() -> &'static str {
    t(m::STAFF)
}

/// "1 lead" / "12 leads" in the status line.
pub fn lead_count(n: u64) -> String {
    f(m::LEAD_COUNT, [("count", num(n))])
}

// Too small
/// Shown instead of the screen when the terminal is smaller than 80x24.
pub fn too_small() -> &'static str {
    t(m::TOO_SMALL)
}

// Contact fields, in form order.
/// Field labels of the contact section, in the form's field order, in the
/// staff language (the form itself labels them in the attendee's).
pub fn contact_labels() -> [&'static str; 7] {
    [
        msg::FIELD_FIRST_NAME,
        msg::FIELD_LAST_NAME,
        msg::FIELD_EMAIL,
        msg::FIELD_COMPANY,
        msg::FIELD_JOB_TITLE,
        msg::FIELD_PHONE,
        msg::FIELD_COUNTRY,
    ]
    .map(t)
}

// Form sections
/// Heading of the staff-only part (rating, notes).
pub fn staff_heading() -> &'static str {
    t(m::STAFF_HEADING)
}
/// A form heading on the staff form, with the jump key(s) to it.
pub fn heading_with_jump(heading: &str, keys: &str) -> String {
    format!("{heading}   · {keys}")
}
/// The jump keys to the rating and the notes (beside their heading).
pub fn jump_staff() -> &'static str {
    t(m::JUMP_STAFF)
}
/// Rating label.
pub fn rating() -> &'static str {
    t(m::RATING)
}
/// The rating choices: none first, then [`crate::lead::Rating::ALL`].
pub fn rating_choices() -> [&'static str; 4] {
    [
        m::RATING_NONE,
        m::RATING_HOT,
        m::RATING_WARM,
        m::RATING_COLD,
    ]
    .map(t)
}
/// Notes label.
pub fn notes() -> &'static str {
    t(m::NOTES)
}
/// Placeholder in the empty notes box.
pub fn notes_placeholder() -> &'static str {
    t(m::NOTES_PLACEHOLDER)
}

// Save
/// Status after a save: "Saved. 12 leads captured."
pub fn saved(count: u64) -> String {
    f(m::SAVED, [("count", num(count))])
}
/// Title of the box shown when the person was captured before.
pub fn duplicate_title() -> &'static str {
    t(m::DUPLICATE_TITLE)
}
/// "Kari Nordmann (same email) was already captured at 13:42 by Sam."
/// `matched_by` is [`crate::recapture::MatchedBy::as_str`].
pub fn duplicate_question(name: &str, matched_by: &str, at: &str, by: &str) -> String {
    let who = if name.is_empty() {
        t(m::THIS_PERSON)
    } else {
        name
    };
    let matched = match matched_by {
        "email" => "email",
        "phone" => "phone",
        _ => "badge",
    };
    f(
        m::DUPLICATE_QUESTION,
        [
            ("name", arg(who)),
            ("matched", arg(matched)),
            ("at", arg(at)),
            ("by", arg(by)),
        ],
    )
}
/// Status after a capture updated the lead captured before.
pub fn duplicate_updated(name: &str) -> String {
    let who = if name.is_empty() {
        t(m::THE_LEAD)
    } else {
        name
    };
    f(m::DUPLICATE_UPDATED, [("name", arg(who))])
}
/// Status when the check for an earlier capture failed (the save goes on).
pub fn duplicate_check_failed(error: &str) -> String {
    f(m::DUPLICATE_CHECK_FAILED, [("error", arg(error))])
}
/// Status when the database refused the save; the form is kept.
pub fn store_failed(e: &crate::store::StoreError) -> String {
    // In the staff language where the store says it; SQLite's words as they are.
    let error = e
        .said_in(crate::i18n::staff())
        .unwrap_or_else(|| e.to_string());
    f(m::STORE_FAILED, [("error", arg(&error))])
}
/// A warning about a saved value, e.g. a phone number kept as typed.
pub fn warning(field: &str, message: &str) -> String {
    f(
        msg::CHECK_FIELD,
        [("field", arg(field)), ("message", arg(message))],
    )
}
/// A rule broken by something not on the form (e.g. the staff name).
pub fn other_problem(field: &str, message: &str) -> String {
    format!("{}{message}", i18n::label(i18n::staff(), field))
}

// Badge scans: in the language of whoever reads the line (the attendee's at
// the kiosk, the staff's on the staff booth; `App::scan_language`).
/// Message `id` in `lang`.
fn tl(lang: Language, id: i18n::Msg) -> &'static str {
    i18n::text(lang, id)
}
/// Message `id` with its arguments in `lang`.
fn fl<'a>(
    lang: Language,
    id: i18n::Msg,
    args: impl IntoIterator<Item = (&'static str, fluent_bundle::FluentValue<'a>)>,
) -> String {
    i18n::format(lang, id, args)
}
/// Beside a field filled from a badge scan.
pub fn from_badge(lang: Language) -> &'static str {
    tl(lang, m::FROM_BADGE)
}
/// Message line after the scan key, until the scan arrives.
pub fn scan_armed(lang: Language) -> &'static str {
    tl(lang, m::SCAN_ARMED)
}
/// Message line while a scan is arriving.
pub fn scan_reading(lang: Language) -> &'static str {
    tl(lang, m::SCAN_READING)
}
/// The scan key was cancelled.
pub fn scan_cancelled(lang: Language) -> &'static str {
    tl(lang, m::SCAN_CANCELLED)
}
/// Contact field names in messages, in the form's field order.
pub fn contact_names(lang: Language) -> [&'static str; 7] {
    [
        m::NAME_FIRST_NAME,
        m::NAME_LAST_NAME,
        m::NAME_EMAIL,
        m::NAME_COMPANY,
        m::NAME_JOB_TITLE,
        m::NAME_PHONE,
        m::NAME_COUNTRY,
    ]
    .map(|id| tl(lang, id))
}
/// After a scan filled `filled` fields (marked); `replaced` names fields whose
/// typed content the badge's value replaced; `who` is the registration ID and
/// the attendee's name when the badge carried only an ID, else the name the
/// badge carried (focus moves to the consents, so the fields may be scrolled
/// out of view: the status line says whose badge it was). `fresh`: the badge
/// was a different person's, so the form was cleared first and nothing typed
/// was kept.
pub fn scan_filled(
    lang: Language,
    fresh: bool,
    who: Option<(&str, &str)>,
    name: &str,
    filled: usize,
    replaced: &[&str],
) -> String {
    let count = num(filled as u64);
    let mark = arg(from_badge(lang));
    let mut s = match who {
        Some((id, name)) => fl(
            lang,
            m::SCAN_FILLED_ID,
            [
                ("id", arg(id)),
                ("name", arg(name)),
                ("count", count),
                ("mark", mark),
            ],
        ),
        None if name.trim().is_empty() => {
            fl(lang, m::SCAN_FILLED, [("count", count), ("mark", mark)])
        }
        None => fl(
            lang,
            m::SCAN_FILLED_NAME,
            [("name", arg(name)), ("count", count), ("mark", mark)],
        ),
    };
    if fresh {
        s.push_str(tl(lang, m::SCAN_OTHERS_CLEARED));
    } else if replaced.is_empty() {
        s.push_str(tl(lang, m::SCAN_KEPT));
    } else {
        s.push_str(&fl(
            lang,
            m::SCAN_REPLACED,
            [("fields", arg(&replaced.join(", ")))],
        ));
    }
    s
}
/// A registration ID that is not in the imported attendee list.
pub fn scan_unknown_id(lang: Language, id: &str) -> String {
    fl(lang, m::SCAN_UNKNOWN_ID, [("id", arg(id))])
}
/// The attendee list could not be read for a registration ID.
pub fn scan_lookup_failed(lang: Language, id: &str, error: &str) -> String {
    fl(
        lang,
        m::SCAN_LOOKUP_FAILED,
        [("id", arg(id)), ("error", arg(error))],
    )
}
/// A scan that could not be read.
pub fn scan_failed(lang: Language, error: &str) -> String {
    fl(lang, m::SCAN_FAILED, [("error", arg(error))])
}
/// A badge scan that arrived while the booth asked whether to recover the
/// unsaved lead: never taken as the answer.
pub fn scan_refused_recover(lang: Language) -> &'static str {
    tl(lang, b::DRAFT_SCAN_REFUSED)
}
/// A badge scan that arrived while the staff PIN was asked.
pub fn scan_refused_pin(lang: Language) -> &'static str {
    tl(lang, m::SCAN_REFUSED_PIN)
}
/// A badge scan that arrived while a yes/no question was open.
pub fn scan_refused_question(lang: Language) -> &'static str {
    tl(lang, m::SCAN_REFUSED_QUESTION)
}
/// A badge scan that arrived while "already captured" asked what to do.
pub fn scan_refused_duplicate(lang: Language) -> &'static str {
    tl(lang, m::SCAN_REFUSED_DUPLICATE)
}
/// A badge scan that arrived on a screen other than the capture form.
pub fn scan_refused_screen(lang: Language) -> &'static str {
    tl(lang, m::SCAN_REFUSED_SCREEN)
}
/// Characters that followed a complete badge in the same scan.
pub fn scan_ignored(lang: Language, count: usize) -> String {
    fl(lang, m::SCAN_IGNORED, [("count", num(count as u64))])
}

// Confirmations
/// Asked before Esc clears a form with content.
pub fn confirm_clear() -> &'static str {
    t(m::CONFIRM_CLEAR)
}
/// Asked before Ctrl-Q quits with an unsaved form.
pub fn confirm_quit() -> &'static str {
    t(m::CONFIRM_QUIT)
}
/// Ctrl-Q with a half-typed lead (staff mode).
pub fn confirm_quit_lead() -> &'static str {
    t(m::CONFIRM_QUIT_LEAD)
}
/// Title of the confirmation box.
pub fn confirm_title() -> &'static str {
    t(m::CONFIRM_TITLE)
}
/// Status after the form was cleared on request.
pub fn cleared() -> &'static str {
    t(m::CLEARED)
}
/// Asked before erasing a lead.
pub fn confirm_erase() -> &'static str {
    t(m::CONFIRM_ERASE)
}
/// Asked before withdrawing a consent.
pub fn confirm_withdraw() -> &'static str {
    t(m::CONFIRM_WITHDRAW)
}
/// Asked before leaving an edit with changes.
pub fn confirm_discard() -> &'static str {
    t(m::CONFIRM_DISCARD)
}

// Lead list
/// Title of the lead list.
pub fn leads_title(shown: usize, total: u64) -> String {
    if shown as u64 >= total {
        f(m::LEADS_TITLE, [("total", num(total))])
    } else {
        f(
            m::LEADS_TITLE_LATEST,
            [("shown", num(shown as u64)), ("total", num(total))],
        )
    }
}
/// Column headings of the lead list.
pub fn leads_columns() -> [&'static str; 5] {
    [
        m::COLUMN_TIME,
        m::COLUMN_NAME,
        m::COLUMN_EMAIL,
        m::COLUMN_COMPANY,
        m::COLUMN_CONSENTS,
    ]
    .map(t)
}
/// Shown when there are no leads yet.
pub fn no_leads() -> &'static str {
    t(m::NO_LEADS)
}
/// Shown when the lead list could not be read.
pub fn leads_failed(error: &str) -> String {
    f(m::LEADS_FAILED, [("error", arg(error))])
}
/// Label before the lead list's search box.
pub fn search() -> &'static str {
    t(m::SEARCH)
}
/// Placeholder in the empty search box.
pub fn search_hint() -> &'static str {
    t(m::SEARCH_HINT)
}
/// Beside the search box: how many leads match (`page` is the most loaded).
pub fn search_count(shown: usize, page: usize) -> String {
    if shown >= page && shown > 1 {
        f(m::SEARCH_COUNT_PAGE, [("count", num(shown as u64))])
    } else {
        f(m::SEARCH_COUNT, [("count", num(shown as u64))])
    }
}
/// Shown when no lead matches the search.
pub fn no_match() -> &'static str {
    t(m::NO_MATCH)
}

// Lead details
/// Title of a lead's details.
pub fn lead_title(name: &str) -> String {
    f(m::LEAD_TITLE, [("name", arg(name))])
}
/// Labels of the details, in display order.
pub mod detail {
    use super::{m, t};
    /// Name.
    pub fn name() -> &'static str {
        t(m::DETAIL_NAME)
    }
    /// Captured: when, by whom, how.
    pub fn captured() -> &'static str {
        t(m::DETAIL_CAPTURED)
    }
    /// Badge registration ID.
    pub fn badge_id() -> &'static str {
        t(m::DETAIL_BADGE_ID)
    }
    /// Rating.
    pub fn rating() -> &'static str {
        t(m::DETAIL_RATING)
    }
    /// Lead id.
    pub fn lead_id() -> &'static str {
        t(m::DETAIL_LEAD_ID)
    }
    /// Policy version shown.
    pub fn policy() -> &'static str {
        t(m::DETAIL_POLICY)
    }
    /// Heading of the answers.
    pub fn answers() -> &'static str {
        t(m::DETAIL_ANSWERS)
    }
    /// Heading of the consents.
    pub fn consents() -> &'static str {
        t(m::DETAIL_CONSENTS)
    }
    /// Heading of the notes.
    pub fn notes() -> &'static str {
        t(m::DETAIL_NOTES)
    }
    /// No notes.
    pub fn no_notes() -> &'static str {
        t(m::DETAIL_NO_NOTES)
    }
    /// A granted consent.
    pub fn granted() -> &'static str {
        t(m::DETAIL_GRANTED)
    }
    /// A consent not given.
    pub fn not_granted() -> &'static str {
        t(m::DETAIL_NOT_GRANTED)
    }
    /// Mark of a consent in force.
    pub const MARK_GRANTED: &str = "[x]";
    /// Mark of a consent not given.
    pub const MARK_NOT_GRANTED: &str = "[ ]";
    /// Mark of a consent granted and later withdrawn: no longer in force, and
    /// not to be mistaken for one never given.
    pub const MARK_WITHDRAWN: &str = "[-]";
}
/// "2026-11-29 10:15 UTC by Sam (badge)"; `source` is
/// [`crate::lead::Source::as_str`].
pub fn captured(at: &str, by: &str, source: &str) -> String {
    f(
        m::CAPTURED,
        [("at", arg(at)), ("by", arg(by)), ("source", arg(source))],
    )
}
/// A granted consent's details: when and how (`method` is
/// [`crate::consent::ConsentMethod::as_str`]).
pub fn consent_given(at: &str, method: &str) -> String {
    f(m::CONSENT_GIVEN, [("at", arg(at)), ("method", arg(method))])
}
/// A withdrawn consent: withdrawn when, and when and how it had been granted.
pub fn consent_withdrawn(at: &str, granted: &str) -> String {
    f(
        m::CONSENT_WITHDRAWN,
        [("at", arg(at)), ("granted", arg(granted))],
    )
}
/// Title of the withdrawal picker.
pub fn withdraw_title() -> &'static str {
    t(m::WITHDRAW_TITLE)
}
/// 'w' on a lead with no consent left to withdraw.
pub fn nothing_to_withdraw() -> &'static str {
    t(m::NOTHING_TO_WITHDRAW)
}
/// After a withdrawal.
pub fn withdrawn(purpose: &str, at: &str) -> String {
    f(m::WITHDRAWN, [("purpose", arg(purpose)), ("at", arg(at))])
}
/// After an erasure that also removed `copies` batch copies from the data dir.
pub fn erased(copies: usize) -> String {
    f(m::ERASED, [("copies", num(copies as u64))])
}
/// A lead that could not be opened, erased or changed.
pub fn lead_failed(error: &str) -> String {
    f(m::LEAD_FAILED, [("error", arg(error))])
}

// Editing a lead
/// Title of the edit form.
pub fn edit_title(name: &str) -> String {
    f(m::EDIT_TITLE, [("name", arg(name))])
}
/// After an edit was saved: the changed fields.
pub fn edit_saved(fields: &[&str]) -> String {
    f(m::EDIT_SAVED, [("fields", arg(&fields.join(", ")))])
}
/// Ctrl-S on an edit with no change.
pub fn edit_unchanged() -> &'static str {
    t(m::EDIT_UNCHANGED)
}

// Staff picker
/// Title of the staff picker.
pub fn pick_staff() -> &'static str {
    t(m::PICK_STAFF)
}
/// Line under the staff picker's title.
pub fn pick_staff_help() -> &'static str {
    t(m::PICK_STAFF_HELP)
}

// Export screen
/// Export screen: its heading.
pub fn export_title() -> &'static str {
    t(m::EXPORT_TITLE)
}
/// Export screen: before the folder the batch is being written to.
pub fn export_target() -> &'static str {
    t(m::EXPORT_TARGET)
}
/// Export screen: above the places the batch can go.
pub fn export_choose() -> &'static str {
    t(m::EXPORT_CHOOSE)
}
/// Export screen: no removable medium is mounted.
pub fn export_no_media() -> &'static str {
    t(m::EXPORT_NO_MEDIA)
}
/// Export screen: a removable medium mounted now, by its name and file system.
pub fn export_medium(name: &str, fs_type: &str) -> String {
    f(
        m::EXPORT_MEDIUM,
        [("name", arg(name)), ("fs", arg(fs_type))],
    )
}
/// Export screen: the folder the last batch went to.
pub fn export_last() -> &'static str {
    t(m::EXPORT_LAST)
}
/// Export screen: beside a place the last batch went to.
pub fn export_last_note() -> &'static str {
    t(m::EXPORT_LAST_NOTE)
}
/// Export screen: the laptop's own folder.
pub fn export_laptop() -> &'static str {
    t(m::EXPORT_LAPTOP)
}
/// Export screen: beside a folder that is not there (a stick taken out).
pub fn export_gone() -> &'static str {
    t(m::EXPORT_GONE)
}
/// Export screen: the row to type a folder on, and that folder once typed.
pub fn export_other() -> &'static str {
    t(m::EXPORT_OTHER)
}
/// Export screen: Enter on the typed row with nothing typed.
pub fn export_type_folder() -> &'static str {
    t(m::EXPORT_TYPE_FOLDER)
}
/// Export screen: the space free in a place, e.g. "14.2 GB free" (the
/// figure written as the staff language writes decimals).
pub fn export_free(bytes: u64) -> String {
    const GB: f64 = 1e9;
    const MB: f64 = 1e6;
    let b = bytes as f64;
    let lang = i18n::staff();
    if b >= GB {
        let size = i18n::decimal(lang, b / GB, 1);
        f(m::EXPORT_FREE_GB, [("size", arg(&size))])
    } else {
        let size = i18n::decimal(lang, b / MB, 0);
        f(m::EXPORT_FREE_MB, [("size", arg(&size))])
    }
}
/// Export screen: the device's public key was written beside the batch.
pub fn export_public_key_beside(file: &str) -> String {
    f(m::EXPORT_KEY_BESIDE, [("file", arg(file))])
}
/// Export screen: the public key could not be written beside the batch.
pub fn export_public_key_not_beside(error: &str) -> String {
    f(m::EXPORT_KEY_NOT_BESIDE, [("error", arg(error))])
}
/// Export screen: how to start.
pub fn export_press_enter() -> &'static str {
    t(m::EXPORT_PRESS_ENTER)
}
/// Export screen: while writing.
pub fn export_running() -> &'static str {
    t(m::EXPORT_RUNNING)
}
/// The gauge before the first lead is written: a passphrase-protected key
/// takes seconds to open (scrypt), and nothing is counted yet.
pub fn export_preparing() -> &'static str {
    t(m::EXPORT_PREPARING)
}
/// Export screen: before the failure (ends in a space).
pub fn export_failed() -> &'static str {
    t(m::EXPORT_FAILED)
}
/// Export screen: the worker thread ended without a result.
pub fn export_worker_died() -> &'static str {
    t(m::EXPORT_WORKER_DIED)
}
/// Export screen: the key needs a passphrase the booth cannot ask for.
pub fn export_needs_passphrase() -> &'static str {
    t(m::EXPORT_NEEDS_PASSPHRASE)
}
/// Export screen: nothing new.
pub fn export_nothing_new() -> &'static str {
    t(m::EXPORT_NOTHING_NEW)
}
/// Export screen: before the folder written (ends in a space).
pub fn export_written() -> &'static str {
    t(m::EXPORT_WRITTEN)
}
/// Export screen: before the check command.
pub fn export_check() -> &'static str {
    t(m::EXPORT_CHECK)
}
/// Export screen: a busy export is running.
pub fn export_busy() -> &'static str {
    t(m::EXPORT_BUSY)
}
/// Export screen: the masked passphrase prompt.
pub fn export_passphrase() -> &'static str {
    t(m::EXPORT_PASSPHRASE)
}
/// Export screen: the passphrase was wrong.
pub fn export_wrong_passphrase() -> &'static str {
    t(m::EXPORT_WRONG_PASSPHRASE)
}
/// Export screen: with no recipients.
pub fn export_not_encrypted() -> &'static str {
    t(m::EXPORT_NOT_ENCRYPTED)
}
/// Export screen: before the check command of an encrypted batch.
pub fn export_check_sealed() -> &'static str {
    t(m::EXPORT_CHECK_SEALED)
}

/// Export screen: who the batch is encrypted to.
pub fn export_encrypted_to(recipients: &[String]) -> String {
    f(
        m::EXPORT_ENCRYPTED_TO,
        [
            ("count", num(recipients.len() as u64)),
            ("list", arg(&recipients.join(", "))),
        ],
    )
}

/// Export screen: what the next batch holds.
pub fn export_pending(leads: u64, erasures: u64) -> String {
    f(
        m::EXPORT_PENDING,
        [("leads", num(leads)), ("erasures", num(erasures))],
    )
}

/// Export screen: the counts of a written batch.
pub fn export_counts(leads: u64, erasures: u64, seq: u64) -> String {
    f(
        m::EXPORT_COUNTS,
        [
            ("leads", num(leads)),
            ("erasures", num(erasures)),
            ("seq", arg(&seq.to_string())),
        ],
    )
}

/// Export screen: the key was created by this first export.
pub fn export_key_created(key_id: &str, public: &str) -> String {
    f(
        m::EXPORT_KEY_CREATED,
        [("key", arg(key_id)), ("public", arg(public))],
    )
}

/// Key names, as the keyboard and the README name them.
pub mod keys {
    /// The jump key to the questions (beside their heading).
    pub const JUMP_QUESTIONS: &str = "Alt-A";
    /// The jump key to the consents (beside their heading).
    pub const JUMP_CONSENTS: &str = "Alt-T";
    /// Tab.
    pub const TAB: &str = "Tab";
    /// Tab and Shift-Tab.
    pub const TABS: &str = "Tab/⇧Tab";
    /// Enter.
    pub const ENTER: &str = "Enter";
    /// Esc.
    pub const ESC: &str = "Esc";
    /// Space, as the hint bar names it in English (see [`space`]).
    pub const SPACE: &str = "Space";

    /// The space bar in `lang` ("Leertaste"): it has no name printed on it,
    /// so it is named in words, in the language of the hint bar it is on.
    /// Every other key keeps the name on its cap (`Esc`, `Enter`, `Tab`,
    /// `F1`, `Ctrl-S`), whatever the language: the keyboard in front of the
    /// reader does not change with the language they read.
    pub fn space(lang: crate::i18n::Language) -> &'static str {
        crate::i18n::text(lang, crate::i18n::msg::booth::KEY_SPACE)
    }
    /// Ctrl-S.
    pub const CTRL_S: &str = "Ctrl-S";
    /// Ctrl-Q.
    pub const CTRL_Q: &str = "Ctrl-Q";
    /// F1.
    pub const F1: &str = "F1";
    /// F2.
    pub const F2: &str = "F2";
    /// F3.
    pub const F3: &str = "F3";
    /// F4.
    pub const F4: &str = "F4";
    /// F5.
    pub const F5: &str = "F5";
    /// F6.
    pub const F6: &str = "F6";
    /// F7.
    pub const F7: &str = "F7";
    /// F9.
    pub const F9: &str = "F9";
    /// Slash.
    pub const SLASH: &str = "/";
    /// E.
    pub const E: &str = "e";
    /// W.
    pub const W: &str = "w";
    /// X.
    pub const X: &str = "x";
    /// ?.
    pub const QUESTION: &str = "?";
    /// Up and down arrows.
    pub const UP_DOWN: &str = "↑↓";
    /// Left and right arrows.
    pub const LEFT_RIGHT: &str = "←→";
    /// Up arrow.
    pub const UP: &str = "↑";
    /// Down arrow.
    pub const DOWN: &str = "↓";
    /// Left arrow.
    pub const LEFT: &str = "←";
    /// Right arrow.
    pub const RIGHT: &str = "→";
    /// Page up / page down.
    pub const PAGE: &str = "PgUp/PgDn";
    /// Home / End.
    pub const HOME_END: &str = "Home/End";
    /// Page up.
    pub const PAGE_UP: &str = "PgUp";
    /// Page down.
    pub const PAGE_DOWN: &str = "PgDn";
    /// Home.
    pub const HOME: &str = "Home";
    /// End.
    pub const END: &str = "End";
    /// Y.
    pub const YES: &str = "y";
    /// N.
    pub const NO: &str = "n";
    /// Any key.
    pub const ANY_KEY: &str = "any key";
    /// R.
    pub const RECOVER: &str = "r";
    /// Update the lead captured before.
    pub const UPDATE: &str = "u";
    /// Keep the half-typed lead as a draft and quit.
    pub const KEEP: &str = "k";
    /// Save a second lead anyway.
    pub const SAVE_NEW: &str = "s";
    /// D.
    pub const DISCARD: &str = "d";
}

/// The short form of a key name or hint, for a hint bar with too little room
/// (80 columns); a label without one is its own short form. Hints are compared
/// as the staff language writes them.
pub fn shorter(label: &'static str) -> &'static str {
    if label == keys::TABS {
        return keys::TAB;
    }
    if label == keys::PAGE {
        return "PgUp/Dn";
    }
    let pairs = [
        (m::HINT_SCAN, m::SHORT_SCAN),
        (m::HINT_WITHDRAW, m::SHORT_WITHDRAW),
        (m::HINT_CLEAR_SEARCH, m::SHORT_CLEAR_SEARCH),
        (m::HINT_CANCEL_SCAN, m::SHORT_CANCEL_SCAN),
        (m::HINT_EXPORT_NOW, m::SHORT_EXPORT_NOW),
        (msg::HINT_ENDS, m::SHORT_ENDS),
        (m::HINT_SCANNER_CHECK, m::SHORT_SCANNER_CHECK),
        (m::HINT_UPDATE, m::SHORT_UPDATE),
        (m::HINT_KEEP_DRAFT, m::SHORT_KEEP_DRAFT),
        (m::HINT_STATS, b::SHORT_STATS),
    ];
    pairs
        .into_iter()
        .find(|(long, _)| t(*long) == label)
        .map_or(label, |(_, short)| t(short))
}

/// What a key does, as shown in the bottom bar, in the staff language (the
/// kiosk's hints are the attendee's: [`crate::i18n::msg`]).
pub mod hints {
    use super::{m, msg, t};
    macro_rules! hint {
        ($($(#[$doc:meta])* $name:ident = $id:expr;)*) => {
            $( $(#[$doc])* pub fn $name() -> &'static str { t($id) } )*
        };
    }
    hint! {
        /// Next and previous field.
        fields = msg::HINT_FIELDS;
        /// Save the lead.
        save = msg::HINT_SAVE;
        /// Open the policy.
        policy = msg::HINT_POLICY;
        /// Open the lead list.
        leads = m::HINT_LEADS;
        /// Open the export screen.
        export = m::HINT_EXPORT;
        /// Open the statistics screen.
        stats = m::HINT_STATS;
        /// Write the batch now.
        export_now = m::HINT_EXPORT_NOW;
        /// Capture the next scan explicitly.
        scan = m::HINT_SCAN;
        /// Cancel the scan key.
        cancel_scan = m::HINT_CANCEL_SCAN;
        /// Focus the search box.
        search = m::HINT_SEARCH;
        /// Open the highlighted lead.
        open = m::HINT_OPEN;
        /// Edit the lead.
        edit = m::HINT_EDIT;
        /// Withdraw a consent.
        withdraw = m::HINT_WITHDRAW;
        /// Erase the lead.
        erase = m::HINT_ERASE;
        /// Leave without saving.
        cancel = m::HINT_CANCEL;
        /// Clear the search.
        clear_search = m::HINT_CLEAR_SEARCH;
        /// Clear the form (Esc on the form).
        clear = msg::HINT_CLEAR;
        /// Quit.
        quit = m::HINT_QUIT;
        /// Tick or untick.
        tick = msg::HINT_TICK;
        /// Choose among choices.
        choose = msg::HINT_CHOOSE;
        /// Move between choices.
        move_ = msg::HINT_MOVE;
        /// Scroll.
        scroll = msg::HINT_SCROLL;
        /// Page.
        page = msg::HINT_PAGE;
        /// Start and end.
        ends = msg::HINT_ENDS;
        /// Back to the form.
        back = msg::HINT_BACK;
        /// F9 on the form: the scanner check screen.
        scanner_check = m::HINT_SCANNER_CHECK;
        /// Confirm.
        yes = m::HINT_YES;
        /// Cancel.
        no = m::HINT_NO;
        /// Pick the highlighted name.
        pick = msg::HINT_CHOOSE;
        /// New line in the notes.
        newline = msg::HINT_NEWLINE;
        /// Start the kiosk form.
        start = msg::HINT_START;
        /// Back to the kiosk's start.
        continue_ = msg::HINT_CONTINUE;
        /// Kiosk: the answer to "Still there?".
        still_here = msg::HINT_STILL_HERE;
        /// Check the PIN.
        unlock = m::HINT_UNLOCK;
        /// Recover the draft.
        recover = m::HINT_RECOVER;
        /// Update the lead captured before.
        update = m::HINT_UPDATE;
        /// Quit, keeping the half-typed lead as a draft.
        keep_draft = m::HINT_KEEP_DRAFT;
        /// Quit and lose the half-typed lead.
        quit_lose = m::HINT_QUIT_LOSE;
        /// Save a second lead anyway.
        save_new = m::HINT_SAVE_NEW;
        /// Discard the draft.
        discard = m::HINT_DISCARD;
    }
}

// Start-up
/// The booth was started without a terminal to draw on.
pub fn not_a_terminal() -> &'static str {
    t(m::NOT_A_TERMINAL)
}
/// `--kiosk` without a staff PIN: nobody could ever leave kiosk mode.
pub fn kiosk_no_pin() -> &'static str {
    t(m::KIOSK_NO_PIN)
}

// Scanner check (F9)
/// The scanner check screen's title.
pub fn check_title() -> &'static str {
    t(m::CHECK_TITLE)
}
/// What the scanner check screen is for.
pub fn check_intro() -> &'static str {
    t(m::CHECK_INTRO)
}
/// Before any burst.
pub fn check_nothing_yet() -> &'static str {
    t(m::CHECK_NOTHING_YET)
}
/// Heading over the raw characters.
pub fn check_raw_heading(chars: usize) -> String {
    f(m::CHECK_RAW_HEADING, [("count", num(chars as u64))])
}
/// Heading over what was read.
pub fn check_read_heading() -> &'static str {
    t(m::CHECK_READ_HEADING)
}
/// The check code arrived exactly.
pub fn check_code_ok() -> &'static str {
    t(m::CHECK_CODE_OK)
}
/// A badge read from the burst.
pub fn check_read_badge(fields: &str) -> String {
    f(m::CHECK_READ_BADGE, [("fields", arg(fields))])
}
/// A registration ID read from the burst.
pub fn check_read_id(id: &str) -> String {
    f(m::CHECK_READ_ID, [("id", arg(id))])
}
/// The burst is not a badge.
pub fn check_not_read(why: &str) -> String {
    f(m::CHECK_NOT_READ, [("why", arg(why))])
}
/// The layout mix-up found.
pub fn check_mixup(scanner: &str, laptop: &str) -> String {
    f(
        m::CHECK_MIXUP,
        [("scanner", arg(scanner)), ("laptop", arg(laptop))],
    )
}
/// The characters that arrived changed.
pub fn check_changed(list: &str) -> String {
    f(m::CHECK_CHANGED, [("list", arg(list))])
}
/// The fix to try.
pub fn check_fix(fix: &str) -> String {
    f(m::CHECK_FIX, [("fix", arg(fix))])
}
/// What the burst reads as once the mix-up is undone.
pub fn check_meant(read: &str) -> String {
    f(m::CHECK_MEANT, [("read", arg(read))])
}
/// No known mix-up explains the burst.
pub fn check_no_mixup() -> &'static str {
    t(m::CHECK_NO_MIXUP)
}
/// Beside the check code.
pub fn check_code_caption() -> &'static str {
    t(m::CHECK_CODE_CAPTION)
}
/// When the check code does not fit.
pub fn check_code_room() -> &'static str {
    t(m::CHECK_CODE_ROOM)
}

// PIN dialog
/// Title of the PIN dialog.
pub fn pin_title() -> &'static str {
    t(m::PIN_TITLE)
}
/// Label before the masked PIN.
pub fn pin_label() -> &'static str {
    t(m::PIN_LABEL)
}
/// What the PIN is asked for: leaving kiosk mode.
pub fn pin_prompt_quit() -> &'static str {
    t(m::PIN_PROMPT_QUIT)
}
/// What the PIN is asked for: the lead list.
pub fn pin_prompt_leads() -> &'static str {
    t(m::PIN_PROMPT_LEADS)
}
/// After a wrong PIN.
pub fn pin_wrong() -> &'static str {
    t(m::PIN_WRONG)
}
/// While locked out after too many wrong PINs.
pub fn pin_locked(seconds: u64) -> String {
    let time = format!("{}:{:02}", seconds / 60, seconds % 60);
    f(m::PIN_LOCKED, [("time", arg(&time))])
}

// The receipt after a save
/// Staff: the hint under the receipt.
pub fn receipt_next() -> &'static str {
    t(m::RECEIPT_NEXT)
}
// One attendee at a time
/// A scan or lookup brought a different person onto a filled form (in the
/// scan lines' language, see "Badge scans" above).
pub fn new_attendee(lang: Language) -> &'static str {
    i18n::text(lang, m::NEW_ATTENDEE)
}

// Drafts (staff mode only: the staff language)
/// Title of the recovery dialog.
pub fn recover_title() -> &'static str {
    t(b::DRAFT_TITLE)
}
/// The recovery question; `time` is as every booth screen writes one
/// (`10:42`, `1 Dec 10:42`).
pub fn recover_question(time: &str) -> String {
    f(b::DRAFT_QUESTION, [("time", arg(time))])
}
/// The recover choice.
pub fn recover_button() -> &'static str {
    t(b::DRAFT_RECOVER)
}
/// The discard choice.
pub fn discard_button() -> &'static str {
    t(b::DRAFT_DISCARD)
}
/// After recovering.
pub fn recovered() -> &'static str {
    t(b::DRAFT_RECOVERED)
}
/// After recovering, when part of the draft no longer fits the event.
pub fn recovered_without(what: &str) -> String {
    f(b::DRAFT_RECOVERED_WITHOUT, [("what", arg(what))])
}
/// After discarding.
pub fn discarded() -> &'static str {
    t(b::DRAFT_DISCARDED)
}
/// A stored draft that could not be read; it was deleted.
pub fn draft_unreadable(error: &str) -> String {
    f(b::DRAFT_UNREADABLE, [("error", arg(error))])
}
/// A draft of another format version.
pub fn draft_version(version: u32) -> String {
    f(b::DRAFT_VERSION, [("version", arg(&version.to_string()))])
}
/// The draft could not be written; typing goes on.
pub fn draft_failed(error: &str) -> String {
    f(b::DRAFT_FAILED, [("error", arg(error))])
}

/// Statistics screen (F6): its title.
pub fn stats_title() -> &'static str {
    t(m::STATS_TITLE)
}
/// Statistics screen: the bar chart's title.
pub fn stats_per_hour() -> &'static str {
    t(m::STATS_PER_HOUR)
}
/// Statistics screen: the staff column's heading.
pub fn stats_staff() -> &'static str {
    t(m::STATS_STAFF)
}
/// Statistics screen: the ratings column's heading.
pub fn stats_ratings() -> &'static str {
    t(m::STATS_RATINGS)
}
/// Statistics screen: the consent column's heading.
pub fn stats_consent() -> &'static str {
    t(m::STATS_CONSENT)
}
/// Statistics screen: nothing captured yet.
pub fn stats_none() -> &'static str {
    t(m::STATS_NONE)
}
/// Statistics screen: no batch written yet.
pub fn stats_no_batch() -> &'static str {
    t(m::STATS_NO_BATCH)
}

/// Statistics screen: the line under the title.
pub fn stats_summary(today: &str, leads_today: u64, leads: u64, erased: u64) -> String {
    let mut s = f(
        m::STATS_SUMMARY,
        [
            ("today", arg(today)),
            ("today_leads", num(leads_today)),
            ("leads", num(leads)),
        ],
    );
    if erased > 0 {
        s.push(' ');
        s.push_str(&f(m::STATS_ERASED, [("count", num(erased))]));
    }
    s
}

/// Statistics screen: the staff column's last row when not all fit.
pub fn stats_others(n: usize) -> String {
    f(m::STATS_OTHERS, [("count", num(n as u64))])
}

/// Statistics screen: a rating's label (`unrated` for none).
pub fn rating_label(key: &str) -> &'static str {
    t(match key {
        "hot" => m::STATS_HOT,
        "warm" => m::STATS_WARM,
        "cold" => m::STATS_COLD,
        _ => m::STATS_UNRATED,
    })
}

/// Statistics screen: what the next export would carry.
pub fn stats_not_exported(leads: u64, erasures: u64) -> String {
    if leads == 0 && erasures == 0 {
        return t(m::STATS_EXPORTED).to_owned();
    }
    if erasures == 0 {
        return f(m::STATS_NOT_EXPORTED, [("leads", num(leads))]);
    }
    f(
        m::STATS_NOT_EXPORTED_ERASURES,
        [("leads", num(leads)), ("erasures", num(erasures))],
    )
}

/// Statistics screen: the last batch.
pub fn stats_last_batch(seq: u64, at: &str, leads: u64) -> String {
    f(
        m::STATS_LAST_BATCH,
        [
            ("seq", arg(&seq.to_string())),
            ("at", arg(at)),
            ("leads", num(leads)),
        ],
    )
}

/// A percentage on a staff screen, one decimal, as the staff language
/// writes it (`33.3%`, `33,3 %`).
pub fn percent(value: f64) -> String {
    let lang = i18n::staff();
    i18n::percent(lang, &i18n::decimal(lang, value, 1))
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Language, set_staff_language};

    /// On the booth's own screen a save the database refused says the step
    /// in the staff language, SQLite's words after it (branch i18nstore); in
    /// English as before, the error's own line.
    #[test]
    fn a_refused_save_says_the_database_step_in_the_staff_language() {
        let dir = tempfile::tempdir().unwrap();
        let conn = rusqlite::Connection::open(dir.path().join("x.sqlite3")).unwrap();
        let e = crate::store::StoreError::Sqlite {
            path: "/data/leadbooth.sqlite3".into(),
            doing: "saving lead",
            source: conn.execute("DELETE FROM consents", []).unwrap_err(),
        };
        set_staff_language(Language::De);
        assert_eq!(
            super::store_failed(&e),
            "Nicht gespeichert, das Formular bleibt erhalten: Datenbank /data/leadbooth.sqlite3: Fehler beim Speichern des Leads: no such table: consents"
        );
        set_staff_language(Language::En);
        assert_eq!(
            super::store_failed(&e),
            format!("Not saved, the form is kept: {e}")
        );
    }
}
