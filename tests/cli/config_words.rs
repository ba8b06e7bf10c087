//! An event file's rules in the staff language (issue 18): every refusal of
//! a bad event file is said in German, French or Spanish under that locale,
//! still naming the file, the key and its line, and in English exactly as
//! before (`tests/fixtures/config_rules_en.txt`, written from main's binary
//! before the rules were typed). The TOML parser's own words stay as it
//! writes them.

use std::path::Path;
use std::process::Output;

use crate::support::{Booth, stderr};

const HEAD: &str = "[event]\nid = \"fair-2026\"\nname = \"Fair\"\norganisation = \"Acme\"\n";

/// One bad event file: its name in the fixture, the event file's text and
/// any file beside it.
struct Case {
    name: &'static str,
    event: Vec<u8>,
    beside: Vec<(&'static str, Vec<u8>)>,
}

fn case(name: &'static str, event: impl Into<String>) -> Case {
    Case {
        name,
        event: event.into().into_bytes(),
        beside: Vec::new(),
    }
}

fn with(mut c: Case, file: &'static str, bytes: impl Into<Vec<u8>>) -> Case {
    c.beside.push((file, bytes.into()));
    c
}

fn head(extra: &str) -> String {
    format!("{HEAD}{extra}")
}

fn purpose(id: &str, label: &str) -> String {
    format!("[[purpose]]\nid = \"{id}\"\nlabel = \"{label}\"\n")
}

fn question(id: &str, label: &str, kind: &str, choices: &str) -> String {
    format!(
        "[[question]]\nid = \"{id}\"\nlabel = \"{label}\"\nkind = \"{kind}\"\nchoices = {choices}\n"
    )
}

fn quoted_list(n: usize, item: impl Fn(usize) -> String) -> String {
    let items: Vec<String> = (0..n).map(|i| format!("\"{}\"", item(i))).collect();
    format!("[{}]", items.join(", "))
}

const SECRET: &str = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";

/// A recipient that parses (a fixed one: the fixture holds its text).
const RECIPIENT: &str = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

/// Every rule an event file can break, once each.
fn cases() -> Vec<Case> {
    let long = |n: usize| "x".repeat(n);
    let ok = purpose("newsletter", "Send me the newsletter.");
    let q = question("size", "How big?", "single", "[\"small\", \"big\"]");
    vec![
        case("parse", head("requierd = true\n")),
        case("event-id", HEAD.replace("fair-2026", "Fair 2026")),
        case("name-empty", HEAD.replace("\"Fair\"", "\"\"")),
        case("organisation-long", HEAD.replace("Acme", &long(201))),
        case(
            "staff-entries",
            head(&format!(
                "staff = {}\n",
                quoted_list(201, |i| format!("s{i}"))
            )),
        ),
        case("staff-blank", head("staff = [\"Ann\", \" \"]\n")),
        case(
            "staff-long",
            head(&format!("staff = [\"{}\"]\n", long(201))),
        ),
        case("country-unknown", head("default_country = \"Atlantis\"\n")),
        case(
            "url-newline",
            head("[policy]\nurl = \"https://acme.example/p\\nx\"\n"),
        ),
        case("url-empty", head("[policy]\nurl = \" \"\n")),
        case(
            "url-long",
            head(&format!(
                "[policy]\nurl = \"https://acme.example/{}\"\n",
                long(2000)
            )),
        ),
        case(
            "url-not-web",
            head("[policy]\nurl = \"javascript:alert(1)\"\n"),
        ),
        case("purposes-none", format!("purpose = []\n{HEAD}")),
        case(
            "purposes-too-many",
            head(
                &(0..51)
                    .map(|i| purpose(&format!("p{i}"), "P"))
                    .collect::<String>(),
            ),
        ),
        case("purpose-id", head(&purpose("News-Letter", "N"))),
        case("purpose-twice", head(&format!("{ok}{ok}"))),
        case("purpose-label-empty", head(&purpose("newsletter", ""))),
        case(
            "purpose-label-long",
            head(&purpose("newsletter", &long(2001))),
        ),
        case(
            "purpose-required-consent",
            head(&format!("{ok}required = true\n")),
        ),
        case("purpose-short-blank", head(&format!("{ok}short = \" \"\n"))),
        case(
            "purpose-short-long",
            head(&format!("{ok}short = \"{}\"\n", long(201))),
        ),
        case(
            "questions-too-many",
            head(
                &(0..51)
                    .map(|i| question(&format!("q{i}"), "Q", "text", "[]"))
                    .collect::<String>(),
            ),
        ),
        case("question-id", head(&question("Size", "S", "text", "[]"))),
        case("question-twice", head(&format!("{q}{q}"))),
        case(
            "question-label-empty",
            head(&question("size", "", "text", "[]")),
        ),
        case(
            "question-label-long",
            head(&question("size", &long(2001), "text", "[]")),
        ),
        case(
            "choices-too-many",
            head(&question(
                "size",
                "S",
                "multiple",
                &quoted_list(51, |i| format!("c{i}")),
            )),
        ),
        case(
            "choice-empty",
            head(&question("size", "S", "single", "[\"a\", \"\"]")),
        ),
        case(
            "choice-long",
            head(&question(
                "size",
                "S",
                "single",
                &format!("[\"{}\"]", long(2001)),
            )),
        ),
        case(
            "text-with-choices",
            head(&question("size", "S", "text", "[\"a\"]")),
        ),
        case(
            "choice-without-choices",
            head(&question("size", "S", "single", "[]")),
        ),
        case(
            "controller-newline",
            head("[controller]\naddress = \"1 Road\\nTown\"\n"),
        ),
        case(
            "controller-long",
            head(&format!("[controller]\nname = \"{}\"\n", long(201))),
        ),
        case(
            "notice-long",
            head(&format!("[notice]\nrights = \"{}\"\n", long(2001))),
        ),
        case("language-tag", head("language = \"en_GB\"\n")),
        case("valid-months", head("[consent]\nvalid_for_months = 0\n")),
        case("last-day", head("last_day = \"30.11.2026\"\n")),
        case("languages-unknown", head("languages = [\"en\", \"it\"]\n")),
        case(
            "languages-twice",
            head("languages = [\n  \"en\",\n  \"de\",\n  \"DE\",\n]\n"),
        ),
        case("languages-empty", head("languages = []\n")),
        case(
            "languages-no-default",
            head("languages = [\"de\", \"fr\"]\n"),
        ),
        case(
            "languages-no-default-written",
            head("language = \"fr-CA\"\nlanguages = [\"de\", \"es\"]\n"),
        ),
        case(
            "translation-language",
            head("[translation.it.notice]\nrights = \"Chiedeteci.\"\n"),
        ),
        case(
            "translation-purpose-unknown",
            head(&format!("{ok}[translation.de.purposes]\nnope = \"Nein\"\n")),
        ),
        case(
            "translation-purpose-empty",
            head(&format!(
                "{ok}[translation.de.purposes]\nnewsletter = \"\"\n"
            )),
        ),
        case(
            "translation-purpose-long",
            head(&format!(
                "{ok}[translation.de.purposes]\nnewsletter = \"{}\"\n",
                long(2001)
            )),
        ),
        case(
            "translation-question-unknown",
            head(&format!(
                "{q}[translation.fr.questions.nope]\nlabel = \"Non\"\n"
            )),
        ),
        // The rules the languages adversary review added (branch adv18).
        case(
            "translation-code",
            head("[translation.DE.notice]\nrights = \"Fragen Sie uns.\"\n"),
        ),
        case(
            "translation-of-default",
            head("[translation.en.notice]\nrights = \"Ask us.\"\n"),
        ),
        case(
            "wording-shown-otherwise",
            head(&purpose("newsletter", "Send me \\u202Ethe newsletter.")),
        ),
        case(
            "purpose-worded-alike",
            head(&format!(
                "{ok}{}",
                purpose("offers", "Send me the newsletter.")
            )),
        ),
        case(
            "choice-worded-alike",
            head(&question(
                "size",
                "How big?",
                "single",
                "[\"big\", \"big\"]",
            )),
        ),
        case(
            "translation-choice-count",
            head(&format!(
                "{q}[translation.fr.questions.size]\nchoices = [\"petit\"]\n"
            )),
        ),
        case(
            "translation-choice-empty",
            head(&format!(
                "{q}[translation.es.questions.size]\nchoices = [\"pequeño\", \"\"]\n"
            )),
        ),
        case(
            "translation-notice-empty",
            head("[translation.es.notice]\nrights = \"\"\n"),
        ),
        case(
            "translation-url-newline",
            head("[translation.de.policy]\nurl = \"https://a.example/\\n\"\n"),
        ),
        case(
            "translation-url-not-web",
            head("[translation.de.policy]\nurl = \"ftp://a.example/p\"\n"),
        ),
        case(
            "recipient-secret",
            head(&format!("[encryption]\nrecipients = [\"{SECRET}\"]\n")),
        ),
        case(
            "recipient-bad",
            head("[encryption]\nrecipients = [\n  \"age1oops\",\n]\n"),
        ),
        case(
            "recipient-twice",
            head(&format!(
                "[encryption]\nrecipients = [\n  \"{RECIPIENT}\",\n  \"{RECIPIENT}\",\n]\n"
            )),
        ),
        with(
            case(
                "recipients-file-empty",
                head("[encryption]\nrecipients_file = \"r.txt\"\n"),
            ),
            "r.txt",
            "# the office's line goes here\n",
        ),
        with(
            case(
                "recipients-file-bad",
                head("[encryption]\nrecipients_file = \"r.txt\"\n"),
            ),
            "r.txt",
            format!("# office\n{RECIPIENT}\nnope\n"),
        ),
        with(
            case(
                "recipients-file-twice",
                head(&format!(
                    "[encryption]\nrecipients = [\"{RECIPIENT}\"]\nrecipients_file = \"r.txt\"\n"
                )),
            ),
            "r.txt",
            format!("\n{RECIPIENT}\n"),
        ),
        case(
            "recipients-file-missing",
            head("[encryption]\nrecipients_file = \"none.txt\"\n"),
        ),
        with(
            case("policy-empty", head("[policy]\nfile = \"p.md\"\n")),
            "p.md",
            " \n",
        ),
        with(
            case("policy-not-utf8", head("[policy]\nfile = \"p.md\"\n")),
            "p.md",
            b"# P\n\xff\n".to_vec(),
        ),
        case("policy-missing", head("[policy]\nfile = \"none.md\"\n")),
        with(
            case("policy-too-large", head("[policy]\nfile = \"p.md\"\n")),
            "p.md",
            vec![b'x'; 1024 * 1024 + 1],
        ),
        Case {
            name: "event-not-utf8",
            event: [HEAD.as_bytes(), b"# \xff\n"].concat(),
            beside: Vec::new(),
        },
        Case {
            name: "event-too-large",
            event: [HEAD.as_bytes(), &vec![b'#'; 1024 * 1024]].concat(),
            beside: Vec::new(),
        },
    ]
}

/// The case's event file, written in a folder of its own under `booth`.
fn write_case(booth: &Booth, c: &Case) -> std::path::PathBuf {
    let dir = booth.dir.path().join("cases").join(c.name);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in &c.beside {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let event = dir.join("event.toml");
    std::fs::write(&event, &c.event).unwrap();
    event
}

fn run_in(booth: &Booth, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = booth.cmd(args);
    for (k, v) in vars {
        c.env(k, v);
    }
    c.stdin(std::process::Stdio::null()).output().unwrap()
}

/// `leadbooth --config <case> stats` under `vars`: its one error line, the
/// case's folder written as `{dir}`.
fn refusal(booth: &Booth, c: &Case, vars: &[(&str, &str)]) -> String {
    let event = write_case(booth, c);
    let o = run_in(booth, vars, &["--config", event.to_str().unwrap(), "stats"]);
    assert!(!o.status.success(), "{}: {}", c.name, stderr(&o));
    let dir = event.parent().unwrap().to_str().unwrap().to_owned();
    stderr(&o).replace(&dir, "{dir}")
}

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/config_rules_en.txt")
}

/// Every case's English line (`name\tline`, one case a line) as main's binary
/// wrote it before the rules were typed: the fixture is that record, not a
/// snapshot to refresh.
#[test]
fn every_rule_in_english_is_as_before() {
    let booth = Booth::new();
    let mut got = String::new();
    for c in cases() {
        let line = refusal(&booth, &c, &[("LANG", "C")]);
        assert!(
            line.ends_with('\n') && line.matches('\n').count() == 1,
            "{}: {line}",
            c.name
        );
        got.push_str(&format!("{}\t{line}", c.name));
    }
    let want = std::fs::read_to_string(fixture()).unwrap();
    for (g, w) in got.lines().zip(want.lines()) {
        assert_eq!(g, w);
    }
    assert_eq!(got, want);
}

const GERMAN: &[(&str, &str)] = &[("LANG", "de_DE.UTF-8")];
const FRENCH: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];
const SPANISH: &[(&str, &str)] = &[("LANG", "es_ES.UTF-8")];

