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

const FRENCH: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];

/// `args` run in English, German and French: the three outputs.
fn in_three(booth: &Booth, args: &[&str]) -> [Output; 3] {
    [&[][..], GERMAN, FRENCH].map(|vars| run_in(booth, vars, args))
}

/// The lines of a doctor report that begin with `label` after the status word.
fn has_label(report: &str, label: &str) -> bool {
    report
        .lines()
        .any(|l| l.get(6..).is_some_and(|rest| rest.starts_with(label)))
}

#[test]
fn doctor_speaks_the_staff_language_and_its_json_does_not() {
    let booth = with_a_lead();
    let [en, de, fr] = in_three(&booth, &["doctor"]).map(|o| stdout(&o));
    for label in [
        "data dir",
        "integrity",
        "signing key",
        "event",
        "encryption",
        "kiosk PIN",
    ] {
        assert!(has_label(&en, label), "{label}: {en}");
    }
    for label in [
        "Datenordner",
        "Integrität",
        "Signierschlüssel",
        "Veranstaltung",
        "Verschlüsselung",
        "Kiosk-PIN",
    ] {
        assert!(has_label(&de, label), "{label}: {de}");
    }
    for label in [
        "données",
        "intégrité",
        "clé de signature",
        "événement",
        "chiffrement",
        "code borne",
    ] {
        assert!(has_label(&fr, label), "{label}: {fr}");
    }
    // Findings and hints too, with the file names and plurals in them.
    assert!(en.contains("integrity check passed, 1 lead\n"), "{en}");
    assert!(
        de.contains("Integritätsprüfung bestanden, 1 Lead\n"),
        "{de}"
    );
    assert!(
        fr.contains("contrôle d'intégrité réussi, 1 contact\n"),
        "{fr}"
    );
    assert!(
        de.contains("noch kein Signierschlüssel des Geräts (")
            && de.contains("keys/device.key) -- vor der Messe `leadbooth keys init` ausführen"),
        "{de}"
    );
    assert!(
        fr.contains("pas encore de clé de signature de l'appareil (")
            && fr.contains("keys/device.key) -- lancez `leadbooth keys init`"),
        "{fr}"
    );
    for english in [
        "integrity check",
        " free for the ",
        "not a terminal",
        "-- run ",
    ] {
        assert!(!de.contains(english) && !fr.contains(english), "{english}");
    }
    // The status words stay as they are (a person and a script spot them alike).
    assert!(
        de.lines()
            .all(|l| ["ok  ", "WARN", "FAIL"].iter().any(|w| l.starts_with(w)))
    );

    // --json is for scripts: the same in every language (free space aside,
    // which moves between two runs on a shared disk).
    let json = in_three(&booth, &["doctor", "--json"]).map(|o| {
        let mut v: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
        v.retain(|c| !c["id"].as_str().unwrap().starts_with("space_"));
        v
    });
    assert!(json[0].len() > 10);
    assert_eq!(json[0], json[1]);
    assert_eq!(json[0], json[2]);
    assert!(
        json[1]
            .iter()
            .any(|c| c["message"] == "integrity check passed, 1 lead"),
        "{:?}",
        json[1]
    );
}

#[test]
fn stats_speak_the_staff_language_and_their_json_does_not() {
    let booth = with_a_lead();
    let day = &["stats", "--day", "2026-11-29"];
    let [en, de, fr] = in_three(&booth, day).map(|o| stdout(&o));
    assert!(
        en.contains("\nnot exported   1 lead, 0 erasures/withdrawals\n"),
        "{en}"
    );
    // The values start in one column after the language's longest label.
    assert!(
        de.contains("\nnicht exportiert  1 Lead, 0 Löschungen/Widerrufe\n")
            && de.contains("\nletzter Stapel    noch keiner geschrieben\n")
            && de.contains("\nBewertungen       heiß 0, warm 0, kalt 0, ohne 1\n"),
        "{de}"
    );
    assert!(
        fr.contains("\nnon exporté    1 contact, 0 effacement/retrait\n")
            && fr.contains("\ndernier lot    aucun écrit pour l'instant\n"),
        "{fr}"
    );
    let mut json = vec!["stats", "--json"];
    json.extend_from_slice(&day[1..]);
    // The same object in every language but for when it was made.
    let [en, de, fr] = in_three(&booth, &json).map(|o| {
        let mut v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v.as_object_mut().unwrap().remove("generated_at").unwrap();
        v
    });
    assert_eq!(en["export"]["leads_not_exported"], 1);
    assert_eq!(en, de);
    assert_eq!(en, fr);
}

/// A trust folder holding `booth`'s public key, as the office keeps it.
fn trust_folder(booth: &Booth) -> std::path::PathBuf {
    let trust = booth.dir.path().join("trust");
    std::fs::create_dir_all(&trust).unwrap();
    std::fs::copy(booth.pubkey(), trust.join("laptop-1.pub")).unwrap();
    trust
}

