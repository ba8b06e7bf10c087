//! Issue 18 at the central office: each consent record says the language the
//! attendee asked for and the language (and wording) shown, on both backends;
//! batches of the previous format (`leadbooth-batch/3`, kept byte for byte in
//! tests/fixtures/batch-v3) still verify and import.

use std::path::Path;

use crate::support::central::{Central, Laptop, backends, id, lead};
use serde_json::json;

/// An event whose German translation lacks the notice acknowledgement's
/// wording: an attendee who asks for German reads that purpose in English.
pub const EVENT_WITH_A_GAP: &str = r#"
[event]
id = "expo-2026"
name = "Expo 2026"
organisation = "Acme"

[[purpose]]
id = "policy_ack"
label = "I saw the notice."
legal_basis = "legitimate_interest"
required = true

[[purpose]]
id = "events"
label = "Invite me to events."

[translation.de.purposes]
events = "Laden Sie mich zu Veranstaltungen ein."
"#;

/// A laptop on `event` (its `event.toml` in the platform config dir).
pub fn laptop_on(staff: &'static str, event: &str) -> Laptop {
    let laptop = Laptop::new(staff);
    let config = laptop.booth.dir.path().join("config/leadbooth");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("event.toml"), event).unwrap();
    laptop
}

/// Anna Schmidt, who read the form in German: the notice acknowledged, the
/// `events` consent given or not, captured at `at` (`09:00`).
fn anna_in_german(n: u32, at: &str, events: bool) -> serde_json::Value {
    lead(
        &id(n),
        "Anna",
        "Schmidt",
        "anna@example.de",
        at,
        &[],
        json!({"language": "de", "consents": [
            {"purpose": "policy_ack", "granted": true},
            {"purpose": "events", "granted": events},
        ]}),
    )
}

#[test]
fn the_language_asked_and_the_language_shown_reach_central() {
    let sha = leadbooth::policy::sha256_hex;
    for backend in backends() {
        let laptop = laptop_on("Sam", EVENT_WITH_A_GAP);
        laptop.add(&[anna_in_german(0x18, "09:00", true)]);
        let batch = laptop.export();
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(batch.join("manifest.json")).unwrap()).unwrap();
        assert_eq!(manifest["format"], "leadbooth-batch/4");
        assert_eq!(manifest["lead_schema_version"], 3);
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&laptop, "one");
        central.import_ok(&[&batch], &[]);
        let rows = central.rows(&format!(
            "SELECT purpose, language_asked, language, text, text_sha256 FROM consent_records \
             WHERE lead_id = '{}' ORDER BY purpose",
            id(0x18)
        ));
        let got: Vec<Vec<&str>> = rows
            .iter()
            .map(|r| r.iter().map(|v| v.as_deref().unwrap_or("NULL")).collect())
            .collect();
        let shown_de = "Laden Sie mich zu Veranstaltungen ein.";
        assert_eq!(
            got,
            [
                vec!["events", "de", "de", shown_de, &sha(shown_de.as_bytes())],
                vec![
                    "policy_ack",
                    "de",
                    "en",
                    "I saw the notice.",
                    &sha(b"I saw the notice.")
                ],
            ],
            "{}",
            backend.name()
        );
    }
}

