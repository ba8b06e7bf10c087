//! Every word the booth shows a person, in one place, so the kiosk can later speak
//! another language. Values that come from the event (purpose labels, question
//! labels, the event name) are not here: they are the event's own wording.

// Times (see `when.rs`)
/// Month names as times show them (`1 Dec 14:03`).
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// The time zone the screen's times are in, named once per screen.
pub fn times_in(zone: &str) -> String {
    format!("times in {zone}")
}

// Status line
/// Label before the staff member's name in the status line.
pub const STAFF: &str = "Staff";

/// "1 lead" / "12 leads" in the status line.
pub fn lead_count(n: u64) -> String {
    if n == 1 {
        "1 lead".to_owned()
    } else {
        format!("{n} leads")
    }
}

// Too small
/// Shown instead of the screen when the terminal is smaller than 80x24.
pub const TOO_SMALL: &str = "Please enlarge the window (80x24 minimum)";

// Contact fields, in form order.
/// Field labels of the contact section, in the form's field order.
pub const CONTACT_LABELS: [&str; 7] = [
    "First name",
    "Last name",
    "Email",
    "Company",
    "Job title",
    "Phone",
    "Country",
];
/// Placeholder shown in the empty country field.
pub const COUNTRY_HINT: &str = "its name, e.g. Germany or Deutschland";

// Form sections
/// Heading of the qualifying questions.
pub const QUESTIONS_HEADING: &str = "Questions";
/// Heading of the consent checkboxes.
pub const CONSENT_HEADING: &str = "Consent: tick only what the attendee agrees to";
/// Heading of the staff-only part (rating, notes).
pub const STAFF_HEADING: &str = "For the team";
/// A form heading on the staff form, with the jump key(s) to it.
pub fn heading_with_jump(heading: &str, keys: &str) -> String {
    format!("{heading}   · {keys}")
}
/// Marker after a required purpose's label.
pub const REQUIRED: &str = "(required)";
/// Rating label.
pub const RATING: &str = "Rating";
/// The rating choices: none first, then [`crate::lead::Rating::ALL`].
pub const RATING_CHOICES: [&str; 4] = ["none", "hot", "warm", "cold"];
/// Notes label.
pub const NOTES: &str = "Notes";
/// A text answer to a question, as messages name it.
pub const ANSWER: &str = "Answer";
/// Placeholder in the empty notes box.
pub const NOTES_PLACEHOLDER: &str = "Anything the team should know (Enter starts a new line)";

// Save
/// Status after a save: "Saved. 12 leads captured."
pub fn saved(count: u64) -> String {
    if count == 1 {
        "Saved. 1 lead captured.".to_owned()
    } else {
        format!("Saved. {count} leads captured.")
    }
}
/// Status after a refused save: `problems` fields on the form carry a message.
pub fn not_saved(problems: usize) -> String {
    if problems == 0 {
        "Not saved.".to_owned()
    } else if problems == 1 {
        "Not saved: fix the marked field.".to_owned()
    } else {
        format!("Not saved: fix the {problems} marked fields.")
    }
}
/// Title of the box shown when the person was captured before.
pub const DUPLICATE_TITLE: &str = "Captured before";
/// "Kari Nordmann (same email) was already captured at 13:42 by Sam."
pub fn duplicate_question(name: &str, matched_by: &str, at: &str, by: &str) -> String {
    let who = if name.is_empty() { "This person" } else { name };
    format!(
        "{who} (same {matched_by}) was already captured at {at} by {by}. Update that lead with what is on the form? Today's consent choices are recorded as new decisions."
    )
}
/// Status after a capture updated the lead captured before.
pub fn duplicate_updated(name: &str) -> String {
    let who = if name.is_empty() { "the lead" } else { name };
    format!("Updated {who}: captured before, today's details and consent choices added.")
}
/// Status when the check for an earlier capture failed (the save goes on).
pub fn duplicate_check_failed(error: &str) -> String {
    format!("Could not check for an earlier capture: {error}")
}
/// Status when the database refused the save; the form is kept.
pub fn store_failed(error: &str) -> String {
    format!("Not saved, the form is kept: {error}")
}
/// A warning about a saved value, e.g. a phone number kept as typed.
pub fn warning(field: &str, message: &str) -> String {
    format!("Check {field}: {message}")
}
/// A rule broken by something not on the form (e.g. the staff name).
pub fn other_problem(field: &str, message: &str) -> String {
    format!("{field}: {message}")
}

// Paste
/// A paste that contained control characters other than line breaks and tabs.
pub fn paste_refused(code: u32) -> String {
    format!("Paste refused: it contains the control character U+{code:04X}.")
}

/// A paste that would take a field past its limit (`total`: the characters it
/// would then hold, when counted).
pub fn paste_too_long(field: &str, total: Option<usize>, max: usize) -> String {
    match total {
        Some(n) => format!(
            "Paste refused: {field} would be {n} characters, more than the {max} it may have."
        ),
        None => format!("Paste refused: it is far longer than {field} may be ({max} characters)."),
    }
}

