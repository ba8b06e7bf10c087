//! End to end, as at the booth: the real binary in tmux on the tests' own socket,
//! keys typed with `send-keys`, the screen read with `capture-pane` (capture,
//! badge scan, kiosk, draft recovery after `kill -9`, hostile strings, terminal
//! restoration).
#![allow(clippy::unwrap_used)] // a test may unwrap: a failure is a failed test with its line

mod support;

mod tmux {
    mod badge;
    mod badges_40;
    mod blns;
    mod capture;
    mod draft;
    mod erasure;
    mod escapes;
    mod export;
    mod jump;
    mod kiosk;
    mod language;
    mod terminal;
}
