//! The one support tree of the integration tests, declared once per test binary
//! as `mod support;`: the booth driven through the real binary ([`Booth`]), the
//! booth app in process (`app`), tmux sessions (`tmux`), and booth laptops with
//! the central office (`central`); below, the shared constants and the one
//! policy for external tools.
#![allow(dead_code)] // not every test binary uses every helper

pub mod app;
pub mod booth;
pub mod central;
pub mod sealed;
pub mod tmux;

pub use booth::Booth;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// Whether an optional external tool (one CI does not promise) is on PATH; when
/// missing, prints "SKIP: <tool> missing" and returns false, even in CI.
pub fn have_optional_tool(name: &str) -> bool {
    let found = on_path(name);
    if !found {
        eprintln!("SKIP: {name} missing");
    }
    found
}

fn on_path(name: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Whether an external tool is on PATH; when missing, tests skip with a printed
/// reason unless `LEADBOOTH_REQUIRE_TOOLS=1`, where it is a failure. The one place
/// that policy lives.
pub fn have_tool(name: &str) -> bool {
    let found = on_path(name);
    if !found {
        if std::env::var("LEADBOOTH_REQUIRE_TOOLS").as_deref() == Ok("1") {
            panic!("required tool {name} is missing (LEADBOOTH_REQUIRE_TOOLS=1)");
        }
        eprintln!("SKIP: {name} is not installed; install it to run this test");
    }
    found
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

/// Whether the bytes of `path` contain `needle` (false when it cannot be read).
pub fn file_contains(path: &Path, needle: &str) -> bool {
    std::fs::read(path)
        .map(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
        .unwrap_or(false)
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
