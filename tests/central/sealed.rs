//! Encrypted batches at the central office: importing them with `--identity`
//! gives the same central database as importing the plain batches `age -d`
//! gives back; without the identity, or with damage, nothing is written.

use std::path::PathBuf;

use crate::support::booth::lead_lines;
use crate::support::central::{Central, Laptop, backends};
use crate::support::sealed::{Office, age_untar, event_with_recipients, three};
use crate::support::{have_tool, stderr};

#[test]
fn an_encrypted_import_equals_the_plain_one_and_damage_writes_nothing() {
    if !["age", "tar"].iter().all(|t| have_tool(t)) {
        return;
    }
    let office = Office::new();
    let laptop = Laptop::new("Sam");
    let config = laptop.booth.dir.path().join("config/leadbooth");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("event.toml"),
        event_with_recipients(&[&office.recipient]),
    )
    .unwrap();
    laptop.booth.add(&lead_lines("c", 6));
    let first = laptop.export();
    let gone = laptop.booth.leads()[0]["lead_id"]
        .as_str()
        .unwrap()
        .to_owned();
    laptop.erase(&gone);
    laptop.booth.add(&lead_lines("d", 2));
    let second = laptop.export();
    let sealed: Vec<PathBuf> = [&first, &second]
        .iter()
        .map(|p| {
            assert!(p.to_string_lossy().ends_with(".tar.age"), "{}", p.display());
            (*p).clone()
        })
        .collect();

    // The plain batches, as `age -d | tar -x` gives them back.
    let opened = office.dir.path().join("opened");
    for f in &sealed {
        let o = age_untar(f, &office.identity, &opened);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let plain: Vec<PathBuf> = sealed
        .iter()
        .map(|f| {
            opened.join(
                f.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .trim_end_matches(".tar.age"),
            )
        })
        .collect();

    for backend in backends() {
        let by_plain = Central::new(&*backend);
        by_plain.trust_laptop(&laptop, "laptop");
        by_plain.import_ok(&[&plain[1], &plain[0]], &[]);

        let by_sealed = Central::new(&*backend);
        by_sealed.trust_laptop(&laptop, "laptop");
        // Without the identity: refused, nothing imported.
        let out = by_sealed.import(&[&sealed[0]], &[]);
        assert!(!out.status.success());
        assert!(stderr(&out).contains("give --identity"), "{}", stderr(&out));
        assert!(!by_sealed.created() || by_sealed.count("contacts") == 0);

        // A truncated copy: refused with its reason, nothing imported, no plaintext left.
        let damaged = by_sealed.dir.path().join("damaged");
        std::fs::create_dir_all(&damaged).unwrap();
        let copy = damaged.join(sealed[0].file_name().unwrap());
        for (from, to) in three(&sealed[0]).iter().zip(three(&copy)) {
            std::fs::copy(from, to).unwrap();
        }
        let bytes = std::fs::read(&copy).unwrap();
        std::fs::write(&copy, &bytes[..bytes.len() - 1]).unwrap();
        let identity = office.identity.to_str().unwrap();
        let out = by_sealed.import(&[&copy], &["--identity", identity]);
        assert!(!out.status.success());
        assert!(stderr(&out).contains("is truncated"), "{}", stderr(&out));
        assert!(!by_sealed.created() || by_sealed.count("contacts") == 0);

        // Given in reverse order, imported in chain order, the same contacts as plain.
        let said = by_sealed.import_ok(&[&sealed[1], &sealed[0]], &["--identity", identity]);
        assert!(said.contains("2 batches imported"), "{said}");
        assert!(
            said.contains(".tar.age"),
            "it names what it was given: {said}"
        );
        assert_eq!(by_sealed.contacts(), by_plain.contacts());
        assert_eq!(by_sealed.count("contacts"), by_plain.count("contacts"));
        // Importing again changes nothing.
        let again = by_sealed.import_ok(&[&sealed[0], &sealed[1]], &["--identity", identity]);
        assert!(again.contains("2 skipped"), "{again}");
    }
}