/// A key typed into a full field.
pub fn field_full(field: &str, max: usize) -> String {
    format!("{field} is full: it may have {max} characters.")
}

// Badge scans
/// Beside a field filled from a badge scan.
pub const FROM_BADGE: &str = "◆ badge";
/// Message line after the scan key, until the scan arrives.
pub const SCAN_ARMED: &str =
    "Scan the badge now, or type its registration ID and press Enter. Esc cancels.";
/// Message line while a scan is arriving.
pub const SCAN_READING: &str = "Reading the badge…";
/// The scan key was cancelled.
pub const SCAN_CANCELLED: &str = "Badge scan cancelled.";
/// Contact field names in messages, in the form's field order.
pub const CONTACT_NAMES: [&str; 7] = [
    "first name",
    "last name",
    "email",
    "company",
    "job title",
    "phone",
    "country",
];
/// After a scan filled `filled` fields (marked); `replaced` names fields whose
/// typed content the badge's value replaced; `who` is the registration ID and
/// the attendee's name when the badge carried only an ID, else the name the
/// badge carried (focus moves to the consents, so the fields may be scrolled
/// out of view: the status line says whose badge it was).
pub fn scan_filled(
    who: Option<(&str, &str)>,
    name: &str,
    filled: usize,
    replaced: &[&str],
) -> String {
    let mut s = match who {
        Some((id, name)) => format!("Badge {id}, {name}: {filled} fields filled ({FROM_BADGE})"),
        None if name.trim().is_empty() => {
            format!("Badge read: {filled} fields filled ({FROM_BADGE})")
        }
        None => format!("Badge read ({name}): {filled} fields filled ({FROM_BADGE})"),
    };
    if replaced.is_empty() {
        s.push_str("; fields it does not carry are kept.");
    } else {
        s.push_str(&format!(
            ", replacing what was typed in {}; other fields are kept.",
            replaced.join(", ")
        ));
    }
    s
}
/// A registration ID that is not in the imported attendee list.
pub fn scan_unknown_id(id: &str) -> String {
    format!(
        "Badge {id} is not in the attendee list: type the details. \
         The badge ID is kept with the lead so the central team can match it."
    )
}
/// Kiosk: a registration ID was scanned, typed after F3 or pasted.
pub const KIOSK_ID_NOT_LOOKED_UP: &str =
    "This kiosk does not look badge numbers up: please type your own details below.";
/// Kiosk: too many registration IDs in a minute.
pub const KIOSK_ID_SCANS_LIMITED: &str = "Too many badge numbers in a short time: badge numbers are ignored for a minute. Please type your details, or ask our staff.";
/// The attendee list could not be read for a registration ID.
pub fn scan_lookup_failed(id: &str, error: &str) -> String {
    format!("Badge {id} kept with the lead, but the attendee list cannot be read: {error}")
}
/// A scan that could not be read.
pub fn scan_failed(error: &str) -> String {
    format!("Badge not read, the form is unchanged: {error}.")
}
/// A badge scan that arrived while the booth asked whether to recover the
/// unsaved lead: never taken as the answer.
pub const SCAN_REFUSED_RECOVER: &str = "Badge scan not read: first answer whether to recover the unsaved lead (R recovers, D discards), then scan again.";
/// A badge scan that arrived while the staff PIN was asked.
pub const SCAN_REFUSED_PIN: &str = "Badge scan not read while the staff PIN is asked: enter the PIN or press Esc, then scan again.";
/// A badge scan that arrived while a yes/no question was open.
pub const SCAN_REFUSED_QUESTION: &str =
    "Badge scan not read: answer the question first (y or n), then scan again.";
/// A badge scan that arrived while "already captured" asked what to do.
pub const SCAN_REFUSED_DUPLICATE: &str = "Badge scan not read: first choose u (update the earlier lead), s (save as new) or Esc (back to the form), then scan again.";
/// A badge scan that arrived on a screen other than the capture form.
pub const SCAN_REFUSED_SCREEN: &str =
    "Badge scan not read here: go back to the capture form (Esc), then scan again.";
/// Characters that followed a complete badge in the same scan.
pub fn scan_ignored(count: usize) -> String {
    format!("{count} characters after the badge's end were ignored.")
}

// Confirmations
/// Asked before Esc clears a form with content.
pub const CONFIRM_CLEAR: &str = "Clear the form? What was typed for this attendee will be lost.";
/// Asked before Ctrl-Q quits with an unsaved form.
pub const CONFIRM_QUIT: &str = "Quit? The form has unsaved content that will be lost.";
/// Ctrl-Q with a half-typed lead (staff mode).
pub const CONFIRM_QUIT_LEAD: &str = "Quit? The lead on the form is not saved. Keep it as a draft (offered again at the next start), or quit and lose it?";
/// Title of the confirmation box.
pub const CONFIRM_TITLE: &str = "Please confirm";
/// Status after the form was cleared on request.
pub const CLEARED: &str =
    "Form cleared, every tick too: the next attendee starts with nothing ticked.";
