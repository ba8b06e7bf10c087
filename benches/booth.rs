//! Booth benchmarks (issue 7), printed side by side with their floor and ratio:
//! P1 a confirmed lead save vs a raw rusqlite commit of one row with the same
//! pragmas (the fsync floor); P7 lead-list search per keystroke at 100,000 leads,
//! in the store and through the booth app (F2, then typing into the search box),
//! with the app's ratio to the store's search.
//! Run with `cargo bench --bench booth`; results also go to bench/results/.
#![allow(clippy::unwrap_used)] // a benchmark may unwrap: a failure stops the run at its line

use std::time::{Duration, Instant};

use leadbooth::config::Event;
use leadbooth::consent::ConsentMethod;
use leadbooth::lead::{
    Capture, ConsentDecision, Contact, LeadDraft, Provenance, Source, build_lead, now_utc,
};
use leadbooth::paths::DataDir;
use leadbooth::store::Store;

fn draft(event: &Event, i: usize) -> LeadDraft {
    const FIRST: [&str; 8] = [
        "Ann", "Bo", "Chen", "Dana", "Émile", "Fatima", "Gus", "Hiro",
    ];
    const COMPANY: [&str; 5] = ["Acme", "Globex", "Initech", "Umbrella", "Hooli"];
    LeadDraft {
        contact: Contact {
            first_name: FIRST[i % FIRST.len()].into(),
            // A few accented names, so accent-free queries have something to
            // find: about 100 Żółkiewski and 200 Müller among 100,000.
            last_name: if i % 997 == 5 {
                "Żółkiewski".into()
            } else if i % 499 == 3 {
                "Müller".into()
            } else {
                format!("Tester{i}")
            },
            email: format!("person{i}@example.com"),
            company: COMPANY[i % COMPANY.len()].into(),
            ..Default::default()
        },
        notes: "met at the booth".into(),
        consents: event
            .purposes
            .iter()
            .map(|p| ConsentDecision::new(&p.id, p.required || i.is_multiple_of(3)))
            .collect(),
        ..Default::default()
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn p1_save(out: &mut Vec<String>) {
    const N: usize = 200;
    let event = Event::demo();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&DataDir::new(dir.path())).unwrap();
    store.record_policy(&event.policy).unwrap();
    let ctx = Capture {
        event: &event,
        device_id: store.device_id(),
        captured_by: "bench".into(),
        source: Source::Staff,
        method: ConsentMethod::StaffAssisted,
        now: now_utc(),
        os_user: "sam".into(),
    };
    let mut ours = Vec::with_capacity(N);
    for i in 0..N {
        let t = Instant::now();
        let (lead, _) = build_lead(&draft(&event, i), &ctx, &Provenance::default()).unwrap();
        store.save_lead(&lead, "bench", "lead_saved").unwrap();
        ours.push(t.elapsed());
    }

    let raw_dir = tempfile::tempdir().unwrap();
    let conn = rusqlite::Connection::open(raw_dir.path().join("raw.sqlite3")).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.execute(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)",
        [],
    )
    .unwrap();
    let mut raw = Vec::with_capacity(N);
    for i in 0..N {
        let t = Instant::now();
        conn.execute("INSERT INTO t (v) VALUES (?1)", [format!("row {i}")])
            .unwrap();
        raw.push(t.elapsed());
    }
    let (o, r) = (median(ours), median(raw));
    out.push(format!(
        "P1 confirmed save (median of {N}): leadbooth {:.3} ms, raw one-row commit {:.3} ms, ratio {:.2}",
        o.as_secs_f64() * 1e3,
        r.as_secs_f64() * 1e3,
        o.as_secs_f64() / r.as_secs_f64()
    ));
}

