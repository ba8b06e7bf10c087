//! The capture form: what is typed and ticked for one attendee, which field has
//! focus, and the messages of a refused save. Drawing is in `form/view.rs`.

use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent};
use ratatui::style::Style;
use ratatui::widgets::{Block, BorderType};
use ratatui_textarea::{TextArea, WrapMode};
use tui_input::backend::crossterm::to_input_request;
use tui_input::{Input, InputRequest};

use super::action::{Action, Section, Step};
use super::keys::{Binding, KeyCombo};
use super::mode::BoothMode;
use super::strings::{self, keys};
use super::theme::Theme;
use super::viewport::Viewport;
use chrono::{DateTime, Utc};

use crate::config::{Event, QuestionKind};
use crate::i18n::{self, Language, msg};
use crate::lead::{
    Answer, ConsentDecision, Contact, Entry, Field, LeadDraft, LeadErrors, NoticeShown, Rating,
};

pub mod prefill;
pub mod view;

/// The contact fields, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactField {
    /// Given name.
    FirstName,
    /// Family name.
    LastName,
    /// Email.
    Email,
    /// Company.
    Company,
    /// Job title.
    JobTitle,
    /// Phone.
    Phone,
    /// ISO country code.
    Country,
}

impl ContactField {
    /// All, in form order.
    pub const ALL: [ContactField; 7] = [
        ContactField::FirstName,
        ContactField::LastName,
        ContactField::Email,
        ContactField::Company,
        ContactField::JobTitle,
        ContactField::Phone,
        ContactField::Country,
    ];

    fn index(self) -> usize {
        self as usize
    }

    /// The label shown beside the field, in `lang`.
    pub fn label(self, lang: Language) -> &'static str {
        let id = match self {
            ContactField::FirstName => msg::FIELD_FIRST_NAME,
            ContactField::LastName => msg::FIELD_LAST_NAME,
            ContactField::Email => msg::FIELD_EMAIL,
            ContactField::Company => msg::FIELD_COMPANY,
            ContactField::JobTitle => msg::FIELD_JOB_TITLE,
            ContactField::Phone => msg::FIELD_PHONE,
            ContactField::Country => msg::FIELD_COUNTRY,
        };
        i18n::text(lang, id)
    }

    /// The lead field it fills.
    pub fn field(self) -> Field {
        match self {
            ContactField::FirstName => Field::FirstName,
            ContactField::LastName => Field::LastName,
            ContactField::Email => Field::Email,
            ContactField::Company => Field::Company,
            ContactField::JobTitle => Field::JobTitle,
            ContactField::Phone => Field::Phone,
            ContactField::Country => Field::Country,
        }
    }
}

/// The jump keys: Alt and a letter (`strings::keys::JUMP_*` name them).
pub const JUMPS: [(char, Section); 8] = [
    ('n', Section::Name),
    ('e', Section::Email),
    ('c', Section::Company),
    ('p', Section::Phone),
    ('a', Section::Questions),
    ('t', Section::Consents),
    ('r', Section::Rating),
    ('o', Section::Notes),
];

/// Which part of the form has focus. Questions and purposes are counted in their
/// configured order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A contact field.
    Contact(ContactField),
    /// The n-th question.
    Question(usize),
    /// The n-th purpose's checkbox.
    Consent(usize),
    /// The staff rating.
    Rating,
    /// The staff notes.
    Notes,
}

/// How many focusable parts the form has: it depends on the event and the mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormShape {
    /// Number of configured questions.
    pub questions: usize,
    /// Number of configured purposes.
    pub purposes: usize,
    /// Rating and notes (staff mode only).
    pub staff_fields: bool,
}

impl FormShape {
    /// The shape of `event`'s form in `mode`.
    pub fn of(event: &Event, mode: BoothMode) -> Self {
        FormShape {
            questions: event.questions.len(),
            purposes: event.purposes.len(),
            staff_fields: mode.has_staff_fields(),
        }
    }

    /// Number of focus stops.
    pub fn len(&self) -> usize {
        ContactField::ALL.len()
            + self.questions
            + self.purposes
            + if self.staff_fields { 2 } else { 0 }
    }

    /// Never empty: the contact fields are always there.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The focus stop at position `i` (taken modulo [`len`](Self::len)).
    pub fn at(&self, i: usize) -> Focus {
        let mut i = i % self.len();
        if i < ContactField::ALL.len() {
            return Focus::Contact(ContactField::ALL[i]);
        }
        i -= ContactField::ALL.len();
        if i < self.questions {
            return Focus::Question(i);
        }
        i -= self.questions;
        if i < self.purposes {
            return Focus::Consent(i);
        }
        if i == self.purposes {
            Focus::Rating
        } else {
            Focus::Notes
        }
    }

    /// The position of `focus` in the focus order.
    pub fn index(&self, focus: Focus) -> usize {
        let contact = ContactField::ALL.len();
        match focus {
            Focus::Contact(f) => f.index(),
            Focus::Question(i) => contact + i,
            Focus::Consent(i) => contact + self.questions + i,
            Focus::Rating => contact + self.questions + self.purposes,
            Focus::Notes => contact + self.questions + self.purposes + 1,
        }
    }
}

