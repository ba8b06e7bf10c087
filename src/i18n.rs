//! The languages the booth speaks, and its words in each: Fluent message files
//! (`i18n/<code>/*.ftl`: leadbooth, help, central) built into the binary. The staff side follows
//! the system locale ([`Language::from_env`]); the attendee side follows the
//! attendee's choice (the language key on the attract screen and the form).
//!
//! Every message the code asks for is named in [`msg`], so a test can check that
//! each one exists in every shipped language with the same arguments, and that no
//! file holds a message the code never asks for. A message missing at run time
//! (which those tests rule out) falls back to English, never to its id; under
//! tests it panics, so a gap fails the test that drew it.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub mod numbers;

/// A language the booth ships its words in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Language {
    /// English (the booth's first language, and the fallback).
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Language {
    /// Every shipped language, in the order the language key steps through them.
    pub const ALL: [Language; 4] = [Language::En, Language::De, Language::Fr, Language::Es];

    /// The ISO 639-1 code (`de`), as stored in consent records and event files.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
        }
    }

    /// The language's name in itself (`Deutsch`): what an attendee looks for.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "Deutsch",
            Language::Fr => "Français",
            Language::Es => "Español",
        }
    }

    /// The next language the language key gives (after the last, the first).
    pub fn next(self) -> Language {
        let i = Self::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    /// The language a POSIX locale names (`de_DE.UTF-8`, `fr`, `es_ES@euro`),
    /// when it is one the booth ships; `C`, `POSIX` and others give `None`.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let lang = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        lang.parse().ok()
    }

    /// The staff side's language from the environment as POSIX orders it: the
    /// first set of `LC_ALL`, `LC_MESSAGES`, `LANG` decides; a locale the booth
    /// has no words for (or none) gives English.
    pub fn from_env() -> Language {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Language::from_env`] over any source of variables (tests pass their own).
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|v| !v.is_empty())
            .and_then(|v| Self::from_locale(&v))
            .unwrap_or_default()
    }

    /// The message files of this language, in load order. Each area of the
    /// product keeps its messages in its own file (`leadbooth.ftl` for the
    /// booth and the common words, `help.ftl` for the command line's help,
    /// `central.ftl` for the central office); an id may be in only one.
    fn sources(self) -> [(&'static str, &'static str); 3] {
        macro_rules! files {
            ($code:literal) => {
                [
                    (
                        "leadbooth.ftl",
                        include_str!(concat!("../i18n/", $code, "/leadbooth.ftl")),
                    ),
                    (
                        "help.ftl",
                        include_str!(concat!("../i18n/", $code, "/help.ftl")),
                    ),
                    (
                        "central.ftl",
                        include_str!(concat!("../i18n/", $code, "/central.ftl")),
                    ),
                ]
            };
        }
        match self {
            Language::En => files!("en"),
            Language::De => files!("de"),
            Language::Fr => files!("fr"),
            Language::Es => files!("es"),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code the booth does not ship.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?} (the booth speaks en, de, fr, es)")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// `de`, `DE`, `de-AT`, `de_CH` all give German.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let primary = s.split(['_', '-']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A message id (one of [`msg`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Msg(pub &'static str);

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $id:literal;)*) => {
        $( $(#[$doc])* pub const $name: $crate::i18n::Msg = $crate::i18n::Msg($id); )*
        /// Every message the code asks for.
        pub const ALL: &[$crate::i18n::Msg] = &[$($name),*];
    };
}

/// The messages, by the name the code uses.
pub mod msg {
    messages! {
        // The language key
        /// After a language switch; `$language` the new one.
        LANGUAGE_SWITCHED = "language-switched";
        /// After a switch that cleared ticks; `$purposes` their labels.
        LANGUAGE_TICKS_CLEARED = "language-ticks-cleared";

        // Attract and thank-you screens
        ATTRACT_WELCOME = "attract-welcome";
        ATTRACT_PROMPT = "attract-prompt";
        ATTRACT_POLICY = "attract-policy";
        THANK_YOU = "thank-you";
        THANK_YOU_NEXT = "thank-you-next";
        QR_CAPTION = "qr-caption";
        QR_TOO_SMALL = "qr-too-small";
        /// `$error`.
        QR_FAILED = "qr-failed";
        SELF_SERVICE = "self-service";
        /// `$version`.
        POLICY_TITLE = "policy-title";
        /// `$version`, `$date`.
        POLICY_TITLE_UPDATED = "policy-title-updated";

        // The form
        FIELD_FIRST_NAME = "field-first-name";
        FIELD_LAST_NAME = "field-last-name";
        FIELD_EMAIL = "field-email";
        FIELD_COMPANY = "field-company";
        FIELD_JOB_TITLE = "field-job-title";
        FIELD_PHONE = "field-phone";
        FIELD_COUNTRY = "field-country";
        COUNTRY_HINT = "country-hint";
        /// In an empty free-text answer: it takes typing (not a choice).
        TEXT_ANSWER_HINT = "text-answer-hint";
        QUESTIONS_HEADING = "questions-heading";
        CONSENT_HEADING = "consent-heading";
        CONSENT_HEADING_KIOSK = "consent-heading-kiosk";
        REQUIRED = "required";
        ANSWER = "answer";
        /// `$count` marked fields.
        NOT_SAVED = "not-saved";
        /// `$field`, `$max`.
        FIELD_FULL = "field-full";
        /// `$code` (hex, e.g. `001B`).
        PASTE_REFUSED = "paste-refused";
        /// `$field`, `$total`, `$max`.
        PASTE_TOO_LONG = "paste-too-long";
        /// `$field`, `$max`.
        PASTE_FAR_TOO_LONG = "paste-far-too-long";
        /// `$field`, `$message`.
        CHECK_FIELD = "check-field";

        // The layered notice
        NOTICE_HEADING = "notice-heading";
        NOTICE_WHO = "notice-who";
        NOTICE_WHY = "notice-why";
        NOTICE_KEPT = "notice-kept";
        NOTICE_RIGHTS = "notice-rights";
        NOTICE_WITHDRAW = "notice-withdraw";
        NOTICE_TRANSFERS = "notice-transfers";
        NOTICE_FULL_POLICY = "notice-full-policy";
        NOTICE_FULL_POLICY_HOW = "notice-full-policy-how";
        NOTICE_NOT_SET = "notice-not-set";
        NOTICE_FOLLOW_UP = "notice-follow-up";
        /// `$count` optional consents.
        NOTICE_OPTIONAL = "notice-optional";

        // Kiosk
        STILL_THERE_TITLE = "still-there-title";
        /// `$secs`.
        STILL_THERE = "still-there";
        STILL_THERE_KEY = "still-there-key";
        KIOSK_ID_NOT_LOOKED_UP = "kiosk-id-not-looked-up";
        KIOSK_ID_SCANS_LIMITED = "kiosk-id-scans-limited";

        // Receipt
        RECEIPT_SCAN = "receipt-scan";
        /// `$id`.
        RECEIPT_NUMBER = "receipt-number";
        /// `$list`.
        RECEIPT_AGREED = "receipt-agreed";
        RECEIPT_NOTHING_AGREED = "receipt-nothing-agreed";
        /// `$contact`.
        RECEIPT_WITHDRAW = "receipt-withdraw";
        RECEIPT_DONE = "receipt-done";

        // Hints the attendee reads
        HINT_FIELDS = "hint-fields";
        HINT_SAVE = "hint-save";
        HINT_POLICY = "hint-policy";
        HINT_START = "hint-start";
        HINT_CONTINUE = "hint-continue";
        HINT_STILL_HERE = "hint-still-here";
        HINT_TICK = "hint-tick";
        HINT_CHOOSE = "hint-choose";
        HINT_MOVE = "hint-move";
        HINT_NEWLINE = "hint-newline";
        HINT_CLEAR = "hint-clear";
        HINT_BACK = "hint-back";
        HINT_SCROLL = "hint-scroll";
        HINT_PAGE = "hint-page";
        HINT_ENDS = "hint-ends";
        HINT_SCAN = "hint-scan";
        /// The contrast key on the kiosk's attract screen.
        HINT_CONTRAST = "hint-contrast";
        KEY_ANY = "key-any";

        // The default purposes' wording (recorded and hashed: see consent.rs);
        // each takes `$organisation`.
        PURPOSE_POLICY_ACK = "purpose-policy-ack";
        PURPOSE_MARKETING_EMAIL = "purpose-marketing-email";
        PURPOSE_MARKETING_PHONE = "purpose-marketing-phone";
        PURPOSE_MARKETING_MAIL = "purpose-marketing-mail";
        PURPOSE_EVENTS = "purpose-events";
        PURPOSE_SHARE_AFFILIATES = "purpose-share-affiliates";
        PURPOSE_SHARE_PARTNERS = "purpose-share-partners";

        // Booth screens: who reads it decides its language (branch nu9booth)
        /// The kiosk form cleared on request (Esc, y): the next attendee reads it.
        FORM_CLEARED = "form-cleared";
        /// A label before its value (`Who: …`; French `Qui : …`); `$field` the label.
        LABEL_COLON = "label-colon";
    }

    /// The command line's words (`src/cli/words.rs`), in the staff language.
    pub mod cli {
        messages! {
            // Command line: how a line starts
            ERROR = "cli-error";
            WARNING = "cli-warning";
            NOTE = "cli-note";
            // leadbooth export
            EXPORT_OTHER_EVENTS = "cli-export-other-events";
            EXPORT_KEY_CREATED = "cli-export-key-created";
            EXPORT_FAILED = "cli-export-failed";
            // Why a batch could not be written (reasons::batch_write)
            EXPORT_TARGET_MISSING = "cli-export-target-missing";
            EXPORT_TARGET_NOT_DIR = "cli-export-target-not-dir";
            EXPORT_FOLDER_EXISTS = "cli-export-folder-exists";
            EXPORT_BUSY = "cli-export-busy";
            EXPORT_POLICY_TEXT_MISSING = "cli-export-policy-text-missing";
            EXPORT_LINE_TOO_LONG = "cli-export-line-too-long";
            EXPORT_PARTIAL_LEFT = "cli-export-partial-left";
            EXPORT_NOT_RECORDED = "cli-export-not-recorded";
            EXPORT_WRITTEN = "cli-export-written";
            EXPORT_ENCRYPTED_TO = "cli-export-encrypted-to";
            EXPORT_CHECK_SEALED = "cli-export-check-sealed";
            EXPORT_AT_OFFICE = "cli-export-at-office";
            EXPORT_CHECK = "cli-export-check";
            EXPORT_KEY_BESIDE = "cli-export-key-beside";
            EXPORT_KEY_NOT_BESIDE = "cli-export-key-not-beside";
            EXPORT_PLAINTEXT = "cli-export-plaintext";
            EXPORT_NOT_ENCRYPTED = "cli-export-not-encrypted";
            EXPORT_PROGRESS = "cli-export-progress";
            EXPORT_NOTHING_SINCE = "cli-export-nothing-since";
            EXPORT_NOTHING = "cli-export-nothing";
            // leadbooth import
            IMPORT_SUMMARY = "cli-import-summary";
            IMPORT_RETENTION = "cli-import-retention";
            // leadbooth leads
            LEADS_ERASED = "cli-leads-erased";
            LEADS_WITHDRAWAL_GOES_OUT = "cli-leads-withdrawal-goes-out";
            LEADS_WITHDREW = "cli-leads-withdrew";
            LEADS_ERASED_NOT_SHOWN = "cli-leads-erased-not-shown";
            LEADS_NO_RETENTION = "cli-leads-no-retention";
            LEADS_WOULD_PURGE = "cli-leads-would-purge";
            LEADS_PURGED = "cli-leads-purged";
            // leadbooth init-event
            INIT_NOTICE_ASK = "cli-init-notice-ask";
            INIT_GAP = "cli-init-gap";
            INIT_WROTE_DEFAULT = "cli-init-wrote-default";
            INIT_WROTE = "cli-init-wrote";
            INIT_OR_DEFAULT = "cli-init-or-default";
        }
    }

    /// The staff side's words (`src/tui/strings.rs`, the CLI): they follow
    /// the system locale ([`super::staff`]).
    pub mod staff {
        messages! {
            // Times
            MONTHS = "staff-months";
            DATE_THIS_YEAR = "staff-date-this-year";
            DATE_OTHER_YEAR = "staff-date-other-year";
            TIMES_IN = "staff-times-in";
            // Status line
            STAFF = "staff-label";
            LEAD_COUNT = "staff-lead-count";
            TOO_SMALL = "staff-too-small";
            // The staff form
            STAFF_HEADING = "staff-heading";
            JUMP_STAFF = "staff-jump-staff";
            RATING = "staff-rating";
            RATING_NONE = "staff-rating-none";
            RATING_HOT = "staff-rating-hot";
            RATING_WARM = "staff-rating-warm";
            RATING_COLD = "staff-rating-cold";
            NOTES = "staff-notes";
            NOTES_PLACEHOLDER = "staff-notes-placeholder";
            NAME_FIRST_NAME = "staff-name-first-name";
            NAME_LAST_NAME = "staff-name-last-name";
            NAME_EMAIL = "staff-name-email";
            NAME_COMPANY = "staff-name-company";
            NAME_JOB_TITLE = "staff-name-job-title";
            NAME_PHONE = "staff-name-phone";
            NAME_COUNTRY = "staff-name-country";
            // Saving
            SAVED = "staff-saved";
            DUPLICATE_TITLE = "staff-duplicate-title";
            DUPLICATE_QUESTION = "staff-duplicate-question";
            THIS_PERSON = "staff-this-person";
            DUPLICATE_UPDATED = "staff-duplicate-updated";
            THE_LEAD = "staff-the-lead";
            DUPLICATE_CHECK_FAILED = "staff-duplicate-check-failed";
            STORE_FAILED = "staff-store-failed";
            // Badge scans
            FROM_BADGE = "staff-from-badge";
            SCAN_ARMED = "staff-scan-armed";
            SCAN_READING = "staff-scan-reading";
            SCAN_CANCELLED = "staff-scan-cancelled";
            SCAN_FILLED_ID = "staff-scan-filled-id";
            SCAN_FILLED = "staff-scan-filled";
            SCAN_FILLED_NAME = "staff-scan-filled-name";
            SCAN_KEPT = "staff-scan-kept";
            SCAN_REPLACED = "staff-scan-replaced";
            SCAN_UNKNOWN_ID = "staff-scan-unknown-id";
            SCAN_LOOKUP_FAILED = "staff-scan-lookup-failed";
            SCAN_FAILED = "staff-scan-failed";
            SCAN_REFUSED_PIN = "staff-scan-refused-pin";
            SCAN_REFUSED_QUESTION = "staff-scan-refused-question";
            SCAN_REFUSED_DUPLICATE = "staff-scan-refused-duplicate";
            SCAN_REFUSED_SCREEN = "staff-scan-refused-screen";
            SCAN_IGNORED = "staff-scan-ignored";
            // Confirmations
            CONFIRM_CLEAR = "staff-confirm-clear";
            CONFIRM_QUIT = "staff-confirm-quit";
            CONFIRM_QUIT_LEAD = "staff-confirm-quit-lead";
            CONFIRM_TITLE = "staff-confirm-title";
            CLEARED = "staff-cleared";
            CONFIRM_ERASE = "staff-confirm-erase";
            CONFIRM_WITHDRAW = "staff-confirm-withdraw";
            CONFIRM_DISCARD = "staff-confirm-discard";
            // Lead list
            LEADS_TITLE = "staff-leads-title";
            LEADS_TITLE_LATEST = "staff-leads-title-latest";
            COLUMN_TIME = "staff-column-time";
            COLUMN_NAME = "staff-column-name";
            COLUMN_EMAIL = "staff-column-email";
            COLUMN_COMPANY = "staff-column-company";
            COLUMN_CONSENTS = "staff-column-consents";
            NO_LEADS = "staff-no-leads";
            LEADS_FAILED = "staff-leads-failed";
            SEARCH = "staff-search";
            SEARCH_HINT = "staff-search-hint";
            SEARCH_COUNT = "staff-search-count";
            SEARCH_COUNT_PAGE = "staff-search-count-page";
            NO_MATCH = "staff-no-match";
            // Lead details
            LEAD_TITLE = "staff-lead-title";
            DETAIL_NAME = "staff-detail-name";
            DETAIL_CAPTURED = "staff-detail-captured";
            DETAIL_BADGE_ID = "staff-detail-badge-id";
            DETAIL_RATING = "staff-detail-rating";
            DETAIL_LEAD_ID = "staff-detail-lead-id";
            DETAIL_POLICY = "staff-detail-policy";
            DETAIL_ANSWERS = "staff-detail-answers";
            DETAIL_CONSENTS = "staff-detail-consents";
            DETAIL_NOTES = "staff-detail-notes";
            DETAIL_NO_NOTES = "staff-detail-no-notes";
            DETAIL_GRANTED = "staff-detail-granted";
            DETAIL_NOT_GRANTED = "staff-detail-not-granted";
            CAPTURED = "staff-captured";
            CONSENT_GIVEN = "staff-consent-given";
            CONSENT_WITHDRAWN = "staff-consent-withdrawn";
            WITHDRAW_TITLE = "staff-withdraw-title";
            NOTHING_TO_WITHDRAW = "staff-nothing-to-withdraw";
            WITHDRAWN = "staff-withdrawn";
            ERASED = "staff-erased";
            LEAD_FAILED = "staff-lead-failed";
            // Editing a lead
            EDIT_TITLE = "staff-edit-title";
            EDIT_SAVED = "staff-edit-saved";
            EDIT_UNCHANGED = "staff-edit-unchanged";
            // Staff picker
            PICK_STAFF = "staff-pick";
            PICK_STAFF_HELP = "staff-pick-help";
            // Export (F5)
            EXPORT_TITLE = "staff-export-title";
            EXPORT_TARGET = "staff-export-target";
            EXPORT_CHOOSE = "staff-export-choose";
            EXPORT_NO_MEDIA = "staff-export-no-media";
            EXPORT_MEDIUM = "staff-export-medium";
            EXPORT_LAST = "staff-export-last";
            EXPORT_LAST_NOTE = "staff-export-last-note";
            EXPORT_LAPTOP = "staff-export-laptop";
            EXPORT_GONE = "staff-export-gone";
            EXPORT_OTHER = "staff-export-other";
            EXPORT_TYPE_FOLDER = "staff-export-type-folder";
            EXPORT_FREE_GB = "staff-export-free-gb";
            EXPORT_FREE_MB = "staff-export-free-mb";
            EXPORT_KEY_BESIDE = "staff-export-key-beside";
            EXPORT_KEY_NOT_BESIDE = "staff-export-key-not-beside";
            EXPORT_PRESS_ENTER = "staff-export-press-enter";
            EXPORT_RUNNING = "staff-export-running";
            EXPORT_PREPARING = "staff-export-preparing";
            EXPORT_FAILED = "staff-export-failed";
            EXPORT_WORKER_DIED = "staff-export-worker-died";
            EXPORT_NEEDS_PASSPHRASE = "staff-export-needs-passphrase";
            EXPORT_NOTHING_NEW = "staff-export-nothing-new";
            EXPORT_WRITTEN = "staff-export-written";
            EXPORT_CHECK = "staff-export-check";
            EXPORT_BUSY = "staff-export-busy";
            EXPORT_PASSPHRASE = "staff-export-passphrase";
            EXPORT_WRONG_PASSPHRASE = "staff-export-wrong-passphrase";
            EXPORT_NOT_ENCRYPTED = "staff-export-not-encrypted";
            EXPORT_CHECK_SEALED = "staff-export-check-sealed";
            EXPORT_ENCRYPTED_TO = "staff-export-encrypted-to";
            EXPORT_PENDING = "staff-export-pending";
            EXPORT_COUNTS = "staff-export-counts";
            EXPORT_KEY_CREATED = "staff-export-key-created";
            // Hint bar (the staff side)
            HINT_LEADS = "staff-hint-leads";
            HINT_EXPORT = "staff-hint-export";
            HINT_STATS = "staff-hint-stats";
            HINT_EXPORT_NOW = "staff-hint-export-now";
            HINT_SCAN = "staff-hint-scan";
            HINT_CANCEL_SCAN = "staff-hint-cancel-scan";
            HINT_SEARCH = "staff-hint-search";
            HINT_OPEN = "staff-hint-open";
            HINT_EDIT = "staff-hint-edit";
            HINT_WITHDRAW = "staff-hint-withdraw";
            HINT_ERASE = "staff-hint-erase";
            HINT_CANCEL = "staff-hint-cancel";
            HINT_CLEAR_SEARCH = "staff-hint-clear-search";
            HINT_QUIT = "staff-hint-quit";
            HINT_SCANNER_CHECK = "staff-hint-scanner-check";
            HINT_YES = "staff-hint-yes";
            HINT_NO = "staff-hint-no";
            HINT_UNLOCK = "staff-hint-unlock";
            HINT_RECOVER = "staff-hint-recover";
            HINT_UPDATE = "staff-hint-update";
            HINT_KEEP_DRAFT = "staff-hint-keep-draft";
            HINT_QUIT_LOSE = "staff-hint-quit-lose";
            HINT_SAVE_NEW = "staff-hint-save-new";
            HINT_DISCARD = "staff-hint-discard";
            // Short forms, for a hint bar with too little room (80 columns)
            SHORT_SCAN = "staff-short-scan";
            SHORT_WITHDRAW = "staff-short-withdraw";
            SHORT_CLEAR_SEARCH = "staff-short-clear-search";
            SHORT_CANCEL_SCAN = "staff-short-cancel-scan";
            SHORT_EXPORT_NOW = "staff-short-export-now";
            SHORT_ENDS = "staff-short-ends";
            SHORT_SCANNER_CHECK = "staff-short-scanner-check";
            SHORT_UPDATE = "staff-short-update";
            SHORT_KEEP_DRAFT = "staff-short-keep-draft";
            // Start-up
            NOT_A_TERMINAL = "staff-not-a-terminal";
            KIOSK_NO_PIN = "staff-kiosk-no-pin";
            // Scanner check (F9)
            CHECK_TITLE = "staff-check-title";
            CHECK_INTRO = "staff-check-intro";
            CHECK_NOTHING_YET = "staff-check-nothing-yet";
            CHECK_RAW_HEADING = "staff-check-raw-heading";
            CHECK_READ_HEADING = "staff-check-read-heading";
            CHECK_CODE_OK = "staff-check-code-ok";
            CHECK_READ_BADGE = "staff-check-read-badge";
            CHECK_READ_ID = "staff-check-read-id";
            CHECK_NOT_READ = "staff-check-not-read";
            CHECK_MIXUP = "staff-check-mixup";
            CHECK_CHANGED = "staff-check-changed";
            CHECK_FIX = "staff-check-fix";
            CHECK_MEANT = "staff-check-meant";
            CHECK_NO_MIXUP = "staff-check-no-mixup";
            CHECK_CODE_CAPTION = "staff-check-code-caption";
            CHECK_CODE_ROOM = "staff-check-code-room";
            // PIN dialog
            PIN_TITLE = "staff-pin-title";
            PIN_LABEL = "staff-pin-label";
            PIN_PROMPT_QUIT = "staff-pin-prompt-quit";
            PIN_PROMPT_LEADS = "staff-pin-prompt-leads";
            PIN_WRONG = "staff-pin-wrong";
            PIN_LOCKED = "staff-pin-locked";
            // After a save, and one attendee at a time
            RECEIPT_NEXT = "staff-receipt-next";
            NEW_ATTENDEE = "staff-new-attendee";
            // Statistics (F6)
            STATS_TITLE = "staff-stats-title";
            STATS_PER_HOUR = "staff-stats-per-hour";
            STATS_STAFF = "staff-stats-staff";
            STATS_RATINGS = "staff-stats-ratings";
            STATS_CONSENT = "staff-stats-consent";
            STATS_NONE = "staff-stats-none";
            STATS_NO_BATCH = "staff-stats-no-batch";
            STATS_SUMMARY = "staff-stats-summary";
            STATS_ERASED = "staff-stats-erased";
            STATS_OTHERS = "staff-stats-others";
            STATS_HOT = "staff-stats-hot";
            STATS_WARM = "staff-stats-warm";
            STATS_COLD = "staff-stats-cold";
            STATS_UNRATED = "staff-stats-unrated";
            STATS_EXPORTED = "staff-stats-exported";
            STATS_NOT_EXPORTED = "staff-stats-not-exported";
            STATS_NOT_EXPORTED_ERASURES = "staff-stats-not-exported-erasures";
            STATS_LAST_BATCH = "staff-stats-last-batch";

            // Booth screens: who reads it decides its language (branch nu9booth)
            /// After a different person's badge cleared the form: what the
            /// badge does not carry is empty, not kept.
            SCAN_OTHERS_CLEARED = "staff-scan-others-cleared";
        }
    }

    /// The booth's rule, draft and receipt words (branch i18nbooth): the lead
    /// rules in the language of the side that reads them, the draft dialog
    /// in the staff language, the receipt in the attendee's.
    pub mod booth {
        messages! {
            // Lead rules (`lead::Rule`), said beside the field
            RULE_CONTROL_CHARACTER = "rule-control-character";
            RULE_TOO_LONG = "rule-too-long";
            RULE_NAME_MISSING = "rule-name-missing";
            RULE_EMAIL_OR_PHONE = "rule-email-or-phone";
            RULE_EMAIL_HIDDEN = "rule-email-hidden";
            RULE_EMAIL_TOO_LONG = "rule-email-too-long";
            RULE_EMAIL_LOCAL_TOO_LONG = "rule-email-local-too-long";
            RULE_EMAIL_INVALID = "rule-email-invalid";
            RULE_COUNTRY_AMBIGUOUS = "rule-country-ambiguous";
            RULE_COUNTRY_UNKNOWN = "rule-country-unknown";
            RULE_PHONE_NO_DIGITS = "rule-phone-no-digits";
            RULE_REQUIRED = "rule-required";
            RULE_PHONE_KEPT_FOR = "rule-phone-kept-for";
            RULE_PHONE_KEPT_PREFIX = "rule-phone-kept-prefix";
            RULE_PHONE_KEPT = "rule-phone-kept";
            // Drafts (staff mode; the staff language)
            DRAFT_TITLE = "draft-title";
            DRAFT_QUESTION = "draft-question";
            DRAFT_RECOVER = "draft-recover";
            DRAFT_DISCARD = "draft-discard";
            DRAFT_RECOVERED = "draft-recovered";
            DRAFT_RECOVERED_WITHOUT = "draft-recovered-without";
            DRAFT_DISCARDED = "draft-discarded";
            DRAFT_UNREADABLE = "draft-unreadable";
            DRAFT_VERSION = "draft-version";
            DRAFT_FAILED = "draft-failed";
            DRAFT_SCAN_REFUSED = "draft-scan-refused";
            // The receipt's QR code (the attendee's language; upper-cased)
            RECEIPT_QR_TITLE = "receipt-qr-title";
            RECEIPT_QR_AGREED = "receipt-qr-agreed";
            RECEIPT_QR_NONE = "receipt-qr-none";
            RECEIPT_QR_WITHDRAW = "receipt-qr-withdraw";
            // The default purposes' word on the receipt
            RECEIPT_SHORT_EMAIL = "receipt-short-email";
            RECEIPT_SHORT_PHONE = "receipt-short-phone";
            RECEIPT_SHORT_MAIL = "receipt-short-mail";
            RECEIPT_SHORT_EVENTS = "receipt-short-events";
            RECEIPT_SHORT_AFFILIATES = "receipt-short-affiliates";
            RECEIPT_SHORT_PARTNERS = "receipt-short-partners";
            // A key that has no name printed on it
            KEY_SPACE = "key-space";
            // Short forms for a hint bar with too little room
            SHORT_STATS = "hint-short-stats";
        }
    }

    /// The booth's last English words (branch i18nbooth2): the kiosk's clear
    /// question in the attendee's language; `leads show`, the record rules,
    /// the age identity and figures in the staff language.
    pub mod booth2 {
        messages! {
            // The kiosk's Esc question (the attendee's language)
            KIOSK_CONFIRM_TITLE = "kiosk-confirm-title";
            KIOSK_CONFIRM_CLEAR = "kiosk-confirm-clear";
            KIOSK_CONFIRM_YES = "kiosk-confirm-yes";
            KIOSK_CONFIRM_NO = "kiosk-confirm-no";
            // `leads show` (the staff language; values as the record spells them)
            SHOW_LEAD = "show-lead";
            SHOW_EVENT = "show-event";
            SHOW_CAPTURED = "show-captured";
            SHOW_CAPTURED_VALUE = "show-captured-value";
            SHOW_NAME = "show-name";
            SHOW_EMAIL = "show-email";
            SHOW_PHONE = "show-phone";
            SHOW_COMPANY = "show-company";
            SHOW_JOB_TITLE = "show-job-title";
            SHOW_COUNTRY = "show-country";
            SHOW_RATING = "show-rating";
            SHOW_BADGE_ID = "show-badge-id";
            SHOW_ANSWER = "show-answer";
            SHOW_RECEIPT = "show-receipt";
            SHOW_POLICY = "show-policy";
            SHOW_POLICY_VALUE = "show-policy-value";
            SHOW_UNKNOWN = "show-unknown";
            SHOW_NOTICE = "show-notice";
            SHOW_NOTICE_VALUE = "show-notice-value";
            SHOW_YES = "show-yes";
            SHOW_NO = "show-no";
            SHOW_JURISDICTION = "show-jurisdiction";
            SHOW_CONTROLLER = "show-controller";
            SHOW_COLLECTED = "show-collected";
            SHOW_COLLECTED_VALUE = "show-collected-value";
            SHOW_DATA_HELD = "show-data-held";
            SHOW_CONSENTS = "show-consents";
            SHOW_CONSENTS_COLUMNS = "show-consents-columns";
            SHOW_WITHDRAWN = "show-withdrawn";
            SHOW_LANGUAGE = "show-language";
            SHOW_LANGUAGE_ONE = "show-language-one";
            SHOW_LANGUAGE_MIXED = "show-language-mixed";
            SHOW_NOTES = "show-notes";
            // The record rules (`lead::check_record`): the staff language
            RECORD_TIME_FUTURE = "record-time-future";
            RECORD_DECIDED_FUTURE = "record-decided-future";
            RECORD_WITHDRAWN_FUTURE = "record-withdrawn-future";
            RECORD_EVENT_ID = "record-event-id";
            RECORD_POLICY_HASH = "record-policy-hash";
            RECORD_QUESTION_ID = "record-question-id";
            RECORD_NO_CONSENTS = "record-no-consents";
            RECORD_PURPOSE_ID = "record-purpose-id";
            RECORD_NO_WORDING = "record-no-wording";
            RECORD_WORDING_CONTROL = "record-wording-control";
            RECORD_WORDING_TOO_LONG = "record-wording-too-long";
            RECORD_WITHDRAWN_NEVER_GRANTED = "record-withdrawn-never-granted";
            RECORD_WITHDRAWN_BEFORE = "record-withdrawn-before";
            RECORD_DATA_CATEGORY = "record-data-category";
            RECORD_TOO_LONG = "record-too-long";
            // leadbooth identity (the office's age identity): the staff language
            IDENTITY_CREATED = "identity-created";
            IDENTITY_PUT_RECIPIENT = "identity-put-recipient";
            IDENTITY_EXISTS = "identity-exists";
            IDENTITY_LINE = "identity-line";
            IDENTITY_EMPTY = "identity-empty";
        }
    }

    /// The kiosk and the staff side naming purposes and languages (branch
    /// i18nkiosk): a purpose's word for the notice, the language key's line
    /// where some purposes stay in the event's default language, and
    /// `init-event --ask`'s question for the languages offered.
    pub mod kiosk_words {
        messages! {
            /// The notice acknowledgement's word (`policy_ack`), in the staff language.
            PURPOSE_WORD_NOTICE = "purpose-word-notice";
            /// The attendee's language after F4, some purposes left in the
            /// default language: `$default` its code, `$kept` their words.
            LANGUAGE_SWITCHED_PARTLY = "language-switched-partly";
            /// As [`LANGUAGE_SWITCHED_PARTLY`], ticks cleared: `$purposes`.
            LANGUAGE_TICKS_CLEARED_PARTLY = "language-ticks-cleared-partly";
            /// `init-event --ask`: which languages the kiosk offers.
            INIT_Q_LANGUAGES = "init-q-languages";
        }
    }

    /// What a new user's show day (session 10, branch nu10) found unsaid:
    /// `init-event --ask`'s notice sentences are the default language's wording.
    pub mod show_day {
        messages! {
            /// `init-event --ask`, before the notice's sentences: they are the
            /// event's default wording, in English, whatever the staff language.
            INIT_NOTICE_LANGUAGE = "init-notice-language";
            /// A language's name in a sentence staff read (`allemand` in
            /// French): English, German, French, Spanish.
            LANGUAGE_NAME_EN = "language-name-en";
            LANGUAGE_NAME_DE = "language-name-de";
            LANGUAGE_NAME_FR = "language-name-fr";
            LANGUAGE_NAME_ES = "language-name-es";
            /// The language key's line: the notice above the boxes stays in
            /// the default language (`$kept` of `language-switched-partly`).
            LANGUAGE_KEPT_NOTICE = "language-kept-notice";
            /// Two parts of a list joined with a semicolon, as the language
            /// spaces it (`a ; b` in French).
            LIST_SEMICOLON = "list-semicolon";
        }
    }

    /// The command line's commands (doctor, verify, keys, attendees, central,
    /// report, stats, policy, import, CRM): `src/cli/*.rs`, in the staff language.
    pub mod commands {
        messages! {
            // leadbooth doctor: each check's label, what it found and what to do
            // (`--json` stays in English for scripts)
            DOCTOR_LABEL_DATA_DIR = "cli-doctor-label-data-dir";
            DOCTOR_LABEL_DATABASE = "cli-doctor-label-database";
            DOCTOR_LABEL_INTEGRITY = "cli-doctor-label-integrity";
            DOCTOR_LABEL_SCHEMA = "cli-doctor-label-schema";
            DOCTOR_LABEL_FREE_SPACE = "cli-doctor-label-free-space";
            DOCTOR_LABEL_EXPORT_TARGET = "cli-doctor-label-export-target";
            DOCTOR_LABEL_SIGNING_KEY = "cli-doctor-label-signing-key";
            DOCTOR_LABEL_PUBLIC_KEY = "cli-doctor-label-public-key";
            DOCTOR_LABEL_EVENT = "cli-doctor-label-event";
            DOCTOR_LABEL_POLICY = "cli-doctor-label-policy";
            DOCTOR_LABEL_NOTICE = "cli-doctor-label-notice";
            DOCTOR_LABEL_LANGUAGES = "cli-doctor-label-languages";
            DOCTOR_LABEL_TERMINAL = "cli-doctor-label-terminal";
            DOCTOR_LABEL_DATA_VOLUME = "cli-doctor-label-data-volume";
            DOCTOR_LABEL_ENCRYPTION = "cli-doctor-label-encryption";
            DOCTOR_LABEL_ATTENDEES = "cli-doctor-label-attendees";
            DOCTOR_LABEL_KIOSK_PIN = "cli-doctor-label-kiosk-pin";
            DOCTOR_MODE_OTHERS = "cli-doctor-mode-others";
            DOCTOR_MODE_OWNER = "cli-doctor-mode-owner";
            DOCTOR_MODE = "cli-doctor-mode";
            DOCTOR_CHMOD = "cli-doctor-chmod";
            DOCTOR_DATA_DIR_MISSING = "cli-doctor-data-dir-missing";
            DOCTOR_DATA_DIR_MISSING_FIX = "cli-doctor-data-dir-missing-fix";
            DOCTOR_CANNOT_READ = "cli-doctor-cannot-read";
            DOCTOR_DATA_DIR_UNREADABLE_FIX = "cli-doctor-data-dir-unreadable-fix";
            DOCTOR_NOT_A_FOLDER = "cli-doctor-not-a-folder";
            DOCTOR_DATA_DIR_NOT_FOLDER_FIX = "cli-doctor-data-dir-not-folder-fix";
            DOCTOR_DB_NOT_CREATED = "cli-doctor-db-not-created";
            DOCTOR_NOT_A_FILE = "cli-doctor-not-a-file";
            DOCTOR_DB_NOT_FILE_FIX = "cli-doctor-db-not-file-fix";
            DOCTOR_INTEGRITY_NO_DB = "cli-doctor-integrity-no-db";
            DOCTOR_SCHEMA_NO_DB = "cli-doctor-schema-no-db";
            DOCTOR_DB_CORRUPT = "cli-doctor-db-corrupt";
            DOCTOR_DAMAGED_FIX = "cli-doctor-damaged-fix";
            DOCTOR_DB_UNREADABLE = "cli-doctor-db-unreadable";
            DOCTOR_DB_UNREADABLE_FIX = "cli-doctor-db-unreadable-fix";
            DOCTOR_SCHEMA_NOT_CHECKED = "cli-doctor-schema-not-checked";
            DOCTOR_SEE_INTEGRITY = "cli-doctor-see-integrity";
            DOCTOR_INTEGRITY_OK = "cli-doctor-integrity-ok";
            DOCTOR_INTEGRITY_OK_LEADS = "cli-doctor-integrity-ok-leads";
            DOCTOR_INTEGRITY_FAILED = "cli-doctor-integrity-failed";
            DOCTOR_SCHEMA_NEWER = "cli-doctor-schema-newer";
            DOCTOR_SCHEMA_NEWER_FIX = "cli-doctor-schema-newer-fix";
            DOCTOR_SCHEMA_CURRENT = "cli-doctor-schema-current";
            DOCTOR_SCHEMA_OLDER = "cli-doctor-schema-older";
            DOCTOR_ATTENDEES_PURGED_ON = "cli-doctor-attendees-purged-on";
            DOCTOR_ATTENDEES_NONE_PURGE = "cli-doctor-attendees-none-purge";
            DOCTOR_ATTENDEES_NONE = "cli-doctor-attendees-none";
            DOCTOR_ATTENDEES_OVERDUE = "cli-doctor-attendees-overdue";
            DOCTOR_ATTENDEES_OVERDUE_FIX = "cli-doctor-attendees-overdue-fix";
            DOCTOR_ATTENDEES_ON_FILE = "cli-doctor-attendees-on-file";
            DOCTOR_ATTENDEES_NO_END = "cli-doctor-attendees-no-end";
            DOCTOR_ATTENDEES_NO_END_FIX = "cli-doctor-attendees-no-end-fix";
            DOCTOR_PIN_UNKNOWN = "cli-doctor-pin-unknown";
            DOCTOR_SEE_DATABASE = "cli-doctor-see-database";
            DOCTOR_PIN_NOT_SET = "cli-doctor-pin-not-set";
            DOCTOR_PIN_SET = "cli-doctor-pin-set";
            DOCTOR_PIN_DAMAGED = "cli-doctor-pin-damaged";
            DOCTOR_PIN_DAMAGED_FIX = "cli-doctor-pin-damaged-fix";
            DOCTOR_SPACE_UNMEASURED = "cli-doctor-space-unmeasured";
            DOCTOR_SPACE_UNMEASURED_FIX = "cli-doctor-space-unmeasured-fix";
            DOCTOR_SPACE_DATA = "cli-doctor-space-data";
            DOCTOR_SPACE_TARGET = "cli-doctor-space-target";
            DOCTOR_SPACE_EXPORTS = "cli-doctor-space-exports";
            DOCTOR_SPACE_UNDER = "cli-doctor-space-under";
            DOCTOR_SPACE_DATA_FIX = "cli-doctor-space-data-fix";
            DOCTOR_SPACE_EXPORT_FIX = "cli-doctor-space-export-fix";
            DOCTOR_EXPORT_DIR_MISSING = "cli-doctor-export-dir-missing";
            DOCTOR_EXPORT_DIR_MISSING_FIX = "cli-doctor-export-dir-missing-fix";
            DOCTOR_EXPORT_DIR_NOT_FOLDER = "cli-doctor-export-dir-not-folder";
            DOCTOR_EXPORT_DIR_NOT_FOLDER_FIX = "cli-doctor-export-dir-not-folder-fix";
            DOCTOR_KEY_TOO_LARGE = "cli-doctor-key-too-large";
            DOCTOR_KEY_NOT_TEXT = "cli-doctor-key-not-text";
            DOCTOR_KEYS_INIT_FIX = "cli-doctor-keys-init-fix";
            DOCTOR_NO_SIGNING_KEY = "cli-doctor-no-signing-key";
            DOCTOR_SECRET_KEY_CHMOD_FIX = "cli-doctor-secret-key-chmod-fix";
            DOCTOR_KEY_UNPROTECTED = "cli-doctor-key-unprotected";
            DOCTOR_KEY_UNPROTECTED_FIX = "cli-doctor-key-unprotected-fix";
            DOCTOR_KEY_PROTECTED_ID = "cli-doctor-key-protected-id";
            DOCTOR_KEY_PROTECTED = "cli-doctor-key-protected";
            DOCTOR_NOT_SECRET_KEY = "cli-doctor-not-secret-key";
            DOCTOR_NOT_SECRET_KEY_FIX = "cli-doctor-not-secret-key-fix";
            DOCTOR_PUBLIC_MISSING = "cli-doctor-public-missing";
            DOCTOR_PUBLIC_MISSING_FIX = "cli-doctor-public-missing-fix";
            DOCTOR_NO_PUBLIC = "cli-doctor-no-public";
            DOCTOR_NOT_PUBLIC_KEY = "cli-doctor-not-public-key";
            DOCTOR_RESTORE_FIX = "cli-doctor-restore-fix";
            DOCTOR_KEY_MISMATCH = "cli-doctor-key-mismatch";
            DOCTOR_KEY_MISMATCH_FIX = "cli-doctor-key-mismatch-fix";
            DOCTOR_PUBLIC_OK = "cli-doctor-public-ok";
            DOCTOR_VOLUME_WHY = "cli-doctor-volume-why";
            DOCTOR_VOLUME_FIX = "cli-doctor-volume-fix";
            DOCTOR_VOLUME_ENCRYPTED = "cli-doctor-volume-encrypted";
            DOCTOR_VOLUME_OTHER = "cli-doctor-volume-other";
            DOCTOR_VOLUME_PLAIN = "cli-doctor-volume-plain";
            DOCTOR_VOLUME_UNKNOWN = "cli-doctor-volume-unknown";
            DOCTOR_ENCRYPTION_NONE = "cli-doctor-encryption-none";
            DOCTOR_ENCRYPTION_NONE_FIX = "cli-doctor-encryption-none-fix";
            DOCTOR_ENCRYPTION_OK = "cli-doctor-encryption-ok";
            DOCTOR_EVENT_FIX = "cli-doctor-event-fix";
            DOCTOR_NOT_CHECKED_EVENT = "cli-doctor-not-checked-event";
            DOCTOR_SEE_EVENT = "cli-doctor-see-event";
            DOCTOR_BUILTIN_DEMO = "cli-doctor-builtin-demo";
            DOCTOR_EVENT_SUMMARY = "cli-doctor-event-summary";
            DOCTOR_EVENT_DEMO_FIX = "cli-doctor-event-demo-fix";
            DOCTOR_EVENT_DEMO_FIX_SAVE = "cli-doctor-event-demo-fix-save";
            DOCTOR_POLICY_SUMMARY = "cli-doctor-policy-summary";
            DOCTOR_NOT_STATED = "cli-doctor-not-stated";
            DOCTOR_POLICY_SAMPLE = "cli-doctor-policy-sample";
            DOCTOR_POLICY_SAMPLE_FIX = "cli-doctor-policy-sample-fix";
            DOCTOR_POLICY_EXAMPLE_URL_FIX = "cli-doctor-policy-example-url-fix";
            DOCTOR_POLICY_NO_DATE_FIX = "cli-doctor-policy-no-date-fix";
            DOCTOR_NOTICE_LACKS = "cli-doctor-notice-lacks";
            DOCTOR_NOTICE_LACKS_FIX = "cli-doctor-notice-lacks-fix";
            DOCTOR_NOTICE_OK = "cli-doctor-notice-ok";
            // doctor, the sample's controller (branch nu9cli)
            /// `$fields` each `key = "value"`.
            DOCTOR_NOTICE_SAMPLE = "cli-doctor-notice-sample";
            DOCTOR_NOTICE_SAMPLE_FIX = "cli-doctor-notice-sample-fix";
            DOCTOR_TRANSLATIONS_OK = "cli-doctor-translations-ok";
            DOCTOR_TRANSLATIONS_MISSING = "cli-doctor-translations-missing";
            DOCTOR_TRANSLATIONS_MISSING_FIX = "cli-doctor-translations-missing-fix";
            DOCTOR_COLOURS_NO_COLOR = "cli-doctor-colours-no-color";
            DOCTOR_COLOURS_FLAG = "cli-doctor-colours-flag";
            DOCTOR_COLOURS_NOT_TTY = "cli-doctor-colours-not-tty";
            DOCTOR_COLOURS_ON = "cli-doctor-colours-on";
            DOCTOR_TERMINAL_NOT_TTY = "cli-doctor-terminal-not-tty";
            DOCTOR_TERMINAL_ZERO = "cli-doctor-terminal-zero";
            DOCTOR_TERMINAL_UNKNOWN = "cli-doctor-terminal-unknown";
            DOCTOR_TERMINAL_UNKNOWN_FIX = "cli-doctor-terminal-unknown-fix";
            DOCTOR_TERMINAL_SMALL = "cli-doctor-terminal-small";
            DOCTOR_TERMINAL_SMALL_FIX = "cli-doctor-terminal-small-fix";
            DOCTOR_TERMINAL_OK = "cli-doctor-terminal-ok";
            // The event named in several commands
            EVENT_BUILTIN_DEMO = "cli-event-builtin-demo";
            // leadbooth verify
            VERIFY_FAILED = "cli-verify-failed";
            VERIFY_GIVE_KEY = "cli-verify-give-key";
            VERIFY_SEALED_NEEDS_IDENTITY = "cli-verify-sealed-needs-identity";
            VERIFY_OK = "cli-verify-ok";
            VERIFY_DECRYPTED = "cli-verify-decrypted";
            // leadbooth keys
            KEYS_KEY_ID = "cli-keys-key-id";
            KEYS_CREATED = "cli-keys-created";
            KEYS_PROTECTION = "cli-keys-protection";
            KEYS_PUBLIC_KEY = "cli-keys-public-key";
            KEYS_SECRET_KEY = "cli-keys-secret-key";
            KEYS_UNKNOWN = "cli-keys-unknown";
            KEYS_PASSPHRASE = "cli-keys-passphrase";
            KEYS_FILE_MODE = "cli-keys-file-mode";
            KEYS_REPLACED = "cli-keys-replaced";
            KEYS_GIVE = "cli-keys-give";
            KEYS_PROMPT_REQUIRED = "cli-keys-prompt-required";
            KEYS_PROMPT = "cli-keys-prompt";
            KEYS_PROMPT_AGAIN = "cli-keys-prompt-again";
            KEYS_DIFFER = "cli-keys-differ";
            // leadbooth attendees
            ATTENDEES_PURGED_ALREADY = "cli-attendees-purged-already";
            ATTENDEES_CANNOT_READ = "cli-attendees-cannot-read";
            ATTENDEES_NOTHING_IMPORTED = "cli-attendees-nothing-imported";
            ATTENDEES_REFUSED = "cli-attendees-refused";
            ATTENDEES_ROW_SKIPPED = "cli-attendees-row-skipped";
            ATTENDEES_IMPORTED = "cli-attendees-imported";
            ATTENDEES_REMOVED = "cli-attendees-removed";
            // leadbooth central (a person's rights at the office)
            CENTRAL_NO_DB = "cli-central-no-db";
            CENTRAL_NO_RECEIPT = "cli-central-no-receipt";
            CENTRAL_RECEIPT_LEAD = "cli-central-receipt-lead";
            CENTRAL_RECEIPT_CONTACT = "cli-central-receipt-contact";
            CENTRAL_RECEIPT_EVENT = "cli-central-receipt-event";
            CENTRAL_RECEIPT_CAPTURED = "cli-central-receipt-captured";
            CENTRAL_RECEIPT_CAPTURED_VALUE = "cli-central-receipt-captured-value";
            CENTRAL_RECEIPT_BATCH = "cli-central-receipt-batch";
            CENTRAL_RECEIPT_POLICY = "cli-central-receipt-policy";
            CENTRAL_RECEIPT_CONSENTS = "cli-central-receipt-consents";
            CENTRAL_RECEIPT_NO_EMAIL = "cli-central-receipt-no-email";
            CENTRAL_ERASED_AT = "cli-central-erased-at";
            CENTRAL_NO_CONTACT = "cli-central-no-contact";
            CENTRAL_CONTACT = "cli-central-contact";
            CENTRAL_ERASED = "cli-central-erased";
            CENTRAL_REMOVED_LEAD = "cli-central-removed-lead";
            CENTRAL_WITHDREW = "cli-central-withdrew";
            CENTRAL_WITHDREW_UNSUBSCRIBED = "cli-central-withdrew-unsubscribed";
            CENTRAL_GIVE_CSV = "cli-central-give-csv";
            CENTRAL_PURGED = "cli-central-purged";
            // leadbooth report
            REPORT_NONE = "cli-report-none";
            REPORT_NO_EVENT = "cli-report-no-event";
            REPORT_NOTHING = "cli-report-nothing";
            REPORT_MAKING_FOLDER = "cli-report-making-folder";
            REPORT_WRITING = "cli-report-writing";
            REPORT_WROTE = "cli-report-wrote";
            // leadbooth stats (labels line up: the values start after the longest label)
            STATS_HEADER = "cli-stats-header";
            STATS_LEADS = "cli-stats-leads";
            STATS_LEADS_VALUE = "cli-stats-leads-value";
            STATS_BY_HOUR = "cli-stats-by-hour";
            STATS_NONE_YET = "cli-stats-none-yet";
            STATS_BY_STAFF = "cli-stats-by-staff";
            STATS_RATINGS = "cli-stats-ratings";
            STATS_RATINGS_VALUE = "cli-stats-ratings-value";
            STATS_CONSENT = "cli-stats-consent";
            STATS_CONSENT_VALUE = "cli-stats-consent-value";
            STATS_NOT_EXPORTED = "cli-stats-not-exported";
            STATS_NOT_EXPORTED_VALUE = "cli-stats-not-exported-value";
            STATS_LAST_BATCH = "cli-stats-last-batch";
            STATS_LAST_BATCH_VALUE = "cli-stats-last-batch-value";
            STATS_NO_BATCH = "cli-stats-no-batch";
            // leadbooth policy
            POLICY_VERSION = "cli-policy-version";
            POLICY_LAST_UPDATED = "cli-policy-last-updated";
            POLICY_URL = "cli-policy-url";
            POLICY_SOURCE = "cli-policy-source";
            POLICY_NOT_STATED = "cli-policy-not-stated";
            POLICY_URL_IN = "cli-policy-url-in";
            POLICY_QR_SIZE = "cli-policy-qr-size";
            POLICY_QR_WROTE = "cli-policy-qr-wrote";
            // leadbooth import: one line per batch, and what went wrong
            IMPORT_NO_FOLDER = "cli-import-no-folder";
            IMPORT_RECOMPUTED = "cli-import-recomputed";
            IMPORT_VERIFYING = "cli-import-verifying";
            IMPORT_IMPORTING = "cli-import-importing";
            IMPORT_REFUSED = "cli-import-refused";
            IMPORT_SKIPPED = "cli-import-skipped";
            IMPORT_BATCH = "cli-import-batch";
            IMPORT_GAP_RECORDED = "cli-import-gap-recorded";
            IMPORT_REBOUND = "cli-import-rebound";
            IMPORT_GAP_FILLED = "cli-import-gap-filled";
            IMPORT_IGNORED_ERASED = "cli-import-ignored-erased";
            IMPORT_IGNORED_PERSON_ERASED = "cli-import-ignored-person-erased";
            IMPORT_IGNORED_STALE = "cli-import-ignored-stale";
            IMPORT_CONTACT_ORPHANED = "cli-import-contact-orphaned";
            // The CRM files (import --csv, central crm)
            CRM_WRITTEN = "cli-crm-written";
            CRM_WRITTEN_CHANGED = "cli-crm-written-changed";
            CRM_WRITTEN_FIRST = "cli-crm-written-first";
            CRM_SALESFORCE_PLACEHOLDERS = "cli-crm-salesforce-placeholders";
            CRM_FOR_REVIEW = "cli-crm-for-review";
            CRM_SUPPRESSIONS = "cli-crm-suppressions";
            // Why a batch was refused or an attendee row skipped (the file, field and line named)
            REASON_FOLDER = "cli-reason-folder";
            REASON_MISSING = "cli-reason-missing";
            REASON_EXTRA = "cli-reason-extra";
            REASON_NOT_A_FILE = "cli-reason-not-a-file";
            REASON_READ = "cli-reason-read";
            REASON_WRONG_KEY = "cli-reason-wrong-key";
            REASON_BAD_SIGNATURE = "cli-reason-bad-signature";
            REASON_BAD_TRUSTED_COMMENT = "cli-reason-bad-trusted-comment";
            REASON_CHECKSUM = "cli-reason-checksum";
            REASON_CHECKSUM_CRLF = "cli-reason-checksum-crlf";
            REASON_LINE = "cli-reason-line";
            REASON_KEY_ID = "cli-reason-key-id";
            REASON_FAILED_VERIFICATION = "cli-reason-failed-verification";
            REASON_UNTRUSTED_KEY = "cli-reason-untrusted-key";
            REASON_NO_IDENTITY = "cli-reason-no-identity";
            REASON_GAP = "cli-reason-gap";
            REASON_GAP_TOO_BIG = "cli-reason-gap-too-big";
            REASON_CHANGED = "cli-reason-changed";
            REASON_CHANGED_LINE = "cli-reason-changed-line";
            REASON_MANIFEST_RULE = "cli-reason-manifest-rule";
            REASON_RECORD = "cli-reason-record";
            REASON_COLLISION = "cli-reason-collision";
            REASON_IMPORT_READ = "cli-reason-import-read";
            REASON_MISSING_COLUMN = "cli-reason-missing-column";
            REASON_ROW = "cli-reason-row";
            REASON_ROW_AT = "cli-reason-row-at";
            REASON_LINE_ONLY = "cli-reason-line-only";
            // An event file that cannot be used (every command; doctor's event line)
            // Errors said in the staff language (branch nu9cli)
            /// `$path` the data dir, `$holder` " (PID n)" or empty.
            STORE_BOOTH_RUNNING = "cli-store-booth-running";
            /// `$language` native name, `$code`, `$count` and `$keys` it lacks.
            DOCTOR_TRANSLATIONS_LANGUAGE = "cli-doctor-translations-language";
            /// `$count` leads of `$events` ("id (n), ..."), `$id` this event's.
            STATS_OTHER_EVENTS = "cli-stats-other-events";
            /// `$path`, `$error`.
            STORE_DATA_DIR = "cli-store-data-dir";
            CONFIG_READ = "cli-config-read";
            CONFIG_PARSE = "cli-config-parse";
            CONFIG_INVALID = "cli-config-invalid";
            CONFIG_POLICY = "cli-config-policy";
            CONFIG_RECIPIENTS_READ = "cli-config-recipients-read";
            CONFIG_EVENT_TOO_LARGE = "cli-config-event-too-large";
            CONFIG_POLICY_TOO_LARGE = "cli-config-policy-too-large";
            CONFIG_POLICY_READ = "cli-config-policy-read";
            // An event file's rules (branch i18ncfg): config::ConfigRule,
            // recipients::RecipientRule, said by cli::reasons::config.
            CONFIG_KEY_LINE = "cli-config-key-line";
            CONFIG_NOT_UTF8 = "cli-config-not-utf8";
            CONFIG_POLICY_NOT_UTF8 = "cli-config-policy-not-utf8";
            CONFIG_POLICY_EMPTY = "cli-config-policy-empty";
            CONFIG_RULE_EVENT_ID = "cli-config-rule-event-id";
            CONFIG_RULE_ID = "cli-config-rule-id";
            CONFIG_RULE_ID_TWICE = "cli-config-rule-id-twice";
            CONFIG_RULE_NON_EMPTY_LINE = "cli-config-rule-non-empty-line";
            CONFIG_RULE_NAME_LINE = "cli-config-rule-name-line";
            CONFIG_RULE_SHORT_LINE = "cli-config-rule-short-line";
            CONFIG_RULE_TEXT_LINE = "cli-config-rule-text-line";
            CONFIG_RULE_URL_LINE = "cli-config-rule-url-line";
            CONFIG_RULE_NOT_WEB_URL = "cli-config-rule-not-web-url";
            CONFIG_RULE_TOO_LONG = "cli-config-rule-too-long";
            CONFIG_RULE_LONGER_THAN = "cli-config-rule-longer-than";
            CONFIG_RULE_NO_PURPOSE = "cli-config-rule-no-purpose";
            CONFIG_RULE_REQUIRED_CONSENT = "cli-config-rule-required-consent";
            CONFIG_RULE_TEXT_NO_CHOICES = "cli-config-rule-text-no-choices";
            CONFIG_RULE_CHOICES_NEEDED = "cli-config-rule-choices-needed";
            CONFIG_RULE_LANGUAGE_TAG = "cli-config-rule-language-tag";
            CONFIG_RULE_MONTHS = "cli-config-rule-months";
            CONFIG_RULE_NOT_A_DATE = "cli-config-rule-not-a-date";
            CONFIG_RULE_NOT_SHIPPED = "cli-config-rule-not-shipped";
            CONFIG_RULE_LANGUAGE_TWICE = "cli-config-rule-language-twice";
            CONFIG_RULE_NO_LANGUAGE = "cli-config-rule-no-language";
            CONFIG_RULE_DEFAULT_LEFT_OUT = "cli-config-rule-default-left-out";
            CONFIG_RULE_DEFAULT_LEFT_OUT_WRITTEN = "cli-config-rule-default-left-out-written";
            CONFIG_RULE_CHOICE_COUNT = "cli-config-rule-choice-count";
            CONFIG_RULE_TRANSLATION_CODE = "cli-config-rule-translation-code";
            CONFIG_RULE_TRANSLATION_OF_DEFAULT = "cli-config-rule-translation-of-default";
            CONFIG_RULE_SHOWN_OTHERWISE = "cli-config-rule-shown-otherwise";
            CONFIG_RULE_PURPOSE_ALIKE = "cli-config-rule-purpose-alike";
            CONFIG_RULE_CHOICE_ALIKE = "cli-config-rule-choice-alike";
            CONFIG_RECIPIENT_IN_EVENT = "cli-config-recipient-in-event";
            CONFIG_RECIPIENT_IN_FILE = "cli-config-recipient-in-file";
            CONFIG_RECIPIENT_SECRET = "cli-config-recipient-secret";
            CONFIG_RECIPIENT_NOT_ONE = "cli-config-recipient-not-one";
            CONFIG_RECIPIENT_NONE = "cli-config-recipient-none";
            CONFIG_RECIPIENT_TWICE_EVENT = "cli-config-recipient-twice-event";
            CONFIG_RECIPIENT_TWICE_FILE = "cli-config-recipient-twice-file";
            CONFIG_RECIPIENTS_TOO_LARGE = "cli-config-recipients-too-large";
            // The device key (keys, export)
            KEY_MISSING = "cli-key-missing";
            KEY_EXISTS = "cli-key-exists";
            KEY_WRONG_PASSPHRASE = "cli-key-wrong-passphrase";
            KEY_NEED_PASSPHRASE = "cli-key-need-passphrase";
            KEY_EMPTY_PASSPHRASE = "cli-key-empty-passphrase";
            KEY_MISMATCH = "cli-key-mismatch";
        }
    }

    /// The lead rules the form cannot break (branch i18nrules): a wrong choice
    /// for a question, the consent evidence's wording, method and times, and
    /// what keeps `leads add` from forging a booth capture. The command line
    /// says them in the staff language.
    pub mod rules {
        messages! {
            // Answers (`answers.<question>`)
            NOT_A_QUESTION = "rule-not-a-question";
            /// `$value` quoted.
            NOT_A_CHOICE = "rule-not-a-choice";
            /// `$value` quoted.
            CHOSEN_TWICE = "rule-chosen-twice";
            TAKES_LIST = "rule-takes-list";
            TAKES_ONE = "rule-takes-one";
            // Consent decisions (`consents.<purpose>…`)
            CONSENT_MISSING = "rule-consent-missing";
            PURPOSE_UNKNOWN = "rule-purpose-unknown";
            APPEARS_TWICE = "rule-appears-twice";
            WORDING_NOT_EVENTS = "rule-wording-not-events";
            /// `$given`, `$capture`: wire names of consent methods.
            METHOD_MISMATCH = "rule-method-mismatch";
            IN_FUTURE = "rule-in-future";
            TICKED_NOT_GRANTED = "rule-ticked-not-granted";
            WITHDRAWN_NOT_GRANTED = "rule-withdrawn-not-granted";
            WITHDRAWN_BEFORE_GIVEN = "rule-withdrawn-before-given";
            // `leads add`: provenance a person may not forge
            /// `$value` quoted.
            SOURCE_NOT_CLI = "rule-source-not-cli";
            /// `$name`.
            CAPTURED_BY_OTHER = "rule-captured-by-other";
            /// `$device`.
            DEVICE_NOT_THIS = "rule-device-not-this";
            /// `$event`.
            EVENT_NOT_CURRENT = "rule-event-not-current";
            POLICY_NOT_SHOWN = "rule-policy-not-shown";
            TICK_BEFORE_CAPTURE = "rule-tick-before-capture";
            // `leads add`: where, and what came of it
            /// `$line`.
            ADD_LINE = "add-line";
            ADD_STANDARD_INPUT = "add-standard-input";
            /// `$file`.
            ADD_CANNOT_READ = "add-cannot-read";
            /// `$max` bytes.
            ADD_LINE_TOO_LONG = "add-line-too-long";
            /// `$position` (a byte offset).
            ADD_NOT_UTF8 = "add-not-utf8";
            /// `$error`, `$file`.
            ADD_NOTHING_SAVED = "add-nothing-saved";
            /// `$count`, `$file`.
            ADD_ADDED = "add-added";
            // `leads erase|withdraw|find|show`
            LEADS_GIVE_ID = "leads-give-id";
            /// `$purpose` quoted.
            LEADS_NONE_GRANTED = "leads-none-granted";
            /// `$purpose` quoted, `$known` the event's purpose ids.
            LEADS_NOT_A_PURPOSE = "leads-not-a-purpose";
            /// `$count`.
            LEADS_FOUND = "leads-found";
            /// `$seq`, `$folder`.
            LEADS_COPY_REMOVED = "leads-copy-removed";
            /// `$who` quoted.
            LEADS_NO_PERSON = "leads-no-person";
            /// `$id` quoted.
            LEADS_ID_SHORT = "leads-id-short";
            /// `$id`.
            LEADS_ID_NONE = "leads-id-none";
            /// `$id`, `$count`.
            LEADS_ID_AMBIGUOUS = "leads-id-ambiguous";
            // `kiosk set-pin`
            PIN_NEW = "kiosk-pin-new";
            PIN_REPEAT = "kiosk-pin-repeat";
            PIN_UNREADABLE_TERMINAL = "kiosk-pin-unreadable-terminal";
            PIN_UNREADABLE_STDIN = "kiosk-pin-unreadable-stdin";
            PIN_DIFFER = "kiosk-pin-differ";
            PIN_SET = "kiosk-pin-set";
            // Starting the booth's screen
            TUI_NO_SIGNALS = "tui-no-signals";
            TUI_NO_TERMINAL = "tui-no-terminal";
            // `init-event --ask`: the questions, and what stops it
            INIT_Q_ORGANISATION = "init-q-organisation";
            INIT_Q_CONTROLLER = "init-q-controller";
            INIT_Q_ADDRESS = "init-q-address";
            INIT_Q_CONTACT = "init-q-contact";
            INIT_Q_JURISDICTION = "init-q-jurisdiction";
            INIT_Q_RETENTION = "init-q-retention";
            // init-event --ask, the notice's rights line (branch nu9cli)
            INIT_Q_RIGHTS = "init-q-rights";
            INIT_Q_WITHDRAW = "init-q-withdraw";
            INIT_Q_TRANSFERS = "init-q-transfers";
            INIT_Q_URL = "init-q-url";
            INIT_READING = "init-reading";
            INIT_CONTROL = "init-control";
            /// `$file`.
            INIT_EXISTS = "init-exists";
            /// `$file`.
            INIT_CANNOT_CREATE = "init-cannot-create";
            /// `$file`.
            INIT_CANNOT_WRITE = "init-cannot-write";
            /// `$error`.
            INIT_INVALID = "init-invalid";
        }
    }

    /// The central office's words (branch i18ncentral, `i18n/<code>/central.ftl`):
    /// the import's refusals and the trust folder, the central database's
    /// errors, and the HTML show report, in the staff language.
    pub mod central {
        messages! {
            // A batch refused at the import (`import::Refusal`)
            /// `$device`, `$seq`, `$detail` (one of the FORK_* below).
            FORK = "central-fork";
            /// `$batch`, `$folder`.
            FORK_SAME_BATCH_ID = "central-fork-same-batch-id";
            /// `$folder`.
            FORK_SAME_SEQ = "central-fork-same-seq";
            /// `$previous`, `$below`, `$folder`, `$hash`.
            FORK_PREVIOUS = "central-fork-previous";
            /// `$next`, `$folder`, `$previous`, `$hash`.
            FORK_NEXT = "central-fork-next";
            /// `$device`, `$bound`, `$bound_file`, `$signed`, `$signed_file`.
            DEVICE_KEY = "central-device-key";
            /// In place of a key's file: it left the trust folder.
            KEY_LEFT_TRUST = "central-key-left-trust";
            /// `$path`, `$line`, `$kind` (`erasure`|`withdrawal`), `$lead`, `$owner`.
            NOT_OWNER = "central-not-owner";
            /// `$error`.
            DATABASE = "central-database";
            /// `$error`, `$attempts`.
            CONTENDED = "central-contended";
            // The trust folder (`import::ImportError`) and the key files in it
            /// `$path`, `$error`.
            TRUST_UNREADABLE = "central-trust-unreadable";
            /// `$path`, `$key`, `$first`, `$second`.
            TRUST_TWO_FILES = "central-trust-two-files";
            /// `$path`.
            TRUST_NO_KEYS = "central-trust-no-keys";
            /// `$path`, `$what` (`public`|`secret`|`file`), `$detail` (the minisign library's).
            KEY_INVALID = "central-key-invalid";
            /// `$path`, `$size`.
            KEY_TOO_LARGE = "central-key-too-large";
            // The central database (`central::CentralError`); the driver's own
            // message (`$error`, `$detail`) stays as it gives it
            /// `$db`, `$doing` (a [`DOING`]), `$error`.
            DB_ERROR = "central-db-error";
            /// `$doing` (the phrase, dashed), `$phrase` (the English phrase).
            DOING = "central-doing";
            /// `$detail`.
            DB_URL = "central-db-url";
            URL_NO_HOST = "central-url-no-host";
            URL_NO_DATABASE = "central-url-no-database";
            // --into and its password (branch nu11pg)
            /// `$begins`: how a URL of another scheme begins (`postgress://`).
            URL_SCHEME = "central-url-scheme";
            URL_PASSWORD_ARGV = "central-url-password-argv";
            URL_TWO_ATS = "central-url-two-ats";
            /// `$db`: a database no import has reached.
            DB_NO_SCHEMA = "central-db-no-schema";
            /// `$path`, `$folder`: a CRM or suppression file's folder is not there.
            CSV_NO_FOLDER = "central-csv-no-folder";
            /// `$db`, `$found`, `$known`.
            DB_TOO_NEW = "central-db-too-new";
            /// `$db`, `$detail`.
            DB_MIGRATION = "central-db-migration";
            /// `$db`, `$row`, `$field`, `$detail`.
            DB_BAD_ROW = "central-db-bad-row";
            /// `$path`, `$error`: the CRM file (`import::CsvError`).
            CSV_WRITE = "central-csv-write";
            // A record or manifest breaking a batch rule (`batch::rules::RuleBreak`)
            /// `$lead`, `$rule`.
            RULE_LEAD = "central-rule-lead";
            /// `$field`, `$at`, `$hours`, `$now`.
            RULE_IN_FUTURE = "central-rule-in-future";
            /// `$device`, `$batch_device`.
            RULE_OTHER_DEVICE = "central-rule-other-device";
            /// `$purpose` quoted.
            RULE_NOT_A_PURPOSE = "central-rule-not-a-purpose";
            /// `$field`, `$code` (hex), `$position`.
            RULE_CONTROL = "central-rule-control";
            // Branch i18nrules: a lead's record rules in a batch
            // (`batch::rules::LeadBreak`), a policy text that does not hold
            // (`policy::PolicyProblem`), the central SQLite file's own faults
            // (`CentralError::Open`) and a stored row's detail
            // (`central::RowProblem`)
            /// `$device`, `$batch_device`.
            RULE_LEAD_OTHER_DEVICE = "central-rule-lead-other-device";
            /// `$event`, `$batch_event`, both quoted.
            RULE_OTHER_EVENT = "central-rule-other-event";
            /// `$schema`, `$format`, `$batch_schema`.
            RULE_SCHEMA_AHEAD = "central-rule-schema-ahead";
            /// `$sha256`.
            POLICY_HASH = "central-policy-hash";
            /// `$field`, `$found`, `$unit` (`bytes`|`chars`|`entries`), `$max`.
            POLICY_TOO_LONG = "central-policy-too-long";
            /// `$value` quoted.
            POLICY_NOT_A_DATE = "central-policy-not-a-date";
            /// `$db`, `$detail` (SQLite's words).
            OPEN_DAMAGED = "central-open-damaged";
            /// `$db`.
            OPEN_BOOTH = "central-open-booth";
            /// `$db`, `$found` (hex).
            OPEN_OTHER_KIND = "central-open-other-kind";
            /// `$db`, `$error`.
            OPEN_IO = "central-open-io";
            /// `$what` (`method`|`action`|`rating`), `$value` quoted.
            ROW_UNKNOWN = "central-row-unknown";
            /// The row a damaged stored row is named by (branch i18nlast):
            /// `$kind` (lead, contact, batch, suppression, consent-wording,
            /// crm-file, erased-person, person-withdrawal, leads, erasure,
            /// withdrawal; other: `$id` is the whole name), `$id`.
            ROW_NAME = "central-row-name";
            /// `$id`.
            ROW_NO_WORDING = "central-row-no-wording";
            /// `$rows`, `$leads`.
            ROW_COUNT = "central-row-count";
            ROW_BATCH_MISSING = "central-row-batch-missing";
            ROW_VANISHED = "central-row-vanished";
            // `central receipt`: the rows after the consents (branch i18nrules)
            RECEIPT_LANGUAGE = "central-receipt-language";
            RECEIPT_LANGUAGE_ASKED = "central-receipt-language-asked";
            // A person's rights at the office (`import::person::PersonError`)
            /// `$value` quoted.
            PERSON_NOT_AN_EMAIL = "central-person-not-an-email";
            /// `$purpose` quoted, `$known`.
            PERSON_UNKNOWN_PURPOSE = "central-person-unknown-purpose";
            // The HTML show report (`report::html`)
            REPORT_TITLE = "report-title";
            REPORT_META = "report-meta";
            REPORT_LEADS = "report-leads";
            REPORT_LAPTOPS = "report-laptops";
            REPORT_STAFF = "report-staff";
            REPORT_MAY_BE_CONTACTED = "report-may-be-contacted";
            REPORT_H_PER_DAY = "report-h-per-day";
            REPORT_CHART_PER_DAY = "report-chart-per-day";
            REPORT_H_PER_HOUR = "report-h-per-hour";
            REPORT_CHART_PER_HOUR = "report-chart-per-hour";
            REPORT_H_PER_LAPTOP = "report-h-per-laptop";
            REPORT_H_PER_STAFF = "report-h-per-staff";
            REPORT_COL_DAY = "report-col-day";
            REPORT_COL_HOUR = "report-col-hour";
            REPORT_COL_LAPTOP_ID = "report-col-laptop-id";
            REPORT_COL_STAFF = "report-col-staff";
            REPORT_H_RATINGS = "report-h-ratings";
            REPORT_CHART_RATINGS = "report-chart-ratings";
            REPORT_COL_RATING = "report-col-rating";
            REPORT_RATING = "report-rating";
            REPORT_H_CONSENT = "report-h-consent";
            REPORT_CHART_CONSENT = "report-chart-consent";
            REPORT_GRANTED = "report-granted";
            REPORT_NOT_GIVEN = "report-not-given";
            REPORT_WITHDRAWN = "report-withdrawn";
            REPORT_COL_PURPOSE = "report-col-purpose";
            REPORT_COL_RECORDED = "report-col-recorded";
            REPORT_COL_CONSENT_PCT = "report-col-consent-pct";
            REPORT_COL_REFUSAL_PCT = "report-col-refusal-pct";
            REPORT_COL_WITHDRAWAL_PCT = "report-col-withdrawal-pct";
            REPORT_H_REMOVALS = "report-h-removals";
            REPORT_CHART_REMOVALS = "report-chart-removals";
            REPORT_ERASURES = "report-erasures";
            REPORT_WITHDRAWALS = "report-withdrawals";
            REPORT_TOTAL = "report-total";
            REPORT_H_DUPLICATES = "report-h-duplicates";
            REPORT_COL_CONTACTS = "report-col-contacts";
            REPORT_COL_LEADS_MERGED = "report-col-leads-merged";
            REPORT_ACROSS_LAPTOPS = "report-across-laptops";
            REPORT_SAME_LAPTOP = "report-same-laptop";
            REPORT_H_BATCHES = "report-h-batches";
            REPORT_COL_LAPTOP = "report-col-laptop";
            REPORT_COL_BATCHES = "report-col-batches";
            REPORT_COL_SEQS = "report-col-seqs";
            REPORT_COL_LAST_WRITTEN = "report-col-last-written";
            REPORT_COL_LAST_IMPORTED = "report-col-last-imported";
            REPORT_COL_MISSING = "report-col-missing";
            REPORT_COL_LATE = "report-col-late";
            REPORT_NONE = "report-none";
            REPORT_H_POLICY = "report-h-policy";
            REPORT_COL_POLICY = "report-col-policy";
            REPORT_COL_PURPOSE_GRANTED = "report-col-purpose-granted";
            REPORT_H_EXPIRY = "report-h-expiry";
            REPORT_EXPIRY = "report-expiry";
            REPORT_COL_LEAD = "report-col-lead";
            REPORT_COL_EXPIRES = "report-col-expires";
            REPORT_H_RETENTION = "report-h-retention";
            REPORT_NO_RETENTION = "report-no-retention";
            REPORT_RETENTION = "report-retention";
            REPORT_COL_CAPTURED = "report-col-captured";
            REPORT_COL_RETAIN_UNTIL = "report-col-retain-until";
            REPORT_H_CRM = "report-h-crm";
            REPORT_CRM = "report-crm";
            REPORT_COL_CONTACT = "report-col-contact";
            REPORT_COL_ACTION = "report-col-action";
            REPORT_COL_REASON = "report-col-reason";
            REPORT_COL_SINCE = "report-col-since";
            REPORT_ACTION = "report-action";
            REPORT_REASON = "report-reason";
            REPORT_NOTHING_TO_CHART = "report-nothing-to-chart";
            REPORT_CHART_FAILED = "report-chart-failed";
            REPORT_OTHERS = "report-others";
            // adv18: what the import takes of a batch from an older booth
            /// `$count` leads whose records name no language.
            IMPORT_NO_LANGUAGE = "central-import-no-language";
            /// `$count` leads whose records name no language asked for.
            IMPORT_NO_LANGUAGE_ASKED = "central-import-no-language-asked";
        }
    }

    /// What `verify` (and `import`, which verifies) says of a batch file's form
    /// rather than its records (branch i18nlast, `leadbooth.ftl`): the files'
    /// sizes and formats, `SHA256SUMS`, the signature file, the manifest's
    /// fields, a line not in the exact form leadbooth writes. Each names the
    /// file, line and field; `cli::reasons` says them in the staff language.
    pub mod verify_form {
        messages! {
            // The frames, one per `VerifyError` variant
            /// `$path`, `$size`, `$limit`, `$what` (sums, manifest, signature, policies).
            TOO_LARGE = "vf-too-large";
            /// `$path`, `$problem` (one of the SUMS_* below).
            SUMS = "vf-sums";
            /// `$path`, `$detail`.
            SIGNATURE_FORMAT = "vf-signature-format";
            /// `$path`.
            LEGACY_SIGNATURE = "vf-legacy-signature";
            /// `$path`, `$detail`.
            MANIFEST = "vf-manifest";
            /// `$path`, `$found`, `$current`, `$older`.
            FORMAT = "vf-format";
            /// `$path`, `$field`, `$detail`.
            MANIFEST_FIELD = "vf-manifest-field";
            /// `$path`, `$found`, `$expected`.
            TRUSTED_COMMENT = "vf-trusted-comment";
            /// `$path`, `$detail`.
            FORM = "vf-form";
            /// `$manifest`, `$field`, `$expected`, `$path`, `$found` (one of COUNT_*).
            COUNT = "vf-count";
            /// `$count`.
            COUNT_LEADS = "vf-count-leads";
            COUNT_RECORDS = "vf-count-records";
            COUNT_ROWS = "vf-count-rows";
            // SHA256SUMS (`SumsProblem`)
            SUMS_EMPTY = "vf-sums-empty";
            /// `$line`.
            SUMS_CRLF = "vf-sums-crlf";
            SUMS_NO_FINAL_NEWLINE = "vf-sums-no-final-newline";
            /// `$line`.
            SUMS_MALFORMED = "vf-sums-malformed";
            /// `$line`, `$name`.
            SUMS_UNKNOWN_NAME = "vf-sums-unknown-name";
            /// `$line`, `$name`.
            SUMS_DUPLICATE = "vf-sums-duplicate";
            /// `$line`, `$name`, `$expected`.
            SUMS_OUT_OF_ORDER = "vf-sums-out-of-order";
            /// `$name`.
            SUMS_MISSING = "vf-sums-missing";
            // A line of leads.jsonl, erasures.jsonl, policies.jsonl
            LINE_EMPTY = "vf-line-empty";
            LINE_WHITE_SPACE = "vf-line-white-space";
            LINE_MORE = "vf-line-more";
            LINE_NOT_A_RECORD = "vf-line-not-a-record";
            /// `$limit`.
            LINE_TOO_LONG = "vf-line-too-long";
            /// `$limit`.
            LINE_POLICY_TOO_LONG = "vf-line-policy-too-long";
            LINE_NO_NEWLINE = "vf-line-no-newline";
            /// `$error` (the JSON parser's words).
            LINE_NOT_JSON = "vf-line-not-json";
            /// `$error` (the JSON parser's words), `$column`.
            LINE_PARSER = "vf-line-parser";
            /// `$byte`.
            NOT_EXACT_FORM = "vf-not-exact-form";
            /// `$sha256`.
            POLICY_NOT_NAMED = "vf-policy-not-named";
            /// `$sha256`.
            POLICY_TWICE = "vf-policy-twice";
            /// `$sha256`.
            POLICY_MISSING = "vf-policy-missing";
            // The signature file
            SIG_NOT_UTF8 = "vf-sig-not-utf8";
            SIG_CRLF = "vf-sig-crlf";
            /// `$lines`.
            SIG_LINES = "vf-sig-lines";
            /// `$lines`.
            SIG_LINES_NO_NEWLINE = "vf-sig-lines-no-newline";
            /// `$bytes`, `$want`.
            SIG_COMMENT_SIGNATURE = "vf-sig-comment-signature";
            // manifest.json and its fields
            MANIFEST_NO_FORMAT = "vf-manifest-no-format";
            /// `$format`.
            FIELD_FORMAT_LISTS = "vf-field-format-lists";
            /// `$format`.
            FIELD_FORMAT_NOT_LISTS = "vf-field-format-not-lists";
            /// `$at`, `$hours`, `$now`.
            FIELD_FUTURE = "vf-field-future";
            /// `$schema`, `$format`, `$expected`.
            FIELD_SCHEMA = "vf-field-schema";
            /// `$format`, `$since`.
            FIELD_QUESTIONS_PRESENT = "vf-field-questions-present";
            /// `$format`.
            FIELD_QUESTIONS_MISSING = "vf-field-questions-missing";
            /// `$number`.
            FIELD_QUESTION_EMPTY = "vf-field-question-empty";
            /// `$id`.
            FIELD_QUESTION_TWICE = "vf-field-question-twice";
            /// `$format`, `$since`.
            FIELD_WORDING_PRESENT = "vf-field-wording-present";
            /// `$format`.
            FIELD_WORDING_MISSING = "vf-field-wording-missing";
            FIELD_WORDING_EMPTY = "vf-field-wording-empty";
            /// `$language`.
            FIELD_LANGUAGE_TWICE = "vf-field-language-twice";
            /// `$language`, `$first`.
            FIELD_LANGUAGE_OTHERS = "vf-field-language-others";
            /// `$language`, `$text`, `$max`.
            FIELD_TEXT_LINE = "vf-field-text-line";
            /// `$language`, `$purpose`.
            FIELD_TEXT_HASH = "vf-field-text-hash";
            FIELD_SEQ_ZERO = "vf-field-seq-zero";
            /// `$seq`.
            FIELD_PREVIOUS_NULL = "vf-field-previous-null";
            FIELD_PREVIOUS_SET = "vf-field-previous-set";
            FIELD_PREVIOUS_HEX = "vf-field-previous-hex";
            /// `$count`.
            FIELD_CAPTURED_AT = "vf-field-captured-at";
            // An encrypted batch's own checks (`SealedError`)
            /// `$path`, `$name`.
            SEALED_MISSING_SIDECAR = "vf-sealed-missing-sidecar";
            /// `$path`, `$found`.
            SEALED_NOT_SEALED_SIGNATURE = "vf-sealed-not-sealed-signature";
            /// `$path`, `$names`, `$file`.
            SEALED_SIGNATURE_OF_ANOTHER = "vf-sealed-signature-of-another";
            /// `$path`, `$have`, `$want`.
            SEALED_TRUNCATED = "vf-sealed-truncated";
            /// `$path`, `$have`, `$want`.
            SEALED_LONGER = "vf-sealed-longer";
            /// `$path`.
            SEALED_ALTERED = "vf-sealed-altered";
            /// `$path`, `$file`.
            SEALED_FORGED = "vf-sealed-forged";
            /// `$path`, `$identity`, `$recipient`.
            SEALED_NOT_FOR_IDENTITY = "vf-sealed-not-for-identity";
            /// `$path`, `$detail` (age's words).
            SEALED_DAMAGED = "vf-sealed-damaged";
            /// `$path`, `$detail`.
            SEALED_CONTENTS = "vf-sealed-contents";
            /// `$path`, `$detail`.
            SEALED_MISMATCH = "vf-sealed-mismatch";
            /// `$path`, `$error`.
            SEALED_TEMP = "vf-sealed-temp";
            // The `.sha256` beside an encrypted batch
            SEALED_SUM_LINE = "vf-sealed-sum-line";
            SEALED_SUM_FORM = "vf-sealed-sum-form";
            /// `$found`, `$name`.
            SEALED_SUM_NAMES = "vf-sealed-sum-names";
            SEALED_SUM_MISMATCH = "vf-sealed-sum-mismatch";
            SEALED_SUM_NOT_UTF8 = "vf-sealed-sum-not-utf8";
            // Decrypting it, and what it holds
            SEALED_NOT_AGE = "vf-sealed-not-age";
            SEALED_HEADER_MAC = "vf-sealed-header-mac";
            SEALED_CUT_SHORT = "vf-sealed-cut-short";
            SEALED_CHUNK = "vf-sealed-chunk";
            /// `$found`, `$folder`.
            SEALED_FIRST_ENTRY = "vf-sealed-first-entry";
            /// `$name`.
            SEALED_ENTRY_NOT_BATCH_FILE = "vf-sealed-entry-not-batch-file";
            /// `$name`.
            SEALED_ENTRY_NOT_FILE = "vf-sealed-entry-not-file";
            /// `$name`.
            SEALED_ENTRY_TWICE = "vf-sealed-entry-twice";
            SEALED_ARCHIVE_EMPTY = "vf-sealed-archive-empty";
            SEALED_BYTES_AFTER = "vf-sealed-bytes-after";
            /// `$field`, `$inner`, `$outer`.
            SEALED_MISMATCH_FIELD = "vf-sealed-mismatch-field";
            /// `$language`.
            FIELD_UNKNOWN_LANGUAGE = "vf-field-unknown-language";
        }
    }

    /// A file or folder the operating system refused, by what was being done
    /// (`IoAction` in src/batch/action.rs; branch i18nio): each takes `$path`,
    /// `$error`; and the device key's and the booth export's other failures.
    pub mod io {
        messages! {
            CREATE = "io-create";
            CREATE_FOLDER = "io-create-folder";
            WRITE = "io-write";
            READ = "io-read";
            READ_STAGED = "io-read-staged";
            ENCRYPT = "io-encrypt";
            START_WRITING = "io-start-writing";
            RENAME_INTO_PLACE = "io-rename-into-place";
            SYNC_FOLDER = "io-sync-folder";
            OPEN_EXPORT_TARGET = "io-open-export-target";
            REMOVE_STAGING_FOLDER = "io-remove-staging-folder";
            OPEN_LOCK_FILE = "io-open-lock-file";
            LOCK = "io-lock";
            SET_MODE = "io-set-mode";
            RESTRICT = "io-restrict";
            /// The device key made, its audit line not written: `$key`, `$error`.
            KEY_AUDIT = "io-key-audit";
            /// The minisign library failed: `$detail` (its words).
            KEY_SIGNING = "io-key-signing";
            /// `$detail`.
            KEY_GENERATING = "io-key-generating";
            /// The booth's export and an encrypted key: `$path`, `$env`.
            EXPORT_PASSPHRASE_NOT_SET = "io-export-passphrase-not-set";
            /// `--plaintext` into the data dir: `$target`, `$data`.
            EXPORT_PLAINTEXT_ON_LAPTOP = "io-export-plaintext-on-laptop";
            // Other refusals a person met in English at the command line
            /// `$min`, `$max`.
            PIN_LENGTH = "io-pin-length";
            PIN_CHARACTERS = "io-pin-characters";
            PIN_BAD_HASH = "io-pin-bad-hash";
            QR_EMPTY_URL = "io-qr-empty-url";
            /// `$code` (hex), `$index`.
            QR_CONTROL = "io-qr-control";
            /// `$len`, `$max`.
            QR_TOO_LONG = "io-qr-too-long";
            /// `$detail` (the encoder's words).
            QR_ENCODE = "io-qr-encode";
            /// `$size`, `$max`.
            QR_MODULE_SIZE = "io-qr-module-size";
            /// `$path`, `$error`.
            QR_WRITE = "io-qr-write";
            /// `$path`, `$error` (the PNG encoder's words).
            QR_WRITE_PNG = "io-qr-write-png";
            /// `$value` (quoted as typed).
            RIGHTS_NOT_A_PERSON = "io-rights-not-a-person";
            /// `$path`, `$error`.
            RIGHTS_REMOVE = "io-rights-remove";
        }
    }

    /// The booth database's refusals at the command line (branch i18nio;
    /// `cli::reasons::store`).
    pub mod store_words {
        messages! {
            /// `$path`, `$detail`.
            CORRUPT = "store-corrupt";
            /// (no arguments)
            DAMAGE_ONE_BYTE = "store-damage-one-byte";
            /// `$wal`, `$bytes`.
            DAMAGE_LOG_EMPTY_FILE = "store-damage-log-empty-file";
            /// `$wal`, `$bytes`.
            DAMAGE_LOG_NO_FILE = "store-damage-log-no-file";
            /// (no arguments)
            DAMAGE_NO_SCHEMA_VERSION = "store-damage-no-schema-version";
            /// `$found`, `$expected`.
            DAMAGE_SCHEMA_VERSION = "store-damage-schema-version";
            /// `$found`, `$expected` (application ids).
            OTHER_KIND = "store-other-kind";
            /// `$path`, `$problem`.
            DAMAGED = "store-damaged";
            /// `$path`, `$error`.
            READ_ONLY = "store-read-only";
            /// `$path`, `$found`, `$known`.
            TOO_NEW = "store-too-new";
            /// `$id`.
            NO_SUCH_LEAD = "store-no-such-lead";
            /// `$id`, `$at`.
            ERASED = "store-erased";
            /// `$id`, `$purpose` (and for ALREADY_WITHDRAWN `$at`).
            NOT_RECORDED = "store-not-recorded";
            NOT_GRANTED = "store-not-granted";
            ALREADY_WITHDRAWN = "store-already-withdrawn";
            /// `$id`.
            DUPLICATE_LEAD = "store-duplicate-lead";
            /// `$seq`, `$latest`.
            SEQ_TAKEN = "store-seq-taken";
            /// `$id`, `$detail`.
            BAD_ERASURE = "store-bad-erasure";
            /// `$path`, `$id`, `$field`, `$detail`.
            BAD_ROW = "store-bad-row";
            /// `$path`, `$doing` (a [`DOING`]), `$error` (branch i18nstore).
            SQLITE = "store-sqlite";
            /// `$doing` (the step as a key), `$phrase` (its English).
            DOING = "store-doing";
        }
    }
}

thread_local! {
    /// The staff language set for this thread ([`set_staff_language`]).
    static STAFF: std::cell::Cell<Option<Language>> = const { std::cell::Cell::new(None) };
}

/// The language of the staff side (the booth's own screens, the hint bar on the
/// staff form, the CLI): the system locale's ([`Language::from_env`], read
/// once), unless [`set_staff_language`] chose another on this thread.
pub fn staff() -> Language {
    static FROM_ENV: OnceLock<Language> = OnceLock::new();
    STAFF
        .with(|s| s.get())
        .unwrap_or_else(|| *FROM_ENV.get_or_init(Language::from_env))
}

/// The staff language for the calling thread, over the system locale's: tests
/// draw a German booth beside an English one in the same process, each on its
/// own thread. The booth itself calls it only to hand a screen's language to
/// the worker thread it starts (F5's export); otherwise its threads follow the
/// locale.
pub fn set_staff_language(lang: Language) {
    STAFF.with(|s| s.set(Some(lang)));
}

/// `leadbooth: error: …` in the staff language: the line every failed command
/// ends with (written by the session, and by the CLI through `cli::words`).
pub fn error_line(text: &str) -> String {
    format!("leadbooth: {}: {text}", staff_text(msg::cli::ERROR))
}

/// `label` before its value in `lang`, with the space that follows: `Who: `,
/// and in French, which sets a space before a colon, `Qui : `.
pub fn label(lang: Language, label: &str) -> String {
    format!(
        "{} ",
        format(lang, msg::LABEL_COLON, [("field", arg(label))])
    )
}

/// `of`'s name as a sentence in `lang` writes it (`allemand` in French,
/// `Französisch` in German): what staff read in their own language, where an
/// attendee looks for [`Language::native_name`] (`Deutsch`).
pub fn language_name(lang: Language, of: Language) -> &'static str {
    use msg::show_day as n;
    text(
        lang,
        match of {
            Language::En => n::LANGUAGE_NAME_EN,
            Language::De => n::LANGUAGE_NAME_DE,
            Language::Fr => n::LANGUAGE_NAME_FR,
            Language::Es => n::LANGUAGE_NAME_ES,
        },
    )
}

/// `items` joined with semicolons as `lang` writes them (`a; b`, French
/// `a ; b`).
pub fn join_semicolon(lang: Language, items: &[String]) -> String {
    let mut it = items.iter();
    let Some(first) = it.next() else {
        return String::new();
    };
    it.fold(first.clone(), |before, after| {
        format(
            lang,
            msg::show_day::LIST_SEMICOLON,
            [("before", arg(&before)), ("after", arg(after))],
        )
    })
}

/// Message `id` in the staff language (see [`staff`]).
pub fn staff_text(id: Msg) -> &'static str {
    text(staff(), id)
}

/// Message `id` with its arguments in the staff language (see [`staff`]).
pub fn staff_format<'a>(
    id: Msg,
    args: impl IntoIterator<Item = (&'static str, FluentValue<'a>)>,
) -> String {
    format(staff(), id, args)
}

/// The four bundles, made once.
fn bundles() -> &'static HashMap<Language, FluentBundle<FluentResource>> {
    static BUNDLES: OnceLock<HashMap<Language, FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|lang| (lang, bundle(lang)))
            .collect()
    })
}

fn bundle(lang: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang
        .code()
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Bidi isolation marks would be drawn as characters in a terminal and
    // break width sums; the booth's own languages are all left-to-right.
    bundle.set_use_isolating(false);
    for (file, source) in lang.sources() {
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                missing(lang, &format!("{file}: syntax errors: {errors:?}"));
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            missing(lang, &format!("{file}: {errors:?}"));
        }
    }
    bundle
}

/// A gap in the message files: the tests that meet one fail; a release build
/// logs it and shows the English text.
fn missing(lang: Language, what: &str) {
    if cfg!(any(test, feature = "test-hooks")) {
        panic!("message file {lang}: {what}");
    }
    tracing::error!(language = %lang, "message file: {what}");
}

/// Message `id` in `lang` with `args`; English when `lang` lacks it.
fn render(lang: Language, id: Msg, args: Option<&FluentArgs>) -> String {
    let try_lang = |lang: Language| -> Option<String> {
        let bundle = bundles().get(&lang)?;
        let pattern = bundle.get_message(id.0)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            missing(lang, &format!("{}: {errors:?}", id.0));
        }
        Some(text.into_owned())
    };
    if let Some(text) = try_lang(lang) {
        return text;
    }
    missing(lang, &format!("no message {}", id.0));
    try_lang(Language::En).unwrap_or_default()
}

/// Message `id` (one without arguments) in `lang`, for as long as the program
/// runs: hint bars and headings hold `&'static str`. Each message is made once
/// per language.
pub fn text(lang: Language, id: Msg) -> &'static str {
    static TEXTS: OnceLock<std::sync::Mutex<HashMap<(Language, Msg), &'static str>>> =
        OnceLock::new();
    let texts = TEXTS.get_or_init(Default::default);
    let mut map = match texts.lock() {
        Ok(m) => m,
        Err(poisoned) => poisoned.into_inner(),
    };
    map.entry((lang, id))
        .or_insert_with(|| Box::leak(render(lang, id, None).into_boxed_str()))
}

/// Message `id` in `lang` with its arguments (`$name` → value).
pub fn format<'a>(
    lang: Language,
    id: Msg,
    args: impl IntoIterator<Item = (&'static str, FluentValue<'a>)>,
) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(name, value);
    }
    render(lang, id, Some(&fluent))
}

/// Message `id` (a name made at run time, e.g. the command line's help ids in
/// `cli::help`) in `lang` with `args`: English when `lang` lacks it, `None`
/// when English does too (the help tests require every id the help needs in
/// every language, and optional ones like `…-long` are simply absent).
pub fn dynamic<'a>(
    lang: Language,
    id: &str,
    args: impl IntoIterator<Item = (&'static str, FluentValue<'a>)>,
) -> Option<String> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(name, value);
    }
    [lang, Language::En].into_iter().find_map(|lang| {
        let bundle = bundles().get(&lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
        if !errors.is_empty() {
            missing(lang, &format!("{id}: {errors:?}"));
        }
        Some(text.into_owned())
    })
}

/// Whether `lang`'s own files hold message `id` (no fallback).
pub fn has_message(lang: Language, id: &str) -> bool {
    bundles()
        .get(&lang)
        .is_some_and(|b| b.get_message(id).is_some_and(|m| m.value().is_some()))
}

/// A figure (`1234.5`, `-0.25`, `100`, as Rust formats one) as `lang` writes
/// it for a person: a decimal comma in German, French and Spanish, and in
/// French the thousands grouped by a no-break space (`1 234,5`, kept on one
/// line). English keeps the figure as it is. Sizes and percentages shown to
/// staff all go through here ([`decimal`], [`percent`]).
pub fn figure(lang: Language, plain: &str) -> String {
    if lang == Language::En {
        return plain.to_owned();
    }
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain), |rest| ("-", rest));
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let int = if lang == Language::Fr && int.len() > 3 && int.bytes().all(|b| b.is_ascii_digit()) {
        let mut grouped = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push('\u{a0}');
            }
            grouped.push(c);
        }
        grouped
    } else {
        int.to_owned()
    };
    match frac {
        Some(f) => format!("{sign}{int},{f}"),
        None => format!("{sign}{int}"),
    }
}

/// `value` with `places` decimals, as `lang` writes it ([`figure`]).
pub fn decimal(lang: Language, value: f64, places: usize) -> String {
    figure(lang, &format!("{value:.places$}"))
}

/// A percentage (its figure already written by [`figure`] or [`decimal`]) as
/// `lang` writes it: `33.3%` in English; `33,3 %` in German, French and
/// Spanish, with a no-break space before the sign (DIN 5008, French
/// typography and the RAE all space it).
pub fn percent(lang: Language, figure: &str) -> String {
    if lang == Language::En {
        format!("{figure}%")
    } else {
        format!("{figure}\u{a0}%")
    }
}

/// A count as a message argument (plural rules choose by it).
pub fn num(n: impl Into<u64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

/// Text as a message argument.
pub fn arg<'a>(s: &'a str) -> FluentValue<'a> {
    FluentValue::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::BTreeSet;

    /// Every message the code asks for: the attendee's and the staff's.
    fn all_ids() -> impl Iterator<Item = &'static Msg> {
        msg::ALL
            .iter()
            .chain(msg::staff::ALL)
            .chain(msg::cli::ALL)
            .chain(msg::booth::ALL)
            .chain(msg::commands::ALL)
            .chain(msg::rules::ALL)
            .chain(msg::booth2::ALL)
            .chain(msg::kiosk_words::ALL)
            .chain(msg::show_day::ALL)
            .chain(msg::central::ALL)
            .chain(msg::verify_form::ALL)
            .chain(msg::io::ALL)
            .chain(msg::store_words::ALL)
    }

    /// Variables a pattern uses (`$count`), and the messages it references.
    fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_vars(expression, out);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, out),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline_vars(a, out);
                }
            }
            _ => {}
        }
    }

    /// Each message of `lang`'s file with the variables it uses.
    fn messages(lang: Language) -> HashMap<String, BTreeSet<String>> {
        let mut out = HashMap::new();
        for (file, source) in lang.sources() {
            let resource = match FluentResource::try_new(source.to_owned()) {
                Ok(r) => r,
                Err((_, e)) => panic!("{lang} {file}: syntax errors {e:?}"),
            };
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables(value, &mut vars);
                    }
                    assert!(
                        out.insert(m.id.name.to_owned(), vars).is_none(),
                        "{lang}: message {} twice ({file})",
                        m.id.name
                    );
                }
            }
        }
        out
    }

    #[test]
    fn every_message_is_in_every_language_with_the_same_arguments() {
        let english = messages(Language::En);
        for id in all_ids() {
            assert!(english.contains_key(id.0), "en lacks {}", id.0);
        }
        let asked: BTreeSet<&str> = all_ids().map(|m| m.0).collect();
        // The command line's help asks by ids made from the command tree: its
        // own test (cli::help) checks those, as this layer cannot see the tree.
        for id in english.keys().filter(|id| !id.starts_with("help-")) {
            assert!(
                asked.contains(id.as_str()),
                "en has {id}, which the code never asks for (add it to msg or remove it)"
            );
        }
        for lang in Language::ALL {
            let other = messages(lang);
            for (id, vars) in &english {
                let theirs = other
                    .get(id)
                    .unwrap_or_else(|| panic!("{lang} lacks message {id}"));
                assert_eq!(theirs, vars, "{lang}: {id} takes other arguments than en");
            }
            for id in other.keys() {
                assert!(english.contains_key(id), "{lang} has {id}, en does not");
            }
        }
    }

    #[test]
    fn every_message_formats_in_every_language_without_errors() {
        for lang in Language::ALL {
            for id in all_ids() {
                let args = [
                    ("count", num(2u64)),
                    ("cause", arg("C")),
                    ("partial", arg("P")),
                    ("cleanup", arg("busy")),
                    ("before", arg("A")),
                    ("after", arg("Z")),
                    ("secs", num(1u64)),
                    ("max", num(80u64)),
                    ("total", num(95u64)),
                    ("field", arg("F")),
                    ("message", arg("M")),
                    ("code", arg("001B")),
                    ("error", arg("E")),
                    ("id", arg("R")),
                    ("list", arg("L")),
                    ("contact", arg("C")),
                    ("language", arg("G")),
                    ("purposes", arg("P")),
                    ("version", arg("V")),
                    ("date", arg("D")),
                    ("others", arg("O")),
                    ("organisation", arg("Org")),
                    ("day", arg("1")),
                    ("month", arg("Dec")),
                    ("time", arg("14:03")),
                    ("year", arg("2025")),
                    ("zone", arg("UTC")),
                    ("name", arg("N")),
                    ("matched", arg("email")),
                    ("at", arg("14:03")),
                    ("by", arg("Sam")),
                    ("mark", arg("B")),
                    ("fields", arg("F")),
                    ("shown", num(5u64)),
                    ("purpose", arg("P")),
                    ("copies", num(2u64)),
                    ("source", arg("badge")),
                    ("method", arg("self_service")),
                    ("granted", arg("G")),
                    ("fs", arg("vfat")),
                    ("size", arg("1.5")),
                    ("file", arg("F")),
                    ("key", arg("K")),
                    ("public", arg("P")),
                    ("leads", num(3u64)),
                    ("erasures", num(1u64)),
                    ("seq", arg("7")),
                    ("why", arg("W")),
                    ("scanner", arg("S")),
                    ("laptop", arg("L")),
                    ("fix", arg("X")),
                    ("read", arg("R")),
                    ("today", arg("T")),
                    ("today_leads", num(4u64)),
                    ("db", arg("D")),
                    ("begins", arg("pg://")),
                    ("batch", arg("B")),
                    ("folder", arg("F")),
                    ("imported", num(2u64)),
                    ("skipped", num(0u64)),
                    ("refused", num(0u64)),
                    ("new", num(1u64)),
                    ("merged", num(0u64)),
                    ("updated", num(0u64)),
                    ("ignored", num(0u64)),
                    ("withdrawals", num(0u64)),
                    ("contacts", num(3u64)),
                    ("days", num(30u64)),
                    ("gap", arg("G")),
                    ("keys", arg("notice.rights")),
                    ("holder", arg(" (PID 4242)")),
                    ("events", arg("my-expo-2026 (5)")),
                    ("path", arg("P")),
                    ("position", arg("3")),
                    ("other", arg("purpose[0].label")),
                    ("found", arg("1001")),
                    ("bytes", arg("300")),
                    ("wal", arg("leadbooth.sqlite3-wal")),
                    ("value", arg("\"X\"")),
                    ("region", arg("DE")),
                    ("what", arg("W")),
                    // The command line's commands (branch i18ncli)
                    ("after", arg("A")),
                    ("build", arg("B")),
                    ("cold", arg("C")),
                    ("colours", arg("C")),
                    ("command", arg("C")),
                    ("company", arg("C")),
                    ("day_leads", arg("D")),
                    ("default", arg("D")),
                    ("detail", arg("D")),
                    ("device", arg("D")),
                    ("email", arg("E")),
                    ("event", arg("E")),
                    ("files", arg("F")),
                    ("first", arg("F")),
                    ("from", arg("F")),
                    ("hash", arg("H")),
                    ("height", arg("H")),
                    ("hot", arg("H")),
                    ("jurisdiction", arg("J")),
                    ("known", arg("K")),
                    ("languages", arg("L")),
                    ("last", arg("L")),
                    ("last_name", arg("L")),
                    ("least", arg("L")),
                    ("limit", arg("L")),
                    ("mm", arg("M")),
                    ("mode", arg("M")),
                    ("modules", arg("M")),
                    ("mount", arg("M")),
                    ("offset", arg("O")),
                    ("old", arg("O")),
                    ("profile", arg("P")),
                    ("reason", arg("R")),
                    ("required", arg("R")),
                    ("secret", arg("S")),
                    ("since", arg("S")),
                    ("summary", arg("S")),
                    ("to", arg("T")),
                    ("unrated", arg("U")),
                    ("url", arg("U")),
                    ("want", arg("W")),
                    ("warm", arg("W")),
                    ("width", arg("W")),
                    ("companies", num(2u64)),
                    ("last_names", num(2u64)),
                    ("laptops", num(2u64)),
                    ("questions", num(2u64)),
                    ("deletions", num(2u64)),
                    ("unsubscribes", num(2u64)),
                    ("erased", num(2u64)),
                    ("signed_by", arg("S")),
                    ("expected", arg("E")),
                    ("manifest", arg("M")),
                    ("target", arg("T")),
                    ("latest", arg("9")),
                    ("min", arg("4")),
                    ("index", arg("3")),
                    ("len", arg("2400")),
                    ("data", arg("D")),
                    ("signature", arg("S")),
                    ("letter", arg("L")),
                    ("header", arg("H")),
                    ("columns", arg("C")),
                    ("column", arg("C")),
                    ("line", num(7u64)),
                    ("env", arg("E")),
                    ("secret_id", arg("S")),
                    ("trust", arg("T")),
                    ("lead", arg("L")),
                    ("owner", arg("O")),
                    ("given", arg("self_service")),
                    ("capture", arg("staff_assisted")),
                    ("who", arg("W")),
                    // branch i18nbooth2
                    ("opened", arg("yes")),
                    ("qr", arg("no")),
                    ("entry", arg("E")),
                    ("user", arg("U")),
                    ("channel", arg("C")),
                    ("hours", arg("24")),
                    ("now", arg("N")),
                    ("decided", arg("D")),
                    ("recipient", arg("age1x")),
                    // The central office (branch i18ncentral)
                    ("batch_id", arg("B")),
                    ("previous", arg("P")),
                    ("below", arg("6")),
                    ("next", arg("8")),
                    ("bound", arg("B")),
                    ("bound_file", arg("B")),
                    ("signed", arg("S")),
                    ("signed_file", arg("S")),
                    ("kind", arg("erasure")),
                    ("attempts", num(3u64)),
                    ("second", arg("S")),
                    ("doing", arg("read")),
                    ("phrase", arg("P")),
                    ("row", arg("R")),
                    ("rating", arg("hot")),
                    ("kept", arg("90")),
                    ("flag", arg("F")),
                    ("action", arg("delete")),
                    ("batch_device", arg("B")),
                    // Branch i18nrules
                    ("batch_event", arg("\"demo-2026\"")),
                    ("schema", arg("3")),
                    ("batch_schema", arg("2")),
                    ("format", arg("leadbooth-batch/3")),
                    ("sha256", arg("ab12")),
                    ("unit", arg("bytes")),
                    ("rows", num(2u64)),
                    ("rule", arg("R")),
                    // Branch i18nlast
                    ("problem", arg("P")),
                    ("current", arg("leadbooth-batch/4")),
                    ("older", arg("O")),
                    ("number", arg("2")),
                    ("text", arg("T")),
                    ("byte", arg("12")),
                    ("lines", arg("3")),
                    ("names", arg("N")),
                    ("have", arg("10")),
                    ("identity", arg("I")),
                    ("inner", arg("1")),
                    ("outer", arg("2")),
                    // Branch i18ncfg
                    ("shipped", arg("\"en\", \"de\"")),
                    ("written", arg("\"fr-CA\"")),
                ];
                let text = format(lang, *id, args);
                assert!(!text.trim().is_empty(), "{lang} {}: empty", id.0);
                assert!(
                    text.trim() != id.0 && !(id.0.contains('-') && text.contains(id.0)),
                    "{lang} {}: shows its id",
                    id.0
                );
            }
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let secs = |lang, n: u64| format(lang, msg::STILL_THERE, [("secs", num(n))]);
        assert!(secs(Language::En, 1).contains("1 second,"));
        assert!(secs(Language::En, 5).contains("5 seconds,"));
        assert!(secs(Language::De, 1).contains("1 Sekunde"));
        assert!(secs(Language::De, 5).contains("5 Sekunden"));
        // French counts 0 and 1 as singular.
        assert!(secs(Language::Fr, 0).contains("0 seconde "));
        assert!(secs(Language::Fr, 2).contains("2 secondes"));
        assert!(secs(Language::Es, 1).contains("1 segundo "));
        assert!(secs(Language::Es, 3).contains("3 segundos"));
        // The office's import summary: "1 contact", never "1 contacts".
        let contacts = |lang, n: u64| {
            let summary = format(
                lang,
                msg::cli::IMPORT_SUMMARY,
                [
                    "imported", "skipped", "refused", "new", "merged", "updated", "ignored",
                ]
                .into_iter()
                .chain(["erasures", "withdrawals"])
                .map(|k| (k, num(0u64)))
                .chain([("contacts", num(n)), ("db", arg("c.sqlite3"))]),
            );
            summary.rsplit("; ").next().unwrap_or_default().to_owned()
        };
        assert_eq!(contacts(Language::En, 1), "1 contact in c.sqlite3");
        assert_eq!(contacts(Language::En, 5), "5 contacts in c.sqlite3");
        assert_eq!(contacts(Language::De, 1), "1 Kontakt in c.sqlite3");
        assert_eq!(contacts(Language::De, 2), "2 Kontakte in c.sqlite3");
        assert_eq!(contacts(Language::Fr, 1), "1 contact dans c.sqlite3");
        assert_eq!(contacts(Language::Es, 1), "1 contacto en c.sqlite3");
        // Its other counts agree with their number too: "1 nuevo", not "1 nuevos".
        let counts = |lang, n: u64| {
            format(
                lang,
                msg::cli::IMPORT_SUMMARY,
                [
                    "imported",
                    "skipped",
                    "refused",
                    "new",
                    "merged",
                    "updated",
                    "ignored",
                    "erasures",
                    "withdrawals",
                    "contacts",
                ]
                .into_iter()
                .map(|k| (k, num(n)))
                .chain([("db", arg("c.sqlite3"))]),
            )
        };
        for (lang, n, want) in [
            (Language::Es, 1, "1 omitido (ya importado), 1 rechazado;"),
            (
                Language::Es,
                1,
                "1 nuevo, 1 fusionado, 1 actualizado, 1 ignorado;",
            ),
            (
                Language::Es,
                2,
                "2 nuevos, 2 fusionados, 2 actualizados, 2 ignorados;",
            ),
            (Language::Fr, 1, "1 ignoré (déjà importé), 1 refusé ;"),
            (
                Language::Fr,
                0,
                "0 nouveau, 0 fusionné, 0 mis à jour, 0 ignoré ;",
            ),
            (
                Language::Fr,
                2,
                "2 nouveaux, 2 fusionnés, 2 mis à jour, 2 ignorés ;",
            ),
        ] {
            let summary = counts(lang, n);
            assert!(summary.contains(want), "{lang} {n}: {summary}");
        }
        let not_saved = |lang, n: u64| format(lang, msg::NOT_SAVED, [("count", num(n))]);
        assert_eq!(not_saved(Language::En, 0), "Not saved.");
        assert_eq!(
            not_saved(Language::En, 1),
            "Not saved: fix the marked field."
        );
        assert_eq!(
            not_saved(Language::En, 3),
            "Not saved: fix the 3 marked fields."
        );
        assert!(not_saved(Language::De, 3).contains("3 markierten Felder"));
    }

    #[test]
    fn figures_take_each_languages_decimal_sign_and_grouping() {
        let nb = '\u{a0}';
        assert_eq!(decimal(Language::En, 1.5, 1), "1.5");
        assert_eq!(decimal(Language::De, 1.5, 1), "1,5");
        assert_eq!(decimal(Language::Es, 14.25, 2), "14,25");
        assert_eq!(decimal(Language::Fr, 1.5, 1), "1,5");
        assert_eq!(decimal(Language::Fr, 1234.5, 1), format!("1{nb}234,5"));
        assert_eq!(
            decimal(Language::Fr, -1234567.0, 0),
            format!("-1{nb}234{nb}567")
        );
        assert_eq!(decimal(Language::Fr, 999.0, 0), "999");
        // Only French groups; English keeps what scripts have always read.
        assert_eq!(decimal(Language::De, 1234.5, 1), "1234,5");
        assert_eq!(decimal(Language::En, 1234.5, 1), "1234.5");
        assert_eq!(figure(Language::De, "100"), "100");
        assert_eq!(percent(Language::En, "33.3"), "33.3%");
        assert_eq!(
            percent(Language::Fr, &figure(Language::Fr, "33.3")),
            format!("33,3{nb}%")
        );
        assert_eq!(
            percent(Language::De, &decimal(Language::De, 66.66, 1)),
            format!("66,7{nb}%")
        );
    }

    #[test]
    fn no_bidi_marks_in_formatted_text() {
        let t = format(
            Language::De,
            msg::FIELD_FULL,
            [("field", arg("E-Mail")), ("max", num(254u64))],
        );
        assert!(!t.contains('\u{2068}') && !t.contains('\u{2069}'), "{t:?}");
        assert!(t.starts_with("E-Mail "), "{t}");
    }

    #[test]
    fn staff_language_follows_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Language::from_vars(env(&[])), Language::En);
        assert_eq!(
            Language::from_vars(env(&[("LANG", "de_DE.UTF-8")])),
            Language::De
        );
        assert_eq!(
            Language::from_vars(env(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR")])),
            Language::Fr
        );
        assert_eq!(
            Language::from_vars(env(&[("LC_ALL", "es_ES@euro"), ("LC_MESSAGES", "fr_FR")])),
            Language::Es
        );
        // An empty variable does not count; C and unknown languages are English.
        assert_eq!(
            Language::from_vars(env(&[("LC_ALL", ""), ("LANG", "fr_CA.UTF-8")])),
            Language::Fr
        );
        assert_eq!(
            Language::from_vars(env(&[("LANG", "C.UTF-8")])),
            Language::En
        );
        assert_eq!(
            Language::from_vars(env(&[("LANG", "ja_JP.UTF-8")])),
            Language::En
        );
    }

    #[test]
    fn codes_round_trip_and_the_key_cycles_through_all() {
        for lang in Language::ALL {
            assert_eq!(lang.code().parse::<Language>(), Ok(lang));
        }
        assert_eq!("DE-at".parse::<Language>(), Ok(Language::De));
        assert!("it".parse::<Language>().is_err());
        let mut seen = vec![Language::En];
        let mut l = Language::En.next();
        while l != Language::En {
            seen.push(l);
            l = l.next();
        }
        assert_eq!(seen, Language::ALL);
    }
}
