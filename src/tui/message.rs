//! The message line under the screen: what was done, what to check, what failed.

use std::time::{Duration, Instant};

/// How long a confirmation or warning stays in the message line.
pub const MESSAGE_TTL: Duration = Duration::from_secs(10);

/// How a message in the message line reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// Something done.
    Info,
    /// Something to check.
    Warning,
    /// Something that failed.
    Error,
}

/// The message line's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Sanitised text.
    pub text: String,
    /// How it reads.
    pub kind: MessageKind,
    /// When it disappears; `None` stays until replaced.
    pub until: Option<Instant>,
}
