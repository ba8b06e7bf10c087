//! Starting kiosk mode: refused, with what to do, until staff have set a PIN.

use crate::support::{Booth, stderr};

#[test]
fn kiosk_mode_without_a_staff_pin_is_refused_and_says_how_to_set_one() {
    let b = Booth::new();
    let out = b.run(&["--kiosk"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("kiosk mode needs a staff PIN"), "{err}");
    assert!(err.contains("leadbooth kiosk set-pin"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn with_a_pin_set_kiosk_mode_gets_as_far_as_the_terminal() {
    let b = Booth::new();
    let set = b.run_with_stdin(&["kiosk", "set-pin"], Some(b"2468\n"));
    assert!(set.status.success(), "{}", stderr(&set));
    let out = b.run(&["--kiosk"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("cannot start the booth screen"), "{err}");
    assert!(!err.contains("PIN"), "{err}");
}
