//! The central import as an attacker tries it, with trusted keys and a writable
//! USB stick: every tamper variant of the verify suite, and every way one
//! trusted laptop could speak for another (another device's history, lead ids,
//! erasures and withdrawals), leads that break the lead rules, times far in the
//! future, and a trust folder holding one key twice. Each is refused with its
//! own message and leaves the central store exactly as it was; the genuine
//! batches still import afterwards.

use std::path::{Path, PathBuf};

use crate::support::central::{Central, CentralBackend, Laptop, backends, id, lead};
use crate::support::tamper::{self, Seal, edit_manifest, reseal};
use crate::support::{copy_dir, sha256_of, stderr};
use leadbooth::batch::Signer;
use serde_json::{Value, json};

/// Two laptops at one show: A (Sam) and B (Alex), each with one imported batch;
/// A's second batch (`a2`) is the raw material of the forgeries, B's second
/// (`b2`) must still import after all of them.
struct Show {
    a: Laptop,
    b: Laptop,
    a1: PathBuf,
    a2: PathBuf,
    b1: PathBuf,
    b2: PathBuf,
    b_device: String,
    a_key: String,
    b_key: String,
}

fn manifest(batch: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(batch.join("manifest.json")).unwrap()).unwrap()
}

fn show() -> Show {
    let a = Laptop::new("Sam");
    let b = Laptop::new("Alex");
    a.add(&[lead(
        &id(0xa1),
        "Ann",
        "Lee",
        "ann@example.com",
        "09:00",
        &["policy_ack", "marketing_email"],
        json!({}),
    )]);
    b.add(&[
        lead(
            &id(0xb1),
            "Bea",
            "Berg",
            "bea@example.com",
            "09:10",
            &["policy_ack", "marketing_email"],
            json!({"company": "BeaCo"}),
        ),
        lead(
            &id(0xb2),
            "Bo",
            "Berg",
            "bo@example.com",
            "09:20",
            &["policy_ack"],
            json!({}),
        ),
    ]);
    // B's second lead is erased before B's first export: central learns of it
    // only as B's erasure.
    b.erase(&id(0xb2));
    let a1 = a.export();
    let b1 = b.export();
    a.add(&[lead(
        &id(0xa2),
        "Abe",
        "Ames",
        "abe@example.com",
        "10:00",
        &["policy_ack"],
        json!({}),
    )]);
    a.erase(&id(0xa1));
    let a2 = a.export();
    b.add(&[lead(
        &id(0xb3),
        "Cy",
        "Berg",
        "cy@example.com",
        "11:00",
        &["policy_ack"],
        json!({}),
    )]);
    let b2 = b.export();
    let (a_key, b_key) = (manifest(&a1), manifest(&b1));
    Show {
        b_device: b_key["device_id"].as_str().unwrap().to_owned(),
        a_key: a_key["key_id"].as_str().unwrap().to_owned(),
        b_key: b_key["key_id"].as_str().unwrap().to_owned(),
        a,
        b,
        a1,
        a2,
        b1,
        b2,
    }
}

