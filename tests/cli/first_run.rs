//! A new booth team's first run under a German locale (the nu9 report): what
//! `init-event --ask` writes, what `doctor` says of it, and the errors and
//! reports a person reads on the way.

use std::process::Output;

use crate::support::{Booth, stderr};

const GERMAN: &[(&str, &str)] = &[("LANG", "de_DE.UTF-8")];

/// `leadbooth args` in the booth's folder under `vars`, `stdin` piped in.
fn run_in(booth: &Booth, vars: &[(&str, &str)], args: &[&str], stdin: &str) -> Output {
    use std::io::Write as _;
    let mut c = booth.cmd(args);
    c.current_dir(booth.dir.path());
    for (k, v) in vars {
        c.env(k, v);
    }
    let mut child = c
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// The prompt that starts with `question`, up to its `]: `.
fn prompt<'a>(err: &'a str, question: &str) -> &'a str {
    let at = err
        .find(question)
        .unwrap_or_else(|| panic!("{question:?} never asked:\n{err}"));
    let rest = &err[at..];
    &rest[..rest.find("]: ").map_or(rest.len(), |e| e + 1)]
}

/// The report line of `doctor` whose label is `label`.
fn line<'a>(report: &'a str, label: &str) -> &'a str {
    report
        .lines()
        .find(|l| l.get(6..).is_some_and(|rest| rest.starts_with(label)))
        .unwrap_or_else(|| panic!("no {label:?} line in:\n{report}"))
}

/// #1: the controller recorded with every consent. Enter after a question
/// writes exactly what its prompt offered, and what it offers follows the
/// answers before it: the organisation just typed, never the example's
/// company; the withdrawal sentence names the contact just typed. Every line
/// of the notice is asked (the rights too).
#[test]
fn init_event_ask_defaults_follow_the_earlier_answers() {
    let booth = Booth::new();
    // Organisation, Enter for the controller, an address, the contact, EU,
    // then Enter for everything else.
    let answers = "Messebau Müller GmbH\n\nHauptstr. 1, 10115 Berlin\n\
                   datenschutz@messebau-mueller.test\nEU\n\n\n\n\n\n";
    let o = run_in(&booth, GERMAN, &["init-event", "--ask", "ev.toml"], answers);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert_eq!(
        prompt(&err, "Rechtlicher Name des Verantwortlichen"),
        "Rechtlicher Name des Verantwortlichen [\"Messebau Müller GmbH\"]"
    );
    let withdraw = prompt(&err, "Wie man eine Einwilligung widerruft");
    assert!(
        withdraw.contains("datenschutz@messebau-mueller.test") && !withdraw.contains("example.com"),
        "{withdraw}"
    );
    let rights = prompt(&err, "Die Rechte der Teilnehmenden");
    let file = std::fs::read_to_string(booth.dir.path().join("ev.toml")).unwrap();
    let doc: toml::Table = file.parse().unwrap();
    assert_eq!(
        doc["controller"]["name"].as_str(),
        Some("Messebau Müller GmbH"),
        "{file}"
    );
    // Each default shown is the value written.
    assert!(
        withdraw.ends_with(&format!("[{}]", doc["notice"]["withdraw"])),
        "{withdraw}\n{file}"
    );
    assert!(
        rights.ends_with(&format!("[{}]", doc["notice"]["rights"])),
        "{rights}\n{file}"
    );
    // Nothing of the example's company or contact is left for doctor to find.
    let event = booth.dir.path().join("ev.toml");
    let report = stdout(&run_in(
        &booth,
        GERMAN,
        &["--config", event.to_str().unwrap(), "doctor"],
        "",
    ));
    let notice = line(&report, "Hinweise");
    assert!(
        notice.starts_with("ok") && notice.contains("Messebau Müller GmbH"),
        "{report}"
    );
}

