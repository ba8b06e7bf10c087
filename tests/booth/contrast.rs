//! The attendee side's high-contrast theme (issue 18): F7 on the kiosk's
//! start screen (named in its hint bar, in the attendee's language), the
//! event's `[kiosk] theme` and `--theme`; and no information carried by colour
//! alone: the same words and marks on screen in every theme.

use std::time::Duration;

use leadbooth::config::ThemeName;
use leadbooth::tui::BoothMode;
use leadbooth::tui::form::Focus;
use leadbooth::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

use crate::support::app::{PIN, TuiBooth, fixed_now};

fn kiosk(theme: Theme) -> TuiBooth {
    TuiBooth::options()
        .kiosk(Some(PIN))
        .theme(theme)
        .clock(fixed_now)
        .pace(Duration::from_millis(30))
        .tick_each()
        .open()
}

/// The screen's characters without their styles.
fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Whether the screen is drawn in the high-contrast palette: white text on
/// black (the colour palette leaves text in the terminal's own colours; the
/// QR code, black on white in every theme, does not count).
fn high_contrast(buf: &Buffer) -> bool {
    buf.content()
        .iter()
        .any(|c| c.symbol() != " " && c.fg == Color::White && c.bg == Color::Black)
}

#[test]
fn f7_on_the_start_screen_switches_high_contrast_on_and_off() {
    let mut k = kiosk(Theme::color());
    let screen = k.screen(80, 24);
    assert!(
        screen.contains("F7 contrast"),
        "the hint bar names it:\n{screen}"
    );
    assert!(!high_contrast(&k.buffer(80, 24)));
    k.press(KeyCode::F(7));
    assert_eq!(
        k.app.screen().kind(),
        leadbooth::tui::screen::ScreenKind::Attract,
        "F7 does not start the form"
    );
    assert!(high_contrast(&k.buffer(80, 24)));
    // The form the attendee then opens is high contrast too.
    k.press(KeyCode::Enter);
    let form = k.buffer(80, 24);
    assert!(
        form.content()
            .iter()
            .filter(|c| c.symbol() != " ")
            .all(|c| c.bg != Color::Reset || c.fg != Color::Reset),
        "every drawn character has the theme's colours: {:?}",
        form.content()
            .iter()
            .find(|c| c.symbol() != " " && c.bg == Color::Reset && c.fg == Color::Reset)
    );
    // In German the key keeps its place and says so in German.
    k.press(KeyCode::Esc);
    let mut k = kiosk(Theme::color());
    k.press(KeyCode::F(4));
    assert!(k.screen(80, 24).contains("F7 Kontrast"));
    k.press(KeyCode::F(7));
    assert!(high_contrast(&k.buffer(80, 24)));
    k.press(KeyCode::F(7));
    assert!(!high_contrast(&k.buffer(80, 24)), "pressed again: back");
}

#[test]
fn a_booth_started_in_high_contrast_goes_to_colour_and_back() {
    let mut k = kiosk(Theme::high_contrast());
    assert!(high_contrast(&k.buffer(80, 24)));
    k.press(KeyCode::F(7));
    assert!(!high_contrast(&k.buffer(80, 24)));
    k.press(KeyCode::F(7));
    assert!(high_contrast(&k.buffer(80, 24)));
}

#[test]
fn no_colour_means_no_colour_even_with_the_contrast_key() {
    let mut k = kiosk(Theme::monochrome());
    k.press(KeyCode::F(7));
    let buf = k.buffer(80, 24);
    assert!(!high_contrast(&buf), "NO_COLOR: the key changes nothing");
    assert!(
        buf.content()
            .iter()
            .filter(|c| (c.fg, c.bg) != (Color::Black, Color::White))
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "NO_COLOR: no cell coloured (the QR code aside): {:?}",
        buf.content()
            .iter()
            .filter(|c| (c.fg, c.bg) != (Color::Black, Color::White))
            .find(|c| c.fg != Color::Reset || c.bg != Color::Reset)
    );
}

#[test]
fn the_theme_comes_from_the_flag_then_the_kiosk_setting() {
    use leadbooth::tui::booth_theme;
    let hc = ThemeName::HighContrast;
    assert_eq!(booth_theme(None, hc, BoothMode::Kiosk), hc);
    assert_eq!(booth_theme(None, hc, BoothMode::Staff), ThemeName::Color);
    assert_eq!(
        booth_theme(Some(ThemeName::Color), hc, BoothMode::Kiosk),
        ThemeName::Color
    );
    assert_eq!(
        booth_theme(Some(hc), ThemeName::Color, BoothMode::Staff),
        hc
    );
}

/// The kiosk form after a refused save, one consent ticked, focus on another:
/// focus, ticks, "required" and the fields to fix, in `theme`.
fn refused_form(theme: Theme) -> String {
    let mut k = kiosk(theme);
    k.press(KeyCode::Enter);
    k.focus_on(Focus::Consent(1));
    k.press(KeyCode::Char(' '));
    k.ctrl('s');
    k.focus_on(Focus::Consent(2));
    text(&k.buffer(80, 24))
}

#[test]
fn no_information_is_carried_by_colour_alone() {
    let colour = refused_form(Theme::color());
    // The same characters in every theme: nothing the colour palette says is
    // missing from the monochrome or high-contrast screen, and the reverse.
    assert_eq!(colour, refused_form(Theme::monochrome()));
    assert_eq!(colour, refused_form(Theme::high_contrast()));
    // And the characters say it: where focus is, what is ticked, what is
    // required, what to fix.
    assert!(colour.contains("▶ [ ]"), "focus marked:\n{colour}");
    assert!(colour.contains("[x]"), "tick marked:\n{colour}");
    assert!(colour.contains("(required)"), "{colour}");
    assert!(
        colour.contains("↑ "),
        "the field to fix is marked:\n{colour}"
    );
    assert!(colour.contains("Not saved"), "{colour}");
}

// --- audit18: no information by colour alone, in every attendee language ---

/// As [`no_information_is_carried_by_colour_alone`], in each language the
/// attendee can pick: the refused form's characters are the same in the
/// colour, monochrome and high-contrast themes, and focus, ticks, "required"
/// (in that language) and the field to fix are said by characters.
#[test]
fn no_information_is_carried_by_colour_alone_in_any_language() {
    use leadbooth::i18n::{self, Language, msg};
    let refused = |theme: Theme, lang: Language| {
        let mut k = kiosk(theme);
        while k.app.attendee_language() != lang {
            k.press(KeyCode::F(4));
        }
        k.press(KeyCode::Enter);
        k.focus_on(Focus::Consent(1));
        k.press(KeyCode::Char(' '));
        k.ctrl('s');
        k.focus_on(Focus::Consent(2));
        text(&k.buffer(80, 24))
    };
    for lang in Language::ALL {
        let colour = refused(Theme::color(), lang);
        assert_eq!(colour, refused(Theme::monochrome(), lang), "{lang}");
        assert_eq!(colour, refused(Theme::high_contrast(), lang), "{lang}");
        assert!(colour.contains("▶ [ ]"), "{lang}: focus marked:\n{colour}");
        assert!(colour.contains("[x]"), "{lang}: tick marked:\n{colour}");
        let required = i18n::text(lang, msg::REQUIRED);
        assert!(colour.contains(required), "{lang}: {required}\n{colour}");
        assert!(colour.contains("↑ "), "{lang}: the field to fix:\n{colour}");
    }
}