/// Rewrites every JSON line of `file` in the batch folder `dir` with `f`
/// (given the 1-based line number).
fn edit_lines(dir: &Path, file: &str, mut f: impl FnMut(usize, &mut Value)) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = String::new();
    for (i, line) in text.lines().enumerate() {
        let mut v: Value = serde_json::from_str(line).unwrap();
        f(i + 1, &mut v);
        out.push_str(&serde_json::to_string(&v).unwrap());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

/// Replaces `erasures.jsonl` with `records` and sets the manifest's count.
fn set_erasures(dir: &Path, records: &[Value]) {
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    std::fs::write(dir.join("erasures.jsonl"), text).unwrap();
    edit_manifest(dir, |m| m["erasure_count"] = records.len().into());
}

/// A copy of `from` named `name` under `scratch`, changed by `edit` and sealed
/// again (sums recomputed, signed with `signer` and the comment the edited
/// manifest implies): what a holder of that laptop's key can produce.
fn forge(
    scratch: &Path,
    from: &Path,
    name: &str,
    signer: &Signer,
    edit: impl FnOnce(&Path),
) -> PathBuf {
    let dir = scratch.join(name);
    copy_dir(from, &dir);
    // A batch id of its own, so that no forgery is refused only because an
    // earlier one (let through) took the id.
    edit_manifest(&dir, |m| {
        m["batch_id"] = uuid::Uuid::now_v7().to_string().into()
    });
    edit(&dir);
    reseal(&dir, Seal::Consistent(signer));
    dir
}

fn in_days(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// One forged batch and the words its refusal must hold.
struct Forgery {
    what: &'static str,
    dir: PathBuf,
    expect: Vec<String>,
}

/// The bytes of the store's files, where a refused batch leaves them as they
/// were (SQLite; not PostgreSQL, whose dump alone is compared).
fn file_bytes(central: &Central) -> Vec<Vec<u8>> {
    if !central.rollback_leaves_files_unchanged() {
        return Vec::new();
    }
    central
        .files()
        .iter()
        .map(|f| std::fs::read(f).unwrap())
        .collect()
}

/// Imports `dir` and checks that it is refused with every word of `expect`,
/// and that the store is unchanged (by dump, and byte for byte where it is a
/// file). Returns the failure, if any.
fn refused(central: &Central, what: &str, dir: &Path, expect: &[String]) -> Option<String> {
    let (dump, bytes) = (central.dump(), file_bytes(central));
    let out = central.import(&[dir], &[]);
    let err = stderr(&out);
    let mut problems = Vec::new();
    if out.status.code() != Some(1) {
        problems.push(format!(
            "exit {:?}, stdout {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    if !err.contains("refused batch") {
        problems.push("no \"refused batch\" line".into());
    }
    if let Some(missing) = expect.iter().find(|w| !err.contains(w.as_str())) {
        problems.push(format!("the message lacks {missing:?}"));
    }
    if central.dump() != dump {
        problems.push("the store changed".into());
    }
    if file_bytes(central) != bytes {
        problems.push("the store's files changed".into());
    }
    eprintln!("{what}: {}", err.trim());
    (!problems.is_empty()).then(|| format!("{what}: {}: {err}", problems.join("; ")))
}

fn forgeries(s: &Show, scratch: &Path) -> Vec<Forgery> {
    let signer = s.a.booth.signer();
    let b_device = s.b_device.clone();
    let b1_lead = id(0xb1);
    let b2_lead = id(0xb2);
    let mut all = Vec::new();
    let mut add = |what: &'static str, dir: PathBuf, expect: &[&str]| {
        all.push(Forgery {
            what,
            dir,
            expect: expect.iter().map(|w| w.to_string()).collect(),
        })
    };

    // A's key speaks for B: B's device id, B's next seq and B's chain head.
    let b1_sums = sha256_of(&s.b1.join("SHA256SUMS"));
    let dev = b_device.clone();
    add(
        "A's key signs a batch claiming B's device",
        forge(scratch, &s.a2, "claims-b", &signer, |d| {
            edit_manifest(d, |m| {
                m["device_id"] = dev.clone().into();
                m["previous"] = b1_sums.into();
            });
            edit_lines(d, "leads.jsonl", |_, l| l["device_id"] = dev.clone().into());
            set_erasures(d, &[]);
        }),
        &[
            &format!("device {b_device} is bound to key {}", s.b_key),
            &format!("signed by key {}", s.a_key),
        ],
    );
    let b1 = b1_lead.clone();
    add(
        "A's batch carries a lead id held by B",
        forge(scratch, &s.a2, "lead-of-b", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| l["lead_id"] = b1.clone().into());
        }),
        &[
            "leads.jsonl line 1",
            &format!("lead {b1_lead} is already held by device {b_device}"),
        ],
    );
    add(
        "A re-sends a lead B erased",
        forge(scratch, &s.a2, "erased-by-b", &signer, |d| {
            let b2 = id(0xb2);
            edit_lines(d, "leads.jsonl", |_, l| l["lead_id"] = b2.clone().into());
        }),
        &[
            "leads.jsonl line 1",
            &format!("lead {b2_lead} is already held by device {b_device}"),
        ],
    );
    let b1 = b1_lead.clone();
    add(
        "A's erasures.jsonl erases B's lead",
        forge(scratch, &s.a2, "erases-b", &signer, |d| {
            set_erasures(
                d,
                &[json!({"kind": "erasure", "lead_id": b1, "at": in_days(0), "by": "Eve"})],
            );
        }),
        &[
            "erasures.jsonl line 1",
            &format!("erasure of lead {b1_lead}, which belongs to device {b_device}"),
        ],
    );
    let b1 = b1_lead.clone();
    add(
        "A's erasures.jsonl withdraws B's consent",
        forge(scratch, &s.a2, "withdraws-b", &signer, |d| {
            set_erasures(
                d,
                &[
                    json!({"kind": "withdrawal", "lead_id": b1, "purpose": "marketing_email",
                          "at": in_days(0), "by": "Eve"}),
                ],
            );
        }),
        &[
            "erasures.jsonl line 1",
            &format!("withdrawal of lead {b1_lead}, which belongs to device {b_device}"),
        ],
    );
    add(
        "A erases a lead B already erased",
        forge(scratch, &s.a2, "erases-b-again", &signer, |d| {
            let b2 = id(0xb2);
            set_erasures(
                d,
                &[json!({"kind": "erasure", "lead_id": b2, "at": in_days(0), "by": "Eve"})],
            );
        }),
        &[
            "erasures.jsonl line 1",
            &format!("erasure of lead {b2_lead}, which belongs to device {b_device}"),
        ],
    );
    add(
        "a lead whose device is not the batch's",
        forge(scratch, &s.a2, "lead-device", &signer, |d| {
            let other = uuid::Uuid::new_v4().to_string();
            edit_lines(d, "leads.jsonl", |_, l| {
                l["device_id"] = other.clone().into()
            });
        }),
        &[
            "leads.jsonl line 1",
            "device_id",
            "is not the batch's device",
        ],
    );
    add(
        "a lead whose event is not the batch's",
        forge(scratch, &s.a2, "lead-event", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| l["event_id"] = "other-show".into());
        }),
        &["leads.jsonl line 1", "event_id", "is not the batch's event"],
    );
    add(
        "a manifest created far in the future",
        forge(scratch, &s.a2, "future-manifest", &signer, |d| {
            edit_manifest(d, |m| m["created_at"] = in_days(30).into());
        }),
        &["manifest.json", "created_at", "in the future"],
    );
    add(
        "a lead captured far in the future",
        forge(scratch, &s.a2, "future-lead", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| {
                l["captured_at"] = in_days(400).into()
            });
        }),
        &["leads.jsonl line 1", "captured_at", "in the future"],
    );
    add(
        "a consent decided far in the future",
        forge(scratch, &s.a2, "future-consent", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| {
                l["consents"][1]["at"] = in_days(30).into()
            });
        }),
        &["leads.jsonl line 1", "consents.", "in the future"],
    );
    add(
        "an erasure far in the future",
        forge(scratch, &s.a2, "future-erasure", &signer, |d| {
            edit_lines(d, "erasures.jsonl", |_, e| e["at"] = in_days(30).into());
        }),
        &["erasures.jsonl line 1", "at", "in the future"],
    );
    add(
        "a lead with no consents at all",
        forge(scratch, &s.a2, "no-consents", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| l["consents"] = json!([]));
        }),
        &["leads.jsonl line 1", "consents", "no consent"],
    );
    add(
        "a NUL in a name",
        forge(scratch, &s.a2, "nul-name", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| l["first_name"] = "A\u{0}be".into());
        }),
        &["leads.jsonl line 1", "first_name", "U+0000"],
    );
    add(
        "the same purpose twice",
        forge(scratch, &s.a2, "purpose-twice", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| {
                let first = l["consents"][1].clone();
                l["consents"].as_array_mut().unwrap().push(first);
            });
        }),
        &[
            "leads.jsonl line 1",
            "consents.marketing_email",
            "more than once",
        ],
    );
    add(
        "an email with a zero-width space",
        forge(scratch, &s.a2, "zwsp-email", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| {
                l["email"] = "ann\u{200b}@example.com".into()
            });
        }),
        &["leads.jsonl line 1", "email", "U+200B"],
    );
    add(
        "an email with a right-to-left override",
        forge(scratch, &s.a2, "bidi-email", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| {
                l["email"] = "moc.elpmaxe@\u{202e}ann".into()
            });
        }),
        &["leads.jsonl line 1", "email", "U+202E"],
    );
    // Issue 11's consent record under issue 13's rules: the proof a batch
    // brings is checked like every other field of a lead.
    add(
        "a consent whose wording hash is not its wording's",
        forge(scratch, &s.a2, "wording-hash", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| {
                l["consents"][0]["text_sha256"] = "0".repeat(64).into()
            });
        }),
        &[
            "leads.jsonl line 1",
            "consent policy_ack: text_sha256 is not the SHA-256 of its text",
        ],
    );
    add(
        "a lead holding a data category that does not exist",
        forge(scratch, &s.a2, "data-category", &signer, |d| {
            edit_lines(d, "leads.jsonl", |_, l| {
                l["data_categories"] = json!(["name", "passport"])
            });
        }),
        &["leads.jsonl line 1", "data_categories[1]", "\"passport\""],
    );
    add(
        "a withdrawal whose channel holds an escape sequence",
        forge(scratch, &s.a2, "channel-escape", &signer, |d| {
            let a = id(0xa1);
            set_erasures(
                d,
                &[
                    json!({"kind": "withdrawal", "lead_id": a, "purpose": "marketing_email",
                          "at": in_days(0), "by": "Sam", "channel": "booth\u{1b}[2J"}),
                ],
            );
        }),
        &["erasures.jsonl line 1", "channel", "U+001B"],
    );
    all
}

