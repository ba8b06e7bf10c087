//! Renders the privacy policy's Markdown as styled terminal text.
//!
//! Only modifiers are used (bold, italic, underlined, dim), never colours, so the
//! result reads the same in monochrome (`NO_COLOR`). Links show their target,
//! `text <url>`, because an attendee should see where a link goes and cannot click
//! it on a booth laptop. Lines are not wrapped here: draw the result in a
//! `Paragraph` with `Wrap { trim: false }` so indentation survives.
//!
//! Every piece of text passes through [`crate::text::sanitize_line`], so no control
//! character or escape sequence from a policy file reaches the terminal.

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};

use crate::text::sanitize_line;

/// Prefix of each line inside a block quote (nested quotes repeat it).
pub const QUOTE_PREFIX: &str = "│ ";
/// Marker of an unordered list item.
pub const BULLET: &str = "• ";
const CODE_INDENT: &str = "    ";
const RULE: &str = "────────────────────────────────────────";
const CELL_SEPARATOR: &str = " │ ";

/// Renders `md` (CommonMark with tables, strikethrough and task lists) to text:
/// headings bold (levels 1 and 2 also underlined), emphasis italic, strong bold,
/// links as `text <url>` with the URL dim and underlined, block quotes prefixed
/// with `│ `, list items with `• ` or `1. `, code kept verbatim (blocks indented),
/// blocks separated by blank lines. Raw HTML is shown as text, not interpreted.
pub fn render_markdown(md: &str) -> Text<'static> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut r = Renderer::default();
    for event in Parser::new_ext(md, options) {
        r.event(event);
    }
    r.finish()
}

enum Container {
    Quote,
    Item {
        marker: String,
        marker_pending: bool,
    },
}

struct Link {
    /// The target, shown after the text as ` <url>` unless the text already is it.
    url: String,
    /// `<https://…>` in the source: its text is the URL, already shown.
    autolink: bool,
    /// The link's text so far: a link whose text already is its URL shows it once.
    text: String,
}

#[derive(Default)]
struct Renderer {
    lines: Vec<Line<'static>>,
    spans: Vec<Span<'static>>,
    line_open: bool,
    need_blank: bool,
    styles: Vec<Style>,
    containers: Vec<Container>,
    /// Next number of each open list; `None` for bullet lists.
    lists: Vec<Option<u64>>,
    links: Vec<Link>,
    in_code_block: bool,
    cells_in_row: usize,
}

impl Renderer {
    fn style(&self) -> Style {
        self.styles.last().copied().unwrap_or_default()
    }

    fn push_style(&mut self, modifier: Modifier) {
        self.styles.push(self.style().add_modifier(modifier));
    }

    /// Prefix spans for a new line: quote bars, list markers (once) or their indent.
    fn open_line(&mut self) {
        if self.line_open {
            return;
        }
        let mut prefix = String::new();
        for c in &mut self.containers {
            match c {
                Container::Quote => prefix.push_str(QUOTE_PREFIX),
                Container::Item {
                    marker,
                    marker_pending,
                } => {
                    if *marker_pending {
                        prefix.push_str(marker);
                        *marker_pending = false;
                    } else {
                        let width = unicode_width::UnicodeWidthStr::width(marker.as_str());
                        prefix.extend(std::iter::repeat_n(' ', width));
                    }
                }
            }
        }
        if !prefix.is_empty() {
            self.spans.push(Span::raw(prefix));
        }
        self.line_open = true;
    }

    fn text(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        self.open_line();
        self.spans
            .push(Span::styled(sanitize_line(text).into_owned(), style));
    }

    fn flush_line(&mut self) {
        if self.line_open {
            self.lines.push(Line::from(std::mem::take(&mut self.spans)));
            self.line_open = false;
        }
    }

    /// A blank line that keeps the quote bars, so a quote reads as one block.
    fn blank_line(&mut self) {
        let bars = self
            .containers
            .iter()
            .filter(|c| matches!(c, Container::Quote))
            .count();
        let prefix = QUOTE_PREFIX.repeat(bars).trim_end().to_owned();
        self.lines.push(Line::from(prefix));
    }

