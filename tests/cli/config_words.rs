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
    format!("[[question]]\nid = \"{id}\"\nlabel = \"{label}\"\nkind = \"{kind}\"\nchoices = {choices}\n")
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
        case("staff-entries", head(&format!("staff = {}\n", quoted_list(201, |i| format!("s{i}"))))),
        case("staff-blank", head("staff = [\"Ann\", \" \"]\n")),
        case("staff-long", head(&format!("staff = [\"{}\"]\n", long(201)))),
        case("country-unknown", head("default_country = \"Atlantis\"\n")),
        case("url-newline", head("[policy]\nurl = \"https://acme.example/p\\nx\"\n")),
        case("url-empty", head("[policy]\nurl = \" \"\n")),
        case("url-long", head(&format!("[policy]\nurl = \"https://acme.example/{}\"\n", long(2000)))),
        case("url-not-web", head("[policy]\nurl = \"javascript:alert(1)\"\n")),
        case("purposes-none", format!("purpose = []\n{HEAD}")),
        case(
            "purposes-too-many",
            head(&(0..51).map(|i| purpose(&format!("p{i}"), "P")).collect::<String>()),
        ),
        case("purpose-id", head(&purpose("News-Letter", "N"))),
        case("purpose-twice", head(&format!("{ok}{ok}"))),
        case("purpose-label-empty", head(&purpose("newsletter", ""))),
        case("purpose-label-long", head(&purpose("newsletter", &long(2001)))),
        case("purpose-required-consent", head(&format!("{ok}required = true\n"))),
        case("purpose-short-blank", head(&format!("{ok}short = \" \"\n"))),
        case("purpose-short-long", head(&format!("{ok}short = \"{}\"\n", long(201)))),
        case(
            "questions-too-many",
            head(&(0..51).map(|i| question(&format!("q{i}"), "Q", "text", "[]")).collect::<String>()),
        ),
        case("question-id", head(&question("Size", "S", "text", "[]"))),
        case("question-twice", head(&format!("{q}{q}"))),
        case("question-label-empty", head(&question("size", "", "text", "[]"))),
        case("question-label-long", head(&question("size", &long(2001), "text", "[]"))),
        case(
            "choices-too-many",
            head(&question("size", "S", "multiple", &quoted_list(51, |i| format!("c{i}")))),
        ),
        case("choice-empty", head(&question("size", "S", "single", "[\"a\", \"\"]"))),
        case("choice-long", head(&question("size", "S", "single", &format!("[\"{}\"]", long(2001))))),
        case("text-with-choices", head(&question("size", "S", "text", "[\"a\"]"))),
        case("choice-without-choices", head(&question("size", "S", "single", "[]"))),
        case("controller-newline", head("[controller]\naddress = \"1 Road\\nTown\"\n")),
        case("controller-long", head(&format!("[controller]\nname = \"{}\"\n", long(201)))),
        case("notice-long", head(&format!("[notice]\nrights = \"{}\"\n", long(2001)))),
        case("language-tag", head("language = \"en_GB\"\n")),
        case("valid-months", head("[consent]\nvalid_for_months = 0\n")),
        case("last-day", head("last_day = \"30.11.2026\"\n")),
        case("languages-unknown", head("languages = [\"en\", \"it\"]\n")),
        case("languages-twice", head("languages = [\n  \"en\",\n  \"de\",\n  \"DE\",\n]\n")),
        case("languages-empty", head("languages = []\n")),
        case("languages-no-default", head("languages = [\"de\", \"fr\"]\n")),
        case(
            "languages-no-default-written",
            head("language = \"fr-CA\"\nlanguages = [\"de\", \"es\"]\n"),
        ),
        case("translation-language", head("[translation.it.notice]\nrights = \"Chiedeteci.\"\n")),
        case("translation-purpose-unknown", head(&format!("{ok}[translation.de.purposes]\nnope = \"Nein\"\n"))),
        case("translation-purpose-empty", head(&format!("{ok}[translation.de.purposes]\nnewsletter = \"\"\n"))),
        case(
            "translation-purpose-long",
            head(&format!("{ok}[translation.de.purposes]\nnewsletter = \"{}\"\n", long(2001))),
        ),
        case("translation-question-unknown", head(&format!("{q}[translation.fr.questions.nope]\nlabel = \"Non\"\n"))),
        case(
            "translation-choice-count",
            head(&format!("{q}[translation.fr.questions.size]\nchoices = [\"petit\"]\n")),
        ),
        case(
            "translation-choice-empty",
            head(&format!("{q}[translation.es.questions.size]\nchoices = [\"pequeño\", \"\"]\n")),
        ),
        case("translation-notice-empty", head("[translation.es.notice]\nrights = \"\"\n")),
        case("translation-url-newline", head("[translation.de.policy]\nurl = \"https://a.example/\\n\"\n")),
        case("translation-url-not-web", head("[translation.de.policy]\nurl = \"ftp://a.example/p\"\n")),
        case("recipient-secret", head(&format!("[encryption]\nrecipients = [\"{SECRET}\"]\n"))),
        case("recipient-bad", head("[encryption]\nrecipients = [\n  \"age1oops\",\n]\n")),
        case(
            "recipient-twice",
            head(&format!("[encryption]\nrecipients = [\n  \"{RECIPIENT}\",\n  \"{RECIPIENT}\",\n]\n")),
        ),
        with(
            case("recipients-file-empty", head("[encryption]\nrecipients_file = \"r.txt\"\n")),
            "r.txt",
            "# the office's line goes here\n",
        ),
        with(
            case("recipients-file-bad", head("[encryption]\nrecipients_file = \"r.txt\"\n")),
            "r.txt",
            format!("# office\n{RECIPIENT}\nnope\n"),
        ),
        with(
            case(
                "recipients-file-twice",
                head(&format!("[encryption]\nrecipients = [\"{RECIPIENT}\"]\nrecipients_file = \"r.txt\"\n")),
            ),
            "r.txt",
            format!("\n{RECIPIENT}\n"),
        ),
        case("recipients-file-missing", head("[encryption]\nrecipients_file = \"none.txt\"\n")),
        with(case("policy-empty", head("[policy]\nfile = \"p.md\"\n")), "p.md", " \n"),
        with(case("policy-not-utf8", head("[policy]\nfile = \"p.md\"\n")), "p.md", b"# P\n\xff\n".to_vec()),
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

/// Every case's English line, as `name\tline` (one case a line).
#[test]
fn every_rule_in_english_is_as_before() {
    let booth = Booth::new();
    let mut got = String::new();
    for c in cases() {
        let line = refusal(&booth, &c, &[("LANG", "C")]);
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1, "{}: {line}", c.name);
        got.push_str(&format!("{}\t{line}", c.name));
    }
    if std::env::var_os("LEADBOOTH_RECORD").is_some() {
        std::fs::write(fixture(), &got).unwrap();
    }
    let want = std::fs::read_to_string(fixture()).unwrap();
    for (g, w) in got.lines().zip(want.lines()) {
        assert_eq!(g, w);
    }
    assert_eq!(got, want);
}
