//! Helpers for whole-binary tests: run the real `leadbooth` on a temporary data dir.
#![allow(dead_code)]

pub mod app;
pub mod booth_batch;
pub mod central;
pub mod tmux;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The binary under test.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_leadbooth"))
}

/// A temporary data dir that lives as long as the value.
pub struct Booth {
    pub dir: tempfile::TempDir,
}

impl Booth {
    pub fn new() -> Self {
        Booth {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// `leadbooth --data-dir <tmp> args...` with the demo event (no config file
    /// from the environment), returning the output.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with_stdin(args, None)
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(bin());
        c.arg("--data-dir").arg(self.data_dir()).args(args);
        c.env_remove("LEADBOOTH_CONFIG")
            .env_remove("LEADBOOTH_DATA_DIR")
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("USER", "tester");
        c
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: Option<&[u8]>) -> Output {
        let mut c = self.cmd(args);
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("leadbooth runs");
        {
            let mut si = child.stdin.take().unwrap();
            if let Some(bytes) = stdin {
                si.write_all(bytes).unwrap();
            }
        }
        child.wait_with_output().unwrap()
    }

    /// Runs and asserts success, returning stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "leadbooth {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// `leads list --json` parsed.
    pub fn leads(&self) -> Vec<serde_json::Value> {
        self.ok(&["leads", "list", "--json"])
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

/// The shared bad-input corpus folder.
pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// The default consent purposes of the demo event.
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