impl Focus {
    /// The first field: where a fresh form starts.
    pub const FIRST: Focus = Focus::Contact(ContactField::FirstName);

    /// The next stop in Tab order, wrapping to the first.
    pub fn next(self, shape: &FormShape) -> Focus {
        shape.at(shape.index(self) + 1)
    }

    /// The previous stop in Tab order, wrapping to the last.
    pub fn prev(self, shape: &FormShape) -> Focus {
        shape.at(shape.index(self) + shape.len() - 1)
    }
}

/// The state of one question's answer.
#[derive(Debug, Clone)]
pub enum AnswerState {
    /// A text question.
    Text(Input),
    /// A single-choice question: the chosen index, if any.
    Single(Option<usize>),
    /// A multiple-choice question: which choices are ticked, and the highlighted one.
    Multiple {
        /// Ticked, per choice.
        ticked: Vec<bool>,
        /// The choice Space toggles.
        cursor: usize,
    },
}

/// The kind of editor the focused part is: it decides which keys the form takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Editor {
    Line,
    Notes,
    Single,
    Multiple,
    Checkbox,
    Rating,
}

/// Everything on the form for the current attendee.
#[derive(Debug, Clone)]
pub struct FormState {
    shape: FormShape,
    mode: BoothMode,
    focus: Focus,
    contact: [Input; 7],
    answers: Vec<AnswerState>,
    consents: Vec<bool>,
    /// When each ticked box was ticked (the consent record's tick time).
    ticked_at: Vec<Option<DateTime<Utc>>>,
    /// How this attendee's details came in, in order.
    entry: Vec<Entry>,
    /// What of the notice this attendee was shown.
    notice: NoticeShown,
    rating: Option<Rating>,
    notes: TextArea<'static>,
    /// Messages of the last refused save, beside their fields.
    errors: Vec<(Focus, String)>,
    /// Checks of what was typed, said beside the field once focus leaves it
    /// (a phone number that will be kept as typed), before any save.
    warnings: Vec<(Focus, String)>,
    /// The event's country: a national phone number is checked against it.
    default_country: Option<String>,
    /// What badge scans put on the form (see `form/prefill.rs`).
    badge: Option<prefill::BadgeFill>,
    theme: Theme,
    /// The language the attendee reads the form in: for this attendee only
    /// ([`FormState::clear`] goes back to `home_language`).
    lang: Language,
    /// The language a fresh form starts in (the event's).
    home_language: Language,
    /// Purposes whose tick a language switch cleared and that are not ticked
    /// again since: each switch asks for them again, not only the one that
    /// cleared them (two quick presses said nothing of them).
    to_tick_again: Vec<usize>,
    /// First form row on screen at the last draw, so the focused field stays
    /// visible without the form jumping (see [`Viewport::Form`]).
    scroll: u16,
}

impl FormState {
    /// A fresh form for `event`: empty fields, every box unticked, first name
    /// focused, in the event's language.
    pub fn new(event: &Event, mode: BoothMode, theme: Theme) -> Self {
        Self::in_language(event, mode, theme, event.default_language())
    }

    /// A fresh form in `lang` (and back to `lang` for each next attendee).
    pub fn in_language(event: &Event, mode: BoothMode, theme: Theme, lang: Language) -> Self {
        let answers = event
            .questions
            .iter()
            .map(|q| match q.kind {
                QuestionKind::Text => AnswerState::Text(Input::default()),
                QuestionKind::Single => AnswerState::Single(None),
                QuestionKind::Multiple => AnswerState::Multiple {
                    ticked: vec![false; q.choices.len()],
                    cursor: 0,
                },
            })
            .collect();
        let mut form = FormState {
            shape: FormShape::of(event, mode),
            mode,
            focus: Focus::FIRST,
            contact: Default::default(),
            answers,
            consents: vec![false; event.purposes.len()],
            ticked_at: vec![None; event.purposes.len()],
            entry: Vec::new(),
            notice: NoticeShown::default(),
            rating: None,
            notes: new_notes(&theme),
            errors: Vec::new(),
            warnings: Vec::new(),
            default_country: event.default_country.clone().filter(|c| !c.is_empty()),
            badge: None,
            theme,
            lang,
            home_language: lang,
            to_tick_again: Vec::new(),
            scroll: 0,
        };
        form.set_focus(Focus::FIRST);
        form
    }

    /// Which part has focus.
    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// The form's focus order.
    pub fn shape(&self) -> FormShape {
        self.shape
    }

    /// Moves focus (also shows or hides the notes' own cursor).
    pub fn set_focus(&mut self, focus: Focus) {
        let left = self.focus;
        self.focus = focus;
        if left != focus
            && matches!(
                left,
                Focus::Contact(ContactField::Phone | ContactField::Country)
            )
        {
            self.check_phone();
        }
        let cursor = if focus == Focus::Notes {
            self.theme.choice_cursor
        } else {
            Style::new()
        };
        self.notes.set_cursor_style(cursor);
    }

    fn editor(&self) -> Editor {
        match self.focus {
            Focus::Contact(_) => Editor::Line,
            Focus::Question(i) => match self.answers[i] {
                AnswerState::Text(_) => Editor::Line,
                AnswerState::Single(_) => Editor::Single,
                AnswerState::Multiple { .. } => Editor::Multiple,
            },
            Focus::Consent(_) => Editor::Checkbox,
            Focus::Rating => Editor::Rating,
            Focus::Notes => Editor::Notes,
        }
    }