/// Asked before erasing a lead.
pub const CONFIRM_ERASE: &str = "Erase this lead? Its personal data is removed for good; only a tombstone (id, time, consents) stays.";
/// Asked before withdrawing a consent.
pub const CONFIRM_WITHDRAW: &str = "Withdraw the highlighted consent? The withdrawal is recorded with the time; it cannot be undone.";
/// Asked before leaving an edit with changes.
pub const CONFIRM_DISCARD: &str = "Discard the changes to this lead?";

// Policy view
/// Title of the policy view.
pub fn policy_title(version: &str, last_updated: Option<&str>) -> String {
    match last_updated {
        Some(d) => format!("Privacy policy · version {version} · last updated {d}"),
        None => format!("Privacy policy · version {version}"),
    }
}
/// Line above the URL under the QR code.
pub const QR_CAPTION: &str = "Scan for the full policy:";
/// Shown instead of the QR code when there is no room for all of it.
pub const QR_TOO_SMALL: &str = "Enlarge the window to show the QR code";
/// Shown when the policy URL cannot be made into a QR code.
pub fn qr_failed(error: &str) -> String {
    format!("No QR code: {error}")
}

// Lead list
/// Title of the lead list.
pub fn leads_title(shown: usize, total: u64) -> String {
    if shown as u64 >= total {
        format!("Leads, newest first ({total})")
    } else {
        format!("Leads, newest first (the latest {shown} of {total})")
    }
}
/// Column headings of the lead list.
pub const LEADS_COLUMNS: [&str; 5] = ["Time", "Name", "Email", "Company", "Consents granted"];
/// Shown when there are no leads yet.
pub const NO_LEADS: &str = "No leads captured yet.";
/// Shown when the lead list could not be read.
pub fn leads_failed(error: &str) -> String {
    format!("Cannot read the leads: {error}")
}
/// Label before the lead list's search box.
pub const SEARCH: &str = "Search";
/// Placeholder in the empty search box.
pub const SEARCH_HINT: &str = "name, email, company, phone or badge ID";
/// Beside the search box: how many leads match (`page` is the most loaded).
pub fn search_count(shown: usize, page: usize) -> String {
    match shown {
        0 => "no match".to_owned(),
        1 => "1 match".to_owned(),
        n if n >= page => format!("the newest {n} matches; type more to narrow"),
        n => format!("{n} matches"),
    }
}
/// Shown when no lead matches the search.
pub const NO_MATCH: &str = "No lead matches. Esc clears the search.";

// Lead details
/// Title of a lead's details.
pub fn lead_title(name: &str) -> String {
    format!("Lead: {name}")
}
/// Labels of the details, in display order.
pub mod detail {
    /// Name.
    pub const NAME: &str = "Name";
    /// Captured: when, by whom, how.
    pub const CAPTURED: &str = "Captured";
    /// Badge registration ID.
    pub const BADGE_ID: &str = "Badge ID";
    /// Rating.
    pub const RATING: &str = "Rating";
    /// Lead id.
    pub const LEAD_ID: &str = "Lead ID";
    /// Policy version shown.
    pub const POLICY: &str = "Policy";
    /// Heading of the answers.
    pub const ANSWERS: &str = "Answers";
    /// Heading of the consents.
    pub const CONSENTS: &str = "Consents";
    /// Heading of the notes.
    pub const NOTES: &str = "Notes";
    /// No notes.
    pub const NO_NOTES: &str = "(none)";
    /// A granted consent.
    pub const GRANTED: &str = "granted";
    /// A consent not given.
    pub const NOT_GRANTED: &str = "not given";
    /// Mark of a consent in force.
    pub const MARK_GRANTED: &str = "[x]";
    /// Mark of a consent not given.
    pub const MARK_NOT_GRANTED: &str = "[ ]";
    /// Mark of a consent granted and later withdrawn: no longer in force, and
    /// not to be mistaken for one never given.
    pub const MARK_WITHDRAWN: &str = "[-]";
}
/// "2026-11-29 10:15 UTC by Sam (badge)".
pub fn captured(at: &str, by: &str, source: &str) -> String {
    format!("{at} by {by} ({source})")
}
/// A granted consent's details: when and how.
pub fn consent_given(at: &str, method: &str) -> String {
    format!("{at}, {method}")
}
/// A withdrawn consent: withdrawn when, and when and how it had been granted.
pub fn consent_withdrawn(at: &str, granted: &str) -> String {
    format!("withdrawn {at} (granted {granted})")
}
/// Title of the withdrawal picker.
pub const WITHDRAW_TITLE: &str = "Withdraw which consent?";
/// 'w' on a lead with no consent left to withdraw.
pub const NOTHING_TO_WITHDRAW: &str = "This lead has no granted consent left to withdraw.";
/// After a withdrawal.
pub fn withdrawn(purpose: &str, at: &str) -> String {
    format!("Consent {purpose} withdrawn at {at}; it goes out with the next export.")
}
/// After an erasure.
pub const ERASED: &str = "Lead erased: personal data removed, a tombstone kept; the erasure goes out with the next export.";

