//! A booth laptop driven through the real binary: a temporary data dir (and
//! HOME, so no user config leaks in), lead JSON for `leads add`, and what export
//! prints.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use super::{bin, consents};

/// The staff name every booth runs as (`USER`), unless a test says `--staff`.
pub const STAFF: &str = "Sam";

/// The binary with a clean environment rooted at `home`: no `LEADBOOTH_*`
/// variable from the caller, HOME and the XDG folders under `home`, `USER` set,
/// the C locale (English messages).
pub fn clean_command(home: &Path) -> Command {
    let mut c = Command::new(bin());
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("LEADBOOTH_") {
            c.env_remove(k);
        }
    }
    // Messages in English whatever the machine's locale (a test of the
    // staff language sets its own).
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    c.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("xdg-data"))
        .env("USER", STAFF);
    c
}

/// A booth laptop: a temporary folder, with the data dir at `data/` inside it.
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
    /// from the environment), not yet run.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = clean_command(self.dir.path());
        c.arg("--data-dir").arg(self.data_dir()).args(args);
        c
    }

    /// Runs with an empty stdin, returning the output.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with_stdin(args, None)
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
                // A command that refuses at once (a damaged database) closes
                // its input unread: its status and stderr say why.
                if let Err(e) = si.write_all(bytes) {
                    assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
                }
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

    /// `leads list --json` parsed.
    pub fn leads(&self) -> Vec<serde_json::Value> {
        self.ok(&["leads", "list", "--json"])
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// `leads add` from `jsonl` (through a file).
    pub fn add(&self, jsonl: &str) {
        let file = self.dir.path().join("add.jsonl");
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
        self.data_dir().join("keys")
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

    /// The running booth's pid, from the lock file it holds (waiting for the file
    /// to be written).
    pub fn pid(&self) -> String {
        let lock = self.data_dir().join("booth.lock");
        let pid = super::wait_until(&format!("a pid in {}", lock.display()), || {
            match std::fs::read_to_string(&lock) {
                Ok(pid) if !pid.trim().is_empty() => Ok(pid.trim().to_owned()),
                other => Err(format!("{other:?}")),
            }
        });
        assert!(pid.parse::<u32>().is_ok(), "{lock:?} holds {pid:?}");
        pid
    }
}

/// A `leads add` line: `fields` (a JSON object's members) plus the demo event's
/// consents, `granted` naming the purposes ticked besides `policy_ack`.
pub fn lead_line(fields: serde_json::Value, granted: &[&str]) -> String {
    let mut obj = fields.as_object().expect("an object").clone();
    let granted: Vec<&str> = std::iter::once("policy_ack")
        .chain(granted.iter().copied())
        .collect();
    obj.insert("consents".into(), consents(&granted));
    serde_json::to_string(&obj).unwrap()
}

/// `n` simple `leads add` lines named `{prefix}{i}`.
pub fn lead_lines(prefix: &str, n: usize) -> String {
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

/// The folder named in export's "Batch … written to <folder>" line.
pub fn batch_folder(stdout: &str) -> Option<PathBuf> {
    stdout
        .lines()
        .find_map(|l| l.split_once(" written to ").map(|(_, p)| PathBuf::from(p)))
}

/// The check command export prints, as a person copies it from the terminal:
/// its `cd` line and the lines that continue it (each but the last ends in
/// `&&` or a backslash), joined by newlines, as they are pasted into a shell.
pub fn check_command(stdout: &str) -> String {
    let mut lines = Vec::new();
    for line in stdout.lines().skip_while(|l| !l.starts_with("cd ")) {
        lines.push(line);
        if !(line.ends_with("&&") || line.ends_with('\\')) {
            break;
        }
    }
    assert!(!lines.is_empty(), "a check command in:\n{stdout}");
    lines.join("\n")
}

/// A person with a distinctive value in every personal field (names, email,
/// company, job title, phone, notes, a free-text answer, a registration ID), so
/// an erasure check can look for each of them in every byte on disk.
#[derive(Debug, Clone)]
pub struct Person {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub company: String,
    pub job_title: String,
    pub phone: String,
    pub notes: String,
    pub answer: String,
    pub badge_id: String,
}

impl Person {
    /// `name` (a word found nowhere else) and `n` (0 to 99) make every value
    /// unique.
    pub fn new(name: &str, n: u32) -> Self {
        Person {
            first_name: name.to_owned(),
            last_name: format!("{name}ovich"),
            email: format!("{}.{n}@erasure.example", name.to_lowercase()),
            company: format!("{name} Holdings {n}"),
            job_title: format!("Head of {name} Affairs"),
            phone: format!("+1202555{:04}", 100 + n),
            notes: format!("Private note about {name}: allergic to {n} things"),
            answer: format!("{name} decides in spring"),
            badge_id: format!("ER-{name}-{n:04}"),
        }
    }

    /// The person as a `leads add` line granting `granted` besides policy_ack.
    pub fn lead_line(&self, granted: &[&str]) -> String {
        lead_line(
            serde_json::json!({
                "first_name": self.first_name,
                "last_name": self.last_name,
                "email": self.email,
                "company": self.company,
                "job_title": self.job_title,
                "phone": self.phone,
                "notes": self.notes,
                "answers": {"timeline": self.answer},
                "badge_id": self.badge_id,
            }),
            granted,
        )
    }

    /// Every value of the person, for [`super::assert_no_trace`].
    pub fn needles(&self) -> Vec<&str> {
        vec![
            &self.first_name,
            &self.last_name,
            &self.email,
            &self.company,
            &self.job_title,
            &self.phone,
            &self.notes,
            &self.answer,
            &self.badge_id,
        ]
    }
}
