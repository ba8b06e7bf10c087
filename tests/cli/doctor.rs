//! `leadbooth doctor` through the real binary on temporary data dirs: a healthy
//! laptop is all ok (exit 0); wrong database mode bits, a missing key and a damaged
//! database each get their own message; doctor never changes a damaged file.

use std::path::Path;
use std::process::Output;

use crate::support::Booth;

/// An event file that needs no attention (a real-looking policy URL, the
/// organisation's own policy file, and, since issue 11, the controller and the
/// notice shown before consent).
const EVENT: &str = r#"
[event]
id = "acme-expo"
name = "Acme Expo"
organisation = "Acme"

[policy]
url = "https://acme.test/privacy"
file = "privacy-policy.md"

[controller]
name = "Acme GmbH"
address = "Hauptstr. 1, 10115 Berlin, Germany"
privacy_contact = "privacy@acme.test"
jurisdiction = "EU"

[notice]
retention = "We keep your details for 24 months after the event."
rights = "You may see, correct or delete your details."
withdraw = "Email privacy@acme.test with your receipt number."
transfers = "Your details stay in the EU."
"#;

/// Acme's own policy, beside the event file.
const POLICY: &str = "# Acme privacy policy\n\nLast Updated: 2026-10-01\n\nWe keep ...\n";

fn set_mode(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
}

/// Writes a minisign key pair as `keys init` does: keys/ 0700, device.key 0600.
fn write_keys(data: &Path) -> minisign::KeyPair {
    let keys = data.join("keys");
    std::fs::create_dir_all(&keys).unwrap();
    set_mode(&keys, 0o700);
    let kp = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    let sk = data.join("keys/device.key");
    std::fs::write(&sk, kp.sk.to_box(None).unwrap().to_string()).unwrap();
    set_mode(&sk, 0o600);
    std::fs::write(
        data.join("keys/device.pub"),
        kp.pk.to_box().unwrap().to_string(),
    )
    .unwrap();
    kp
}

/// The event's notice and policy in every language the kiosk offers but
/// `except` (whose policy file is written beside the event file all the same).
fn translations(dir: &Path, except: &str) -> String {
    let mut out = String::new();
    for (code, notice) in [
        (
            "de",
            [
                "24 Monate.",
                "Fragen Sie uns.",
                "Schreiben Sie uns.",
                "Nur in der EU.",
            ],
        ),
        (
            "fr",
            [
                "24 mois.",
                "Demandez-nous.",
                "Écrivez-nous.",
                "Dans l'UE seulement.",
            ],
        ),
        (
            "es",
            ["24 meses.", "Pregúntenos.", "Escríbanos.", "Solo en la UE."],
        ),
    ] {
        std::fs::write(dir.join(format!("privacy-{code}.md")), POLICY).unwrap();
        if code == except {
            continue;
        }
        let [retention, rights, withdraw, transfers] = notice;
        out.push_str(&format!(
            "\n[translation.{code}.notice]\nretention = \"{retention}\"\nrights = \"{rights}\"\n\
             withdraw = \"{withdraw}\"\ntransfers = \"{transfers}\"\n\
             [translation.{code}.policy]\nfile = \"privacy-{code}.md\"\n\
             url = \"https://acme.test/{code}/privacy\"\n"
        ));
    }
    out
}

/// A data dir with a database (created by a real command), a passphrase-protected
/// key pair and an event file that names a recipient and speaks every language
/// the kiosk offers: everything doctor wants (but an encrypted disk, which a
/// test cannot make).
fn healthy() -> Booth {
    healthy_but(None)
}

/// [`healthy`], but with no translation for `except`.
fn healthy_but(except: Option<&str>) -> Booth {
    let b = Booth::new();
    let recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
    let spoken = translations(b.dir.path(), except.unwrap_or(""));
    std::fs::write(
        b.dir.path().join("event.toml"),
        format!("{EVENT}\n[encryption]\nrecipients = [\"{recipient}\"]\n{spoken}"),
    )
    .unwrap();
    std::fs::write(b.dir.path().join("privacy-policy.md"), POLICY).unwrap();
    b.ok(&["leads", "list"]);
    let keys = b.data_dir().join("keys");
    std::fs::create_dir_all(&keys).unwrap();
    set_mode(&keys, 0o700);
    let kp = minisign::KeyPair::generate_encrypted_keypair(Some("booth pass".into())).unwrap();
    let sk = keys.join("device.key");
    std::fs::write(&sk, kp.sk.to_box(None).unwrap().to_string()).unwrap();
    set_mode(&sk, 0o600);
    std::fs::write(keys.join("device.pub"), kp.pk.to_box().unwrap().to_string()).unwrap();
    b
}

