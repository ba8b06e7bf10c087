//! What a command says when the operating system refuses a file or folder
//! (issue 18, branch i18nio): an export onto a read-only stick, the device
//! key's folder, the office's age identity, a trusted key that cannot be
//! read. The frame is in the staff language, the file is named, and the
//! operating system's own words follow as it gives them; under `LANG=C` the
//! line is byte for byte what it was before the frame was translated.

use std::process::Output;

use crate::support::booth::lead_line;
use crate::support::read_only::ReadOnlyFolder;
use crate::support::{Booth, stderr};
use serde_json::json;

fn run_in(booth: &Booth, lang: &str, args: &[&str]) -> Output {
    booth
        .cmd(args)
        .env("LANG", lang)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

/// `rest` is `.demo-2026-<8 hex>-000001.partial-<pid>`: the partial folder.
fn is_partial_name(rest: &str) -> bool {
    let Some(tail) = rest.strip_prefix(".demo-2026-") else {
        return false;
    };
    let (short, tail) = tail.split_at(8.min(tail.len()));
    let Some(pid) = tail.strip_prefix("-000001.partial-") else {
        return false;
    };
    short.chars().all(|c| c.is_ascii_hexdigit())
        && !pid.is_empty()
        && pid.chars().all(|c| c.is_ascii_digit())
}

#[test]
fn an_export_onto_a_read_only_folder_is_said_in_the_staff_language() {
    let booth = Booth::new();
    booth.add(&lead_line(
        json!({"first_name": "Jürgen", "last_name": "Müller", "email": "jm@example.de"}),
        &["marketing_email"],
    ));
    let ro = ReadOnlyFolder::new();
    let target = ro.path();
    let target = target.to_str().unwrap();
    let reason = ro.reason();

    // English: what main printed, byte for byte (recorded before the frame
    // was translated): `leadbooth: error: export failed: cannot create folder
    // <target>/.demo-2026-<device>-000001.partial-<pid>: Read-only file
    // system (os error 30); nothing was marked exported`.
    let o = run_in(&booth, "C", &["export", "--out", target]);
    assert!(!o.status.success());
    let err = stderr(&o);
    let line = err.lines().last().unwrap();
    let head = format!(
        "leadbooth: error: export failed: cannot create folder {}/",
        ro.shown(&err)
    );
    let tail = format!(": {reason}; nothing was marked exported");
    let middle = line
        .strip_prefix(head.as_str())
        .and_then(|rest| rest.strip_suffix(tail.as_str()));
    assert!(middle.is_some_and(is_partial_name), "{line}");

    for (lang, before, after) in [
        (
            "de_DE.UTF-8",
            "leadbooth: Fehler: Export fehlgeschlagen: der Ordner ",
            format!(" kann nicht angelegt werden: {reason}; nichts wurde als exportiert markiert"),
        ),
        (
            "fr_FR.UTF-8",
            "leadbooth: erreur: échec de l'export : impossible de créer le dossier ",
            format!(" : {reason} ; rien n'a été marqué exporté"),
        ),
        (
            "es_ES.UTF-8",
            "leadbooth: error: la exportación falló: no se puede crear la carpeta ",
            format!(": {reason}; no se marcó nada como exportado"),
        ),
    ] {
        let o = run_in(&booth, lang, &["export", "--out", target]);
        assert!(!o.status.success());
        let err = stderr(&o);
        let line = err.lines().last().unwrap();
        let folder = line
            .strip_prefix(before)
            .and_then(|rest| rest.strip_suffix(after.as_str()))
            .and_then(|f| f.strip_prefix(&format!("{}/", ro.shown(&err))));
        assert!(folder.is_some_and(is_partial_name), "{lang}: {line}");
    }
    // Nothing was marked exported: the lead goes into the next batch.
    let good = booth.dir.path().join("stick");
    std::fs::create_dir(&good).unwrap();
    let out = booth.ok(&["export", "--out", good.to_str().unwrap()]);
    assert!(out.contains("leads: 1 "), "{out}");
}

/// The data dir's export lock is a folder (no one can open it as a file):
/// the lock file is named in each language.
#[test]
fn an_export_lock_that_cannot_be_opened_is_said_in_the_staff_language() {
    let booth = Booth::new();
    booth.add(&lead_line(
        json!({"first_name": "Ana", "email": "a@example.org"}),
        &[],
    ));
    let lock = booth.data_dir().join("export.lock");
    std::fs::create_dir(&lock).unwrap();
    let reason = std::io::Error::from_raw_os_error(21).to_string();
    let lock = lock.display().to_string();
    for (lang, said) in [
        (
            "C",
            format!(
                "leadbooth: error: export failed: cannot open lock file {lock}: {reason}; nothing was marked exported\n"
            ),
        ),
        (
            "de_DE.UTF-8",
            format!(
                "leadbooth: Fehler: Export fehlgeschlagen: die Sperrdatei {lock} kann nicht geöffnet werden: {reason}; nichts wurde als exportiert markiert\n"
            ),
        ),
        (
            "fr_FR.UTF-8",
            format!(
                "leadbooth: erreur: échec de l'export : impossible d'ouvrir le fichier de verrou {lock} : {reason} ; rien n'a été marqué exporté\n"
            ),
        ),
        (
            "es_ES.UTF-8",
            format!(
                "leadbooth: error: la exportación falló: no se puede abrir el archivo de bloqueo {lock}: {reason}; no se marcó nada como exportado\n"
            ),
        ),
    ] {
        let o = run_in(&booth, lang, &["export", "--out", "."]);
        assert!(!o.status.success());
        let err = stderr(&o);
        assert!(err.ends_with(&said), "{lang}: {err}");
    }
}

/// The device key's folder, the office's identity and a trusted key: each
/// file the operating system refuses is named in the staff language, its
/// words after it; in English as before.
#[test]
fn key_and_identity_files_that_cannot_be_used_are_said_in_the_staff_language() {
    let booth = Booth::new();
    std::fs::create_dir_all(booth.data_dir()).unwrap();
    let keys = booth.data_dir().join("keys");
    std::fs::write(&keys, b"not a folder").unwrap();
    let exists = std::io::Error::from_raw_os_error(17).to_string();
    let keys = keys.display().to_string();
    let cases: [(&str, &[&str], String); 4] = [
        (
            "C",
            &["keys", "init", "--no-passphrase"],
            format!("leadbooth: error: cannot create {keys}: {exists}\n"),
        ),
        (
            "de_DE.UTF-8",
            &["keys", "init", "--no-passphrase"],
            format!("leadbooth: Fehler: {keys} kann nicht angelegt werden: {exists}\n"),
        ),
        (
            "fr_FR.UTF-8",
            // The first export makes the key: the same words.
            &["export", "--out", "."],
            format!("leadbooth: erreur: impossible de créer {keys} : {exists}\n"),
        ),
        (
            "es_ES.UTF-8",
            &["keys", "init", "--no-passphrase"],
            format!("leadbooth: error: no se puede crear {keys}: {exists}\n"),
        ),
    ];
    booth.add(&lead_line(
        json!({"first_name": "Ana", "email": "a@example.org"}),
        &[],
    ));
    for (lang, args, said) in cases {
        let o = run_in(&booth, lang, args);
        assert!(!o.status.success());
        assert_eq!(stderr(&o), said, "{lang} {args:?}");
    }

    // The office's identity, into a folder that is a file, and read from a folder.
    let file = booth.dir.path().join("afile");
    std::fs::write(&file, b"x").unwrap();
    let inside = file.join("office.age");
    let not_dir = std::io::Error::from_raw_os_error(20).to_string();
    let is_dir = std::io::Error::from_raw_os_error(21).to_string();
    let inside_s = inside.display().to_string();
    let dir_s = booth.dir.path().display().to_string();
    for (lang, new, read) in [
        (
            "C",
            format!("leadbooth: error: cannot create {inside_s}: {not_dir}\n"),
            format!("leadbooth: error: cannot read {dir_s}: {is_dir}\n"),
        ),
        (
            "de_DE.UTF-8",
            format!("leadbooth: Fehler: {inside_s} kann nicht angelegt werden: {not_dir}\n"),
            format!("leadbooth: Fehler: {dir_s} kann nicht gelesen werden: {is_dir}\n"),
        ),
        (
            "es_ES.UTF-8",
            format!("leadbooth: error: no se puede crear {inside_s}: {not_dir}\n"),
            format!("leadbooth: error: no se puede leer {dir_s}: {is_dir}\n"),
        ),
    ] {
        let o = run_in(&booth, lang, &["identity", "new", &inside_s]);
        assert_eq!(stderr(&o), new, "{lang}");
        let o = run_in(&booth, lang, &["identity", "recipient", &dir_s]);
        assert_eq!(stderr(&o), read, "{lang}");
    }
}

/// import's trusted keys: a `.pub` file that is not text is named with the
/// reader's own words after the frame.
#[test]
fn a_trusted_key_that_cannot_be_read_is_said_in_the_staff_language() {
    let booth = Booth::new();
    booth.add(&lead_line(
        json!({"first_name": "Ana", "email": "a@example.org"}),
        &[],
    ));
    let batch = booth.export(&[]);
    let trust = booth.dir.path().join("trust");
    std::fs::create_dir(&trust).unwrap();
    let key = trust.join("laptop-1.pub");
    std::fs::write(&key, b"\xff\xfe\n").unwrap();
    let into = booth.dir.path().join("central.sqlite3");
    let key = key.display().to_string();
    let args = [
        "import",
        "--trust",
        trust.to_str().unwrap(),
        "--into",
        into.to_str().unwrap(),
        batch.to_str().unwrap(),
    ];
    let words = "stream did not contain valid UTF-8";
    for (lang, said) in [
        (
            "C",
            format!("leadbooth: error: cannot read {key}: {words}\n"),
        ),
        (
            "de_DE.UTF-8",
            format!("leadbooth: Fehler: {key} kann nicht gelesen werden: {words}\n"),
        ),
        (
            "fr_FR.UTF-8",
            format!("leadbooth: erreur: impossible de lire {key} : {words}\n"),
        ),
    ] {
        let o = run_in(&booth, lang, &args);
        assert_eq!(stderr(&o), said, "{lang}");
    }
}