fn named(name: &str) -> Case {
    cases()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no case {name}"))
}

/// The four faults a booth team meets first, word for word in each staff
/// language: the file, the key (and its line, where the parser kept it)
/// and the rule.
#[test]
fn a_bad_event_file_is_refused_in_the_staff_language_naming_file_line_and_key() {
    let booth = Booth::new();
    let r = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
    let cases: [(&str, [String; 3]); 6] = [
        (
            "languages-unknown",
            [
                "leadbooth: Fehler: Veranstaltungsdatei {dir}/event.toml: event.languages (Zeile 5): \"it\" ist keine Sprache, die der Stand spricht (mitgeliefert sind \"en\", \"de\", \"fr\", \"es\")".into(),
                "leadbooth: erreur: fichier d'événement {dir}/event.toml : event.languages (ligne 5) : \"it\" n'est pas une langue que parle le stand (il propose \"en\", \"de\", \"fr\", \"es\")".into(),
                "leadbooth: error: archivo del evento {dir}/event.toml: event.languages (línea 5): \"it\" no es un idioma que hable el stand (incluye \"en\", \"de\", \"fr\", \"es\")".into(),
            ],
        ),
        (
            "url-newline",
            [
                "leadbooth: Fehler: Veranstaltungsdatei {dir}/event.toml: policy.url: muss eine URL in einer Zeile sein".into(),
                "leadbooth: erreur: fichier d'événement {dir}/event.toml : policy.url : doit être une URL sur une seule ligne".into(),
                "leadbooth: error: archivo del evento {dir}/event.toml: policy.url: debe ser una URL en una sola línea".into(),
            ],
        ),
        (
            "organisation-long",
            [
                "leadbooth: Fehler: Veranstaltungsdatei {dir}/event.toml: event.organisation: hat 201 Zeichen, mehr als die erlaubten 200".into(),
                "leadbooth: erreur: fichier d'événement {dir}/event.toml : event.organisation : fait 201 caractères, au-delà des 200 permis".into(),
                "leadbooth: error: archivo del evento {dir}/event.toml: event.organisation: tiene 201 caracteres, más de los 200 permitidos".into(),
            ],
        ),
        (
            // French groups a figure's thousands (with a no-break space).
            "url-long",
            [
                "leadbooth: Fehler: Veranstaltungsdatei {dir}/event.toml: policy.url: hat 2021 Zeichen, mehr als die erlaubten 2000".into(),
                "leadbooth: erreur: fichier d'événement {dir}/event.toml : policy.url : fait 2\u{a0}021 caractères, au-delà des 2\u{a0}000 permis".into(),
                "leadbooth: error: archivo del evento {dir}/event.toml: policy.url: tiene 2021 caracteres, más de los 2000 permitidos".into(),
            ],
        ),
        (
            "purpose-twice",
            [
                "leadbooth: Fehler: Veranstaltungsdatei {dir}/event.toml: purpose[1].id: \"newsletter\" kommt zweimal vor".into(),
                "leadbooth: erreur: fichier d'événement {dir}/event.toml : purpose[1].id : \"newsletter\" est utilisé deux fois".into(),
                "leadbooth: error: archivo del evento {dir}/event.toml: purpose[1].id: \"newsletter\" se usa dos veces".into(),
            ],
        ),
        (
            "recipient-twice",
            [
                format!("leadbooth: Fehler: Veranstaltungsdatei {{dir}}/event.toml: Zeile 8: encryption.recipients[1]: {r} ist doppelt angegeben (zuerst in Veranstaltungsdatei {{dir}}/event.toml, Zeile 7)"),
                format!("leadbooth: erreur: fichier d'événement {{dir}}/event.toml : ligne 8 : encryption.recipients[1] : {r} figure deux fois (d'abord dans le fichier d'événement {{dir}}/event.toml, ligne 7)"),
                format!("leadbooth: error: archivo del evento {{dir}}/event.toml: línea 8: encryption.recipients[1]: {r} aparece dos veces (primero en el archivo del evento {{dir}}/event.toml, línea 7)"),
            ],
        ),
    ];
    for (name, want) in cases {
        let c = named(name);
        for (vars, want) in [GERMAN, FRENCH, SPANISH].into_iter().zip(want) {
            assert_eq!(
                refusal(&booth, &c, vars),
                format!("{want}\n"),
                "{name} {vars:?}"
            );
        }
    }
}

