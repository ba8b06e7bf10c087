//! The tamper suite's mutations of one valid batch, shared by the verify tests
//! (`tests/batch/tamper.rs`) and the central import's adversarial suite
//! (`tests/central/adversarial.rs`): each case changes a copy of batch 1 and names
//! the words its refusal must hold.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use super::booth::lead_lines;
use super::{Booth, have_tool, queue_erasure, sha256_of};
use leadbooth::batch::{self, ErasureRecord, Manifest, SUMMED_FILES, Signer};

pub fn edit(path: &Path, f: impl FnOnce(&mut Vec<u8>)) {
    let mut bytes = std::fs::read(path).unwrap();
    f(&mut bytes);
    std::fs::write(path, bytes).unwrap();
}

pub fn edit_text(path: &Path, f: impl FnOnce(&str) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, f(&text)).unwrap();
}

pub fn flip_middle_byte(path: &Path) {
    edit(path, |b| {
        let i = b.len() / 2;
        b[i] ^= 0x01;
    });
}

pub fn edit_manifest(dir: &Path, f: impl FnOnce(&mut serde_json::Value)) {
    let path = dir.join("manifest.json");
    let mut m: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    f(&mut m);
    let mut bytes = serde_json::to_vec_pretty(&m).unwrap();
    bytes.push(b'\n');
    std::fs::write(path, bytes).unwrap();
}

pub fn trusted_comment_of(dir: &Path) -> String {
    let sig = std::fs::read_to_string(dir.join("SHA256SUMS.minisig")).unwrap();
    sig.lines()
        .nth(2)
        .unwrap()
        .strip_prefix("trusted comment: ")
        .unwrap()
        .to_owned()
}

/// How a resealed batch is signed.
pub enum Seal<'a> {
    /// SHA256SUMS recomputed, the old signature kept.
    SumsOnly,
    /// Re-signed with the old trusted comment.
    OldComment(&'a Signer),
    /// Re-signed with the comment the (edited) manifest implies: what a buggy or
    /// compromised writer holding the device key would produce.
    Consistent(&'a Signer),
}

/// Recomputes SHA256SUMS for the current files and re-signs as `seal` says.
pub fn reseal(dir: &Path, seal: Seal<'_>) {
    let old_comment = trusted_comment_of(dir);
    let sums: String = SUMMED_FILES
        .iter()
        .map(|n| format!("{}  {n}\n", sha256_of(&dir.join(n))))
        .collect();
    std::fs::write(dir.join("SHA256SUMS"), &sums).unwrap();
    let (signer, comment) = match seal {
        Seal::SumsOnly => return,
        Seal::OldComment(s) => (s, old_comment),
        Seal::Consistent(s) => {
            let m: Manifest =
                serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
            (s, batch::trusted_comment(&m))
        }
    };
    let sig = signer.sign(sums.as_bytes(), &comment).unwrap();
    std::fs::write(dir.join("SHA256SUMS.minisig"), sig).unwrap();
}

pub struct Case<'a> {
    pub name: &'static str,
    pub mutate: Box<dyn Fn(&Path) + 'a>,
    /// Every one of these must be in the message.
    pub expect: Vec<String>,
}

pub fn case<'a>(name: &'static str, mutate: impl Fn(&Path) + 'a, expect: &[&str]) -> Case<'a> {
    Case {
        name,
        mutate: Box::new(mutate),
        expect: expect.iter().map(|s| s.to_string()).collect(),
    }
}

pub struct Fixture {
    pub booth: Booth,
    pub batch1: PathBuf,
    pub batch2: PathBuf,
    pub other_key: minisign::KeyPair,
}

impl Fixture {
    /// `leadbooth verify DIR` with the booth's key under `LANG=lang` (no
    /// `LC_ALL`/`LC_MESSAGES` over it): the staff language's refusals.
    pub fn verify_in(&self, lang: &str, dir: &Path) -> std::process::Output {
        self.booth
            .cmd(&[
                "verify",
                dir.to_str().unwrap(),
                "--pubkey",
                self.booth.pubkey().to_str().unwrap(),
            ])
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap()
    }
}

