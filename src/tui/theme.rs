//! The booth's styles: one palette with colours, a high-contrast one for people
//! who read a low-contrast screen badly (`--theme high-contrast`, or the event's
//! `[kiosk] theme`), and a monochrome one (`NO_COLOR`, `--no-color`) that uses
//! only the BOLD, REVERSED and UNDERLINED modifiers. No theme carries
//! information by colour alone: focus has its `▶`, ticks `[x]`, a field that
//! breaks a rule its `↑` message, "(required)" its word (see `form::view`).
//! The QR code is not themed: it always draws
//! black on white (see `qr_widget`).

use ratatui::style::{Color, Modifier, Style};

pub use crate::config::ThemeName;

impl ThemeName {
    /// The theme's styles; monochrome whatever the name when `no_color`
    /// (`NO_COLOR` asks for no colour at all).
    pub fn theme(self, no_color: bool) -> Theme {
        match (no_color, self) {
            (true, _) => Theme::monochrome(),
            (false, ThemeName::Color) => Theme::color(),
            (false, ThemeName::HighContrast) => Theme::high_contrast(),
        }
    }
}

/// Every style the screens use, by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Plain text.
    pub text: Style,
    /// The top status line (event, staff, count).
    pub status_bar: Style,
    /// Section headings and screen titles.
    pub heading: Style,
    /// Labels of fields that do not have focus.
    pub label: Style,
    /// The focused field's label and marker.
    pub focus: Style,
    /// The area of a single-line input.
    pub input: Style,
    /// Placeholder text in an empty field.
    pub placeholder: Style,
    /// The highlighted choice inside a focused choice field.
    pub choice_cursor: Style,
    /// The "(required)" marker.
    pub required: Style,
    /// A message beside a field that breaks a rule.
    pub error: Style,
    /// A confirmation ("Saved. ...").
    pub ok: Style,
    /// A warning ("Check phone: ...").
    pub warning: Style,
    /// A key name in the hint bar.
    pub key: Style,
    /// A key's description in the hint bar.
    pub key_desc: Style,
    /// The selected row of a table or list.
    pub selected: Style,
    /// Table headings.
    pub table_header: Style,
    /// Borders of boxes (notes, confirmation).
    pub border: Style,
}

impl Theme {
    /// The colour palette.
    pub fn color() -> Self {
        Theme {
            text: Style::new(),
            status_bar: Style::new().fg(Color::Black).bg(Color::Cyan),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            label: Style::new(),
            focus: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            input: Style::new().bg(Color::Indexed(236)),
            placeholder: Style::new().fg(Color::DarkGray),
            choice_cursor: Style::new().fg(Color::Black).bg(Color::Yellow),
            required: Style::new().fg(Color::Magenta),
            error: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            ok: Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
            warning: Style::new().fg(Color::Yellow),
            key: Style::new().fg(Color::Black).bg(Color::Gray),
            key_desc: Style::new(),
            selected: Style::new().fg(Color::Black).bg(Color::Cyan),
            table_header: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
        }
    }

    /// High contrast: white (and yellow for what needs attention) on black, in
    /// bold; focus, the choice under the cursor and the selected row reversed and
    /// underlined, so they stand out by more than a hue. No grey, no dim colour.
    pub fn high_contrast() -> Self {
        let on_black = |fg: Color| Style::new().fg(fg).bg(Color::Black);
        let bold = |fg: Color| on_black(fg).add_modifier(Modifier::BOLD);
        let marked = Style::new()
            .fg(Color::Black)
            .bg(Color::White)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        Theme {
            text: bold(Color::White),
            status_bar: marked,
            heading: bold(Color::White).add_modifier(Modifier::UNDERLINED),
            label: bold(Color::White),
            focus: bold(Color::LightYellow).add_modifier(Modifier::UNDERLINED),
            input: on_black(Color::White).add_modifier(Modifier::UNDERLINED),
            placeholder: on_black(Color::White),
            choice_cursor: marked,
            required: bold(Color::LightYellow),
            error: bold(Color::LightYellow).add_modifier(Modifier::UNDERLINED),
            ok: bold(Color::White),
            warning: bold(Color::LightYellow),
            key: marked,
            key_desc: bold(Color::White),
            selected: marked,
            table_header: bold(Color::White).add_modifier(Modifier::UNDERLINED),
            border: bold(Color::White),
        }
    }

    /// Monochrome: modifiers only, so it reads on any terminal and under `NO_COLOR`.
    pub fn monochrome() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        let underlined = Style::new().add_modifier(Modifier::UNDERLINED);
        Theme {
            text: Style::new(),
            status_bar: reversed,
            heading: bold,
            label: Style::new(),
            focus: bold.add_modifier(Modifier::REVERSED),
            input: underlined,
            placeholder: Style::new(),
            choice_cursor: reversed,
            required: bold,
            error: bold,
            ok: bold,
            warning: bold,
            key: reversed,
            key_desc: Style::new(),
            selected: reversed,
            table_header: bold.add_modifier(Modifier::UNDERLINED),
            border: Style::new(),
        }
    }

    /// Monochrome when `no_color`, else colours.
    pub fn new(no_color: bool) -> Self {
        if no_color {
            Self::monochrome()
        } else {
            Self::color()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every style a theme gives, for the checks that hold for all of them.
    fn every_style(t: &Theme) -> [Style; 17] {
        [
            t.text,
            t.status_bar,
            t.heading,
            t.label,
            t.focus,
            t.input,
            t.placeholder,
            t.choice_cursor,
            t.required,
            t.error,
            t.ok,
            t.warning,
            t.key,
            t.key_desc,
            t.selected,
            t.table_header,
            t.border,
        ]
    }

    #[test]
    fn high_contrast_is_white_and_yellow_on_black_and_marks_by_more_than_hue() {
        let t = Theme::high_contrast();
        for s in every_style(&t) {
            for c in [s.fg, s.bg].into_iter().flatten() {
                assert!(
                    matches!(c, Color::Black | Color::White | Color::LightYellow),
                    "{s:?}: no grey or dim colour in high contrast"
                );
            }
            assert_ne!(s.fg, s.bg, "{s:?}");
        }
        // What says "here" or "wrong" is also underlined or reversed, so it
        // shows on a screen whose colours the reader cannot tell apart.
        for s in [
            t.focus,
            t.choice_cursor,
            t.selected,
            t.error,
            t.key,
            t.status_bar,
        ] {
            assert!(
                s.add_modifier
                    .intersects(Modifier::UNDERLINED | Modifier::REVERSED),
                "{s:?}"
            );
        }
        assert_eq!(ThemeName::HighContrast.theme(false), t);
        assert_eq!(ThemeName::HighContrast.theme(true), Theme::monochrome());
        assert_eq!(ThemeName::Color.theme(false), Theme::color());
    }

    #[test]
    fn monochrome_uses_only_bold_reversed_underlined() {
        let t = Theme::monochrome();
        let allowed = Modifier::BOLD | Modifier::REVERSED | Modifier::UNDERLINED;
        for s in every_style(&t) {
            assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
            assert!(allowed.contains(s.add_modifier), "{s:?}");
        }
    }
}