/// `line` without its quoted values (the same in every language).
fn unquoted(line: &str) -> String {
    line.split('"').step_by(2).collect()
}

/// Every rule of the fixture in German, French and Spanish: not the English
/// line, and not its English ending, but for the words that are not ours
/// (the TOML parser's, the operating system's).
#[test]
fn every_rule_is_said_in_each_staff_language() {
    let booth = Booth::new();
    let english = std::fs::read_to_string(fixture()).unwrap();
    let theirs = ["parse", "recipients-file-missing", "policy-missing"];
    for c in cases() {
        let en = english
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{}\t", c.name)))
            .unwrap_or_else(|| panic!("{} is not in the fixture", c.name));
        let en_words = unquoted(en);
        let ending = &en_words[en_words.char_indices().rev().nth(19).unwrap().0..];
        for vars in [GERMAN, FRENCH, SPANISH] {
            let said = refusal(&booth, &c, vars);
            assert_ne!(said.trim_end(), en, "{} {vars:?}", c.name);
            assert!(!said.contains("{ $"), "{said}");
            if !theirs.contains(&c.name) {
                assert!(
                    !unquoted(said.trim_end()).ends_with(ending),
                    "{} {vars:?} ends in English: {said}",
                    c.name
                );
            }
        }
    }
}