/// Whether `line` is the data volume's: ok only on an encrypted disk, else a
/// WARN that says why it matters.
fn data_volume_line_is_honest(report: &str) -> bool {
    let l = line(report, "data volume");
    l.starts_with("ok    ") && l.contains("encrypted volume")
        || l.starts_with("WARN")
            && l.contains("NOT on an encrypted volume")
            && l.contains("stolen laptop")
}

fn doctor(b: &Booth, extra: &[&str]) -> Output {
    let event = b.dir.path().join("event.toml");
    let mut args = vec!["--config", event.to_str().unwrap(), "doctor"];
    args.extend_from_slice(extra);
    b.run(&args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// The report line for a label (e.g. "database"), which must exist.
fn line<'a>(report: &'a str, label: &str) -> &'a str {
    report
        .lines()
        .find(|l| l.get(6..).is_some_and(|rest| rest.starts_with(label)))
        .unwrap_or_else(|| panic!("no {label:?} line in:\n{report}"))
}

#[test]
fn healthy_data_dir_is_all_ok_and_json_agrees() {
    let b = healthy();
    let out = doctor(&b, &[]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{report}");
    assert!(data_volume_line_is_honest(&report), "{report}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.lines().count() >= 11, "{report}");
    // Every line ok, but the data volume's on a test machine's plain disk.
    for l in report
        .lines()
        .filter(|l| !l[6..].starts_with("data volume"))
    {
        assert!(l.starts_with("ok    "), "not ok: {l}\n{report}");
    }
    assert!(
        line(&report, "encryption").contains("1 recipient: age1ql3z"),
        "{report}"
    );
    assert!(line(&report, "event").contains("acme-expo"), "{report}");
    assert!(line(&report, "policy").contains("https://acme.test/privacy"));
    assert!(line(&report, "signing key").contains("key id"));
    assert!(!report.contains('\x1b'), "no colours when not a terminal");

    let json = doctor(&b, &["--json"]);
    assert_eq!(json.status.code(), Some(0));
    let checks: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(checks.len(), report.lines().count());
    for c in checks.iter().filter(|c| c["id"] != "data_volume") {
        assert_eq!(c["status"], "ok", "{c}");
        assert!(c["id"].is_string() && c["message"].is_string() && c["fix"].is_null());
    }
}

#[test]
fn an_unprotected_key_and_plain_text_batches_are_warned_about_with_the_reason() {
    let b = Booth::new();
    std::fs::write(b.dir.path().join("event.toml"), EVENT).unwrap();
    std::fs::write(b.dir.path().join("privacy-policy.md"), POLICY).unwrap();
    b.ok(&["leads", "list"]);
    write_keys(&b.data_dir());
    let report = stdout(&doctor(&b, &[]));
    let l = line(&report, "signing key");
    assert!(
        l.starts_with("WARN") && l.contains("not protected by a passphrase"),
        "{l}"
    );
    assert!(
        l.contains("can sign batches") && l.contains("--passphrase"),
        "{l}"
    );
    let l = line(&report, "encryption");
    assert!(
        l.starts_with("WARN") && l.contains("plain text") && l.contains("[encryption]"),
        "{l}"
    );
    assert!(data_volume_line_is_honest(&report), "{report}");
}

#[cfg(unix)]
#[test]
fn database_with_wrong_mode_bits_fails() {
    let b = healthy();
    let db = b.data_dir().join("leadbooth.sqlite3");
    set_mode(&db, 0o644);
    let out = doctor(&b, &[]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    let l = line(&report, "database");
    assert!(l.starts_with("FAIL"), "{l}");
    assert!(
        l.contains("has mode 0644: other users can read it") && l.contains("chmod 600"),
        "{l}"
    );
    assert!(line(&report, "integrity").starts_with("ok"), "{report}");

    set_mode(&db, 0o600);
    set_mode(&b.data_dir(), 0o755);
    let report = stdout(&doctor(&b, &[]));
    let l = line(&report, "data dir");
    assert!(l.starts_with("FAIL") && l.contains("chmod 700"), "{l}");
}

#[test]
fn missing_key_warns_with_keys_init_and_strict_makes_it_count() {
    let b = healthy();
    std::fs::remove_dir_all(b.data_dir().join("keys")).unwrap();
    let out = doctor(&b, &[]);
    let report = stdout(&out);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a warning alone is exit 0:\n{report}"
    );
    let l = line(&report, "signing key");
    assert!(l.starts_with("WARN"), "{l}");
    assert!(
        l.contains("no device signing key") && l.contains("run `leadbooth keys init`"),
        "{l}"
    );
    assert_eq!(doctor(&b, &["--strict"]).status.code(), Some(1));
}

#[test]
fn key_problems_are_named() {
    let b = healthy();
    let data = b.data_dir();
    // Only an unencrypted secret key shows its key id, so only it can be compared.
    write_keys(&data);
    // A public key from another pair.
    let other = minisign::KeyPair::generate_unencrypted_keypair().unwrap();
    std::fs::write(
        data.join("keys/device.pub"),
        other.pk.to_box().unwrap().to_string(),
    )
    .unwrap();
    let report = stdout(&doctor(&b, &[]));
    let l = line(&report, "public key");
    assert!(l.starts_with("FAIL") && l.contains("not a pair"), "{l}");

    // The public key gone while the secret key stays.
    std::fs::remove_file(data.join("keys/device.pub")).unwrap();
    let l = stdout(&doctor(&b, &[]));
    assert!(line(&l, "public key").starts_with("FAIL"), "{l}");

    // A secret key that is not one, readable by others.
    std::fs::write(data.join("keys/device.key"), "hello\n").unwrap();
    let out = doctor(&b, &[]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1));
    let l = line(&report, "signing key");
    assert!(l.contains("is not a minisign secret key"), "{l}");
    if cfg!(unix) {
        set_mode(&data.join("keys/device.key"), 0o640);
        let report = stdout(&doctor(&b, &[]));
        let l = line(&report, "signing key");
        assert!(l.starts_with("FAIL") && l.contains("0640"), "{l}");
    }
}

#[test]
fn a_file_that_is_not_a_database_is_reported_and_left_untouched() {
    let b = healthy();
    let db = b.data_dir().join("leadbooth.sqlite3");
    let junk = b"not a database at all, just bytes that ended up here. ".repeat(100);
    std::fs::write(&db, &junk).unwrap();
    let out = doctor(&b, &[]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    let l = line(&report, "integrity");
    assert!(l.starts_with("FAIL"), "{l}");
    assert!(l.contains("is not an SQLite database"), "{l}");
    assert!(l.contains("do not start the booth on it"), "{l}");
    assert!(line(&report, "schema").starts_with("WARN"), "{report}");
    assert_eq!(std::fs::read(&db).unwrap(), junk, "doctor changed the file");
}

#[test]
fn a_damaged_index_fails_the_integrity_check_and_is_left_untouched() {
    let b = healthy();
    let leads = (0..5)
        .map(|i| {
            serde_json::json!({
                "first_name": format!("Ada{i}"), "last_name": "Lovelace",
                "email": format!("ada{i}@example.test"),
                "consents": crate::support::consents(&["policy_ack"]),
            })
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n");
    let out = b.run_with_stdin(&["leads", "add", "-"], Some(leads.as_bytes()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Turn the capture-time index's root page into an empty leaf: the table still
    // has its rows, the index has none of them.
    let db = b.data_dir().join("leadbooth.sqlite3");
    assert!(
        !Path::new(&format!("{}-wal", db.display())).exists(),
        "checkpointed on close"
    );
    let (root, page_size) = {
        let c =
            rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        let root: i64 = c
            .query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'leads_by_capture'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let size: i64 = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        (root as usize, size as usize)
    };
    let mut bytes = std::fs::read(&db).unwrap();
    let at = (root - 1) * page_size;
    let content_start = u16::try_from(page_size).unwrap_or(0).to_be_bytes();
    bytes[at..at + 8].copy_from_slice(&[0x0a, 0, 0, 0, 0, content_start[0], content_start[1], 0]);
    std::fs::write(&db, &bytes).unwrap();

    let out = doctor(&b, &[]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    let l = line(&report, "integrity");
    assert!(l.starts_with("FAIL"), "{l}");
    assert!(l.contains("failed the integrity check"), "{l}");
    assert!(l.contains("leads_by_capture"), "{l}");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "doctor changed the file"
    );
}

#[test]
fn doctor_does_not_create_the_data_dir_and_reports_event_errors() {
    let b = Booth::new();
    std::fs::write(
        b.dir.path().join("event.toml"),
        format!("{EVENT}\n[[purpose]]\nid = \"a\"\nlabel = \"A\"\nrequierd = true\n"),
    )
    .unwrap();
    let out = doctor(&b, &[]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(!b.data_dir().exists(), "doctor created the data dir");
    assert!(line(&report, "data dir").starts_with("WARN"), "{report}");
    let l = line(&report, "event");
    assert!(l.starts_with("FAIL") && l.contains("requierd"), "{l}");
}

#[test]
fn built_in_demo_event_is_a_warning() {
    let b = healthy();
    let out = b.run(&["doctor"]);
    let report = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{report}");
    let l = line(&report, "event");
    assert!(l.starts_with("WARN") && l.contains("init-event"), "{l}");
    assert!(line(&report, "policy").contains("example.org"), "{report}");
}

/// Issue 11: the attendee must be told who the controller is, how long the
/// details are kept, their rights, how to withdraw and where the details go
/// before agreeing; a policy that is the built-in sample is no policy at all.
#[test]
fn the_sample_policy_and_a_missing_notice_are_warnings_naming_what_is_missing() {
    let b = healthy();
    let bare = "[event]\nid = \"acme-expo\"\nname = \"Acme Expo\"\norganisation = \"Acme\"\n\n\
                [policy]\nurl = \"https://acme.test/privacy\"\n\n\
                [controller]\nprivacy_contact = \"privacy@acme.test\"\n\n\
                [notice]\nretention = \"24 months.\"\n";
    std::fs::write(b.dir.path().join("event.toml"), bare).unwrap();
    let report = stdout(&doctor(&b, &[]));
    let policy = line(&report, "policy");
    assert!(
        policy.starts_with("WARN") && policy.contains("SAMPLE policy"),
        "{report}"
    );
    let notice = line(&report, "notice");
    assert!(notice.starts_with("WARN"), "{report}");
    for missing in [
        "controller.address",
        "controller.jurisdiction",
        "notice.rights",
        "notice.withdraw",
        "notice.transfers",
    ] {
        assert!(notice.contains(missing), "{missing}: {notice}");
    }
    for given in ["controller.privacy_contact", "notice.retention"] {
        assert!(!notice.contains(given), "{given}: {notice}");
    }
    assert!(notice.contains("init-event"), "{notice}");
}

/// Issue 16: doctor says whether the kiosk can start (a staff PIN is set) and
/// how many pre-registered attendees are loaded.
#[test]
fn doctor_says_whether_a_kiosk_pin_is_set_and_how_many_attendees_are_loaded() {
    let b = healthy();
    let report = stdout(&doctor(&b, &[]));
    let pin = line(&report, "kiosk PIN");
    assert!(
        pin.starts_with("ok") && pin.contains("not set") && pin.contains("kiosk set-pin"),
        "{report}"
    );
    assert!(
        line(&report, "attendees").contains("no attendee list on file"),
        "{report}"
    );

    let event = b.dir.path().join("event.toml");
    let config = event.to_str().unwrap();
    let out = b.run_with_stdin(&["--config", config, "kiosk", "set-pin"], Some(b"4711\n"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = b.dir.path().join("attendees.csv");
    std::fs::write(
        &list,
        "Badge ID,First Name,Last Name,Email,Company,Job Title,Phone,Country\nA-1,Ann,Lee,,,,,\nA-2,Bob,Ray,,,,,\n",
    )
    .unwrap();
    b.ok(&[
        "--config",
        config,
        "attendees",
        "import",
        list.to_str().unwrap(),
    ]);
    let report = stdout(&doctor(&b, &[]));
    let pin = line(&report, "kiosk PIN");
    assert!(
        pin.starts_with("ok") && pin.contains("set (stored as a salted Argon2id hash)"),
        "{report}"
    );
    assert!(
        line(&report, "attendees").contains("2 attendees on file"),
        "{report}"
    );

    // A damaged hash: the kiosk would not start.
    let db = rusqlite::Connection::open(b.data_dir().join("leadbooth.sqlite3")).unwrap();
    db.execute(
        "UPDATE settings SET value = 'not a hash' WHERE key = 'kiosk_pin_hash'",
        [],
    )
    .unwrap();
    drop(db);
    let report = stdout(&doctor(&b, &[]));
    let pin = line(&report, "kiosk PIN");
    assert!(
        pin.starts_with("WARN") && pin.contains("damaged"),
        "{report}"
    );
}

#[test]
fn a_missing_translation_is_named_by_event_file_field_and_language() {
    let b = healthy_but(Some("fr"));
    let event = b.dir.path().join("event.toml");
    let text = std::fs::read_to_string(&event).unwrap();
    std::fs::write(
        &event,
        format!(
            "{text}\n[translation.fr.notice]\nretention = \"24 mois.\"\nrights = \"Demandez-nous.\"\nwithdraw = \"Écrivez-nous.\"\n"
        ),
    )
    .unwrap();
    let report = stdout(&doctor(&b, &[]));
    let l = line(&report, "languages");
    assert!(l.starts_with("WARN"), "{l}");
    assert!(
        l.contains(event.to_str().unwrap()),
        "names the event file: {l}"
    );
    // Issue 18: the event brings its own policy, and French gives none; the
    // keys are the ones to add under [translation.fr].
    assert!(
        l.contains("2 missing translations: French (fr) lacks notice.transfers, policy.file -- "),
        "names what and the language: {l}"
    );
    // German and Spanish are complete; the default purposes come translated
    // by the booth: no gap there.
    assert!(!l.contains("Deutsch") && !l.contains("Español"), "{l}");
    assert!(!l.contains("purpose"), "{l}");
    let b2 = healthy();
    let healthy = stdout(&doctor(&b2, &[]));
    assert!(line(&healthy, "languages").starts_with("ok"), "{healthy}");
}

/// Issue 18, item of branch i18nkiosk: an event that offers fewer languages
/// (`[event] languages`) is not warned about the ones it leaves out; a code
/// the booth does not ship is refused naming the file, the line and the key.
#[test]
fn the_languages_key_silences_the_languages_an_event_does_not_offer() {
    let b = healthy_but(Some("fr"));
    let event = b.dir.path().join("event.toml");
    let text = std::fs::read_to_string(&event).unwrap();
    let warned = stdout(&doctor(&b, &[]));
    assert!(line(&warned, "languages").starts_with("WARN"), "{warned}");
    let offer = |list: &str| {
        std::fs::write(
            &event,
            text.replacen("[event]\n", &format!("[event]\nlanguages = {list}\n"), 1),
        )
        .unwrap();
    };
    offer(r#"["en", "de", "es"]"#);
    let report = stdout(&doctor(&b, &[]));
    let l = line(&report, "languages");
    assert!(l.starts_with("ok"), "{report}");
    assert!(!l.contains("fr") && !l.contains("Français"), "{l}");
    offer(r#"["en", "de", "fr", "es"]"#);
    let report = stdout(&doctor(&b, &[]));
    assert!(line(&report, "languages").starts_with("WARN"), "{report}");
    offer(r#"["en", "it"]"#);
    let o = doctor(&b, &[]);
    let all = format!("{}{}", stdout(&o), String::from_utf8_lossy(&o.stderr));
    assert!(
        all.contains(&format!(
            "{}: event.languages (line 3): \"it\" is not a language the booth speaks",
            event.display()
        )),
        "{all}"
    );
}
