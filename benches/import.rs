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
//! Beside them, in the same run and on the same batches, where the gap is
//! (bench/results/README): the floor the batch format sets (P4a `leadbooth
//! verify`, P4b `minisign -V` + `sha256sum -c`, P4c the bytes read), the rows
//! leadbooth writes loaded by the databases' own bulk loaders into the same
//! schema (P4d `sqlite3 .import`, P9a `psql \copy`), and each import's CPU by
//! stage (P4e, P9b: verification threads, main thread, server).
//! `LEADBOOTH_BENCH_GENERATE_ONLY=DIR` only writes the batches (DIR/usb) and
//! the trust dir (DIR/trust), for profiling the import by hand.
//! Prints figures, asserts no time (only that the rows reload). Run with `cargo bench --bench import`
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
/// The rows baselines (P4d, P9a) run up to this many leads: each copies every
/// row the import wrote out to CSV (~5.5 kB a lead) and into a second database
/// of about that size, ~10 GB more disk a backend at 1,000,000 leads.
const ROWS_BASELINE_LEADS: usize = 100_000;
const ROWS_BASELINE_SKIPPED: &str = "{id} rows baseline: run at 100,000 leads only (at 1,000,000 its CSV and second database take ~10 GB)";

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
/// them for the process (and the children it waited for).
fn measure(cmd: Command) -> (Duration, u64, f64) {
    measure_threads(cmd, false).0
}

/// [`measure`], and with `threads` the CPU of the command's main thread and of
/// its other threads (sampled from /proc while it runs; see [`Threads`]).
fn measure_threads(cmd: Command, threads: bool) -> ((Duration, u64, f64), Option<Threads>) {
    let report = tempfile::NamedTempFile::new().unwrap();
    let errors = tempfile::NamedTempFile::new().unwrap();
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
    timed.stdout(Stdio::null()).stderr(errors.reopen().unwrap());
    let start = Instant::now();
    let mut child = timed.spawn().expect("/usr/bin/time runs");
    let mut ticks = std::collections::HashMap::new();
    let mut pid = None;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if threads {
            // The command is `time`'s only child.
            pid = pid.or_else(|| {
                std::fs::read_to_string(format!("/proc/{0}/task/{0}/children", child.id()))
                    .ok()?
                    .split_whitespace()
                    .next()?
                    .parse::<u32>()
                    .ok()
            });
            if let Some(pid) = pid {
                thread_ticks(pid, &mut ticks);
            }
            std::thread::sleep(Duration::from_millis(20));
        } else {
            std::thread::sleep(Duration::from_millis(5));
        }
    };
    let elapsed = start.elapsed();
    assert!(
        status.success(),
        "command failed: {}",
        std::fs::read_to_string(errors.path()).unwrap_or_default()
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
    // Linux reports ticks in USER_HZ, 100 a second on every platform it runs.
    let threads = pid.map(|pid| Threads {
        main: ticks.get(&pid).copied().unwrap_or(0) as f64 / 100.0,
        others: ticks
            .iter()
            .filter(|(tid, _)| **tid != pid)
            .map(|(_, t)| *t)
            .sum::<u64>() as f64
            / 100.0,
    });
    ((elapsed, peak, cpu), threads)
}

/// CPU seconds of one process's threads, by /proc, sampled while it runs: the
/// main thread (the merge and its SQL, for `import`) and all the others (the
/// batch verification: hashing, signature, the leads readers). A thread that
/// ends between two samples (every 20 ms) loses what it used since the last.
struct Threads {
    main: f64,
    others: f64,
}

