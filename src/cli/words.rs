//! The command line's words for a person (messages on stderr, the export's and
//! import's summaries): Fluent messages (`cli-*` in `i18n/<code>/leadbooth.ftl`)
//! in the staff language, which follows the system locale
//! ([`crate::i18n::staff`]). Data on stdout that scripts read (lead lines, JSON,
//! the export's counts line and check commands) stays as it is.

use fluent_bundle::FluentValue;

use crate::i18n::{self, msg::cli as m};

pub use crate::i18n::msg::cli as msg;
pub use crate::i18n::{arg, num};

/// Message `id` with its arguments in the staff language.
pub fn say<'a>(
    id: i18n::Msg,
    args: impl IntoIterator<Item = (&'static str, FluentValue<'a>)>,
) -> String {
    i18n::staff_format(id, args)
}

/// Message `id` (one without arguments) in the staff language.
pub fn text(id: i18n::Msg) -> &'static str {
    i18n::staff_text(id)
}

pub use crate::i18n::error_line;

/// `leadbooth: warning: …` as the staff language writes it.
pub fn warning_line(text: &str) -> String {
    format!("leadbooth: {}: {text}", i18n::staff_text(m::WARNING))
}

/// `leadbooth: note: …` as the staff language writes it.
pub fn note_line(text: &str) -> String {
    format!("leadbooth: {}: {text}", i18n::staff_text(m::NOTE))
}
