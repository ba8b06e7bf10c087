//! Helpers for the central import tests: booth laptops (real binary, temp data
//! dirs) that add leads and export batches, and a central side that trusts their
//! keys and imports into a fresh store of each backend in [`backends`].
#![allow(dead_code)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Output;

use leadbooth::central::{CentralStore, SqliteCentral};
use serde_json::{Value, json};

use super::booth::clean_command;
use super::{Booth, consents, listing};

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

    /// Sam's laptop with one lead (Ann Lee, ann@example.com, 09:00, only
    /// `policy_ack`), exported: the smallest genuine batch, and its folder.
    pub fn with_one_batch() -> (Self, PathBuf) {
        let laptop = Laptop::new("Sam");
        laptop.add(&[lead(
            &id(1),
            "Ann",
            "Lee",
            "ann@example.com",
            "09:00",
            &["policy_ack"],
            serde_json::json!({}),
        )]);
        let batch = laptop.export();
        (laptop, batch)
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

/// A kind of central store the import tests run against. Every test that
/// imports runs once per entry of [`backends`]; adding a backend (PostgreSQL) is
/// one implementation of this trait and one entry there.
pub trait CentralBackend {
    /// Its name, printed before each run so a failure says which backend.
    fn name(&self) -> &'static str;
    /// A fresh, empty store (nothing created until the first import) for a test
    /// whose files live in `dir`.
    fn fresh(&self, dir: &Path) -> Box<dyn CentralFixture>;
}

/// One fresh central store under test.
pub trait CentralFixture {
    /// What `leadbooth import --into` takes.
    fn target(&self) -> OsString;
    /// The store through the library, for tests that call `import::import`.
    fn open(&self) -> Box<dyn CentralStore>;
    /// The rows `sql` returns (SQL that every backend runs the same way), each
    /// value as text, NULL as `None`.
    fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>>;
    /// Every row of every table, sorted, as text: equal dumps = equal databases.
    fn dump(&self) -> String;
    /// Whether the store exists yet (a file, a schema).
    fn created(&self) -> bool;
    /// The files on disk that hold its data, to check that erased data is gone.
    fn files(&self) -> Vec<PathBuf>;
}

/// The backends every central test runs against.
pub fn backends() -> Vec<Box<dyn CentralBackend>> {
    vec![Box::new(Sqlite)]
}

/// The central SQLite file (`--into FILE`), read back with rusqlite.
pub struct Sqlite;

struct SqliteFile {
    path: PathBuf,
}

impl CentralBackend for Sqlite {
    fn name(&self) -> &'static str {
        "sqlite"
    }

    fn fresh(&self, dir: &Path) -> Box<dyn CentralFixture> {
        Box::new(SqliteFile {
            path: dir.join("central.sqlite3"),
        })
    }
}

impl SqliteFile {
    fn conn(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.path).unwrap()
    }
}

impl CentralFixture for SqliteFile {
    fn target(&self) -> OsString {
        self.path.clone().into()
    }

    fn open(&self) -> Box<dyn CentralStore> {
        Box::new(SqliteCentral::open(&self.path).unwrap())
    }

    fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        use rusqlite::types::ValueRef;
        let conn = self.conn();
        let mut st = conn.prepare(sql).unwrap();
        let n = st.column_count();
        st.query_map([], |r| {
            Ok((0..n)
                .map(|i| match r.get_ref(i).unwrap() {
                    ValueRef::Null => None,
                    ValueRef::Integer(v) => Some(v.to_string()),
                    ValueRef::Real(v) => Some(v.to_string()),
                    ValueRef::Text(t) => Some(String::from_utf8(t.to_vec()).unwrap()),
                    ValueRef::Blob(b) => Some(format!("{b:02x?}")),
                })
                .collect())
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    }

    fn dump(&self) -> String {
        dump(&self.conn())
    }

    fn created(&self) -> bool {
        self.path.exists()
    }

    fn files(&self) -> Vec<PathBuf> {
        [self.path.clone(), self.path.with_extension("sqlite3-wal")]
            .into_iter()
            .filter(|f| f.exists())
            .collect()
    }
}

/// The central side: a trust dir in a temp dir, and a fresh store of one backend.
pub struct Central {
    pub dir: tempfile::TempDir,
    store: Box<dyn CentralFixture>,
}

impl Central {
    pub fn new(backend: &dyn CentralBackend) -> Self {
        eprintln!("central backend: {}", backend.name());
        let dir = tempfile::tempdir().unwrap();
        let store = backend.fresh(dir.path());
        let c = Central { dir, store };
        std::fs::create_dir_all(c.trust()).unwrap();
        c
    }

