//! `leadbooth import BATCH... --trust DIR --into FILE|postgres://… [--identity FILE]
//! [--allow-gaps] [--csv OUT [--profile hubspot|salesforce]]`: the central merge,
//! into an SQLite file or a PostgreSQL server (`--into` or `LEADBOOTH_CENTRAL`).
//!
//! Every good batch is committed on its own; refused ones are listed on stderr
//! and nothing from them is written; the exit code is 1 when any was refused
//! (after the others were imported and the CSV, if asked for, was written).

use super::words::{self, arg, msg, num};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use crate::central::{self, CentralStore, is_postgres_url};
use crate::cli::out;
use crate::i18n::msg::central as cm;
use crate::i18n::msg::commands as c;
use crate::import::{self, BatchResult, Options, Outcome, Profile, Progress, Trust};
use crate::session::Session;

/// `--profile`: which CRM's column names the CSV uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CsvProfile {
    Hubspot,
    Salesforce,
}

// `import` arguments.
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(required = true, value_name = "BATCH")]
    batches: Vec<PathBuf>,
    #[arg(long, value_name = "FILE")]
    identity: Option<PathBuf>,
    #[arg(long, value_name = "DIR")]
    trust: PathBuf,
    #[arg(
        long,
        value_name = "FILE|URL",
        env = "LEADBOOTH_CENTRAL",
        hide_env_values = true
    )]
    into: OsString,
    #[arg(long)]
    allow_gaps: bool,
    #[arg(long, value_name = "DEVICE_ID")]
    rebind: Vec<uuid::Uuid>,
    #[arg(long, value_name = "DAYS")]
    purge_older_than: Option<u32>,
    #[command(flatten)]
    crm: CrmArgs,
}

// Where and how to write the CRM file and its suppression file.
#[derive(Debug, Args)]
pub struct CrmArgs {
    #[arg(long, value_name = "OUT")]
    pub csv: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = CsvProfile::Hubspot, requires = "csv")]
    pub profile: CsvProfile,
    #[arg(long, requires = "csv")]
    pub changed_only: bool,
    #[arg(long, value_name = "FILE", requires = "csv")]
    pub suppressions: Option<PathBuf>,
}

impl CrmArgs {
    /// Refuses a CRM or suppression file whose folder is not there (a share
    /// not mounted, a typo) before anything is imported: found only after the
    /// batches were committed, the files were not written and the message
    /// named the suppression file alone.
    pub fn check_folders(&self) -> anyhow::Result<()> {
        let Some(csv) = &self.csv else {
            return Ok(());
        };
        let suppressions = self
            .suppressions
            .clone()
            .unwrap_or_else(|| import::default_suppressions_path(csv));
        for file in [csv.as_path(), suppressions.as_path()] {
            if let Some(folder) = file.parent().filter(|p| !p.as_os_str().is_empty())
                && !folder.is_dir()
            {
                anyhow::bail!(words::say(
                    cm::CSV_NO_FOLDER,
                    [
                        ("path", arg(&out::path(file).to_string())),
                        ("folder", arg(&out::path(folder).to_string())),
                    ]
                ));
            }
        }
        Ok(())
    }

    /// Writes the CRM file and its suppression file if `--csv` was given, and
    /// says what they hold.
    pub fn write(&self, db: &mut dyn CentralStore) -> anyhow::Result<()> {
        let Some(csv) = &self.csv else {
            return Ok(());
        };
        let profile = match self.profile {
            CsvProfile::Hubspot => Profile::Hubspot,
            CsvProfile::Salesforce => Profile::Salesforce,
        };
        let suppressions = self
            .suppressions
            .clone()
            .unwrap_or_else(|| import::default_suppressions_path(csv));
        let s = import::write_crm_files(
            db,
            csv,
            profile,
            self.changed_only,
            &suppressions,
            crate::lead::now_utc(),
        )?;
        let since = s
            .since
            .map(|at| crate::lead::rfc3339(&at))
            .unwrap_or_default();
        let which = match (self.changed_only, s.since) {
            (false, _) => c::CRM_WRITTEN,
            (true, Some(_)) => c::CRM_WRITTEN_CHANGED,
            (true, None) => c::CRM_WRITTEN_FIRST,
        };
        let path = out::path(&s.csv.path).to_string();
        crate::say!(
            "{}",
            words::say(
                which,
                [
                    ("profile", arg(s.csv.profile.as_str())),
                    ("path", arg(&path)),
                    ("contacts", num(s.csv.contacts)),
                    ("since", arg(&since)),
                ],
            )
        )?;
        if s.csv.profile == Profile::Salesforce
            && (s.csv.company_placeholders > 0 || s.csv.last_name_placeholders > 0)
        {
            crate::say!(
                "  {}",
                words::say(
                    c::CRM_SALESFORCE_PLACEHOLDERS,
                    [
                        ("companies", num(s.csv.company_placeholders)),
                        (
                            "company",
                            arg(&format!("{:?}", import::SALESFORCE_NO_COMPANY)),
                        ),
                        ("last_names", num(s.csv.last_name_placeholders)),
                        (
                            "last_name",
                            arg(&format!("{:?}", import::SALESFORCE_NO_LAST_NAME)),
                        ),
                    ],
                )
            )?;
        }
        if s.csv.for_review > 0 {
            crate::say!(
                "  {}",
                words::say(c::CRM_FOR_REVIEW, [("count", num(s.csv.for_review))])
            )?;
        }
        crate::say!(
            "{}",
            words::say(
                c::CRM_SUPPRESSIONS,
                [
                    ("path", arg(&out::path(&s.suppressions_path).to_string())),
                    ("deletions", num(s.deletions)),
                    ("unsubscribes", num(s.unsubscribes)),
                ],
            )
        )?;
        Ok(())
    }
}

