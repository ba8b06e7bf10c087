//! (being written)
pub mod markdown;
pub mod qr_widget;
