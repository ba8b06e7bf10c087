//! Tamper suite: one valid batch, many distinct mutations of a copy of it, each
//! rejected by `batch::verify` with its own message (the file and what is wrong).

use crate::support::tamper::{cases, fixture, flip_middle_byte};
use crate::support::{copy_dir, sha256_of};
use leadbooth::batch;

#[test]
fn every_mutation_is_rejected_with_its_own_message() {
    let fx = fixture();
    let pk = batch::read_public_key(&fx.booth.pubkey()).unwrap();
    let v = batch::verify(&fx.batch1, &pk).expect("the untouched batch verifies");
    assert_eq!((v.manifest.lead_count, v.manifest.erasure_count), (3, 2));
    assert_eq!(v.sums_sha256, sha256_of(&fx.batch1.join("SHA256SUMS")));
    let cases = cases(&fx);
    assert!(cases.len() >= 20);

    let scratch = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let mut messages = std::collections::HashSet::new();
    for (i, c) in cases.iter().enumerate() {
        let dir = scratch.path().join(format!("case{i}")).join("batch");
        copy_dir(&fx.batch1, &dir);
        (c.mutate)(&dir);
        match batch::verify(&dir, &pk) {
            Ok(_) => failures.push(format!("{}: accepted", c.name)),
            Err(e) => {
                let msg = e.to_string();
                if let Some(missing) = c.expect.iter().find(|x| !msg.contains(x.as_str())) {
                    failures.push(format!("{}: message {msg:?} lacks {missing:?}", c.name));
                }
                let msg = msg.replace(&dir.display().to_string(), "<batch>");
                eprintln!("{}: {msg}", c.name);
                messages.insert(msg);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        messages.len() >= 20,
        "distinct messages: {}",
        messages.len()
    );
}

#[test]
fn verify_with_the_wrong_public_key_and_through_the_cli() {
    let fx = fixture();
    let other_pub = fx.booth.dir.path().join("other.pub");
    std::fs::write(&other_pub, fx.other_key.pk.to_box().unwrap().to_bytes()).unwrap();
    let b1 = fx.batch1.to_str().unwrap();
    let err = fx
        .booth
        .fails(&["verify", b1, "--pubkey", other_pub.to_str().unwrap()]);
    assert!(err.contains("not by the given public key"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let good = fx.booth.pubkey();
    let out = fx
        .booth
        .ok(&["verify", b1, "--pubkey", good.to_str().unwrap()]);
    assert!(
        out.starts_with("OK ") && out.contains("3 leads, 2 erasures"),
        "{out}"
    );

    let copy = fx.booth.dir.path().join("copy");
    copy_dir(&fx.batch1, &copy);
    flip_middle_byte(&copy.join("leads.csv"));
    let err = fx.booth.fails(&[
        "verify",
        copy.to_str().unwrap(),
        "--pubkey",
        good.to_str().unwrap(),
    ]);
    assert!(
        err.contains("leads.csv does not match its checksum"),
        "{err}"
    );

    let not_a_key = fx.booth.dir.path().join("junk.pub");
    std::fs::write(&not_a_key, "hello\n").unwrap();
    let err = fx
        .booth
        .fails(&["verify", b1, "--pubkey", not_a_key.to_str().unwrap()]);
    assert!(
        err.contains("junk.pub is not a minisign public key"),
        "{err}"
    );
}

/// Issue 16: the office checks a batch against its trust folder (every laptop's
/// key), as `import` does, instead of finding the one key file by hand.
#[test]
fn verify_takes_the_trust_folder() {
    let fx = fixture();
    let trust = fx.booth.dir.path().join("trust");
    std::fs::create_dir(&trust).unwrap();
    std::fs::write(
        trust.join("laptop-2.pub"),
        fx.other_key.pk.to_box().unwrap().to_bytes(),
    )
    .unwrap();
    let b1 = fx.batch1.to_str().unwrap();
    let t = trust.to_str().unwrap();
    let err = fx.booth.fails(&["verify", b1, "--trust", t]);
    assert!(
        err.contains("which is not trusted") && err.contains("trust"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");

    std::fs::copy(fx.booth.pubkey(), trust.join("laptop-1.pub")).unwrap();
    let out = fx.booth.ok(&["verify", b1, "--trust", t]);
    assert!(
        out.starts_with("OK ")
            && out.contains("3 leads, 2 erasures")
            && out.contains("laptop-1.pub"),
        "{out}"
    );
    // A folder given as --pubkey is read as the trust folder.
    let out = fx.booth.ok(&["verify", b1, "--pubkey", t]);
    assert!(out.contains("laptop-1.pub"), "{out}");
    // A tampered batch fails through the trust folder as through the key file.
    let copy = fx.booth.dir.path().join("copy");
    copy_dir(&fx.batch1, &copy);
    flip_middle_byte(&copy.join("leads.csv"));
    let err = fx
        .booth
        .fails(&["verify", copy.to_str().unwrap(), "--trust", t]);
    assert!(
        err.contains("leads.csv does not match its checksum"),
        "{err}"
    );
    // Neither given: clap says what is needed.
    let out = fx.booth.run(&["verify", b1]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--pubkey"));
}