    /// Whether a text field has focus (then `?` is typed, not a shortcut).
    pub fn text_has_focus(&self) -> bool {
        matches!(self.editor(), Editor::Line | Editor::Notes)
    }

    /// The keys the form takes where focus is now, most useful first. Keys not
    /// listed go to the focused text field. (Quitting and the lead list are the
    /// app's: they depend on the booth mode, not on the form.)
    pub fn bindings(&self) -> Vec<Binding> {
        use KeyCode::*;
        let editor = self.editor();
        let hl = self.hint_language();
        let mut b = Vec::new();
        match editor {
            Editor::Checkbox => b.push(Binding::shown(
                KeyCombo::char(' '),
                Action::Toggle,
                keys::space(hl),
                i18n::text(hl, msg::HINT_TICK),
            )),
            Editor::Multiple => {
                b.push(Binding::shown(
                    KeyCombo::char(' '),
                    Action::Toggle,
                    keys::space(hl),
                    i18n::text(hl, msg::HINT_TICK),
                ));
                b.push(Binding::shown(
                    KeyCombo::plain(Up),
                    Action::Move(Step::Up),
                    keys::UP_DOWN,
                    i18n::text(hl, msg::HINT_MOVE),
                ));
                b.push(Binding::new(
                    KeyCombo::plain(Down),
                    Action::Move(Step::Down),
                ));
                b.push(Binding::new(KeyCombo::plain(Left), Action::Move(Step::Up)));
                b.push(Binding::new(
                    KeyCombo::plain(Right),
                    Action::Move(Step::Down),
                ));
            }
            Editor::Single | Editor::Rating => {
                b.push(Binding::shown(
                    KeyCombo::plain(Right),
                    Action::Choose(1),
                    keys::LEFT_RIGHT,
                    i18n::text(hl, msg::HINT_CHOOSE),
                ));
                b.push(Binding::new(KeyCombo::plain(Left), Action::Choose(-1)));
                b.push(Binding::new(KeyCombo::char(' '), Action::Choose(1)));
            }
            Editor::Notes => b.push(Binding::shown(
                KeyCombo::plain(Enter),
                Action::Edit(KeyEvent::from(Enter)),
                keys::ENTER,
                i18n::text(hl, msg::HINT_NEWLINE),
            )),
            Editor::Line => {}
        }
        b.push(
            Binding::shown(
                KeyCombo::ctrl('s'),
                Action::Save,
                keys::CTRL_S,
                i18n::text(hl, msg::HINT_SAVE),
            )
            .kept(),
        );
        b.push(Binding::shown(
            KeyCombo::plain(Tab),
            Action::NextField,
            keys::TABS,
            i18n::text(hl, msg::HINT_FIELDS),
        ));
        b.push(Binding::new(KeyCombo::plain(BackTab), Action::PrevField));
        // Jump keys (named beside the form's headings and in the README).
        b.extend(
            JUMPS
                .iter()
                .map(|&(c, section)| Binding::new(KeyCombo::alt(c), Action::Jump(section))),
        );
        if editor != Editor::Notes {
            b.push(Binding::new(KeyCombo::plain(Enter), Action::NextField));
        }
        if !matches!(editor, Editor::Notes | Editor::Multiple) {
            b.push(Binding::new(KeyCombo::plain(Down), Action::NextField));
            b.push(Binding::new(KeyCombo::plain(Up), Action::PrevField));
        }
        let policy = Binding::shown(
            KeyCombo::plain(F(1)),
            Action::OpenPolicy,
            keys::F1,
            i18n::text(hl, msg::HINT_POLICY),
        );
        // At the kiosk the attendee must find the policy whatever the
        // language's words cost the bar.
        b.push(match self.mode {
            BoothMode::Kiosk => policy.kept(),
            BoothMode::Staff => policy,
        });
        if !self.text_has_focus() {
            b.push(Binding::new(KeyCombo::char('?'), Action::OpenPolicy));
        }
        b.push(Binding::shown(
            KeyCombo::plain(Esc),
            Action::Back,
            keys::ESC,
            i18n::text(hl, msg::HINT_CLEAR),
        ));
        b
    }

    /// A jump key: focus the part of the form `section` names, when the form
    /// has it (no rating or notes in kiosk mode, no questions in some events).
    pub fn jump(&mut self, section: Section) {
        let to = match section {
            Section::Name => Focus::Contact(ContactField::FirstName),
            Section::Email => Focus::Contact(ContactField::Email),
            Section::Company => Focus::Contact(ContactField::Company),
            Section::Phone => Focus::Contact(ContactField::Phone),
            Section::Questions if self.shape.questions > 0 => Focus::Question(0),
            Section::Consents if self.shape.purposes > 0 => Focus::Consent(0),
            Section::Rating if self.shape.staff_fields => Focus::Rating,
            Section::Notes if self.shape.staff_fields => Focus::Notes,
            _ => return,
        };
        self.set_focus(to);
    }

    /// Tab: the next field, wrapping.
    pub fn next_field(&mut self) {
        self.set_focus(self.focus.next(&self.shape));
    }

