//! Issue 18 at the central office: what stops a batch or a whole import (a
//! fork, another key for a laptop, the trust folder, the central database) is
//! said in the staff language the system locale names, still naming the
//! device, seq, key, file and database; the driver's own words stay as it
//! gives them.

use std::process::Output;

use crate::support::central::{Central, Laptop, Sqlite, backends, id, lead};
use serde_json::json;

fn one_lead(laptop: &Laptop, n: u32, name: &str) {
    laptop.add(&[lead(
        &id(n),
        name,
        "Test",
        &format!("{name}@example.com"),
        "10:00",
        &["policy_ack"],
        json!({}),
    )]);
}

/// A copy of a laptop's data dir: the same device id and key on a second machine.
fn clone(laptop: &Laptop) -> Laptop {
    let twin = Laptop::new(laptop.staff);
    let status = std::process::Command::new("cp")
        .arg("-a")
        .arg(laptop.booth.data_dir())
        .arg(twin.booth.data_dir())
        .status()
        .unwrap();
    assert!(status.success());
    twin
}

/// `import` with the system locale `lang`.
fn import_in(central: &Central, lang: &str, dirs: &[&std::path::Path], extra: &[&str]) -> Output {
    central
        .import_command(dirs, extra)
        .env("LANG", lang)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn manifest(batch: &std::path::Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(batch.join("manifest.json")).unwrap()).unwrap()
}

#[test]
fn a_fork_is_refused_in_german() {
    let laptop = Laptop::new("Sam");
    one_lead(&laptop, 1, "one");
    let b1 = laptop.export();
    let twin = clone(&laptop);
    one_lead(&laptop, 2, "two");
    let b2 = laptop.export();
    one_lead(&twin, 3, "twin");
    let twin2 = twin.export();
    let device = manifest(&b1)["device_id"].as_str().unwrap().to_owned();
    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "sam");
        central.import_ok(&[&b1, &b2], &[]);
        let out = import_in(&central, "de_DE.UTF-8", &[&twin2], &[]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "VERZWEIGUNG in der Kette von Gerät {device} bei Nr. 2: ein anderer Stapel \
                 mit dieser Nummer wurde schon aus"
            )) && err.contains("nichts aus diesem Stapel wurde importiert"),
            "{err}"
        );
        assert!(
            !err.contains("FORK") && !err.contains("already imported"),
            "{err}"
        );
    }
}

#[test]
fn a_laptop_s_other_key_is_refused_in_french() {
    let (laptop, b1) = Laptop::with_one_batch();
    let old_key = manifest(&b1)["key_id"].as_str().unwrap().to_owned();
    let old_pub = laptop.booth.dir.path().join("old-device.pub");
    std::fs::copy(laptop.pubkey(), &old_pub).unwrap();
    let out = laptop.booth.run(&["keys", "init", "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    one_lead(&laptop, 2, "bo");
    let b2 = laptop.export();
    let new_key = manifest(&b2)["key_id"].as_str().unwrap().to_owned();
    let device = manifest(&b2)["device_id"].as_str().unwrap().to_owned();
    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "laptop-new");
        let old_in_trust = central.trust().join("laptop-old.pub");
        std::fs::copy(&old_pub, &old_in_trust).unwrap();
        central.import_ok(&[&b1], &[]);
        let out = import_in(&central, "fr_FR.UTF-8", &[&b2], &[]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "l'appareil {device} est lié à la clé {old_key} ({})",
                old_in_trust.display()
            )) && err.contains(&format!("ce lot est signé par la clé {new_key}"))
                && err.contains(&format!("importez de nouveau avec --rebind {device}")),
            "{err}"
        );
        // The old key's file gone from the trust folder: said so, in French.
        std::fs::remove_file(&old_in_trust).unwrap();
        let err = stderr(&import_in(&central, "fr_FR.UTF-8", &[&b2], &[]));
        assert!(
            err.contains(&format!(
                "lié à la clé {old_key} (plus dans le dossier de confiance)"
            )),
            "{err}"
        );
    }
}

