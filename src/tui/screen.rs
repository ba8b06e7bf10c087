//! The screen on show. Each variant owns the state of its screen, so a screen's
//! state exists exactly while it is on show: drawing and key handling match on
//! the variant and never ask whether the state is there. The capture form is
//! the exception: it outlives trips to the policy, the lead list and the export
//! screen, so the [`App`](super::App) keeps it.

use super::export::ExportScreen;
use super::leads::LeadList;
use super::policy::PolicyView;
use super::scanner_check::ScannerCheck;
use super::staff::StaffPicker;
use super::stats::StatsScreen;

/// The screen on show, with its state.
#[derive(Debug)]
pub enum Screen {
    /// Choosing who captures.
    PickStaff(StaffPicker),
    /// The capture form (its state is the app's: see the module note).
    Form,
    /// The privacy policy.
    Policy(PolicyView),
    /// The lead list, a lead's details or its edit form.
    Leads(Box<LeadList>),
    /// Kiosk mode: waiting for the next attendee.
    Attract,
    /// Kiosk mode: thanks after a save.
    ThankYou,
    /// Writing a signed batch (F5, staff mode).
    Export(Box<ExportScreen>),
    /// The show's figures (F6, staff mode).
    Stats(Box<StatsScreen>),
    /// What the scanner types (F9, staff mode).
    ScannerCheck(Box<ScannerCheck>),
}

/// Which screen is on show, without its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenKind {
    /// [`Screen::PickStaff`].
    PickStaff,
    /// [`Screen::Form`].
    Form,
    /// [`Screen::Policy`].
    Policy,
    /// [`Screen::Leads`].
    Leads,
    /// [`Screen::Attract`].
    Attract,
    /// [`Screen::ThankYou`].
    ThankYou,
    /// [`Screen::Export`].
    Export,
    /// [`Screen::Stats`].
    Stats,
    /// [`Screen::ScannerCheck`].
    ScannerCheck,
}

impl Screen {
    /// Whether the attendee reads this screen (at the kiosk, its words are
    /// the attendee's language); the others are the staff's, in the staff
    /// language, kiosk or not.
    pub fn is_attendees(&self) -> bool {
        matches!(
            self,
            Screen::Form | Screen::Policy(_) | Screen::Attract | Screen::ThankYou
        )
    }

    /// Which screen this is.
    pub fn kind(&self) -> ScreenKind {
        match self {
            Screen::PickStaff(_) => ScreenKind::PickStaff,
            Screen::Form => ScreenKind::Form,
            Screen::Policy(_) => ScreenKind::Policy,
            Screen::Leads(_) => ScreenKind::Leads,
            Screen::Attract => ScreenKind::Attract,
            Screen::ThankYou => ScreenKind::ThankYou,
            Screen::Export(_) => ScreenKind::Export,
            Screen::Stats(_) => ScreenKind::Stats,
            Screen::ScannerCheck(_) => ScreenKind::ScannerCheck,
        }
    }

    /// The lead screens, when on show.
    pub fn leads(&self) -> Option<&LeadList> {
        match self {
            Screen::Leads(l) => Some(l),
            _ => None,
        }
    }

    /// The export screen is writing a batch: it cannot be left yet.
    pub fn export_running(&self) -> bool {
        matches!(self, Screen::Export(e) if e.running())
    }
}