/// After an erasure that also removed `copies` batch copies from the data dir.
pub fn erased(copies: usize) -> String {
    match copies {
        0 => ERASED.to_owned(),
        1 => format!("{ERASED} The batch copy in the data dir that held it was removed."),
        n => format!("{ERASED} The {n} batch copies in the data dir that held it were removed."),
    }
}
/// A lead that could not be opened, erased or changed.
pub fn lead_failed(error: &str) -> String {
    format!("Cannot do that: {error}")
}

// Editing a lead
/// Title of the edit form.
pub fn edit_title(name: &str) -> String {
    format!("Editing {name}: consents change only by withdrawal")
}
/// After an edit was saved: the changed fields.
pub fn edit_saved(fields: &[&str]) -> String {
    format!("Changes saved ({}).", fields.join(", "))
}
/// Ctrl-S on an edit with no change.
pub const EDIT_UNCHANGED: &str = "Nothing changed.";

// Staff picker
/// Title of the staff picker.
pub const PICK_STAFF: &str = "Who is capturing leads?";
/// Line under the staff picker's title.
pub const PICK_STAFF_HELP: &str = "Choose your name; it is recorded with every lead you save.";

// Key hints: (key, description) pairs, as shown in the bottom bar.
/// Key names.
/// Export screen: its heading.
pub const EXPORT_TITLE: &str = "Export a signed batch of what is new";
/// Export screen: before the folder the batch is being written to.
pub const EXPORT_TARGET: &str = "Target folder: ";
/// Export screen: above the places the batch can go.
pub const EXPORT_CHOOSE: &str = "Target folder (↑↓ to choose, Enter writes the batch there):";
/// Export screen: no removable medium is mounted.
pub const EXPORT_NO_MEDIA: &str = "No USB stick or memory card is mounted now.";
/// Export screen: a removable medium mounted now, by its name and file system.
pub fn export_medium(name: &str, fs_type: &str) -> String {
    format!("Removable {name} ({fs_type})")
}
/// Export screen: the folder the last batch went to.
pub const EXPORT_LAST: &str = "Last used";
/// Export screen: beside a place the last batch went to.
pub const EXPORT_LAST_NOTE: &str = "used last time";
/// Export screen: the laptop's own folder.
pub const EXPORT_LAPTOP: &str = "This laptop";
/// Export screen: beside a folder that is not there (a stick taken out).
pub const EXPORT_GONE: &str = "not there now";
/// Export screen: the row to type a folder on, and that folder once typed.
pub const EXPORT_OTHER: &str = "Another folder";
/// Export screen: Enter on the typed row with nothing typed.
pub const EXPORT_TYPE_FOLDER: &str = "Type the folder's path on the last line, then press Enter.";
/// Export screen: the space free in a place, e.g. "14.2 GB free".
pub fn export_free(bytes: u64) -> String {
    const GB: f64 = 1e9;
    const MB: f64 = 1e6;
    let b = bytes as f64;
    if b >= GB {
        format!("{:.1} GB free", b / GB)
    } else {
        format!("{:.0} MB free", b / MB)
    }
}
/// Export screen: the device's public key was written beside the batch.
pub fn export_public_key_beside(file: &str) -> String {
    format!("The device's public key is beside it as {file}, for the office's trust folder.")
}
/// Export screen: the public key could not be written beside the batch.
pub fn export_public_key_not_beside(error: &str) -> String {
    format!(
        "The device's public key could not be written beside the batch ({error}): give keys/device.pub to the office."
    )
}
/// Export screen: how to start.
pub const EXPORT_PRESS_ENTER: &str = "Press Enter to write the batch, Esc to go back.";
/// Export screen: while writing.
pub const EXPORT_RUNNING: &str = "Writing the batch...";
/// The gauge before the first lead is written: a passphrase-protected key
/// takes seconds to open (scrypt), and nothing is counted yet.
pub const EXPORT_PREPARING: &str = "opening the signing key and counting the leads";
/// Export screen: before the failure.
pub const EXPORT_FAILED: &str = "Export failed, nothing was marked exported: ";
/// Export screen: the worker thread ended without a result.
pub const EXPORT_WORKER_DIED: &str = "Export failed: the export stopped unexpectedly; nothing was marked exported. See logs/leadbooth.log.";
/// Export screen: the key needs a passphrase the booth cannot ask for.
pub const EXPORT_NEEDS_PASSPHRASE: &str = "The signing key is passphrase-protected: set LEADBOOTH_KEY_PASSPHRASE before starting the booth, or run `leadbooth export` in a shell.";
/// Export screen: nothing new.
pub const EXPORT_NOTHING_NEW: &str = "Nothing new since the last batch; nothing was written.";
/// Export screen: before the folder written.
pub const EXPORT_WRITTEN: &str = "Batch written to ";
/// Export screen: before the check command.
pub const EXPORT_CHECK: &str = "Check it with standard tools:";
/// Export screen: a busy export is running.
pub const EXPORT_BUSY: &str = "An export is running: wait for it to finish.";

