//! `leadbooth leads ...`: list, show and add leads from the command line.

use super::words::{self, arg, msg, num};
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use clap::Subcommand;

use crate::cli::out;
use crate::consent::ConsentMethod;
use crate::i18n;
use crate::lead::{Capture, Lead, LeadInput, Source, build_lead, now_utc, rfc3339};
use crate::session::Session;
use crate::store::{Store, StoreError};
use crate::text::{sanitize_for_terminal, sanitize_line};
use unicode_width::UnicodeWidthStr as _;

// `leads` subcommands.
#[derive(Debug, Subcommand)]
pub enum LeadsCommand {
    List {
        #[arg(long)]
        json: bool,
    },
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Add {
        #[arg(default_value = "-")]
        file: PathBuf,
    },
    Erase {
        #[arg(required_unless_present = "person", conflicts_with = "person")]
        id: Option<String>,
        #[arg(long, value_name = "EMAIL|PHONE")]
        person: Option<String>,
    },
    Find {
        #[arg(value_name = "EMAIL|PHONE")]
        person: String,
        #[arg(long)]
        json: bool,
    },
    Withdraw {
        #[arg(required_unless_present = "person", conflicts_with = "person")]
        id: Option<String>,
        #[arg(long, value_name = "EMAIL|PHONE")]
        person: Option<String>,
        #[arg(long, value_name = "P")]
        purpose: String,
    },
    Purge {
        #[arg(long)]
        dry_run: bool,
    },
}

impl LeadsCommand {
    /// Runs the subcommand.
    pub fn run(self, ctx: &Session) -> anyhow::Result<ExitCode> {
        let event = ctx.event()?;
        // Reading works on a damaged or read-only database too.
        match self {
            LeadsCommand::List { json } => return list(&ctx.reading_store(&event)?, json),
            LeadsCommand::Show { id, json } => {
                return show(&ctx.reading_store(&event)?, &event, &id, json);
            }
            LeadsCommand::Find { person, json } => {
                return find(&ctx.reading_store(&event)?, &event, &person, json);
            }
            _ => {}
        }
        let mut store = ctx.store(&event)?;
        match self {
            LeadsCommand::List { .. } | LeadsCommand::Show { .. } | LeadsCommand::Find { .. } => {
                unreachable!()
            }
            LeadsCommand::Add { file } => add(ctx, &event, &mut store, &file),
            LeadsCommand::Erase { id, person } => {
                let leads = match (id, person) {
                    (Some(id), _) => vec![find_lead(&store, &id)?],
                    (None, Some(p)) => person_leads(&store, &event, &p)?,
                    (None, None) => bail!(i18n::staff_text(i18n::msg::rules::LEADS_GIVE_ID)),
                };
                for lead in leads {
                    let removed = crate::rights::erase_lead(
                        &mut store,
                        &ctx.data,
                        &lead.lead_id.to_string(),
                        &ctx.staff_name(),
                    )?;
                    crate::tell!(
                        "{}",
                        words::say(msg::LEADS_ERASED, [("id", arg(&lead.lead_id.to_string()))])
                    );
                    say_removed_copies(&removed);
                }
                Ok(ExitCode::SUCCESS)
            }
            LeadsCommand::Withdraw {
                id: None,
                person: Some(p),
                purpose,
            } => {
                let mut n = 0;
                for lead in person_leads(&store, &event, &p)? {
                    if !lead.consent(&purpose).is_some_and(|c| c.is_active()) {
                        continue;
                    }
                    withdraw(&mut store, &lead, &purpose, &ctx.staff_name())?;
                    n += 1;
                }
                if n == 0 {
                    bail!(i18n::staff_format(
                        i18n::msg::rules::LEADS_NONE_GRANTED,
                        [("purpose", arg(&format!("{:?}", sanitize_line(&purpose))))]
                    ));
                }
                crate::tell!("{}", words::text(msg::LEADS_WITHDRAWAL_GOES_OUT));
                Ok(ExitCode::SUCCESS)
            }
            LeadsCommand::Withdraw { id, purpose, .. } => {
                let Some(id) = id else {
                    bail!(i18n::staff_text(i18n::msg::rules::LEADS_GIVE_ID));
                };
                let lead = find_lead(&store, &id)?;
                if event.purpose(&purpose).is_none() && lead.consent(&purpose).is_none() {
                    let known: Vec<&str> = event.purposes.iter().map(|p| p.id.as_str()).collect();
                    bail!(i18n::staff_format(
                        i18n::msg::rules::LEADS_NOT_A_PURPOSE,
                        [
                            ("purpose", arg(&format!("{:?}", sanitize_line(&purpose)))),
                            ("known", arg(&known.join(", "))),
                        ]
                    ));
                }
                withdraw(&mut store, &lead, &purpose, &ctx.staff_name())?;
                crate::tell!("{}", words::text(msg::LEADS_WITHDRAWAL_GOES_OUT));
                Ok(ExitCode::SUCCESS)
            }
            LeadsCommand::Purge { dry_run } => purge(ctx, &event, &mut store, dry_run),
        }
    }
}

