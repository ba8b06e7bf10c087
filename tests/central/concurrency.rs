//! Several people importing into one central store at once: two laptops'
//! batches imported side by side leave what one import after the other leaves;
//! the same batch imported twice at once is imported once; an import killed
//! half-way leaves every batch whole or absent. Each runs on every backend (the
//! SQLite file queues its writers; PostgreSQL runs them side by side).

use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::central::{Central, CentralBackend, Laptop, assert_ok, backends, id, lead};
use serde_json::{Value, json};

/// Leads per batch; half of each laptop's attendees also visited the other
/// laptop, so both imports touch the same contacts.
const PER_BATCH: u32 = 150;

/// `n` leads of laptop `which` (0 or 1) starting at `from`: even ones are
/// shared attendees (the same emails on both laptops, and again in each batch,
/// so that both imports update the same existing contacts), odd ones its own.
fn leads(which: u32, from: u32, n: u32) -> Vec<Value> {
    (from..from + n)
        .map(|i| {
            let email = if i.is_multiple_of(2) {
                format!("shared{}@example.com", i % PER_BATCH)
            } else {
                format!("own{which}-{i}@example.com")
            };
            let granted: &[&str] = if (i + which).is_multiple_of(3) {
                &["policy_ack", "marketing_email"]
            } else {
                &["policy_ack"]
            };
            lead(
                &id(0x10_0000 * (which + 1) + i),
                &format!("First{which}"),
                &format!("Last{i}"),
                &email,
                &format!("{:02}:{:02}", 9 + which, i % 60),
                granted,
                json!({"company": format!("Co{which}"), "notes": format!("note {which}/{i}")}),
            )
        })
        .collect()
}

/// Two laptops, two batches each.
fn two_laptops() -> (Laptop, Laptop, Vec<PathBuf>, Vec<PathBuf>) {
    let a = Laptop::new("Sam");
    let b = Laptop::new("Alex");
    let mut batches = [Vec::new(), Vec::new()];
    for (which, laptop) in [&a, &b].into_iter().enumerate() {
        for part in 0..2 {
            laptop.add(&leads(which as u32, part * PER_BATCH, PER_BATCH));
            batches[which].push(laptop.export());
        }
    }
    let [ba, bb] = batches;
    (a, b, ba, bb)
}

fn central(backend: &dyn CentralBackend, a: &Laptop, b: &Laptop) -> Central {
    let c = Central::new(backend);
    c.trust_laptop(a, "laptop-a");
    c.trust_laptop(b, "laptop-b");
    c
}

fn refs(paths: &[PathBuf]) -> Vec<&Path> {
    paths.iter().map(PathBuf::as_path).collect()
}

