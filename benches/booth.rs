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
            last_name: format!("Tester{i}"),
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
    p7_search_in_the_app(out, event, store, median(store_times));
}

/// The same search through the booth app: F2 opens the list of the newest
/// leads, then each key typed into the search box, timed from the key to the
/// new rows being in the list (the search runs in the update step).
fn p7_search_in_the_app(out: &mut Vec<String>, event: Event, store: Store, store_median: Duration) {
    use leadbooth::tui::theme::Theme;
    use leadbooth::tui::{App, BoothMode, Staffing};
    use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent};
    let mut app = App::new(
        event,
        store,
        BoothMode::Staff,
        Staffing::Known("bench".into()),
        Theme::monochrome(),
    )
    .unwrap();
    let mut now = Instant::now();
    let mut key = |app: &mut App, code: KeyCode| {
        now += Duration::from_millis(150); // a person's pace, never a scanner burst
        let t = Instant::now();
        app.handle_event_at(TermEvent::Key(KeyEvent::from(code)), now);
        t.elapsed()
    };
    let f2 = key(&mut app, KeyCode::F(2));
    out.push(format!(
        "P7 app: F2 (the newest {} leads) in {:.1} ms",
        app.leads().map_or(0, |l| l.rows().len()),
        f2.as_secs_f64() * 1e3
    ));
    let mut all = Vec::new();
    for query in [
        "ann",
        "zolkiewski",
        "muller",
        "tester99999",
        "zzz-no-match",
        "person12345@",
        "hooli",
    ] {
        for c in query.chars() {
            all.push(key(&mut app, KeyCode::Char(c)));
        }
        out.push(format!(
            "P7 app: typing {query:?}: {} shown",
            app.leads().map_or(0, |l| l.rows().len())
        ));
        all.push(key(&mut app, KeyCode::Esc));
    }
    let n = all.len();
    let m = median(all.clone());
    let worst = all.into_iter().max().unwrap_or_default();
    out.push(format!(
        "P7 app keystroke at 100,000 leads: median {:.2} ms, worst {:.2} ms ({n} keys; aim: \
         every one under 5 ms); median ratio to the store's search {:.2}",
        m.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3,
        m.as_secs_f64() / store_median.as_secs_f64()
    ));
}

fn main() {
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