fn p7_search(out: &mut Vec<String>) {
    const LEADS: usize = 100_000;
    let event = Event::demo();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&DataDir::new(dir.path())).unwrap();
    store.record_policy(&event.policy).unwrap();
    let ctx = Capture {
        event: &event,
        device_id: store.device_id(),
        captured_by: "bench".into(),
        source: Source::Staff,
        method: ConsentMethod::StaffAssisted,
        now: now_utc(),
        os_user: "sam".into(),
    };
    let t = Instant::now();
    let leads = (0..LEADS).map(|i| {
        build_lead(&draft(&event, i), &ctx, &Provenance::default())
            .map(|(l, _)| l)
            .map_err(|e| leadbooth::store::StoreError::NoSuchLead(e.to_string()))
    });
    store.save_all(leads, "bench", "lead_added").unwrap();
    out.push(format!(
        "P7 setup: {LEADS} leads loaded in {:.1} s",
        t.elapsed().as_secs_f64()
    ));
    // What a person types into the search box, one keystroke at a time.
    let mut worst = Duration::ZERO;
    let mut store_times = Vec::new();
    for query in [
        "a",
        "an",
        "ann",
        "ann ",
        "ann t",
        "tester9999",
        "acme",
        "person12345@",
        "zzz-no-match",
        "zolkiewski",
        "muller",
    ] {
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..5 {
            let t = Instant::now();
            hits = store.search_leads(query, 200).unwrap().len();
            times.push(t.elapsed());
        }
        let m = median(times);
        store_times.push(m);
        worst = worst.max(m);
        out.push(format!(
            "P7 search {query:?}: {hits} shown, median {:.1} ms",
            m.as_secs_f64() * 1e3
        ));
    }
    out.push(format!(
        "P7 worst keystroke at the store: {:.2} ms (aim: under 5 ms through the list)",
        worst.as_secs_f64() * 1e3
    ));
    p7_search_in_the_app(out, event, store, median(store_times), dir.path());
}

/// What a person types into the list's search box, query by query: many
/// matches, accent-free queries for accented names (and accented typing), few
/// matches and none.
const P7_QUERIES: [&str; 9] = [
    "ann",
    "zolkiewski",
    "muller",
    "müller",
    "tester99999",
    "zzz-no-match",
    "person12345@",
    "hooli",
    "qqq",
];

/// The booth app on `store`, its lead list open (F2), at `now`.
fn p7_app(event: Event, store: Store, now: &mut Instant) -> (leadbooth::tui::App, Duration) {
    use leadbooth::tui::theme::Theme;
    use leadbooth::tui::{App, BoothMode, Staffing};
    let mut app = App::new(
        event,
        store,
        BoothMode::Staff,
        Staffing::Known("bench".into()),
        Theme::monochrome(),
    )
    .unwrap();
    let f2 = p7_timed(&mut app, ratatui::crossterm::event::KeyCode::F(2), now);
    (app, f2)
}

/// One key into the app at a person's pace (never a scanner burst), timed from
/// the key to the new rows being in the list (the search runs in the update
/// step).
#[inline(never)]
fn p7_timed(
    app: &mut leadbooth::tui::App,
    code: ratatui::crossterm::event::KeyCode,
    now: &mut Instant,
) -> Duration {
    use ratatui::crossterm::event::{Event as TermEvent, KeyEvent};
    *now += Duration::from_millis(150);
    let t = Instant::now();
    app.handle_event_at(TermEvent::Key(KeyEvent::from(code)), *now);
    t.elapsed()
}

/// A search key ([`p7_timed`]); callgrind counts inside this function only
/// (`--toggle-collect`), so opening the store and the list are not counted.
#[inline(never)]
fn p7_key(
    app: &mut leadbooth::tui::App,
    code: ratatui::crossterm::event::KeyCode,
    now: &mut Instant,
) -> Duration {
    p7_timed(app, code, now)
}

/// Types `query` one key at a time into the open list's search box, then Esc
/// (not timed); each key's time.
fn p7_type(app: &mut leadbooth::tui::App, query: &str, now: &mut Instant) -> Vec<Duration> {
    use ratatui::crossterm::event::KeyCode;
    let times = query
        .chars()
        .map(|c| p7_key(app, KeyCode::Char(c), now))
        .collect();
    p7_esc(app, now);
    times
}

#[inline(never)]
fn p7_esc(app: &mut leadbooth::tui::App, now: &mut Instant) {
    use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent};
    *now += Duration::from_millis(150);
    app.handle_event_at(TermEvent::Key(KeyEvent::from(KeyCode::Esc)), *now);
}

