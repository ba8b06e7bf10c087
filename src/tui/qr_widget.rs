//! Draws a [`QrMatrix`] on the terminal so a phone camera can read it.
//!
//! Each terminal cell shows two modules stacked vertically with the half blocks
//! `▀`, `▄`, `█` and space. A cell is roughly twice as tall as it is wide, so the
//! modules come out close to square.
//!
//! Every cell the widget draws gets explicit colours: foreground [`Color::Black`]
//! (the dark modules) and background [`Color::White`] (light modules and the
//! 4-module quiet zone), with all modifiers cleared. That is deliberate, also under
//! `NO_COLOR` where the rest of the app is monochrome: a QR code needs dark modules
//! on a light ground with a light border, and left to the terminal's default colours
//! it would come out light-on-dark on a dark theme (inverted codes many phone
//! readers reject) or lose its quiet zone against a dark background. `NO_COLOR` asks
//! programs not to *add* colour for decoration; these two colours are the content.

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::qr::QrMatrix;

/// What is shown instead of the code when the area is too small for all of it: a
/// clipped code cannot be scanned. The needed size, "(37×19)", is appended.
pub const TOO_SMALL_MESSAGE: &str = "Enlarge the window to show the QR code";

/// Dark modules.
pub const DARK: Color = Color::Black;
/// Light modules and the quiet zone.
pub const LIGHT: Color = Color::White;

const UPPER: &str = "▀";
const LOWER: &str = "▄";
const FULL: &str = "█";
const EMPTY: &str = " ";

/// A QR code drawn with half blocks, quiet zone included, at the top-left of the
/// area it is given. Use [`QrWidget::size`] to lay it out (e.g. centre it).
#[derive(Debug, Clone, Copy)]
pub struct QrWidget<'a> {
    matrix: &'a QrMatrix,
    too_small_message: &'a str,
}

impl<'a> QrWidget<'a> {
    /// A widget for `matrix` with the default [`TOO_SMALL_MESSAGE`].
    pub fn new(matrix: &'a QrMatrix) -> Self {
        QrWidget {
            matrix,
            too_small_message: TOO_SMALL_MESSAGE,
        }
    }

    /// Replaces the message shown when the area is too small (e.g. a translation).
    /// It is sanitised before drawing.
    pub fn too_small_message(mut self, message: &'a str) -> Self {
        self.too_small_message = message;
        self
    }

    /// Terminal cells the code needs, quiet zone included: `(columns, rows)`.
    /// One column per module and one row per two modules; for
    /// `https://example.org/privacy` (29 + 8 modules) that is `(37, 19)`.
    pub fn size(&self) -> (u16, u16) {
        let n = self.matrix.padded_width();
        let cols = u16::try_from(n).unwrap_or(u16::MAX);
        let rows = u16::try_from(n.div_ceil(2)).unwrap_or(u16::MAX);
        (cols, rows)
    }

    /// Whether the whole code, quiet zone included, fits in `area`.
    pub fn fits(&self, area: Rect) -> bool {
        let (cols, rows) = self.size();
        area.width >= cols && area.height >= rows
    }

    fn render_code(&self, area: Rect, buf: &mut Buffer) {
        let (cols, rows) = self.size();
        for row in 0..rows {
            for col in 0..cols {
                let (x, y) = (usize::from(col), usize::from(row) * 2);
                let top = self.matrix.is_dark_padded(x, y);
                // The last row of an odd-height code has only its top half; the
                // bottom half extends the quiet zone.
                let bottom = self.matrix.is_dark_padded(x, y + 1);
                let symbol = match (top, bottom) {
                    (true, true) => FULL,
                    (true, false) => UPPER,
                    (false, true) => LOWER,
                    (false, false) => EMPTY,
                };
                if let Some(cell) = buf.cell_mut((area.x + col, area.y + row)) {
                    // reset() also clears modifiers such as REVERSED that the
                    // surrounding layout may have set and that would invert the code.
                    cell.reset();
                    cell.set_symbol(symbol).set_fg(DARK).set_bg(LIGHT);
                }
            }
        }
    }

    fn render_too_small(&self, area: Rect, buf: &mut Buffer) {
        let (cols, rows) = self.size();
        let message = crate::text::sanitize_line(self.too_small_message);
        Paragraph::new(format!("{message} ({cols}×{rows})"))
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

impl Widget for QrWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}

impl Widget for &QrWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if self.fits(area) {
            self.render_code(area, buf);
        } else {
            self.render_too_small(area, buf);
        }
    }
}

