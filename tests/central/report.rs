//! `leadbooth stats` on each laptop and `leadbooth report` at the central
//! office over one known show: two laptops, three staff, two days, every
//! rating, grants, refusals, a withdrawal, an erasure, one person captured on
//! both laptops, a batch that arrives after the next one (a gap, then filled).
//! Every figure is checked against values worked out by hand below, in the
//! booth's JSON, the report's JSON and the report's HTML, on every backend.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Value, json};

use crate::support::central::{Central, CentralBackend, Laptop, assert_ok, backends, id, lead};

/// The show, worked out by hand (UTC, the batches' event is the demo event):
///
/// | lead | laptop | day   | hour | staff | rating | marketing_email | events |
/// | 1    | A      | 03-10 | 09   | Sam   | hot    | granted         | granted |
/// | 2    | A      | 03-10 | 09   | Alex  | warm   | granted         | -      |
/// | 3    | A      | 03-10 | 10   | Sam   | cold   | -               | -      |
/// | 4    | A      | 03-10 | 14   | Sam   | none   | withdrawn later | -      |
/// | 5    | A      | 03-10 | 14   | Alex  | hot    | -               | granted (erased later) |
/// | 6    | B      | 03-10 | 11   | Kim   | warm   | -               | granted | (lead 1's person)
/// | 7    | B      | 03-11 | 11   | Kim   | hot    | granted         | granted |
///
/// Batches: A1 (leads 1-3), A2 (lead 4, the withdrawal, the erasure of 5), B1.
struct Show {
    a: Laptop,
    b: Laptop,
    a1: PathBuf,
    a2: PathBuf,
    b1: PathBuf,
}

fn show() -> Show {
    let a = Laptop::new("Sam");
    let b = Laptop::new("Kim");
    a.add(&[
        lead(
            &id(1),
            "Ann",
            "Lee",
            "ann@example.com",
            "09:05",
            &["policy_ack", "marketing_email", "events"],
            json!({"rating": "hot"}),
        ),
        lead(
            &id(3),
            "Cy",
            "Doe",
            "cy@example.com",
            "10:15",
            &["policy_ack"],
            json!({"rating": "cold"}),
        ),
    ]);
    add_as(
        &a,
        "Alex",
        &[lead(
            &id(2),
            "Bob",
            "Roe",
            "bob@example.com",
            "09:40",
            &["policy_ack", "marketing_email"],
            json!({"rating": "warm"}),
        )],
    );
    let a1 = a.export();
    a.add(&[lead(
        &id(4),
        "Di",
        "Poe",
        "di@example.com",
        "14:30",
        &["policy_ack", "marketing_email"],
        json!({}),
    )]);
    add_as(
        &a,
        "Alex",
        &[lead(
            &id(5),
            "Ed",
            "Fox",
            "ed@example.com",
            "14:45",
            &["policy_ack", "events"],
            json!({"rating": "hot"}),
        )],
    );
    a.withdraw(&id(4), "marketing_email");
    a.erase(&id(5));
    let a2 = a.export();
    b.add(&[
        lead(
            &id(6),
            "Ann",
            "Lee",
            "ANN@example.com",
            "11:20",
            &["policy_ack", "events"],
            json!({"rating": "warm"}),
        ),
        lead(
            &id(7),
            "Fay",
            "Gu",
            "fay@example.com",
            "11:50",
            &["policy_ack", "marketing_email", "events"],
            json!({"rating": "hot", "captured_at": "2026-03-11T11:50:00Z"}),
        ),
    ]);
    let b1 = b.export();
    Show { a, b, a1, a2, b1 }
}

/// `leads add` on `laptop` by another staff member.
fn add_as(laptop: &Laptop, staff: &str, leads: &[Value]) {
    let input: String = leads.iter().map(|l| format!("{l}\n")).collect();
    let out = laptop
        .booth
        .run_with_stdin(&["--staff", staff, "leads", "add"], Some(input.as_bytes()));
    assert_ok(&out, "leads add");
}

