//! Who drives the booth ([`BoothMode`]) and who captures ([`Staffing`]): the
//! differences between staff and kiosk mode are asked of these types, not
//! scattered over the screens.

use crate::consent::ConsentMethod;
use crate::lead::Source;

/// Who drives the booth. The differences between staff and kiosk mode (the
/// attendee at the keyboard) are asked of this type, not scattered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoothMode {
    /// Staff type with the attendee present.
    Staff,
    /// The attendee types; no rating, notes, lead list or quitting without a PIN.
    Kiosk,
}

impl BoothMode {
    /// Rating and notes are on the form.
    pub fn has_staff_fields(self) -> bool {
        self == BoothMode::Staff
    }

    /// F2 opens the lead list.
    pub fn has_lead_list(self) -> bool {
        self == BoothMode::Staff
    }

    /// F6 opens the statistics screen (the next attendee must not read the
    /// show's figures in the kiosk).
    pub fn has_statistics(self) -> bool {
        self == BoothMode::Staff
    }

    /// Ctrl-Q quits (kiosk mode asks for the staff PIN instead).
    pub fn can_quit(self) -> bool {
        self == BoothMode::Staff
    }

    /// The lead's source.
    pub fn source(self) -> Source {
        match self {
            BoothMode::Staff => Source::Staff,
            BoothMode::Kiosk => Source::Kiosk,
        }
    }

    /// How consent is collected.
    pub fn method(self) -> ConsentMethod {
        match self {
            BoothMode::Staff => ConsentMethod::StaffAssisted,
            BoothMode::Kiosk => ConsentMethod::SelfService,
        }
    }
}

/// Who is capturing, as far as known at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Staffing {
    /// `--staff` or the OS user.
    Known(String),
    /// Ask with the picker: the event's staff list (not empty).
    Pick(Vec<String>),
}
