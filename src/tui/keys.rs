//! Key bindings: each screen lists the keys it accepts as [`Binding`]s; the same
//! list turns key presses into [`Action`]s and builds the hint bar, so the hints
//! cannot drift from what the keys do.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::action::Action;
use super::strings;
use super::theme::Theme;

/// One key, alone, with Ctrl or with Alt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyCombo {
    code: KeyCode,
    ctrl: bool,
    alt: bool,
}

impl KeyCombo {
    /// The key without Ctrl or Alt.
    pub const fn plain(code: KeyCode) -> Self {
        KeyCombo {
            code,
            ctrl: false,
            alt: false,
        }
    }

    /// A character key without Ctrl.
    pub const fn char(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    /// Ctrl and a letter.
    pub const fn ctrl(c: char) -> Self {
        KeyCombo {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    /// Alt and a letter (terminals send Esc and the letter; crossterm, tmux
    /// and the Linux console deliver it as Alt).
    pub const fn alt(c: char) -> Self {
        KeyCombo {
            code: KeyCode::Char(c),
            ctrl: false,
            alt: true,
        }
    }

    /// Whether `key` is this combination. Shift is ignored except that Shift-Tab
    /// is BackTab (terminals report it either way). Alt matches only an Alt
    /// combination, and Ctrl-Alt nothing: AltGr letters (`@` on a German
    /// keyboard) arrive as Ctrl-Alt on some systems and must stay text.
    pub fn matches(&self, key: &KeyEvent) -> bool {
        let m = key.modifiers;
        if m.contains(KeyModifiers::ALT) != self.alt
            || m.contains(KeyModifiers::CONTROL) != self.ctrl
        {
            return false;
        }
        let shift = m.contains(KeyModifiers::SHIFT);
        match (self.code, key.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) if self.ctrl || self.alt => {
                a == b.to_ascii_lowercase()
            }
            (KeyCode::BackTab, KeyCode::Tab) => shift,
            (KeyCode::Tab, KeyCode::Tab) => !shift,
            (a, b) => a == b,
        }
    }
}

/// A key a screen accepts, what it does, and how the hint bar names it (hidden
/// aliases such as Enter-for-next have no hint).
#[derive(Debug, Clone)]
pub struct Binding {
    /// The key.
    pub key: KeyCombo,
    /// What it does.
    pub action: Action,
    /// `(key name, description)` for the hint bar.
    pub hint: Option<(&'static str, &'static str)>,
    /// The hint stays on the bar however narrow the terminal: other hints are
    /// shortened, then dropped, first (see [`HintBar`]).
    pub keep: bool,
}

impl Binding {
    /// A binding without a hint (an alias of a hinted one).
    pub fn new(key: KeyCombo, action: Action) -> Self {
        Binding {
            key,
            action,
            hint: None,
            keep: false,
        }
    }

    /// A binding shown in the hint bar as `name desc`.
    pub fn shown(key: KeyCombo, action: Action, name: &'static str, desc: &'static str) -> Self {
        Binding {
            key,
            action,
            hint: Some((name, desc)),
            keep: false,
        }
    }

    /// The same binding, its hint kept on a narrow bar (the keys staff must
    /// always see: save, quit, the lead list, export, scan).
    pub fn kept(mut self) -> Self {
        self.keep = true;
        self
    }
}

/// The action of the first binding matching `key`.
pub fn action_for(bindings: &[Binding], key: &KeyEvent) -> Option<Action> {
    bindings
        .iter()
        .find(|b| b.key.matches(key))
        .map(|b| b.action.clone())
}

/// One hint on the bar: a key's name, what it does, and whether it must stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    /// The key's name (`Ctrl-S`).
    pub key: &'static str,
    /// What it does (`save`).
    pub desc: &'static str,
    /// Never dropped for room (see [`Binding::kept`]).
    pub keep: bool,
}

/// The hints of `bindings`, in order, for the hint bar.
pub fn hints(bindings: &[Binding]) -> Vec<Hint> {
    bindings
        .iter()
        .filter_map(|b| {
            b.hint.map(|(key, desc)| Hint {
                key,
                desc,
                keep: b.keep,
            })
        })
        .collect()
}

/// Columns the bar needs for `hints`: a space, then `key desc` pairs two
/// spaces apart.
fn bar_width(hints: &[Hint]) -> usize {
    1 + hints
        .iter()
        .map(|h| h.key.width() + 1 + h.desc.width())
        .sum::<usize>()
        + 2 * hints.len().saturating_sub(1)
}

/// What the bar shows in `width` columns, in the given order: every hint as
/// named when they fit; else, when that is enough, without the hints after the
/// last kept one (last first), as named; else every hint in its short form
/// ([`strings::shorter`]), without the hints not kept, the last ones first,
/// until the rest fits; then the hints left get their full names back, first
/// ones first, while there is room. A kept hint (F5 export, F3 scan, Ctrl-Q
/// quit ...) is never dropped for one that is not.
pub fn fit_hints(hints: &[Hint], width: usize) -> Vec<Hint> {
    if bar_width(hints) <= width {
        return hints.to_vec();
    }
    // The hints after the last kept one (F9 scanner check) give way, last
    // first, before any hint is shortened: on a wide screen they must not
    // cost "F3 scan badge" its name.
    let last_kept = hints.iter().rposition(|h| h.keep).map_or(0, |i| i + 1);
    let mut v = hints.to_vec();
    while v.len() > last_kept {
        v.pop();
        if bar_width(&v) <= width {
            return v;
        }
    }
    let short = |h: &Hint| Hint {
        key: strings::shorter(h.key),
        desc: strings::shorter(h.desc),
        keep: h.keep,
    };
    // (full, shown) pairs.
    let mut shown: Vec<(Hint, Hint)> = hints.iter().map(|h| (*h, short(h))).collect();
    let width_of = |v: &[(Hint, Hint)]| bar_width(&v.iter().map(|(_, s)| *s).collect::<Vec<_>>());
    while width_of(&shown) > width {
        match shown.iter().rposition(|(h, _)| !h.keep) {
            Some(i) => {
                shown.remove(i);
            }
            None => break,
        }
    }
    for i in 0..shown.len() {
        let was = shown[i].1;
        shown[i].1 = shown[i].0;
        if width_of(&shown) > width {
            shown[i].1 = was;
        }
    }
    shown.into_iter().map(|(_, s)| s).collect()
}

/// The rows of the bar in `width` columns: one row when every hint fits in
/// it as named; else two (three when two cannot), so that every key the screen takes is named (a
/// German staff form at 80 columns has no room in one row for F1 and the
/// language key). The bottom row keeps its place for the kept hints (save,
/// quit, leads, export, scan, stats, and the kiosk's language key), fitted
/// as one bar is ([`fit_hints`]); the row above has the others, as named
/// when they fit, else in short forms ([`strings::shorter`]), else without
/// the last ones. A screen with no hint kept, or none other, keeps one row.
pub fn hint_rows(hints: &[Hint], width: usize) -> Vec<Vec<Hint>> {
    if bar_width(hints) <= width {
        return vec![hints.to_vec()];
    }
    let (mut kept, others): (Vec<Hint>, Vec<Hint>) = hints.iter().partition(|h| h.keep);
    if kept.is_empty() || others.is_empty() {
        return vec![fit_hints(hints, width)];
    }
    // Kept hints that do not fit the bottom row even in short forms (Spanish
    // at 80 columns) go up, first on the row above.
    let mut up = Vec::new();
    while kept.len() > 1 && bar_width(&fit_hints(&kept, width)) > width {
        up.insert(0, kept.pop().expect("more than one"));
    }
    up.extend(others);
    // fit_hints shortens kept hints and never drops one: mark the others so,
    // for their own row, then give them their flag back.
    let as_kept: Vec<Hint> = up.iter().map(|h| Hint { keep: true, ..*h }).collect();
    let mut top = fit_hints(&as_kept, width);
    for (h, was) in top.iter_mut().zip(&up) {
        h.keep = was.keep;
    }
    while top.len() > 1 && bar_width(&top) > width {
        top.pop();
    }
    let rows = vec![top, fit_hints(&kept, width)];
    if rows.iter().map(Vec::len).sum::<usize>() == hints.len() {
        return rows;
    }
    // Not every key named that way: the hints in their order over two rows,
    // in short forms, each row then given back full names where it has room.
    if let [one, two] = split_rows(hints, width).as_slice() {
        return vec![fit_row(one, width), fit_row(two, width)];
    }
    // Two rows cannot name every key even in short forms (a German or French
    // staff form at a multiple-choice question, 80 columns: the language key
    // went unnamed once the attendee's F4 had been pressed): the others over
    // as many rows as they need, the kept hints still on the bottom row.
    // Never more than three: the screen draws at most three (a narrower
    // terminal keeps two rows, the last hints not kept given up).
    let mut three: Vec<Vec<Hint>> = split_rows(&up, width)
        .iter()
        .map(|row| fit_row(row, width))
        .collect();
    three.push(fit_hints(&kept, width));
    if three.len() <= 3 { three } else { rows }
}

/// `hints` in order over as many rows of `width` columns as their short
/// forms need.
fn split_rows(hints: &[Hint], width: usize) -> Vec<Vec<Hint>> {
    let short = |h: &Hint| Hint {
        key: strings::shorter(h.key),
        desc: strings::shorter(h.desc),
        keep: h.keep,
    };
    let mut rows: Vec<Vec<Hint>> = vec![Vec::new()];
    for h in hints {
        let mut candidate: Vec<Hint> = rows
            .last()
            .map_or(Vec::new(), |r| r.iter().map(short).collect());
        candidate.push(short(h));
        let row = rows.last_mut().expect("one row at least");
        if row.is_empty() || bar_width(&candidate) <= width {
            row.push(*h);
        } else {
            rows.push(vec![*h]);
        }
    }
    rows
}

/// One row of hints, all named ([`fit_hints`] with each kept), full names
/// first ones first where there is room.
fn fit_row(row: &[Hint], width: usize) -> Vec<Hint> {
    let as_kept: Vec<Hint> = row.iter().map(|h| Hint { keep: true, ..*h }).collect();
    fit_hints(&as_kept, width)
        .into_iter()
        .zip(row)
        .map(|(h, was)| Hint {
            keep: was.keep,
            ..h
        })
        .collect()
}

/// The movement keys every list and scrolled text takes: ↑↓ (hinted with
/// `hint`), PgUp/PgDn and Home/End, each a [`Step`](super::action::Step);
/// hinted in the staff language.
pub fn movement(hint: &'static str) -> Vec<Binding> {
    movement_in(hint, crate::i18n::staff())
}

/// [`movement`] with the page and ends hints in `lang`: the kiosk's policy
/// screen names every key in the attendee's language.
pub fn movement_in(hint: &'static str, lang: crate::i18n::Language) -> Vec<Binding> {
    use super::action::Step;
    use super::strings::keys;
    use crate::i18n::{msg, text};
    use ratatui::crossterm::event::KeyCode::*;
    vec![
        Binding::shown(
            KeyCombo::plain(Down),
            Action::Move(Step::Down),
            keys::UP_DOWN,
            hint,
        ),
        Binding::new(KeyCombo::plain(Up), Action::Move(Step::Up)),
        Binding::shown(
            KeyCombo::plain(PageDown),
            Action::Move(Step::PageDown),
            keys::PAGE,
            text(lang, msg::HINT_PAGE),
        ),
        Binding::new(KeyCombo::plain(PageUp), Action::Move(Step::PageUp)),
        Binding::shown(
            KeyCombo::plain(Home),
            Action::Move(Step::Top),
            keys::HOME_END,
            text(lang, msg::HINT_ENDS),
        ),
        Binding::new(KeyCombo::plain(End), Action::Move(Step::Bottom)),
    ]
}

/// The bottom bar: `key description` pairs in the order given, over two
/// rows when the area has them ([`hint_rows`]), else shortened and thinned
/// to fit one ([`fit_hints`]).
pub struct HintBar<'a> {
    /// The hints.
    pub hints: &'a [Hint],
    /// Styles.
    pub theme: &'a Theme,
}

