//! Starting the booth: what is refused before the screen is taken over. (The
//! screen itself is tested in `src/tui/tests.rs` on a TestBackend.)

use crate::support::{Booth, stderr};
use leadbooth::paths::DataDir;
use leadbooth::store::BoothLock;

#[test]
fn a_second_booth_on_the_same_data_dir_is_refused() {
    let b = Booth::new();
    let _held = BoothLock::acquire(&DataDir::new(b.data_dir())).unwrap();
    let out = b.run(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("another leadbooth booth is already running"),
        "{err}"
    );
    assert!(err.contains(&b.data_dir().display().to_string()), "{err}");
}

#[test]
fn without_a_terminal_the_booth_says_so_instead_of_drawing_into_a_pipe() {
    let b = Booth::new();
    let out = b.run(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("cannot start the booth screen"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty(), "nothing drawn into the pipe");
}

#[test]
fn the_theme_flag_takes_high_contrast_and_names_the_choices_when_wrong() {
    let booth = crate::support::Booth::new();
    let ok = booth.run(&["--theme", "high-contrast", "leads", "list"]);
    assert!(ok.status.success(), "{}", crate::support::stderr(&ok));
    let bad = booth.run(&["--theme", "neon", "leads", "list"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = crate::support::stderr(&bad);
    assert!(
        err.contains("neon") && err.contains("high-contrast"),
        "{err}"
    );
}