/// Each face that loads the event file says its refusal the same way: the
/// booth's start, `doctor`, `leads add`, `export`, and `init-event`'s check
/// of what was typed.
#[test]
fn every_command_says_the_rule_in_the_staff_language() {
    let booth = Booth::new();
    let event = write_case(&booth, &named("languages-unknown"));
    let cfg = event.to_str().unwrap();
    let rule = "event.languages (Zeile 5): \"it\" ist keine Sprache, die der Stand spricht";
    for args in [
        vec!["--config", cfg],
        vec!["--config", cfg, "--kiosk"],
        vec!["--config", cfg, "leads", "add"],
        vec!["--config", cfg, "export"],
        vec!["--config", cfg, "stats"],
        vec!["--config", cfg, "policy", "show"],
    ] {
        let o = run_in(&booth, GERMAN, &args);
        assert!(!o.status.success(), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.starts_with("leadbooth: Fehler: Veranstaltungsdatei "),
            "{args:?}: {err}"
        );
        assert!(err.contains(rule), "{args:?}: {err}");
    }
    let o = run_in(&booth, FRENCH, &["--config", cfg, "doctor"]);
    let report = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        report.lines().any(|l| l.starts_with("FAIL  événement")
            && l.contains(
                "event.languages (ligne 5) : \"it\" n'est pas une langue que parle le stand"
            )),
        "{report}"
    );
    // init-event checks the typed answers (the languages are the last), and
    // names the file it was about to write.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new.toml");
    let err = init_event_with_bad_languages(&booth, &file, false);
    assert!(
        err.contains(&format!(
            "leadbooth: error: las respuestas no forman un archivo de evento válido: archivo del evento {}: event.languages (línea 50): \"it\" no es un idioma que hable el stand",
            file.display()
        )),
        "{err}"
    );
    assert!(
        !file.exists(),
        "no empty file is left to refuse the next try"
    );
}

/// `init-event --ask FILE` answered with Enter but for the languages, `en
/// it`, under a Spanish locale: its stderr.
fn init_event_with_bad_languages(booth: &Booth, file: &Path, force: bool) -> String {
    let mut args = vec!["init-event", "--ask", file.to_str().unwrap()];
    if force {
        args.push("--force");
    }
    let mut c = booth.cmd(&args);
    c.env("LANG", "es_ES.UTF-8");
    c.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(&b"\n".repeat(10)).unwrap();
        stdin.write_all(b"en it\n").unwrap();
    }
    let o = child.wait_with_output().unwrap();
    assert!(!o.status.success());
    stderr(&o)
}

/// `init-event --force` answered wrongly keeps the event file it was to
/// replace: the new text replaces it only once it is valid.
#[test]
fn init_event_force_with_a_bad_answer_keeps_the_old_file() {
    let booth = Booth::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("event.toml");
    std::fs::write(&file, HEAD).unwrap();
    let err = init_event_with_bad_languages(&booth, &file, true);
    assert!(err.contains("event.languages (línea 50)"), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), HEAD);
}
