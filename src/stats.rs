//! The show's figures, computed once for every face: the booth's statistics
//! screen, `leadbooth stats [--json]`, and the central office's event report
//! (`leadbooth report`, HTML and `--json`).
//!
//! The stores read facts ([`LeadFact`]: one lead with its consent decisions;
//! for the central office also [`BatchFact`], [`GapFact`], [`RemovalFact`]) and
//! feed them to a [`Tally`]; every count, rate and chart is computed here from
//! those facts, so the booth screen, `stats --json`, the report and its JSON
//! cannot disagree. Erased leads are not counted as leads anywhere (their
//! personal data is gone; the central office deletes their rows), only as
//! erasures. No IO and no terminal here.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Timelike, Utc};
use serde::Serialize;
use uuid::Uuid;

use crate::consent::Decision;
use crate::lead::Rating;

/// The format of `stats --json` (a [`BoothStats`]).
pub const BOOTH_STATS_FORMAT: &str = "leadbooth-stats/1";
/// The format of `report --json` (an [`EventReport`]).
pub const EVENT_REPORT_FORMAT: &str = "leadbooth-report/1";

/// One lead as the figures read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadFact {
    /// The lead id.
    pub lead_id: Uuid,
    /// The contact it was merged into (central office only).
    pub contact_id: Option<Uuid>,
    /// The laptop that captured it.
    pub device_id: Uuid,
    /// When it was captured.
    pub captured_at: DateTime<Utc>,
    /// The staff member who captured it.
    pub captured_by: String,
    /// Its rating, if rated.
    pub rating: Option<Rating>,
    /// The policy version it was shown (SHA-256).
    pub policy_sha256: String,
    /// Its decision on each purpose, in the lead's order.
    pub consents: Vec<ConsentFact>,
}

/// One purpose's decision on a lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentFact {
    /// The purpose id.
    pub purpose: String,
    /// Granted, not given, withdrawn.
    pub decision: Decision,
    /// When a grant stops being relied on, if the event set a validity.
    pub expires_at: Option<DateTime<Utc>>,
}

/// A count under a name (a staff member, a laptop, a day, an hour).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    /// What is counted: the staff name, device id, `YYYY-MM-DD`, `HH`.
    pub key: String,
    /// How many leads.
    pub leads: u64,
}

/// How the leads were rated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct RatingMix {
    /// Rated hot.
    pub hot: u64,
    /// Rated warm.
    pub warm: u64,
    /// Rated cold.
    pub cold: u64,
    /// Not rated.
    pub unrated: u64,
}

impl RatingMix {
    /// (label, count) in display order.
    pub fn rows(&self) -> [(&'static str, u64); 4] {
        [
            ("hot", self.hot),
            ("warm", self.warm),
            ("cold", self.cold),
            ("unrated", self.unrated),
        ]
    }
}

/// The decisions on one purpose over the leads that recorded it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PurposeRate {
    /// The purpose id.
    pub purpose: String,
    /// Leads that recorded a decision on it.
    pub recorded: u64,
    /// Granted and not withdrawn.
    pub granted: u64,
    /// Left unticked (refused or not asked for).
    pub not_given: u64,
    /// Granted, then withdrawn.
    pub withdrawn: u64,
    /// `granted / recorded` in percent, one decimal (0 when nothing recorded).
    pub consent_percent: f64,
    /// `not_given / recorded` in percent, one decimal.
    pub refusal_percent: f64,
    /// `withdrawn / recorded` in percent, one decimal.
    pub withdrawal_percent: f64,
}

/// A percentage of `part` in `whole`, rounded to one decimal.
pub fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    (part as f64 * 1000.0 / whole as f64).round() / 10.0
}

/// The figures over a set of leads that both the booth and the central office
/// show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeadFigures {
    /// Leads (erased ones not counted).
    pub leads: u64,
    /// Leads per staff member, most first (ties by name).
    pub per_staff: Vec<Count>,
    /// The rating mix.
    pub ratings: RatingMix,
    /// Consent, refusal and withdrawal per purpose, in the event's order.
    pub consents: Vec<PurposeRate>,
}

#[derive(Debug, Clone, Copy, Default)]
struct PurposeCounts {
    granted: u64,
    not_given: u64,
    withdrawn: u64,
}