    fn start_block(&mut self) {
        self.flush_line();
        if self.need_blank && !self.lines.is_empty() {
            self.blank_line();
        }
        self.need_blank = false;
    }

    fn end_block(&mut self) {
        self.flush_line();
        self.need_blank = true;
    }

    fn in_item(&self) -> bool {
        self.containers
            .iter()
            .any(|c| matches!(c, Container::Item { .. }))
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) if self.in_code_block => self.code_block_text(&t),
            Event::Text(t) | Event::Code(t) => {
                if let Some(link) = self.links.last_mut() {
                    link.text.push_str(&t);
                }
                self.text(&t, self.style());
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t, self.style()),
            Event::Html(t) => {
                for line in t.lines() {
                    self.text(line, self.style());
                    self.flush_line();
                }
            }
            Event::InlineHtml(t) => self.text(&t.replace('\n', " "), self.style()),
            Event::FootnoteReference(t) => self.text(&format!("[{t}]"), self.style()),
            Event::SoftBreak => self.text(" ", self.style()),
            Event::HardBreak => {
                self.open_line();
                self.flush_line();
            }
            Event::Rule => {
                self.start_block();
                self.text(RULE, Style::new());
                self.end_block();
            }
            Event::TaskListMarker(done) => {
                self.text(if done { "[x] " } else { "[ ] " }, self.style())
            }
        }
    }

    fn code_block_text(&mut self, text: &str) {
        for line in text.lines() {
            self.text(CODE_INDENT, Style::new());
            self.text(line.strip_suffix('\r').unwrap_or(line), self.style());
            self.flush_line();
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.start_block(),
            Tag::Heading { level, .. } => {
                self.start_block();
                let modifier = match level {
                    HeadingLevel::H1 | HeadingLevel::H2 => Modifier::BOLD | Modifier::UNDERLINED,
                    _ => Modifier::BOLD,
                };
                self.push_style(modifier);
            }
            Tag::BlockQuote(_) => {
                self.start_block();
                self.containers.push(Container::Quote);
            }
            Tag::CodeBlock(_) => {
                // A fenced block's info string (its language) is not shown.
                self.start_block();
                self.in_code_block = true;
            }
            Tag::HtmlBlock => self.start_block(),
            Tag::List(start) => {
                if self.in_item() {
                    self.flush_line();
                } else {
                    self.start_block();
                }
                self.lists.push(start);
            }
            Tag::Item => {
                self.start_block();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => BULLET.to_owned(),
                };
                self.containers.push(Container::Item {
                    marker,
                    marker_pending: true,
                });
            }
            Tag::FootnoteDefinition(label) => {
                self.start_block();
                self.text(&format!("[{label}]: "), self.style());
            }
            Tag::DefinitionList | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                self.start_block()
            }
            Tag::Table(_) => self.start_block(),
            Tag::TableHead => {
                self.cells_in_row = 0;
                self.push_style(Modifier::BOLD);
            }
            Tag::TableRow => {
                self.flush_line();
                self.cells_in_row = 0;
            }
            Tag::TableCell => {
                if self.cells_in_row > 0 {
                    self.text(CELL_SEPARATOR, Style::new());
                }
                self.cells_in_row += 1;
            }
            Tag::Emphasis => self.push_style(Modifier::ITALIC),
            Tag::Strong => self.push_style(Modifier::BOLD),
            Tag::Strikethrough => self.push_style(Modifier::CROSSED_OUT),
            Tag::Superscript | Tag::Subscript => self.push_style(Modifier::empty()),
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => {
                // An autolink's text is its URL: style it as one, show it once.
                let autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                self.links.push(Link {
                    url: dest_url.into_string(),
                    autolink,
                    text: String::new(),
                });
                if autolink {
                    self.text("<", dim());
                    self.styles.push(url_style());
                } else {
                    self.push_style(Modifier::empty());
                }
            }
            Tag::Image { dest_url, .. } => {
                self.text("[image: ", self.style());
                self.links.push(Link {
                    url: dest_url.into_string(),
                    autolink: false,
                    text: String::new(),
                });
                self.push_style(Modifier::empty());
            }
            Tag::MetadataBlock(_) => self.start_block(),
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => self.end_block(),
            TagEnd::Heading(_) => {
                self.styles.pop();
                self.end_block();
            }
            TagEnd::BlockQuote(_) => {
                self.flush_line();
                self.containers.pop();
                self.need_blank = true;
            }
            TagEnd::CodeBlock => {
                self.in_code_block = false;
                self.end_block();
            }
            TagEnd::List(_) => {
                self.flush_line();
                self.lists.pop();
                // A nested list inside a tight item is followed directly by the
                // next item; only a top-level list needs a blank line after it.
                self.need_blank = !self.in_item();
            }
            TagEnd::Item => {
                // An empty item still shows its marker.
                if let Some(Container::Item {
                    marker_pending: true,
                    ..
                }) = self.containers.last()
                {
                    self.open_line();
                }
                self.flush_line();
                self.containers.pop();
            }
            TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::Table => self.end_block(),
            TagEnd::TableHead => {
                self.styles.pop();
                self.flush_line();
            }
            TagEnd::TableRow => self.flush_line(),
            TagEnd::TableCell => {}
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript => {
                self.styles.pop();
            }
            TagEnd::Link => {
                self.styles.pop();
                self.end_link();
            }
            TagEnd::Image => {
                self.styles.pop();
                self.text("]", self.style());
                self.end_link();
            }
        }
    }

    fn finish(mut self) -> Text<'static> {
        self.flush_line();
        Text::from(self.lines)
    }

    fn end_link(&mut self) {
        let Some(link) = self.links.pop() else { return };
        if link.autolink {
            self.text(">", dim());
            return;
        }
        let shown = link.url.strip_prefix("mailto:").unwrap_or(&link.url);
        if link.url.is_empty() || link.text.trim() == shown {
            return;
        }
        self.text(" <", dim());
        self.text(&link.url, url_style());
        self.text(">", dim());
    }
}