/// The ticks (user + system) of each thread of `pid` now.
fn thread_ticks(pid: u32, seen: &mut std::collections::HashMap<u32, u64>) {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return;
    };
    for task in tasks.flatten() {
        let Some(tid) = task.file_name().to_str().and_then(|t| t.parse().ok()) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(task.path().join("stat")) else {
            continue;
        };
        let Some(close) = stat.rfind(')') else {
            continue;
        };
        // Fields 14 and 15 (utime, stime), the 12th and 13th after the name.
        let ticks: u64 = stat[close + 2..]
            .split(' ')
            .skip(11)
            .take(2)
            .map(|f| f.parse::<u64>().unwrap_or(0))
            .sum();
        let entry = seen.entry(tid).or_default();
        *entry = (*entry).max(ticks);
    }
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
    let ((ours_time, ours_rss, ours_cpu), ours_threads) = measure_threads(ours, true);
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
    let raw = (raw_time, raw_cpu);
    lines.push(stages("P4e", ours_cpu, ours_threads.as_ref(), None));
    lines.extend(floor_figures(
        &tmp.path().join("floor"),
        &batches,
        &trust,
        raw,
    ));
    lines.push(if total_leads <= ROWS_BASELINE_LEADS {
        sqlite_rows_baseline(&tmp.path().join("rows"), &central, raw, ours_time)
    } else {
        ROWS_BASELINE_SKIPPED.replace("{id}", "P4d")
    });
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
    let ((ours_time, ours_rss, ours_cpu), ours_threads) = measure_threads(ours, true);
    // The import's backend has ended with it; let the server reap it.
    std::thread::sleep(Duration::from_millis(500));
    let server_seconds = server_before.zip(server.cpu_seconds()).map(|(b, a)| a - b);
    let server_cpu = server_seconds.map_or("?".to_owned(), |s| format!("{s:.2}"));
    let contacts = store.rows("SELECT count(*) FROM contacts")[0][0]
        .clone()
        .unwrap_or_default();
    let ratio = ours_time.as_secs_f64() / raw_time.as_secs_f64();
    let total_leads = LAPTOPS * BATCHES_PER_LAPTOP * leads_per_batch();
    let rows = if total_leads <= ROWS_BASELINE_LEADS {
        postgres_rows_baseline(
            &dir.join("rows"),
            server,
            &*store,
            &*backend.fresh(dir),
            &psql,
        )
    } else {
        (ROWS_BASELINE_SKIPPED.replace("{id}", "P9a"), None)
    };
    let rows_ratio = rows.1.map_or(String::new(), |t| {
        format!(
            ", {:.2}x wall of P9a (the rows leadbooth wrote)",
            ours_time.as_secs_f64() / t.as_secs_f64()
        )
    });
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
        format!("P9 ratio import / copy: {ratio:.2}x wall (aim: within 3x){rows_ratio}"),
        rows.0,
        stages("P9b", ours_cpu, ours_threads.as_ref(), server_seconds),
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

/// "W s wall, C s CPU = Rw x wall, Rc x CPU of P4's raw baseline".
fn against_raw((time, cpu): (Duration, f64), (raw_time, raw_cpu): (Duration, f64)) -> String {
    format!(
        "{:>7.3} s wall, {:>5.2} s CPU = {:>5.2}x wall, {:>5.2}x CPU of the P4 raw baseline",
        time.as_secs_f64(),
        cpu,
        time.as_secs_f64() / raw_time.as_secs_f64(),
        cpu / raw_cpu.max(0.01)
    )
}

/// P4e / P9b: an import's CPU by stage, from its threads (see [`Threads`]):
/// the verification threads (hash, signature, the leads readers, parse and
/// checks) against the main thread (chain, merge, the SQL it sends and the
/// driver's encoding), and for PostgreSQL the server's CPU beside them.
fn stages(id: &str, cpu: f64, threads: Option<&Threads>, server: Option<f64>) -> String {
    let Some(t) = threads else {
        return format!("{id} import's CPU by stage: not measured (no /proc children file)");
    };
    let total = t.main + t.others;
    let share = |x: f64| 100.0 * x / total.max(0.01);
    let server = server.map_or(String::new(), |s| {
        format!(
            "; the server {s:.2} s beside them ({:.0} % of client + server)",
            100.0 * s / (cpu + s).max(0.01)
        )
    });
    format!(
        "{id} import's CPU by stage (threads, /proc every 20 ms): verification threads {:.2} s ({:.0} %), main thread (chain, merge, SQL) {:.2} s ({:.0} %); {:.2} s of {cpu:.2} s seen{server}",
        t.others,
        share(t.others),
        t.main,
        share(t.main),
        total
    )
}

