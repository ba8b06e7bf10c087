//! Helpers for the central import tests: booth laptops (real binary, temp data
//! dirs) that add leads and export batches, and a central side that trusts their
//! keys and imports into a temp database.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::{Value, json};

use super::booth::clean_command;
use super::{Booth, consents};

/// One simulated booth laptop.
pub struct Laptop {
    pub booth: Booth,
    pub staff: &'static str,
    pub usb: PathBuf,
}

impl Laptop {
    pub fn new(staff: &'static str) -> Self {
        let booth = Booth::new();
        let usb = booth.dir.path().join("usb");
        std::fs::create_dir_all(&usb).unwrap();
        Laptop { booth, staff, usb }
    }

    /// `leads add` of `leads` (JSON objects), asserting success.
    pub fn add(&self, leads: &[Value]) {
        let input: String = leads.iter().map(|l| format!("{l}\n")).collect();
        let out = self.booth.run_with_stdin(
            &["--staff", self.staff, "leads", "add"],
            Some(input.as_bytes()),
        );
        assert_ok(&out, "leads add");
    }

    /// `export --out usb`, returning the new batch folder.
    pub fn export(&self) -> PathBuf {
        let before = listing(&self.usb);
        let out = self.booth.run(&[
            "--staff",
            self.staff,
            "export",
            "--out",
            self.usb.to_str().unwrap(),
        ]);
        assert_ok(&out, "export");
        listing(&self.usb)
            .into_iter()
            .find(|p| !before.contains(p))
            .expect("export wrote a batch")
    }

    pub fn erase(&self, id: &str) {
        let out = self
            .booth
            .run(&["--staff", self.staff, "leads", "erase", id]);
        assert_ok(&out, "leads erase");
    }

    pub fn withdraw(&self, id: &str, purpose: &str) {
        let out = self.booth.run(&[
            "--staff",
            self.staff,
            "leads",
            "withdraw",
            id,
            "--purpose",
            purpose,
        ]);
        assert_ok(&out, "leads withdraw");
    }

    /// `keys/device.pub`.
    pub fn pubkey(&self) -> PathBuf {
        self.booth.pubkey()
    }
}

fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v
}

pub fn assert_ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A lead for `leads add`: names, email, capture time (`HH:MM` on 2026-03-10),
/// the purposes granted, plus any extra fields.
pub fn lead(
    id: &str,
    first: &str,
    last: &str,
    email: &str,
    at: &str,
    granted: &[&str],
    extra: Value,
) -> Value {
    let captured_at = format!("2026-03-10T{at}:00Z");
    let mut v = json!({
        "lead_id": id,
        "first_name": first,
        "last_name": last,
        "email": email,
        "captured_at": captured_at,
        "consents": consents(granted),
    });
    if let Value::Object(extra) = extra {
        v.as_object_mut().unwrap().extend(extra);
    }
    v
}

/// A UUIDv7-shaped lead id ending in `n`.
pub fn id(n: u32) -> String {
    format!("01900000-0000-7000-8000-{n:012x}")
}

/// The central side: a trust dir and a database path in a temp dir.
pub struct Central {
    pub dir: tempfile::TempDir,
}

impl Central {
    pub fn new() -> Self {
        let c = Central {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::create_dir_all(c.trust()).unwrap();
        c
    }

    pub fn trust(&self) -> PathBuf {
        self.dir.path().join("trust")
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("central.sqlite3")
    }

    /// Copies the laptop's public key into the trust dir as `name.pub`.
    pub fn trust_laptop(&self, laptop: &Laptop, name: &str) {
        std::fs::copy(laptop.pubkey(), self.trust().join(format!("{name}.pub"))).unwrap();
    }

    /// `leadbooth import DIRS... --trust T --into DB EXTRA...`.
    pub fn import(&self, dirs: &[&Path], extra: &[&str]) -> Output {
        let mut c = clean_command(self.dir.path());
        c.arg("--data-dir")
            .arg(self.dir.path().join("central-data"))
            .arg("import")
            .args(dirs)
            .arg("--trust")
            .arg(self.trust())
            .arg("--into")
            .arg(self.db())
            .args(extra);
        c.output().unwrap()
    }

    pub fn import_ok(&self, dirs: &[&Path], extra: &[&str]) -> String {
        let out = self.import(dirs, extra);
        assert_ok(&out, "import");
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn conn(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.db()).unwrap()
    }

    /// Every row of every table, sorted, as text: equal dumps = equal databases.
    pub fn dump(&self) -> String {
        dump(&self.conn())
    }

    /// The contact with normalised email `key`, as JSON-ish values.
    pub fn contact(&self, key: &str) -> Option<ContactView> {
        contacts(&self.conn())
            .into_iter()
            .find(|c| c.email_key.as_deref() == Some(key))
    }
}

pub fn dump(conn: &rusqlite::Connection) -> String {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("== {t}\n"));
        let mut st = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let mut rows: Vec<String> = st
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join(" | "))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        for r in rows {
            out.push_str(&r);
            out.push('\n');
        }
    }
    out
}

/// A merged contact and its sources, without the ids and times minted centrally,
/// for comparing two databases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactView {
    pub email_key: Option<String>,
    pub fields: Vec<String>,
    pub rating: Option<String>,
    pub consents: Value,
    pub source_count: i64,
    pub sources: Vec<(String, String)>,
}

impl ContactView {
    pub fn field(&self, name: &str) -> &str {
        let i = [
            "first_name",
            "last_name",
            "email",
            "company",
            "job_title",
            "phone",
            "country",
            "event_name",
            "first_captured_at",
            "last_captured_at",
        ]
        .iter()
        .position(|f| *f == name)
        .unwrap();
        &self.fields[i]
    }

    /// When the winning decision on a purpose was made.
    pub fn decided_at(&self, purpose: &str) -> &str {
        self.consents[purpose][1].as_str().unwrap()
    }

    /// The state of a purpose: granted, denied, withdrawn.
    pub fn consent(&self, purpose: &str) -> &str {
        self.consents[purpose][0].as_str().unwrap()
    }

    /// The notes of the sources, in lead id order.
    pub fn notes(&self) -> Vec<&str> {
        self.sources.iter().map(|(_, n)| n.as_str()).collect()
    }
}

/// Every contact with its source lead ids and notes, sorted by email key then
/// first source.
pub fn contacts(conn: &rusqlite::Connection) -> Vec<ContactView> {
    let mut st = conn
        .prepare(
            "SELECT contact_id, email_key, first_name, last_name, email, company, job_title,
                phone, country, event_name, first_captured_at, last_captured_at, rating,
                consents, source_count FROM contacts",
        )
        .unwrap();
    let mut out: Vec<ContactView> = st
        .query_map([], |r| {
            let id: String = r.get(0)?;
            let consents: String = r.get(13)?;
            Ok((
                id,
                ContactView {
                    email_key: r.get(1)?,
                    fields: (2..12).map(|i| r.get(i)).collect::<Result<_, _>>()?,
                    rating: r.get(12)?,
                    consents: serde_json::from_str(&consents).unwrap(),
                    source_count: r.get(14)?,
                    sources: Vec::new(),
                },
            ))
        })
        .unwrap()
        .map(|row| {
            let (id, mut c) = row.unwrap();
            let mut s = conn
                .prepare("SELECT lead_id, notes FROM source_leads WHERE contact_id = ?1 ORDER BY lead_id")
                .unwrap();
            c.sources = s
                .query_map([&id], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            c
        })
        .collect();
    out.sort_by(|a, b| (&a.email_key, &a.sources).cmp(&(&b.email_key, &b.sources)));
    out
}