/// Adds up [`LeadFact`]s. Times are bucketed in `offset` (the booth's local
/// offset; UTC at the central office).
#[derive(Debug)]
pub struct Tally {
    offset: FixedOffset,
    leads: u64,
    staff: BTreeMap<String, u64>,
    devices: BTreeMap<Uuid, u64>,
    ratings: RatingMix,
    purposes: Vec<(String, PurposeCounts)>,
    day_hour: BTreeMap<(NaiveDate, u32), u64>,
    policies: BTreeMap<String, (u64, BTreeMap<String, u64>)>,
    contacts: HashMap<Uuid, (u64, BTreeSet<Uuid>)>,
    expiring: Vec<ExpiringConsent>,
    captured: Vec<(Uuid, DateTime<Utc>)>,
}

impl Tally {
    /// An empty tally whose days and hours are those of `offset`, with the
    /// purposes in `purposes` first (in that order; others as first seen).
    pub fn new(offset: FixedOffset, purposes: &[String]) -> Self {
        Tally {
            offset,
            leads: 0,
            staff: BTreeMap::new(),
            devices: BTreeMap::new(),
            ratings: RatingMix::default(),
            purposes: purposes
                .iter()
                .map(|p| (p.clone(), PurposeCounts::default()))
                .collect(),
            day_hour: BTreeMap::new(),
            policies: BTreeMap::new(),
            contacts: HashMap::new(),
            expiring: Vec::new(),
            captured: Vec::new(),
        }
    }

    /// Counts one (not erased) lead.
    pub fn add(&mut self, lead: &LeadFact) {
        self.leads += 1;
        *self.staff.entry(lead.captured_by.clone()).or_default() += 1;
        *self.devices.entry(lead.device_id).or_default() += 1;
        match lead.rating {
            Some(Rating::Hot) => self.ratings.hot += 1,
            Some(Rating::Warm) => self.ratings.warm += 1,
            Some(Rating::Cold) => self.ratings.cold += 1,
            None => self.ratings.unrated += 1,
        }
        let local = lead.captured_at.with_timezone(&self.offset);
        *self
            .day_hour
            .entry((local.date_naive(), local.hour()))
            .or_default() += 1;
        let policy = self.policies.entry(lead.policy_sha256.clone()).or_default();
        policy.0 += 1;
        for c in &lead.consents {
            let i = match self.purposes.iter().position(|(p, _)| *p == c.purpose) {
                Some(i) => i,
                None => {
                    self.purposes
                        .push((c.purpose.clone(), PurposeCounts::default()));
                    self.purposes.len() - 1
                }
            };
            let counts = &mut self.purposes[i].1;
            match c.decision {
                Decision::Granted => {
                    counts.granted += 1;
                    *policy.1.entry(c.purpose.clone()).or_default() += 1;
                    if let Some(at) = c.expires_at {
                        self.expiring.push(ExpiringConsent {
                            lead_id: lead.lead_id,
                            purpose: c.purpose.clone(),
                            expires_at: at,
                        });
                    }
                }
                Decision::NotGiven => counts.not_given += 1,
                Decision::Withdrawn => counts.withdrawn += 1,
            }
        }
        if let Some(contact) = lead.contact_id {
            let entry = self.contacts.entry(contact).or_default();
            entry.0 += 1;
            entry.1.insert(lead.device_id);
        }
        self.captured.push((lead.lead_id, lead.captured_at));
    }

    /// The figures both faces show.
    pub fn figures(&self) -> LeadFigures {
        let mut per_staff: Vec<Count> = self
            .staff
            .iter()
            .map(|(k, n)| Count {
                key: k.clone(),
                leads: *n,
            })
            .collect();
        per_staff.sort_by(|a, b| b.leads.cmp(&a.leads).then_with(|| a.key.cmp(&b.key)));
        LeadFigures {
            leads: self.leads,
            per_staff,
            ratings: self.ratings,
            consents: self
                .purposes
                .iter()
                .map(|(p, c)| {
                    let recorded = c.granted + c.not_given + c.withdrawn;
                    PurposeRate {
                        purpose: p.clone(),
                        recorded,
                        granted: c.granted,
                        not_given: c.not_given,
                        withdrawn: c.withdrawn,
                        consent_percent: percent(c.granted, recorded),
                        refusal_percent: percent(c.not_given, recorded),
                        withdrawal_percent: percent(c.withdrawn, recorded),
                    }
                })
                .collect(),
        }
    }

