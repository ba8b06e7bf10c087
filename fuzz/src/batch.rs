//! The batch bench: a genuine batch (`fixtures/batch`, exported by leadbooth and
//! signed with the fuzz-only key in `fixtures/keys`) with one or more files
//! replaced by fuzzed bytes. Where a target asks, the bench repairs what a forger
//! holding the device key would repair (the manifest's counts and the CSV's rows,
//! `SHA256SUMS`, the signature), so the fuzzer reaches the checks behind the
//! signature instead of stopping at it.
//!
//! Then it checks the properties every batch must have:
//! - the verifier never panics and allocates at most a bounded multiple of the
//!   batch's size;
//! - a batch it accepts re-serialises to the exact bytes it was read from: the
//!   manifest, `SHA256SUMS`, the signature file and every JSON line;
//! - the importer (on a fresh central database, trusting the fuzz key) imports
//!   every batch the verifier accepts and refuses every batch it refuses, with
//!   the same reason. The one exception is the central store's history: a
//!   batch whose `seq` lies further than `leadbooth::import::MAX_GAP` beyond a
//!   device's last imported batch is refused whatever it holds, and a fresh
//!   store has none of its device's batches.
//!
//! Fuzzing found two differences, both fixed (issue 20): the verifier did not
//! check the record rules the importer checks (held by the "re-signed
//! consistently" cases of `tests/support/tamper.rs`, which the verify and
//! import suites both run), and it accepted JSON not in leadbooth's exact form
//! (the same cases, and `leadbooth::batch::rules`'s unit tests).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use leadbooth::batch::{
    self, DeviceKey, ERASURES_JSONL, ErasureRecord, FILES, LEADS_CSV, LEADS_JSONL, MANIFEST,
    Manifest, POLICIES_JSONL, PolicyText, SHA256SUMS, SIGNATURE, SUMMED_FILES, Signer,
    VerifiedBatch, VerifyError,
};
use leadbooth::central::SqliteCentral;
use leadbooth::config::Event;
use leadbooth::import::{self, Outcome, Refusal, Trust};
use leadbooth::lead::Lead;

use leadbooth::import::{Profile, write_csv};

use crate::alloc::{assert_bounded, peak_during};
use crate::formula::assert_no_formula;

/// The files of one batch folder, by name; a name left out is not written.
pub type Files = BTreeMap<&'static str, Vec<u8>>;

/// What the bench repairs after the fuzzed bytes are in place.
#[derive(Debug, Clone, Copy, Default)]
pub struct Repair {
    /// Set the manifest's lead and erasure counts (and capture range) from the
    /// JSON Lines files, and write one CSV row per lead line.
    pub counts: bool,
    /// Write `SHA256SUMS` from the files.
    pub sums: bool,
    /// Sign `SHA256SUMS` with the fuzz key, the trusted comment from the manifest.
    pub sign: bool,
}

impl Repair {
    /// Everything.
    pub const ALL: Repair = Repair {
        counts: true,
        sums: true,
        sign: true,
    };
}

/// One fuzzing process's batch bench.
pub struct Bench {
    scratch: tempfile::TempDir,
    base: Files,
    signer: Signer,
    trust: Trust,
    event: Event,
    runs: u64,
}

static BENCH: OnceLock<Mutex<Bench>> = OnceLock::new();