#[test]
fn verify_says_ok_and_why_not_in_the_staff_language() {
    let booth = with_a_lead();
    let batch = booth.export(&[]);
    let (b, key) = (batch.to_str().unwrap(), booth.pubkey());
    let args = ["verify", b, "--pubkey", key.to_str().unwrap()];
    let [en, de, fr] = in_three(&booth, &args).map(|o| {
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    });
    assert!(
        en.starts_with("OK ") && en.contains(": 1 lead, 0 erasures; event demo-2026, device "),
        "{en}"
    );
    assert!(
        de.starts_with("OK ")
            && de.contains(": 1 Lead, 0 Löschungen; Veranstaltung demo-2026, Gerät ")
            && de.contains(", signiert mit Schlüssel "),
        "{de}"
    );
    assert!(
        fr.starts_with("OK ")
            && fr.contains(" : 1 contact, 0 effacement ; événement demo-2026, appareil "),
        "{fr}"
    );
    // A changed file: refused, in German, naming the batch and the file.
    let leads = batch.join("leads.jsonl");
    let mut bytes = std::fs::read(&leads).unwrap();
    bytes.extend_from_slice(b"\n");
    std::fs::write(&leads, bytes).unwrap();
    let o = run_in(&booth, GERMAN, &args);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.starts_with("leadbooth: Fehler: Stapel ")
            && err.contains(" hat die Prüfung nicht bestanden: ")
            && err.contains("leads.jsonl passt nicht zu seiner Prüfsumme in SHA256SUMS"),
        "{err}"
    );
}

