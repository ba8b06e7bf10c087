//! The lead rules only the command line meets (issue 18, branch i18nrules): a
//! wrong choice, the consent evidence and the provenance `leads add` refuses
//! are said in the staff language (`LC_ALL` > `LC_MESSAGES` > `LANG`), after the
//! line and the field, which keep the input's spelling.

use std::process::Output;

use crate::support::{Booth, consents, stderr};
use serde_json::json;

/// `leads add -` as Sam with `input` on stdin under the locale `vars`.
fn add_in(booth: &Booth, vars: &[(&str, &str)], input: &str) -> Output {
    use std::io::Write as _;
    let mut c = booth.cmd(&["--staff", "Sam", "leads", "add", "-"]);
    for (k, v) in vars {
        c.env(k, v);
    }
    let mut child = c
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn good() -> serde_json::Value {
    json!({"first_name": "Ada", "email": "ada@example.org", "consents": consents(&["policy_ack"])})
}

/// Line 2 of three breaks a rule; the refusal under `vars`.
fn refused(booth: &Booth, vars: &[(&str, &str)], bad: &serde_json::Value) -> String {
    let good = good();
    let o = add_in(booth, vars, &format!("{good}\n{bad}\n{good}\n"));
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(booth.leads().is_empty(), "nothing saved: {err}");
    err
}

const GERMAN: &[(&str, &str)] = &[("LANG", "de_DE.UTF-8")];
const FRENCH: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];
const SPANISH: &[(&str, &str)] = &[("LC_ALL", "es_ES.UTF-8"), ("LANG", "de_DE.UTF-8")];

fn forged_source() -> serde_json::Value {
    let mut l = good();
    l["source"] = json!("kiosk");
    l
}

#[test]
fn leads_add_refusals_name_line_and_field_in_the_staff_language() {
    let booth = Booth::new();
    // English (the clean environment's C.UTF-8): the wording scripts read.
    let en = refused(&booth, &[], &forged_source());
    assert!(
        en.contains(
            "standard input: line 2: source: is \"kiosk\": a lead added from the command line is recorded as \"cli\""
        ) && en.contains("nothing from standard input was saved"),
        "{en}"
    );
    let de = refused(&booth, GERMAN, &forged_source());
    assert!(
        de.starts_with("leadbooth: Fehler: Standardeingabe: Zeile 2: source: ist \"kiosk\": ein über die Kommandozeile hinzugefügter Lead wird als \"cli\" festgehalten")
            && de.contains("nichts aus Standardeingabe wurde gespeichert"),
        "{de}"
    );
    let fr = refused(&booth, FRENCH, &forged_source());
    assert!(
        fr.starts_with("leadbooth: erreur: entrée standard: ligne 2: source: vaut \"kiosk\" : un contact ajouté en ligne de commande est enregistré comme \"cli\"")
            && fr.contains("rien de entrée standard n'a été enregistré"),
        "{fr}"
    );
    let es = refused(&booth, SPANISH, &forged_source());
    assert!(
        es.contains("entrada estándar: línea 2: source: es \"kiosk\": un contacto añadido desde la línea de comandos"),
        "{es}"
    );
    for (lang, text) in [("de", &de), ("fr", &fr), ("es", &es)] {
        for english in ["line 2", "leave it out", "standard input", "recorded as"] {
            assert!(!text.contains(english), "{lang} says {english:?}: {text}");
        }
    }

    // The rest of the provenance and evidence rules, each naming its field.
    let mut other_device = good();
    other_device["device_id"] = json!("00000000-0000-7000-8000-000000000001");
    let de = refused(&booth, GERMAN, &other_device);
    assert!(
        de.contains("Zeile 2: device_id: ist nicht dieser Laptop (") && de.contains("); weglassen"),
        "{de}"
    );
    let mut other_person = good();
    other_person["captured_by"] = json!("Somebody Else");
    let fr = refused(&booth, FRENCH, &other_person);
    assert!(
        fr.contains("ligne 2: captured_by: nomme une autre personne que celle qui l'ajoute (Sam) ; omettez-le, ou lancez la commande avec --staff NOM"),
        "{fr}"
    );
    let mut cs = consents(&["policy_ack"]);
    cs[0]["method"] = json!("self_service");
    let mut method = good();
    method["consents"] = cs;
    let fr = refused(&booth, FRENCH, &method);
    assert!(
        fr.contains("ligne 2: consents.policy_ack.method: vaut self_service, mais cette saisie est staff_assisted ; seul le stand enregistre comment un consentement a été recueilli"),
        "{fr}"
    );
    let mut tick = good();
    tick["captured_at"] = json!("2026-03-10T09:00:00Z");
    tick["consents"][0]["ticked_at"] = json!("2026-03-10T08:00:00Z");
    let de = refused(&booth, GERMAN, &tick);
    assert!(
        de.contains(
            "Zeile 2: consents.policy_ack.ticked_at: liegt vor der Erfassung (captured_at)"
        ),
        "{de}"
    );
}

