//! Every word the booth shows a person, in one place, so the kiosk can later speak
//! another language. Values that come from the event (purpose labels, question
//! labels, the event name) are not here: they are the event's own wording.

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
/// Field labels of the contact section, in [`super::form::ContactField`] order.
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
pub const COUNTRY_HINT: &str = "two letters, e.g. US, DE, GB";

// Form sections
/// Heading of the qualifying questions.
pub const QUESTIONS_HEADING: &str = "Questions";
/// Heading of the consent checkboxes.
pub const CONSENT_HEADING: &str = "Consent: tick only what the attendee agrees to";
/// Heading of the staff-only part (rating, notes).
pub const STAFF_HEADING: &str = "For the team";
/// Marker after a required purpose's label.
pub const REQUIRED: &str = "(required)";
/// Rating label.
pub const RATING: &str = "Rating";
/// The rating choices: none first, then [`crate::lead::Rating::ALL`].
pub const RATING_CHOICES: [&str; 4] = ["none", "hot", "warm", "cold"];
/// Notes label.
pub const NOTES: &str = "Notes";
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
/// Contact field names in messages, in [`super::form::ContactField`] order.
pub const CONTACT_NAMES: [&str; 7] = [
    "first name",
    "last name",
    "email",
    "company",
    "job title",
    "phone",
    "country",
];
/// After a scan filled `filled` fields; `replaced` names fields whose typed
/// content the badge's value replaced; `who` names the attendee found for a
/// registration ID.
pub fn scan_filled(who: Option<(&str, &str)>, filled: usize, replaced: &[&str]) -> String {
    let mut s = match who {
        Some((id, name)) => format!("Badge {id}: {name}, {filled} fields from the attendee list"),
        None => format!("Badge read: {filled} fields filled"),
    };
    s.push_str(&format!(", marked {FROM_BADGE}."));
    if !replaced.is_empty() {
        s.push_str(&format!(
            " It replaced what was typed in {}.",
            replaced.join(", ")
        ));
    }
    s.push_str(" Other fields are as they were; tick only the consents given.");
    s
}
/// A registration ID that is not in the imported attendee list.
pub fn scan_unknown_id(id: &str) -> String {
    format!(
        "Badge {id} is not in the attendee list: type the details. \
         The badge ID is kept with the lead so the central team can match it."
    )
}
/// The attendee list could not be read for a registration ID.
pub fn scan_lookup_failed(id: &str, error: &str) -> String {
    format!("Badge {id} kept with the lead, but the attendee list cannot be read: {error}")
}
/// A scan that could not be read.
pub fn scan_failed(error: &str) -> String {
    format!("Badge not read, the form is unchanged: {error}.")
}
/// Characters that followed a complete badge in the same scan.
pub fn scan_ignored(count: usize) -> String {
    format!("{count} characters after the badge's end were ignored.")
}

// Confirmations
/// Asked before Esc clears a form with content.
pub const CONFIRM_CLEAR: &str = "Clear the form? What was typed for this attendee will be lost.";
/// Asked before Ctrl-Q quits with an unsaved form.
pub const CONFIRM_QUIT: &str = "Quit? The form has unsaved content that will be lost.";
/// Title of the confirmation box.
pub const CONFIRM_TITLE: &str = "Please confirm";
/// Status after the form was cleared on request.
pub const CLEARED: &str = "Form cleared.";

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

// Staff picker
/// Title of the staff picker.
pub const PICK_STAFF: &str = "Who is capturing leads?";
/// Line under the staff picker's title.
pub const PICK_STAFF_HELP: &str = "Choose your name; it is recorded with every lead you save.";

// Key hints: (key, description) pairs, as shown in the bottom bar.
/// Key names.
pub mod keys {
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
}

/// What a key does, as shown in the bottom bar.
pub mod hints {
    /// Next and previous field.
    pub const FIELDS: &str = "fields";
    /// Save the lead.
    pub const SAVE: &str = "save";
    /// Open the policy.
    pub const POLICY: &str = "policy";
    /// Open the lead list.
    pub const LEADS: &str = "leads";
    /// Capture the next scan explicitly.
    pub const SCAN: &str = "scan badge";
    /// Cancel the scan key.
    pub const CANCEL_SCAN: &str = "cancel scan";
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
    /// Confirm.
    pub const YES: &str = "yes";
    /// Cancel.
    pub const NO: &str = "no";
    /// Pick the highlighted name.
    pub const PICK: &str = "choose";
    /// New line in the notes.
    pub const NEWLINE: &str = "new line";
}

// Start-up
/// The booth was started without a terminal to draw on.
pub const NOT_A_TERMINAL: &str = "cannot start the booth screen (is this an interactive terminal?)";
/// `--kiosk` before kiosk mode exists.
pub const KIOSK_NOT_YET: &str =
    "kiosk mode is not available yet: run `leadbooth` without --kiosk for the staff booth";