/// The batch carries the event's wording in every language the kiosk offers,
/// gaps filled as the attendee saw them, and central keeps it per batch on both
/// backends (`batch_wording`), so the office can show what each language said
/// and match a record's hash to it.
#[test]
fn every_language_s_wording_reaches_central() {
    let sha = leadbooth::policy::sha256_hex;
    for backend in backends() {
        let laptop = laptop_on("Sam", EVENT_WITH_A_GAP);
        laptop.add(&[lead(
            &id(0x19),
            "Jean",
            "Dupont",
            "jean@example.fr",
            "10:00",
            &[],
            json!({"language": "fr", "consents": [
                {"purpose": "policy_ack", "granted": true},
                {"purpose": "events", "granted": false},
            ]}),
        )]);
        let batch = laptop.export();
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&laptop, "one");
        central.import_ok(&[&batch], &[]);
        let rows = central.rows(
            "SELECT language, item, text_language, text, text_sha256 FROM batch_wording \
             WHERE kind = 'purpose' ORDER BY language, item",
        );
        let got: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|v| v.clone().unwrap_or_default()).collect())
            .collect();
        let row = |lang: &str, item: &str, shown: &str, text: &str| {
            vec![
                lang.to_owned(),
                item.to_owned(),
                shown.to_owned(),
                text.to_owned(),
                sha(text.as_bytes()),
            ]
        };
        let (ack, ev, ev_de) = (
            "I saw the notice.",
            "Invite me to events.",
            "Laden Sie mich zu Veranstaltungen ein.",
        );
        assert_eq!(
            got,
            [
                row("de", "events", "de", ev_de),
                row("de", "policy_ack", "en", ack),
                row("en", "events", "en", ev),
                row("en", "policy_ack", "en", ack),
                row("es", "events", "en", ev),
                row("es", "policy_ack", "en", ack),
                row("fr", "events", "en", ev),
                row("fr", "policy_ack", "en", ack),
            ],
            "{}",
            backend.name()
        );
        // The French attendee's records match the French entry's hashes.
        let matched = central.rows(&format!(
            "SELECT c.purpose FROM consent_records c JOIN batch_wording w \
             ON w.language = c.language_asked AND w.item = c.purpose \
             AND w.text_sha256 = c.text_sha256 AND w.kind = 'purpose' \
             WHERE c.lead_id = '{}' ORDER BY c.purpose",
            id(0x19)
        ));
        assert_eq!(
            matched,
            [
                vec![Some("events".to_owned())],
                vec![Some("policy_ack".to_owned())]
            ],
            "{}",
            backend.name()
        );
        let url = central.rows("SELECT DISTINCT text FROM batch_wording WHERE kind = 'policy_url'");
        assert_eq!(url.len(), 1, "{url:?}");
    }
}

/// Batches written before issue 18's second half (format `leadbooth-batch/3`,
/// lead schema 2, kept byte for byte in tests/fixtures/batch-v3) still verify
/// and import; their records name the language shown and no language asked.
#[test]
fn format_3_batches_still_verify_and_import() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/batch-v3");
    let batch = fixture.join(FIXTURE_BATCH);
    let key = fixture.join("keys/device.pub");
    for backend in backends() {
        let laptop = Laptop::new("Sam");
        let out = laptop.booth.run(&[
            "verify",
            batch.to_str().unwrap(),
            "--pubkey",
            key.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let central = Central::new(backend.as_ref());
        std::fs::copy(&key, central.trust().join("v3.pub")).unwrap();
        let out = central.import_ok(&[&batch], &[]);
        assert!(out.contains("1 batch imported"), "{out}");
        let rows = central.rows(
            "SELECT language, language_asked FROM consent_records WHERE purpose = 'marketing_email'",
        );
        assert_eq!(
            rows,
            [vec![Some("en".to_owned()), None]],
            "{}",
            backend.name()
        );
        // A format-3 manifest carries no wording per language.
        assert_eq!(
            central.rows("SELECT count(*) FROM batch_wording"),
            [vec![Some("0".to_owned())]]
        );
    }
}

/// The format-3 fixture's batch folder.
const FIXTURE_BATCH: &str = "demo-2026-7454c753-000001";

// --- adv18: a batch from an older booth says what the import assumes ---

/// A batch from a booth before languages were recorded still imports, and
/// the import says what it takes of its records rather than leave the office
/// to wonder at empty language columns: lead schema 1 (batch-v1) records no
/// language at all, lead schema 2 (batch-v3) the language shown but not the
/// one asked for. Neither is guessed; a batch of today's booth says nothing.
#[test]
fn a_batch_from_before_languages_says_what_the_import_assumes() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let v1 = fixtures.join("batch-v1/demo-2026-ff20a919-000001");
    let v3 = fixtures.join("batch-v3").join(FIXTURE_BATCH);
    let backend = backends().into_iter().next().unwrap();
    let central = Central::new(backend.as_ref());
    std::fs::copy(
        fixtures.join("batch-v1/keys/device.pub"),
        central.trust().join("v1.pub"),
    )
    .unwrap();
    std::fs::copy(
        fixtures.join("batch-v3/keys/device.pub"),
        central.trust().join("v3.pub"),
    )
    .unwrap();
    let out = central.import_ok(&[&v1], &[]);
    assert!(
        out.contains(
            "  3 leads come from a booth that did not record the language of the consent wording: \
             it is kept as not recorded (empty in central show and the CRM file), never guessed"
        ),
        "{out}"
    );
    let out = central.import_ok(&[&v3], &[]);
    assert!(
        out.contains(
            "  1 lead comes from a booth that did not record the language the attendee asked for: \
             the language shown is kept, the one asked for as not recorded"
        ),
        "{out}"
    );
    assert!(!out.contains("did not record the language of"), "{out}");
    // Today's booth records both: nothing to say.
    let laptop = laptop_on("Sam", EVENT_WITH_A_GAP);
    laptop.add(&[anna_in_german(0x31, "09:00", false)]);
    let batch = laptop.export();
    central.trust_laptop(&laptop, "today");
    let out = central.import_ok(&[&batch], &[]);
    assert!(!out.contains("did not record"), "{out}");
}