/// Totals over all batches.
#[derive(Debug, Default)]
struct Totals {
    imported: u64,
    skipped: u64,
    refused: u64,
    new: u64,
    merged: u64,
    updated: u64,
    ignored: u64,
    erasures: u64,
    withdrawals: u64,
}

impl ImportArgs {
    /// Runs the import; needs no data dir or event.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        super::central::check_into(&self.into)?;
        self.crm.check_folders()?;
        let server = self.into.to_str().is_some_and(is_postgres_url);
        let file = Path::new(&self.into);
        if !server
            && let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty())
            && !parent.is_dir()
        {
            anyhow::bail!(words::say(
                c::IMPORT_NO_FOLDER,
                [
                    ("path", arg(&out::path(file).to_string())),
                    ("folder", arg(&out::path(parent).to_string())),
                ]
            ));
        }
        let mut trust = Trust::load(&self.trust)?;
        if let Some(path) = &self.identity {
            trust = trust.with_identity(crate::batch::Identity::load(path)?);
        }
        let mut db = central::open(&self.into)?;
        let upgraded = import::upgrade_contacts(&mut *db)?;
        if upgraded > 0 {
            crate::tell!(
                "{}",
                words::say(c::IMPORT_RECOMPUTED, [("count", num(upgraded))])
            );
        }

        let bar = if out::stderr_is_terminal() {
            let b = ProgressBar::new(0);
            b.set_style(
                ProgressStyle::with_template("{msg} {bar:30} {pos}/{len}").expect("valid template"),
            );
            b
        } else {
            ProgressBar::hidden()
        };
        let mut totals = Totals::default();
        let mut write_error = None;
        let options = Options {
            allow_gaps: self.allow_gaps,
            rebind: self.rebind.clone(),
        };
        import::import(&mut *db, &self.batches, &trust, options, &mut |p| match p {
            Progress::Verifying { done, total } => {
                bar.set_message(words::text(c::IMPORT_VERIFYING));
                bar.set_length(total);
                bar.set_position(done);
            }
            Progress::Leads { done, total } => {
                bar.set_message(words::text(c::IMPORT_IMPORTING));
                bar.set_length(total);
                bar.set_position(done);
            }
            Progress::Finished(r) => {
                let (out, err) = report(r, &mut totals);
                bar.suspend(|| {
                    if let Some(e) = err {
                        crate::tell!("leadbooth: {}", out::shown(&e));
                    }
                    if !out.is_empty()
                        && let Err(e) = crate::say!("{}", out.trim_end_matches('\n'))
                    {
                        write_error.get_or_insert(e);
                    }
                });
            }
        });
        bar.finish_and_clear();
        if let Some(e) = write_error {
            return Err(e).context("writing to standard output");
        }
        let t = &totals;
        let summary = words::say(
            msg::IMPORT_SUMMARY,
            [
                ("imported", num(t.imported)),
                ("skipped", num(t.skipped)),
                ("refused", num(t.refused)),
                ("new", num(t.new)),
                ("merged", num(t.merged)),
                ("updated", num(t.updated)),
                ("ignored", num(t.ignored)),
                ("erasures", num(t.erasures)),
                ("withdrawals", num(t.withdrawals)),
                ("contacts", num(db.contact_count()?)),
                ("db", arg(&out::shown(db.location()).to_string())),
            ],
        );
        crate::say!("{summary}")?;
        if let Some(days) = self.purge_older_than {
            let n = import::person::purge_past_retention(
                &mut *db,
                days,
                &ctx.staff_name(),
                crate::lead::now_utc(),
            )?;
            crate::say!(
                "{}",
                words::say(
                    msg::IMPORT_RETENTION,
                    [("count", num(n as u64)), ("days", num(u64::from(days)))]
                )
            )?;
        }
        self.crm.write(&mut *db)?;
        Ok(if t.refused > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }
}

