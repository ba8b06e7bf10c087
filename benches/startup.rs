//! P5: time from process start to the first frame drawn, and peak RSS, with
//! 100,000 leads in the database, side by side with an empty database. The booth
//! runs in a pseudo-terminal (`script`) and reports through the
//! `LEADBOOTH_BENCH_FIRST_FRAME` hook, which only the `test-hooks` feature
//! compiles in (`cargo bench` turns it on; a release build has none). Run with
//! `cargo bench --bench startup`.
#![allow(clippy::unwrap_used)] // a benchmark may unwrap: a failure stops the run at its line

use std::path::Path;
use std::process::Command;

use leadbooth::config::Event;
use leadbooth::consent::ConsentMethod;
use leadbooth::lead::{
    Capture, ConsentDecision, Contact, LeadDraft, Provenance, Source, build_lead, now_utc,
};
use leadbooth::paths::DataDir;
use leadbooth::store::{Store, StoreError};

fn fill(dir: &Path, n: usize) {
    let event = Event::demo();
    let mut store = Store::open(&DataDir::new(dir)).unwrap();
    store.record_policy(&event.policy).unwrap();
    let ctx = Capture {
        event: &event,
        device_id: store.device_id(),
        captured_by: "bench".into(),
        source: Source::Staff,
        method: ConsentMethod::StaffAssisted,
        now: now_utc(),
        os_user: "bench".into(),
    };
    let leads = (0..n).map(|i| {
        let draft = LeadDraft {
            contact: Contact {
                first_name: format!("Person{i}"),
                last_name: "Bench".into(),
                email: format!("p{i}@example.com"),
                company: "Acme".into(),
                ..Default::default()
            },
            notes: "met at the booth".into(),
            consents: event
                .purposes
                .iter()
                .map(|p| ConsentDecision::new(&p.id, p.required))
                .collect(),
            ..Default::default()
        };
        build_lead(&draft, &ctx, &Provenance::default())
            .map(|(l, _)| l)
            .map_err(|e| StoreError::NoSuchLead(e.to_string()))
    });
    store.save_all(leads, "bench", "lead_added").unwrap();
}

/// Median first-frame time (ms) and the largest peak RSS (KiB) over `runs` starts.
fn first_frame(data: &Path, runs: usize) -> (f64, u64) {
    let report = data.join("first-frame.txt");
    let mut times = Vec::new();
    let mut rss = 0;
    for _ in 0..runs {
        let _ = std::fs::remove_file(&report);
        let cmd = format!(
            "{} --data-dir {} --staff bench",
            env!("CARGO_BIN_EXE_leadbooth"),
            data.display()
        );
        let status = Command::new("script")
            .args(["-qec", &cmd, "/dev/null"])
            .env("LEADBOOTH_BENCH_FIRST_FRAME", &report)
            .env("TERM", "xterm-256color")
            .env_remove("LEADBOOTH_CONFIG")
            .stdout(std::process::Stdio::null())
            .status()
            .expect("script(1) from util-linux runs the booth in a pty");
        assert!(status.success(), "booth run failed: {status:?}");
        let text =
            std::fs::read_to_string(&report).expect("the booth wrote its first-frame report");
        for line in text.lines() {
            if let Some(v) = line.strip_prefix("first_frame_ms=") {
                times.push(v.parse::<f64>().unwrap());
            }
            if let Some(v) = line.strip_prefix("peak_rss_kib=") {
                rss = rss.max(v.parse::<u64>().unwrap_or(0));
            }
        }
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], rss)
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("startup bench: run with `cargo bench --bench startup`");
        return;
    }
    let empty = tempfile::tempdir().unwrap();
    fill(empty.path(), 0);
    let full = tempfile::tempdir().unwrap();
    fill(full.path(), 100_000);
    let (t0, r0) = first_frame(empty.path(), 7);
    let (t1, r1) = first_frame(full.path(), 7);
    let text = format!(
        "leadbooth startup bench, {} cores, {}\n\
         P5 first frame (median of 7): 100,000 leads {t1:.1} ms, empty database {t0:.1} ms, ratio {:.2}\n\
         P5 peak RSS at first frame: 100,000 leads {} KiB, empty database {} KiB, ratio {:.2}\n",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        leadbooth::lead::rfc3339(&now_utc()),
        t1 / t0,
        r1,
        r0,
        r1 as f64 / r0.max(1) as f64
    );
    print!("{text}");
    let results = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/results");
    let _ = std::fs::create_dir_all(&results);
    let _ = std::fs::write(results.join("startup.txt"), text);
}
