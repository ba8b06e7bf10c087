//! Drawing reads state and never writes it. A scrolled view still needs to know
//! what the last frame showed (how many rows make a page, where the text ends,
//! which row the table scrolled to), so drawing returns it as a [`Viewport`] and
//! the loop hands that back to the screen's state ([`App::laid_out`]) before the
//! next key is handled.
//!
//! [`App::laid_out`]: super::App::laid_out

use super::action::Step;

/// What one frame found out about the view on show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewport {
    /// A capture or edit form: the first form row shown (kept so the focused
    /// field stays visible without the form jumping).
    Form {
        /// First form row on screen.
        scroll: u16,
    },
    /// A scrolled text (the policy, a lead's details).
    Text {
        /// Rows on screen.
        page: u16,
        /// Largest useful scroll.
        last: u16,
    },
    /// The policy's text, and whether its QR code was on screen beside it.
    PolicyText {
        /// Rows on screen.
        page: u16,
        /// Largest useful scroll.
        last: u16,
        /// The QR code to the policy was drawn whole.
        qr: bool,
    },
    /// A screen with the policy's QR code (the kiosk's attract screen): whether
    /// it was drawn whole.
    QrShown {
        /// Drawn whole.
        shown: bool,
    },
    /// The lead table.
    Table {
        /// First row on screen.
        offset: usize,
        /// Rows on screen.
        page: usize,
    },
}

/// The scroll position of a text, and its geometry as last drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scroll {
    pos: u16,
    /// Rows per page at the last draw.
    page: u16,
    /// Largest useful scroll at the last draw.
    last: u16,
}

impl Default for Scroll {
    /// At the top, before any draw: a page of 10 rows, no end known yet.
    fn default() -> Self {
        Scroll {
            pos: 0,
            page: 10,
            last: u16::MAX,
        }
    }
}

impl Scroll {
    /// The first row shown (as asked; drawing clamps it to the text).
    pub fn pos(&self) -> u16 {
        self.pos
    }

    /// Scrolls by a line, a page (one row of overlap), or to either end.
    pub fn step(&mut self, step: Step) {
        let page = usize::from(self.page.saturating_sub(1).max(1));
        let pos = step.apply(usize::from(self.pos), page, usize::from(self.last));
        self.pos = u16::try_from(pos).unwrap_or(self.last);
    }

    /// What the last frame showed (a [`Viewport::Text`]; others are ignored).
    pub fn laid_out(&mut self, viewport: Viewport) {
        if let Viewport::Text { page, last } = viewport {
            (self.page, self.last) = (page, last);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_keeps_one_row_of_overlap_and_the_end_is_the_last_drawn() {
        let mut s = Scroll::default();
        s.step(Step::PageDown);
        assert_eq!(s.pos(), 9, "before any draw a page is 10 rows");
        s.laid_out(Viewport::Text { page: 20, last: 30 });
        s.step(Step::PageDown);
        assert_eq!(s.pos(), 28);
        s.step(Step::PageDown);
        assert_eq!(s.pos(), 30);
        s.laid_out(Viewport::Form { scroll: 3 });
        s.step(Step::Bottom);
        assert_eq!(s.pos(), 30, "another view's geometry is ignored");
        s.step(Step::Top);
        assert_eq!(s.pos(), 0);
    }
}
