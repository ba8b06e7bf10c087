//! The library API the booth's export screen (F5) and the central import use:
//! what goes into each incremental batch, erasures, the chain, progress, and
//! changes made while an export runs.

use chrono::{DateTime, Utc};
use leadbooth::batch::{
    self, DeviceKey, ErasureRecord, ExportOutcome, ExportRequest, ExportedBatch, KeyProtection,
    Signer,
};
use leadbooth::config::Event;
use leadbooth::consent::ConsentMethod;
use leadbooth::lead::{
    Capture, ConsentDecision, Contact, Lead, LeadDraft, Provenance, Source, build_lead, now_utc,
};
use leadbooth::paths::DataDir;
use leadbooth::store::Store;

struct Setup {
    _tmp: tempfile::TempDir,
    data: DataDir,
    target: std::path::PathBuf,
    event: Event,
    store: Store,
    signer: Signer,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::new(tmp.path().join("data"));
    let target = tmp.path().join("out");
    std::fs::create_dir(&target).unwrap();
    let event = Event::demo();
    let store = Store::open(&data).unwrap();
    store.record_policy(&event.policy).unwrap();
    let key = DeviceKey::of(&data);
    key.init(store.device_id(), KeyProtection::FileMode, false)
        .unwrap();
    let signer = key.signer(None).unwrap();
    Setup {
        _tmp: tmp,
        data,
        target,
        event,
        store,
        signer,
    }
}

fn lead(event: &Event, device: uuid::Uuid, name: &str, event_id: Option<&str>) -> Lead {
    let draft = LeadDraft {
        contact: Contact {
            first_name: name.into(),
            email: format!("{name}@example.com"),
            ..Default::default()
        },
        consents: event
            .purposes
            .iter()
            .map(|p| ConsentDecision::new(&p.id, p.required || p.id == "marketing_email"))
            .collect(),
        ..Default::default()
    };
    let ctx = Capture {
        event,
        device_id: device,
        captured_by: "Sam".into(),
        source: Source::Staff,
        method: ConsentMethod::StaffAssisted,
        now: now_utc(),
        os_user: "sam".into(),
    };
    let prov = Provenance {
        event_id: event_id.map(String::from),
        ..Default::default()
    };
    build_lead(&draft, &ctx, &prov).unwrap().0
}

impl Setup {
    /// A connection of the test's own, to set up states directly.
    fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.data.database()).unwrap()
    }

    fn export_with(&mut self, all: bool, progress: &mut dyn FnMut(u64, u64)) -> ExportOutcome {
        batch::export(
            &mut self.store,
            &ExportRequest {
                event: &self.event,
                target_dir: &self.target,
                all,
                actor: "Sam",
                recipients: &[],
            },
            &self.signer,
            progress,
        )
        .unwrap()
    }

    fn export(&mut self, all: bool) -> ExportedBatch {
        match self.export_with(all, &mut |_, _| {}) {
            ExportOutcome::Written(b) => {
                let b = *b;
                let v = batch::verify(&b.folder, self.signer.public_key()).unwrap();
                assert_eq!(v.manifest, b.manifest);
                assert_eq!(v.sums_sha256, b.sums_sha256);
                b
            }
            other => panic!("expected a batch, got {other:?}"),
        }
    }

    fn add(&mut self, name: &str, event_id: Option<&str>) -> Lead {
        let l = lead(&self.event, self.store.device_id(), name, event_id);
        self.store.save_lead(&l, "Sam", "lead_saved").unwrap();
        l
    }
}