/// The genuine batches imported before the attacks: A1 and B1.
fn baseline(s: &Show, backend: &dyn CentralBackend) -> Central {
    let central = Central::new(backend);
    central.trust_laptop(&s.a, "laptop-a");
    central.trust_laptop(&s.b, "laptop-b");
    central.import_ok(&[&s.a1, &s.b1], &[]);
    central
}

#[test]
fn a_laptop_speaks_only_for_itself_and_for_nothing_impossible() {
    let s = show();
    let scratch = tempfile::tempdir().unwrap();
    let forged = forgeries(&s, scratch.path());
    assert!(forged.len() >= 17);
    for backend in backends() {
        let central = baseline(&s, &*backend);
        let failures: Vec<String> = forged
            .iter()
            .filter_map(|f| refused(&central, f.what, &f.dir, &f.expect))
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        // The real history of both laptops still imports: no fork, no gap, and
        // B's leads are B's.
        let out = central.import_ok(&[&s.a2, &s.b2], &[]);
        assert!(out.contains("2 batches imported"), "{out}");
        let lead_devices = central.rows(&format!(
            "SELECT device_id FROM source_leads WHERE lead_id IN ('{}', '{}')",
            id(0xb1),
            id(0xb3)
        ));
        assert_eq!(
            lead_devices,
            vec![vec![Some(s.b_device.clone())]; 2],
            "B's leads stay B's"
        );
        let bea = central.contact("bea@example.com").unwrap();
        assert_eq!(bea.consent("marketing_email"), "granted");
        assert_eq!(bea.field("company"), "BeaCo");
    }
}

