//! The languages the booth speaks, and its words in each: Fluent message files
//! (`i18n/<code>/leadbooth.ftl`) built into the binary. The staff side follows
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

    fn source(self) -> &'static str {
        match self {
            Language::En => include_str!("../i18n/en/leadbooth.ftl"),
            Language::De => include_str!("../i18n/de/leadbooth.ftl"),
            Language::Fr => include_str!("../i18n/fr/leadbooth.ftl"),
            Language::Es => include_str!("../i18n/es/leadbooth.ftl"),
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
/// own thread. The booth itself never calls it; its threads follow the locale.
pub fn set_staff_language(lang: Language) {
    STAFF.with(|s| s.set(Some(lang)));
}

/// `leadbooth: error: …` in the staff language: the line every failed command
/// ends with (written by the session, and by the CLI through `cli::words`).
pub fn error_line(text: &str) -> String {
    format!("leadbooth: {}: {text}", staff_text(msg::cli::ERROR))
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
    let resource = match FluentResource::try_new(lang.source().to_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            missing(lang, &format!("syntax errors: {errors:?}"));
            r
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        missing(lang, &format!("{errors:?}"));
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
        msg::ALL.iter().chain(msg::staff::ALL).chain(msg::cli::ALL)
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
        let resource = match FluentResource::try_new(lang.source().to_owned()) {
            Ok(r) => r,
            Err((_, e)) => panic!("{lang}: syntax errors {e:?}"),
        };
        let mut out = HashMap::new();
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_owned(), vars).is_none(),
                    "{lang}: message {} twice",
                    m.id.name
                );
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
        for id in english.keys() {
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
                    ("path", arg("P")),
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