/// The stdout lines and the stderr line for one batch, adding to `t`, in the
/// staff language.
fn report(r: &BatchResult, t: &mut Totals) -> (String, Option<String>) {
    let name = out::path(&r.dir).to_string();
    let batch = || ("batch", arg(&name));
    match &r.outcome {
        Outcome::Refused(why) => {
            t.refused += 1;
            let why = crate::cli::reasons::refusal(why);
            (
                String::new(),
                Some(words::say(c::IMPORT_REFUSED, [batch(), ("why", arg(&why))])),
            )
        }
        Outcome::Skipped { imported_at } => {
            t.skipped += 1;
            let at = imported_at.to_string();
            (
                words::say(c::IMPORT_SKIPPED, [batch(), ("at", arg(&at))]) + "\n",
                None,
            )
        }
        Outcome::Imported(s) => {
            t.imported += 1;
            t.new += s.leads_new;
            t.merged += s.leads_merged;
            t.updated += s.leads_updated;
            let ignored =
                s.leads_stale + s.leads_erased.len() as u64 + s.leads_person_erased.len() as u64;
            t.ignored += ignored;
            t.erasures += s.erasures_applied;
            t.withdrawals += s.withdrawals_applied;
            let (device, seq) = r.place.expect("an imported batch verified");
            let (device, seq) = (device.to_string(), seq.to_string());
            let mut out = words::say(
                c::IMPORT_BATCH,
                [
                    batch(),
                    ("device", arg(&device)),
                    ("seq", arg(&seq)),
                    ("new", num(s.leads_new)),
                    ("merged", num(s.leads_merged)),
                    ("updated", num(s.leads_updated)),
                    ("ignored", num(ignored)),
                    ("erasures", num(s.erasures_applied)),
                    ("withdrawals", num(s.withdrawals_applied)),
                ],
            );
            out.push('\n');
            let mut line = |text: String| {
                out.push_str("  ");
                out.push_str(&text);
                out.push('\n');
            };
            if let Some((from, to)) = s.gap_recorded {
                line(words::say(
                    c::IMPORT_GAP_RECORDED,
                    [
                        ("from", arg(&from.to_string())),
                        ("to", arg(&to.to_string())),
                        ("device", arg(&device)),
                    ],
                ));
            }
            if let Some((old, new)) = &s.rebound {
                line(words::say(
                    c::IMPORT_REBOUND,
                    [
                        ("device", arg(&device)),
                        ("new", arg(&new.to_string())),
                        ("old", arg(&old.to_string())),
                    ],
                ));
            }
            if s.gap_filled {
                line(words::say(c::IMPORT_GAP_FILLED, [("seq", arg(&seq))]));
            }
            for lead in &s.leads_erased {
                line(words::say(
                    c::IMPORT_IGNORED_ERASED,
                    [("id", arg(&lead.to_string()))],
                ));
            }
            for (lead, at) in &s.leads_person_erased {
                line(words::say(
                    c::IMPORT_IGNORED_PERSON_ERASED,
                    [
                        ("id", arg(&lead.to_string())),
                        ("at", arg(&crate::lead::rfc3339(at))),
                    ],
                ));
            }
            if s.leads_stale > 0 {
                line(words::say(
                    c::IMPORT_IGNORED_STALE,
                    [("count", num(s.leads_stale))],
                ));
            }
            if s.leads_without_language > 0 {
                line(words::say(
                    cm::IMPORT_NO_LANGUAGE,
                    [("count", num(s.leads_without_language))],
                ));
            }
            if s.leads_without_language_asked > 0 {
                line(words::say(
                    cm::IMPORT_NO_LANGUAGE_ASKED,
                    [("count", num(s.leads_without_language_asked))],
                ));
            }
            for contact in &s.contacts_removed {
                line(words::say(
                    c::IMPORT_CONTACT_ORPHANED,
                    [("id", arg(&contact.to_string()))],
                ));
            }
            (out, None)
        }
    }
}
