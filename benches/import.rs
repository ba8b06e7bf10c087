//! Central import benchmark (issues 4 and 15): 10 batches from 5 laptops, of
//! 10,000 leads each (100,000 in all), or `LEADBOOTH_BENCH_LEADS` in all (the
//! suite also runs 1,000,000, to show the peak memory does not grow), from 5 laptops
//! (2 batches each), 20 % of the leads duplicates of an attendee on another laptop
//! (the email in another case), each lead built by the library's lead builder
//! and written by its batch writer (the files `export` writes; no booth
//! database in between, so a million leads take seconds to make).
//! Timed in the same run against `sqlite3 .import` of the same rows (the batches'
//! leads.csv files) into a fresh database: both times, the ratio, peak RSS.
//! P9, in the same run: the same import into a PostgreSQL server (a throwaway
//! cluster started as the central tests start theirs) against `psql`'s `\copy`
//! of the same leads.csv rows into a fresh table of that server.
//! `LEADBOOTH_BENCH_GENERATE_ONLY=DIR` only writes the batches (DIR/usb) and
//! the trust dir (DIR/trust), for profiling the import by hand.
//! Prints figures, asserts nothing. Run with `cargo bench --bench import`
//! (needs `sqlite3` on PATH; PostgreSQL for P9); results also go to
//! bench/results/import-<leads>.txt (import-100000.txt, import-1000000.txt).
#![allow(clippy::unwrap_used)] // a benchmark may unwrap: a failure stops the run at its line

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const LAPTOPS: usize = 5;
const BATCHES_PER_LAPTOP: usize = 2;
/// Leads in all, unless `LEADBOOTH_BENCH_LEADS` says otherwise.
const DEFAULT_LEADS: usize = 100_000;

/// Leads per batch: the total over the 10 batches.
fn leads_per_batch() -> usize {
    static N: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *N.get_or_init(|| {
        let total = std::env::var("LEADBOOTH_BENCH_LEADS")
            .ok()
            .map(|v| {
                v.replace('_', "")
                    .parse::<usize>()
                    .expect("LEADBOOTH_BENCH_LEADS is a number of leads")
            })
            .unwrap_or(DEFAULT_LEADS);
        (total / (LAPTOPS * BATCHES_PER_LAPTOP)).max(1)
    })
}
const PURPOSES: [&str; 7] = [
    "policy_ack",
    "marketing_email",
    "marketing_phone",
    "marketing_mail",
    "events",
    "share_affiliates",
    "share_partners",
];

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_leadbooth"))
}

fn leadbooth(data: &Path) -> Command {
    let mut c = Command::new(bin());
    c.arg("--data-dir")
        .arg(data)
        .env_remove("LEADBOOTH_CONFIG")
        .env_remove("LEADBOOTH_DATA_DIR")
        .env("XDG_CONFIG_HOME", data.join("xdg"))
        .env("USER", "bench");
    c
}

/// One lead line. Lead `n` of the show; every fifth lead (j = 0, 5, ...) is the
/// attendee at the next position (j + 1, never itself a duplicate) of the previous
/// laptop's batch, the email typed in another case.
fn lead_line(laptop: usize, batch: usize, j: usize) -> String {
    let person = |l: usize, j: usize| (l * BATCHES_PER_LAPTOP + batch) * leads_per_batch() + j;
    let email = if j.is_multiple_of(5) {
        let other = (laptop + LAPTOPS - 1) % LAPTOPS;
        format!("Person{}@Example.COM", person(other, j + 1))
    } else {
        format!("person{}@example.com", person(laptop, j))
    };
    let n = person(laptop, j);
    let consents: Vec<String> = PURPOSES
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{{\"purpose\":\"{p}\",\"granted\":{}}}",
                i == 0 || (n + i) % 3 == 0
            )
        })
        .collect();
    format!(
        "{{\"first_name\":\"First{n}\",\"last_name\":\"Last{n}\",\"email\":\"{email}\",\"company\":\"Company {}\",\"job_title\":\"Engineer\",\"notes\":\"met at the booth, lead {n}\",\"rating\":\"warm\",\"answers\":{{\"interest\":\"Researching options\"}},\"consents\":[{}]}}\n",
        n % 997,
        consents.join(",")
    )
}

