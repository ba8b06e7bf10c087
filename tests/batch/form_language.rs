//! Issue 18 (branch i18nlast): what `verify` says of a batch file's form rather
//! than its records (a line not in the form leadbooth writes, an empty line, a
//! line too long or without its newline, a manifest field out of range or
//! missing, a count, `SHA256SUMS`, the signature file) is said in the staff
//! language, the file, line and field still named; without a locale, in the
//! words verify always printed. Each batch is a copy of batch 1 changed one way
//! and, where the change is not itself to the seal, re-signed by the laptop, so
//! only the form can refuse it.

use std::path::{Path, PathBuf};

use crate::support::copy_dir;
use crate::support::tamper::{Fixture, Seal, edit, edit_manifest, edit_text, fixture, reseal};

/// One way of breaking a batch's form and what each language says of it
/// (German, French, Spanish, then the C locale's English).
struct Case<'a> {
    name: &'static str,
    mutate: Box<dyn Fn(&Path) + 'a>,
    said: [&'static str; 4],
}

fn copy_of(fx: &Fixture, scratch: &Path, name: &str) -> PathBuf {
    let dir = scratch.join(name.replace(' ', "-")).join("batch");
    copy_dir(&fx.batch1, &dir);
    dir
}

#[test]
fn a_batch_file_s_form_is_said_in_the_staff_language() {
    let fx = fixture();
    let scratch = tempfile::tempdir().unwrap();
    let signer = || fx.booth.signer();
    let cases = vec![
        Case {
            name: "an empty line in leads.jsonl",
            mutate: Box::new(|d| {
                edit_text(&d.join("leads.jsonl"), |t| t.replacen('\n', "\n\n", 1));
                reseal(d, Seal::OldComment(&signer()));
            }),
            said: [
                "leads.jsonl Zeile 2: ist leer",
                "leads.jsonl ligne 2 : est vide",
                "leads.jsonl línea 2: está vacía",
                "leads.jsonl line 2: is empty",
            ],
        },
        Case {
            name: "a lead line not in the form leadbooth writes",
            mutate: Box::new(|d| {
                edit_text(&d.join("leads.jsonl"), |t| t.replacen("\":", "\": ", 1));
                reseal(d, Seal::OldComment(&signer()));
            }),
            said: [
                "leads.jsonl Zeile 1: hat nicht die Form, in der leadbooth schreibt: sie weicht bei Byte 12 ab (Leerraum, Reihenfolge der Schlüssel",
                "leads.jsonl ligne 1 : n'est pas sous la forme qu'écrit leadbooth : elle diffère à l'octet 12 (espaces, ordre des clés",
                "leads.jsonl línea 1: no tiene la forma en que escribe leadbooth: difiere en el byte 12 (espacios, orden de las claves",
                "leads.jsonl line 1: is not in the form leadbooth writes: it differs at byte 12 (white space, key order",
            ],
        },
        Case {
            name: "erasures.jsonl without its last newline",
            mutate: Box::new(|d| {
                edit(&d.join("erasures.jsonl"), |b| {
                    b.pop();
                });
                reseal(d, Seal::OldComment(&signer()));
            }),
            said: [
                "erasures.jsonl Zeile 2: endet nicht mit einem Zeilenumbruch (Datenmüll am Ende?)",
                "erasures.jsonl ligne 2 : ne se termine pas par un saut de ligne (données parasites à la fin ?)",
                "erasures.jsonl línea 2: no termina en un salto de línea (¿datos sobrantes al final?)",
                "erasures.jsonl line 2: does not end with a newline (trailing garbage?)",
            ],
        },
        Case {
            name: "a line too long in erasures.jsonl",
            mutate: Box::new(|d| {
                edit(&d.join("erasures.jsonl"), |b| {
                    // Longer than the reader's blocks too, so the read itself stops at it.
                    b.extend(std::iter::repeat_n(b'x', 3 * 1024 * 1024));
                    b.push(b'\n');
                });
                reseal(d, Seal::OldComment(&signer()));
            }),
            said: [
                "erasures.jsonl Zeile 3: ist länger als 1048576 Bytes, die längste Zeile, die ein Stapel enthalten darf",
                "erasures.jsonl ligne 3 : dépasse 1048576 octets, la plus longue ligne qu'un lot puisse contenir",
                "erasures.jsonl línea 3: supera los 1048576 bytes, la línea más larga que puede contener un lote",
                "erasures.jsonl line 3: is longer than 1048576 bytes, the longest line a batch may hold",
            ],
        },
        Case {
            name: "seq 0 in the manifest",
            mutate: Box::new(|d| {
                edit_manifest(d, |m| m["seq"] = 0.into());
                reseal(d, Seal::Consistent(&signer()));
            }),
            said: [
                "manifest.json: seq ist 0; Stapel werden ab 1 gezählt",
                "manifest.json : seq vaut 0 ; les lots se comptent à partir de 1",
                "manifest.json: seq es 0; los lotes se cuentan desde 1",
                "manifest.json: seq is 0; batches count from 1",
            ],
        },
        Case {
            name: "previous missing from the manifest of batch 2",
            mutate: Box::new(|d| {
                edit_manifest(d, |m| m["seq"] = 2.into());
                reseal(d, Seal::Consistent(&signer()));
            }),
            said: [
                "manifest.json: previous ist null, seq ist aber 2",
                "manifest.json : previous vaut null mais seq vaut 2",
                "manifest.json: previous es null, pero seq es 2",
                "manifest.json: previous is null but seq is 2",
            ],
        },
        Case {
            name: "erasure_count out of step",
            mutate: Box::new(|d| {
                edit_manifest(d, |m| m["erasure_count"] = 1.into());
                reseal(d, Seal::Consistent(&signer()));
            }),
            said: [
                "erasures.jsonl hat aber 2 Datensätze",
                "erasures.jsonl contient 2 enregistrements",
                "erasures.jsonl tiene 2 registros",
                "erasures.jsonl has 2 records",
            ],
        },
        Case {
            name: "SHA256SUMS with one space",
            mutate: Box::new(|d| {
                edit_text(&d.join("SHA256SUMS"), |t| t.replacen("  ", " ", 1));
            }),
            said: [
                "SHA256SUMS: Zeile 1 hat nicht die Form `<64 Hexziffern in Kleinbuchstaben>  <Dateiname>`",
                "SHA256SUMS : la ligne 1 n'a pas la forme `<64 chiffres hexadécimaux en minuscules>  <nom de fichier>`",
                "SHA256SUMS: la línea 1 no tiene la forma `<64 dígitos hexadecimales en minúsculas>  <nombre de archivo>`",
                "SHA256SUMS line 1 is not `<64 lowercase hex digits>  <file name>`",
            ],
        },
        Case {
            name: "the signature cut to three lines",
            mutate: Box::new(|d| {
                edit_text(&d.join("SHA256SUMS.minisig"), |t| {
                    t.lines().take(3).map(|l| format!("{l}\n")).collect()
                });
            }),
            said: [
                "SHA256SUMS.minisig ist keine minisign-Signatur: sie muss genau 4 Zeilen haben, jede mit Zeilenumbruch, hat aber 3",
                "SHA256SUMS.minisig n'est pas une signature minisign : elle doit faire exactement 4 lignes terminées par un saut de ligne, elle en a 3",
                "SHA256SUMS.minisig no es una firma de minisign: debe tener exactamente 4 líneas terminadas en un salto de línea, pero tiene 3",
                "SHA256SUMS.minisig is not a minisign signature: it must be exactly 4 lines ending in a newline, it has 3",
            ],
        },
    ];
    // Every case is tried before failing, so a message left in English names
    // each kind it leaves.
    let mut failures = Vec::new();
    for case in &cases {
        let dir = copy_of(&fx, scratch.path(), case.name);
        (case.mutate)(&dir);
        for (lang, said) in ["de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8", "C"]
            .into_iter()
            .zip(case.said)
        {
            let out = fx.verify_in(lang, &dir);
            assert_eq!(out.status.code(), Some(1), "{}: {out:?}", case.name);
            let err = String::from_utf8_lossy(&out.stderr);
            if !err.contains(said) {
                failures.push(format!("{} under {lang}:\n{err}  lacks: {said}", case.name));
            }
            if lang != "C" && err.contains(case.said[3]) {
                failures.push(format!(
                    "{} under {lang}: left in English:\n{err}",
                    case.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