    /// Shift-Tab: the previous field, wrapping.
    pub fn prev_field(&mut self) {
        self.set_focus(self.focus.prev(&self.shape));
    }

    /// Space on a checkbox or multiple-choice question; `now` is recorded as a
    /// consent's tick time.
    pub fn toggle(&mut self, now: DateTime<Utc>) {
        match self.focus {
            Focus::Consent(i) => self.set_consent(i, !self.consents[i], now),
            Focus::Question(i) => match &mut self.answers[i] {
                AnswerState::Multiple { ticked, cursor } => ticked[*cursor] = !ticked[*cursor],
                _ => return,
            },
            _ => return,
        }
        self.clear_error();
    }

    /// Left/Right/Space on a single choice or the rating: cycles through "none"
    /// and the choices.
    pub fn choose(&mut self, delta: isize, event: &Event) {
        let cycle = |current: Option<usize>, n: usize| -> Option<usize> {
            // Positions 0..=n: 0 is "none", k is choice k-1.
            let pos = current.map_or(0, |c| c + 1) as isize;
            let next = (pos + delta).rem_euclid(n as isize + 1) as usize;
            next.checked_sub(1)
        };
        match self.focus {
            Focus::Question(i) => {
                if let AnswerState::Single(sel) = &mut self.answers[i] {
                    *sel = cycle(*sel, event.questions[i].choices.len());
                }
            }
            Focus::Rating => {
                let current = self
                    .rating
                    .and_then(|r| Rating::ALL.iter().position(|x| *x == r));
                self.rating = cycle(current, Rating::ALL.len()).map(|k| Rating::ALL[k]);
            }
            _ => return,
        }
        self.clear_error();
    }

    /// Arrows inside a multiple-choice question: move the highlight; past either
    /// end, to the neighbouring field.
    pub fn move_within(&mut self, dir: Step) {
        let Focus::Question(i) = self.focus else {
            return;
        };
        let AnswerState::Multiple { ticked, cursor } = &mut self.answers[i] else {
            return;
        };
        let last = ticked.len().saturating_sub(1);
        match dir {
            Step::Up if *cursor > 0 => *cursor -= 1,
            Step::Down if *cursor < last => *cursor += 1,
            Step::Up => self.prev_field(),
            Step::Down => self.next_field(),
            _ => {}
        }
    }

    /// The focused text field's name (as messages say it) and its character
    /// limit ([`crate::limits`]); `None` when no text field has the focus.
    fn focus_limit(&self) -> Option<(&'static str, usize)> {
        let lang = self.says_in();
        match self.focus {
            Focus::Contact(f) => Some((f.label(lang), crate::limits::FIELD_CHARS)),
            Focus::Question(i) if matches!(self.answers[i], AnswerState::Text(_)) => {
                Some((i18n::text(lang, msg::ANSWER), crate::limits::FIELD_CHARS))
            }
            Focus::Notes => Some((strings::notes(), crate::limits::NOTES_CHARS)),
            _ => None,
        }
    }

    /// Characters in the focused text field.
    fn focus_chars(&mut self) -> usize {
        if self.focus == Focus::Notes {
            // The line breaks count as characters too.
            let lines = self.notes.lines();
            lines.iter().map(|l| l.chars().count()).sum::<usize>() + lines.len().saturating_sub(1)
        } else {
            self.focus_input().map_or(0, |i| i.value().chars().count())
        }
    }

    /// A key the bindings did not take: typed into the focused text field. A
    /// character that would take the field past its limit is not inserted;
    /// the message says why.
    pub fn edit(&mut self, key: KeyEvent) -> Option<String> {
        let inserts = matches!(key.code, KeyCode::Char(_))
            || self.focus == Focus::Notes && key.code == KeyCode::Enter;
        if inserts
            && let Some((label, max)) = self.focus_limit()
            && self.focus_chars() >= max
        {
            return Some(i18n::format(
                self.says_in(),
                msg::FIELD_FULL,
                [("field", i18n::arg(label)), ("max", i18n::num(max as u64))],
            ));
        }
        let changed = if self.focus == Focus::Notes {
            // Control characters never reach a field from the keyboard.
            !matches!(key.code, KeyCode::Char(c) if c.is_control()) && self.notes.input(key)
        } else if let Some(input) = self.focus_input() {
            match to_input_request(&TermEvent::Key(key)) {
                Some(InputRequest::InsertChar(c)) if c.is_control() => false,
                Some(req) => input.handle(req).is_some_and(|s| s.value),
                None => false,
            }
        } else {
            false
        };
        if changed {
            self.clear_error();
            self.badge_edited();
            self.note_entry(Entry::Typed);
        }
        None
    }

    /// Records how this attendee's details came in (each way once, in order).
    pub fn note_entry(&mut self, entry: Entry) {
        if !self.entry.contains(&entry) {
            self.entry.push(entry);
        }
    }

    /// How this attendee's details came in.
    pub fn entries(&self) -> &[Entry] {
        &self.entry
    }

    /// The full policy was opened for this attendee.
    pub fn note_policy_opened(&mut self) {
        self.notice.policy_opened = true;
    }

