//! Helpers shared by the batch tests: a booth on a temporary data dir driven
//! through the real binary, lead JSON, and the external-tool gate.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// A `leads add` line: `fields` (a JSON object's members, without braces) plus
/// the demo event's consents, `granted` naming the purposes ticked besides
/// `policy_ack`.
pub fn lead_line(fields: serde_json::Value, granted: &[&str]) -> String {
    let mut obj = fields.as_object().expect("an object").clone();
    let consents: Vec<serde_json::Value> = PURPOSES
        .iter()
        .map(|p| serde_json::json!({"purpose": p, "granted": *p == "policy_ack" || granted.contains(p)}))
        .collect();
    obj.insert("consents".into(), consents.into());
    serde_json::to_string(&obj).unwrap()
}

/// `n` simple leads named `{prefix}{i}`.
pub fn leads(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| {
            lead_line(
                serde_json::json!({
                    "first_name": format!("{prefix}{i}"),
                    "last_name": "Tester",
                    "email": format!("{prefix}{i}@example.com"),
                    "company": "Acme",
                    "phone": "+12025550143",
                    "notes": "first line\nsecond line, with \"quotes\"",
                }),
                &["marketing_email"],
            ) + "\n"
        })
        .collect()
}

/// The tool policy of every whole-binary test (skip locally, fail in CI).
#[allow(unused_imports)] // not every test file that includes this module checks a tool
pub use super::have_tool;

/// A booth laptop: a temporary data dir (and HOME, so no user config leaks in).
pub struct Booth {
    pub tmp: tempfile::TempDir,
    pub data: PathBuf,
}

impl Booth {
    pub fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        Booth { tmp, data }
    }

    /// The binary with this booth's data dir and a clean environment.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_leadbooth"));
        for (k, _) in std::env::vars_os() {
            if k.to_string_lossy().starts_with("LEADBOOTH_") {
                c.env_remove(k);
            }
        }
        c.env("HOME", self.tmp.path())
            .env("XDG_CONFIG_HOME", self.tmp.path().join("config"))
            .env("XDG_DATA_HOME", self.tmp.path().join("xdg-data"))
            .env("USER", "Sam")
            .arg("--data-dir")
            .arg(&self.data);
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    /// Runs and asserts success; stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "leadbooth {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs and asserts failure with exit 1; stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(1),
            "leadbooth {args:?} should fail: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).unwrap()
    }

    /// `leads add` from `jsonl`.
    pub fn add(&self, jsonl: &str) {
        let file = self.tmp.path().join("add.jsonl");
        std::fs::write(&file, jsonl).unwrap();
        self.ok(&["leads", "add", file.to_str().unwrap()]);
    }

    /// `export` with `args`; the batch folder it reports.
    pub fn export(&self, args: &[&str]) -> PathBuf {
        let mut all = vec!["export"];
        all.extend_from_slice(args);
        let out = self.ok(&all);
        batch_folder(&out).unwrap_or_else(|| panic!("no batch folder in {out:?}"))
    }

    pub fn keys(&self) -> PathBuf {
        self.data.join("keys")
    }

    pub fn pubkey(&self) -> PathBuf {
        self.keys().join("device.pub")
    }

    /// The device key as the library loads it (unencrypted keys only).
    pub fn signer(&self) -> leadbooth::batch::Signer {
        leadbooth::batch::DeviceKey::new(self.keys())
            .signer(None)
            .unwrap()
    }
}

/// The folder named in export's "Batch … written to <folder>" line.
pub fn batch_folder(stdout: &str) -> Option<PathBuf> {
    stdout
        .lines()
        .find_map(|l| l.split_once(" written to ").map(|(_, p)| PathBuf::from(p)))
}

/// The one-line check command export prints.
pub fn check_command(stdout: &str) -> String {
    stdout
        .lines()
        .find(|l| l.trim_start().starts_with("cd "))
        .expect("a check command")
        .trim()
        .to_owned()
}

/// Copies a batch folder (flat) into `to`.
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