/// The same search through the booth app: F2 opens the list of the newest
/// leads, then each query typed into the search box, key by key.
fn p7_search_in_the_app(
    out: &mut Vec<String>,
    event: Event,
    store: Store,
    store_median: Duration,
    data: &std::path::Path,
) {
    let mut now = Instant::now();
    let (mut app, f2) = p7_app(event, store, &mut now);
    out.push(format!(
        "P7 app: F2 (the newest {} leads) in {:.1} ms",
        app.leads().map_or(0, |l| l.rows().len()),
        f2.as_secs_f64() * 1e3
    ));
    // Once through untimed, so every query meets the same warm cache.
    for query in P7_QUERIES {
        p7_type(&mut app, query, &mut now);
    }
    let mut all = Vec::new();
    for query in P7_QUERIES {
        let mut runs: Vec<Vec<Duration>> = (0..5).map(|_| Vec::new()).collect();
        for run in &mut runs {
            *run = p7_type(&mut app, query, &mut now);
        }
        // Each key's median over the five runs.
        let keys: Vec<Duration> = (0..query.chars().count())
            .map(|k| median(runs.iter().map(|r| r[k]).collect()))
            .collect();
        let shown = {
            for c in query.chars() {
                p7_key(
                    &mut app,
                    ratatui::crossterm::event::KeyCode::Char(c),
                    &mut now,
                );
            }
            let n = app.leads().map_or(0, |l| l.rows().len());
            p7_esc(&mut app, &mut now);
            n
        };
        out.push(format!(
            "P7 app: typing {query:?} ({} keys): {shown} shown, per key median {:.2} ms, worst {:.2} ms",
            keys.len(),
            median(keys.clone()).as_secs_f64() * 1e3,
            keys.iter().max().unwrap().as_secs_f64() * 1e3,
        ));
        all.extend(keys);
    }
    let n = all.len();
    let m = median(all.clone());
    let worst = all.into_iter().max().unwrap_or_default();
    out.push(format!(
        "P7 app keystroke at 100,000 leads: median {:.2} ms, worst {:.2} ms ({n} keys, each the \
         median of 5 runs; aim: every one under 5 ms: {}); median ratio to the store's search {:.2}",
        m.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3,
        if worst < Duration::from_millis(5) { "met" } else { "NOT met" },
        m.as_secs_f64() / store_median.as_secs_f64()
    ));
    drop(app);
    p7_callgrind(out, data);
}

/// Instructions per keystroke, stable where wall time is not: the bench runs
/// itself under callgrind (`--p7-callgrind DATA_DIR QUERY`) on the same
/// 100,000-lead database once per query, counting only inside [`p7_key`] for
/// the query's keys (opening the store and the list are not counted).
fn p7_callgrind(out: &mut Vec<String>, data: &std::path::Path) {
    let have = std::process::Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        out.push("P7 callgrind: valgrind is not installed; no instruction counts".into());
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let mut total = (0u64, 0usize);
    for query in P7_QUERIES {
        let file = data.join("callgrind.out");
        let status = std::process::Command::new("valgrind")
            .arg("--tool=callgrind")
            .arg(format!("--callgrind-out-file={}", file.display()))
            .arg("--collect-atstart=no")
            .arg("--toggle-collect=*p7_key*")
            .arg(&exe)
            .args(["--bench", "--p7-callgrind"])
            .arg(data)
            .arg(query)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "callgrind run for {query:?}");
        let text = std::fs::read_to_string(&file).unwrap();
        let ir: u64 = text
            .lines()
            .find_map(|l| {
                l.strip_prefix("totals: ")
                    .or_else(|| l.strip_prefix("summary: "))
            })
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap();
        let keys = query.chars().count();
        total = (total.0 + ir, total.1 + keys);
        out.push(format!(
            "P7 callgrind: typing {query:?}: {:.2} M instructions per key ({keys} keys)",
            ir as f64 / keys as f64 / 1e6
        ));
    }
    out.push(format!(
        "P7 callgrind: all queries: {:.2} M instructions per key (mean of {} keys)",
        total.0 as f64 / total.1 as f64 / 1e6,
        total.1
    ));
}

/// The child of [`p7_callgrind`]: the list on the database in `data`, `query`
/// typed once (a first run: the page cache is warm from the timed runs, the
/// store's own caches are not).
fn p7_callgrind_child(data: &std::path::Path, query: &str) {
    let event = Event::demo();
    let store = Store::open(&DataDir::new(data)).unwrap();
    let mut now = Instant::now();
    let (mut app, _) = p7_app(event, store, &mut now);
    p7_type(&mut app, query, &mut now);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--p7-callgrind") {
        p7_callgrind_child(std::path::Path::new(&args[i + 1]), &args[i + 2]);
        return;
    }
    // `cargo test --benches` runs bench targets with --bench absent: stay quick then.
    if !std::env::args().any(|a| a == "--bench") {
        println!("booth bench: run with `cargo bench --bench booth`");
        return;
    }
    let mut out = vec![format!(
        "leadbooth booth bench, {} cores, {}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        leadbooth::lead::rfc3339(&now_utc())
    )];
    p1_save(&mut out);
    p7_search(&mut out);
    let text = out.join("\n") + "\n";
    print!("{text}");
    let results = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/results");
    let _ = std::fs::create_dir_all(&results);
    let _ = std::fs::write(results.join("booth.txt"), text);
}