/// Batch 1: three leads and two erasure records; batch 2: one more lead.
pub fn fixture() -> Fixture {
    let booth = Booth::new();
    booth.add(&lead_lines("t", 3));
    {
        let mut db =
            rusqlite::Connection::open(booth.data_dir().join("leadbooth.sqlite3")).unwrap();
        let at = "2026-11-29T12:00:00Z".parse().unwrap();
        let tx = db.transaction().unwrap();
        queue_erasure(
            &tx,
            &ErasureRecord::Withdrawal {
                lead_id: uuid::Uuid::now_v7(),
                purpose: "marketing_email".into(),
                at,
                by: "Sam".into(),
                channel: None,
                device_id: None,
            },
        );
        queue_erasure(
            &tx,
            &ErasureRecord::Erasure {
                lead_id: uuid::Uuid::now_v7(),
                at,
                by: "Sam".into(),
                device_id: None,
            },
        );
        tx.commit().unwrap();
    }
    let target = booth.dir.path().join("batches");
    std::fs::create_dir(&target).unwrap();
    let batch1 = booth.export(&["--out", target.to_str().unwrap()]);
    booth.add(&lead_lines("u", 1));
    let batch2 = booth.export(&["--out", target.to_str().unwrap()]);
    Fixture {
        booth,
        batch1,
        batch2,
        other_key: minisign::KeyPair::generate_unencrypted_keypair().unwrap(),
    }
}

