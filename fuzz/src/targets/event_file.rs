//! The event file (TOML from an agency), read as `--config` reads it, with the
//! shipped privacy policy beside it as `privacy-policy.md`.
//!
//! Properties: never a panic; memory bounded by the file; every refusal names
//! the event file; an event that loads keeps the rules it was checked against
//! (ids, one-line names, unique purposes and questions, an alpha-2 country),
//! and the CSV header made from it never starts a formula.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::alloc::{assert_bounded, peak_during};
use crate::formula::assert_no_formula;
use leadbooth::config::{Event, is_event_id, is_purpose_id};

fn event_path() -> &'static PathBuf {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DIR.get_or_init(|| {
        let dir = crate::scratch();
        let policy = crate::fuzz_dir().join("../assets/privacy-policy.md");
        std::fs::copy(policy, dir.path().join("privacy-policy.md")).expect("policy copy");
        let path = dir.path().join("event.toml");
        // Once per process, before any input is measured: an event loads the
        // shipped messages of every language (Fluent bundles, kept for the
        // process), which is no allocation of the input's making.
        std::fs::write(
            &path,
            "[event]\nid = \"warm-up\"\nname = \"Warm up\"\norganisation = \"Acme\"\n",
        )
        .expect("warm-up event written");
        let _ = Event::load(&path);
        (dir, path)
    })
    .1
}

/// One input.
pub fn run(data: &[u8]) {
    let path = event_path();
    std::fs::write(path, data).expect("event file written");
    let (result, peak) = peak_during(|| Event::load(path));
    assert_bounded("Event::load", data.len(), peak, 64, 1 << 20);
    let event = match result {
        Ok(event) => event,
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.contains("event.toml"),
                "{message:?} does not name the file"
            );
            return;
        }
    };
    assert!(is_event_id(&event.id), "event id {:?}", event.id);
    for text in [&event.name, &event.organisation] {
        assert!(!text.trim().is_empty() && !text.chars().any(char::is_control));
    }
    for s in &event.staff {
        assert!(!s.trim().is_empty() && !s.chars().any(char::is_control));
    }
    if let Some(c) = &event.default_country {
        assert!(
            c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()),
            "{c:?}"
        );
    }
    assert!(!event.purposes.is_empty());
    for (i, p) in event.purposes.iter().enumerate() {
        assert!(is_purpose_id(&p.id), "purpose id {:?}", p.id);
        assert!(
            event.purposes[..i].iter().all(|q| q.id != p.id),
            "{:?} twice",
            p.id
        );
    }
    for (i, q) in event.questions.iter().enumerate() {
        assert!(
            event.questions[..i].iter().all(|o| o.id != q.id),
            "{:?} twice",
            q.id
        );
    }
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(
        leadbooth::batch::csv_header(&event)
            .iter()
            .map(|c| c.as_bytes()),
    )
    .expect("header written");
    assert_no_formula(&csv.into_inner().expect("bytes"), &[]);
}