    pub fn trust(&self) -> PathBuf {
        self.dir.path().join("trust")
    }

    /// Copies the laptop's public key into the trust dir as `name.pub`.
    pub fn trust_laptop(&self, laptop: &Laptop, name: &str) {
        std::fs::copy(laptop.pubkey(), self.trust().join(format!("{name}.pub"))).unwrap();
    }

    /// `leadbooth import DIRS... --trust T --into STORE EXTRA...`.
    pub fn import(&self, dirs: &[&Path], extra: &[&str]) -> Output {
        self.import_command(dirs, extra).output().unwrap()
    }

    /// The `import` command of [`Central::import`], not yet run.
    pub fn import_command(&self, dirs: &[&Path], extra: &[&str]) -> std::process::Command {
        let mut c = clean_command(self.dir.path());
        c.arg("--data-dir")
            .arg(self.dir.path().join("central-data"))
            .arg("import")
            .args(dirs)
            .arg("--trust")
            .arg(self.trust())
            .arg("--into")
            .arg(self.store.target())
            .args(extra);
        c
    }

    /// `leadbooth ARGS... --into STORE` (the `central` commands).
    pub fn run(&self, args: &[&str]) -> Output {
        let mut c = clean_command(self.dir.path());
        c.arg("--data-dir")
            .arg(self.dir.path().join("central-data"))
            .args(args)
            .arg("--into")
            .arg(self.store.target());
        c.output().unwrap()
    }

    /// `leadbooth central ARGS... --into STORE` (the office's look-ups).
    pub fn central(&self, args: &[&str]) -> Output {
        let mut c = clean_command(self.dir.path());
        c.arg("--data-dir")
            .arg(self.dir.path().join("central-data"))
            .arg("central")
            .args(args)
            .arg("--into")
            .arg(self.store.target());
        c.output().unwrap()
    }

    pub fn import_ok(&self, dirs: &[&Path], extra: &[&str]) -> String {
        let out = self.import(dirs, extra);
        assert_ok(&out, "import");
        String::from_utf8(out.stdout).unwrap()
    }

    /// The store through the library.
    pub fn open(&self) -> Box<dyn CentralStore> {
        self.store.open()
    }

    /// The rows `sql` returns, NULL as `None`.
    pub fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        self.store.rows(sql)
    }

    /// The one value `sql` returns.
    pub fn value(&self, sql: &str) -> Option<String> {
        let rows = self.rows(sql);
        assert_eq!(rows.len(), 1, "{sql} returned {rows:?}");
        rows[0][0].clone()
    }

    /// Rows in `table`.
    pub fn count(&self, table: &str) -> i64 {
        self.value(&format!("SELECT count(*) FROM {table}"))
            .unwrap()
            .parse()
            .unwrap()
    }

    /// Every row of every table, sorted, as text: equal dumps = equal databases.
    pub fn dump(&self) -> String {
        self.store.dump()
    }

    /// Whether the store was created.
    pub fn created(&self) -> bool {
        self.store.created()
    }

    /// The files holding the store's data.
    pub fn files(&self) -> Vec<PathBuf> {
        self.store.files()
    }

    /// The contact with normalised email `key`, as JSON-ish values.
    pub fn contact(&self, key: &str) -> Option<ContactView> {
        self.contacts()
            .into_iter()
            .find(|c| c.email_key.as_deref() == Some(key))
    }

    /// Every contact with its source lead ids and notes, sorted by email key then
    /// first source.
    pub fn contacts(&self) -> Vec<ContactView> {
        let mut out: Vec<ContactView> = self
            .rows(
                "SELECT contact_id, email_key, first_name, last_name, email, company, job_title,
                    phone, country, event_name, first_captured_at, last_captured_at, rating,
                    consents, source_count FROM contacts",
            )
            .into_iter()
            .map(|r| {
                let text = |i: usize| r[i].clone().unwrap();
                let id = text(0);
                ContactView {
                    email_key: r[1].clone(),
                    fields: (2..12).map(text).collect(),
                    rating: r[12].clone(),
                    consents: serde_json::from_str(&text(13)).unwrap(),
                    source_count: text(14).parse().unwrap(),
                    sources: self
                        .rows(&format!(
                            "SELECT lead_id, notes FROM source_leads WHERE contact_id = '{id}' ORDER BY lead_id"
                        ))
                        .into_iter()
                        .map(|s| (s[0].clone().unwrap(), s[1].clone().unwrap()))
                        .collect(),
                }
            })
            .collect();
        out.sort_by(|a, b| (&a.email_key, &a.sources).cmp(&(&b.email_key, &b.sources)));
        out
    }
}

fn dump(conn: &rusqlite::Connection) -> String {
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