/// Every mutation of [`Fixture::batch1`], with the words its refusal must hold.
pub fn cases(fx: &Fixture) -> Vec<Case<'_>> {
    let pk = batch::read_public_key(&fx.booth.pubkey()).unwrap();
    let key_id = batch::key_id_hex(pk.keynum());
    let other_id = batch::key_id_hex(fx.other_key.pk.keynum());
    let signer = || fx.booth.signer();
    let batch2_sig = std::fs::read(fx.batch2.join("SHA256SUMS.minisig")).unwrap();
    let other = fx.other_key.clone();

    let mut cases = vec![
        case(
            "byte flipped in manifest.json",
            |d| flip_middle_byte(&d.join("manifest.json")),
            &["manifest.json does not match its checksum in SHA256SUMS"],
        ),
        case(
            "byte flipped in leads.jsonl",
            |d| flip_middle_byte(&d.join("leads.jsonl")),
            &["leads.jsonl does not match its checksum"],
        ),
        case(
            "byte flipped in leads.csv",
            |d| flip_middle_byte(&d.join("leads.csv")),
            &["leads.csv does not match its checksum"],
        ),
        case(
            "byte flipped in erasures.jsonl",
            |d| flip_middle_byte(&d.join("erasures.jsonl")),
            &["erasures.jsonl does not match its checksum"],
        ),
        case(
            "checksum digit changed in SHA256SUMS",
            |d| {
                edit(&d.join("SHA256SUMS"), |b| {
                    b[0] = if b[0] == b'0' { b'1' } else { b'0' }
                })
            },
            &["SHA256SUMS.minisig does not verify", "altered"],
        ),
        case(
            "signature bytes flipped",
            |d| {
                edit_text(&d.join("SHA256SUMS.minisig"), |t| {
                    let mut lines: Vec<String> = t.lines().map(String::from).collect();
                    let c = lines[1].remove(20);
                    lines[1].insert(20, if c == 'A' { 'B' } else { 'A' });
                    lines.join("\n") + "\n"
                })
            },
            &["SHA256SUMS.minisig does not verify"],
        ),
        case(
            "trusted comment edited",
            |d| {
                edit_text(&d.join("SHA256SUMS.minisig"), |t| {
                    t.replace(" seq=1 ", " seq=7 ")
                })
            },
            &["SHA256SUMS.minisig: the trusted comment was altered"],
        ),
        case(
            "line removed from leads.jsonl",
            |d| {
                edit_text(&d.join("leads.jsonl"), |t| {
                    t.lines().skip(1).map(|l| format!("{l}\n")).collect()
                })
            },
            &["leads.jsonl does not match its checksum"],
        ),
        case(
            "lines reordered in leads.jsonl",
            |d| {
                edit_text(&d.join("leads.jsonl"), |t| {
                    t.lines().rev().map(|l| format!("{l}\n")).collect()
                })
            },
            &["leads.jsonl does not match its checksum"],
        ),
        case(
            "line removed from erasures.jsonl",
            |d| {
                edit_text(&d.join("erasures.jsonl"), |t| {
                    t.lines().take(1).map(|l| format!("{l}\n")).collect()
                })
            },
            &["erasures.jsonl does not match its checksum"],
        ),
        case(
            "leads.csv deleted",
            |d| std::fs::remove_file(d.join("leads.csv")).unwrap(),
            &["leads.csv is missing"],
        ),
        case(
            "signature deleted",
            |d| std::fs::remove_file(d.join("SHA256SUMS.minisig")).unwrap(),
            &["SHA256SUMS.minisig is missing"],
        ),
        case(
            "file added",
            |d| std::fs::write(d.join("notes.txt"), "hi").unwrap(),
            &["notes.txt does not belong in a batch folder"],
        ),
        case(
            "folder added",
            |d| std::fs::create_dir(d.join("extra")).unwrap(),
            &["extra does not belong in a batch folder"],
        ),
        case(
            "file renamed",
            |d| std::fs::rename(d.join("leads.csv"), d.join("leads.CSV")).unwrap(),
            &["leads.csv is missing"],
        ),
        case(
            "file replaced by a symlink",
            |d| {
                std::fs::rename(d.join("leads.csv"), d.join("../elsewhere.csv")).unwrap();
                std::os::unix::fs::symlink("../elsewhere.csv", d.join("leads.csv")).unwrap();
            },
            &["leads.csv is not a regular file"],
        ),
        case(
            "signed by another key",
            move |d| {
                let sums = std::fs::read(d.join("SHA256SUMS")).unwrap();
                let comment = trusted_comment_of(d);
                let sig =
                    minisign::sign(Some(&other.pk), &other.sk, &sums[..], Some(&comment), None)
                        .unwrap();
                std::fs::write(d.join("SHA256SUMS.minisig"), sig.into_string()).unwrap();
            },
            &[&format!(
                "SHA256SUMS.minisig was made by key {other_id}, not by the given public key {key_id}"
            )],
        ),
        case(
            "signature of another batch",
            move |d| std::fs::write(d.join("SHA256SUMS.minisig"), &batch2_sig).unwrap(),
            &["SHA256SUMS.minisig does not verify", "another batch"],
        ),
        case(
            "seq edited, sums recomputed, not re-signed",
            |d| {
                edit_manifest(d, |m| m["seq"] = 2.into());
                reseal(d, Seal::SumsOnly)
            },
            &["SHA256SUMS.minisig does not verify"],
        ),
        case(
            "lead_count edited, re-signed with the old comment",
            move |d| {
                edit_manifest(d, |m| m["lead_count"] = 4.into());
                reseal(d, Seal::OldComment(&signer()))
            },
            &[
                "SHA256SUMS.minisig: trusted comment",
                "leads=3",
                "does not match manifest.json",
                "leads=4",
            ],
        ),
        case(
            "lead_count edited, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| m["lead_count"] = 4.into());
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json says lead_count 4 but",
                "leads.jsonl has 3 leads",
            ],
        ),
        case(
            // The manifest and leads.csv still say 3: only leads.jsonl's own
            // count of lines can tell (the import counts them in its one read).
            "a lead line removed from leads.jsonl, re-signed consistently",
            move |d| {
                edit_text(&d.join("leads.jsonl"), |t| {
                    t.split_inclusive('\n').skip(1).collect()
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json says lead_count 3 but",
                "leads.jsonl has 2 leads",
            ],
        ),
        case(
            "erasure_count edited, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| m["erasure_count"] = 1.into());
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json says erasure_count 1 but",
                "erasures.jsonl has 2 records",
            ],
        ),
        case(
            "CSV row removed, re-signed consistently",
            move |d| {
                edit(&d.join("leads.csv"), |b| {
                    let end = b.windows(2).rposition(|w| w == b"\r\n").unwrap();
                    let start = b[..end].windows(2).rposition(|w| w == b"\r\n").unwrap() + 2;
                    b.drain(start..end + 2);
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json says lead_count 3 but",
                "leads.csv has 2 data rows",
            ],
        ),
        case(
            "a line that is not a lead, re-signed consistently",
            move |d| {
                edit_text(&d.join("leads.jsonl"), |t| {
                    t.replacen("{\"lead_id\"", "{\"vip\":true,\"lead_id\"", 2)
                        .replacen("{\"vip\":true,", "{", 1)
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &["leads.jsonl line 2:", "unknown field `vip`"],
        ),
        // Issue 11: batches are now leadbooth-batch/2 (with policies.jsonl), so
        // the unknown format is /3; /1 claimed by a batch with policies.jsonl is
        // refused as inconsistent. Issue 16: batches are /3 (question wording in
        // the manifest), so the unknown format is /4. Issue 18: batches are /4
        // (leads of schema 3), so the unknown format is /5.
        case(
            "format changed, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| m["format"] = "leadbooth-batch/5".into());
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json has format \"leadbooth-batch/5\"; this leadbooth reads leadbooth-batch/4 (and leadbooth-batch/3, leadbooth-batch/2, leadbooth-batch/1)",
            ],
        ),
        case(
            "format 3 claimed by a batch of lead schema 3, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| m["format"] = "leadbooth-batch/3".into());
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json: lead_schema_version is 3; a leadbooth-batch/3 batch holds leads of schema 2",
            ],
        ),
        case(
            "format 3 and lead schema 2 claimed by a batch whose records name the language asked for, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| {
                    m["format"] = "leadbooth-batch/3".into();
                    m["lead_schema_version"] = 2.into();
                    m.as_object_mut().unwrap().remove("wording");
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "leads.jsonl line 1:",
                "its consent records are of lead schema 3 (they name the language asked for), but a leadbooth-batch/3 batch holds leads of schema 2",
            ],
        ),
        // Issue 18: the manifest carries every language's wording; a changed
        // translation is refused, naming the language and the text.
        case(
            "a translation's wording changed, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| {
                    let de = &mut m["wording"][1];
                    assert_eq!(de["language"], "de");
                    de["purposes"][1]["text"] = "Senden Sie mir alles.".into();
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json: wording de: purposes.marketing_email.text_sha256 is not the SHA-256 of its text",
            ],
        ),
        case(
            "one language twice (another left out), re-signed consistently",
            move |d| {
                edit_manifest(d, |m| {
                    let all = m["wording"].as_array_mut().unwrap();
                    let de = all.remove(1);
                    all.push(de.clone());
                    all.push(de);
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &["manifest.json: wording language de appears twice"],
        ),
        case(
            "wording claimed by a format-3 batch, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| {
                    m["format"] = "leadbooth-batch/3".into();
                    m["lead_schema_version"] = 2.into();
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json: wording is present, but a leadbooth-batch/3 manifest has no wording per language",
            ],
        ),
        case(
            "format 2 claimed by a batch with question wording, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| {
                    m["format"] = "leadbooth-batch/2".into();
                    m["lead_schema_version"] = 2.into();
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &["manifest.json: questions is present, but a leadbooth-batch/2 manifest"],
        ),
        case(
            "old format claimed by a batch with policy texts, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| m["format"] = "leadbooth-batch/1".into());
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json: lead_schema_version is 3; a leadbooth-batch/1 batch holds leads of schema 1",
            ],
        ),
        // Issue 11 with issue 13's rules: policies.jsonl carries only the texts
        // its leads cite, each once, each hashing to its version.
        case(
            "byte flipped in policies.jsonl",
            |d| flip_middle_byte(&d.join("policies.jsonl")),
            &["policies.jsonl does not match its checksum"],
        ),
        case(
            "a policy text no lead cites, re-signed consistently",
            move |d| {
                edit_text(&d.join("policies.jsonl"), |t| {
                    let text = "# Another company's policy\n";
                    let extra = serde_json::json!({
                        "sha256": leadbooth::policy::sha256_hex(text.as_bytes()),
                        "last_updated": null, "url": "https://example.org/other", "text": text,
                    });
                    format!("{t}{extra}\n")
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "policies.jsonl line 2",
                "is not a policy version of manifest.json",
            ],
        ),
        case(
            "a policy text twice, re-signed consistently",
            move |d| {
                edit_text(&d.join("policies.jsonl"), |t| format!("{t}{t}"));
                reseal(d, Seal::Consistent(&signer()))
            },
            &["policies.jsonl line 2", "is there twice"],
        ),
        case(
            "a policy text edited, its hash kept, re-signed consistently",
            move |d| {
                edit_text(&d.join("policies.jsonl"), |t| {
                    t.replacen("Privacy", "Privacy!", 1)
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &["policies.jsonl line 1", "does not hash to that SHA-256"],
        ),
        case(
            "key_id in manifest edited, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| m["key_id"] = "0123456789ABCDEF".into());
                reseal(d, Seal::Consistent(&signer()))
            },
            &[&format!(
                "manifest.json names key 0123456789ABCDEF but the batch is signed by key {key_id}"
            )],
        ),
        case(
            "trailing garbage on leads.jsonl",
            |d| edit(&d.join("leads.jsonl"), |b| b.extend_from_slice(b"garbage")),
            &["leads.jsonl does not match its checksum"],
        ),
        case(
            "trailing garbage on SHA256SUMS",
            |d| edit(&d.join("SHA256SUMS"), |b| b.extend_from_slice(b"garbage\n")),
            // Line 6 since issue 11: SHA256SUMS lists five files.
            &["SHA256SUMS line 6 is not `<64 lowercase hex digits>  <file name>`"],
        ),
        case(
            "trailing garbage on the signature",
            |d| {
                edit(&d.join("SHA256SUMS.minisig"), |b| {
                    b.extend_from_slice(b"garbage\n")
                })
            },
            &["SHA256SUMS.minisig is not a minisign signature: it must be exactly 4 lines"],
        ),
        case(
            "CRLF line endings in SHA256SUMS",
            |d| edit_text(&d.join("SHA256SUMS"), |t| t.replace('\n', "\r\n")),
            &["SHA256SUMS line 1 ends with CR LF"],
        ),
        case(
            "CRLF line endings in leads.jsonl",
            |d| edit_text(&d.join("leads.jsonl"), |t| t.replace('\n', "\r\n")),
            &[
                "leads.jsonl does not match its checksum",
                "line endings were changed to CR LF",
            ],
        ),
        case(
            "CRLF line endings in the signature",
            |d| edit_text(&d.join("SHA256SUMS.minisig"), |t| t.replace('\n', "\r\n")),
            &["SHA256SUMS.minisig is not a minisign signature: it has CR LF"],
        ),
        case(
            "duplicate line in SHA256SUMS",
            |d| {
                edit_text(&d.join("SHA256SUMS"), |t| {
                    let first = t.lines().next().unwrap();
                    format!("{first}\n{t}")
                })
            },
            &["SHA256SUMS line 2 lists manifest.json a second time"],
        ),
        case(
            "unknown name in SHA256SUMS",
            |d| {
                edit_text(&d.join("SHA256SUMS"), |t| {
                    t.replace("  leads.csv", "  leads.xlsx")
                })
            },
            &["SHA256SUMS line 3 names \"leads.xlsx\", which is not a file of a leadbooth batch"],
        ),
        case(
            "SHA256SUMS emptied",
            |d| std::fs::write(d.join("SHA256SUMS"), "").unwrap(),
            &["SHA256SUMS is empty"],
        ),
        // Issue 20: verify holds each record to the rules the import holds it
        // to (found by fuzzing: verify said OK to batches import refused) ...
        case(
            "a lead of another device, re-signed consistently",
            move |d| {
                edit_text(&d.join("leads.jsonl"), |t| {
                    let device =
                        serde_json::from_str::<serde_json::Value>(t.lines().next().unwrap())
                            .unwrap()["device_id"]
                            .as_str()
                            .unwrap()
                            .to_owned();
                    t.replacen(&device, "00000000-0000-4000-8000-000000000001", 1)
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "leads.jsonl line 1",
                "device_id 00000000-0000-4000-8000-000000000001 is not the batch's device",
            ],
        ),
        case(
            "a withdrawal of a purpose that is no purpose id, re-signed consistently",
            move |d| {
                edit_text(&d.join("erasures.jsonl"), |t| {
                    t.replacen(
                        "\"purpose\":\"marketing_email\"",
                        "\"purpose\":\"Marketing Email\"",
                        1,
                    )
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "erasures.jsonl line 1",
                "purpose \"Marketing Email\" is not a purpose id",
            ],
        ),
        case(
            "a manifest written in the future, re-signed consistently",
            move |d| {
                edit_manifest(d, |m| m["created_at"] = "2999-01-01T00:00:00Z".into());
                reseal(d, Seal::Consistent(&signer()))
            },
            &["manifest.json: created_at 2999-01-01T00:00:00Z is in the future"],
        ),
        // ... and to the exact bytes leadbooth writes, so a verified batch
        // written again is the batch that was read (found by fuzzing).
        case(
            "a space inside a lead line, re-signed consistently",
            move |d| {
                edit_text(&d.join("leads.jsonl"), |t| {
                    let second = t.match_indices('\n').next().unwrap().0 + 1;
                    format!("{}{}", &t[..second], t[second..].replacen("\":", "\": ", 1))
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "leads.jsonl line 2: is not in the form leadbooth writes",
                "at byte 12",
            ],
        ),
        case(
            "a lead's time spelled +00:00 instead of Z, re-signed consistently",
            move |d| {
                edit_text(&d.join("leads.jsonl"), |t| {
                    let at = t.find("\"captured_at\":\"").unwrap() + 34;
                    assert_eq!(&t[at..at + 2], "Z\"", "{}", &t[..at + 2]);
                    format!("{}+00:00{}", &t[..at], &t[at + 1..])
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &["leads.jsonl line 1: is not in the form leadbooth writes"],
        ),
        case(
            "an erasure's device_id written as null, re-signed consistently",
            move |d| {
                edit_text(&d.join("erasures.jsonl"), |t| {
                    let (first, rest) = t.split_once('\n').unwrap();
                    let first = match first.find(",\"device_id\":\"") {
                        Some(at) => format!("{},\"device_id\":null}}", &first[..at]),
                        None => format!("{},\"device_id\":null}}", &first[..first.len() - 1]),
                    };
                    format!("{first}\n{rest}")
                });
                reseal(d, Seal::Consistent(&signer()))
            },
            &["erasures.jsonl line 1: is not in the form leadbooth writes"],
        ),
        case(
            "the manifest indented by four spaces, re-signed consistently",
            move |d| {
                edit_text(&d.join("manifest.json"), |t| t.replace("\n  ", "\n    "));
                reseal(d, Seal::Consistent(&signer()))
            },
            &[
                "manifest.json is not in the form leadbooth writes",
                "at byte 5",
            ],
        ),
    ];
    if have_tool("minisign") {
        let key = fx.booth.keys().join("device.key");
        cases.push(case(
            "legacy (not prehashed) signature by the device key",
            move |d| {
                let comment = trusted_comment_of(d);
                let st = std::process::Command::new("minisign")
                    .args(["-S", "-l", "-s"])
                    .arg(&key)
                    .args(["-m", "SHA256SUMS", "-t", &comment])
                    .current_dir(d)
                    .stdin(std::process::Stdio::null())
                    .output()
                    .unwrap();
                assert!(
                    st.status.success(),
                    "{}",
                    String::from_utf8_lossy(&st.stderr)
                );
            },
            &["SHA256SUMS.minisig is a legacy minisign signature (not prehashed)"],
        ));
    }
    cases
}