/// #1: an event file that still names the example's company or privacy
/// contact is a warning (in the staff language), not "ok".
#[test]
fn doctor_warns_when_the_controller_is_still_the_example() {
    let booth = Booth::new();
    let o = run_in(&booth, GERMAN, &["init-event", "--no-input", "ev.toml"], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let event = booth.dir.path().join("ev.toml");
    let report = stdout(&run_in(
        &booth,
        GERMAN,
        &["--config", event.to_str().unwrap(), "doctor"],
        "",
    ));
    let notice = line(&report, "Hinweise");
    assert!(
        notice.starts_with("WARN")
            && notice.contains("noch die Beispielwerte")
            && notice.contains("controller.name = \"Example Ltd\"")
            && notice.contains("controller.privacy_contact = \"privacy@example.com\""),
        "{report}"
    );
    // Only the contact left as the example's: still a warning, naming it alone.
    let text = std::fs::read_to_string(&event)
        .unwrap()
        .replace("organisation = \"Example Ltd\"", "organisation = \"Acme\"")
        .replace("name = \"Example Ltd\"", "name = \"Acme GmbH\"");
    std::fs::write(&event, text).unwrap();
    let report = stdout(&run_in(
        &booth,
        GERMAN,
        &["--config", event.to_str().unwrap(), "doctor"],
        "",
    ));
    let notice = line(&report, "Hinweise");
    assert!(
        notice.starts_with("WARN")
            && notice.contains("privacy@example.com")
            && !notice.contains("Example Ltd"),
        "{report}"
    );
}

/// #7: the refusals a person meets before anything happens are said in the
/// staff language, whichever way in: the booth screen's start (event file
/// unreadable or broken, another booth on the data dir) as the subcommands.
#[test]
fn the_booth_start_refusals_are_in_the_staff_language() {
    use leadbooth::paths::DataDir;
    use leadbooth::store::BoothLock;
    let booth = Booth::new();
    let o = run_in(&booth, GERMAN, &["--config", "/nonexist.toml"], "");
    assert_eq!(
        stderr(&o).trim(),
        "leadbooth: Fehler: Veranstaltungsdatei /nonexist.toml ist nicht lesbar: \
         No such file or directory (os error 2)"
    );
    let bad = booth.dir.path().join("bad.toml");
    std::fs::write(&bad, "[event\n").unwrap();
    let o = run_in(
        &booth,
        &[("LANG", "fr_FR.UTF-8")],
        &["--kiosk", "--config", bad.to_str().unwrap()],
        "",
    );
    let err = stderr(&o);
    assert!(
        err.starts_with("leadbooth: erreur: fichier d'événement ") && err.contains(": ligne 1 :"),
        "{err}"
    );
    let _held = BoothLock::acquire(&DataDir::new(booth.data_dir())).unwrap();
    let o = run_in(&booth, GERMAN, &[], "");
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!(
            "leadbooth: Fehler: auf dem Datenordner {} läuft bereits ein leadbooth-Stand (PID {})",
            booth.data_dir().display(),
            std::process::id()
        )),
        "{err}"
    );
}

/// #7: `central withdraw`/`erase` refuse their arguments in the staff language.
#[test]
fn central_withdraw_and_erase_refuse_their_arguments_in_the_staff_language() {
    use crate::support::booth::clean_command;
    use crate::support::central::{Central, Laptop, Sqlite};
    let (laptop, batch) = Laptop::with_one_batch();
    let central = Central::new(&Sqlite);
    central.trust_laptop(&laptop, "sam");
    central.import_ok(&[&batch], &[]);
    let db = central.dir.path().join("central.sqlite3");
    let run = |args: &[&str]| {
        let mut c = clean_command(central.dir.path());
        c.args(args)
            .arg("--into")
            .arg(&db)
            .env("LANG", "de_DE.UTF-8");
        c.output().unwrap()
    };
    let o = run(&[
        "central",
        "withdraw",
        "ann@example.com",
        "--purpose",
        "bogus",
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with(
            "leadbooth: Fehler: --purpose \"bogus\" ist bei keinem importierten Lead ein \
             Einwilligungszweck (bekannt: "
        ) && err.contains("policy_ack"),
        "{err}"
    );
    let o = run(&["central", "erase", "not-an-address"]);
    assert_eq!(
        stderr(&o).trim(),
        "leadbooth: Fehler: \"not-an-address\" ist keine E-Mail-Adresse"
    );
}

/// #7: a data dir that cannot be used is said in the staff language too.
#[test]
fn an_unusable_data_dir_is_said_in_the_staff_language() {
    let booth = Booth::new();
    let file = booth.dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let mut c = crate::support::booth::clean_command(booth.dir.path());
    c.arg("--data-dir")
        .arg(&file)
        .args(["leads", "list"])
        .env("LANG", "de_DE.UTF-8");
    let o = c.output().unwrap();
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!(
            "leadbooth: Fehler: Datenordner {} nicht nutzbar: ",
            file.display()
        )),
        "{err}"
    );
}