fn names(b: &ExportedBatch) -> Vec<String> {
    std::fs::read_to_string(b.folder.join("leads.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Lead>(l).unwrap().first_name)
        .collect()
}

fn erasures(b: &ExportedBatch) -> Vec<ErasureRecord> {
    std::fs::read_to_string(b.folder.join("erasures.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

#[test]
fn incremental_batches_follow_edits_withdrawals_and_erasures() {
    let mut s = setup();
    let a = s.add("Ann", None);
    let b = s.add("Ben", None);
    let c = s.add("Cat", None);
    s.add("Dan", Some("other-2025"));
    let p = s.store.pending_export(&s.event.id, false).unwrap();
    assert_eq!((p.leads, p.erasures, p.other_events), (3, 0, 1));

    let mut calls = Vec::new();
    let b1 = match s.export_with(false, &mut |d, t| calls.push((d, t))) {
        ExportOutcome::Written(b) => *b,
        other => panic!("{other:?}"),
    };
    assert_eq!(calls.first(), Some(&(0, 3)));
    assert_eq!(calls.last(), Some(&(3, 3)));
    assert!(calls.windows(2).all(|w| w[0].0 <= w[1].0));
    assert_eq!(
        names(&b1),
        ["Ann", "Ben", "Cat"],
        "other events' leads stay out"
    );
    assert_eq!(b1.manifest.seq, 1);
    assert!(matches!(
        s.export_with(false, &mut |_, _| {}),
        ExportOutcome::NothingNew { last_seq: Some(1) }
    ));

    // An edit, in the same second as the export: the revision trigger catches it.
    s.db()
        .execute(
            "UPDATE leads SET company = 'NewCo' WHERE lead_id = ?1",
            [a.lead_id.to_string()],
        )
        .unwrap();
    let b2 = s.export(false);
    assert_eq!(names(&b2), ["Ann"]);
    assert!(
        std::fs::read_to_string(b2.folder.join("leads.jsonl"))
            .unwrap()
            .contains("\"company\":\"NewCo\"")
    );

    // A withdrawal: the lead goes out again, and the withdrawal record with it.
    // Withdrawn now, after the consent was given (a fixed date became a
    // withdrawal before the grant once the clock passed it, which the lead
    // rules refuse and, since issue 20, verify refuses as import does).
    let withdrawn_at = leadbooth::lead::rfc3339(&leadbooth::lead::now_utc());
    let withdrawal = ErasureRecord::Withdrawal {
        lead_id: b.lead_id,
        purpose: "marketing_email".into(),
        at: at(&withdrawn_at),
        by: "Sam".into(),
        channel: None,
        device_id: None,
    };
    {
        let mut db = s.db();
        let tx = db.transaction().unwrap();
        tx.execute(
            "UPDATE consents SET withdrawn_at = ?2, withdrawn_by = 'Sam'
             WHERE lead_id = ?1 AND purpose = 'marketing_email'",
            [b.lead_id.to_string(), withdrawn_at.clone()],
        )
        .unwrap();
        crate::support::queue_erasure(&tx, &withdrawal);
        tx.commit().unwrap();
    }
    let b3 = s.export(false);
    assert_eq!(names(&b3), ["Ben"]);
    // Exported stamped with the laptop's device id (issue 13: a laptop erases
    // and withdraws only its own leads).
    assert_eq!(
        erasures(&b3),
        [withdrawal.clone().from_device(b3.manifest.device_id)]
    );
    assert_eq!(b3.manifest.erasure_count, 1);
    let csv = std::fs::read_to_string(b3.folder.join("leads.csv")).unwrap();
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.contains(",1,0,0,0,0,0,0,1,"),
        "marketing_email withdrawn, opted out: {row}"
    );

    // An erasure alone is a batch: the erased lead is never exported again.
    let erasure = ErasureRecord::Erasure {
        lead_id: c.lead_id,
        at: at("2026-11-29T13:00:00Z"),
        by: "Sam".into(),
        device_id: None,
    };
    {
        let mut db = s.db();
        let tx = db.transaction().unwrap();
        tx.execute(
            "UPDATE leads SET erased_at = '2026-11-29T13:00:00Z', erased_by = 'Sam',
                 first_name = '', email = '' WHERE lead_id = ?1",
            [c.lead_id.to_string()],
        )
        .unwrap();
        crate::support::queue_erasure(&tx, &erasure);
        tx.commit().unwrap();
    }
    let b4 = s.export(false);
    assert_eq!(names(&b4), Vec::<String>::new());
    assert_eq!(
        erasures(&b4),
        [erasure.clone().from_device(b4.manifest.device_id)]
    );
    assert_eq!(b4.manifest.captured_at, None);
    assert_eq!(std::fs::read(b4.folder.join("leads.jsonl")).unwrap(), b"");

    let b5 = s.export(true);
    assert_eq!(names(&b5), ["Ann", "Ben"]);
    let device = b5.manifest.device_id;
    assert_eq!(
        erasures(&b5),
        [withdrawal.from_device(device), erasure.from_device(device)]
    );
    assert_eq!(b5.manifest.scope, batch::Scope::All);

    let recorded = s.store.batches().unwrap();
    assert_eq!(
        recorded.iter().map(|r| r.seq).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    let chain: Vec<&ExportedBatch> = vec![&b1, &b2, &b3, &b4, &b5];
    for (prev, next) in chain.iter().zip(chain.iter().skip(1)) {
        assert_eq!(next.manifest.previous.as_ref(), Some(&prev.sums_sha256));
    }
    for (r, b) in recorded.iter().zip(&chain) {
        assert_eq!(r.sums_sha256, b.sums_sha256);
        assert_eq!(r.batch_id, b.manifest.batch_id);
        assert_eq!(r.folder, b.folder.file_name().unwrap().to_str().unwrap());
    }
    let audited = s
        .store
        .audit_log()
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "batch_exported")
        .count();
    assert_eq!(audited, 5);
}

#[test]
fn changes_made_while_an_export_runs_go_out_in_the_next_batch() {
    let mut s = setup();
    let a = s.add("Ann", None);
    s.add("Ben", None);
    let data = s.data.clone();
    let event = s.event.clone();
    let mut late = None;
    // The booth saves a lead and edits another while the export streams.
    let b1 = match s.export_with(false, &mut |done, _| {
        if done == 0 {
            let mut other = Store::open(&data).unwrap();
            let l = lead(&event, other.device_id(), "Late", None);
            other.save_lead(&l, "Sam", "lead_saved").unwrap();
            rusqlite::Connection::open(data.database())
                .unwrap()
                .execute(
                    "UPDATE leads SET job_title = 'CTO' WHERE lead_id = ?1",
                    [a.lead_id.to_string()],
                )
                .unwrap();
            late = Some(l);
        }
    }) {
        ExportOutcome::Written(b) => *b,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        names(&b1),
        ["Ann", "Ben"],
        "the snapshot taken at the start"
    );
    assert!(late.is_some());
    let b2 = s.export(false);
    assert_eq!(names(&b2), ["Ann", "Late"], "neither change was lost");
}

#[test]
fn a_second_concurrent_export_is_refused() {
    let mut s = setup();
    s.add("Ann", None);
    let data = s.data.clone();
    let event = s.event.clone();
    let signer = DeviceKey::of(&data).signer(None).unwrap();
    let target = s.target.clone();
    let mut refused = None;
    s.export_with(false, &mut |done, _| {
        if done == 0 {
            let mut other = Store::open(&data).unwrap();
            let r = batch::export(
                &mut other,
                &ExportRequest {
                    event: &event,
                    target_dir: &target,
                    all: false,
                    actor: "Alex",
                    recipients: &[],
                },
                &signer,
                &mut |_, _| {},
            );
            refused = Some(r.unwrap_err().to_string());
        }
    });
    let msg = refused.unwrap();
    assert!(msg.contains("another export is running"), "{msg}");
}

#[test]
fn a_batch_written_from_leads_in_hand_is_what_export_writes() {
    // `write_leads` (the import benchmark's generator) writes the files `export`
    // writes for the same leads, signed, and chains as it is told.
    let mut s = setup();
    let ann = s.add("Ann", None);
    let bob = s.add("Bob", None);
    let exported = s.export(false);
    let hand = s.target.join("hand");
    std::fs::create_dir(&hand).unwrap();
    let texts = s.store.policy_texts().unwrap();
    let head = |seq, previous| batch::LeadsBatch {
        event: &s.event,
        device_id: s.store.device_id(),
        seq,
        previous,
        target_dir: &hand,
        policy_texts: &texts,
    };
    let first = batch::write_leads(&head(1, None), &s.signer, &mut [ann, bob].into_iter()).unwrap();
    let v = batch::verify(&first.folder, s.signer.public_key()).unwrap();
    assert_eq!(v.manifest.lead_count, 2);
    assert_eq!(v.sums_sha256, first.sums_sha256);
    for f in [
        "leads.jsonl",
        "leads.csv",
        "erasures.jsonl",
        "policies.jsonl",
    ] {
        assert_eq!(
            std::fs::read(exported.folder.join(f)).unwrap(),
            std::fs::read(first.folder.join(f)).unwrap(),
            "{f}"
        );
    }
    let cleo = lead(&s.event, s.store.device_id(), "Cleo", None);
    let second = batch::write_leads(
        &head(2, Some(&first.sums_sha256)),
        &s.signer,
        &mut std::iter::once(cleo),
    )
    .unwrap();
    let v = batch::verify(&second.folder, s.signer.public_key()).unwrap();
    assert_eq!((v.manifest.seq, v.manifest.lead_count), (2, 1));
    assert_eq!(v.manifest.previous.as_deref(), Some(&*first.sums_sha256));
}