/// What the batch format alone costs, the same 10 batches as P4 (page cache
/// warm, as for every figure here): P4a `leadbooth verify` of each batch (our
/// code's check of signature, sums and every lead, nothing written); P4b the
/// tools' check a recipient can run (`minisign -V` of SHA256SUMS, `sha256sum -c`);
/// P4c reading the batches' bytes (`cat > /dev/null`).
fn floor_figures(
    dir: &Path,
    batches: &[PathBuf],
    trust: &Path,
    raw: (Duration, f64),
) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    let sh = |script: &str, args: Vec<std::ffi::OsString>| {
        let mut c = Command::new("sh");
        c.arg("-c").arg(script).arg("sh").args(args);
        c
    };
    let mut verify = sh(
        r#"bin=$1; trust=$2; shift 2; for b; do "$bin" verify "$b" --trust "$trust" >/dev/null || exit 1; done"#,
        [bin().into(), trust.into()]
            .into_iter()
            .chain(batches.iter().map(|b| b.clone().into()))
            .collect(),
    );
    verify
        .env_remove("LEADBOOTH_CONFIG")
        .env_remove("LEADBOOTH_DATA_DIR")
        .env("XDG_CONFIG_HOME", dir.join("xdg"))
        .env("USER", "bench");
    let (v_time, _, v_cpu) = measure(verify);

    // Each batch's key (untimed): the one of the trust folder minisign accepts.
    let keys: Vec<PathBuf> = std::fs::read_dir(trust)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let mut pairs: Vec<std::ffi::OsString> = Vec::new();
    for b in batches {
        let key = keys
            .iter()
            .find(|k| {
                Command::new("minisign")
                    .args(["-Vqm", "SHA256SUMS", "-p"])
                    .arg(k)
                    .current_dir(b)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            })
            .expect("one key of the trust folder verifies each batch");
        pairs.push(b.clone().into());
        pairs.push(key.clone().into());
    }
    let tools = sh(
        r#"while [ $# -gt 0 ]; do (cd "$1" && minisign -Vqm SHA256SUMS -p "$2" && sha256sum -c --quiet SHA256SUMS) || exit 1; shift 2; done"#,
        pairs,
    );
    let (t_time, _, t_cpu) = measure(tools);

    let files: Vec<std::ffi::OsString> = batches
        .iter()
        .flat_map(|b| std::fs::read_dir(b).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(Into::into)
        .collect();
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).unwrap().len())
        .sum();
    let count = files.len();
    let (c_time, _, c_cpu) = measure(sh(r#"cat "$@" > /dev/null"#, files));
    vec![
        format!(
            "P4a floor in our code: leadbooth verify of the 10 batches (signature, sums, every lead parsed and checked): {}",
            against_raw((v_time, v_cpu), raw)
        ),
        format!(
            "P4b floor of the tools: minisign -V + sha256sum -c of the 10 batches:                                      {}",
            against_raw((t_time, t_cpu), raw)
        ),
        format!(
            "P4c floor of the bytes: cat > /dev/null of the 10 batches' {count} files ({:.1} MB, page cache warm):            {}",
            bytes as f64 / 1e6,
            against_raw((c_time, c_cpu), raw)
        ),
    ]
}

/// The tables of `names` (each with the tables it references) in an order
/// that loads every referenced table before the tables that reference it;
/// otherwise in the order given.
fn parents_first(names: Vec<(String, Vec<String>)>) -> Vec<String> {
    let mut left = names;
    let mut order: Vec<String> = Vec::new();
    while !left.is_empty() {
        let ready = left
            .iter()
            .position(|(t, refs)| {
                refs.iter()
                    .all(|r| r == t || order.contains(r) || !left.iter().any(|(l, _)| l == r))
            })
            .unwrap_or(0);
        order.push(left.remove(ready).0);
    }
    order
}

/// P4d, the fairer baseline: `sqlite3 .import` of the rows leadbooth wrote.
/// Every table the import filled is dumped to CSV (`sqlite3 -csv`), the central
/// file's schema (tables, indexes, triggers, views) made in a fresh file, and the
/// CSVs imported into it, parents first, with foreign keys on as leadbooth has
/// them. Only the import is timed. (CSV has no NULL: a NULL comes back as ''.)
fn sqlite_rows_baseline(
    dir: &Path,
    central: &Path,
    raw: (Duration, f64),
    ours: Duration,
) -> String {
    std::fs::create_dir_all(dir).unwrap();
    let query = |db: &Path, sql: &str| -> Vec<String> {
        let out = Command::new("sqlite3").arg(db).arg(sql).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    };
    let tables: Vec<(String, Vec<String>)> = query(
        central,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         ORDER BY rowid",
    )
    .into_iter()
    .map(|t| {
        let refs = query(
            central,
            &format!("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('{t}')"),
        );
        (t, refs)
    })
    .collect();
    let mut script = String::from("PRAGMA foreign_keys = ON;\n");
    let (mut rows, mut filled, mut csv_bytes) = (0u64, Vec::new(), 0u64);
    for t in parents_first(tables) {
        let n: u64 = query(central, &format!("SELECT count(*) FROM \"{t}\""))[0]
            .parse()
            .unwrap();
        if n == 0 {
            continue;
        }
        let csv = dir.join(format!("{t}.csv"));
        let out = Command::new("sqlite3")
            .args(["-csv", "-header"])
            .arg(central)
            .arg(format!("SELECT * FROM \"{t}\""))
            .output()
            .unwrap();
        assert!(out.status.success());
        csv_bytes += out.stdout.len() as u64;
        std::fs::write(&csv, out.stdout).unwrap();
        script.push_str(&format!(".import --csv --skip 1 {} {t}\n", csv.display()));
        rows += n;
        filled.push(format!("{t} {n}"));
    }
    let schema: String = query(central, ".schema")
        .into_iter()
        .filter(|l| !l.starts_with("CREATE TABLE sqlite_"))
        .collect::<Vec<_>>()
        .join("\n");
    let fresh = dir.join("fresh.sqlite3");
    std::fs::write(dir.join("schema.sql"), schema).unwrap();
    let made = Command::new("sqlite3")
        .arg(&fresh)
        .arg(format!(".read {}", dir.join("schema.sql").display()))
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    std::fs::write(dir.join("import.sql"), script).unwrap();
    let mut import = Command::new("sqlite3");
    import
        .arg(&fresh)
        .arg(format!(".read {}", dir.join("import.sql").display()));
    let (time, _, cpu) = measure(import);
    let loaded: u64 = filled
        .iter()
        .map(|f| {
            let t = f.split(' ').next().unwrap();
            query(&fresh, &format!("SELECT count(*) FROM \"{t}\""))[0]
                .parse::<u64>()
                .unwrap()
        })
        .sum();
    assert_eq!(loaded, rows, "every row of leadbooth's tables loads again");
    format!(
        "P4d rows baseline  sqlite3 .import of the rows leadbooth wrote ({rows} rows, {:.1} MB of CSV: {}) into the same schema and indexes: {}; P4 import / P4d: {:.2}x wall",
        csv_bytes as f64 / 1e6,
        filled.join(", "),
        against_raw((time, cpu), raw),
        ours.as_secs_f64() / time.as_secs_f64()
    )
}

/// P9a, the fairer baseline on PostgreSQL: `psql \copy` of the rows leadbooth
/// wrote. Every table of `imported` the import filled is copied out to CSV, its
/// schema (`pg_dump --schema-only`: tables, indexes, foreign keys, triggers,
/// views) made in the `fresh` database, and the CSVs copied into it through
/// `psql`, parents first, one `\copy` a table (each its own transaction), with
/// every index and foreign key in place. Only the copy in is timed; the
/// server's CPU beside it. Returns the line and the wall time.
fn postgres_rows_baseline(
    dir: &Path,
    server: &support::central::postgres::Server,
    imported: &dyn support::central::CentralFixture,
    fresh: &dyn support::central::CentralFixture,
    psql: &dyn Fn(&dyn support::central::CentralFixture) -> Command,
) -> (String, Option<Duration>) {
    std::fs::create_dir_all(dir).unwrap();
    let pg_dump = ["/usr/lib/postgresql/15/bin/pg_dump", "pg_dump"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").output().is_ok());
    let Some(pg_dump) = pg_dump else {
        return ("P9a rows baseline: not run (no pg_dump)".into(), None);
    };
    let refs: Vec<(String, String)> = imported
        .rows(
            "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint
             WHERE contype = 'f' AND connamespace = 'public'::regnamespace",
        )
        .into_iter()
        .map(|r| (r[0].clone().unwrap(), r[1].clone().unwrap()))
        .collect();
    let tables: Vec<(String, Vec<String>)> = imported
        .rows(
            "SELECT c.relname FROM pg_class AS c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
               AND c.relname <> 'leadbooth_migrations' ORDER BY c.oid",
        )
        .into_iter()
        .map(|r| {
            let t = r[0].clone().unwrap();
            let parents = refs
                .iter()
                .filter(|(child, _)| *child == t)
                .map(|(_, parent)| parent.clone())
                .collect();
            (t, parents)
        })
        .collect();
    let (mut out_script, mut in_script) = (String::new(), String::new());
    let (mut rows, mut filled) = (0u64, Vec::new());
    for t in parents_first(tables) {
        let n: u64 = imported.rows(&format!("SELECT count(*) FROM \"{t}\""))[0][0]
            .clone()
            .unwrap()
            .parse()
            .unwrap();
        if n == 0 {
            continue;
        }
        let csv = dir.join(format!("{t}.csv"));
        out_script.push_str(&format!(
            "\\copy \"{t}\" TO '{}' WITH (FORMAT csv, HEADER true)\n",
            csv.display()
        ));
        in_script.push_str(&format!(
            "\\copy \"{t}\" FROM '{}' WITH (FORMAT csv, HEADER true)\n",
            csv.display()
        ));
        rows += n;
        filled.push((t, n));
    }
    let run = |mut c: Command, what: &str| {
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "{what}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    std::fs::write(dir.join("out.sql"), out_script).unwrap();
    let mut out = psql(imported);
    out.arg("-f").arg(dir.join("out.sql"));
    run(out, "copying leadbooth's rows out");
    let mut dump = Command::new(pg_dump);
    dump.args(["--schema-only", "--no-owner", "--no-privileges", "-f"])
        .arg(dir.join("schema.sql"))
        .arg("-d")
        .arg(imported.target())
        .envs(imported.env());
    run(dump, "pg_dump --schema-only");
    let mut schema = psql(fresh);
    schema.arg("-f").arg(dir.join("schema.sql"));
    run(schema, "making the schema");
    std::fs::write(dir.join("in.sql"), in_script).unwrap();
    let mut copy = psql(fresh);
    copy.arg("-f").arg(dir.join("in.sql"));
    let before = server.cpu_seconds();
    let (time, _, cpu) = measure(copy);
    std::thread::sleep(Duration::from_millis(500));
    let server_cpu = before
        .zip(server.cpu_seconds())
        .map_or("?".to_owned(), |(b, a)| format!("{:.2}", a - b));
    let csv_bytes: u64 = filled
        .iter()
        .map(|(t, _)| {
            std::fs::metadata(dir.join(format!("{t}.csv")))
                .unwrap()
                .len()
        })
        .sum();
    for (t, n) in &filled {
        let loaded = fresh.rows(&format!("SELECT count(*) FROM \"{t}\""))[0][0].clone();
        assert_eq!(loaded, Some(n.to_string()), "every row of {t} loads again");
    }
    let filled: Vec<String> = filled.iter().map(|(t, n)| format!("{t} {n}")).collect();
    (
        format!(
            "P9a rows baseline  psql \\copy of the rows leadbooth wrote ({rows} rows, {:.1} MB of CSV: {}) into the same schema, indexes and foreign keys: {:>7.3} s wall, {cpu:.2} s CPU (psql only), {server_cpu} s server CPU",
            csv_bytes as f64 / 1e6,
            filled.join(", "),
            time.as_secs_f64(),
        ),
        Some(time),
    )
}