#[test]
fn import_and_crm_summaries_speak_the_staff_language_with_plurals() {
    let booth = with_a_lead();
    let batch = booth.export(&[]);
    let trust = trust_folder(&booth);
    let dir = booth.dir.path();
    let import = |vars: &[(&str, &str)], name: &str, batch: &std::path::Path| {
        let (db, csv) = (
            dir.join(format!("{name}.sqlite3")),
            dir.join(format!("{name}.csv")),
        );
        let o = run_in(
            &booth,
            vars,
            &[
                "import",
                batch.to_str().unwrap(),
                "--trust",
                trust.to_str().unwrap(),
                "--into",
                db.to_str().unwrap(),
                "--csv",
                csv.to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        (stdout(&o), csv)
    };
    let (en, en_csv) = import(&[], "en", &batch);
    assert!(
        en.contains("; 1 contact in ") && en.contains(": 1 contact\n"),
        "{en}"
    );
    assert!(!en.contains("1 contacts"), "{en}");
    let (de, de_csv) = import(GERMAN, "de", &batch);
    assert!(
        de.contains("importiert ")
            && de.contains("(Gerät ")
            && de.contains(
                "1 neu, 0 zusammengeführt, 0 aktualisiert, 0 ignoriert; 0 Löschungen, 0 Widerrufe\n"
            )
            && de.contains("; 1 Kontakt in ")
            && de.contains("CSV für hubspot geschrieben nach ")
            && de.contains(": 1 Kontakt\n")
            && de.contains("Sperrdatei geschrieben nach "),
        "{de}"
    );
    let (fr, fr_csv) = import(FRENCH, "fr", &batch);
    assert!(
        fr.contains("importé ")
            && fr.contains("; 1 contact dans ")
            && fr.contains("CSV pour hubspot écrit dans ")
            && fr.contains(" : 1 contact\n"),
        "{fr}"
    );
    // The CRM file is data: the same bytes whatever the office's language.
    let header = |p: &std::path::Path| {
        let text = std::fs::read_to_string(p).unwrap();
        (
            text.lines().next().unwrap().to_owned(),
            text.lines().count(),
        )
    };
    assert_eq!(header(&en_csv), header(&de_csv));
    assert_eq!(header(&en_csv), header(&fr_csv));

    // Two contacts now: "2 Kontakte"; the batch already in is "übersprungen".
    booth.add(&lead_line(
        json!({"first_name": "Anna", "last_name": "Schmidt", "email": "as@example.de"}),
        &[],
    ));
    let second = booth.export(&[]);
    let o = run_in(
        &booth,
        GERMAN,
        &[
            "import",
            batch.to_str().unwrap(),
            second.to_str().unwrap(),
            "--trust",
            trust.to_str().unwrap(),
            "--into",
            dir.join("de.sqlite3").to_str().unwrap(),
            "--csv",
            de_csv.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let again = stdout(&o);
    assert!(
        again.contains("übersprungen  ")
            && again.contains(": schon importiert am ")
            && again.contains("; 2 Kontakte in ")
            && again.contains(": 2 Kontakte\n"),
        "{again}"
    );
}

#[test]
fn attendee_rows_skipped_are_named_by_line_field_and_column_in_the_staff_language() {
    let booth = Booth::new();
    let list = booth.dir.path().join("registrations.csv");
    std::fs::write(
        &list,
        "Badge ID,First Name,Last Name,E-Mail,Company,Job Title,Phone,Country\n\
         R-1,Ada,Lovelace,ada@example.org,Analytical,Engineer,,GB\n\
         R-2,Bad,Mail,not-an-address,ACME,,,DE\n",
    )
    .unwrap();
    let file = list.to_str().unwrap();
    let o = run_in(&booth, GERMAN, &["attendees", "import", file]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("leadbooth: Warnung: ")
            && err.contains("registrations.csv: Zeile 3: email: ")
            && err.contains(" (Spalte D, \"E-Mail\"): Zeile übersprungen"),
        "{err}"
    );
    assert!(
        err.contains("1 Teilnehmer aus ")
            && err.contains(" importiert: 1 neu, 0 aktualisiert; 1 Zeile übersprungen"),
        "{err}"
    );
    // A list without its columns: nothing imported, said in French.
    std::fs::write(&list, "Name,Mail\nAda,ada@example.org\n").unwrap();
    let o = run_in(&booth, FRENCH, &["attendees", "import", file]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.starts_with("leadbooth: erreur: ")
            && err.contains("registrations.csv : rien n'a été importé : en-tête : colonne \"badge_id\" manquante"),
        "{err}"
    );
}

#[test]
fn a_refused_batch_is_said_in_the_staff_language() {
    let booth = with_a_lead();
    let batch = booth.export(&[]);
    // The office trusts another laptop only.
    let other = Booth::new();
    other.ok(&["keys", "init", "--no-passphrase"]);
    let trust = trust_folder(&other);
    let db = booth.dir.path().join("central.sqlite3");
    let o = run_in(
        &booth,
        GERMAN,
        &[
            "import",
            batch.to_str().unwrap(),
            "--trust",
            trust.to_str().unwrap(),
            "--into",
            db.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(" abgelehnt: er ist mit Schlüssel ")
            && err.contains(", dem nicht vertraut wird: keine *.pub-Datei in ")
            && err.contains("trust hat diese Schlüssel-ID"),
        "{err}"
    );
    assert!(
        stdout(&o).contains("0 Stapel importiert, 0 übersprungen (schon importiert), 1 abgelehnt"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_broken_event_file_is_named_by_file_line_and_key_in_the_staff_language() {
    let booth = Booth::new();
    let event = booth.dir.path().join("event.toml");
    std::fs::write(
        &event,
        "[event]\nid = \"fair-2026\"\nname = \"Fair\"\norganisation = \"Acme\"\nrequierd = true\n",
    )
    .unwrap();
    let cfg = event.to_str().unwrap();
    let o = run_in(&booth, GERMAN, &["--config", cfg, "stats"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.starts_with("leadbooth: Fehler: Veranstaltungsdatei ")
            && err.contains("event.toml: Zeile 5: ")
            && err.contains("requierd"),
        "{err}"
    );
    // doctor's event line says the same, and its --json stays English.
    let o = run_in(&booth, FRENCH, &["--config", cfg, "doctor"]);
    let report = stdout(&o);
    assert!(
        report.lines().any(|l| l.starts_with("FAIL  événement")
            && l.contains("fichier d'événement ")
            && l.contains("event.toml : ligne 5 : ")),
        "{report}"
    );
    let o = run_in(&booth, FRENCH, &["--config", cfg, "doctor", "--json"]);
    let checks: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap();
    let event_check = checks.iter().find(|c| c["id"] == "event").unwrap();
    assert!(
        event_check["message"]
            .as_str()
            .unwrap()
            .starts_with("event file "),
        "{event_check}"
    );
}

#[test]
fn key_errors_are_said_in_the_staff_language() {
    let booth = Booth::new();
    let o = run_in(&booth, GERMAN, &["keys", "show"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.starts_with("leadbooth: Fehler: kein Signierschlüssel des Geräts in ")
            && err.contains("keys: `leadbooth keys init` ausführen"),
        "{err}"
    );
    booth.ok(&["keys", "init", "--no-passphrase"]);
    let spanish = [("LANG", "es_ES.UTF-8")];
    let o = run_in(&booth, &spanish, &["keys", "init", "--no-passphrase"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.starts_with("leadbooth: error: ya existe una clave de firma del dispositivo: ")
            && err.contains("device.key (ID de clave "),
        "{err}"
    );
    // keys show, for a person: labels in the staff language, values as stored.
    let shown = stdout(&run_in(&booth, &spanish, &["keys", "show"]));
    assert!(
        shown.contains("\nprotección     permisos 0600, sin cifrar (exportación desatendida)\n"),
        "{shown}"
    );
}