    /// Leads per hour (`00` to `23`, all 24) on `day`.
    pub fn hours_of(&self, day: NaiveDate) -> Vec<Count> {
        (0..24)
            .map(|h| Count {
                key: format!("{h:02}"),
                leads: self.day_hour.get(&(day, h)).copied().unwrap_or(0),
            })
            .collect()
    }

    /// Leads per hour of the day (`00` to `23`) over all days.
    pub fn hours(&self) -> Vec<Count> {
        let mut by_hour = [0u64; 24];
        for ((_, h), n) in &self.day_hour {
            by_hour[*h as usize % 24] += n;
        }
        by_hour
            .iter()
            .enumerate()
            .map(|(h, n)| Count {
                key: format!("{h:02}"),
                leads: *n,
            })
            .collect()
    }

    /// Leads per day, every day from the first to the last capture.
    pub fn days(&self) -> Vec<Count> {
        let mut by_day: BTreeMap<NaiveDate, u64> = BTreeMap::new();
        for ((d, _), n) in &self.day_hour {
            *by_day.entry(*d).or_default() += n;
        }
        fill_days(&by_day, |n| *n)
            .into_iter()
            .map(|(d, n)| Count {
                key: d.to_string(),
                leads: n,
            })
            .collect()
    }

    /// Leads per laptop, in device id order.
    pub fn laptops(&self) -> Vec<Count> {
        self.devices
            .iter()
            .map(|(d, n)| Count {
                key: d.to_string(),
                leads: *n,
            })
            .collect()
    }

    /// Contacts with more than one lead: across laptops and on one laptop.
    pub fn duplicates(&self) -> Duplicates {
        let mut d = Duplicates::default();
        for (n, devices) in self.contacts.values() {
            if *n < 2 {
                continue;
            }
            if devices.len() > 1 {
                d.contacts_across_laptops += 1;
                d.leads_across_laptops += n;
            } else {
                d.contacts_same_laptop += 1;
                d.leads_same_laptop += n;
            }
        }
        d
    }

    /// Leads and current grants per policy version, most leads first.
    pub fn policy_versions(&self) -> Vec<PolicyVersion> {
        let mut v: Vec<PolicyVersion> = self
            .policies
            .iter()
            .map(|(sha, (n, grants))| PolicyVersion {
                sha256: sha.clone(),
                leads: *n,
                granted: self
                    .purposes
                    .iter()
                    .map(|(p, _)| Count {
                        key: p.clone(),
                        leads: grants.get(p).copied().unwrap_or(0),
                    })
                    .collect(),
            })
            .collect();
        v.sort_by(|a, b| b.leads.cmp(&a.leads).then_with(|| a.sha256.cmp(&b.sha256)));
        v
    }

    /// Current grants whose validity ends before `now + within_days` (those
    /// already past it included), soonest first.
    pub fn expiring(&self, now: DateTime<Utc>, within_days: u32) -> Vec<ExpiringConsent> {
        let limit = now + Duration::days(i64::from(within_days));
        let mut v: Vec<ExpiringConsent> = self
            .expiring
            .iter()
            .filter(|e| e.expires_at <= limit)
            .cloned()
            .collect();
        v.sort_by(|a, b| {
            (a.expires_at, a.lead_id, &a.purpose).cmp(&(b.expires_at, b.lead_id, &b.purpose))
        });
        v
    }

    /// Leads whose retention date (capture + `days`) falls before
    /// `now + within_days`, soonest first.
    pub fn retention_due(
        &self,
        days: u32,
        now: DateTime<Utc>,
        within_days: u32,
    ) -> Vec<RetentionDue> {
        let limit = now + Duration::days(i64::from(within_days));
        let keep = Duration::days(i64::from(days));
        let mut v: Vec<RetentionDue> = self
            .captured
            .iter()
            .filter(|(_, at)| *at + keep <= limit)
            .map(|(id, at)| RetentionDue {
                lead_id: *id,
                captured_at: *at,
                retain_until: *at + keep,
            })
            .collect();
        v.sort_by_key(|r| (r.retain_until, r.lead_id));
        v
    }
}

