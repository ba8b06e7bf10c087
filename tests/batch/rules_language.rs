//! Issue 18: a batch refused over one of its lead lines names the file and the
//! line in the staff language, and the record rule inside too: the lead rules
//! through their own messages, the batch's own (another event) through
//! central.ftl. The batches here are re-signed with the laptop's key, so only
//! the rule can refuse them.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support::copy_dir;
use crate::support::tamper::{Fixture, Seal, edit_text, fixture, reseal};

/// A copy of batch 1 whose first lead is changed by `change` (on its JSON
/// value, written back as leadbooth writes it), re-signed by the laptop.
fn with_first_lead(
    fx: &Fixture,
    scratch: &Path,
    name: &str,
    change: impl Fn(&mut serde_json::Value),
) -> PathBuf {
    let dir = scratch.join(name).join("batch");
    copy_dir(&fx.batch1, &dir);
    edit_text(&dir.join("leads.jsonl"), |text| {
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let mut lead: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
        change(&mut lead);
        lines[0] = serde_json::to_string(&lead).unwrap();
        lines.join("\n") + "\n"
    });
    reseal(&dir, Seal::OldComment(&fx.booth.signer()));
    dir
}

fn refused(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_lead_s_broken_record_rule_is_said_in_the_staff_language() {
    let fx = fixture();
    let scratch = tempfile::tempdir().unwrap();
    let email = with_first_lead(&fx, scratch.path(), "email", |lead| {
        lead["email"] = "not an address".into();
    });
    let lead_id = {
        let text = std::fs::read_to_string(email.join("leads.jsonl")).unwrap();
        let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        first["lead_id"].as_str().unwrap().to_owned()
    };
    let err = refused(&fx.verify_in("de_DE.UTF-8", &email));
    assert!(
        err.contains(&format!(
            "Zeile 1: Lead {lead_id}: email: ist keine gültige E-Mail-Adresse (wie name@example.com)"
        )),
        "{err}"
    );
    assert!(!err.contains("is not a valid email address"), "{err}");
    let err = refused(&fx.verify_in("fr_FR.UTF-8", &email));
    assert!(
        err.contains(&format!(
            "contact {lead_id} : email: n'est pas une adresse e-mail valide (comme nom@example.com)"
        )),
        "{err}"
    );
    // Without a locale the words are those verify always printed.
    let err = refused(&fx.verify_in("C", &email));
    assert!(
        err.contains(&format!(
            "line 1: lead {lead_id}: email: is not a valid email address (like name@example.com)"
        )),
        "{err}"
    );

    let event = with_first_lead(&fx, scratch.path(), "event", |lead| {
        lead["event_id"] = "other-show".into();
    });
    let err = refused(&fx.verify_in("es_ES.UTF-8", &event));
    assert!(
        err.contains(&format!(
            "contacto {lead_id}: el event_id \"other-show\" no es el evento"
        )),
        "{err}"
    );
    let err = refused(&fx.verify_in("C", &event));
    assert!(
        err.contains(&format!(
            "lead {lead_id}: event_id \"other-show\" is not the batch's event"
        )),
        "{err}"
    );
}
