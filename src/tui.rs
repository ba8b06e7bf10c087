//! (being written)
pub mod qr_widget;