/// Pixels per module side in [`buffer_to_luma`]'s image.
pub const LUMA_SCALE: usize = 4;

/// Turns a ratatui buffer into an 8-bit grayscale image, as a terminal would show it,
/// so tests can hand the screen to a QR decoder. Returns `(width, height, pixels)`,
/// row by row.
///
/// Each cell becomes two stacked "modules" (top and bottom half), each
/// [`LUMA_SCALE`] × [`LUMA_SCALE`] pixels. `▀`, `▄`, `█` and space select which halves
/// show the foreground; any other symbol counts as background. `REVERSED` swaps the
/// colours. Named colours use the xterm palette. The terminal's default colours
/// (`Color::Reset`) are taken as a *dark* theme (light text on black), so only a
/// widget that sets its own light background and quiet zone decodes.
#[doc(hidden)]
pub fn buffer_to_luma(buf: &Buffer) -> (usize, usize, Vec<u8>) {
    let area = buf.area;
    let width = usize::from(area.width) * LUMA_SCALE;
    let height = usize::from(area.height) * 2 * LUMA_SCALE;
    let mut pixels = vec![0u8; width * height];
    for cy in 0..area.height {
        for cx in 0..area.width {
            let (top, bottom) = cell_halves(&buf[(area.x + cx, area.y + cy)]);
            for (half, value) in [(0, top), (1, bottom)] {
                let y0 = (usize::from(cy) * 2 + half) * LUMA_SCALE;
                let x0 = usize::from(cx) * LUMA_SCALE;
                for y in y0..y0 + LUMA_SCALE {
                    pixels[y * width + x0..y * width + x0 + LUMA_SCALE].fill(value);
                }
            }
        }
    }
    (width, height, pixels)
}

/// Luma of the top and bottom half of a cell.
fn cell_halves(cell: &Cell) -> (u8, u8) {
    let (mut fg, mut bg) = (luma(cell.fg).unwrap_or(229), luma(cell.bg).unwrap_or(0));
    if cell.modifier.contains(Modifier::REVERSED) {
        std::mem::swap(&mut fg, &mut bg);
    }
    match cell.symbol() {
        UPPER => (fg, bg),
        LOWER => (bg, fg),
        FULL => (fg, fg),
        _ => (bg, bg),
    }
}

/// Luma (ITU-R BT.601) of a colour in the xterm palette; `None` for `Reset`.
fn luma(color: Color) -> Option<u8> {
    const ANSI: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    let index = |i: u8| -> (u8, u8, u8) {
        match i {
            0..=15 => ANSI[usize::from(i)],
            16..=231 => {
                const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
                let i = i - 16;
                (
                    LEVELS[usize::from(i / 36)],
                    LEVELS[usize::from(i / 6 % 6)],
                    LEVELS[usize::from(i % 6)],
                )
            }
            232..=255 => {
                let g = 8 + 10 * (i - 232);
                (g, g, g)
            }
        }
    };
    let (r, g, b) = match color {
        Color::Reset => return None,
        Color::Black => index(0),
        Color::Red => index(1),
        Color::Green => index(2),
        Color::Yellow => index(3),
        Color::Blue => index(4),
        Color::Magenta => index(5),
        Color::Cyan => index(6),
        Color::Gray => index(7),
        Color::DarkGray => index(8),
        Color::LightRed => index(9),
        Color::LightGreen => index(10),
        Color::LightYellow => index(11),
        Color::LightBlue => index(12),
        Color::LightMagenta => index(13),
        Color::LightCyan => index(14),
        Color::White => index(15),
        Color::Indexed(i) => index(i),
        Color::Rgb(r, g, b) => (r, g, b),
    };
    let y = (299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b)) / 1000;
    Some(y as u8)
}

