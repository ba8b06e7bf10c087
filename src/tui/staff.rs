//! The staff picker shown at start when the event lists staff and no `--staff`
//! was given: who is capturing is recorded with every lead.

use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{List, ListState, Paragraph};

use super::action::{Action, Step};
use super::keys::{Binding, KeyCombo};
use super::strings::{self, hints, keys};
use super::theme::Theme;
use super::wrap::wrap_str;
use crate::text::sanitize_line;

/// The picker's state: the event's staff names and the highlighted one.
#[derive(Debug, Clone)]
pub struct StaffPicker {
    names: Vec<String>,
    selected: usize,
}

impl StaffPicker {
    /// A picker over `names` (the event's staff list, never empty).
    pub fn new(names: Vec<String>) -> Self {
        StaffPicker { names, selected: 0 }
    }

    /// Keys of the picker.
    pub fn bindings() -> Vec<Binding> {
        vec![
            Binding::shown(
                KeyCombo::plain(KeyCode::Down),
                Action::Move(Step::Down),
                keys::UP_DOWN,
                hints::move_(),
            ),
            Binding::new(KeyCombo::plain(KeyCode::Up), Action::Move(Step::Up)),
            Binding::shown(
                KeyCombo::plain(KeyCode::Enter),
                Action::PickStaff,
                keys::ENTER,
                hints::pick(),
            ),
        ]
    }

    /// Moves the highlight.
    pub fn step(&mut self, step: Step) {
        let last = self.names.len().saturating_sub(1);
        self.selected = step.apply(self.selected, usize::MAX, last);
    }

    /// The highlighted name.
    pub fn selected(&self) -> &str {
        &self.names[self.selected]
    }

    /// Draws the picker in `area`.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        // The help wraps: French and Spanish say it in more than 80 columns.
        let mut header = vec![Line::styled(strings::pick_staff(), theme.heading)];
        header.extend(wrap_str(
            strings::pick_staff_help(),
            Style::new(),
            area.width,
            0,
        ));
        // A blank line under the header, as under the one-line help.
        let lines = u16::try_from(header.len()).unwrap_or(u16::MAX);
        let header_h = area.height.min(lines.saturating_add(1));
        frame.render_widget(
            Paragraph::new(header),
            Rect {
                height: header_h,
                ..area
            },
        );
        let list_area = Rect::new(
            area.x + 2.min(area.width),
            area.y + header_h,
            area.width.saturating_sub(2),
            area.height - header_h,
        );
        let list = List::new(self.names.iter().map(|n| sanitize_line(n).into_owned()))
            .highlight_style(theme.selected)
            .highlight_symbol("▶ ");
        let mut state = ListState::default().with_selected(Some(self.selected));
        frame.render_stateful_widget(list, list_area, &mut state);
    }
}