/// A lead saved in German cites the German policy document; the batch carries
/// its text, verify holds it, and central keeps it beside the default one's
/// absence (no lead cited the English document).
#[test]
fn a_lead_in_german_cites_the_german_policy_and_central_keeps_its_text() {
    let german_policy = "# Datenschutzerklärung\n\nWir schützen Ihre Angaben.\n";
    let event = format!(
        "{EVENT_WITH_A_GAP}\n[policy]\nfile = \"policy.md\"\nurl = \"https://acme.example/privacy\"\n\
         [translation.de.policy]\nfile = \"datenschutz.md\"\nurl = \"https://acme.example/de/datenschutz\"\n"
    );
    let sha = leadbooth::policy::sha256_hex(german_policy.as_bytes());
    for backend in backends() {
        let laptop = laptop_on("Sam", &event);
        let config = laptop.booth.dir.path().join("config/leadbooth");
        std::fs::write(config.join("policy.md"), "# Privacy\n\nWe keep it safe.\n").unwrap();
        std::fs::write(config.join("datenschutz.md"), german_policy).unwrap();
        laptop.add(&[anna_in_german(0x20, "11:00", false)]);
        let batch = laptop.export();
        let policies = std::fs::read_to_string(batch.join("policies.jsonl")).unwrap();
        assert_eq!(policies.lines().count(), 1, "{policies}");
        assert!(policies.contains(&sha), "{policies}");
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&laptop, "one");
        central.import_ok(&[&batch], &[]);
        let rows = central.rows(&format!(
            "SELECT s.policy_sha256, t.url, t.text FROM source_leads s \
             JOIN policy_texts t ON t.sha256 = s.policy_sha256 WHERE s.lead_id = '{}'",
            id(0x20)
        ));
        assert_eq!(
            rows,
            [vec![
                Some(sha.clone()),
                Some("https://acme.example/de/datenschutz".to_owned()),
                Some(german_policy.to_owned()),
            ]],
            "{}",
            backend.name()
        );
    }
}

