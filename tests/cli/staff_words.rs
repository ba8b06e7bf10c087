//! The command line's last English words (issue 18, branch i18nbooth2):
//! `leads show`'s labels in the staff language (`LC_ALL` > `LC_MESSAGES` >
//! `LANG`), lined up whatever the language; English as before without one.

use std::process::Output;

use crate::support::{Booth, consents, stderr};
use serde_json::json;

const GERMAN: &[(&str, &str)] = &[("LANG", "de_DE.UTF-8")];
const FRENCH: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];
const SPANISH: &[(&str, &str)] = &[("LC_ALL", "es_ES.UTF-8"), ("LANG", "de_DE.UTF-8")];

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn run_in(booth: &Booth, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = booth.cmd(args);
    for (k, v) in vars {
        c.env(k, v);
    }
    c.output().unwrap()
}

/// A booth with one lead; its id.
fn booth_with_a_lead() -> (Booth, String) {
    let booth = Booth::new();
    let line = json!({
        "first_name": "Zoë", "last_name": "Ōkubo", "email": "zoe@example.org",
        "company": "Acme", "consents": consents(&["policy_ack", "marketing_email"]),
    });
    let o = booth.run_with_stdin(&["leads", "add"], Some(line.to_string().as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let id = booth.leads()[0]["lead_id"].as_str().unwrap().to_owned();
    (booth, id)
}

/// The labelled lines of `leads show` (not the consent rows or the notes):
/// each label and the column its value starts at.
fn labelled(shown: &str) -> Vec<(String, usize)> {
    shown
        .lines()
        .filter(|l| !l.starts_with(' ') && l.contains("  "))
        .map(|l| {
            let (label, rest) = l.split_once("  ").unwrap();
            let value_at = l.chars().count() - rest.trim_start().chars().count();
            (label.to_owned(), value_at)
        })
        .collect()
}

#[test]
fn leads_show_labels_follow_the_staff_language_and_line_up() {
    let (booth, id) = booth_with_a_lead();
    let english = stdout(&run_in(&booth, &[], &["leads", "show", &id]));
    assert!(english.contains("\nCaptured    "), "{english}");
    assert!(
        english.contains("\nConsents    (purpose, legal basis"),
        "{english}"
    );
    assert!(
        english.contains("\nLanguage    en (English): the attendee read and agreed in it\n"),
        "{english}"
    );
    for (vars, labels, language_line) in [
        (
            GERMAN,
            &[
                "Veranstaltung",
                "Erfasst",
                "Firma",
                "Erklärung",
                "Einwilligungen",
                "Sprache",
            ][..],
            "en (Englisch): die Person hat in dieser Sprache gelesen und eingewilligt",
        ),
        (
            FRENCH,
            &[
                "Événement",
                "Saisi",
                "Société",
                "Politique",
                "Consentements",
                "Langue",
            ][..],
            "en (anglais) : la personne a lu et consenti dans cette langue",
        ),
        (
            SPANISH,
            &[
                "Evento",
                "Captado",
                "Empresa",
                "Política",
                "Consentimientos",
                "Idioma",
            ][..],
            "en (inglés): la persona leyó y consintió en este idioma",
        ),
    ] {
        let o = run_in(&booth, vars, &["leads", "show", &id]);
        assert!(o.status.success(), "{}", stderr(&o));
        let shown = stdout(&o);
        for english_label in ["Captured", "Company", "Consents", "Language", "Rating"] {
            assert!(
                !shown.lines().any(|l| l.starts_with(english_label)),
                "{vars:?}: {english_label}:\n{shown}"
            );
        }
        let lines = labelled(&shown);
        for label in labels {
            assert!(
                lines.iter().any(|(l, _)| l == label),
                "{vars:?}: no {label:?} line:\n{shown}"
            );
        }
        assert!(shown.contains(language_line), "{vars:?}:\n{shown}");
        // The values start in one column, after the longest label.
        let columns: std::collections::BTreeSet<usize> = lines.iter().map(|(_, c)| *c).collect();
        assert_eq!(columns.len(), 1, "{vars:?}: values not lined up:\n{shown}");
        // The record's own values stay as stored (a purpose goes by its word:
        // `leads_show_and_stats_name_purposes_by_their_words_in_the_staff_language`).
        assert!(
            shown.contains("Zoë Ōkubo") && shown.contains(" granted "),
            "{shown}"
        );
    }
}

/// `identity new` and its refusals in the staff language, still naming the
/// file; the TOML lines to paste stay TOML.
#[test]
fn identity_lines_follow_the_staff_language() {
    let booth = Booth::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("office.age");
    let file = file.to_str().unwrap();
    let made = run_in(&booth, GERMAN, &["identity", "new", file]);
    assert!(made.status.success(), "{}", stderr(&made));
    let said = stderr(&made);
    assert!(
        said.contains("age-Identität")
            && said.contains("office.age")
            && said.contains("Im Büro aufbewahren"),
        "{said}"
    );
    assert!(
        said.contains("\n  [encryption]\n  recipients = [\"age1"),
        "{said}"
    );
    assert!(!said.contains("Created the age identity"), "{said}");
    let again = run_in(&booth, FRENCH, &["identity", "new", file]);
    assert_eq!(again.status.code(), Some(1));
    let err = stderr(&again);
    assert!(
        err.contains("office.age existe déjà ; rien n'a été changé"),
        "{err}"
    );
    let english = run_in(&booth, &[], &["identity", "new", file]);
    assert!(
        stderr(&english).contains("office.age already exists; nothing was changed"),
        "{}",
        stderr(&english)
    );
    let junk = dir.path().join("junk.txt");
    std::fs::write(&junk, "# only a comment\n").unwrap();
    let read = run_in(
        &booth,
        SPANISH,
        &["identity", "recipient", junk.to_str().unwrap()],
    );
    let err = stderr(&read);
    assert!(
        err.contains("junk.txt no contiene ninguna línea AGE-SECRET-KEY-1…"),
        "{err}"
    );
}

/// Figures shown to staff take the staff language's decimal sign: `stats`'
/// consent rates and `doctor`'s free space (one helper, `i18n::figure`).
#[test]
fn figures_use_the_staff_languages_decimal_sign() {
    let booth = Booth::new();
    for (i, granted) in [true, false, false].into_iter().enumerate() {
        let mut purposes = vec!["policy_ack"];
        if granted {
            purposes.push("marketing_email");
        }
        let line = json!({
            "first_name": format!("P{i}"), "email": format!("p{i}@example.org"),
            "consents": consents(&purposes),
        });
        let o = booth.run_with_stdin(&["leads", "add"], Some(line.to_string().as_bytes()));
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let english = stdout(&run_in(&booth, &[], &["stats"]));
    assert!(english.contains("1 / 3 = 33.3% "), "{english}");
    let nb = '\u{a0}';
    for (vars, want) in [
        (FRENCH, format!("1 / 3 = 33,3{nb}% ")),
        (GERMAN, format!("1 / 3 = 33,3{nb}% ")),
        (SPANISH, format!("1 / 3 = 33,3{nb}% ")),
    ] {
        let shown = stdout(&run_in(&booth, vars, &["stats"]));
        assert!(shown.contains(&want), "{vars:?}: {want:?}\n{shown}");
        assert!(!shown.contains("33.3"), "{vars:?}\n{shown}");
    }
    // doctor's free space: "12.3 GiB" in English, "12,3 GiB" in German.
    let gib = |text: &str, sep: char| {
        text.split(" GiB").any(|before| {
            let figure: String = before
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit() || *c == sep || *c == nb)
                .collect();
            figure.contains(sep) && figure.chars().any(|c| c.is_ascii_digit())
        })
    };
    let doctor = |vars| {
        let o = run_in(&booth, vars, &["doctor"]);
        format!("{}{}", stdout(&o), stderr(&o))
    };
    let en = doctor(&[]);
    let de = doctor(GERMAN);
    if en.contains(" GiB") {
        assert!(gib(&en, '.'), "{en}");
        assert!(gib(&de, ',') && !gib(&de, '.'), "{de}");
    } else {
        assert!(en.contains(" MiB"), "doctor names the free space:\n{en}");
    }
}

/// Issue 18 (branch i18nkiosk): `leads show` names each purpose by its word in
/// the staff language, lined up by display width, as the booth's lead list
/// does; `--json` keeps the ids, and so does `stats --json` while `stats`
/// names them too.
#[test]
fn leads_show_and_stats_name_purposes_by_their_words_in_the_staff_language() {
    let (booth, id) = booth_with_a_lead();
    let german = stdout(&run_in(&booth, GERMAN, &["leads", "show", &id]));
    let rows: Vec<&str> = german.lines().filter(|l| l.starts_with("  ")).collect();
    for word in [
        "Hinweis",
        "E-Mail",
        "Telefon",
        "Veranstaltungen",
        "Konzernfirmen",
    ] {
        assert!(
            rows.iter().any(|r| r.starts_with(&format!("  {word} "))),
            "{word}:\n{german}"
        );
    }
    assert!(
        !german.contains("marketing_email") && !german.contains("policy_ack"),
        "{german}"
    );
    // The legal basis starts in one column on every row (2 + 18 + 1).
    for r in rows
        .iter()
        .filter(|r| r.contains("consent ") || r.contains("legitimate"))
    {
        let rest: String = r.chars().skip(21).collect();
        assert!(
            rest.starts_with("consent") || rest.starts_with("legitimate_interest"),
            "{r:?}"
        );
    }
    let json = stdout(&run_in(&booth, GERMAN, &["leads", "show", &id, "--json"]));
    assert!(json.contains("\"marketing_email\""), "{json}");
    let stats = stdout(&run_in(&booth, GERMAN, &["stats"]));
    assert!(stats.contains("  E-Mail "), "{stats}");
    assert!(!stats.contains("marketing_email"), "{stats}");
    let stats = stdout(&run_in(&booth, GERMAN, &["stats", "--json"]));
    assert!(stats.contains("\"marketing_email\""), "{stats}");
}