    /// The QR code to the policy was on screen for this attendee.
    pub fn note_qr_shown(&mut self) {
        self.notice.qr_shown = true;
    }

    /// What of the notice this attendee was shown.
    pub fn notice(&self) -> NoticeShown {
        self.notice
    }

    /// Whether the form holds a person's identity: a name, an email or a
    /// scanned registration ID.
    pub fn identifies_someone(&self) -> bool {
        [
            ContactField::FirstName,
            ContactField::LastName,
            ContactField::Email,
        ]
        .iter()
        .any(|f| !self.contact[f.index()].value().trim().is_empty())
            || self.badge_id().is_some()
    }

    /// Bracketed paste into the focused text field.
    ///
    /// Line breaks become spaces in a single-line field (a name or address copied
    /// with its line end should not be refused) and stay line breaks in the notes;
    /// tabs become spaces. Any other control character (ESC, NUL, C1 ...) refuses
    /// the whole paste with a message: it is never inserted, and never silently
    /// dropped. Returns the message.
    ///
    /// A paste that would take the field past its limit ([`crate::limits`]) is
    /// refused whole, naming the field and the limit; one larger than
    /// [`crate::limits::PASTE_BYTES`] is refused before it is looked at. What
    /// is taken is inserted at once (the cost is linear in its size).
    pub fn paste(&mut self, text: &str) -> Result<(), String> {
        let Some((label, max)) = self.focus_limit() else {
            return Ok(());
        };
        if text.len() > crate::limits::PASTE_BYTES {
            return Err(i18n::format(
                self.says_in(),
                msg::PASTE_FAR_TOO_LONG,
                [("field", i18n::arg(label)), ("max", i18n::num(max as u64))],
            ));
        }
        if let Some(c) = text
            .chars()
            .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            let code = format!("{:04X}", u32::from(c));
            return Err(i18n::format(
                self.says_in(),
                msg::PASTE_REFUSED,
                [("code", i18n::arg(&code))],
            ));
        }
        let text = text.replace("\r\n", "\n").replace(['\r'], "\n");
        let text = text.replace('\t', " ");
        let current = self.focus_chars();
        if let Some(input) = self.focus_input() {
            let line = text.trim_end_matches('\n').replace('\n', " ");
            if let Err(total) = crate::limits::fits(current, &line, max) {
                return Err(self.paste_too_long(label, total, max));
            }
            let value = input.value();
            let cursor = input.cursor();
            let at = value
                .char_indices()
                .nth(cursor)
                .map_or(value.len(), |(i, _)| i);
            let joined = format!("{}{line}{}", &value[..at], &value[at..]);
            *input = Input::new(joined).with_cursor(cursor + line.chars().count());
        } else if self.focus == Focus::Notes {
            if let Err(total) = crate::limits::fits(current, &text, max) {
                return Err(self.paste_too_long(label, total, max));
            }
            self.notes.insert_str(&text);
        } else {
            return Ok(());
        }
        self.clear_error();
        self.badge_edited();
        self.note_entry(Entry::Typed);
        Ok(())
    }

    fn paste_too_long(&self, field: &str, total: usize, max: usize) -> String {
        i18n::format(
            self.says_in(),
            msg::PASTE_TOO_LONG,
            [
                ("field", i18n::arg(field)),
                ("total", i18n::num(total as u64)),
                ("max", i18n::num(max as u64)),
            ],
        )
    }

    fn focus_input(&mut self) -> Option<&mut Input> {
        match self.focus {
            Focus::Contact(f) => Some(&mut self.contact[f.index()]),
            Focus::Question(i) => match &mut self.answers[i] {
                AnswerState::Text(input) => Some(input),
                _ => None,
            },
            _ => None,
        }
    }

    fn clear_error(&mut self) {
        let focus = self.focus;
        self.errors.retain(|(f, _)| *f != focus);
        self.warnings.retain(|(f, _)| *f != focus);
    }

    /// Says beside the phone field, before the save, that the number will be
    /// kept as typed, naming the country it was checked against (the lead
    /// rules' own check, [`crate::lead::check_contact`]).
    fn check_phone(&mut self) {
        let phone = Focus::Contact(ContactField::Phone);
        self.warnings.retain(|(f, _)| *f != phone);
        let contact = Contact {
            phone: self.contact[ContactField::Phone.index()].value().to_owned(),
            country: self.contact[ContactField::Country.index()]
                .value()
                .to_owned(),
            ..Default::default()
        };
        let (_, _, warnings) =
            crate::lead::check_contact(&contact, self.default_country.as_deref());
        for w in warnings.iter().filter(|w| w.field == Field::Phone) {
            let text = i18n::format(
                self.lang,
                msg::CHECK_FIELD,
                [
                    ("field", i18n::arg(ContactField::Phone.label(self.lang))),
                    ("message", i18n::arg(&w.message_in(self.lang))),
                ],
            );
            self.warnings.push((phone, text));
        }
    }

    /// The check said beside `focus` before the save, if any.
    pub fn warning(&self, focus: Focus) -> Option<&str> {
        self.warnings
            .iter()
            .find(|(f, _)| *f == focus)
            .map(|(_, m)| m.as_str())
    }

    /// The lead as entered, for [`crate::lead::build_lead`].
    pub fn draft(&self, event: &Event) -> LeadDraft {
        let value = |f: ContactField| self.contact[f.index()].value().to_owned();
        let answers = event
            .questions
            .iter()
            .zip(&self.answers)
            .filter_map(|(q, a)| {
                let answer = match a {
                    AnswerState::Text(input) if !input.value().trim().is_empty() => {
                        Answer::One(input.value().to_owned())
                    }
                    AnswerState::Single(Some(i)) => Answer::One(q.choices[*i].clone()),
                    AnswerState::Multiple { ticked, .. } if ticked.contains(&true) => Answer::Many(
                        q.choices
                            .iter()
                            .zip(ticked)
                            .filter(|(_, t)| **t)
                            .map(|(c, _)| c.clone())
                            .collect(),
                    ),
                    _ => return None,
                };
                Some((q.id.clone(), answer))
            })
            .collect();
        LeadDraft {
            contact: Contact {
                first_name: value(ContactField::FirstName),
                last_name: value(ContactField::LastName),
                email: value(ContactField::Email),
                company: value(ContactField::Company),
                job_title: value(ContactField::JobTitle),
                phone: value(ContactField::Phone),
                country: value(ContactField::Country),
            },
            notes: if self.shape.staff_fields {
                self.notes.lines().join("\n")
            } else {
                String::new()
            },
            rating: self.rating.filter(|_| self.shape.staff_fields),
            answers,
            badge_id: self.badge_id(),
            consents: event
                .purposes
                .iter()
                .zip(self.consents.iter().zip(&self.ticked_at))
                .map(|(p, (ticked, at))| match at {
                    Some(at) if *ticked => ConsentDecision::ticked(&p.id, *at),
                    _ => ConsentDecision::new(&p.id, *ticked),
                })
                .collect(),
            entry: self.entry.clone(),
            notice: self.notice,
            language: Some(self.lang),
        }
    }

    /// True when nothing has been typed, chosen, ticked or scanned.
    pub fn is_blank(&self) -> bool {
        self.contact.iter().all(|i| i.value().is_empty())
            && self.answers.iter().all(|a| match a {
                AnswerState::Text(i) => i.value().is_empty(),
                AnswerState::Single(sel) => sel.is_none(),
                AnswerState::Multiple { ticked, .. } => !ticked.contains(&true),
            })
            && !self.consents.contains(&true)
            && self.rating.is_none()
            && self.notes.is_empty()
            && self.badge.is_none()
    }

    /// Shows a refused save's messages beside their fields and focuses the first
    /// of them in form order. Returns the messages that belong to no field on the
    /// form (they go to the status line).
    pub fn show_errors(&mut self, errors: &LeadErrors, event: &Event) -> Vec<String> {
        self.errors.clear();
        let mut elsewhere = Vec::new();
        for e in &errors.0 {
            match self.focus_of(&e.field, event) {
                // Beside the field: the form's language, as its labels.
                Some(f) => self.errors.push((f, e.message_in(self.lang))),
                // On the status line: the staff's.
                None => elsewhere.push(strings::other_problem(
                    &e.field.to_string(),
                    &e.message_in(i18n::staff()),
                )),
            }
        }
        if let Some(first) = self
            .errors
            .iter()
            .map(|(f, _)| *f)
            .min_by_key(|f| self.shape.index(*f))
        {
            self.set_focus(first);
        }
        elsewhere
    }

    fn focus_of(&self, field: &Field, event: &Event) -> Option<Focus> {
        match field {
            Field::Answer(id) => event
                .questions
                .iter()
                .position(|q| &q.id == id)
                .map(Focus::Question),
            Field::Consent(id) => event
                .purposes
                .iter()
                .position(|p| &p.id == id)
                .map(Focus::Consent),
            Field::Notes if self.shape.staff_fields => Some(Focus::Notes),
            other => ContactField::ALL
                .into_iter()
                .find(|f| &f.field() == other)
                .map(Focus::Contact),
        }
    }

    /// The message beside `focus`, if the last save was refused because of it.
    pub fn error(&self, focus: Focus) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| *f == focus)
            .map(|(_, m)| m.as_str())
    }

    /// The language of what the form says on the status line: the staff's on
    /// the staff form (README, "Which language where": messages to the staff
    /// are in the staff language), the attendee's at the kiosk, where the
    /// attendee is the one who reads it. What sits beside a field stays in the
    /// form's language, as its labels.
    fn says_in(&self) -> Language {
        if self.shape.staff_fields {
            i18n::staff()
        } else {
            self.lang
        }
    }

    /// "Not saved: fix the 2 marked fields." in the status line's language
    /// ([`FormState::says_in`]).
    pub fn not_saved(&self) -> String {
        i18n::format(
            self.says_in(),
            msg::NOT_SAVED,
            [("count", i18n::num(self.errors.len() as u64))],
        )
    }

    /// How many fields carry a message.
    pub fn error_count(&self) -> usize {
        self.errors.len()
    }

    /// Empties the form for the next attendee: every field blank, every box
    /// unticked, focus on the first name.
    /// The language goes back to the event's: the next attendee chooses anew.
    pub fn clear(&mut self, event: &Event) {
        *self = FormState::in_language(event, self.mode, self.theme, self.home_language);
    }

    /// The language the attendee reads the form in.
    pub fn language(&self) -> Language {
        self.lang
    }

    /// The attendee chose `lang`. What was typed and answered stays; a consent
    /// ticked under the other language's wording is not taken as given under
    /// this one: its tick is cleared, and the purposes (by index) are returned
    /// so the attendee is told to tick them again.
    pub fn set_language(&mut self, lang: Language) -> Vec<usize> {
        self.change_language(lang, |_| true)
    }

    /// The attendee chose `lang` on `event`'s form, as [`FormState::set_language`],
    /// except that a tick whose wording is the same in both languages (a
    /// purpose the event words only in its default language) stays: the
    /// attendee agreed to the very text still shown.
    ///
    /// The policy shown is this language's: where its document or the URL
    /// its QR code points at differ from the old language's, what of the
    /// notice was shown is forgotten (the policy a lead cites is the one of
    /// the language it is saved in, and that one was not opened yet).
    pub fn switch_language(&mut self, lang: Language, event: &Event) -> Vec<usize> {
        let old = self.lang;
        if lang != old
            && (event.policy_in(old).sha256 != event.policy_in(lang).sha256
                || event.policy_url(old) != event.policy_url(lang))
        {
            self.notice = NoticeShown::default();
        }
        self.change_language(lang, |i| {
            i >= event.purposes.len()
                || event.purpose_label(i, old).text != event.purpose_label(i, lang).text
        })
    }

    fn change_language(&mut self, lang: Language, reworded: impl Fn(usize) -> bool) -> Vec<usize> {
        if lang == self.lang {
            return Vec::new();
        }
        self.lang = lang;
        let cleared: Vec<usize> = (0..self.consents.len())
            .filter(|i| self.consents[*i] && reworded(*i))
            .collect();
        for i in &cleared {
            self.consents[*i] = false;
            self.ticked_at[*i] = None;
            if !self.to_tick_again.contains(i) {
                self.to_tick_again.push(*i);
            }
        }
        self.to_tick_again.sort_unstable();
        // Messages beside fields were in the other language; the next save
        // says them again in this one.
        self.errors.clear();
        self.check_phone();
        cleared
    }

    /// The purposes (by index, in the form's order) whose tick a language
    /// switch cleared and that the attendee has not ticked again: what the
    /// language line asks for again after every switch.
    pub fn ticks_to_give_again(&self) -> &[usize] {
        &self.to_tick_again
    }

    /// The language of the marks beside a field (`◆ badge`): as the hints,
    /// the attendee's at the kiosk, the staff's on the staff form.
    pub fn marks_language(&self) -> Language {
        self.hint_language()
    }

    /// The language hints are in: the attendee's at the kiosk; the staff
    /// side's on the staff form (staff press the keys there).
    fn hint_language(&self) -> Language {
        match self.mode {
            BoothMode::Kiosk => self.lang,
            BoothMode::Staff => i18n::staff(),
        }
    }

    /// The text in contact field `f`.
    pub fn contact(&self, f: ContactField) -> &Input {
        &self.contact[f.index()]
    }

    /// The state of question `i`'s answer.
    pub fn answer(&self, i: usize) -> &AnswerState {
        &self.answers[i]
    }

    /// Whether purpose `i` is ticked.
    pub fn consent(&self, i: usize) -> bool {
        self.consents[i]
    }

    /// The rating.
    pub fn rating(&self) -> Option<Rating> {
        self.rating
    }

    /// The notes editor.
    pub fn notes(&self) -> &TextArea<'static> {
        &self.notes
    }

    /// The first form row shown at the last draw.
    pub fn scroll(&self) -> u16 {
        self.scroll
    }

    /// What the last frame showed (see [`Viewport`]).
    pub fn laid_out(&mut self, viewport: Viewport) {
        if let Viewport::Form { scroll } = viewport {
            self.scroll = scroll;
        }
    }

    pub(super) fn theme(&self) -> &Theme {
        &self.theme
    }

    /// Draws from now on in `theme` (the contrast key); what was typed stays.
    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = theme;
        self.notes.set_placeholder_style(theme.placeholder);
        self.notes.set_style(theme.text);
        self.notes.set_block(
            Block::bordered()
                .border_type(BorderType::Rounded)
                .border_style(theme.border),
        );
    }
}

