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
        // The new batch: a folder, or an encrypted batch's `.tar.age` (beside it
        // its signature and checksum, and the device's public key export writes).
        listing(&self.usb)
            .into_iter()
            .find(|p| {
                !before.contains(p) && (p.is_dir() || p.to_string_lossy().ends_with(".tar.age"))
            })
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
    /// Environment variables the import needs to reach it (a password).
    fn env(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
    /// The store through the library, for tests that call `import::import`.
    fn open(&self) -> Box<dyn CentralStore>;
    /// The rows `sql` returns (SQL that every backend runs the same way), each
    /// value as text, NULL as `None`.
    fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>>;
    /// [`CentralFixture::rows`], or `None` while the tables are not made yet.
    fn rows_if_ready(&self, sql: &str) -> Option<Vec<Vec<Option<String>>>> {
        self.created().then(|| self.rows(sql))
    }
    /// Every row of every table, sorted, as text: equal dumps = equal databases.
    fn dump(&self) -> String;
    /// Whether the store exists yet (a file, a schema).
    fn created(&self) -> bool;
    /// The files on disk that hold its data, to check that erased data is gone.
    fn files(&self) -> Vec<PathBuf>;
    /// Whether a refused batch leaves [`CentralFixture::files`] byte for byte
    /// as they were (SQLite keeps an uncommitted transaction in memory), so
    /// that tests may compare their bytes as well as the dump.
    fn rollback_leaves_files_unchanged(&self) -> bool {
        true
    }
}