/// Every day from the first key to the last of `by_day`, missing days with
/// the default value.
fn fill_days<T: Clone + Default, U>(
    by_day: &BTreeMap<NaiveDate, T>,
    map: impl Fn(&T) -> U,
) -> Vec<(NaiveDate, U)> {
    let (Some(first), Some(last)) = (by_day.keys().next(), by_day.keys().next_back()) else {
        return Vec::new();
    };
    first
        .iter_days()
        .take_while(|d| d <= last)
        .map(|d| (d, map(&by_day.get(&d).cloned().unwrap_or_default())))
        .collect()
}

/// Contacts the central office merged from more than one lead of the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Duplicates {
    /// Contacts whose leads came from two or more laptops.
    pub contacts_across_laptops: u64,
    /// The leads merged into those contacts.
    pub leads_across_laptops: u64,
    /// Contacts captured twice or more on one laptop.
    pub contacts_same_laptop: u64,
    /// The leads merged into those contacts.
    pub leads_same_laptop: u64,
}

/// Leads and current grants under one policy version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyVersion {
    /// The policy version (SHA-256 of the policy text).
    pub sha256: String,
    /// Leads shown it.
    pub leads: u64,
    /// Current grants per purpose under it.
    pub granted: Vec<Count>,
}

/// A current grant near (or past) its expiry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExpiringConsent {
    /// The lead.
    pub lead_id: Uuid,
    /// The purpose.
    pub purpose: String,
    /// When the grant stops being relied on.
    #[serde(serialize_with = "ser_time")]
    pub expires_at: DateTime<Utc>,
}

/// A lead near (or past) its retention date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetentionDue {
    /// The lead.
    pub lead_id: Uuid,
    /// When it was captured.
    #[serde(serialize_with = "ser_time")]
    pub captured_at: DateTime<Utc>,
    /// Capture + the retention period.
    #[serde(serialize_with = "ser_time")]
    pub retain_until: DateTime<Utc>,
}

fn ser_time<S: serde::Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::lead::rfc3339(t))
}

fn ser_opt_time<S: serde::Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&crate::lead::rfc3339(t)),
        None => s.serialize_none(),
    }
}

// ---------------------------------------------------------------- the booth

/// The last batch this laptop wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LastBatch {
    /// Its seq.
    pub seq: u64,
    /// Its folder name.
    pub folder: String,
    /// When it was written.
    #[serde(serialize_with = "ser_time")]
    pub created_at: DateTime<Utc>,
    /// Leads in it.
    pub leads: u64,
}

/// What is not yet in a batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportState {
    /// Leads never exported or changed since their last batch.
    pub leads_not_exported: u64,
    /// Erasures and withdrawals not yet in a batch.
    pub erasures_not_exported: u64,
    /// The latest batch, if any was written.
    pub last_batch: Option<LastBatch>,
}

/// The booth's statistics screen and `leadbooth stats`: one event's leads on
/// this laptop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoothStats {
    /// [`BOOTH_STATS_FORMAT`].
    pub format: &'static str,
    /// The event id.
    pub event_id: String,
    /// This laptop.
    pub device_id: Uuid,
    /// When the figures were read.
    #[serde(serialize_with = "ser_time")]
    pub generated_at: DateTime<Utc>,
    /// The laptop's UTC offset the day and hours are counted in (`+01:00`).
    pub utc_offset: String,
    /// The day shown by the hour (today, in that offset, unless asked).
    pub day: NaiveDate,
    /// Leads captured that day.
    pub day_leads: u64,
    /// Leads per hour that day, `00` to `23`.
    pub day_per_hour: Vec<Count>,
    /// Leads of the event on this laptop: staff, ratings, consents.
    #[serde(flatten)]
    pub figures: LeadFigures,
    /// Leads erased (tombstones), not counted above.
    pub erased: u64,
    /// What the next export would carry, and the last batch.
    pub export: ExportState,
}