fn dim() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

/// How a link's target is shown: set apart from the text without colour.
fn url_style() -> Style {
    Style::new().add_modifier(Modifier::DIM | Modifier::UNDERLINED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::DEFAULT_POLICY;

    fn plain(text: &Text<'_>) -> Vec<String> {
        text.lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    fn spans<'a>(text: &'a Text<'_>) -> impl Iterator<Item = &'a Span<'a>> {
        text.lines.iter().flat_map(|l| l.spans.iter())
    }

    fn span_with<'a>(text: &'a Text<'_>, content: &str) -> &'a Span<'a> {
        spans(text)
            .find(|s| s.content == content)
            .unwrap_or_else(|| panic!("no span {content:?} in {:#?}", plain(text)))
    }

    fn assert_no_controls(text: &Text<'_>) {
        for s in spans(text) {
            assert!(
                !s.content.chars().any(char::is_control),
                "control character in span {:?}",
                s.content
            );
        }
    }

    #[test]
    fn default_policy_headings_dates_and_links() {
        let t = render_markdown(DEFAULT_POLICY);
        let lines = plain(&t);

        let h1 = span_with(&t, "Privacy Policy l Aspera");
        assert!(
            h1.style
                .add_modifier
                .contains(Modifier::BOLD | Modifier::UNDERLINED)
        );
        let h4 = span_with(&t, "Cookies");
        assert!(h4.style.add_modifier.contains(Modifier::BOLD));
        assert!(!h4.style.add_modifier.contains(Modifier::UNDERLINED));

        let date = span_with(&t, "Last Updated October 9, 2012");
        assert!(
            date.style
                .add_modifier
                .contains(Modifier::BOLD | Modifier::ITALIC)
        );

        // The autolink at the end shows its URL, set apart.
        let zendesk = span_with(&t, "http://www.zendesk.com/company/privacy#cookies-policy");
        assert_eq!(
            zendesk.style.add_modifier,
            Modifier::DIM | Modifier::UNDERLINED
        );
        assert!(
            lines
                .last()
                .unwrap()
                .ends_with("found at <http://www.zendesk.com/company/privacy#cookies-policy>.")
        );

        // The opening note is a block quote whose link shows where it goes.
        assert!(lines[0].starts_with("│ The following text is extracted"));
        assert!(lines[0].contains(
            "original snapshot on the Wayback Machine <https://web.archive.org/web/20141222214107id_/http%3A//asperasoft.com/company/privacy-policy> for"
        ));
        assert_eq!(lines[1], "");
        assert_eq!(lines[2], "Privacy Policy l Aspera");
        assert_eq!(lines[3], "");
        assert_eq!(lines[4], "Last Updated October 9, 2012");
        // Paragraphs are separated by exactly one blank line.
        assert!(
            lines
                .windows(2)
                .all(|w| !(w[0].is_empty() && w[1].is_empty()))
        );
        assert_no_controls(&t);
        // No colours anywhere: monochrome-safe.
        assert!(spans(&t).all(|s| s.style.fg.is_none() && s.style.bg.is_none()));
    }

    #[test]
    fn hostile_markdown_cannot_reach_the_terminal() {
        let hostile = "# Title \u{1b}[31mred\u{1b}[0m\n\n\
            Para \u{9b}2J text\u{7} *em\u{1b}]0;pwned\u{7}* and \u{85}NEL \u{90}DCS \u{9d}OSC\u{9c}\r\n\
            [link\u{1b}[5m](https://x.example/\u{1b}) `code\u{1b}[2J` \u{0}\u{8}\u{7f}\n\n\
            ```\nblock\u{1b}[0m\tx\r\nsecond\u{9b}line\n```\n\n\
            <div>\u{1b}]52;c;aGk=\u{7}</div>\n\n\
            > quote\u{1b}c\n\n\
            - item \u{1b}[1A\n";
        let t = render_markdown(hostile);
        assert_no_controls(&t);
        let all = plain(&t).join("\n");
        assert!(all.contains("Title \u{FFFD}[31mred\u{FFFD}[0m"), "{all}");
        assert!(
            all.contains("\u{FFFD}NEL \u{FFFD}DCS \u{FFFD}OSC\u{FFFD}"),
            "{all}"
        );
        assert!(all.contains("    second\u{FFFD}line"), "{all}");
    }

    #[test]
    fn inline_styles_links_lists_quotes_and_code() {
        let md = "Intro with *em*, **strong**, `code` and [our site](https://example.org/a).\n\
                  Same paragraph, soft break.\n\n\
                  - one\n- two\n  - nested\n- three\n\n\
                  1. first\n2. second\n\n\
                  > quoted\n>\n> again\n\n\
                  ```rust\nlet x = 1;\n```\n\n\
                  Line one  \nline two\n\n\
                  ---\n\n\
                  | a | b |\n|---|---|\n| 1 | 2 |\n";
        let t = render_markdown(md);
        assert_eq!(
            plain(&t),
            [
                "Intro with em, strong, code and our site <https://example.org/a>. Same paragraph, soft break.",
                "",
                "• one",
                "• two",
                "  • nested",
                "• three",
                "",
                "1. first",
                "2. second",
                "",
                "│ quoted",
                "│",
                "│ again",
                "",
                "    let x = 1;",
                "",
                "Line one",
                "line two",
                "",
                RULE,
                "",
                "a │ b",
                "1 │ 2",
            ]
        );
        assert_eq!(span_with(&t, "em").style.add_modifier, Modifier::ITALIC);
        assert_eq!(span_with(&t, "strong").style.add_modifier, Modifier::BOLD);
        assert_eq!(
            span_with(&t, "our site").style.add_modifier,
            Modifier::empty()
        );
        assert_eq!(
            span_with(&t, "https://example.org/a").style.add_modifier,
            Modifier::DIM | Modifier::UNDERLINED
        );
        assert_eq!(span_with(&t, "a").style.add_modifier, Modifier::BOLD);
    }

    #[test]
    fn loose_lists_and_link_text_equal_to_url() {
        let md = "- para one\n\n  more of one\n\n- two\n\n\
                  See [https://example.org](https://example.org) and <a@example.org>.\n";
        assert_eq!(
            plain(&render_markdown(md)),
            [
                "• para one",
                "",
                "  more of one",
                "",
                "• two",
                "",
                "See https://example.org and <a@example.org>.",
            ]
        );
    }
}