fn new_notes(theme: &Theme) -> TextArea<'static> {
    let mut t = TextArea::default();
    t.set_wrap_mode(WrapMode::WordOrGlyph);
    t.set_cursor_line_style(Style::new());
    t.set_placeholder_text(strings::notes_placeholder());
    t.set_placeholder_style(theme.placeholder);
    t.set_style(theme.text);
    t.set_block(
        Block::bordered()
            .border_type(BorderType::Rounded)
            .border_style(theme.border),
    );
    t
}

/// Putting a recovered draft back (see `tui::draft`).
impl FormState {
    /// Sets contact field `f` to `text`, cursor at its end.
    pub fn set_contact(&mut self, f: ContactField, text: &str) {
        self.contact[f.index()] = Input::new(text.to_owned());
    }

    /// Sets question `i`'s answer; ignored if `answer` is of another kind.
    pub fn set_answer(&mut self, i: usize, answer: AnswerState) {
        if let Some(a) = self.answers.get_mut(i)
            && std::mem::discriminant(a) == std::mem::discriminant(&answer)
        {
            *a = answer;
        }
    }

    /// Ticks or unticks purpose `i` (Space on its box), when: a tick given
    /// again is no longer asked for after a language switch.
    pub fn set_consent(&mut self, i: usize, ticked: bool, now: DateTime<Utc>) {
        if let Some(c) = self.consents.get_mut(i) {
            *c = ticked;
            self.ticked_at[i] = ticked.then_some(now);
            if ticked {
                self.to_tick_again.retain(|j| *j != i);
            }
        }
    }