impl BoothStats {
    /// The figures from a tally of the event's leads on this laptop, `day`
    /// (else today) by the hour.
    pub fn new(
        tally: &Tally,
        event_id: &str,
        device_id: Uuid,
        (now, day): (DateTime<Utc>, Option<NaiveDate>),
        erased: u64,
        export: ExportState,
    ) -> Self {
        let day = day.unwrap_or_else(|| now.with_timezone(&tally.offset).date_naive());
        let per_hour = tally.hours_of(day);
        BoothStats {
            format: BOOTH_STATS_FORMAT,
            event_id: event_id.to_owned(),
            device_id,
            generated_at: now,
            utc_offset: tally.offset.to_string(),
            day,
            day_leads: per_hour.iter().map(|c| c.leads).sum(),
            day_per_hour: per_hour,
            figures: tally.figures(),
            erased,
            export,
        }
    }
}

// ------------------------------------------------------- the central office

/// One imported batch, as the report reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BatchFact {
    /// The laptop.
    pub device_id: Uuid,
    /// Its seq in the laptop's chain.
    pub seq: u64,
    /// When the laptop wrote it.
    #[serde(serialize_with = "ser_time")]
    pub created_at: DateTime<Utc>,
    /// When it was imported.
    #[serde(serialize_with = "ser_time")]
    pub imported_at: DateTime<Utc>,
    /// Leads in it.
    pub leads: u64,
    /// Erasures and withdrawals in it.
    pub erasures: u64,
}

/// A missing batch in a laptop's chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapFact {
    /// The laptop.
    pub device_id: Uuid,
    /// The missing seq.
    pub seq: u64,
    /// When it arrived after all, if it did.
    #[serde(serialize_with = "ser_opt_time")]
    pub filled_at: Option<DateTime<Utc>>,
}

/// What a removal was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalKind {
    /// A lead erased (right to erasure).
    Erasure,
    /// A consent withdrawn.
    Withdrawal,
}

/// An erasure or withdrawal a laptop sent for the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovalFact {
    /// Erasure or withdrawal.
    pub kind: RemovalKind,
    /// When it was made on the laptop.
    pub at: DateTime<Utc>,
    /// The purpose withdrawn.
    pub purpose: Option<String>,
}

/// A request the CRM has not yet been given (a deletion or an unsubscribe
/// waiting for the next suppression file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrmRequest {
    /// The contact (the CRM's Leadbooth Contact ID).
    pub contact_id: Uuid,
    /// `delete` or `unsubscribe`.
    pub action: String,
    /// Why: erasure, central erasure, retention, no source, withdrawal.
    pub reason: String,
    /// The purpose withdrawn (unsubscribe).
    pub purpose: Option<String>,
    /// When it was queued.
    #[serde(serialize_with = "ser_time")]
    pub at: DateTime<Utc>,
}

/// Erasures and withdrawals on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemovalDay {
    /// `YYYY-MM-DD` (UTC).
    pub day: String,
    /// Leads erased.
    pub erasures: u64,
    /// Consents withdrawn.
    pub withdrawals: u64,
}

/// One laptop's batches, and the gaps in its chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LaptopBatches {
    /// The laptop.
    pub device_id: Uuid,
    /// Its batches of the event, by seq.
    pub batches: Vec<BatchFact>,
    /// Seqs missing from its chain and not yet arrived.
    pub open_gaps: Vec<u64>,
    /// Seqs that were missing and arrived later.
    pub filled_gaps: Vec<u64>,
}

/// The privacy officer's part of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrivacyFigures {
    /// Leads and grants per policy version.
    pub policy_versions: Vec<PolicyVersion>,
    /// The horizon, in days, of "near" below.
    pub within_days: u32,
    /// Current grants whose validity ends within the horizon (or has ended).
    pub consents_near_expiry: Vec<ExpiringConsent>,
    /// The retention period the report was asked to check, in days.
    pub retention_days: Option<u32>,
    /// Leads whose retention date falls within the horizon (or has passed).
    pub records_near_retention: Vec<RetentionDue>,
    /// Deletions and unsubscribes queued for the CRM and not yet written to a
    /// suppression file (all events: the CRM is one).
    pub open_crm_requests: Vec<CrmRequest>,
}

