//! The command line's help speaks the staff language (issue 18): `--help`, `-h`
//! and `help CMD` under a German, French or Spanish locale, headings and clap's
//! own words included; the English help is exactly what it was before the help
//! moved into `i18n/en/help.ftl` (tests/fixtures/help-en, captured from the
//! binary before the change).

use std::path::Path;
use std::process::{Command, Stdio};

use leadbooth::i18n::{self, Language};

/// `leadbooth args…` under locale `lang` (`LC_ALL`), with no data dir or
/// event file from the environment; its stdout.
fn help(lang: &str, args: &[&str]) -> String {
    let out = Command::new(crate::support::bin())
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", lang)
        .env_remove("LEADBOOTH_CONFIG")
        .env_remove("LEADBOOTH_DATA_DIR")
        .env_remove("LEADBOOTH_CENTRAL")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Text with clap's wrapping undone: one space between words.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The English sentences of the help: every message of i18n/en/help.ftl of
/// four words or more (shorter ones like "One JSON object" could be a German
/// text's quotation), with `{ $x }` placeholders cut off.
fn english_sentences() -> Vec<String> {
    let file = include_str!("../../i18n/en/help.ftl");
    file.lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(id, _)| id.starts_with("help-"))
        .map(|(_, text)| text.split(" { $").next().unwrap_or_default().to_owned())
        .filter(|t| t.split_whitespace().count() >= 4)
        .collect()
}

fn no_english(lang: &str, page: &str) {
    let page = flat(page);
    let sentences = english_sentences();
    assert!(sentences.len() > 100, "{}", sentences.len());
    for s in sentences {
        assert!(!page.contains(&s), "{lang}: English left: {s:?}\n{page}");
    }
    for word in [
        "Usage:",
        "Options:",
        "Arguments:",
        "Commands:",
        "[default:",
        "[env:",
        "Print help",
        "Possible values",
        "[possible values",
    ] {
        assert!(
            !page.contains(word),
            "{lang}: clap's English {word:?}\n{page}"
        );
    }
}

fn text(lang: Language, id: &str) -> String {
    flat(&i18n::dynamic(lang, id, []).unwrap())
}

#[test]
fn export_help_under_a_german_locale_is_german_throughout() {
    for args in [
        &["export", "--help"][..],
        &["export", "-h"],
        &["help", "export"],
    ] {
        let page = help("de_DE.UTF-8", args);
        let f = flat(&page);
        for heading in ["Aufruf: leadbooth export [OPTIONS]", "Optionen:"] {
            assert!(f.contains(heading), "{args:?}: {heading}\n{page}");
        }
        for id in [
            "help-export",
            "help-export-arg-out",
            "help-export-arg-plaintext",
            "help-leadbooth-arg-data-dir",
        ] {
            assert!(
                f.contains(&text(Language::De, id)),
                "{args:?}: {id}\n{page}"
            );
        }
        assert!(f.contains("[Umgebung: LEADBOOTH_DATA_DIR="), "{page}");
        assert!(f.contains("Hilfe anzeigen ("), "{page}");
        no_english("de", &page);
    }
    // --help lists the theme's values with their German descriptions.
    let long = flat(&help("de_DE.UTF-8", &["export", "--help"]));
    assert!(
        long.contains("Mögliche Werte: - color: Die Farbpalette"),
        "{long}"
    );
}

#[test]
fn the_program_help_under_french_and_spanish_locales() {
    let fr = help("fr_FR.UTF-8", &["--help"]);
    let f = flat(&fr);
    for want in [
        "Usage : leadbooth [OPTIONS] [COMMAND]",
        "Commandes :",
        "Options :",
        "Afficher la version",
    ] {
        assert!(f.contains(want), "{want}\n{fr}");
    }
    assert!(f.contains(&text(Language::Fr, "help-doctor")), "{fr}");
    assert!(
        f.contains(&text(Language::Fr, "help-clap-help-command")),
        "{fr}"
    );
    no_english("fr", &fr);
    let es = help("es_ES.UTF-8", &["help", "central", "show"]);
    let f = flat(&es);
    for want in [
        "Uso: leadbooth central show",
        "Argumentos: <EMAIL>",
        "Opciones:",
    ] {
        assert!(f.contains(want), "{want}\n{es}");
    }
    assert!(
        f.contains(&text(Language::Es, "help-central-show-arg-email")),
        "{es}"
    );
    assert!(
        f.contains("[variable de entorno: LEADBOOTH_CENTRAL]"),
        "{es}"
    );
    no_english("es", &es);
}

#[test]
fn the_english_help_is_what_it_was() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/help-en");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let (cmd, kind) = name.trim_end_matches(".txt").split_once('.').unwrap();
        let mut args: Vec<&str> = if cmd == "top" {
            Vec::new()
        } else {
            cmd.split('_').collect()
        };
        match kind {
            "long" => args.push("--help"),
            "short" => args.push("-h"),
            _ => args.insert(0, "help"),
        }
        let want = std::fs::read_to_string(&path).unwrap();
        for locale in ["C", "en_GB.UTF-8", "it_IT.UTF-8"] {
            assert_eq!(
                help(locale, &args),
                want,
                "leadbooth {args:?} under {locale}"
            );
        }
        seen += 1;
    }
    assert_eq!(seen, 8);
}

#[test]
fn completions_follow_the_locale_and_the_man_page_stays_english() {
    let fish = help("de_DE.UTF-8", &["completions", "fish"]);
    assert!(fish.contains(&text(Language::De, "help-export")), "{fish}");
    let man = help("de_DE.UTF-8", &["manpage"]);
    assert!(man.contains("Write a signed batch of the leads"), "{man}");
    assert!(!man.contains(&text(Language::De, "help-export")), "{man}");
}