    /// The number of ticked boxes.
    pub fn ticked_count(&self) -> usize {
        self.consents.iter().filter(|t| **t).count()
    }

    /// Sets the rating (staff mode only).
    pub fn set_rating(&mut self, rating: Option<Rating>) {
        self.rating = rating.filter(|_| self.shape.staff_fields);
    }

    /// Sets the notes (staff mode only), lines split at `\n`.
    pub fn set_notes(&mut self, text: &str) {
        if self.shape.staff_fields {
            self.notes = new_notes(&self.theme);
            self.notes.insert_str(text);
            self.set_focus(self.focus);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(questions: usize, purposes: usize, staff_fields: bool) -> FormShape {
        FormShape {
            questions,
            purposes,
            staff_fields,
        }
    }

    #[test]
    fn tab_order_walks_contact_questions_consents_then_staff_fields() {
        let s = shape(2, 3, true);
        let mut order = vec![Focus::FIRST];
        loop {
            let next = order.last().unwrap().next(&s);
            if next == Focus::FIRST {
                break;
            }
            order.push(next);
        }
        let mut expected: Vec<Focus> = ContactField::ALL.map(Focus::Contact).to_vec();
        expected.extend([
            Focus::Question(0),
            Focus::Question(1),
            Focus::Consent(0),
            Focus::Consent(1),
            Focus::Consent(2),
            Focus::Rating,
            Focus::Notes,
        ]);
        assert_eq!(order, expected);
        assert_eq!(s.len(), expected.len());
    }

    #[test]
    fn next_and_prev_wrap_both_ways_and_are_inverse() {
        for s in [
            shape(0, 1, false),
            shape(3, 7, true),
            shape(0, 1, true),
            shape(5, 2, false),
        ] {
            let last = s.at(s.len() - 1);
            assert_eq!(last.next(&s), Focus::FIRST, "{s:?}");
            assert_eq!(Focus::FIRST.prev(&s), last, "{s:?}");
            for i in 0..s.len() {
                let f = s.at(i);
                assert_eq!(s.index(f), i);
                assert_eq!(f.next(&s).prev(&s), f);
                assert_eq!(f.prev(&s).next(&s), f);
            }
        }
    }

    #[test]
    fn kiosk_shape_has_no_rating_or_notes() {
        let s = shape(1, 2, false);
        assert_eq!(s.at(s.len() - 1), Focus::Consent(1));
        assert_eq!(Focus::Consent(1).next(&s), Focus::FIRST);
        assert_eq!(shape(0, 1, false).at(7), Focus::Consent(0));
    }

    #[test]
    fn demo_event_order_ends_with_last_purpose_then_rating_and_notes() {
        let e = Event::demo();
        let s = FormShape::of(&e, BoothMode::Staff);
        assert_eq!(s.len(), 7 + e.questions.len() + e.purposes.len() + 2);
        assert_eq!(Focus::Rating.prev(&s), Focus::Consent(e.purposes.len() - 1));
        assert_eq!(
            Focus::Contact(ContactField::Country).next(&s),
            Focus::Question(0)
        );
    }

    #[test]
    fn choose_cycles_through_none_and_every_choice() {
        let e = Event::demo();
        let mut f = FormState::new(&e, BoothMode::Staff, Theme::monochrome());
        f.set_focus(Focus::Rating);
        let mut seen = Vec::new();
        for _ in 0..5 {
            f.choose(1, &e);
            seen.push(f.rating());
        }
        assert_eq!(
            seen,
            [
                Some(Rating::Hot),
                Some(Rating::Warm),
                Some(Rating::Cold),
                None,
                Some(Rating::Hot)
            ]
        );
        f.choose(-1, &e);
        assert_eq!(f.rating(), None);
        f.choose(-1, &e);
        assert_eq!(f.rating(), Some(Rating::Cold));
    }

    #[test]
    fn paste_turns_line_breaks_into_spaces_and_refuses_other_controls() {
        let e = Event::demo();
        let mut f = FormState::new(&e, BoothMode::Staff, Theme::monochrome());
        f.paste("Zoë\r\nAnn\tMarie\n").unwrap();
        assert_eq!(f.contact(ContactField::FirstName).value(), "Zoë Ann Marie");
        let err = f.paste("x\u{1b}[31m").unwrap_err();
        assert!(err.contains("U+001B"), "{err}");
        assert_eq!(f.contact(ContactField::FirstName).value(), "Zoë Ann Marie");
        f.set_focus(Focus::Notes);
        f.paste("one\r\ntwo").unwrap();
        assert_eq!(f.notes().lines(), ["one", "two"]);
    }
}