/// The process's bench (built on first use).
pub fn bench() -> std::sync::MutexGuard<'static, Bench> {
    BENCH
        .get_or_init(|| Mutex::new(Bench::new()))
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Bench {
    fn new() -> Self {
        let fixtures = crate::fuzz_dir().join("fixtures");
        let base = FILES
            .iter()
            .map(|&name| {
                let path = fixtures.join("batch").join(name);
                let bytes =
                    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                (name, bytes)
            })
            .collect();
        let scratch = crate::scratch();
        // A key file checked out by git is 0644; leadbooth wants its own copy.
        let keys = scratch.path().join("keys");
        std::fs::create_dir(&keys).expect("keys folder");
        for name in ["device.key", "device.pub"] {
            std::fs::copy(fixtures.join("keys").join(name), keys.join(name)).expect("key copy");
        }
        let signer = DeviceKey::new(&keys)
            .signer(None)
            .expect("the fuzz key signs");
        let trust_dir = scratch.path().join("trust");
        std::fs::create_dir(&trust_dir).expect("trust folder");
        std::fs::copy(keys.join("device.pub"), trust_dir.join("fuzz.pub")).expect("trust copy");
        let trust = Trust::load(&trust_dir).expect("trust dir");
        Bench {
            scratch,
            base,
            signer,
            trust,
            event: Event::demo(),
            runs: 0,
        }
    }

    /// The genuine batch's files.
    pub fn base(&self) -> Files {
        self.base.clone()
    }

    /// Writes `files` (repaired as asked) as a fresh batch folder and checks
    /// every property (see the module documentation).
    pub fn check(&mut self, mut files: Files, repair: Repair) {
        if repair.counts {
            self.repair_counts(&mut files);
        }
        if repair.sums {
            let mut sums = String::new();
            for name in SUMMED_FILES {
                // A batch of the old format has no policies.jsonl and lists none.
                if name == POLICIES_JSONL && !files.contains_key(name) {
                    continue;
                }
                let bytes = files.get(name).map_or(&[][..], Vec::as_slice);
                sums.push_str(&format!(
                    "{}  {name}\n",
                    leadbooth::policy::sha256_hex(bytes)
                ));
            }
            files.insert(SHA256SUMS, sums.into_bytes());
        }
        if repair.sign {
            let comment = files
                .get(MANIFEST)
                .and_then(|m| serde_json::from_slice::<Manifest>(m).ok())
                .map_or_else(
                    || "leadbooth-batch fuzz".to_owned(),
                    |m| batch::trusted_comment(&m),
                );
            let sums = files.get(SHA256SUMS).cloned().unwrap_or_default();
            // A comment with a line break cannot be signed; the bytes stay as they are.
            if let Ok(sig) = self.signer.sign(&sums, &comment) {
                files.insert(SIGNATURE, sig.into_bytes());
            }
        }
        self.runs += 1;
        let dir = self.scratch.path().join("batch");
        if dir.exists() {
            std::fs::remove_dir_all(&dir).expect("old batch removed");
        }
        std::fs::create_dir(&dir).expect("batch folder");
        let mut size = 0;
        for (name, bytes) in &files {
            std::fs::write(dir.join(name), bytes).expect("batch file written");
            size += bytes.len();
        }

        let (verified, peak) = peak_during(|| batch::verify(&dir, self.signer.public_key()));
        // Streaming buffers (256 KiB reads, 1 MiB blocks for up to four parser
        // threads) are the fixed part.
        assert_bounded("batch::verify", size, peak, 64, 32 << 20);
        if let Ok(v) = &verified {
            reserialises(v, &files);
        }
        self.import_agrees(&dir, &verified);
    }

    /// Makes the manifest's counts and the CSV's rows fit the JSON Lines files, as
    /// the exporter would have written them.
    fn repair_counts(&self, files: &mut Files) {
        let lines = |name| {
            files.get(name).map_or(0, |b: &Vec<u8>| {
                b.iter().filter(|&&c| c == b'\n').count() as u64
            })
        };
        let (leads, erasures) = (lines(LEADS_JSONL), lines(ERASURES_JSONL));
        if let Some(m) = files.get(MANIFEST)
            && let Ok(mut m) = serde_json::from_slice::<Manifest>(m)
        {
            let range = m.captured_at.or_else(|| {
                let base: Manifest =
                    serde_json::from_slice(&self.base[MANIFEST]).expect("base manifest");
                base.captured_at
            });
            m.lead_count = leads;
            m.erasure_count = erasures;
            m.captured_at = if leads == 0 { None } else { range };
            files.insert(MANIFEST, m.to_bytes());
        }
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        let header = batch::csv_header(&self.event);
        csv.write_record(header.iter().map(|c| c.as_bytes()))
            .expect("CSV header");
        let jsonl = files.get(LEADS_JSONL).cloned().unwrap_or_default();
        for line in jsonl.split_inclusive(|&b| b == b'\n') {
            match serde_json::from_slice::<Lead>(line) {
                Ok(lead) => csv.write_record(
                    batch::csv_row(&lead, &self.event)
                        .iter()
                        .map(|c| c.as_bytes()),
                ),
                Err(_) => csv.write_record(header.iter().map(|_| b"?")),
            }
            .expect("CSV row");
        }
        files.insert(LEADS_CSV, csv.into_inner().expect("CSV bytes"));
    }

    /// The importer, on a fresh central database, decides as the verifier did.
    fn import_agrees(&self, dir: &Path, verified: &Result<VerifiedBatch, VerifyError>) {
        let db = self
            .scratch
            .path()
            .join(format!("central-{}.sqlite3", self.runs));
        let mut store = SqliteCentral::open(&db).expect("central database");
        // A fresh store holds none of the device's earlier batches: a seq
        // above 1 is a gap, which the office can choose to accept.
        let options = import::Options {
            allow_gaps: true,
            ..import::Options::default()
        };
        let results = import::import(
            &mut store,
            &[dir.to_path_buf()],
            &self.trust,
            options,
            &mut |_| {},
        );
        assert_eq!(results.len(), 1, "one result for one batch");
        if matches!(results[0].outcome, Outcome::Imported(_)) {
            // The CRM files the central office loads: no cell runs as a formula.
            let out = self.scratch.path().join("crm.csv");
            for profile in [Profile::Hubspot, Profile::Salesforce] {
                write_csv(&mut store, &out, profile).expect("CRM CSV written");
                let bytes = std::fs::read(&out).expect("CRM CSV read");
                assert_no_formula(&bytes, &["Phone Number", "Phone"]);
            }
        }
        drop(store);
        remove_database(&db);
        match (verified, &results[0].outcome) {
            (Ok(_), Outcome::Imported(_)) => {}
            // The store's history (see the module documentation).
            (Ok(_), Outcome::Refused(Refusal::GapTooBig { .. })) => {}
            (Ok(v), other) => panic!(
                "the verifier accepted batch {} but the importer did not: {other:?}",
                v.manifest.batch_id
            ),
            (Err(e), Outcome::Refused(Refusal::Verify(r))) => assert_eq!(
                without_times(&e.to_string()),
                without_times(&r.to_string()),
                "the importer refused for another reason than the verifier"
            ),
            (Err(e), Outcome::Refused(_)) => {
                // Refused before verification (a manifest too broken to place
                // the batch); refused all the same.
                let _ = e;
            }
            (Err(e), other) => {
                panic!("the verifier refused ({e}) but the importer did not: {other:?}")
            }
        }
    }
}