/// Finds and decodes the one QR code on `buf` (see [`buffer_to_luma`]); `None` if
/// there is none or it does not decode. Test-only: the decoder, rqrr, is a
/// dev-dependency. Integration tests can do the same in a few lines:
/// `rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| px[y * w + x])`,
/// then `detect_grids()` and `decode()`.
#[cfg(test)]
#[doc(hidden)]
pub fn decode_qr_from_buffer(buf: &Buffer) -> Option<String> {
    let (w, h, px) = buffer_to_luma(buf);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| px[y * w + x]);
    let grids = img.detect_grids();
    match grids.as_slice() {
        [grid] => grid.decode().ok().map(|(_, text)| text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Style;

    const DEMO: &str = "https://example.org/privacy";

    fn long_url() -> String {
        format!(
            "https://events.example.org/privacy/demo-expo-2026/booth-17/policy?lang=en&v={}",
            "0123456789abcdef".repeat(12)
        )
    }

    fn render(matrix: &QrMatrix, buf_size: (u16, u16), area: Rect) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, buf_size.0, buf_size.1));
        QrWidget::new(matrix).render(area, &mut buf);
        buf
    }

    fn assert_explicit_colours(buf: &Buffer, area: Rect) {
        for y in area.y..area.y + area.height {
            for x in area.x..area.x + area.width {
                let cell = &buf[(x, y)];
                assert_eq!((cell.fg, cell.bg), (DARK, LIGHT), "cell ({x}, {y})");
                assert!(cell.modifier.is_empty(), "cell ({x}, {y})");
                assert!(
                    [UPPER, LOWER, FULL, EMPTY].contains(&cell.symbol()),
                    "cell ({x}, {y}): {:?}",
                    cell.symbol()
                );
            }
        }
    }

    #[test]
    fn demo_size_is_37_by_19_cells() {
        let m = QrMatrix::encode(DEMO).unwrap();
        let w = QrWidget::new(&m);
        assert_eq!(w.size(), (37, 19));
        assert!(w.fits(Rect::new(5, 5, 37, 19)));
        assert!(!w.fits(Rect::new(0, 0, 36, 19)));
        assert!(!w.fits(Rect::new(0, 0, 37, 18)));
    }

    #[test]
    fn every_module_and_the_quiet_zone_are_drawn_exactly() {
        for url in [DEMO.to_owned(), long_url()] {
            let m = QrMatrix::encode(&url).unwrap();
            let (cols, rows) = QrWidget::new(&m).size();
            let area = Rect::new(2, 1, cols, rows);
            let buf = render(&m, (cols + 4, rows + 2), area);
            for row in 0..rows {
                for col in 0..cols {
                    let (x, y) = (usize::from(col), usize::from(row) * 2);
                    let expected = (m.is_dark_padded(x, y), m.is_dark_padded(x, y + 1));
                    let symbol = buf[(area.x + col, area.y + row)].symbol();
                    let drawn = match symbol {
                        FULL => (true, true),
                        UPPER => (true, false),
                        LOWER => (false, true),
                        _ => (false, false),
                    };
                    assert_eq!(drawn, expected, "cell ({col}, {row}) of {url}");
                }
            }
            // The border really is 4 modules of light: 4 columns each side, and
            // 2 full rows on top (4 modules).
            for row in 0..rows {
                for col in (0..4).chain(cols - 4..cols) {
                    assert_eq!(buf[(area.x + col, area.y + row)].symbol(), EMPTY);
                }
            }
            for col in 0..cols {
                for row in 0..2 {
                    assert_eq!(buf[(area.x + col, area.y + row)].symbol(), EMPTY);
                }
            }
            assert_explicit_colours(&buf, area);
        }
    }

    #[test]
    fn demo_decodes_at_exact_size() {
        let m = QrMatrix::encode(DEMO).unwrap();
        let area = Rect::new(0, 0, 37, 19);
        let buf = render(&m, (37, 19), area);
        assert_explicit_colours(&buf, area);
        assert_eq!(decode_qr_from_buffer(&buf).as_deref(), Some(DEMO));
    }

    #[test]
    fn demo_decodes_offset_on_a_dark_terminal() {
        // The cells around the code keep the terminal default colours, which
        // buffer_to_luma treats as a dark theme: only the widget's own quiet zone
        // separates the code from the dark surroundings.
        let m = QrMatrix::encode(DEMO).unwrap();
        for area in [Rect::new(10, 2, 60, 21), Rect::new(43, 5, 37, 19)] {
            let buf = render(&m, (80, 24), area);
            assert_explicit_colours(&buf, Rect::new(area.x, area.y, 37, 19));
            assert_eq!(
                decode_qr_from_buffer(&buf).as_deref(),
                Some(DEMO),
                "{area:?}"
            );
        }
    }

    #[test]
    fn long_url_decodes() {
        let url = long_url();
        let m = QrMatrix::encode(&url).unwrap();
        let w = QrWidget::new(&m);
        let (cols, rows) = w.size();
        assert!(m.version() > 5, "version {}", m.version());
        let buf = render(
            &m,
            (cols + 20, rows + 4),
            Rect::new(3, 1, cols + 10, rows + 2),
        );
        assert_eq!(decode_qr_from_buffer(&buf).as_deref(), Some(url.as_str()));
    }

    #[test]
    fn decodes_through_a_terminal_frame() {
        let m = QrMatrix::encode(DEMO).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|frame| {
                let (cols, rows) = QrWidget::new(&m).size();
                let area = frame.area();
                let x = area.width.saturating_sub(cols) / 2;
                let y = area.height.saturating_sub(rows) / 2;
                frame.render_widget(QrWidget::new(&m), Rect::new(x, y, cols, rows));
            })
            .unwrap();
        let buf = terminal.backend().buffer();
        assert_eq!(decode_qr_from_buffer(buf).as_deref(), Some(DEMO));
    }

    #[test]
    fn reversed_surroundings_do_not_invert_the_code() {
        let m = QrMatrix::encode(DEMO).unwrap();
        let mut buf = Buffer::empty(Rect::new(0, 0, 45, 23));
        buf.set_style(
            buf.area,
            Style::new().add_modifier(Modifier::REVERSED | Modifier::DIM),
        );
        QrWidget::new(&m).render(Rect::new(4, 2, 37, 19), &mut buf);
        assert_explicit_colours(&buf, Rect::new(4, 2, 37, 19));
        assert_eq!(decode_qr_from_buffer(&buf).as_deref(), Some(DEMO));
    }

    #[test]
    fn too_small_shows_a_message_not_a_clipped_code() {
        let m = QrMatrix::encode(DEMO).unwrap();
        let area = Rect::new(0, 0, 36, 24);
        let buf = render(&m, (80, 24), area);
        let text: String = (0..3)
            .flat_map(|y| (0..36).map(move |x| (x, y)))
            .map(|(x, y)| buf[(x, y)].symbol().to_owned())
            .collect();
        assert!(text.contains("Enlarge the window"), "{text}");
        assert!(text.contains("(37×19)"), "{text}");
        assert!(
            buf.content()
                .iter()
                .all(|c| ![UPPER, LOWER, FULL].contains(&c.symbol()))
        );
        assert_eq!(decode_qr_from_buffer(&buf), None);
    }

    #[test]
    fn too_small_message_is_sanitised() {
        let m = QrMatrix::encode(DEMO).unwrap();
        let mut buf = Buffer::empty(Rect::new(0, 0, 40, 5));
        QrWidget::new(&m)
            .too_small_message("Bitte \u{1b}[2Jgrößer\u{9b}")
            .render(buf.area, &mut buf);
        assert!(
            buf.content()
                .iter()
                .all(|c| !c.symbol().chars().any(char::is_control))
        );
        let first_row: String = (0..40).map(|x| buf[(x, 0)].symbol().to_owned()).collect();
        assert!(
            first_row.starts_with("Bitte \u{FFFD}[2Jgrößer\u{FFFD}"),
            "{first_row}"
        );
    }

    #[test]
    fn luma_maps_half_blocks_and_colours() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        for (x, sym) in [UPPER, LOWER, FULL, EMPTY].into_iter().enumerate() {
            buf[(x as u16, 0)]
                .set_symbol(sym)
                .set_fg(Color::Black)
                .set_bg(Color::White);
        }
        let (w, h, px) = buffer_to_luma(&buf);
        assert_eq!((w, h), (4 * LUMA_SCALE, 2 * LUMA_SCALE));
        let at = |cell: usize, half: usize| px[(half * LUMA_SCALE) * w + cell * LUMA_SCALE];
        assert_eq!([at(0, 0), at(0, 1)], [0, 255]);
        assert_eq!([at(1, 0), at(1, 1)], [255, 0]);
        assert_eq!([at(2, 0), at(2, 1)], [0, 0]);
        assert_eq!([at(3, 0), at(3, 1)], [255, 255]);
        // Default colours are a dark theme.
        let blank = Buffer::empty(Rect::new(0, 0, 1, 1));
        assert!(buffer_to_luma(&blank).2.iter().all(|&p| p == 0));
    }
}