impl Widget for HintBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width);
        let rows = if area.height >= 2 {
            hint_rows(self.hints, width)
        } else {
            vec![fit_hints(self.hints, width)]
        };
        for (y, row) in (area.y..area.bottom()).zip(&rows) {
            let line = Rect {
                y,
                height: 1,
                ..area
            };
            render_row(row, self.theme, line, buf);
        }
    }
}

fn render_row(shown: &[Hint], theme: &Theme, area: Rect, buf: &mut Buffer) {
    {
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1usize;
        for (i, Hint { key, desc, .. }) in shown.iter().enumerate() {
            let sep = if i == 0 { 0 } else { 2 };
            let w = sep + key.width() + 1 + desc.width();
            if used + w > usize::from(area.width) {
                break;
            }
            used += w;
            if sep > 0 {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(*key, theme.key));
            spans.push(Span::styled(format!(" {desc}"), theme.key_desc));
        }
        Line::from(spans).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    fn hint(key: &'static str, desc: &'static str, keep: bool) -> Hint {
        Hint { key, desc, keep }
    }

    fn bar(hints: &[Hint]) -> String {
        hints
            .iter()
            .map(|h| format!("{} {}", h.key, h.desc))
            .collect::<Vec<_>>()
            .join("  ")
    }

    #[test]
    fn a_narrow_bar_shortens_then_drops_hints_not_kept_never_kept_ones() {
        use crate::tui::strings::{hints as h, keys as k};
        let all = [
            hint(k::SPACE, h::tick(), false),
            hint(k::CTRL_S, h::save(), true),
            hint(k::TABS, h::fields(), false),
            hint(k::F1, h::policy(), false),
            hint(k::ESC, h::clear(), false),
            hint(k::CTRL_Q, h::quit(), true),
            hint(k::F2, h::leads(), true),
            hint(k::F5, h::export(), true),
            hint(k::F3, h::scan(), true),
        ];
        // Room for everything: as named.
        assert_eq!(fit_hints(&all, 200), all.to_vec());
        // 80 columns: every kept hint stays, the bar fits, the ones dropped
        // are the last not kept.
        let fitted = fit_hints(&all, 80);
        assert!(bar_width(&fitted) <= 80, "{}", bar(&fitted));
        for kept in all.iter().filter(|h| h.keep) {
            assert!(
                fitted.iter().any(|f| f.key == kept.key),
                "{} dropped: {}",
                kept.key,
                bar(&fitted)
            );
        }
        assert_eq!(fitted[0].key, k::SPACE, "{}", bar(&fitted));
        assert!(!fitted.iter().any(|f| f.key == k::ESC), "{}", bar(&fitted));
        // A label shortened only where the room needs it: the first hints get
        // their names back when the bar has space for them.
        let list = [
            hint(k::ENTER, h::open(), false),
            hint(k::UP_DOWN, h::move_(), false),
            hint(k::ESC, h::clear_search(), false),
            hint(k::SLASH, h::search(), false),
            hint(k::PAGE, h::page(), false),
            hint(k::HOME_END, h::ends(), false),
            hint(k::CTRL_Q, h::quit(), true),
        ];
        let fitted = fit_hints(&list, 80);
        let text = bar(&fitted);
        assert!(
            text.contains("Esc clear search") && text.ends_with("Ctrl-Q quit"),
            "{text}"
        );
        assert!(bar_width(&fitted) <= 80, "{text}");
        // Kept hints that alone overflow are all still offered (the bar cuts
        // them when drawn), never swapped for others.
        let tiny = fit_hints(&all, 10);
        assert!(tiny.iter().all(|h| h.keep));
    }

    #[test]
    fn two_rows_name_every_key_with_the_kept_ones_at_the_bottom() {
        use crate::tui::strings::{hints as h, keys as k};
        let all = [
            hint(k::SPACE, h::tick(), false),
            hint(k::CTRL_S, h::save(), true),
            hint(k::TABS, h::fields(), false),
            hint(k::F1, h::policy(), false),
            hint(k::ESC, h::clear(), false),
            hint(k::CTRL_Q, h::quit(), true),
            hint(k::F2, h::leads(), true),
            hint(k::F5, h::export(), true),
            hint(k::F3, h::scan(), true),
            hint(k::F9, h::scanner_check(), false),
            hint(k::F6, h::stats(), true),
            hint(k::F4, "Deutsch", false),
        ];
        assert_eq!(hint_rows(&all, 300), vec![all.to_vec()], "room: one row");
        let rows = hint_rows(&all, 80);
        assert_eq!(rows.len(), 2);
        for a in &all {
            assert!(
                rows.iter().flatten().any(|r| r.key == a.key),
                "{} not named: {:?}",
                a.key,
                rows
            );
        }
        assert!(rows[0].iter().all(|h| !h.keep) && rows[1].iter().all(|h| h.keep));
        // Kept hints too many for one row: the last of them go up; two rows
        // cannot name every key at 50 columns, three do, the kept ones still
        // at the bottom.
        let rows = hint_rows(&all, 50);
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert!(rows[2].iter().all(|h| h.keep), "{rows:?}");
        assert!(rows[0].first().is_some_and(|h| h.keep), "{rows:?}");
        assert!(rows.iter().all(|r| bar_width(r) <= 50), "{rows:?}");
        for a in &all {
            let named = |r: &Hint| r.key == a.key || r.key == strings::shorter(a.key);
            assert!(rows.iter().flatten().any(named), "{rows:?}");
        }
        // Narrower still: never more than the three rows the screen draws.
        assert!(hint_rows(&all, 30).len() <= 3);
        for r in &rows {
            assert!(bar_width(r) <= 80, "{}", bar(r));
        }
    }

    #[test]
    fn ctrl_letters_match_in_either_case_and_not_without_ctrl() {
        let s = KeyCombo::ctrl('s');
        assert!(s.matches(&key(KeyCode::Char('s'), KeyModifiers::CONTROL)));
        assert!(s.matches(&key(
            KeyCode::Char('S'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT
        )));
        assert!(!s.matches(&key(KeyCode::Char('s'), KeyModifiers::NONE)));
        assert!(!s.matches(&key(
            KeyCode::Char('s'),
            KeyModifiers::CONTROL | KeyModifiers::ALT
        )));
    }

    #[test]
    fn alt_letters_match_alt_alone_in_either_case() {
        let e = KeyCombo::alt('e');
        assert!(e.matches(&key(KeyCode::Char('e'), KeyModifiers::ALT)));
        assert!(e.matches(&key(
            KeyCode::Char('E'),
            KeyModifiers::ALT | KeyModifiers::SHIFT
        )));
        assert!(!e.matches(&key(KeyCode::Char('e'), KeyModifiers::NONE)));
        // AltGr-E (€) as some systems report it: text, never a jump.
        assert!(!e.matches(&key(
            KeyCode::Char('e'),
            KeyModifiers::CONTROL | KeyModifiers::ALT
        )));
        assert!(!KeyCombo::char('e').matches(&key(KeyCode::Char('e'), KeyModifiers::ALT)));
    }

    #[test]
    fn shift_tab_is_backtab_however_reported() {
        let back = KeyCombo::plain(KeyCode::BackTab);
        let tab = KeyCombo::plain(KeyCode::Tab);
        let shift_tab = key(KeyCode::Tab, KeyModifiers::SHIFT);
        let backtab = key(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert!(back.matches(&shift_tab) && back.matches(&backtab));
        assert!(!tab.matches(&shift_tab));
        assert!(tab.matches(&key(KeyCode::Tab, KeyModifiers::NONE)));
    }

    #[test]
    fn shifted_characters_match_plain_bindings() {
        let q = KeyCombo::char('?');
        assert!(q.matches(&key(KeyCode::Char('?'), KeyModifiers::SHIFT)));
        assert!(!q.matches(&key(KeyCode::Char('/'), KeyModifiers::SHIFT)));
    }
}