/// `leadbooth report`: one event at the central office.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventReport {
    /// [`EVENT_REPORT_FORMAT`].
    pub format: &'static str,
    /// The event id.
    pub event_id: String,
    /// The event's name (from its latest batch).
    pub event_name: String,
    /// When the report was made.
    #[serde(serialize_with = "ser_time")]
    pub generated_at: DateTime<Utc>,
    /// The central store it was read from (no password).
    pub source: String,
    /// Days and hours are UTC.
    pub time_zone: &'static str,
    /// Leads per day, first to last capture.
    pub per_day: Vec<Count>,
    /// Leads per hour of the day, over all days.
    pub per_hour: Vec<Count>,
    /// Leads per laptop.
    pub per_laptop: Vec<Count>,
    /// Staff, ratings, consent and refusal per purpose.
    #[serde(flatten)]
    pub figures: LeadFigures,
    /// Erasures and withdrawals per day (from the laptops' batches).
    pub removals_per_day: Vec<RemovalDay>,
    /// Erasures received in total.
    pub erasures: u64,
    /// Withdrawals received in total.
    pub withdrawals: u64,
    /// Contacts merged from more than one lead.
    pub duplicates: Duplicates,
    /// Batches received per laptop, with gaps.
    pub batches: Vec<LaptopBatches>,
    /// Policy versions, expiries, retention, CRM requests.
    pub privacy: PrivacyFigures,
}

/// What a report is asked to look at beyond the counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportOptions {
    /// "Near" expiry or retention: within this many days from now.
    pub within_days: u32,
    /// The retention period to check records against, if any.
    pub retention_days: Option<u32>,
}

/// Everything read for one event's report.
#[derive(Debug, Clone)]
pub struct ReportFacts {
    /// The event id.
    pub event_id: String,
    /// The event's name.
    pub event_name: String,
    /// The store it came from.
    pub source: String,
    /// The event's batches.
    pub batches: Vec<BatchFact>,
    /// Gaps in those laptops' chains.
    pub gaps: Vec<GapFact>,
    /// Erasures and withdrawals in the event's batches.
    pub removals: Vec<RemovalFact>,
    /// Queued CRM requests.
    pub crm: Vec<CrmRequest>,
}

