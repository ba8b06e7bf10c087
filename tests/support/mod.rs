//! The one support tree of the integration tests, declared once per test binary
//! as `mod support;`: the booth driven through the real binary ([`Booth`]), the
//! booth app in process (`app`), tmux sessions (`tmux`), and booth laptops with
//! the central office (`central`); below, the shared constants and the one
//! policy for external tools.
#![allow(dead_code)] // not every test binary uses every helper

pub mod app;
pub mod booth;
pub mod browser;
pub mod central;
pub mod escapes;
pub mod read_only;
pub mod sealed;
pub mod tamper;
pub mod tmux;

pub use booth::Booth;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The binary under test.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_leadbooth"))
}

/// The shared bad-input corpus folder.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// The badge corpus folder.
pub fn badges() -> PathBuf {
    corpus().join("badges")
}

/// The forty badges of `tests/fixtures/badges-40/`: `(file name, what the
/// scanner types, the fields the form must be prefilled with)`, by file name.
pub fn badges_40() -> Vec<(String, String, serde_json::Map<String, serde_json::Value>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/badges-40");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let mut out: Vec<_> = expected
        .as_object()
        .unwrap()
        .iter()
        .filter(|(name, _)| !name.starts_with('_'))
        .map(|(name, fields)| {
            let payload = std::fs::read_to_string(dir.join(name)).unwrap();
            (name.clone(), payload, fields.as_object().unwrap().clone())
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    let files = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name() != "expected.json")
        .count();
    assert_eq!(
        files,
        out.len(),
        "every payload file has its expected fields"
    );
    out
}

/// The consent purposes of the built-in demo event, in order.
pub const PURPOSES: [&str; 7] = [
    "policy_ack",
    "marketing_email",
    "marketing_phone",
    "marketing_mail",
    "events",
    "share_affiliates",
    "share_partners",
];

/// Consents JSON with exactly `granted` granted.
pub fn consents(granted: &[&str]) -> serde_json::Value {
    serde_json::Value::Array(
        PURPOSES
            .iter()
            .map(|p| serde_json::json!({"purpose": p, "granted": granted.contains(p)}))
            .collect(),
    )
}

/// Prints one line to the test process's real standard error, which the test
/// harness does not capture (it captures only the `print!`/`eprint!` macros): so
/// a count or a skip reason shows in `cargo test`'s output, and so in CI's log,
/// for a test that passes too. Written in one `write_all`, prefixed
/// `leadbooth-tests:` so it can be found among the harness's lines.
pub fn report(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(format!("leadbooth-tests: {line}\n").as_bytes());
    let _ = err.flush();
}

/// Whether `LEADBOOTH_REQUIRE_TOOLS=1` (CI): a test that cannot create the
/// situation it checks must then fail instead of passing.
pub fn required() -> bool {
    std::env::var("LEADBOOTH_REQUIRE_TOOLS").as_deref() == Ok("1")
}

/// A test could not create its situation (`why`): a failure under
/// `LEADBOOTH_REQUIRE_TOOLS=1`, otherwise a skip [`report`]ed on stderr. Returns
/// false, for `if !... { return; }`.
pub fn cannot_run(test: &str, why: &str) -> bool {
    if required() {
        panic!("{test}: {why} (LEADBOOTH_REQUIRE_TOOLS=1: this test must run)");
    }
    report(&format!("SKIP {test}: {why}"));
    false
}

fn on_path(name: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Whether an external tool is on PATH; when missing, tests skip with a reason
/// on stderr unless `LEADBOOTH_REQUIRE_TOOLS=1`, where it is a failure. The one
/// place that policy lives.
pub fn have_tool(name: &str) -> bool {
    on_path(name)
        || cannot_run(
            name,
            &format!("{name} is not installed; install it to run this test"),
        )
}

/// How much longer than usual this machine may take: `LEADBOOTH_TEST_TIMEOUT_SCALE`
/// (a number, default 1; at least 1).
pub fn timeout_scale() -> f64 {
    std::env::var("LEADBOOTH_TEST_TIMEOUT_SCALE")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|f| f.is_finite())
        .map_or(1.0, |f| f.max(1.0))
}

/// The ceiling for one wait: 30 s (a loaded 2-core machine; a met condition
/// returns at once) times [`timeout_scale`].
pub fn ceiling() -> Duration {
    Duration::from_secs_f64(30.0 * timeout_scale())
}

/// Waits for an observable condition (screen text, a row in the database, a
/// file): `probe` returns `Ok` with what it found, or `Err` describing what it
/// sees instead. Polls every 20 ms up to [`ceiling`], then panics with `what` and
/// the last description. The one waiting helper of the tests: no fixed sleep
/// stands in for a condition.
pub fn wait_until<T>(what: &str, probe: impl FnMut() -> Result<T, String>) -> T {
    wait_until_within(what, ceiling(), probe)
}

/// [`wait_until`] with another ceiling than [`ceiling`], for a condition known
/// to take longer (a key passphrase's KDF in a debug build): give it as a
/// multiple of [`ceiling`], so it scales with the machine too.
pub fn wait_until_within<T>(
    what: &str,
    limit: Duration,
    mut probe: impl FnMut() -> Result<T, String>,
) -> T {
    let start = Instant::now();
    loop {
        match probe() {
            Ok(v) => return v,
            Err(seen) => {
                assert!(
                    start.elapsed() < limit,
                    "waited {limit:.0?} for {what}; last seen:\n{seen}"
                );
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits until `sql` (one value, as text) on the SQLite database `db` gives a row
/// for which `check` holds, returning the value. Read-only, so a running booth
/// is not disturbed.
pub fn wait_for_row(db: &Path, sql: &str, check: impl Fn(&str) -> bool) -> String {
    wait_until(&format!("{sql:?} on {}", db.display()), || {
        let conn =
            rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(|e| e.to_string())?;
        let v: Option<String> = conn
            .query_row(sql, [], |r| r.get(0))
            .map_err(|e| e.to_string())?;
        match v {
            Some(v) if check(&v) => Ok(v),
            other => Err(format!("{other:?}")),
        }
    })
}

/// What `dir` holds, sorted.
pub fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

/// The one entry of `dir` (an export target after one export), asserting it
/// holds exactly one besides the device's public key (`device-<key id>.pub`)
/// that export writes beside every batch.
pub fn only_entry(dir: &Path) -> PathBuf {
    let mut all = listing(dir);
    all.retain(|p| {
        let name = p.file_name().unwrap_or_default().to_string_lossy();
        !(name.starts_with("device-") && name.ends_with(".pub"))
    });
    assert_eq!(
        all.len(),
        1,
        "{} should hold one entry: {all:?}",
        dir.display()
    );
    all.remove(0)
}

/// The SHA-256 of a file's bytes, as lowercase hex.
pub fn sha256_of(path: &Path) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(std::fs::read(path).unwrap()))
}

/// The SHA-256 of the shipped default policy (`assets/privacy-policy.md`).
pub fn policy_sha256() -> String {
    sha256_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/privacy-policy.md"))
}

/// Whether the bytes of `path` contain `needle`; a file that cannot be read is
/// a failure (a missing file must never read as "not found").
pub fn file_contains(path: &Path, needle: &str) -> bool {
    let bytes = std::fs::read(path)
        .unwrap_or_else(|e| panic!("cannot read {} to search it: {e}", path.display()));
    find(&bytes, needle.as_bytes()).is_some()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Every file under `dir`, recursively (symbolic links are not followed).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).unwrap_or_else(|e| panic!("cannot list {}: {e}", d.display()));
        for e in entries {
            let e = e.unwrap();
            let t = e.file_type().unwrap();
            if t.is_dir() {
                stack.push(e.path());
            } else if t.is_file() {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}

/// Where any of `needles` occurs in any byte of any file under `dir`: one line
/// per file and needle found; and how many files and bytes were searched.
pub fn traces(dir: &Path, needles: &[&str]) -> (Vec<String>, usize, u64) {
    let files = files_under(dir);
    assert!(!files.is_empty(), "no file under {}", dir.display());
    let mut found = Vec::new();
    let mut bytes = 0u64;
    for f in &files {
        let data = match std::fs::read(f) {
            Ok(d) => d,
            // A file that went away between listing and reading (SQLite's
            // journal, a log rotated) holds nothing now.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => panic!("cannot read {}: {e}", f.display()),
        };
        bytes += data.len() as u64;
        for n in needles {
            assert!(!n.is_empty(), "an empty needle finds everything");
            if let Some(at) = find(&data, n.as_bytes()) {
                found.push(format!("{} holds {n:?} at byte {at}", f.display()));
            }
        }
    }
    (found, files.len(), bytes)
}

/// Erasure, checked as a privacy officer would: none of `needles` (the erased
/// person's name, email, phone, company, notes ...) in any byte of any file under
/// `dir` (database, WAL, shared memory, logs, exports, keys, anything).
/// Returns how many files and bytes were searched; panics naming every file and
/// offset where a needle is found.
pub fn assert_no_trace(dir: &Path, needles: &[&str]) -> (usize, u64) {
    let (found, files, bytes) = traces(dir, needles);
    assert!(
        found.is_empty(),
        "erased data still on disk under {}:\n{}",
        dir.display(),
        found.join("\n")
    );
    (files, bytes)
}

/// A process's stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Copies a folder's files (flat, as a batch folder is) into `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// The Unix permission bits of `p`.
pub fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}
/// Queues `record` in a booth database's `erasures` table inside `tx`, as the
/// store does when a lead is erased or a consent withdrawn: for tests that set up
/// database states directly (the store hands out no connection). The row's
/// columns are the record's JSON keys.
pub fn queue_erasure(tx: &rusqlite::Transaction<'_>, record: &leadbooth::erasure::ErasureRecord) {
    let json = serde_json::to_string(record).unwrap();
    tx.execute(
        "INSERT INTO erasures (kind, lead_id, purpose, at, by)
         SELECT j ->> '$.kind', j ->> '$.lead_id', j ->> '$.purpose', j ->> '$.at', j ->> '$.by'
         FROM (SELECT ?1 AS j)",
        [json],
    )
    .unwrap();
}
