//! The import reads a batch's leads a chunk at a time (1,000 leads: looked up
//! and written at once, see `import::apply`): an address that comes twice in
//! one chunk, and again in the next chunk of the same batch, still makes one
//! contact with every source, as one lead at a time did.

use crate::support::central::{Central, Laptop, backends, id, lead};
use serde_json::json;

/// Leads in the batch: more than one chunk.
const LEADS: u32 = 1_203;

#[test]
fn one_address_twice_in_a_chunk_and_again_in_the_next_is_one_contact() {
    let laptop = Laptop::new("Sam");
    let leads: Vec<_> = (0..LEADS)
        .map(|n| {
            let (first, email, at) = match n {
                0 => ("Dana", "dana@example.com", "09:00"),
                1 => ("Dana", "  DANA@Example.com", "09:01"),
                n if n == LEADS - 1 => ("Dana", "Dana@example.COM", "12:00"),
                _ => ("Guest", "", "10:00"),
            };
            let email = if email.is_empty() {
                format!("guest{n}@example.com")
            } else {
                email.to_owned()
            };
            lead(
                &id(n + 1),
                first,
                "Park",
                &email,
                at,
                &["policy_ack"],
                json!({"notes": format!("lead {n}")}),
            )
        })
        .collect();
    laptop.add(&leads);
    let batch = laptop.export();
    for backend in backends() {
        eprintln!("backend: {}", backend.name());
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "sam");
        central.import_ok(&[&batch], &[]);
        assert_eq!(
            central.count("contacts"),
            i64::from(LEADS) - 2,
            "one contact per address"
        );
        let dana = central.contact("dana@example.com").expect("Dana's contact");
        assert_eq!(dana.source_count, 3);
        let notes: Vec<&str> = dana.sources.iter().map(|s| s.1.as_str()).collect();
        assert_eq!(
            notes,
            ["lead 0", "lead 1", &format!("lead {}", LEADS - 1)],
            "every source of the address, from both chunks"
        );
        assert_eq!(
            central.rows("SELECT leads_new, leads_merged FROM batches"),
            [[Some((LEADS - 2).to_string()), Some("2".to_owned())]]
        );
    }
}