#[test]
fn a_wrong_answer_is_refused_in_the_staff_language() {
    let booth = Booth::new();
    let mut bad = good();
    bad["answers"] = json!({"interest": "Vielleicht"});
    let en = refused(&booth, &[], &bad);
    assert!(
        en.contains("line 2: answers.interest: \"Vielleicht\" is not one of the choices"),
        "{en}"
    );
    let de = refused(&booth, GERMAN, &bad);
    assert!(
        de.contains("Zeile 2: answers.interest: \"Vielleicht\" ist keine der Antwortmöglichkeiten"),
        "{de}"
    );
    bad["answers"] = json!({"interest": ["Just looking"]});
    let es = refused(&booth, SPANISH, &bad);
    assert!(
        es.contains("línea 2: answers.interest: admite un solo valor, no una lista"),
        "{es}"
    );
    bad["answers"] = json!({"budget": "big"});
    let fr = refused(&booth, FRENCH, &bad);
    assert!(
        fr.contains("ligne 2: answers.budget: n'est pas une question de cet événement"),
        "{fr}"
    );
}

#[test]
fn what_leads_add_did_is_said_in_the_staff_language() {
    let booth = Booth::new();
    let o = add_in(&booth, GERMAN, &format!("{}\n", good()));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stderr(&o).trim(), "1 Lead aus Standardeingabe hinzugefügt");
    let o = add_in(&booth, &[], &format!("{}\n", good()));
    assert_eq!(stderr(&o).trim(), "added 1 lead from standard input");
}

/// The `leads` and `kiosk` lines a person reads (branch i18nrules's
/// leftovers): German under `LANG=de_DE.UTF-8`, English as before without it.
#[test]
fn leads_and_kiosk_lines_follow_the_staff_language() {
    let booth = Booth::new();
    let run = |vars: &[(&str, &str)], args: &[&str], stdin: &str| {
        let mut c = booth.cmd(args);
        for (k, v) in vars {
            c.env(k, v);
        }
        let mut child = c
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write as _;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let short = run(GERMAN, &["leads", "show", "1234"], "");
    assert_eq!(
        stderr(&short).trim(),
        "leadbooth: Fehler: Lead-ID \"1234\": die volle ID oder mindestens ihre ersten 8 Zeichen angeben"
    );
    let none = run(FRENCH, &["leads", "show", "ffffffff"], "");
    assert_eq!(
        stderr(&none).trim(),
        "leadbooth: erreur: aucun contact dont l'identifiant commence par ffffffff"
    );
    let who = ["leads", "erase", "--person", "nobody@example.org"];
    let no_one = run(SPANISH, &who, "");
    assert_eq!(
        stderr(&no_one).trim(),
        "leadbooth: error: ningún contacto de \"nobody@example.org\" en este portátil (los contactos borrados no se buscan)"
    );
    let en = run(&[], &who, "");
    assert_eq!(
        stderr(&en).trim(),
        "leadbooth: error: no lead of \"nobody@example.org\" on this laptop (erased leads are not searched)"
    );
    let nobody = run(GERMAN, &["leads", "find", "nobody@example.org"], "");
    assert!(
        stderr(&nobody).contains("kein Lead dieser Person auf diesem Laptop"),
        "{}",
        stderr(&nobody)
    );
    let pin = run(GERMAN, &["kiosk", "set-pin"], "271828\n");
    assert!(pin.status.success(), "{}", stderr(&pin));
    assert_eq!(
        stderr(&pin).trim(),
        "Team-PIN für den Kiosk gesetzt (gespeichert als gesalzener Argon2id-Hash)"
    );
}

/// `init-event --ask` asks its questions, and refuses, in the staff language;
/// the answers go into the file as typed.
#[test]
fn init_event_asks_in_the_staff_language() {
    use std::io::Write as _;
    let booth = Booth::new();
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str], stdin: &str| {
        let mut c = booth.cmd(args);
        c.current_dir(dir.path()).env("LANG", "de_DE.UTF-8");
        let mut child = c
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let answers = "Acme\nAcme GmbH\nHauptstr. 1, 10115 Berlin\nprivacy@acme.test\nEU\n\n\n\n\n";
    let o = run(&["init-event", "--ask", "acme.toml"], answers);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("Ihre Organisation (im Einwilligungstext genannt) [")
            && err.contains("Seine Postanschrift, in einer Zeile [")
            && !err.contains("postal address"),
        "{err}"
    );
    let text = std::fs::read_to_string(dir.path().join("acme.toml")).unwrap();
    assert!(
        text.contains("address = \"Hauptstr. 1, 10115 Berlin\""),
        "{text}"
    );
    let again = run(&["init-event", "--ask", "acme.toml"], answers);
    assert_eq!(
        stderr(&again).trim(),
        "leadbooth: Fehler: acme.toml existiert bereits; mit --force überschreiben"
    );
}