/// The backends every central test runs against: the SQLite file, and a
/// PostgreSQL server when one can be started here (else a printed skip, or a
/// failure under `LEADBOOTH_REQUIRE_TOOLS=1`).
pub fn backends() -> Vec<Box<dyn CentralBackend>> {
    let mut all: Vec<Box<dyn CentralBackend>> = vec![Box::new(Sqlite)];
    match postgres::server() {
        Ok(server) => all.push(Box::new(postgres::Postgres(server))),
        Err(why) => {
            super::cannot_run(
                "PostgreSQL backend of the central tests",
                &format!("PostgreSQL {why}; they run on SQLite only"),
            );
        }
    }
    all
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

    fn rows_if_ready(&self, sql: &str) -> Option<Vec<Vec<Option<String>>>> {
        let made = self.created()
            && self
                .conn()
                .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
                .is_ok_and(|v| v > 0);
        made.then(|| self.rows(sql))
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

    /// The `import` command of [`Central::import`], not started yet (to run
    /// several at once).
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
            .args(extra)
            .envs(self.store.env());
        c
    }

    /// `leadbooth ARGS... --into STORE` (the `central` commands).
    pub fn run(&self, args: &[&str]) -> Output {
        let mut c = clean_command(self.dir.path());
        c.arg("--data-dir")
            .arg(self.dir.path().join("central-data"))
            .args(args)
            .arg("--into")
            .arg(self.store.target())
            .envs(self.store.env());
        c.output().unwrap()
    }

    /// What `--into` names: the SQLite file, or the PostgreSQL URL (its last
    /// part the database's name).
    pub fn target(&self) -> OsString {
        self.store.target()
    }

    /// [`Central::run`] with the system locale `lang` (`de_DE.UTF-8`): the
    /// staff language the office's messages and report follow.
    pub fn run_in(&self, lang: &str, args: &[&str]) -> Output {
        let mut c = clean_command(self.dir.path());
        c.arg("--data-dir")
            .arg(self.dir.path().join("central-data"))
            .args(args)
            .arg("--into")
            .arg(self.store.target())
            .envs(self.store.env())
            .env("LANG", lang);
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
            .arg(self.store.target())
            .envs(self.store.env());
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

    /// [`Central::rows`], or `None` while the store is not made yet.
    pub fn rows_if_ready(&self, sql: &str) -> Option<Vec<Vec<Option<String>>>> {
        self.store.rows_if_ready(sql)
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

    /// See [`CentralFixture::rollback_leaves_files_unchanged`].
    pub fn rollback_leaves_files_unchanged(&self) -> bool {
        self.store.rollback_leaves_files_unchanged()
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

/// The central store on a real PostgreSQL server: one throwaway cluster per
/// test binary (`initdb` + `pg_ctl` in a temporary folder, as an unprivileged
/// user when running as root, on a free port of 127.0.0.1, password
/// authentication), stopped and removed when the test binary exits; each test
/// gets a database of its own, owned by an ordinary (not superuser) role.
pub mod postgres {
    use std::ffi::OsString;
    use std::path::{Path, PathBuf};
    use std::process::{Command, Stdio};
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicU32, Ordering};

    use leadbooth::central::{CentralStore, PostgresCentral};

    use super::{CentralBackend, CentralFixture};

    /// The importing role and its password.
    const ROLE: &str = "leadbooth_office";
    const PASSWORD: &str = "booth-test-pw";
    /// The superuser, for creating databases and reading files.
    const ADMIN_PASSWORD: &str = "admin-test-pw";

    /// A running throwaway cluster.
    pub struct Server {
        port: u16,
        data: PathBuf,
    }

    impl Server {
        /// The superuser's connection to database `db` (`postgres` is always
        /// there).
        pub fn admin(&self, db: &str) -> postgres::Client {
            postgres::Config::new()
                .host("127.0.0.1")
                .port(self.port)
                .user("postgres")
                .password(ADMIN_PASSWORD)
                .dbname(db)
                .connect(postgres::NoTls)
                .unwrap()
        }

        /// CPU seconds (user + system) the whole server has used so far: the
        /// postmaster, its running processes, and the ended ones it has reaped
        /// (each client's backend, once the client has gone). For benchmarks:
        /// how much of an import's time is the server's. `None` where /proc
        /// cannot say.
        pub fn cpu_seconds(&self) -> Option<f64> {
            let pid: u32 = std::fs::read_to_string(self.data.join("postmaster.pid"))
                .ok()?
                .lines()
                .next()?
                .trim()
                .parse()
                .ok()?;
            // Fields 14-17 of /proc/PID/stat: utime, stime, cutime, cstime.
            let ticks = |pid: u32, fields: usize| -> Option<u64> {
                let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
                let after = &stat[stat.rfind(')')? + 2..];
                let v: Vec<u64> = after
                    .split(' ')
                    .skip(11)
                    .take(fields)
                    .map(|f| f.parse().unwrap_or(0))
                    .collect();
                Some(v.iter().sum())
            };
            let mut total = ticks(pid, 4)?;
            let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
                .unwrap_or_default();
            for child in children.split_whitespace().filter_map(|c| c.parse().ok()) {
                total += ticks(child, 2).unwrap_or(0);
            }
            // Linux reports these in USER_HZ, 100 a second on every platform it runs.
            Some(total as f64 / 100.0)
        }
    }

    static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();

    /// The cluster, started on first use.
    pub fn server() -> Result<&'static Server, String> {
        SERVER.get_or_init(start).as_ref().map_err(Clone::clone)
    }

    /// The folder of `initdb` and `pg_ctl`: Debian keeps them in
    /// /usr/lib/postgresql/<version>/bin (the newest is taken), else PATH.
    fn bin_dir() -> Option<PathBuf> {
        let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let v = e.file_name().to_str()?.parse().ok()?;
                let bin = e.path().join("bin");
                bin.join("initdb").exists().then_some((v, bin))
            })
            .collect();
        versions.sort();
        if let Some((_, bin)) = versions.pop() {
            return Some(bin);
        }
        let out = Command::new("sh")
            .args(["-c", "command -v initdb"])
            .output()
            .ok()?;
        let path = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
        out.status
            .success()
            .then(|| path.parent().map(Path::to_owned))?
    }

    fn id(args: &[&str]) -> Option<u32> {
        let out = Command::new("id").args(args).output().ok()?;
        String::from_utf8(out.stdout).ok()?.trim().parse().ok()
    }

    /// Runs `program args` as `user` (via runuser when root), failing with its
    /// output.
    fn run(user: Option<&str>, program: &Path, args: &[&std::ffi::OsStr]) -> Result<(), String> {
        let mut c = match user {
            Some(u) => {
                let mut c = Command::new("runuser");
                c.args(["-u", u, "--"]).arg(program);
                c
            }
            None => Command::new(program),
        };
        let out = c
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{} failed: {}{}",
                program.display(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    }

    fn start() -> Result<Server, String> {
        let bin = bin_dir()
            .ok_or("is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH)")?;
        // initdb and postgres refuse to run as root: as root, the cluster runs
        // as the `postgres` user Debian's package makes, else as `nobody`.
        let user = if id(&["-u"]) == Some(0) {
            Some(
                ["postgres", "nobody"]
                    .into_iter()
                    .find(|u| id(&["-u", u]).is_some())
                    .ok_or("cannot run as root, and there is no postgres or nobody user")?,
            )
        } else {
            None
        };
        let base = tempfile::Builder::new()
            .prefix("leadbooth-pg-")
            .tempdir()
            .map_err(|e| e.to_string())?
            .keep();
        let data = base.join("data");
        let pwfile = base.join("pwfile");
        std::fs::write(&pwfile, ADMIN_PASSWORD).map_err(|e| e.to_string())?;
        if let Some(u) = user {
            let (uid, gid) = (id(&["-u", u]), id(&["-g", u]));
            for p in [&base, &pwfile] {
                std::os::unix::fs::chown(p, uid, gid).map_err(|e| e.to_string())?;
            }
        }
        run(
            user,
            &bin.join("initdb"),
            &[
                "-D".as_ref(),
                data.as_os_str(),
                "-U".as_ref(),
                "postgres".as_ref(),
                "--pwfile".as_ref(),
                pwfile.as_os_str(),
                "--auth-host=scram-sha-256".as_ref(),
                "--auth-local=scram-sha-256".as_ref(),
                "--encoding=UTF8".as_ref(),
                "--locale=C".as_ref(),
                "--no-sync".as_ref(),
            ],
        )?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        // fsync off: a test cluster need not survive a power cut, only a killed
        // client (the transactions are the real ones).
        let options = format!(
            "-p {port} -c listen_addresses=127.0.0.1 -k {} -c fsync=off -c full_page_writes=off -c max_connections=50",
            base.display()
        );
        let log = base.join("server.log");
        let started = run(
            user,
            &bin.join("pg_ctl"),
            &[
                "-D".as_ref(),
                data.as_os_str(),
                "-l".as_ref(),
                log.as_os_str(),
                "-o".as_ref(),
                options.as_ref(),
                "-w".as_ref(),
                "start".as_ref(),
            ],
        );
        // Stopped and removed once this test binary has exited, however it ends.
        let stop = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {as_user}'{pg_ctl}' -D '{data}' -m immediate stop >/dev/null 2>&1; rm -rf '{base}'",
            pid = std::process::id(),
            as_user = user.map_or(String::new(), |u| format!("runuser -u {u} -- ")),
            pg_ctl = bin.join("pg_ctl").display(),
            data = data.display(),
            base = base.display(),
        );
        // In a session of its own, so that nothing that ends this process group
        // ends the watcher before it has stopped the server.
        Command::new("setsid")
            .args(["sh", "-c", &stop])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        started
            .map_err(|e| format!("{e}\n{}", std::fs::read_to_string(&log).unwrap_or_default()))?;
        let server = Server { port, data };
        server
            .admin("postgres")
            .batch_execute(&format!(
                "CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'; GRANT pg_read_all_stats TO {ROLE}"
            ))
            .map_err(|e| e.to_string())?;
        eprintln!(
            "PostgreSQL test cluster on 127.0.0.1:{port} ({})",
            bin.display()
        );
        Ok(server)
    }

    /// The PostgreSQL backend (`--into postgres://…`).
    pub struct Postgres(pub &'static Server);

    static NEXT_DB: AtomicU32 = AtomicU32::new(1);

    impl CentralBackend for Postgres {
        fn name(&self) -> &'static str {
            "postgres"
        }

        fn fresh(&self, _dir: &Path) -> Box<dyn CentralFixture> {
            let db = format!(
                "central_{}_{}",
                std::process::id(),
                NEXT_DB.fetch_add(1, Ordering::Relaxed)
            );
            self.0
                .admin("postgres")
                .batch_execute(&format!("CREATE DATABASE {db} OWNER {ROLE}"))
                .unwrap();
            Box::new(Database {
                server: self.0,
                db,
                client: std::sync::Mutex::new(None),
            })
        }
    }

    /// One test's database.
    struct Database {
        server: &'static Server,
        db: String,
        /// The superuser's connection to it, made once (a SCRAM login is slow
        /// in a debug build).
        client: std::sync::Mutex<Option<postgres::Client>>,
    }

    impl Database {
        fn url(&self) -> String {
            format!(
                "postgres://{ROLE}@127.0.0.1:{}/{}",
                self.server.port, self.db
            )
        }

        fn with_client<R>(&self, f: impl FnOnce(&mut postgres::Client) -> R) -> R {
            let mut guard = self.client.lock().unwrap();
            f(guard.get_or_insert_with(|| self.server.admin(&self.db)))
        }
    }

    /// A value as the SQLite file holds it, so that one assertion reads both:
    /// times as RFC 3339 UTC, ids hyphenated, booleans 1/0, JSON as text.
    fn text(row: &postgres::Row, i: usize) -> Option<String> {
        use chrono::{DateTime, Utc};
        use postgres::types::Type;
        let ty = row.columns()[i].type_().clone();
        match ty {
            Type::TIMESTAMPTZ => row
                .get::<_, Option<DateTime<Utc>>>(i)
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
            Type::UUID => row.get::<_, Option<uuid::Uuid>>(i).map(|u| u.to_string()),
            Type::BOOL => row
                .get::<_, Option<bool>>(i)
                .map(|b| u8::from(b).to_string()),
            Type::INT8 => row.get::<_, Option<i64>>(i).map(|n| n.to_string()),
            Type::INT4 => row.get::<_, Option<i32>>(i).map(|n| n.to_string()),
            Type::JSON | Type::JSONB => row
                .get::<_, Option<serde_json::Value>>(i)
                .map(|v| v.to_string()),
            _ => row.get::<_, Option<String>>(i),
        }
    }

    /// Every row of every table, sorted, as text.
    fn dump(c: &mut postgres::Client) -> String {
        let tables: Vec<String> = c
            .query(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut out = String::new();
        for t in tables {
            out.push_str(&format!("== {t}\n"));
            let mut rows: Vec<String> = c
                .query(&format!("SELECT * FROM \"{t}\""), &[])
                .unwrap()
                .iter()
                .map(|r| {
                    (0..r.len())
                        .map(|i| format!("{:?}", text(r, i)))
                        .collect::<Vec<_>>()
                        .join(" | ")
                })
                .collect();
            rows.sort();
            for r in rows {
                out.push_str(&r);
                out.push('\n');
            }
        }
        out
    }

    impl CentralFixture for Database {
        fn target(&self) -> OsString {
            self.url().into()
        }

        fn env(&self) -> Vec<(&'static str, String)> {
            vec![("PGPASSWORD", PASSWORD.to_owned())]
        }

        fn open(&self) -> Box<dyn CentralStore> {
            let url = format!(
                "postgres://{ROLE}:{PASSWORD}@127.0.0.1:{}/{}",
                self.server.port, self.db
            );
            Box::new(PostgresCentral::open(&url).unwrap())
        }

        fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>> {
            self.with_client(|c| {
                c.query(sql, &[])
                    .unwrap()
                    .iter()
                    .map(|r| (0..r.len()).map(|i| text(r, i)).collect())
                    .collect()
            })
        }

        fn dump(&self) -> String {
            self.with_client(dump)
        }

        fn created(&self) -> bool {
            self.with_client(|c| {
                // Made once a migration is recorded (refinery may make its
                // own table first).
                let table = leadbooth::central::MIGRATIONS_TABLE;
                let exists: bool = c
                    .query_one("SELECT to_regclass($1) IS NOT NULL", &[&table])
                    .unwrap()
                    .get(0);
                exists
                    && c.query_one(&format!("SELECT count(*) > 0 FROM {table}"), &[])
                        .unwrap()
                        .get(0)
            })
        }

        /// The database's own files (tables, indexes, TOAST), after a
        /// checkpoint has written every change to them. The server's WAL is
        /// not among them (see the README on erasure).
        /// No: PostgreSQL writes a transaction's rows into the table pages as
        /// it goes, and a rollback leaves them there, dead, until a vacuum;
        /// reads set hint bits and autovacuum rewrites pages. Only the dump
        /// says what is stored.
        fn rollback_leaves_files_unchanged(&self) -> bool {
            false
        }

        fn files(&self) -> Vec<PathBuf> {
            let oid: u32 = self.with_client(|c| {
                c.batch_execute("CHECKPOINT").unwrap();
                c.query_one(
                    "SELECT oid FROM pg_database WHERE datname = current_database()",
                    &[],
                )
                .unwrap()
                .get(0)
            });
            let dir = self.server.data.join("base").join(oid.to_string());
            let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                // The relations' files (`<filenode>[_fsm|_vm][.<segment>]`):
                // every row of every table, index and catalog. The others are
                // the server's own bookkeeping, rewritten under their names at
                // any time (pg_internal.init, a cache of catalog descriptors
                // that a new session writes to a temporary file and renames;
                // pg_filenode.map; PG_VERSION).
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
                })
                // A dropped table's first file (one VACUUM FULL replaced) is
                // emptied at once and removed by the next checkpoint, which
                // another test's may be: empty, it holds nothing to search.
                .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.len() > 0))
                .collect();
            files.sort();
            files
        }
    }
}