fn spawn(central: &Central, dirs: &[&Path]) -> Child {
    central
        .import_command(dirs, &[])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn finish(child: Child) -> Output {
    let out = child.wait_with_output().unwrap();
    assert_ok(&out, "concurrent import");
    out
}

#[test]
fn two_laptops_imported_at_once_equal_one_after_the_other() {
    let (a, b, batches_a, batches_b) = two_laptops();
    for backend in backends() {
        let serial = central(&*backend, &a, &b);
        serial.import_ok(&refs(&batches_a), &[]);
        serial.import_ok(&refs(&batches_b), &[]);
        let expected = serial.contacts();
        // Each laptop's own attendees, and the shared ones once.
        assert_eq!(expected.len() as u32, 2 * PER_BATCH + PER_BATCH / 2);
        // A few rounds: each is a fresh race between the two imports.
        for round in 0..3 {
            let together = central(&*backend, &a, &b);
            let first = spawn(&together, &refs(&batches_a));
            let second = spawn(&together, &refs(&batches_b));
            for out in [finish(first), finish(second)] {
                let stdout = String::from_utf8_lossy(&out.stdout);
                assert!(
                    stdout.contains("Summary: 2 batches imported, 0 skipped"),
                    "round {round}: {stdout}"
                );
            }
            let got = together.contacts();
            assert_eq!(got.len(), expected.len(), "round {round}: contacts");
            if let Some((g, e)) = got.iter().zip(&expected).find(|(g, e)| g != e) {
                panic!(
                    "round {round}: imports side by side differ from one after the other:\n{g:?}\ninstead of\n{e:?}"
                );
            }
            for table in ["batches", "devices", "source_leads", "purposes"] {
                assert_eq!(together.count(table), serial.count(table), "{table}");
            }
        }
    }
}

#[test]
fn the_same_batch_imported_twice_at_once_is_imported_once() {
    let (a, b, batches_a, _) = two_laptops();
    for backend in backends() {
        let central = central(&*backend, &a, &b);
        let dirs = refs(&batches_a);
        let outs = [spawn(&central, &dirs), spawn(&central, &dirs)].map(finish);
        let summaries: Vec<String> = outs
            .iter()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .collect();
        let imported: usize = summaries
            .iter()
            .map(|s| s.lines().filter(|l| l.starts_with("imported ")).count())
            .sum();
        let skipped: usize = summaries
            .iter()
            .map(|s| s.matches("skipped  ").count())
            .sum();
        assert_eq!(
            (imported, skipped),
            (2, 2),
            "each batch imported once and skipped once: {summaries:?}"
        );
        assert_eq!(central.count("batches"), 2);
        assert_eq!(central.count("source_leads") as u32, 2 * PER_BATCH);
        let counted = central.value(
            "SELECT CAST(sum(leads_new + leads_merged + leads_updated + leads_ignored) AS bigint) FROM batches",
        );
        assert_eq!(counted, Some((2 * PER_BATCH).to_string()));
    }
}

/// Polls `central` until `sql` returns a count of at least `n`, or gives up.
fn wait_for(central: &Central, sql: &str, n: i64, within: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < within {
        if let Some(rows) = central.rows_if_ready(sql)
            && rows[0][0].as_deref().and_then(|v| v.parse::<i64>().ok()) >= Some(n)
        {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

#[test]
fn an_import_killed_half_way_leaves_each_batch_whole_or_absent() {
    let (a, b, batches_a, batches_b) = two_laptops();
    let all: Vec<PathBuf> = batches_a.iter().chain(&batches_b).cloned().collect();
    for backend in backends() {
        let clean = central(&*backend, &a, &b);
        clean.import_ok(&refs(&all), &[]);

        let killed = central(&*backend, &a, &b);
        let mut child = spawn(&killed, &refs(&all));
        // Killed once more leads than one batch holds are visible: in a store
        // that commits batches whole, once the second is committed, while the
        // third is on its way (in one that does not, half-way through the second).
        let committed = wait_for(
            &killed,
            "SELECT count(*) FROM source_leads",
            i64::from(PER_BATCH) + 1,
            Duration::from_secs(60),
        );
        child.kill().unwrap();
        let status = child.wait().unwrap();
        if status.success() {
            eprintln!(
                "{}: the import finished before it could be killed: nothing half-way to check",
                backend.name()
            );
        } else {
            assert!(committed, "no batch was committed within a minute");
        }
        // Every batch on file is whole: its leads are all there and counted.
        let whole = killed
            .rows_if_ready(
                "SELECT b.seq, b.lead_count, b.leads_new + b.leads_merged + b.leads_updated,
                (SELECT count(*) FROM source_leads AS s WHERE s.batch_id = b.batch_id)
             FROM batches AS b",
            )
            .unwrap_or_default();
        for row in &whole {
            assert_eq!(row[1], row[2], "batch {row:?} counted all its leads");
            assert_eq!(row[1], row[3], "batch {row:?} has all its leads on file");
        }
        let orphans = killed.rows_if_ready(
            "SELECT count(*) FROM contacts AS c
             WHERE NOT EXISTS (SELECT 1 FROM source_leads AS s WHERE s.contact_id = c.contact_id)",
        );
        if let Some(orphans) = orphans {
            assert_eq!(
                orphans[0][0].as_deref(),
                Some("0"),
                "no contact without a source"
            );
        }
        // Importing again finishes the job: the same contacts as a clean run.
        let out = killed.import_ok(&refs(&all), &[]);
        assert!(
            out.contains(&format!("{} skipped", whole.len())),
            "the batches committed before the kill are skipped: {out}"
        );
        assert_eq!(killed.contacts(), clean.contacts());
    }
}

/// Contacts that already exist, shared by two laptops (each imported one
/// batch of the same people earlier), updated by both laptops' next batches at
/// once: each brings a new lead for every shared person (other consents, other
/// details, the address in another case), and withdraws or erases some of its
/// own earlier leads of the same people. Every such contact is recomputed from
/// all its sources by both imports, so a store that let one transaction read
/// the sources before the other committed and then write its recompute over
/// the other's (PostgreSQL's READ COMMITTED) loses the other's sources from
/// the merged contact. Then each laptop's third batch brings the same new
/// addresses as the other's. (That is a batch of its own: two transactions
/// creating the same contact serialise on the email's unique index, the second
/// waits and is retried after the first commits, so a batch holding both would
/// never race on the shared contacts.) The imports side by side must leave
/// what one of the two serial orders leaves, every round.
#[test]
fn shared_contacts_updated_by_two_laptops_at_once_lose_no_update() {
    /// Shared people on file before the race, and new addresses both bring.
    const SHARED: u32 = 240;
    const NEW: u32 = 40;
    const ROUNDS: usize = 4;
    let person = |which: u32, base: u32, k: u32, at_hour: u32, case: bool| {
        let email = if case {
            format!("Person{k}@Example.com")
        } else {
            format!("person{k}@example.com")
        };
        let granted: &[&str] = match (k + which + base) % 4 {
            0 => &["policy_ack", "marketing_email"],
            1 => &["policy_ack", "marketing_email", "marketing_phone"],
            2 => &["policy_ack", "marketing_phone"],
            _ => &["policy_ack"],
        };
        lead(
            &id(base + k),
            &format!("First{which}"),
            &format!("Last{k}"),
            &email,
            &format!("{at_hour:02}:{:02}", k % 60),
            granted,
            json!({"company": format!("Co{which}-{base:x}"), "notes": format!("note {which}/{base:x}/{k}")}),
        )
    };
    let a = Laptop::new("Sam");
    let b = Laptop::new("Alex");
    // The people on file before the race: one lead of each laptop for each.
    a.add(
        &(0..SHARED)
            .map(|k| person(0, 0x20_0000, k, 9, false))
            .collect::<Vec<_>>(),
    );
    b.add(
        &(0..SHARED)
            .map(|k| person(1, 0x30_0000, k, 10, k % 2 == 0))
            .collect::<Vec<_>>(),
    );
    let (a1, b1) = (a.export(), b.export());
    // The racing batches: a new lead of each shared person on each laptop, the
    // same new addresses on both, and withdrawals and erasures of each
    // laptop's earlier leads of the shared people.
    let fresh = |which: u32, base: u32, hour: u32| {
        (0..SHARED)
            .map(|k| person(which, base, k, hour, k % 3 == which))
            .chain((0..NEW).map(|k| {
                let mut l = person(which, base + 0x1_0000, k, hour, false);
                l["email"] = json!(format!("new{which}-{k}@example.com"));
                l
            }))
            .collect::<Vec<_>>()
    };
    a.add(&fresh(0, 0x21_0000, 11));
    b.add(&fresh(1, 0x31_0000, 12));
    // The same people withdraw on both laptops (what each granted there).
    for k in (0..SHARED).step_by(8) {
        a.withdraw(&id(0x20_0000 + k), "marketing_email");
        b.withdraw(&id(0x30_0000 + k), "marketing_phone");
    }
    for k in (2..SHARED).step_by(17) {
        a.erase(&id(0x20_0000 + k));
        b.erase(&id(0x30_0000 + k));
    }
    let (a2, b2) = (a.export(), b.export());
    // Then each laptop's next batch brings the same new addresses as the
    // other's: both imports create the same contacts at once.
    let same = |which: u32, base: u32, hour: u32| {
        (0..NEW)
            .map(|k| {
                let mut l = person(which, base, k, hour, k % 2 == which);
                l["email"] = json!(format!("new{k}@example.com"));
                l
            })
            .collect::<Vec<_>>()
    };
    a.add(&same(0, 0x24_0000, 13));
    b.add(&same(1, 0x34_0000, 14));
    let (a3, b3) = (a.export(), b.export());
    let tables = [
        "batches",
        "contacts",
        "source_leads",
        "withdrawals",
        "erased_leads",
        "suppressions",
    ];
    for backend in backends() {
        let base = || {
            let c = central(&*backend, &a, &b);
            c.import_ok(&[&a1], &[]);
            c.import_ok(&[&b1], &[]);
            c
        };
        // Both serial orders: the merge does not depend on the order, but
        // what the CRM is told (suppressions) may.
        let serial = [[&a2, &a3, &b2, &b3], [&b2, &b3, &a2, &a3]].map(|order| {
            let c = base();
            for batch in order {
                c.import_ok(&[batch], &[]);
            }
            let counts: Vec<i64> = tables.iter().map(|t| c.count(t)).collect();
            (c.contacts(), counts)
        });
        assert_eq!(serial[0].0, serial[1].0, "the merge depends on the order");
        let contacts = &serial[0].0;
        assert_eq!(contacts.len() as u32, SHARED + 3 * NEW);
        let mut retries = 0;
        for round in 0..ROUNDS {
            let together = base();
            let first = spawn(&together, &[&a2, &a3]);
            let second = spawn(&together, &[&b2, &b3]);
            for out in [finish(first), finish(second)] {
                let stdout = String::from_utf8_lossy(&out.stdout);
                assert!(
                    stdout.contains("Summary: 2 batches imported, 0 skipped"),
                    "round {round}: {stdout}"
                );
            }
            let got = together.contacts();
            assert_eq!(got.len(), contacts.len(), "round {round}: contacts");
            if let Some((g, e)) = got.iter().zip(contacts).find(|(g, e)| g != e) {
                panic!(
                    "round {round} on {}: a contact updated by both imports at once differs from one after the other (a lost update):\n{g:?}\ninstead of\n{e:?}",
                    backend.name()
                );
            }
            let counts: Vec<i64> = tables.iter().map(|t| together.count(t)).collect();
            assert!(
                serial.iter().any(|(_, c)| *c == counts),
                "round {round} on {}: rows of {tables:?}: {counts:?}, serially {:?} or {:?}",
                backend.name(),
                serial[0].1,
                serial[1].1
            );
            let log = together.dir.path().join("central-data/logs/leadbooth.log");
            retries += std::fs::read_to_string(&log)
                .unwrap_or_default()
                .matches("a concurrent import conflicted")
                .count();
        }
        eprintln!(
            "{}: {retries} batch retries after a conflict in {ROUNDS} rounds",
            backend.name()
        );
    }
}