/// Export screen: the masked passphrase prompt.
pub const EXPORT_PASSPHRASE: &str = "Passphrase of the signing key (not shown): ";
/// Export screen: the passphrase was wrong.
pub const EXPORT_WRONG_PASSPHRASE: &str =
    "Wrong passphrase; nothing was written. Type it again and press Enter.";
/// Export screen: with no recipients.
pub const EXPORT_NOT_ENCRYPTED: &str = "NOT encrypted: the event file names no [encryption] recipients; a lost stick exposes every lead.";
/// Export screen: before the check command of an encrypted batch.
pub const EXPORT_CHECK_SEALED: &str = "Check it arrived intact (no identity needed):";

/// Export screen: who the batch is encrypted to.
pub fn export_encrypted_to(recipients: &[String]) -> String {
    format!(
        "Encrypted to {} recipient(s): {}",
        recipients.len(),
        recipients.join(", ")
    )
}

/// Export screen: what the next batch holds.
pub fn export_pending(leads: u64, erasures: u64) -> String {
    format!("New since the last batch: {leads} lead(s), {erasures} erasure(s) or withdrawal(s).")
}

/// Export screen: the counts of a written batch.
pub fn export_counts(leads: u64, erasures: u64, seq: u64) -> String {
    format!("{leads} lead(s), {erasures} erasure(s) or withdrawal(s), batch number {seq}.")
}

/// Export screen: the key was created by this first export.
pub fn export_key_created(key_id: &str, public: &str) -> String {
    format!("Created the device signing key {key_id}; give {public} to the central team.")
}