#[test]
fn every_tamper_variant_is_refused_by_the_import_and_writes_nothing() {
    let fx = tamper::fixture();
    let cases = tamper::cases(&fx);
    assert!(cases.len() >= 35, "{}", cases.len());
    let scratch = tempfile::tempdir().unwrap();
    let other_key = leadbooth::batch::key_id_hex(fx.other_key.pk.keynum());
    // Another laptop's batch makes the store exist before the attacks.
    let other = Laptop::new("Kim");
    other.add(&[lead(
        &id(0xc1),
        "Cleo",
        "Cole",
        "cleo@example.com",
        "09:00",
        &["policy_ack"],
        json!({}),
    )]);
    let c1 = other.export();
    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&other, "laptop-c");
        central.import_ok(&[&c1], &[]);
        std::fs::copy(fx.booth.pubkey(), central.trust().join("booth.pub")).unwrap();
        let mut failures = Vec::new();
        for (i, c) in cases.iter().enumerate() {
            let dir = scratch.path().join(backend.name()).join(format!("case{i}"));
            copy_dir(&fx.batch1, &dir);
            (c.mutate)(&dir);
            // Through the trust folder, another key is an untrusted one.
            let expect: Vec<String> = if c.name == "signed by another key" {
                vec![format!("signed by key {other_key}, which is not trusted")]
            } else {
                c.expect.clone()
            };
            failures.extend(refused(&central, c.name, &dir, &expect));
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert_eq!(central.count("batches"), 1, "nothing imported");
        central.import_ok(&[&fx.batch1, &fx.batch2], &[]);
    }
}