#[test]
fn the_trust_folder_s_faults_are_said_in_spanish() {
    let laptop = Laptop::new("Sam");
    one_lead(&laptop, 1, "one");
    let b1 = laptop.export();
    let central = Central::new(&Sqlite);
    let trust = central.trust();
    let err = stderr(&import_in(&central, "es_ES.UTF-8", &[&b1], &[]));
    assert!(
        err.contains(&format!(
            "la carpeta de confianza {} no contiene ningún archivo de clave pública *.pub",
            trust.display()
        )),
        "{err}"
    );
    central.trust_laptop(&laptop, "a");
    central.trust_laptop(&laptop, "b");
    let err = stderr(&import_in(&central, "es_ES.UTF-8", &[&b1], &[]));
    assert!(
        err.contains("contiene dos claves públicas con el ID de clave")
            && err.contains("a.pub y b.pub"),
        "{err}"
    );
    std::fs::remove_file(trust.join("b.pub")).unwrap();
    std::fs::write(trust.join("typo.pub"), "not a key\n").unwrap();
    let err = stderr(&import_in(&central, "es_ES.UTF-8", &[&b1], &[]));
    assert!(
        err.contains(&format!(
            "{} no es una clave pública de minisign: ",
            trust.join("typo.pub").display()
        )),
        "{err}"
    );
    std::fs::write(trust.join("typo.pub"), vec![b'x'; 100_000]).unwrap();
    let err = stderr(&import_in(&central, "es_ES.UTF-8", &[&b1], &[]));
    assert!(
        err.contains("no es un archivo de clave de minisign: tiene 100000 bytes"),
        "{err}"
    );
    assert!(
        !central.created(),
        "nothing created before the trust folder is usable"
    );
}

/// The central database's failures, in German; PostgreSQL's own message
/// (connection refused) stays as the driver gives it.
#[test]
fn the_central_database_s_faults_are_said_in_german() {
    let (laptop, b1) = Laptop::with_one_batch();
    let central = Central::new(&Sqlite);
    central.trust_laptop(&laptop, "sam");
    let run = |into: &str| {
        let out = std::process::Command::new(crate::support::bin())
            .arg("--data-dir")
            .arg(central.dir.path().join("d"))
            .arg("import")
            .arg(&b1)
            .arg("--trust")
            .arg(central.trust())
            .args(["--into", into])
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LEADBOOTH_CENTRAL")
            .env("LANG", "de_DE.UTF-8")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        stderr(&out)
    };
    let err = run("postgres://office@localhost");
    assert!(
        err.contains("--into: keine brauchbare PostgreSQL-URL (kein Datenbankname: postgres://user@host/database angeben)"),
        "{err}"
    );
    // Port 1 on this machine: nobody listens.
    let err = run("postgres://office@127.0.0.1:1/leads");
    assert!(
        err.contains("Datenbank postgres://office@127.0.0.1:1/leads: Fehler beim Verbinden: "),
        "{err}"
    );
}

/// A batch whose lead breaks a record rule (re-signed by its own laptop, so
/// only the rule refuses it) is refused at the import with the rule said in
/// the staff language, as `verify` says it, on both backends.
#[test]
fn a_lead_s_broken_record_rule_is_refused_in_french() {
    let (laptop, b1) = Laptop::with_one_batch();
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path().join("bad");
    crate::support::copy_dir(&b1, &dir);
    crate::support::tamper::edit_text(&dir.join("leads.jsonl"), |text| {
        let mut lead: serde_json::Value = serde_json::from_str(text.trim_end()).unwrap();
        lead["email"] = "no address".into();
        serde_json::to_string(&lead).unwrap() + "\n"
    });
    crate::support::tamper::reseal(
        &dir,
        crate::support::tamper::Seal::OldComment(&laptop.booth.signer()),
    );
    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "sam");
        let out = import_in(&central, "fr_FR.UTF-8", &[&dir], &[]);
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "leads.jsonl ligne 1 : contact {} : email: n'est pas une adresse e-mail valide",
                id(1)
            )),
            "{}: {err}",
            backend.name()
        );
        assert!(!err.contains("is not a valid email"), "{err}");
    }
}