/// Runs `cmd` to completion under `/usr/bin/time -v`: wall time (measured
/// here), peak RSS in KiB and CPU seconds (user + system), as `time` reports
/// them for the process.
fn measure(cmd: Command) -> (Duration, u64, f64) {
    let report = tempfile::NamedTempFile::new().unwrap();
    let mut timed = Command::new("/usr/bin/time");
    timed.arg("-v").arg("-o").arg(report.path());
    timed.arg(cmd.get_program()).args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => timed.env(k, v),
            None => timed.env_remove(k),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        timed.current_dir(dir);
    }
    timed.stdout(Stdio::null()).stderr(Stdio::piped());
    let start = Instant::now();
    let out = timed.output().expect("/usr/bin/time runs");
    let elapsed = start.elapsed();
    assert!(
        out.status.success(),
        "command failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(report.path()).unwrap();
    let field = |name: &str| -> f64 {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("/usr/bin/time -v reports {name}: {text}"))
    };
    let cpu = field("User time (seconds):") + field("System time (seconds):");
    let peak = field("Maximum resident set size (kbytes):") as u64;
    (elapsed, peak, cpu)
}

fn main() {
    if Command::new("sqlite3").arg("-version").output().is_err() {
        eprintln!("SKIP: sqlite3 is not installed (it is the baseline)");
        return;
    }
    if let Some(dir) = std::env::var_os("LEADBOOTH_BENCH_GENERATE_ONLY") {
        // For profiling by hand: only the batches (DIR/usb) and trust dir (DIR/trust).
        let dir = PathBuf::from(dir);
        let (usb, trust) = (dir.join("usb"), dir.join("trust"));
        std::fs::create_dir_all(&usb).unwrap();
        std::fs::create_dir_all(&trust).unwrap();
        let start = Instant::now();
        let batches = generate(&usb, &trust);
        eprintln!(
            "{} batches in {} ({:.1} s)",
            batches.len(),
            usb.display(),
            start.elapsed().as_secs_f64()
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let usb = tmp.path().join("usb");
    let trust = tmp.path().join("trust");
    std::fs::create_dir_all(&usb).unwrap();
    std::fs::create_dir_all(&trust).unwrap();

    let gen_start = Instant::now();
    let batches = generate(&usb, &trust);
    let generated = gen_start.elapsed();
    let total_leads = LAPTOPS * BATCHES_PER_LAPTOP * leads_per_batch();
    let bytes: u64 = batches
        .iter()
        .flat_map(|b| ["leads.jsonl", "leads.csv"].map(|f| b.join(f)))
        .map(|f| std::fs::metadata(f).unwrap().len())
        .sum();

    // Baseline: the same rows as CSV into a fresh database with the sqlite3 shell.
    let raw_db = tmp.path().join("raw.sqlite3");
    let mut script = String::new();
    for (i, b) in batches.iter().enumerate() {
        let csv = b.join("leads.csv");
        if i == 0 {
            script.push_str(&format!(".import --csv {} leads\n", csv.display()));
        } else {
            script.push_str(&format!(".import --csv --skip 1 {} leads\n", csv.display()));
        }
    }
    let script_path = tmp.path().join("import.sql");
    std::fs::write(&script_path, script).unwrap();
    let mut raw = Command::new("sqlite3");
    raw.arg(&raw_db)
        .arg(format!(".read {}", script_path.display()));
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let (raw_time, raw_rss, raw_cpu) = measure(raw);
    let raw_rows: String = String::from_utf8(
        Command::new("sqlite3")
            .arg(&raw_db)
            .arg("SELECT count(*) FROM leads")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();

    // Ours: verify + chain + merge into a fresh central database.
    let central = tmp.path().join("central.sqlite3");
    let mut ours = leadbooth(&tmp.path().join("central-data"));
    ours.arg("import")
        .args(&batches)
        .arg("--trust")
        .arg(&trust)
        .arg("--into")
        .arg(&central);
    let (ours_time, ours_rss, ours_cpu) = measure(ours);
    let contacts: String = String::from_utf8(
        Command::new("sqlite3")
            .arg(&central)
            .arg("SELECT count(*) FROM contacts")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();

    // And the same set again: every batch is skipped after verification.
    let mut again = leadbooth(&tmp.path().join("central-data"));
    again
        .arg("import")
        .args(&batches)
        .arg("--trust")
        .arg(&trust)
        .arg("--into")
        .arg(&central);
    let (again_time, again_rss, again_cpu) = measure(again);

    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let ratio = ours_time.as_secs_f64() / raw_time.as_secs_f64();
    let lines = [
        format!(
            "leadbooth central import benchmark, {total_leads} leads (cargo bench --bench import)"
        ),
        format!(
            "cores: {cores}; input: {} batches x {} leads = {total_leads} leads from {LAPTOPS} laptops, 20 % duplicates across laptops; {:.1} MB of leads.jsonl + leads.csv; generated with the batch writer in {:.1} s",
            batches.len(),
            leads_per_batch(),
            bytes as f64 / 1e6,
            generated.as_secs_f64()
        ),
        format!("load average before timing: {}", load.trim()),
        format!(
            "P4 raw baseline  sqlite3 .import of the 10 leads.csv into a fresh db: {:>7.3} s wall, {:>5.2} s CPU, peak RSS {:>6.1} MiB ({} rows)",
            raw_time.as_secs_f64(),
            raw_cpu,
            raw_rss as f64 / 1024.0,
            raw_rows.trim()
        ),
        format!(
            "P4 leadbooth import (verify, chain, merge) into a fresh db:      {:>7.3} s wall, {:>5.2} s CPU, peak RSS {:>6.1} MiB ({} contacts)",
            ours_time.as_secs_f64(),
            ours_cpu,
            ours_rss as f64 / 1024.0,
            contacts.trim()
        ),
        format!(
            "P4 ratio import / raw: {ratio:.2}x wall, {:.2}x CPU (aim: within 2x)",
            ours_cpu / raw_cpu.max(0.01)
        ),
        format!(
            "P4 re-import of the same 10 batches (all skipped after verification): {:.3} s wall, {:.2} s CPU, peak RSS {:.1} MiB",
            again_time.as_secs_f64(),
            again_cpu,
            again_rss as f64 / 1024.0
        ),
    ];
    let mut lines = lines.to_vec();
    lines.push(instructions(tmp.path(), &batches[0], &trust));
    lines.extend(postgres_figures(&tmp.path().join("pg"), &batches, &trust));
    let text = lines.join("\n") + "\n";
    print!("{text}");
    let results = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/results");
    std::fs::create_dir_all(&results).unwrap();
    std::fs::write(results.join(format!("import-{total_leads}.txt")), text).unwrap();
}

/// P9: `psql \copy` of the batches' leads.csv into a fresh table, then the
/// import into a fresh database, on one throwaway PostgreSQL cluster.
fn postgres_figures(dir: &Path, batches: &[PathBuf], trust: &Path) -> Vec<String> {
    use support::central::CentralBackend;
    let server = match support::central::postgres::server() {
        Ok(s) => s,
        Err(why) => {
            eprintln!("SKIP P9: PostgreSQL {why}");
            return vec![format!("P9 PostgreSQL: not run ({why})")];
        }
    };
    std::fs::create_dir_all(dir).unwrap();
    let backend = support::central::postgres::Postgres(server);
    let psql = |store: &dyn support::central::CentralFixture| {
        let mut c = Command::new("psql");
        c.arg(store.target()).args(["-v", "ON_ERROR_STOP=1", "-q"]);
        c.envs(store.env());
        c
    };
    // Baseline: the rows of every leads.csv into one table of text columns.
    let raw = backend.fresh(dir);
    let header = std::fs::read_to_string(batches[0].join("leads.csv")).unwrap();
    let columns = csv::Reader::from_reader(header.as_bytes())
        .headers()
        .unwrap()
        .len();
    let cols: Vec<String> = (1..=columns).map(|i| format!("c{i} text")).collect();
    let mut script = format!("CREATE TABLE leads ({});\n", cols.join(", "));
    for b in batches {
        script.push_str(&format!(
            "\\copy leads FROM '{}' WITH (FORMAT csv, HEADER true)\n",
            b.join("leads.csv").display()
        ));
    }
    let script_path = dir.join("copy.sql");
    std::fs::write(&script_path, script).unwrap();
    let mut copy = psql(&*raw);
    copy.arg("-f").arg(&script_path);
    // Both runs on this one server: whether it syncs its writes applies to both.
    let settings: Vec<String> = ["fsync", "full_page_writes", "default_toast_compression"]
        .iter()
        .map(|name| {
            let value = raw.rows(&format!("SELECT current_setting('{name}')"))[0][0]
                .clone()
                .unwrap_or_default();
            format!("{name}={value}")
        })
        .collect();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let raw_server_before = server.cpu_seconds();
    let (raw_time, raw_rss, raw_cpu) = measure(copy);
    std::thread::sleep(Duration::from_millis(500));
    let raw_server_cpu = raw_server_before
        .zip(server.cpu_seconds())
        .map_or("?".to_owned(), |(b, a)| format!("{:.2}", a - b));
    let raw_rows = raw.rows("SELECT count(*) FROM leads")[0][0]
        .clone()
        .unwrap_or_default();

    let store = backend.fresh(dir);
    let mut ours = leadbooth(&dir.join("central-data"));
    ours.arg("import")
        .args(batches)
        .arg("--trust")
        .arg(trust)
        .arg("--into")
        .arg(store.target())
        .envs(store.env());
    let server_before = server.cpu_seconds();
    let (ours_time, ours_rss, ours_cpu) = measure(ours);
    // The import's backend has ended with it; let the server reap it.
    std::thread::sleep(Duration::from_millis(500));
    let server_cpu = server_before
        .zip(server.cpu_seconds())
        .map_or("?".to_owned(), |(b, a)| format!("{:.2}", a - b));
    let contacts = store.rows("SELECT count(*) FROM contacts")[0][0]
        .clone()
        .unwrap_or_default();
    let ratio = ours_time.as_secs_f64() / raw_time.as_secs_f64();
    vec![
        format!(
            "P9 server: PostgreSQL throwaway cluster, {}; load average before P9: {}",
            settings.join(", "),
            load.trim()
        ),
        format!(
            "P9 raw baseline  psql \\copy of the 10 leads.csv into a fresh table:  {:>7.3} s wall, {:>5.2} s CPU (psql only), {raw_server_cpu} s server CPU, peak RSS {:>6.1} MiB ({raw_rows} rows)",
            raw_time.as_secs_f64(),
            raw_cpu,
            raw_rss as f64 / 1024.0,
        ),
        format!(
            "P9 leadbooth import into a fresh PostgreSQL database:            {:>7.3} s wall, {:>5.2} s CPU (leadbooth only), {server_cpu} s server CPU, peak RSS {:>6.1} MiB ({contacts} contacts)",
            ours_time.as_secs_f64(),
            ours_cpu,
            ours_rss as f64 / 1024.0,
        ),
        format!("P9 ratio import / copy: {ratio:.2}x wall (aim: within 3x)"),
    ]
}

/// P4 in instructions, stable on a loaded machine: callgrind's count of the
/// import of the first batch into a fresh SQLite database (every thread), at
/// 10,000 leads a batch (the 100,000 run; under callgrind a bigger one is slow).
fn instructions(dir: &Path, batch: &Path, trust: &Path) -> String {
    if leads_per_batch() > 10_000 {
        return "P4 callgrind: run at 100,000 leads only (1 batch x 10,000 leads)".into();
    }
    if Command::new("valgrind").arg("--version").output().is_err() {
        eprintln!("SKIP P4 instructions: valgrind is not installed");
        return "P4 callgrind: not run (valgrind is not installed)".into();
    }
    let mut c = Command::new("valgrind");
    c.args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(bin())
        .arg("--data-dir")
        .arg(dir.join("callgrind-data"))
        .args(["import"])
        .arg(batch)
        .arg("--trust")
        .arg(trust)
        .arg("--into")
        .arg(dir.join("callgrind.sqlite3"))
        .env_remove("LEADBOOTH_CONFIG")
        .env_remove("LEADBOOTH_DATA_DIR")
        .env("USER", "bench");
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let count = err
        .lines()
        .find_map(|l| {
            l.split_once("Collected : ")
                .map(|(_, n)| n.trim().to_owned())
        })
        .unwrap_or_else(|| "?".into());
    format!(
        "P4 callgrind: import of 1 batch x {} leads into a fresh db: {count} instructions (all threads)",
        leads_per_batch()
    )
}

/// Writes the 10 signed batches into `usb` and each laptop's public key into
/// `trust`, straight through the library's batch writer
/// ([`leadbooth::batch::write_leads`]: the files `export` writes), each lead
/// built by the library's lead builder from [`lead_line`] as `leads add` builds
/// it; the laptops in parallel. No booth database in between: saving a million
/// leads in one first would take most of the run. Returns the batch folders.
fn generate(usb: &Path, trust: &Path) -> Vec<PathBuf> {
    use leadbooth::batch::{DeviceKey, KeyProtection, LeadsBatch, write_leads};
    use leadbooth::lead::{Capture, LeadInput, Source, build_lead};
    let event = leadbooth::config::Event::demo();
    let policy = &event.policy;
    let texts = [leadbooth::policy::PolicyText {
        sha256: policy.sha256.clone(),
        last_updated: policy.last_updated_iso(),
        url: policy.url.clone(),
        text: policy.text.clone(),
    }];
    let mut batches: Vec<PathBuf> = std::thread::scope(|s| {
        let laptops: Vec<_> = (0..LAPTOPS)
            .map(|laptop| {
                let (event, texts) = (&event, &texts);
                s.spawn(move || {
                    let device_id = uuid::Uuid::new_v4();
                    let key = DeviceKey::new(usb.with_file_name(format!("keys{laptop}")));
                    key.init(device_id, KeyProtection::FileMode, false).unwrap();
                    let signer = key.signer(None).unwrap();
                    std::fs::copy(key.public_path(), trust.join(format!("laptop{laptop}.pub")))
                        .unwrap();
                    let mut previous: Option<String> = None;
                    let mut folders = Vec::new();
                    for batch in 0..BATCHES_PER_LAPTOP {
                        let capture = Capture {
                            event,
                            device_id,
                            captured_by: "bench".into(),
                            source: Source::Cli,
                            method: leadbooth::consent::ConsentMethod::StaffAssisted,
                            now: leadbooth::lead::now_utc(),
                            os_user: "bench".into(),
                        };
                        let mut leads = (0..leads_per_batch()).map(|j| {
                            let input: LeadInput =
                                serde_json::from_str(&lead_line(laptop, batch, j)).unwrap();
                            let (draft, provenance) = input.into_parts();
                            build_lead(&draft, &capture, &provenance).unwrap().0
                        });
                        let written = write_leads(
                            &LeadsBatch {
                                event,
                                device_id,
                                seq: batch as u64 + 1,
                                previous: previous.as_deref(),
                                target_dir: usb,
                                policy_texts: texts,
                            },
                            &signer,
                            &mut leads,
                        )
                        .unwrap();
                        previous = Some(written.sums_sha256);
                        folders.push(written.folder);
                    }
                    folders
                })
            })
            .collect();
        laptops
            .into_iter()
            .flat_map(|l| l.join().unwrap())
            .collect()
    });
    batches.sort();
    batches
}