/// The CRM file says in which language each consent was given and which the
/// attendee asked for (issue 18), in columns after every earlier one, on both
/// backends; contacts merged before (merge version 2, no language kept) get
/// them from their sources when `central crm` writes the next file.
#[test]
fn the_crm_file_names_each_consent_s_language() {
    for backend in backends() {
        let laptop = laptop_on("Sam", EVENT_WITH_A_GAP);
        laptop.add(&[anna_in_german(0x21, "09:00", true)]);
        let batch = laptop.export();
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&laptop, "one");
        let crm = central.dir.path().join("crm.csv");
        central.import_ok(&[&batch], &["--csv", crm.to_str().unwrap()]);
        let expect = [
            ("Consent policy_ack Language", "en"),
            ("Consent policy_ack Language Asked", "de"),
            ("Consent events Language", "de"),
            ("Consent events Language Asked", "de"),
        ];
        let read = |path: &Path| {
            let mut r = csv::Reader::from_path(path).unwrap();
            let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
            let row: Vec<String> = r
                .records()
                .next()
                .unwrap()
                .unwrap()
                .iter()
                .map(str::to_owned)
                .collect();
            (header, row)
        };
        let (header, row) = read(&crm);
        // After the badge IDs, where issue 16 left the last column.
        let badges = header
            .iter()
            .position(|h| h == "Leadbooth Badge IDs")
            .unwrap();
        assert_eq!(
            &header[badges + 1..],
            expect.map(|(h, _)| h),
            "{}",
            backend.name()
        );
        for (column, value) in expect {
            let i = header.iter().position(|h| h == column).unwrap();
            assert_eq!(row[i], value, "{column} ({})", backend.name());
        }
        // A contact merged by merge version 2 kept no language.
        central.rows("UPDATE contacts SET merge_version = 2, consents = '{}' RETURNING contact_id");
        let again = central.dir.path().join("again.csv");
        let out = central.central(&["crm", "--csv", again.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("recomputed 1 contact"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let (_, row) = read(&again);
        for (column, value) in expect {
            let i = header.iter().position(|h| h == column).unwrap();
            assert_eq!(
                row[i],
                value,
                "{column} after the upgrade ({})",
                backend.name()
            );
        }
    }
}

/// `central show`, `central receipt` (text and `--json`) and the
/// `contact_consents` view say, per purpose, the language the wording was shown
/// in and the one the attendee asked for, as the CRM file's `Consent <p>
/// Language` and `Language Asked` columns do, on both backends.
#[test]
fn show_receipt_and_the_contact_view_name_each_consent_s_languages() {
    for backend in backends() {
        let name = backend.name();
        let laptop = laptop_on("Sam", EVENT_WITH_A_GAP);
        laptop.add(&[anna_in_german(0x1a, "09:00", true)]);
        let receipt = laptop.booth.leads()[0]["receipt_id"]
            .as_str()
            .unwrap()
            .to_owned();
        let batch = laptop.export();
        let central = Central::new(backend.as_ref());
        central.trust_laptop(&laptop, "one");
        central.import_ok(&[&batch], &[]);

        // The view: the new columns last, the old ones as they were.
        let rows = central.rows(
            "SELECT purpose, state, language, language_asked FROM contact_consents \
             ORDER BY purpose",
        );
        let got: Vec<Vec<&str>> = rows
            .iter()
            .map(|r| r.iter().map(|v| v.as_deref().unwrap_or("NULL")).collect())
            .collect();
        assert_eq!(
            got,
            [
                vec!["events", "granted", "de", "de"],
                vec!["policy_ack", "granted", "en", "de"],
            ],
            "{name}"
        );
        let columns = central.rows("SELECT * FROM contact_consents WHERE purpose = 'events'");
        assert_eq!(columns[0].len(), 6, "{name}: {columns:?}");

        // `central show --json`: each contact-level decision with its languages.
        let out = central.central(&["show", "anna@example.de", "--json"]);
        assert!(out.status.success(), "{name}: {out:?}");
        let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let consents = &shown["contact"]["consents"];
        assert_eq!(consents["events"]["language"], "de", "{name}: {shown}");
        assert_eq!(consents["events"]["language_asked"], "de", "{name}");
        assert_eq!(consents["policy_ack"]["language"], "en", "{name}");
        assert_eq!(consents["policy_ack"]["language_asked"], "de", "{name}");
        assert_eq!(consents["events"]["state"], "granted", "{name}");
        // The text answer carries the same record.
        let out = central.central(&["show", "anna@example.de"]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("\"language_asked\": \"de\""),
            "{name}: {text}"
        );

        // `central receipt`: the lead's own decisions, with their languages.
        let out = central.central(&["receipt", &receipt, "--json"]);
        assert!(out.status.success(), "{name}: {out:?}");
        let hit: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(hit["consents"]["events"], "granted", "{name}: {hit}");
        let languages = &hit["consent_languages"];
        assert_eq!(
            languages["policy_ack"],
            json!({"language": "en", "language_asked": "de"}),
            "{name}: {hit}"
        );
        assert_eq!(
            languages["events"],
            json!({"language": "de", "language_asked": "de"}),
            "{name}: {hit}"
        );
        let out = central.central(&["receipt", &receipt]);
        let text = String::from_utf8_lossy(&out.stdout);
        let line = |label: &str| {
            text.lines()
                .find(|l| {
                    l.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .starts_with(label)
                })
                .unwrap_or_else(|| panic!("{name}: no {label:?} line in {text}"))
                .to_owned()
        };
        assert!(line("consents ").contains("events=granted"), "{text}");
        let shown_in = line("language policy_ack");
        assert!(shown_in.ends_with("policy_ack=en events=de"), "{text}");
        let asked = line("language asked ");
        assert!(asked.ends_with("policy_ack=de events=de"), "{text}");
    }
}