impl EventReport {
    /// The report from a UTC tally of the event's leads and the other facts.
    pub fn new(
        tally: &Tally,
        facts: ReportFacts,
        now: DateTime<Utc>,
        options: ReportOptions,
    ) -> Self {
        let mut by_day: BTreeMap<NaiveDate, (u64, u64)> = BTreeMap::new();
        let (mut erasures, mut withdrawals) = (0, 0);
        for r in &facts.removals {
            let e = by_day.entry(r.at.date_naive()).or_default();
            match r.kind {
                RemovalKind::Erasure => {
                    e.0 += 1;
                    erasures += 1;
                }
                RemovalKind::Withdrawal => {
                    e.1 += 1;
                    withdrawals += 1;
                }
            }
        }
        let removals_per_day = fill_days(&by_day, |v| *v)
            .into_iter()
            .map(|(d, (e, w))| RemovalDay {
                day: d.to_string(),
                erasures: e,
                withdrawals: w,
            })
            .collect();
        let mut laptops: BTreeMap<Uuid, LaptopBatches> = BTreeMap::new();
        for b in facts.batches {
            laptops
                .entry(b.device_id)
                .or_insert_with(|| LaptopBatches {
                    device_id: b.device_id,
                    batches: Vec::new(),
                    open_gaps: Vec::new(),
                    filled_gaps: Vec::new(),
                })
                .batches
                .push(b);
        }
        for g in facts.gaps {
            if let Some(l) = laptops.get_mut(&g.device_id) {
                match g.filled_at {
                    None => l.open_gaps.push(g.seq),
                    Some(_) => l.filled_gaps.push(g.seq),
                }
            }
        }
        let batches = laptops
            .into_values()
            .map(|mut l| {
                l.batches.sort_by_key(|b| b.seq);
                l.open_gaps.sort_unstable();
                l.filled_gaps.sort_unstable();
                l
            })
            .collect();
        EventReport {
            format: EVENT_REPORT_FORMAT,
            event_id: facts.event_id,
            event_name: facts.event_name,
            generated_at: now,
            source: facts.source,
            time_zone: "UTC",
            per_day: tally.days(),
            per_hour: tally.hours(),
            per_laptop: tally.laptops(),
            figures: tally.figures(),
            removals_per_day,
            erasures,
            withdrawals,
            duplicates: tally.duplicates(),
            batches,
            privacy: PrivacyFigures {
                policy_versions: tally.policy_versions(),
                within_days: options.within_days,
                consents_near_expiry: tally.expiring(now, options.within_days),
                retention_days: options.retention_days,
                records_near_retention: options
                    .retention_days
                    .map(|d| tally.retention_due(d, now, options.within_days))
                    .unwrap_or_default(),
                open_crm_requests: facts.crm,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn lead(
        n: u128,
        dev: u128,
        contact: u128,
        at: &str,
        by: &str,
        r: Option<Rating>,
        d: &[Decision],
    ) -> LeadFact {
        LeadFact {
            lead_id: Uuid::from_u128(n),
            contact_id: Some(Uuid::from_u128(contact)),
            device_id: Uuid::from_u128(dev),
            captured_at: t(at),
            captured_by: by.into(),
            rating: r,
            policy_sha256: "p1".into(),
            consents: d
                .iter()
                .enumerate()
                .map(|(i, d)| ConsentFact {
                    purpose: ["a", "b"][i].into(),
                    decision: *d,
                    expires_at: None,
                })
                .collect(),
        }
    }

    #[test]
    fn tally_counts_staff_hours_ratings_consents_and_duplicates() {
        use Decision::*;
        let mut t = Tally::new(FixedOffset::east_opt(3600).unwrap(), &["b".into()]);
        t.add(&lead(
            1,
            1,
            10,
            "2026-11-29T09:30:00Z",
            "Sam",
            Some(Rating::Hot),
            &[Granted, NotGiven],
        ));
        t.add(&lead(
            2,
            1,
            11,
            "2026-11-29T09:59:59Z",
            "Alex",
            None,
            &[Withdrawn, Granted],
        ));
        t.add(&lead(
            3,
            2,
            10,
            "2026-11-29T23:10:00Z",
            "Sam",
            Some(Rating::Cold),
            &[NotGiven, NotGiven],
        ));
        let f = t.figures();
        assert_eq!(f.leads, 3);
        assert_eq!(
            f.per_staff[0],
            Count {
                key: "Sam".into(),
                leads: 2
            }
        );
        assert_eq!(
            (
                f.ratings.hot,
                f.ratings.warm,
                f.ratings.cold,
                f.ratings.unrated
            ),
            (1, 0, 1, 1)
        );
        // The configured purpose first, then as first seen.
        assert_eq!(f.consents[0].purpose, "b");
        assert_eq!((f.consents[0].granted, f.consents[0].not_given), (1, 2));
        assert_eq!(f.consents[1].purpose, "a");
        assert_eq!(
            (
                f.consents[1].granted,
                f.consents[1].withdrawn,
                f.consents[1].not_given
            ),
            (1, 1, 1)
        );
        assert_eq!(f.consents[1].consent_percent, 33.3);
        // 09:30Z and 09:59Z are 10h at +01:00; 23:10Z is the next day's 00h.
        let day = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert_eq!(t.hours_of(day)[10].leads, 2);
        assert_eq!(t.hours_of(day.succ_opt().unwrap())[0].leads, 1);
        assert_eq!(t.days().len(), 2);
        let d = t.duplicates();
        assert_eq!(
            (
                d.contacts_across_laptops,
                d.leads_across_laptops,
                d.contacts_same_laptop
            ),
            (1, 2, 0)
        );
    }

    #[test]
    fn percent_rounds_to_one_decimal_and_zero_of_nothing() {
        assert_eq!(percent(2, 3), 66.7);
        assert_eq!(percent(0, 0), 0.0);
        assert_eq!(percent(3, 3), 100.0);
    }

    #[test]
    fn days_without_leads_are_filled() {
        let mut t = Tally::new(FixedOffset::east_opt(0).unwrap(), &[]);
        t.add(&lead(1, 1, 1, "2026-11-27T10:00:00Z", "S", None, &[]));
        t.add(&lead(2, 1, 2, "2026-11-29T10:00:00Z", "S", None, &[]));
        let days: Vec<u64> = t.days().iter().map(|c| c.leads).collect();
        assert_eq!(days, [1, 0, 1]);
    }
}