/// `leadbooth stats --json --day 2026-03-10` on a laptop, in UTC.
fn booth_stats(laptop: &Laptop) -> Value {
    let out = laptop
        .booth
        .cmd(&["stats", "--json", "--day", "2026-03-10"])
        .env("TZ", "UTC")
        .output()
        .unwrap();
    assert_ok(&out, "stats --json");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `leadbooth report --json ARGS` at the central office: the one event's report.
fn report_json(central: &Central, args: &[&str]) -> Value {
    let mut all = vec!["report", "--json"];
    all.extend_from_slice(args);
    let out = central.run(&all);
    assert_ok(&out, "report --json");
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "one event, one line: {text}");
    serde_json::from_str(lines[0]).unwrap()
}

/// `{key: leads}` of a list of counts, zero counts left out.
fn counts(v: &Value) -> BTreeMap<String, u64> {
    v.as_array()
        .unwrap()
        .iter()
        .filter(|c| c["leads"].as_u64().unwrap() > 0)
        .map(|c| {
            (
                c["key"].as_str().unwrap().to_owned(),
                c["leads"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn map(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
}

/// `purpose -> (recorded, granted, not_given, withdrawn, consent %)`.
fn rates(v: &Value) -> BTreeMap<String, (u64, u64, u64, u64, f64)> {
    v["consents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["purpose"].as_str().unwrap().to_owned(),
                (
                    p["recorded"].as_u64().unwrap(),
                    p["granted"].as_u64().unwrap(),
                    p["not_given"].as_u64().unwrap(),
                    p["withdrawn"].as_u64().unwrap(),
                    p["consent_percent"].as_f64().unwrap(),
                ),
            )
        })
        .collect()
}

fn device_of(laptop: &Laptop) -> String {
    let v = booth_stats(laptop);
    v["device_id"].as_str().unwrap().to_owned()
}

#[test]
fn booth_stats_are_the_hand_computed_figures() {
    let s = show();
    let a = booth_stats(&s.a);
    assert_eq!(a["format"], "leadbooth-stats/1");
    assert_eq!(a["leads"], 4, "lead 5 is erased: not a lead any more");
    assert_eq!(a["erased"], 1);
    assert_eq!(a["day"], "2026-03-10");
    assert_eq!(a["day_leads"], 4);
    assert_eq!(
        counts(&a["day_per_hour"]),
        map(&[("09", 2), ("10", 1), ("14", 1)])
    );
    assert_eq!(a["day_per_hour"].as_array().unwrap().len(), 24);
    assert_eq!(counts(&a["per_staff"]), map(&[("Sam", 3), ("Alex", 1)]));
    assert_eq!(a["per_staff"][0]["key"], "Sam", "most first");
    assert_eq!(
        a["ratings"],
        json!({"hot": 1, "warm": 1, "cold": 1, "unrated": 1})
    );
    let r = rates(&a);
    assert_eq!(r["policy_ack"], (4, 4, 0, 0, 100.0));
    assert_eq!(r["marketing_email"], (4, 2, 1, 1, 50.0));
    assert_eq!(r["events"], (4, 1, 3, 0, 25.0));
    assert_eq!(r["marketing_phone"], (4, 0, 4, 0, 0.0));
    assert_eq!(a["export"]["leads_not_exported"], 0);
    assert_eq!(a["export"]["erasures_not_exported"], 0);
    assert_eq!(a["export"]["last_batch"]["seq"], 2);
    assert_eq!(
        a["export"]["last_batch"]["leads"], 1,
        "A2 carried lead 4 only"
    );

    let b = booth_stats(&s.b);
    assert_eq!(
        (b["leads"].as_u64(), b["day_leads"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(counts(&b["per_staff"]), map(&[("Kim", 2)]));
    // A lead saved after the export shows as not exported.
    s.b.add(&[lead(
        &id(8),
        "Gil",
        "Ho",
        "gil@example.com",
        "16:00",
        &["policy_ack"],
        json!({}),
    )]);
    let b = booth_stats(&s.b);
    assert_eq!(b["export"]["leads_not_exported"], 1);
    assert_eq!(counts(&b["day_per_hour"]), map(&[("11", 1), ("16", 1)]));

    // The text form prints the same figures.
    let text = s.a.booth.ok(&["stats", "--day", "2026-03-10"]);
    assert!(
        text.contains("leads          4 (4 on 2026-03-10, 1 erased not counted)"),
        "{text}"
    );
    // Purposes by their words in the staff language (the id stays in --json).
    assert!(
        text.contains("  email                2 / 4 = 50%"),
        "{text}"
    );
    assert!(!text.contains("marketing_email"), "{text}");
}

#[test]
fn report_json_and_html_are_the_hand_computed_figures_on_every_backend() {
    let s = show();
    let dev_a = device_of(&s.a);
    let dev_b = device_of(&s.b);
    let booth = [booth_stats(&s.a), booth_stats(&s.b)];
    for backend in backends() {
        check_report(&*backend, &s, &dev_a, &dev_b, &booth);
    }
}

fn check_report(
    backend: &dyn CentralBackend,
    s: &Show,
    dev_a: &str,
    dev_b: &str,
    booth: &[Value; 2],
) {
    let central = Central::new(backend);
    central.trust_laptop(&s.a, "a");
    central.trust_laptop(&s.b, "b");
    // A2 before A1: a gap in A's chain, open until A1 arrives.
    central.import_ok(&[s.a2.as_path(), s.b1.as_path()], &["--allow-gaps"]);
    let early = report_json(&central, &[]);
    let a_batches = |r: &Value| {
        r["batches"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["device_id"] == dev_a)
            .cloned()
            .unwrap()
    };
    assert_eq!(a_batches(&early)["open_gaps"], json!([1]), "A1 is missing");
    central.import_ok(&[s.a1.as_path()], &[]);

    let r = report_json(&central, &["--retention-days", "90"]);
    assert_eq!(r["format"], "leadbooth-report/1");
    assert_eq!(r["event_id"], "demo-2026");
    assert_eq!(r["leads"], 6);
    assert_eq!(
        counts(&r["per_day"]),
        map(&[("2026-03-10", 5), ("2026-03-11", 1)])
    );
    assert_eq!(
        counts(&r["per_hour"]),
        map(&[("09", 2), ("10", 1), ("11", 2), ("14", 1)])
    );
    assert_eq!(counts(&r["per_laptop"]), map(&[(dev_a, 4), (dev_b, 2)]));
    assert_eq!(
        counts(&r["per_staff"]),
        map(&[("Sam", 3), ("Kim", 2), ("Alex", 1)])
    );
    assert_eq!(
        r["ratings"],
        json!({"hot": 2, "warm": 2, "cold": 1, "unrated": 1})
    );
    let rr = rates(&r);
    assert_eq!(rr["policy_ack"], (6, 6, 0, 0, 100.0));
    assert_eq!(rr["marketing_email"], (6, 3, 2, 1, 50.0));
    assert_eq!(rr["events"], (6, 3, 3, 0, 50.0));
    let me = r["consents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["purpose"] == "marketing_email")
        .unwrap();
    assert_eq!(
        (
            me["refusal_percent"].as_f64(),
            me["withdrawal_percent"].as_f64()
        ),
        (Some(33.3), Some(16.7))
    );
    assert_eq!(
        (r["erasures"].as_u64(), r["withdrawals"].as_u64()),
        (Some(1), Some(1))
    );
    let days = r["removals_per_day"].as_array().unwrap();
    let sum = |k: &str| days.iter().map(|d| d[k].as_u64().unwrap()).sum::<u64>();
    assert_eq!((sum("erasures"), sum("withdrawals")), (1, 1));
    assert_eq!(
        r["duplicates"],
        json!({"contacts_across_laptops": 1, "leads_across_laptops": 2,
               "contacts_same_laptop": 0, "leads_same_laptop": 0})
    );
    let la = a_batches(&r);
    let seqs: Vec<u64> = la["batches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, [1, 2]);
    assert_eq!(
        (la["open_gaps"].clone(), la["filled_gaps"].clone()),
        (json!([]), json!([1]))
    );
    let versions = r["privacy"]["policy_versions"].as_array().unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0]["leads"], 6);
    assert_eq!(
        counts(&versions[0]["granted"]),
        map(&[("policy_ack", 6), ("marketing_email", 3), ("events", 3)])
    );
    assert_eq!(r["privacy"]["retention_days"], 90);
    assert_eq!(
        r["privacy"]["records_near_retention"]
            .as_array()
            .unwrap()
            .len(),
        6,
        "captured in March 2026, kept 90 days: every record is due"
    );
    let far = report_json(&central, &["--retention-days", "100000"]);
    assert_eq!(far["privacy"]["records_near_retention"], json!([]));
    // The erasure and the withdrawal wait for the next suppression file.
    let crm = r["privacy"]["open_crm_requests"].as_array().unwrap();
    assert!(
        crm.iter()
            .any(|c| c["action"] == "unsubscribe" && c["purpose"] == "marketing_email"),
        "{crm:?}"
    );

    // The booth's figures add up to the office's.
    for key in ["hot", "warm", "cold", "unrated"] {
        let laptops: u64 = booth
            .iter()
            .map(|b| b["ratings"][key].as_u64().unwrap())
            .sum();
        assert_eq!(laptops, r["ratings"][key].as_u64().unwrap(), "{key}");
    }
    let mut staff = counts(&booth[0]["per_staff"]);
    for (k, v) in counts(&booth[1]["per_staff"]) {
        *staff.entry(k).or_default() += v;
    }
    assert_eq!(staff, counts(&r["per_staff"]));

    // The HTML shows the same figures; a folder that does not exist yet is
    // made (a new user's `--out reports/` failed with "No such file").
    let out_dir = central.dir.path().join("reports").join("show");
    let out = central.run(&[
        "report",
        "--out",
        out_dir.to_str().unwrap(),
        "--retention-days",
        "90",
    ]);
    assert_ok(&out, "report");
    let html_path = out_dir.join("demo-2026-report.html");
    let html = std::fs::read_to_string(&html_path).unwrap();
    let figures = html_figures(&html);
    let expect = [
        ("leads", "6"),
        ("laptops", "2"),
        ("staff", "3"),
        ("per_day.2026-03-10", "5"),
        ("per_day.2026-03-11", "1"),
        ("per_hour.09", "2"),
        ("per_hour.11", "2"),
        ("per_staff.Sam", "3"),
        ("per_staff.Kim", "2"),
        ("per_staff.Alex", "1"),
        ("ratings.hot", "2"),
        ("ratings.unrated", "1"),
        ("consents.marketing_email.granted", "3"),
        ("consents.marketing_email.not_given", "2"),
        ("consents.marketing_email.withdrawn", "1"),
        ("consents.marketing_email.consent_percent", "50"),
        ("consents.marketing_email.refusal_percent", "33.3"),
        ("consents.events.granted", "3"),
        ("erasures", "1"),
        ("withdrawals", "1"),
        ("duplicates.contacts_across_laptops", "1"),
        ("duplicates.leads_across_laptops", "2"),
        ("records_near_retention", "6"),
    ];
    for (k, v) in expect {
        assert_eq!(
            figures.get(k).map(String::as_str),
            Some(v),
            "HTML figure {k}"
        );
    }
    assert_eq!(figures[&format!("per_laptop.{dev_a}")], "4");
    assert_eq!(figures[&format!("batches.{dev_a}.count")], "2");
    assert_eq!(figures[&format!("batches.{dev_a}.open_gaps")], "none");
    assert_eq!(
        figures["open_crm_requests"],
        crm.len().to_string(),
        "HTML and JSON name the same open requests"
    );
    assert_self_contained(&html);
    assert!(html.matches("<svg").count() >= 7, "a chart per section");
}

/// Every `data-k="name">value<` of the page.
pub fn html_figures(html: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = html;
    while let Some(i) = rest.find("data-k=\"") {
        rest = &rest[i + 8..];
        let end = rest.find('"').unwrap();
        let key = unescape(&rest[..end]);
        let open = rest.find('>').unwrap();
        let close = rest[open..].find('<').unwrap();
        let value = rest[open + 1..open + close]
            .trim_end_matches('%')
            .to_owned();
        out.insert(key, value);
        rest = &rest[open..];
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The page loads nothing from anywhere: no script, link, image, frame or
/// object, no `src`/`href` attribute, no CSS import or `url()`, no address.
pub fn assert_self_contained(html: &str) {
    let lower = html.to_lowercase();
    for bad in [
        "<script",
        "<link",
        "<img",
        "<iframe",
        "<object",
        "<embed",
        "<image",
        "<use",
        "<base",
        "<audio",
        "<video",
        "<source",
        "src=",
        "href=",
        "@import",
        "url(",
        "http:",
        "https:",
        "@font-face",
    ] {
        assert!(!lower.contains(bad), "the report contains {bad:?}");
    }
}

/// The report page in real headless Chromium: no console message at all (the
/// page has no script; a blocked load or a parse problem would log one), and
/// a screenshot with charts and text on it.
fn assert_renders(page: &std::path::Path) {
    let r = crate::support::browser::render(page);
    assert!(r.console.is_empty(), "console messages: {:#?}", r.console);
    let (w, h) = r.size;
    let share = r.inked as f64 / f64::from(w * h);
    assert!(
        share > 0.01,
        "the screenshot is nearly blank: {} of {w}x{h} pixels inked",
        r.inked
    );
}

#[test]
fn the_report_renders_in_chromium_without_console_messages() {
    if !crate::support::browser::available("report in Chromium") {
        return;
    }
    // The detector first: a page that tries to load an image and run a script
    // under the report's policy logs what was blocked.
    let dir = tempfile::tempdir().unwrap();
    let canary = dir.path().join("canary.html");
    std::fs::write(
        &canary,
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" \
         content=\"default-src 'none'\"></head><body><p>canary</p>\
         <img src=\"https://example.invalid/x.png\"></body></html>",
    )
    .unwrap();
    let r = crate::support::browser::render(&canary);
    assert!(
        !r.console.is_empty(),
        "the console detector saw nothing on the canary page"
    );

    let s = show();
    let backend = &backends()[0];
    let central = Central::new(&**backend);
    central.trust_laptop(&s.a, "a");
    central.trust_laptop(&s.b, "b");
    central.import_ok(&[s.a1.as_path(), s.a2.as_path(), s.b1.as_path()], &[]);
    let out = central.run(&["report", "--out", dir.path().to_str().unwrap()]);
    assert_ok(&out, "report");
    assert_renders(&dir.path().join("demo-2026-report.html"));
}

/// Issue 18: under a German locale the office's report is German (its
/// `<html lang>`, headings, chart titles, legend, axis, sentences, and numbers
/// with a decimal comma), its figures the same as the English page's, and it
/// renders in real Chromium as cleanly; `--json` stays language-neutral.
#[test]
fn the_report_in_german_reads_german_and_renders_in_chromium() {
    let s = show();
    let backend = &backends()[0];
    let central = Central::new(&**backend);
    central.trust_laptop(&s.a, "a");
    central.trust_laptop(&s.b, "b");
    central.import_ok(&[s.a1.as_path(), s.a2.as_path(), s.b1.as_path()], &[]);
    let dir = tempfile::tempdir().unwrap();
    let (en_dir, de_dir) = (dir.path().join("en"), dir.path().join("de"));
    let out = central.run(&["report", "--out", en_dir.to_str().unwrap()]);
    assert_ok(&out, "report");
    let out = central.run_in(
        "de_DE.UTF-8",
        &["report", "--out", de_dir.to_str().unwrap()],
    );
    assert_ok(&out, "report (de)");
    let read =
        |d: &std::path::Path| std::fs::read_to_string(d.join("demo-2026-report.html")).unwrap();
    let (english, german) = (read(&en_dir), read(&de_dir));
    assert!(german.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
    for said in [
        "Demo Expo 2026 (demo-2026): Messebericht",
        "<h2>Leads pro Tag</h2>",
        "<h2>Einwilligung und Ablehnung pro Zweck</h2>",
        "<h2>Datenschutz: Einwilligungen nach Version der Datenschutzerklärung</h2>",
        "Gelöschte Leads zählen nicht als Leads.",
        // The chart's legend and axis (SVG text).
        ">nicht erteilt<",
        ">widerrufen<",
    ] {
        assert!(german.contains(said), "the German report lacks {said:?}");
    }
    for english_only in [
        "show report",
        "Leads per day",
        ">not given<",
        "Erased leads",
    ] {
        assert!(english.contains(english_only), "{english_only}");
        assert!(
            !german.contains(english_only),
            "{english_only} on the German page"
        );
    }
    // The same figures; a percentage with a decimal comma.
    let (en, de) = (html_figures(&english), html_figures(&german));
    assert_eq!(en.keys().collect::<Vec<_>>(), de.keys().collect::<Vec<_>>());
    assert_eq!(en["consents.marketing_email.refusal_percent"], "33.3");
    assert_eq!(de["consents.marketing_email.refusal_percent"], "33,3");
    assert_eq!(de["leads"], en["leads"]);
    assert_eq!(
        de[&format!("batches.{}.open_gaps", device_of(&s.a))],
        "keine"
    );
    assert_self_contained(&german);
    // `--json` is the same whatever the locale.
    let json = |lang: &str| {
        let out = central.run_in(lang, &["report", "--json"]);
        assert_ok(&out, "report --json");
        let mut v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["generated_at"] = Value::Null;
        v
    };
    assert_eq!(json("de_DE.UTF-8"), json("C.UTF-8"));
    if crate::support::browser::available("German report in Chromium") {
        assert_renders(&de_dir.join("demo-2026-report.html"));
    }
}

/// Tag names in the page (`<name` and `</name`).
fn tags(html: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for (i, _) in html.match_indices('<') {
        let name: String = html[i + 1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        out.insert(name.to_lowercase());
    }
    out
}

#[test]
fn stored_text_from_the_big_list_of_naughty_strings_is_escaped_everywhere() {
    use leadbooth::consent::Decision;
    use leadbooth::stats::{ConsentFact, EventReport, LeadFact, ReportFacts, ReportOptions, Tally};

    let blns: Vec<String> = serde_json::from_str(
        &std::fs::read_to_string(crate::support::corpus().join("blns.json")).unwrap(),
    )
    .unwrap();
    let now = chrono::Utc::now();
    let utc = chrono::FixedOffset::east_opt(0).unwrap();
    let mut tally = Tally::new(utc, &[]);
    for (i, s) in blns.iter().enumerate() {
        tally.add(&LeadFact {
            lead_id: uuid::Uuid::from_u128(i as u128 + 1),
            contact_id: Some(uuid::Uuid::from_u128(i as u128 + 1)),
            device_id: uuid::Uuid::from_u128(1),
            captured_at: now - chrono::Duration::minutes(i as i64),
            captured_by: s.clone(),
            rating: None,
            policy_sha256: s.clone(),
            consents: vec![ConsentFact {
                purpose: s.chars().take(30).collect(),
                decision: Decision::Granted,
                expires_at: Some(now),
            }],
        });
    }
    let name = blns.iter().find(|s| s.contains("<script")).unwrap().clone();
    let report = EventReport::new(
        &tally,
        ReportFacts {
            event_id: "blns".into(),
            event_name: name.clone(),
            source: blns[blns.len() / 2].clone(),
            batches: vec![],
            gaps: vec![],
            removals: vec![],
            crm: vec![],
        },
        now,
        ReportOptions {
            within_days: 30,
            retention_days: Some(1),
        },
    );
    let html = leadbooth::report::html::page(&report, leadbooth::i18n::Language::En);
    let allowed: std::collections::BTreeSet<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "div", "b",
        "table", "tr", "th", "td", "code", "svg", "g", "rect", "text", "line", "polyline", "path",
        "circle", "polygon",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let found = tags(&html);
    assert!(
        found.is_subset(&allowed),
        "unexpected tags: {:?}",
        found.difference(&allowed).collect::<Vec<_>>()
    );
    assert_eq!(
        html.matches("<style>").count(),
        1,
        "only the page's own style"
    );
    assert!(!html.to_lowercase().contains("<script"));
    // Each staff name reads back from its cell as stored (control characters
    // apart, which become U+FFFD).
    let figures = html_figures(&html);
    for s in &blns {
        let shown_as_is = |c: char| {
            !c.is_control() && !matches!(c as u32, 0xFDD0..=0xFDEF) && (c as u32 & 0xFFFE) != 0xFFFE
        };
        if !s.chars().all(shown_as_is) {
            continue;
        }
        let key = format!("per_staff.{s}");
        assert!(
            figures.contains_key(&key),
            "staff {s:?} has no cell of its own"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("blns-report.html");
    std::fs::write(&page, &html).unwrap();
    if crate::support::browser::available("BLNS report in Chromium") {
        assert_renders(&page);
    }
}