pub mod keys {
    /// The jump key to the questions (beside their heading).
    pub const JUMP_QUESTIONS: &str = "Alt-A";
    /// The jump key to the consents (beside their heading).
    pub const JUMP_CONSENTS: &str = "Alt-T";
    /// The jump keys to the rating and the notes (beside their heading).
    pub const JUMP_STAFF: &str = "Alt-R rating, Alt-O notes";
    /// Tab.
    pub const TAB: &str = "Tab";
    /// Tab and Shift-Tab.
    pub const TABS: &str = "Tab/⇧Tab";
    /// Enter.
    pub const ENTER: &str = "Enter";
    /// Esc.
    pub const ESC: &str = "Esc";
    /// Space.
    pub const SPACE: &str = "Space";
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
    /// F5.
    pub const F5: &str = "F5";
    /// F6.
    pub const F6: &str = "F6";
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

/// What a key does, as shown in the bottom bar.
/// The short form of a key name or hint, for a hint bar with too little room
/// (80 columns); a label without one is its own short form.
pub fn shorter(label: &'static str) -> &'static str {
    match label {
        keys::TABS => keys::TAB,
        keys::PAGE => "PgUp/Dn",
        hints::SCAN => "scan",
        hints::WITHDRAW => "withdraw",
        hints::CLEAR_SEARCH => "clear",
        hints::CANCEL_SCAN => "cancel",
        hints::EXPORT_NOW => "export",
        hints::ENDS => "ends",
        hints::SCANNER_CHECK => "scanner",
        other => other,
    }
}
pub mod hints {
    /// Next and previous field.
    pub const FIELDS: &str = "fields";
    /// Save the lead.
    pub const SAVE: &str = "save";
    /// Open the policy.
    pub const POLICY: &str = "policy";
    /// Open the lead list.
    pub const LEADS: &str = "leads";
    /// Open the export screen.
    pub const EXPORT: &str = "export";
    /// Open the statistics screen.
    pub const STATS: &str = "stats";
    /// Write the batch now.
    pub const EXPORT_NOW: &str = "export now";
    /// Capture the next scan explicitly.
    pub const SCAN: &str = "scan badge";
    /// Cancel the scan key.
    pub const CANCEL_SCAN: &str = "cancel scan";
    /// Focus the search box.
    pub const SEARCH: &str = "search";
    /// Open the highlighted lead.
    pub const OPEN: &str = "open";
    /// Edit the lead.
    pub const EDIT: &str = "edit";
    /// Withdraw a consent.
    pub const WITHDRAW: &str = "withdraw consent";
    /// Erase the lead.
    pub const ERASE: &str = "erase";
    /// Leave without saving.
    pub const CANCEL: &str = "cancel";
    /// Clear the search.
    pub const CLEAR_SEARCH: &str = "clear search";
    /// Clear the form (Esc on the form).
    pub const CLEAR: &str = "clear";
    /// Quit.
    pub const QUIT: &str = "quit";
    /// Tick or untick.
    pub const TICK: &str = "tick";
    /// Choose among choices.
    pub const CHOOSE: &str = "choose";
    /// Move between choices.
    pub const MOVE: &str = "move";
    /// Scroll.
    pub const SCROLL: &str = "scroll";
    /// Page.
    pub const PAGE: &str = "page";
    /// Start and end.
    pub const ENDS: &str = "start/end";
    /// Back to the form.
    pub const BACK: &str = "back";
    /// F9 on the form: the scanner check screen.
    pub const SCANNER_CHECK: &str = "scanner check";
    /// Confirm.
    pub const YES: &str = "yes";
    /// Cancel.
    pub const NO: &str = "no";
    /// Pick the highlighted name.
    pub const PICK: &str = "choose";
    /// New line in the notes.
    pub const NEWLINE: &str = "new line";
    /// Start the kiosk form.
    pub const START: &str = "start";
    /// Back to the kiosk's start.
    pub const CONTINUE: &str = "continue";
    /// Kiosk: the answer to "Still there?".
    pub const STILL_HERE: &str = "I am still here";
    /// Check the PIN.
    pub const UNLOCK: &str = "unlock";
    /// Recover the draft.
    pub const RECOVER: &str = "recover";
    /// Update the lead captured before.
    pub const UPDATE: &str = "update that lead";
    /// Quit, keeping the half-typed lead as a draft.
    pub const KEEP_DRAFT: &str = "keep as draft, quit";
    /// Quit and lose the half-typed lead.
    pub const QUIT_LOSE: &str = "quit, lose it";
    /// Save a second lead anyway.
    pub const SAVE_NEW: &str = "save as new";
    /// Discard the draft.
    pub const DISCARD: &str = "discard";
}

// Start-up
/// The booth was started without a terminal to draw on.
pub const NOT_A_TERMINAL: &str = "cannot start the booth screen (is this an interactive terminal?)";
/// `--kiosk` without a staff PIN: nobody could ever leave kiosk mode.
pub const KIOSK_NO_PIN: &str = "kiosk mode needs a staff PIN to leave it: set one with `leadbooth kiosk set-pin`, then start `leadbooth --kiosk` again";

// Kiosk mode
/// In the status line instead of the staff member's name.
pub const SELF_SERVICE: &str = "Self-service";
/// Attract screen: what the kiosk is for.
pub const ATTRACT_WELCOME: &str =
    "Welcome! Leave your contact details and choose how we may stay in touch.";
/// Attract screen: how to start.
pub const ATTRACT_PROMPT: &str = "Press Enter (or any key) to start";
// Scanner check (F9)
/// The scanner check screen's title.
pub const CHECK_TITLE: &str = "Scanner check";
/// What the scanner check screen is for.
pub const CHECK_INTRO: &str = "Scan a badge (or the check code) to see exactly what the scanner types on this laptop. Nothing scanned here is saved.";
/// Before any burst.
pub const CHECK_NOTHING_YET: &str = "Nothing scanned yet.";
/// Heading over the raw characters.
pub fn check_raw_heading(chars: usize) -> String {
    format!("Last burst, as it came ({chars} characters; ⏎ Enter, ⇥ Tab, ␛ Esc/Alt):")
}
/// Heading over what was read.
pub const CHECK_READ_HEADING: &str = "Read from it:";
/// The check code arrived exactly.
pub const CHECK_CODE_OK: &str =
    "The check code arrived exactly: the scanner and this laptop agree on the keyboard layout.";
/// A badge read from the burst.
pub fn check_read_badge(fields: &str) -> String {
    format!("A badge: {fields}")
}
/// A registration ID read from the burst.
pub fn check_read_id(id: &str) -> String {
    format!("Registration ID {id}")
}
/// The burst is not a badge.
pub fn check_not_read(why: &str) -> String {
    format!("Not read as a badge: {why}")
}
/// The layout mix-up found.
pub fn check_mixup(scanner: &str, laptop: &str) -> String {
    format!("Keyboard layout mix-up: the scanner types for {scanner}, this laptop reads {laptop}.")
}
/// The characters that arrived changed.
pub fn check_changed(list: &str) -> String {
    format!("Arrived → meant: {list}")
}
/// The fix to try.
pub fn check_fix(fix: &str) -> String {
    format!("Fix to try: {fix}")
}
/// What the burst reads as once the mix-up is undone.
pub fn check_meant(read: &str) -> String {
    format!("Meant: {read}")
}
/// No known mix-up explains the burst.
pub const CHECK_NO_MIXUP: &str = "No common keyboard-layout mix-up (US, German QWERTZ, French AZERTY) explains these characters. Scan the check code: if it arrives changed, this screen names the mix-up.";
/// Beside the check code.
pub const CHECK_CODE_CAPTION: &str = "Check code: scan it from the screen.";
/// When the check code does not fit.
pub const CHECK_CODE_ROOM: &str = "Enlarge the window to show the check code.";

/// Title of the kiosk's warning before an idle session is wiped.
pub const STILL_THERE_TITLE: &str = " Still there? ";
/// The kiosk's warning before an idle session is wiped, `secs` before.
pub fn still_there(secs: u64) -> String {
    let unit = if secs == 1 { "second" } else { "seconds" };
    format!(
        "This form clears in {secs} {unit}, so that the next visitor sees nothing of yours: nobody has touched the keyboard for a while."
    )
}
/// What keeps the session, under [`still_there`].
pub const STILL_THERE_KEY: &str = "Press any key to continue where you were.";
/// Attract screen: where the policy is.
pub const ATTRACT_POLICY: &str =
    "Our privacy policy is one key away (F1) and on your phone with the code.";
/// Thank-you screen after a kiosk save: no personal data.
pub const THANK_YOU: &str = "Thank you! Your details are saved.";
/// Thank-you screen, second line.
pub const THANK_YOU_NEXT: &str = "This screen returns to the start in a moment.";
/// Consent heading on the kiosk form, where the attendee reads it.
pub const KIOSK_CONSENT_HEADING: &str = "Consent: tick only what you agree to";

// PIN dialog
/// Title of the PIN dialog.
pub const PIN_TITLE: &str = "Staff only";
/// Label before the masked PIN.
pub const PIN_LABEL: &str = "PIN";
/// What the PIN is asked for: leaving kiosk mode.
pub const PIN_PROMPT_QUIT: &str = "Enter the staff PIN to leave kiosk mode.";
/// What the PIN is asked for: the lead list.
pub const PIN_PROMPT_LEADS: &str = "Enter the staff PIN to open the lead list.";
/// After a wrong PIN.
pub const PIN_WRONG: &str = "Wrong PIN.";
/// While locked out after too many wrong PINs.
pub fn pin_locked(seconds: u64) -> String {
    format!(
        "Too many wrong PINs. Try again in {}:{:02}.",
        seconds / 60,
        seconds % 60
    )
}

/// The layered notice above the consent boxes and on the policy screen.
pub mod notice {
    /// Heading of the notice on the form and the policy screen.
    pub const HEADING: &str = "Before you choose: who we are and how we use your details";
    /// Who decides, and how to reach them.
    pub const CONTROLLER: &str = "Who";
    /// Why the details are used.
    pub const PURPOSES: &str = "Why";
    /// How long they are kept.
    pub const RETENTION: &str = "Kept";
    /// The attendee's rights.
    pub const RIGHTS: &str = "Your rights";
    /// How to withdraw.
    pub const WITHDRAW: &str = "Withdraw";
    /// International transfers.
    pub const TRANSFERS: &str = "Transfers";
    /// Where the full policy is.
    pub const FULL_POLICY: &str = "Full policy";
    /// How to open it.
    pub const FULL_POLICY_HOW: &str = "press F1, or scan its QR code there";
    /// A notice field the event file does not set.
    pub const NOT_SET: &str = "(not set in the event file: ask the staff)";
    /// Why: `consents` optional consents, and (when `follow_up`) what is done
    /// without consent.
    pub fn purposes(consents: usize, follow_up: bool) -> String {
        let mut s = String::new();
        if follow_up {
            s.push_str("to follow up on today's conversation (our legitimate interest; confirm you saw this notice). ");
        }
        match consents {
            0 => {}
            1 => s.push_str("One more use only if you tick its box: it is optional."),
            n => s.push_str(&format!(
                "{n} more uses only if you tick their boxes: each is optional."
            )),
        }
        s.trim_end().to_owned()
    }
}

// The receipt after a save
/// The receipt screen: what the code is for.
pub const RECEIPT_SCAN: &str =
    "Your receipt: scan the code with your phone to keep what you agreed to and how to withdraw.";
/// The receipt number.
pub fn receipt_number(id: &str) -> String {
    format!("Receipt {id}")
}
/// The consents granted, by their short names.
pub fn receipt_agreed(list: &str) -> String {
    format!("You agreed to: {list}")
}
/// No consent granted.
pub const RECEIPT_NOTHING_AGREED: &str = "You agreed to no marketing or sharing.";
/// How to withdraw.
pub fn receipt_withdraw(contact: &str) -> String {
    format!("To withdraw, write to {contact} with the receipt number.")
}
/// Staff: the hint under the receipt.
pub const RECEIPT_NEXT: &str = "Any key: next attendee (a badge scan starts one too).";
/// Kiosk: the hint under the receipt.
pub const RECEIPT_DONE: &str = "Any key when you are done.";
/// Words inside the receipt QR code; upper case, so the code stays small
/// enough for an 80x24 screen (see `tui::receipt`).
pub const RECEIPT_QR_TITLE: &str = "RECEIPT";
/// Inside the QR code: before the purposes agreed to.
pub const RECEIPT_QR_AGREED: &str = "AGREED";
/// Inside the QR code: no purpose agreed to.
pub const RECEIPT_QR_NONE: &str = "NONE";
/// Inside the QR code: the withdrawal email's subject (URL-encoded where used).
pub const RECEIPT_QR_WITHDRAW: &str = "WITHDRAW";

// One attendee at a time
/// A scan or lookup brought a different person onto a filled form.
pub const NEW_ATTENDEE: &str =
    "New attendee: the previous attendee's ticks, answers, rating and notes were cleared.";

// Drafts
/// Title of the recovery dialog.
pub const RECOVER_TITLE: &str = "Unsaved lead";
/// The recovery question; `time` is local, e.g. "10:42".
pub fn recover_question(time: &str) -> String {
    format!("Recover the unsaved lead from {time}?")
}
/// The recover choice.
pub const RECOVER_BUTTON: &str = "Recover";
/// The discard choice.
pub const DISCARD_BUTTON: &str = "Discard";
/// After recovering.
pub const RECOVERED: &str =
    "Unsaved lead recovered without its ticks: ask the attendee again for each consent, then save.";
/// After recovering, when part of the draft no longer fits the event.
pub fn recovered_without(what: &str) -> String {
    format!(
        "Unsaved lead recovered without its ticks (ask the attendee again) and without (the event changed): {what}."
    )
}
/// After discarding.
pub const DISCARDED: &str = "Unsaved lead discarded.";
/// A stored draft that could not be read; it was deleted.
pub fn draft_unreadable(error: &str) -> String {
    format!("An unsaved lead could not be read and was discarded: {error}")
}
/// A draft of another format version.
pub fn draft_version(version: u32) -> String {
    format!("draft format version {version} is not supported")
}
/// The draft could not be written; typing goes on.
pub fn draft_failed(error: &str) -> String {
    format!("The unsaved lead cannot be kept as a draft: {error}")
}

/// Statistics screen (F6): its title.
pub const STATS_TITLE: &str = "Statistics ";
/// Statistics screen: the bar chart's title.
pub const STATS_PER_HOUR: &str = "Leads per hour today";
/// Statistics screen: the staff column's heading.
pub const STATS_STAFF: &str = "By staff";
/// Statistics screen: the ratings column's heading.
pub const STATS_RATINGS: &str = "Ratings";
/// Statistics screen: the consent column's heading.
pub const STATS_CONSENT: &str = "Consent granted / recorded";
/// Statistics screen: nothing captured yet.
pub const STATS_NONE: &str = "no leads yet";
/// Statistics screen: no batch written yet.
pub const STATS_NO_BATCH: &str = "No batch written yet (F5 exports).";

/// Statistics screen: the line under the title.
pub fn stats_summary(today: &str, leads_today: u64, leads: u64, erased: u64) -> String {
    let mut s = format!("· today {today}: {leads_today} · event total on this laptop: {leads}");
    if erased > 0 {
        s.push_str(&format!(" · {erased} erased"));
    }
    s
}

/// Statistics screen: the staff column's last row when not all fit.
pub fn stats_others(n: usize) -> String {
    format!("{n} others")
}

/// Statistics screen: a rating's label (`unrated` for none).
pub fn rating_label(key: &str) -> &str {
    match key {
        "hot" => "Hot",
        "warm" => "Warm",
        "cold" => "Cold",
        _ => "Unrated",
    }
}

/// Statistics screen: what the next export would carry.
pub fn stats_not_exported(leads: u64, erasures: u64) -> String {
    if leads == 0 && erasures == 0 {
        return "Everything is exported.".to_owned();
    }
    let mut s = format!(
        "Not yet exported: {leads} lead{}",
        if leads == 1 { "" } else { "s" }
    );
    if erasures > 0 {
        s.push_str(&format!(
            ", {erasures} erasure{}/withdrawal{}",
            if erasures == 1 { "" } else { "s" },
            if erasures == 1 { "" } else { "s" }
        ));
    }
    s.push_str(" (F5 exports)");
    s
}

/// Statistics screen: the last batch.
pub fn stats_last_batch(seq: u64, at: &str, leads: u64) -> String {
    format!(
        "Last batch: #{seq} written {at} ({leads} lead{})",
        if leads == 1 { "" } else { "s" }
    )
}