#[test]
fn two_public_keys_with_one_key_id_are_an_error_at_load() {
    let (laptop, b1) = Laptop::with_one_batch();
    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "laptop-1");
        central.trust_laptop(&laptop, "old-copy");
        let out = central.import(&[&b1], &[]);
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        let kid = manifest(&b1)["key_id"].as_str().unwrap().to_owned();
        assert!(
            err.contains("laptop-1.pub")
                && err.contains("old-copy.pub")
                && err.contains(&format!("key id {kid}")),
            "{err}"
        );
        assert!(
            !central.created(),
            "nothing created before the trust dir loads"
        );
    }
}

#[test]
fn a_laptop_whose_key_was_replaced_is_refused_until_rebound() {
    let (laptop, b1) = Laptop::with_one_batch();
    let old_key = manifest(&b1)["key_id"].as_str().unwrap().to_owned();
    // The central team's copy of the laptop's first key.
    let old_pub = laptop.booth.dir.path().join("old-device.pub");
    std::fs::copy(laptop.pubkey(), &old_pub).unwrap();
    let out = laptop.booth.run(&["keys", "init", "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    laptop.add(&[lead(
        &id(2),
        "Bo",
        "Berg",
        "bo@example.com",
        "09:10",
        &["policy_ack"],
        json!({}),
    )]);
    let b2 = laptop.export();
    let new_key = manifest(&b2)["key_id"].as_str().unwrap().to_owned();
    let device = manifest(&b2)["device_id"].as_str().unwrap().to_owned();
    for backend in backends() {
        let central = Central::new(&*backend);
        central.trust_laptop(&laptop, "laptop-new");
        std::fs::copy(&old_pub, central.trust().join("laptop-old.pub")).unwrap();
        central.import_ok(&[&b1], &[]);
        let before = central.dump();
        let out = central.import(&[&b2], &[]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains(&format!("device {device} is bound to key {old_key}"))
                && err.contains(&format!("signed by key {new_key}"))
                && err.contains(&format!("--rebind {device}")),
            "{err}"
        );
        assert_eq!(central.dump(), before);
        let out = central.import_ok(&[&b2], &["--rebind", &device]);
        assert!(
            out.contains(&format!("now bound to key {new_key}")),
            "{out}"
        );
        assert_eq!(
            central.value("SELECT key_id FROM devices"),
            Some(new_key.clone())
        );
    }
}