fn list(store: &Store, json: bool) -> anyhow::Result<ExitCode> {
    let mut out = out::Lines::stdout();
    store
        .for_each_lead(|lead| {
            let r = if json {
                out.json(&lead)
            } else {
                out.line(&summary_line(&lead))
            };
            // A closed pipe (`| head`) ends the listing quietly.
            r.map_err(|e| StoreError::DataDir {
                path: "standard output".into(),
                source: e,
            })
        })
        .or_else(|e| match e {
            StoreError::DataDir { source, .. }
                if source.kind() == std::io::ErrorKind::BrokenPipe =>
            {
                Ok(())
            }
            e => Err(e),
        })?;
    out.finish()?;
    let erased = store.erased_count()?;
    if erased > 0 && !json {
        crate::tell!(
            "{}",
            words::say(msg::LEADS_ERASED_NOT_SHOWN, [("count", num(erased))])
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Access at the booth: every lead of the person, in full.
fn find(
    store: &Store,
    event: &crate::config::Event,
    person: &str,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let found = crate::rights::find_person(store, event, person)?;
    for lead in &found {
        show(store, event, &lead.lead_id.to_string(), json)?;
    }
    crate::tell!(
        "{}",
        i18n::staff_format(
            i18n::msg::rules::LEADS_FOUND,
            [("count", num(found.len() as u64))]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Retention purge (also run when the booth starts): see [`Store::purge_past_retention`].
fn purge(
    ctx: &Session,
    event: &crate::config::Event,
    store: &mut Store,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    let Some(days) = event.retention_days else {
        crate::tell!("{}", words::text(msg::LEADS_NO_RETENTION));
        return Ok(ExitCode::SUCCESS);
    };
    if dry_run {
        let n = store.purgeable_leads(days, now_utc())?.len();
        crate::tell!(
            "{}",
            words::say(
                msg::LEADS_WOULD_PURGE,
                [("count", num(n as u64)), ("days", num(u64::from(days)))]
            )
        );
        return Ok(ExitCode::SUCCESS);
    }
    let purged = crate::rights::purge_past_retention(
        store,
        &ctx.data,
        event.retention_days,
        &ctx.staff_name(),
    )?;
    crate::tell!(
        "{}",
        words::say(
            msg::LEADS_PURGED,
            [
                ("count", num(purged.leads as u64)),
                ("days", num(u64::from(days)))
            ]
        )
    );
    say_removed_copies(&purged.copies);
    Ok(ExitCode::SUCCESS)
}

/// One line per batch copy removed from the data dir by an erasure or a purge.
pub fn say_removed_copies(removed: &[crate::rights::RemovedCopy]) {
    for c in removed {
        crate::tell!(
            "{}",
            i18n::staff_format(
                i18n::msg::rules::LEADS_COPY_REMOVED,
                [
                    ("seq", arg(&c.seq.to_string())),
                    ("folder", arg(&sanitize_line(&c.folder))),
                ]
            )
        );
    }
}

/// `id  captured_at  name  <email>  company  [granted purposes]`, sanitised.
pub fn summary_line(lead: &Lead) -> String {
    let granted: Vec<&str> = lead
        .consents
        .iter()
        .filter(|c| c.is_active())
        .map(|c| c.purpose.as_str())
        .collect();
    sanitize_line(&format!(
        "{}  {}  {}  <{}>  {}  [{}]",
        lead.lead_id,
        rfc3339(&lead.captured_at),
        lead.display_name(),
        lead.email,
        lead.company,
        granted.join(",")
    ))
    .into_owned()
}

/// Withdraws one purpose of one lead from the command line and says so.
fn withdraw(store: &mut Store, lead: &Lead, purpose: &str, staff: &str) -> anyhow::Result<()> {
    let at = store.withdraw_consent(&lead.lead_id.to_string(), purpose, staff, "command_line")?;
    crate::tell!(
        "{}",
        words::say(
            msg::LEADS_WITHDREW,
            [
                ("purpose", arg(&out::shown(purpose).to_string())),
                ("id", arg(&lead.lead_id.to_string())),
                ("at", arg(&rfc3339(&at))),
            ]
        )
    );
    Ok(())
}

/// The person's leads, or an error when there are none (nothing to act on).
fn person_leads(
    store: &Store,
    event: &crate::config::Event,
    who: &str,
) -> anyhow::Result<Vec<Lead>> {
    let found = crate::rights::find_person(store, event, who)?;
    if found.is_empty() {
        bail!(i18n::staff_format(
            i18n::msg::rules::LEADS_NO_PERSON,
            [("who", arg(&format!("{:?}", sanitize_line(who))))]
        ));
    }
    Ok(found)
}

/// Finds a lead by full id or unique prefix (at least 8 characters).
pub fn find_lead(store: &Store, id: &str) -> anyhow::Result<Lead> {
    let id = id.trim().to_ascii_lowercase();
    if id.len() == 36 {
        return Ok(store.lead(&id)?);
    }
    if id.len() < 8 || !id.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        bail!(i18n::staff_format(
            i18n::msg::rules::LEADS_ID_SHORT,
            [("id", arg(&format!("{id:?}")))]
        ));
    }
    let mut found = Vec::new();
    store.for_each_lead(|l| {
        if l.lead_id.to_string().starts_with(&id) {
            found.push(l);
        }
        Ok(())
    })?;
    match found.len() {
        0 => bail!(i18n::staff_format(
            i18n::msg::rules::LEADS_ID_NONE,
            [("id", arg(&id))]
        )),
        1 => Ok(found.remove(0)),
        n => bail!(i18n::staff_format(
            i18n::msg::rules::LEADS_ID_AMBIGUOUS,
            [("id", arg(&id)), ("count", num(n as u64))]
        )),
    }
}

fn show(
    store: &Store,
    event: &crate::config::Event,
    id: &str,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let lead = find_lead(store, id)?;
    if json {
        out::json(&lead)?;
        return Ok(ExitCode::SUCCESS);
    }
    crate::say!("{}", show_text(&lead, event))?;
    Ok(ExitCode::SUCCESS)
}

/// `leads show` for a person, in the staff language: each label padded to
/// the language's longest, so the values line up whatever the language. The
/// values are the record's own (wire names such as `granted`, `hot` and
/// `staff_assisted` as the batch and `--json` spell them); a purpose is
/// named by its word in the staff language (`E-Mail`, as the booth's lead
/// list names it; `--json` keeps the id).
fn show_text(lead: &crate::lead::Lead, event: &crate::config::Event) -> String {
    use crate::i18n::msg::booth2 as s;
    let t = i18n::staff_text;
    let l = |s: &str| sanitize_line(s).into_owned();
    let labels = [
        s::SHOW_LEAD,
        s::SHOW_EVENT,
        s::SHOW_CAPTURED,
        s::SHOW_NAME,
        s::SHOW_EMAIL,
        s::SHOW_PHONE,
        s::SHOW_COMPANY,
        s::SHOW_JOB_TITLE,
        s::SHOW_COUNTRY,
        s::SHOW_RATING,
        s::SHOW_BADGE_ID,
        s::SHOW_ANSWER,
        s::SHOW_RECEIPT,
        s::SHOW_POLICY,
        s::SHOW_NOTICE,
        s::SHOW_CONTROLLER,
        s::SHOW_COLLECTED,
        s::SHOW_DATA_HELD,
        s::SHOW_CONSENTS,
        s::SHOW_LANGUAGE,
    ];
    let pad = labels.iter().map(|id| t(*id).width()).max().unwrap_or(0) + 2;
    let line = |label: i18n::Msg, value: &str| {
        let label = t(label);
        let spaces = pad.saturating_sub(label.width());
        format!("{label}{:spaces$}{value}\n", "")
    };
    let mut text = line(s::SHOW_LEAD, &lead.lead_id.to_string());
    text += &line(s::SHOW_EVENT, &l(&lead.event_id));
    text += &line(
        s::SHOW_CAPTURED,
        &i18n::staff_format(
            s::SHOW_CAPTURED_VALUE,
            [
                ("at", arg(&rfc3339(&lead.captured_at))),
                ("by", arg(&l(&lead.captured_by))),
                ("source", arg(lead.source.as_str())),
            ],
        ),
    );
    text += &line(s::SHOW_NAME, &l(&lead.display_name()));
    text += &line(s::SHOW_EMAIL, &l(&lead.email));
    text += &line(s::SHOW_PHONE, &l(&lead.phone));
    text += &line(s::SHOW_COMPANY, &l(&lead.company));
    text += &line(s::SHOW_JOB_TITLE, &l(&lead.job_title));
    text += &line(s::SHOW_COUNTRY, &l(&lead.country));
    text += &line(
        s::SHOW_RATING,
        lead.rating.map(|r| r.as_str()).unwrap_or("-"),
    );
    if let Some(b) = &lead.badge_id {
        text += &line(s::SHOW_BADGE_ID, &l(b));
    }
    for (q, a) in &lead.answers {
        let v = match a {
            crate::lead::Answer::One(s) => s.clone(),
            crate::lead::Answer::Many(v) => v.join("; "),
        };
        text += &line(s::SHOW_ANSWER, &format!("{}: {}", l(q), l(&v)));
    }
    if let Some(r) = &lead.receipt_id {
        text += &line(s::SHOW_RECEIPT, &l(r));
    }
    let updated = match lead.policy.last_updated.as_deref() {
        Some(d) => d.to_owned(),
        None => t(s::SHOW_UNKNOWN).to_owned(),
    };
    text += &line(
        s::SHOW_POLICY,
        &i18n::staff_format(
            s::SHOW_POLICY_VALUE,
            [
                ("hash", arg(&lead.policy.sha256)),
                ("date", arg(&updated)),
                ("url", arg(&l(&lead.policy.url))),
            ],
        ),
    );
    if let Some(n) = &lead.notice {
        let yes_no = |b: bool| t(if b { s::SHOW_YES } else { s::SHOW_NO });
        text += &line(
            s::SHOW_NOTICE,
            &i18n::staff_format(
                s::SHOW_NOTICE_VALUE,
                [
                    ("opened", arg(yes_no(n.policy_opened))),
                    ("qr", arg(yes_no(n.qr_shown))),
                ],
            ),
        );
    }
    if let Some(c) = &lead.controller {
        let jurisdiction = lead
            .jurisdiction
            .as_deref()
            .map(|j| i18n::staff_format(s::SHOW_JURISDICTION, [("jurisdiction", arg(&l(j)))]))
            .unwrap_or_default();
        text += &line(
            s::SHOW_CONTROLLER,
            &format!(
                "{}, {} ({}){jurisdiction}",
                l(&c.name),
                l(&c.address),
                l(&c.privacy_contact)
            ),
        );
    }
    if let Some(c) = &lead.collection {
        let entry: Vec<&str> = c.entry.iter().map(|e| e.as_str()).collect();
        text += &line(
            s::SHOW_COLLECTED,
            &i18n::staff_format(
                s::SHOW_COLLECTED_VALUE,
                [
                    ("method", arg(c.method.as_str())),
                    ("entry", arg(&entry.join(", "))),
                    ("version", arg(&l(&c.app_version))),
                    ("user", arg(&l(&c.os_user))),
                ],
            ),
        );
    }
    if !lead.data_categories.is_empty() {
        text += &line(s::SHOW_DATA_HELD, &lead.data_categories.join(", "));
    }
    text += &line(s::SHOW_CONSENTS, t(s::SHOW_CONSENTS_COLUMNS));
    for c in &lead.consents {
        let state = match c.withdrawn_at {
            Some(w) => i18n::staff_format(
                s::SHOW_WITHDRAWN,
                [
                    ("at", arg(&rfc3339(&w))),
                    ("by", arg(&l(c.withdrawn_by.as_deref().unwrap_or("?")))),
                    (
                        "channel",
                        arg(c.withdrawal_channel.as_deref().unwrap_or("?")),
                    ),
                ],
            ),
            None => c.decision().as_str().to_owned(),
        };
        let time = |t: Option<chrono::DateTime<chrono::Utc>>| {
            t.map(|t| rfc3339(&t)).unwrap_or_else(|| "-".into())
        };
        let purpose = l(&event.purpose_word(&c.purpose, i18n::staff()));
        let pad = 18usize.saturating_sub(unicode_width::UnicodeWidthStr::width(purpose.as_str()));
        text.push_str(&format!(
            "  {purpose}{} {:<20} {:<30} {} {} {} {}\n",
            " ".repeat(pad),
            c.legal_basis.map_or("-", |b| b.as_str()),
            state,
            time(c.ticked_at),
            rfc3339(&c.at),
            time(c.expires_at),
            c.method.as_str()
        ));
    }
    if let Some(value) = consent_language(lead, event) {
        text += &line(s::SHOW_LANGUAGE, &value);
    }
    text.push_str(t(s::SHOW_NOTES));
    for line in sanitize_for_terminal(&lead.notes, true).lines() {
        text.push_str(&format!("\n  {line}"));
    }
    text
}

/// The `Language` line of `leads show`: in which language the attendee read
/// and agreed (the consent records' `language`), and the one they chose when
/// the event lacked wording in it (`language_asked`), so a privacy officer
/// sees it beside the decisions. `None` for records that predate the fields.
fn consent_language(lead: &crate::lead::Lead, event: &crate::config::Event) -> Option<String> {
    use crate::i18n::msg::booth2 as s;
    let named = |code: &str| match code.parse::<crate::i18n::Language>() {
        Ok(lang) => format!(
            "{code} ({})",
            crate::i18n::language_name(crate::i18n::staff(), lang)
        ),
        Err(_) => sanitize_line(code).into_owned(),
    };
    let shown: Vec<(&str, &str, Option<&str>)> = lead
        .consents
        .iter()
        .filter_map(|c| {
            let language = c.language.as_deref()?;
            Some((c.purpose.as_str(), language, c.language_asked.as_deref()))
        })
        .collect();
    let (_, first, _) = shown.first()?;
    let asked = shown.iter().find_map(|(_, _, a)| *a).unwrap_or(first);
    if shown.iter().all(|(_, l, _)| l == first) && asked == *first {
        return Some(i18n::staff_format(
            s::SHOW_LANGUAGE_ONE,
            [("language", arg(&named(first)))],
        ));
    }
    let each: Vec<String> = shown
        .iter()
        .map(|(p, l, _)| {
            let word = event.purpose_word(p, i18n::staff());
            format!("{} {l}", sanitize_line(&word))
        })
        .collect();
    Some(i18n::staff_format(
        s::SHOW_LANGUAGE_MIXED,
        [
            ("language", arg(&named(asked))),
            ("list", arg(&each.join(", "))),
        ],
    ))
}

fn add(
    ctx: &Session,
    event: &crate::config::Event,
    store: &mut Store,
    file: &std::path::Path,
) -> anyhow::Result<ExitCode> {
    let name = if file.as_os_str() == "-" {
        i18n::staff_text(i18n::msg::rules::ADD_STANDARD_INPUT).to_owned()
    } else {
        out::path(file).to_string()
    };
    let reader: Box<dyn BufRead> = if file.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(file).with_context(|| cannot_read(&name))?,
        ))
    };
    let capture = Capture {
        event,
        device_id: store.device_id(),
        captured_by: ctx.staff_name(),
        source: Source::Cli,
        method: ConsentMethod::StaffAssisted,
        now: now_utc(),
        os_user: crate::session::os_account(),
    };
    let known = store.policy_versions_with_text()?;
    let known_policy = |sha: &str| known.iter().any(|k| k == sha);
    let mut warnings = Vec::new();
    let leads = bounded_lines(reader).filter_map(|(n, line)| {
        let parsed = (|| -> anyhow::Result<Option<Lead>> {
            let bytes = line.with_context(|| cannot_read(&name))?;
            let bytes = bytes.map_err(|()| {
                anyhow::anyhow!(i18n::staff_format(
                    i18n::msg::rules::ADD_LINE_TOO_LONG,
                    [("max", num(crate::limits::LINE_BYTES as u64))]
                ))
            })?;
            let text = std::str::from_utf8(&bytes).map_err(|e| {
                anyhow::anyhow!(i18n::staff_format(
                    i18n::msg::rules::ADD_NOT_UTF8,
                    [("position", arg(&e.valid_up_to().to_string()))]
                ))
            })?;
            let text = text.strip_suffix('\r').unwrap_or(text);
            if text.trim().is_empty() {
                return Ok(None);
            }
            let input: LeadInput = serde_json::from_str(text)?;
            let forged = input.command_line_problems(&capture, &known_policy);
            // The rules in the staff language, after the line and the field.
            let said = |e: crate::lead::LeadErrors| anyhow::anyhow!(e.said_in(i18n::staff()));
            if !forged.is_empty() {
                return Err(said(crate::lead::LeadErrors(forged)));
            }
            let (draft, provenance) = input.into_parts();
            let (lead, w) = build_lead(&draft, &capture, &provenance).map_err(said)?;
            warnings.extend(w.into_iter().map(|w| {
                format!(
                    "{}: {}: {}",
                    line_no(n),
                    w.field,
                    w.message_in(i18n::staff())
                )
            }));
            Ok(Some(lead))
        })();
        match parsed {
            Ok(None) => None,
            Ok(Some(l)) => Some(Ok(l)),
            Err(e) => Some(Err(anyhow::anyhow!(
                "{name}: {}: {}",
                line_no(n),
                crate::session::error_line(e.as_ref())
            ))),
        }
    });
    // Read and checked whole before the write transaction starts: a slow
    // writer on standard input must not hold the database (the running booth,
    // another command) waiting.
    let leads: Vec<anyhow::Result<Lead>> = match leads.collect::<anyhow::Result<Vec<Lead>>>() {
        Ok(all) => all.into_iter().map(Ok).collect(),
        Err(e) => vec![Err(e)],
    };
    let actor = ctx.staff_name();
    let count = store.save_all(leads, &actor, "lead_added").map_err(|e| {
        // The database's step in the staff language (branch i18nstore).
        let error = e
            .downcast_ref::<crate::store::StoreError>()
            .filter(|s| s.to_string() == e.to_string())
            .and_then(|s| s.said_with_causes(i18n::staff()))
            .unwrap_or_else(|| crate::session::error_line(e.as_ref()));
        anyhow::anyhow!(i18n::staff_format(
            i18n::msg::rules::ADD_NOTHING_SAVED,
            [("error", arg(&error)), ("file", arg(&name)),]
        ))
    })?;
    for w in &warnings {
        crate::tell!("{}", words::warning_line(&out::shown(w).to_string()));
    }
    crate::tell!(
        "{}",
        i18n::staff_format(
            i18n::msg::rules::ADD_ADDED,
            [("count", num(count as u64)), ("file", arg(&name))]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `line 3` in the staff language: where in the input a rule is broken.
fn line_no(n: usize) -> String {
    i18n::staff_format(i18n::msg::rules::ADD_LINE, [("line", num(n as u64))])
}

fn cannot_read(name: &str) -> String {
    i18n::staff_format(i18n::msg::rules::ADD_CANNOT_READ, [("file", arg(name))])
}

/// The lines of `reader` (numbered from 1, `\n` removed), each at most
/// [`crate::limits::LINE_BYTES`] bytes besides its line end: a longer line is
/// `Err(())` as soon as that many bytes are read, never read whole, and ends
/// the lines.
fn bounded_lines(
    mut reader: impl BufRead,
) -> impl Iterator<Item = (usize, std::io::Result<Result<Vec<u8>, ()>>)> {
    use std::io::Read as _;
    let max = crate::limits::LINE_BYTES;
    let mut n = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        n += 1;
        let mut bytes = Vec::new();
        // Room for the line, a `\r` and the `\n`.
        let read = (&mut reader)
            .take(max as u64 + 2)
            .read_until(b'\n', &mut bytes);
        let line = match read {
            Ok(0) => return None,
            Ok(_) => {
                let ended = bytes.last() == Some(&b'\n');
                if ended {
                    bytes.pop();
                }
                let body = bytes.len() - usize::from(bytes.last() == Some(&b'\r'));
                if body > max {
                    done = true;
                    Ok(Err(()))
                } else {
                    Ok(Ok(bytes))
                }
            }
            Err(e) => {
                done = true;
                Err(e)
            }
        };
        Some((n, line))
    })
}