/// #21: `stats` without the show's event file reads the built-in demo event;
/// it must not quietly report an empty booth while the data dir holds the
/// show's leads: it names whose leads are here and how to read them.
#[test]
fn stats_names_the_other_events_whose_leads_the_data_dir_holds() {
    use crate::support::consents;
    let booth = Booth::new();
    let o = run_in(&booth, GERMAN, &["init-event", "--no-input", "ev.toml"], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let event = booth.dir.path().join("ev.toml");
    let lead = |n: u32| {
        serde_json::json!({
            "first_name": format!("Ada{n}"),
            "email": format!("ada{n}@example.org"),
            "consents": consents(&["policy_ack"]),
        })
        .to_string()
    };
    let o = run_in(
        &booth,
        GERMAN,
        &[
            "--staff",
            "Sam",
            "--config",
            event.to_str().unwrap(),
            "leads",
            "add",
            "-",
        ],
        &format!("{}\n{}\n", lead(1), lead(2)),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // With the show's file: its figures, nothing to add.
    let o = run_in(
        &booth,
        GERMAN,
        &["--config", event.to_str().unwrap(), "stats"],
        "",
    );
    assert!(
        o.status.success() && stderr(&o).is_empty(),
        "{}",
        stderr(&o)
    );
    // Without it: the demo's figures, and where the two leads are.
    let o = run_in(&booth, GERMAN, &["stats"], "");
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("Hinweis: Dieser Datenordner enthält auch 2 Leads anderer Veranstaltungen")
            && err.contains(": my-expo-2026 (2).")
            && err.contains("--config <deren Veranstaltungsdatei> stats"),
        "{err}"
    );
    // --json keeps its stdout a single JSON document.
    let o = run_in(&booth, GERMAN, &["stats", "--json"], "");
    let _: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(stderr(&o).contains("my-expo-2026 (2)"), "{}", stderr(&o));
}

/// #3/#8: doctor names, for every language the kiosk offers, what it shows in
/// the default language instead, in the staff language (the keys are the
/// event file's); a language the file never mentions is named too.
#[test]
fn doctor_names_each_offered_language_s_gaps_in_the_staff_language() {
    let booth = Booth::new();
    let o = run_in(&booth, GERMAN, &["init-event", "--no-input", "ev.toml"], "");
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    // init-event already says it, per language, in German: the language
    // named as German writes it (`auf Spanisch`, never `auf Español`; the new
    // user's show day, session 10, read `pas de texte en Français`).
    assert!(
        err.contains("kein Text auf Spanisch für [translation.es] questions.interest.label")
            && !err.contains("translation (the default language is shown)"),
        "{err}"
    );
    let event = booth.dir.path().join("ev.toml");
    let text = std::fs::read_to_string(&event).unwrap();
    let de = "[translation.de.notice]\nretention = \"24 Monate.\"\nrights = \"Fragen Sie uns.\"\n\
              withdraw = \"Schreiben Sie uns.\"\ntransfers = \"Nur in der EU.\"\n";
    let fr = "[translation.fr.notice]\nretention = \"24 mois.\"\n";
    std::fs::write(&event, format!("{text}\n{de}{fr}")).unwrap();
    let report = stdout(&run_in(
        &booth,
        GERMAN,
        &["--config", event.to_str().unwrap(), "doctor"],
        "",
    ));
    let l = line(&report, "Sprachen");
    assert!(l.starts_with("WARN"), "{report}");
    assert!(
        l.contains("Deutsch (de): es fehlen questions.interest.label,")
            && l.contains("Französisch (fr): es fehlen questions.interest.label,")
            && l.contains("notice.rights, notice.withdraw, notice.transfers;")
            && l.contains("Spanisch (es): es fehlen ")
            && !l.contains("has no"),
        "{l}"
    );
    // German's notice is complete: not named among its gaps.
    let german = &l[l.find("Deutsch (de)").unwrap()..l.find("Französisch (fr)").unwrap()];
    assert!(!german.contains("notice."), "{german}");
}

/// Issue 18 (branch i18nkiosk): `init-event --ask` asks, last, which languages
/// the kiosk offers; the answer becomes `[event] languages`, and the gaps it
/// names are only the offered languages'. Enter keeps all four; a code the
/// booth does not ship is refused naming the key and its line.
#[test]
fn init_event_ask_asks_which_languages_to_offer() {
    let booth = Booth::new();
    let enter_ten = "\n".repeat(10);
    let o = run_in(
        &booth,
        GERMAN,
        &["init-event", "--ask", "ev.toml"],
        &format!("{enter_ten}en, de\n"),
    );
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert_eq!(
        prompt(&err, "Sprachen, die der Kiosk anbietet"),
        "Sprachen, die der Kiosk anbietet (en, de, fr, es; durch Kommas getrennt, Englisch darunter) [en, de, fr, es]"
    );
    let file = std::fs::read_to_string(booth.dir.path().join("ev.toml")).unwrap();
    let doc: toml::Table = file.parse().unwrap();
    assert_eq!(
        doc["event"]["languages"],
        toml::Value::Array(vec!["en".into(), "de".into()]),
        "{file}"
    );
    // The example's notice has no German yet: German is named, French and
    // Spanish, not offered, are not.
    assert!(err.contains("[translation.de]"), "{err}");
    assert!(
        !err.contains("[translation.fr]") && !err.contains("[translation.es]"),
        "{err}"
    );
    // Enter: every language, the line left commented.
    let o = run_in(
        &booth,
        &[],
        &["init-event", "--ask", "all.toml"],
        &enter_ten,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let file = std::fs::read_to_string(booth.dir.path().join("all.toml")).unwrap();
    assert!(
        file.contains("\n#languages = [\"en\", \"de\", \"fr\", \"es\"]\n"),
        "{file}"
    );
    assert!(stderr(&o).contains("[translation.es]"), "{}", stderr(&o));
    // A language the booth does not ship: refused.
    let o = run_in(
        &booth,
        &[],
        &["init-event", "--ask", "it.toml"],
        &format!("{enter_ten}en it\n"),
    );
    let err = stderr(&o);
    assert!(!o.status.success(), "{err}");
    assert!(err.contains("event.languages (line "), "{err}");
    assert!(
        err.contains("\"it\" is not a language the booth speaks"),
        "{err}"
    );
}

/// A French team asked for the notice in French answers in French, but the
/// sentences are the event's default wording, English: an English attendee
/// then read "Kept: Nous conservons vos coordonnées …", and a German one
/// (no German notice) too, under German labels (the new user's show day in
/// Lyon, session 10). `--ask` says, in the staff language, before the first
/// sentence, which language they are in and where another language's go.
#[test]
fn init_event_ask_says_the_notice_sentences_are_english() {
    let booth = Booth::new();
    let o = run_in(
        &booth,
        &[("LANG", "fr_FR.UTF-8")],
        &["init-event", "--ask", "ev.toml"],
        &"\n".repeat(11),
    );
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    let said = err
        .find("écrivez-les en anglais")
        .unwrap_or_else(|| panic!("the notice's language is never said:\n{err}"));
    let said_at = |q: &str| err.find(q).unwrap_or_else(|| panic!("{q:?}:\n{err}"));
    // After the jurisdiction, before the retention sentence.
    assert!(said_at("Juridiction") < said, "{err}");
    // Each prompt spaces its colon, as French does (`[GB] : `, was `[GB]: `).
    assert!(err.contains("[\"GB\"] : "), "{err}");
    assert!(err.contains("[en, de, fr, es] : "), "{err}");
    assert!(!err.contains("]: "), "{err}");
    assert!(said < said_at("Durée de conservation"), "{err}");
    assert!(err.contains("[translation.<code>.notice]"), "{err}");
}

/// doctor's languages line on a French laptop joins its languages with a
/// spaced semicolon, as French writes it (`… notice.transfers ; français (fr)
/// : …`); it read `notice.transfers; Français (fr)` at the new user's show day
/// in Lyon (session 10).
#[test]
fn a_french_doctor_spaces_the_semicolons_between_languages() {
    let booth = Booth::new();
    let french = &[("LANG", "fr_FR.UTF-8")];
    let o = run_in(&booth, french, &["init-event", "--no-input", "ev.toml"], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let report = stdout(&run_in(
        &booth,
        french,
        &["--config", "ev.toml", "doctor"],
        "",
    ));
    let l = line(&report, "langues");
    assert!(l.contains(" ; français (fr) : il manque "), "{l}");
    assert!(l.contains(" ; espagnol (es) : il manque "), "{l}");
    assert!(!l.contains("s; "), "{l}");
    // init-event named them in a sentence French can read: the language's
    // own French name, never "qui choisit allemand".
    let err = stderr(&o);
    assert!(
        err.contains("pas de texte en allemand pour [translation.de] ")
            && err.contains("; qui choisit cette langue y lit la langue par défaut"),
        "{err}"
    );
    assert!(!err.contains("qui choisit allemand"), "{err}");
}
