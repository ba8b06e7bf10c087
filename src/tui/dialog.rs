//! The one way a dialog is drawn: a double-bordered box with a title, as tall
//! as its lines, centred over the screen, clearing what lies beneath.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::theme::Theme;

/// Draws `lines` in a box `width` columns wide (at most the area's) titled
/// `title`, centred over `area`; returns the box, for a caller that places the
/// cursor inside it.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    width: u16,
    title: &str,
    lines: Vec<Line<'static>>,
    theme: &Theme,
) -> Rect {
    let width = width.min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_type(BorderType::Double)
                .title(title.to_owned())
                .title_style(theme.heading),
        ),
        popup,
    );
    popup
}
