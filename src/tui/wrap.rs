//! Word wrapping of styled lines to a width in display columns, and cutting a
//! line that must stay one line ([`fit`]).
//!
//! The screens wrap text themselves instead of leaving it to `Paragraph`'s `Wrap`
//! because they need the wrapped height before drawing: to scroll the policy to its
//! end, and to keep the focused field of a long form on screen.

use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use std::borrow::Cow;

use unicode_truncate::UnicodeTruncateStr;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Wraps `line` to `width` columns at spaces, keeping styles. Words longer than a
/// line are cut. Continuation lines start with `indent` spaces (a hanging indent)
/// and without the spaces that ended the previous line. Always returns at least one
/// line.
pub fn wrap_line(line: &Line<'_>, width: u16, indent: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let indent = usize::from(indent).min(width.saturating_sub(1));
    let cells: Vec<(char, Style)> = line
        .spans
        .iter()
        .flat_map(|s| {
            let style = line.style.patch(s.style);
            s.content.chars().map(move |c| (c, style))
        })
        .collect();

    let mut out = Vec::new();
    let mut cur: Vec<(char, Style)> = Vec::new();
    let mut cur_w = 0usize;
    let mut line_start = 0usize; // columns taken by the indent on this line
    let mut i = 0;
    while i < cells.len() {
        let is_space = cells[i].0 == ' ';
        let end = cells[i..]
            .iter()
            .position(|(c, _)| (*c == ' ') != is_space)
            .map_or(cells.len(), |n| i + n);
        let token = &cells[i..end];
        i = end;
        if is_space {
            if cur_w == line_start && !out.is_empty() {
                continue; // no leading spaces on a continuation line
            }
            for &cell in token {
                if cur_w < width {
                    cur.push(cell);
                    cur_w += 1;
                }
            }
            continue;
        }
        let w: usize = token.iter().map(|(c, _)| char_width(*c)).sum();
        if cur_w + w > width && cur_w > line_start {
            emit(&mut out, &mut cur);
            cur.extend(std::iter::repeat_n((' ', Style::new()), indent));
            cur_w = indent;
            line_start = indent;
        }
        for &(c, style) in token {
            let cw = char_width(c);
            if cur_w + cw > width && cur_w > line_start {
                emit(&mut out, &mut cur);
                cur.extend(std::iter::repeat_n((' ', Style::new()), indent));
                cur_w = indent;
                line_start = indent;
            }
            cur.push((c, style));
            cur_w += cw;
        }
    }
    emit(&mut out, &mut cur);
    out
}

/// Ends the current line: trailing spaces dropped, equal styles merged into spans.
/// What marks a cut: text went on past the edge.
pub const ELLIPSIS: &str = "…";

/// `text` as it fits in `width` display columns: whole when it fits, else cut
/// at a character boundary (a wide character is never split, a combining mark
/// stays with its letter) and ended with [`ELLIPSIS`], so a reader sees that
/// more was there. The result is never wider than `width`.
pub fn fit(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    let (head, _) = text.unicode_truncate(width - ELLIPSIS.width());
    Cow::Owned(format!("{}{ELLIPSIS}", head.trim_end()))
}

fn emit(out: &mut Vec<Line<'static>>, cur: &mut Vec<(char, Style)>) {
    while cur.last().is_some_and(|(c, _)| *c == ' ') && cur.len() > 1 {
        cur.pop();
    }
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut style = None;
    for (c, s) in cur.drain(..) {
        if style.is_some_and(|st| st != s) {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                style.unwrap_or_default(),
            ));
        }
        style = Some(s);
        text.push(c);
    }
    if !text.is_empty() {
        spans.push(Span::styled(text, style.unwrap_or_default()));
    }
    out.push(Line::from(spans));
}

/// Wraps plain `text` in `style` (see [`wrap_line`]).
pub fn wrap_str(text: &str, style: Style, width: u16, indent: u16) -> Vec<Line<'static>> {
    wrap_line(&Line::styled(text.to_owned(), style), width, indent)
}

/// Wraps every line of `text`; a line that starts with a list marker, quote bar or
/// indentation in its own span (as `markdown::render_markdown` draws them) continues
/// under its text.
pub fn wrap_text(text: &Text<'_>, width: u16) -> Vec<Line<'static>> {
    text.lines
        .iter()
        .flat_map(|l| wrap_line(l, width, prefix_width(l)))
        .collect()
}

/// Width of a leading prefix span made only of spaces, bullets, quote bars and list
/// numbers, e.g. `"• "`, `"  "`, `"12. "`; 0 when the line has none.
fn prefix_width(line: &Line<'_>) -> u16 {
    match line.spans.as_slice() {
        [first, _, ..]
            if first.content.ends_with(' ')
                && first
                    .content
                    .chars()
                    .all(|c| matches!(c, ' ' | '•' | '│' | '.' | ')' | '0'..='9')) =>
        {
            u16::try_from(first.width()).unwrap_or(0)
        }
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width_and_says_so() {
        assert_eq!(fit("Ada Lovelace", 12), "Ada Lovelace");
        assert_eq!(fit("Ada Lovelace", 11), "Ada Lovela…");
        // A space before the cut is not kept: "Ada…", not "Ada …".
        assert_eq!(fit("Ada Lovelace", 5), "Ada…");
        // Wide characters take two columns and are never split.
        assert_eq!(fit("山田太郎さん", 7), "山田太…");
        assert_eq!(fit("山田太郎さん", 8), "山田太…");
        assert_eq!(fit("山田太郎さん", 12), "山田太郎さん");
        // A combining mark stays with its letter.
        assert_eq!(fit("Zoe\u{308} Ōkubo-Smith", 5), "Zoe\u{308}…");
        assert_eq!(fit("abc", 1), "…");
        assert_eq!(fit("abc", 0), "");
        for w in 0..14 {
            assert!(fit("山田太郎 Zoë Ōkubo", w).width() <= w, "{w}");
        }
    }
    use ratatui::style::Modifier;

    fn plain(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn wraps_at_spaces_and_cuts_long_words() {
        let l = wrap_str("the quick brown fox", Style::new(), 10, 0);
        assert_eq!(plain(&l), ["the quick", "brown fox"]);
        let l = wrap_str("abcdefghijkl xy", Style::new(), 5, 0);
        assert_eq!(plain(&l), ["abcde", "fghij", "kl xy"]);
    }

    #[test]
    fn hanging_indent_and_styles_survive() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let line = Line::from(vec![
            Span::raw("• "),
            Span::styled("bold words", bold),
            Span::raw(" and plain ones"),
        ]);
        let l = wrap_text(&Text::from(line), 12);
        assert_eq!(plain(&l), ["• bold words", "  and plain", "  ones"]);
        assert_eq!(l[0].spans[1].style, bold);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let l = wrap_str("田中 太郎さん", Style::new(), 6, 0);
        assert_eq!(plain(&l), ["田中", "太郎さ", "ん"]);
    }

    #[test]
    fn empty_and_tiny_widths_do_not_panic() {
        assert_eq!(plain(&wrap_str("", Style::new(), 0, 3)), [""]);
        assert_eq!(wrap_str("abc def", Style::new(), 1, 4).len(), 6);
    }
}
