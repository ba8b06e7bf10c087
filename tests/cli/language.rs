//! The command line speaks the staff language (issue 18): its messages follow
//! the system locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), while data on
//! stdout that scripts read (lead lines, JSON, the export's counts line and
//! check command) stays the same in every language.

use std::process::Output;

use crate::support::booth::lead_line;
use crate::support::{Booth, stderr};
use serde_json::json;

/// `args` run with the locale variables `vars` (the rest of the clean
/// environment as [`Booth::cmd`] sets it).
fn run_in(booth: &Booth, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = booth.cmd(args);
    for (k, v) in vars {
        c.env(k, v);
    }
    c.stdin(std::process::Stdio::null()).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const GERMAN: &[(&str, &str)] = &[("LANG", "de_DE.UTF-8")];

fn with_a_lead() -> Booth {
    let booth = Booth::new();
    booth.add(&lead_line(
        json!({"first_name": "Jürgen", "last_name": "Müller", "email": "jm@example.de"}),
        &["marketing_email"],
    ));
    booth
}

#[test]
fn export_under_a_german_locale_speaks_german_and_keeps_its_data_lines() {
    let booth = with_a_lead();
    let o = run_in(&booth, GERMAN, &["export"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (out, err) = (stdout(&o), stderr(&o));
    assert!(
        out.contains("Stapel ") && out.contains(" geschrieben nach "),
        "{out}"
    );
    assert!(out.contains("Mit Standardwerkzeugen prüfen:"), "{out}");
    // What scripts read stays as it is.
    assert!(
        out.contains("  leads: 1  erasures: 0  seq: 1  key: "),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.trim_start().starts_with("cd ")),
        "{out}"
    );
    assert!(
        err.contains("leadbooth: Hinweis: dieser Stapel ist nicht verschlüsselt"),
        "{err}"
    );
    assert!(
        !err.contains("note:") && !out.contains("written to"),
        "{out}{err}"
    );
    // Nothing new: said in German, with the batch's number.
    let again = run_in(&booth, GERMAN, &["export"]);
    assert!(
        stdout(&again).contains("Nichts Neues zu exportieren seit Stapel 1"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn lead_data_and_json_are_the_same_in_every_language() {
    let booth = with_a_lead();
    let english = run_in(&booth, &[], &["leads", "list", "--json"]);
    let german = run_in(&booth, GERMAN, &["leads", "list", "--json"]);
    assert!(english.status.success() && german.status.success());
    assert_eq!(stdout(&english), stdout(&german));
    let english = run_in(&booth, &[], &["leads", "list"]);
    let german = run_in(&booth, GERMAN, &["leads", "list"]);
    assert_eq!(stdout(&english), stdout(&german));
}

#[test]
fn errors_and_notes_follow_lc_all_then_lc_messages_then_lang() {
    let booth = with_a_lead();
    let fails = |vars: &[(&str, &str)]| {
        let o = run_in(&booth, vars, &["leads", "show", "ffffffff"]);
        assert!(!o.status.success());
        stderr(&o)
    };
    assert!(fails(&[]).starts_with("leadbooth: error: "));
    assert!(fails(GERMAN).starts_with("leadbooth: Fehler: "));
    let lc_messages = fails(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")]);
    assert!(
        lc_messages.starts_with("leadbooth: erreur: "),
        "{lc_messages}"
    );
    let lc_all = fails(&[("LC_ALL", "de_AT.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")]);
    assert!(lc_all.starts_with("leadbooth: Fehler: "), "{lc_all}");
    // A locale the booth has no words for is English.
    assert!(fails(&[("LANG", "ja_JP.UTF-8")]).starts_with("leadbooth: error: "));
    // Plurals and numbers as the language writes them.
    let purge = run_in(&booth, GERMAN, &["leads", "purge", "--dry-run"]);
    assert_eq!(
        stderr(&purge).trim(),
        "0 Leads wurden vor mehr als 90 Tagen exportiert und würden entfernt"
    );
}