/// `text` with every RFC 3339 UTC time replaced by `<time>`: a refusal for a
/// time in the future names the clock of its check, which moves on between the
/// verifier's run and the importer's.
pub fn without_times(text: &str) -> String {
    let b = text.as_bytes();
    let shape = b"dddd-dd-ddTdd:dd:dd";
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let fits = b.len() - i > shape.len()
            && shape.iter().zip(&b[i..]).all(|(s, c)| match s {
                b'd' => c.is_ascii_digit(),
                s => s == c,
            });
        if fits {
            let mut end = i + shape.len();
            if b[end] == b'.' {
                end += 1;
                while end < b.len() && b[end].is_ascii_digit() {
                    end += 1;
                }
            }
            if end < b.len() && b[end] == b'Z' {
                out.push_str("<time>");
                i = end + 1;
                continue;
            }
        }
        let c = text[i..].chars().next().expect("inside the text");
        out.push(c);
        i += c.len_utf8();
    }
    out
}

fn remove_database(db: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// A verified batch written again gives the bytes it was read from.
fn reserialises(v: &VerifiedBatch, files: &Files) {
    assert!(
        v.manifest.to_bytes() == files[MANIFEST],
        "manifest.json does not re-serialise to its bytes"
    );
    let sums: String = v
        .sums
        .iter()
        .map(|l| format!("{}  {}\n", l.sha256, l.name))
        .collect();
    assert_eq!(
        sums.as_bytes(),
        files[SHA256SUMS],
        "SHA256SUMS does not re-serialise"
    );
    let sig = std::str::from_utf8(&files[SIGNATURE]).expect("a verified signature is text");
    let boxed = minisign_box(sig);
    assert_eq!(boxed, sig, "the signature file does not re-serialise");
    lines_reserialise::<ErasureRecord>(&files[ERASURES_JSONL], ERASURES_JSONL);
    // Leads of the first format (schema 1) are read into today's schema: they
    // come back as the same JSON text, not as today's records. Every later
    // format's lines are today's records written again (verify holds them to
    // it), schema-2 records without the language asked for.
    if batch::has_policies(&v.manifest.format) {
        lines_reserialise::<Lead>(&files[LEADS_JSONL], LEADS_JSONL);
        lines_reserialise::<PolicyText>(&files[POLICIES_JSONL], POLICIES_JSONL);
    } else {
        lines_reserialise::<serde_json::Value>(&files[LEADS_JSONL], LEADS_JSONL);
    }
}

/// The signature file as minisign writes it back.
fn minisign_box(text: &str) -> String {
    minisign::SignatureBox::from_string(text)
        .expect("a verified signature parses")
        .into_string()
}

fn lines_reserialise<T: serde::de::DeserializeOwned + serde::Serialize>(bytes: &[u8], name: &str) {
    for (n, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        let record: T = serde_json::from_slice(line)
            .unwrap_or_else(|e| panic!("{name} line {}: verified but unreadable: {e}", n + 1));
        let again = leadbooth::text::json_line(&record).expect("serialises") + "\n";
        assert!(
            again.as_bytes() == line,
            "{name} line {} does not re-serialise to its bytes",
            n + 1
        );
    }
}
