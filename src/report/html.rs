//! The report as one self-contained HTML page: inline CSS, inline SVG charts
//! drawn with `plotters` (its SVG backend, generic `sans-serif` text), no
//! script, no font, no image, no link to anything outside the file, so it
//! opens the same offline, attached to an email or on a file share.
//!
//! Every stored value (event, staff and purpose names, device ids) is text
//! from a laptop, so all of it is escaped here ([`esc`]) and plotters escapes
//! what it writes into the SVG; control characters become U+FFFD first. Each
//! figure also sits in a table cell marked `data-k="<name>"`, the same figure
//! as the `--json` output's, so a reader (and the tests) can compare them.

use std::fmt::Write as _;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::i18n::msg::central as m;
use crate::i18n::numbers::{decimal, integer};
use crate::i18n::{self, Language, Msg, arg, num};
use crate::lead::rfc3339;
use crate::stats::{Count, EventReport};

/// The page's words in one language.
#[derive(Clone, Copy)]
struct Words(Language);

impl Words {
    fn t(self, id: Msg) -> &'static str {
        i18n::text(self.0, id)
    }

    fn f<'a>(
        self,
        id: Msg,
        args: impl IntoIterator<Item = (&'static str, fluent_bundle::FluentValue<'a>)>,
    ) -> String {
        i18n::format(self.0, id, args)
    }

    fn n(self, n: impl Into<u64>) -> String {
        integer(self.0, n.into())
    }
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_unsafe_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Characters that have no place in an HTML page's text: controls (other
/// than tab and line breaks), lone surrogates cannot occur in a `str`, and
/// the Unicode noncharacters.
fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c as u32, 0xFDD0..=0xFDEF)
        || (c as u32 & 0xFFFE) == 0xFFFE
}

/// A chart label: unsafe characters replaced, one line, at most 14 characters.
fn label(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| {
            if is_unsafe_char(c) || c.is_whitespace() {
                if c == ' ' { ' ' } else { '\u{FFFD}' }
            } else {
                c
            }
        })
        .collect();
    if clean.chars().count() > 14 {
        clean.chars().take(13).chain(['…']).collect()
    } else {
        clean
    }
}

/// One series of a bar chart: name, values (one per label), colour.
struct Series<'a> {
    name: &'a str,
    values: Vec<u64>,
    colour: RGBColor,
}

const BLUE: RGBColor = RGBColor(0x2b, 0x6c, 0xb0);
const GREEN: RGBColor = RGBColor(0x2f, 0x85, 0x5a);
const GREY: RGBColor = RGBColor(0xa0, 0xae, 0xc0);
const RED: RGBColor = RGBColor(0xc5, 0x30, 0x30);
const AMBER: RGBColor = RGBColor(0xd6, 0x9e, 0x2e);

/// A stacked bar chart as an inline `<svg>` (the series stacked in order).
fn bars(w: Words, title: &str, labels: &[String], series: &[Series<'_>]) -> String {
    if labels.is_empty() {
        return format!(
            "<p class=\"none\">{}</p>",
            esc(w.t(m::REPORT_NOTHING_TO_CHART))
        );
    }
    let mut svg = String::new();
    let drawn = draw_bars(&mut svg, w, title, labels, series);
    match drawn {
        // Inline SVG in HTML needs no namespace declaration; without it the
        // page names no address at all.
        Ok(()) => svg.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1),
        Err(e) => format!(
            "<p class=\"none\">{}</p>",
            esc(&w.f(m::REPORT_CHART_FAILED, [("error", arg(&e))]))
        ),
    }
}

fn draw_bars(
    svg: &mut String,
    w: Words,
    title: &str,
    labels: &[String],
    series: &[Series<'_>],
) -> Result<(), String> {
    let n = labels.len();
    let width = (n as u32 * 36).clamp(480, 960);
    let top: u64 = (0..n)
        .map(|i| series.iter().map(|s| s.values[i]).sum::<u64>())
        .max()
        .unwrap_or(0)
        .max(1);
    let root = SVGBackend::with_string(svg, (width, 260)).into_drawing_area();
    chart_into(&root, w, title, labels, series, n, top)?;
    root.present().map_err(|e| e.to_string())
}

fn chart_into(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
    w: Words,
    title: &str,
    labels: &[String],
    series: &[Series<'_>],
    n: usize,
    top: u64,
) -> Result<(), String> {
    let e = |x: &dyn std::fmt::Display| x.to_string();
    root.fill(&WHITE).map_err(|x| e(&x))?;
    let mut chart = ChartBuilder::on(root)
        .caption(label_title(title), ("sans-serif", 16))
        .margin(8)
        .x_label_area_size(30)
        .y_label_area_size(40)
        .build_cartesian_2d((0..n).into_segmented(), 0u64..top + top / 10 + 1)
        .map_err(|x| e(&x))?;
    let shown: Vec<String> = labels.iter().map(|l| label(l)).collect();
    let formatter = |v: &SegmentValue<usize>| match v {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
            shown.get(*i).cloned().unwrap_or_default()
        }
        SegmentValue::Last => String::new(),
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n.min(16))
        .x_label_formatter(&formatter)
        .y_label_formatter(&|v: &u64| w.n(*v))
        .y_desc(w.t(m::REPORT_LEADS))
        .draw()
        .map_err(|x| e(&x))?;
    // The gap between bars, in pixels: none when bars are thin (a negative
    // bar width is an SVG error a browser reports).
    let per_bar = root.dim_in_pixel().0.saturating_sub(60) / n.max(1) as u32;
    let margin = match per_bar {
        0..=3 => 0,
        4..=9 => 1,
        _ => 3,
    };
    let mut base = vec![0u64; n];
    for s in series {
        let tops: Vec<u64> = (0..n).map(|i| base[i] + s.values[i]).collect();
        let floor = base.clone();
        let colour = s.colour;
        chart
            .draw_series(
                Histogram::vertical(&chart)
                    .style(colour.filled())
                    .margin(margin)
                    .baseline_func(move |v: &SegmentValue<usize>| match v {
                        SegmentValue::Exact(i) | SegmentValue::CenterOf(i) => {
                            floor.get(*i).copied().unwrap_or(0)
                        }
                        SegmentValue::Last => 0,
                    })
                    .data(tops.iter().enumerate().map(|(i, t)| (i, *t))),
            )
            .map_err(|x| e(&x))?
            .label(s.name)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled()));
        base = tops;
    }
    if series.len() > 1 {
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .position(SeriesLabelPosition::UpperRight)
            .draw()
            .map_err(|x| e(&x))?;
    }
    Ok(())
}

fn label_title(s: &str) -> String {
    s.chars().filter(|c| !is_unsafe_char(*c)).collect()
}

/// Most bars a chart of names (staff, laptops) draws; the rest are summed
/// into one bar (the table below lists them all).
const MOST_BARS: usize = 20;

fn counts_chart(w: Words, title: &str, counts: &[Count], colour: RGBColor, names: bool) -> String {
    let counts: Vec<Count> = if names && counts.len() > MOST_BARS {
        let mut top = counts[..MOST_BARS - 1].to_vec();
        top.push(Count {
            key: w.f(
                m::REPORT_OTHERS,
                [("count", num((counts.len() - (MOST_BARS - 1)) as u64))],
            ),
            leads: counts[MOST_BARS - 1..].iter().map(|c| c.leads).sum(),
        });
        top
    } else {
        counts.to_vec()
    };
    let labels: Vec<String> = counts.iter().map(|c| c.key.clone()).collect();
    bars(
        w,
        title,
        &labels,
        &[Series {
            name: w.t(m::REPORT_LEADS),
            values: counts.iter().map(|c| c.leads).collect(),
            colour,
        }],
    )
}

/// A two-column table of counts, each figure marked `data-k="<prefix>.<key>"`.
fn counts_table(
    out: &mut String,
    w: Words,
    head: &str,
    prefix: &str,
    counts: &[Count],
    short: bool,
) {
    let _ = write!(
        out,
        "<table><tr><th>{}</th><th>{}</th></tr>",
        esc(head),
        esc(w.t(m::REPORT_LEADS))
    );
    for c in counts {
        let key = if short {
            short_id(&c.key)
        } else {
            c.key.clone()
        };
        let _ = write!(
            out,
            "<tr><td>{}</td><td data-k=\"{}.{}\">{}</td></tr>",
            esc(&key),
            esc(prefix),
            esc(&c.key),
            w.n(c.leads)
        );
    }
    out.push_str("</table>");
}

/// A device id as batch folders name it (its first 8 hex digits).
fn short_id(id: &str) -> String {
    id.chars().take(8).collect()
}

fn cell(out: &mut String, key: &str, value: impl std::fmt::Display) {
    let _ = write!(
        out,
        "<td data-k=\"{}\">{}</td>",
        esc(key),
        esc(&value.to_string())
    );
}

const STYLE: &str = "body{font-family:sans-serif;margin:2em auto;max-width:1000px;color:#1a202c;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #cbd5e0;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #cbd5e0;padding:.25em .6em;text-align:left}
td[data-k]{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#4a5568}.none{color:#718096;font-style:italic}
.big{display:flex;gap:1em;flex-wrap:wrap}.big div{border:1px solid #cbd5e0;border-radius:6px;padding:.6em 1em}
.big b{display:block;font-size:1.8em}svg{max-width:100%;height:auto}.warn{color:#9b2c2c}";

/// The whole page, in `lang` (its words, `<html lang>` and its numbers); the
/// figures' `data-k` names, dates (RFC 3339) and stored values stay as they are.
pub fn page(r: &EventReport, lang: Language) -> String {
    let w = Words(lang);
    let f = &r.figures;
    let mut o = String::with_capacity(64 * 1024);
    let zone = || ("zone", arg(r.time_zone));
    let title = w.f(
        m::REPORT_TITLE,
        [("event", arg(&r.event_name)), ("id", arg(&r.event_id))],
    );
    let meta = w.f(
        m::REPORT_META,
        [
            ("at", arg(&rfc3339(&r.generated_at))),
            ("source", arg(&r.source)),
            ("version", arg(crate::VERSION)),
            zone(),
        ],
    );
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\
         <p class=\"meta\">{}</p>\n",
        lang.code(),
        esc(&title),
        esc(&title),
        esc(&meta),
    );
    let marketing = f
        .consents
        .iter()
        .find(|p| p.purpose == "marketing_email")
        .or_else(|| f.consents.iter().find(|p| p.purpose != "policy_ack"));
    let _ = write!(
        o,
        "<div class=\"big\"><div>{}<b data-k=\"leads\">{}</b></div>\
         <div>{}<b data-k=\"laptops\">{}</b></div>\
         <div>{}<b data-k=\"staff\">{}</b></div>",
        esc(w.t(m::REPORT_LEADS)),
        w.n(f.leads),
        esc(w.t(m::REPORT_LAPTOPS)),
        w.n(r.per_laptop.len() as u64),
        esc(w.t(m::REPORT_STAFF)),
        w.n(f.per_staff.len() as u64)
    );
    if let Some(mk) = marketing {
        let _ = write!(
            o,
            "<div>{}<b data-k=\"headline.{}\">{}%</b></div>",
            esc(&w.f(m::REPORT_MAY_BE_CONTACTED, [("purpose", arg(&mk.purpose))])),
            esc(&mk.purpose),
            decimal(lang, mk.consent_percent)
        );
    }
    o.push_str("</div>\n");
    let h2 = |o: &mut String, id: Msg| {
        let _ = write!(o, "<h2>{}</h2>", esc(w.t(id)));
    };

    // Marketing's part.
    h2(&mut o, m::REPORT_H_PER_DAY);
    o.push_str(&counts_chart(
        w,
        &w.f(m::REPORT_CHART_PER_DAY, [zone()]),
        &r.per_day,
        BLUE,
        false,
    ));
    counts_table(
        &mut o,
        w,
        w.t(m::REPORT_COL_DAY),
        "per_day",
        &r.per_day,
        false,
    );
    h2(&mut o, m::REPORT_H_PER_HOUR);
    o.push_str(&counts_chart(
        w,
        &w.f(m::REPORT_CHART_PER_HOUR, [zone()]),
        &r.per_hour,
        BLUE,
        false,
    ));
    let busy: Vec<Count> = r.per_hour.iter().filter(|c| c.leads > 0).cloned().collect();
    counts_table(&mut o, w, w.t(m::REPORT_COL_HOUR), "per_hour", &busy, false);
    h2(&mut o, m::REPORT_H_PER_LAPTOP);
    o.push_str(&counts_chart(
        w,
        w.t(m::REPORT_H_PER_LAPTOP),
        &r.per_laptop
            .iter()
            .map(|c| Count {
                key: short_id(&c.key),
                leads: c.leads,
            })
            .collect::<Vec<_>>(),
        BLUE,
        true,
    ));
    counts_table(
        &mut o,
        w,
        w.t(m::REPORT_COL_LAPTOP_ID),
        "per_laptop",
        &r.per_laptop,
        false,
    );
    h2(&mut o, m::REPORT_H_PER_STAFF);
    o.push_str(&counts_chart(
        w,
        w.t(m::REPORT_H_PER_STAFF),
        &f.per_staff,
        BLUE,
        true,
    ));
    counts_table(
        &mut o,
        w,
        w.t(m::REPORT_COL_STAFF),
        "per_staff",
        &f.per_staff,
        false,
    );

    h2(&mut o, m::REPORT_H_RATINGS);
    let rows = f.ratings.rows();
    let rating = |k: &str| w.f(m::REPORT_RATING, [("rating", arg(k))]);
    o.push_str(&bars(
        w,
        w.t(m::REPORT_CHART_RATINGS),
        &rows.iter().map(|(k, _)| rating(k)).collect::<Vec<_>>(),
        &[Series {
            name: w.t(m::REPORT_LEADS),
            values: rows.iter().map(|(_, v)| *v).collect(),
            colour: AMBER,
        }],
    ));
    let _ = write!(
        o,
        "<table><tr><th>{}</th><th>{}</th></tr>",
        esc(w.t(m::REPORT_COL_RATING)),
        esc(w.t(m::REPORT_LEADS))
    );
    for (k, v) in rows {
        let _ = write!(o, "<tr><td>{}</td>", esc(&rating(k)));
        cell(&mut o, &format!("ratings.{k}"), w.n(v));
        o.push_str("</tr>");
    }
    o.push_str("</table>");

    h2(&mut o, m::REPORT_H_CONSENT);
    let purposes: Vec<String> = f.consents.iter().map(|p| p.purpose.clone()).collect();
    o.push_str(&bars(
        w,
        w.t(m::REPORT_CHART_CONSENT),
        &purposes,
        &[
            Series {
                name: w.t(m::REPORT_GRANTED),
                values: f.consents.iter().map(|p| p.granted).collect(),
                colour: GREEN,
            },
            Series {
                name: w.t(m::REPORT_NOT_GIVEN),
                values: f.consents.iter().map(|p| p.not_given).collect(),
                colour: GREY,
            },
            Series {
                name: w.t(m::REPORT_WITHDRAWN),
                values: f.consents.iter().map(|p| p.withdrawn).collect(),
                colour: RED,
            },
        ],
    ));
    o.push_str("<table><tr>");
    for head in [
        m::REPORT_COL_PURPOSE,
        m::REPORT_COL_RECORDED,
        m::REPORT_GRANTED,
        m::REPORT_NOT_GIVEN,
        m::REPORT_WITHDRAWN,
        m::REPORT_COL_CONSENT_PCT,
        m::REPORT_COL_REFUSAL_PCT,
        m::REPORT_COL_WITHDRAWAL_PCT,
    ] {
        let _ = write!(o, "<th>{}</th>", esc(w.t(head)));
    }
    o.push_str("</tr>");
    for p in &f.consents {
        let k = |what: &str| format!("consents.{}.{what}", p.purpose);
        let _ = write!(o, "<tr><td>{}</td>", esc(&p.purpose));
        cell(&mut o, &k("recorded"), w.n(p.recorded));
        cell(&mut o, &k("granted"), w.n(p.granted));
        cell(&mut o, &k("not_given"), w.n(p.not_given));
        cell(&mut o, &k("withdrawn"), w.n(p.withdrawn));
        cell(
            &mut o,
            &k("consent_percent"),
            decimal(lang, p.consent_percent),
        );
        cell(
            &mut o,
            &k("refusal_percent"),
            decimal(lang, p.refusal_percent),
        );
        cell(
            &mut o,
            &k("withdrawal_percent"),
            decimal(lang, p.withdrawal_percent),
        );
        o.push_str("</tr>");
    }
    o.push_str("</table>");

    h2(&mut o, m::REPORT_H_REMOVALS);
    let days: Vec<String> = r.removals_per_day.iter().map(|d| d.day.clone()).collect();
    o.push_str(&bars(
        w,
        &w.f(m::REPORT_CHART_REMOVALS, [zone()]),
        &days,
        &[
            Series {
                name: w.t(m::REPORT_ERASURES),
                values: r.removals_per_day.iter().map(|d| d.erasures).collect(),
                colour: RED,
            },
            Series {
                name: w.t(m::REPORT_WITHDRAWALS),
                values: r.removals_per_day.iter().map(|d| d.withdrawals).collect(),
                colour: AMBER,
            },
        ],
    ));
    let _ = write!(
        o,
        "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(w.t(m::REPORT_COL_DAY)),
        esc(w.t(m::REPORT_ERASURES)),
        esc(w.t(m::REPORT_WITHDRAWALS))
    );
    for d in &r.removals_per_day {
        let _ = write!(o, "<tr><td>{}</td>", esc(&d.day));
        cell(
            &mut o,
            &format!("removals.{}.erasures", d.day),
            w.n(d.erasures),
        );
        cell(
            &mut o,
            &format!("removals.{}.withdrawals", d.day),
            w.n(d.withdrawals),
        );
        o.push_str("</tr>");
    }
    let _ = write!(o, "<tr><th>{}</th>", esc(w.t(m::REPORT_TOTAL)));
    cell(&mut o, "erasures", w.n(r.erasures));
    cell(&mut o, "withdrawals", w.n(r.withdrawals));
    o.push_str("</tr></table>");

    h2(&mut o, m::REPORT_H_DUPLICATES);
    let _ = write!(
        o,
        "<table><tr><th></th><th>{}</th><th>{}</th></tr><tr><td>{}</td>",
        esc(w.t(m::REPORT_COL_CONTACTS)),
        esc(w.t(m::REPORT_COL_LEADS_MERGED)),
        esc(w.t(m::REPORT_ACROSS_LAPTOPS))
    );
    cell(
        &mut o,
        "duplicates.contacts_across_laptops",
        w.n(r.duplicates.contacts_across_laptops),
    );
    cell(
        &mut o,
        "duplicates.leads_across_laptops",
        w.n(r.duplicates.leads_across_laptops),
    );
    let _ = write!(o, "</tr><tr><td>{}</td>", esc(w.t(m::REPORT_SAME_LAPTOP)));
    cell(
        &mut o,
        "duplicates.contacts_same_laptop",
        w.n(r.duplicates.contacts_same_laptop),
    );
    cell(
        &mut o,
        "duplicates.leads_same_laptop",
        w.n(r.duplicates.leads_same_laptop),
    );
    o.push_str("</tr></table>");

    h2(&mut o, m::REPORT_H_BATCHES);
    o.push_str("<table><tr>");
    for head in [
        m::REPORT_COL_LAPTOP,
        m::REPORT_COL_BATCHES,
        m::REPORT_COL_SEQS,
        m::REPORT_COL_LAST_WRITTEN,
        m::REPORT_COL_LAST_IMPORTED,
        m::REPORT_COL_MISSING,
        m::REPORT_COL_LATE,
    ] {
        let _ = write!(o, "<th>{}</th>", esc(w.t(head)));
    }
    o.push_str("</tr>");
    for l in &r.batches {
        let id = l.device_id.to_string();
        let seqs: Vec<String> = l.batches.iter().map(|b| w.n(b.seq)).collect();
        let _ = write!(o, "<tr><td>{}</td>", esc(&short_id(&id)));
        cell(
            &mut o,
            &format!("batches.{id}.count"),
            w.n(l.batches.len() as u64),
        );
        let _ = write!(o, "<td>{}</td>", esc(&seqs.join(", ")));
        let last = l.batches.last();
        let _ = write!(
            o,
            "<td>{}</td><td>{}</td>",
            last.map(|b| rfc3339(&b.created_at)).unwrap_or_default(),
            last.map(|b| rfc3339(&b.imported_at)).unwrap_or_default()
        );
        let gaps: Vec<String> = l.open_gaps.iter().map(|g| w.n(*g)).collect();
        let late: Vec<String> = l.filled_gaps.iter().map(|g| w.n(*g)).collect();
        let _ = write!(
            o,
            "<td data-k=\"batches.{}.open_gaps\"{}>{}</td><td>{}</td></tr>",
            esc(&id),
            if gaps.is_empty() {
                ""
            } else {
                " class=\"warn\""
            },
            esc(&if gaps.is_empty() {
                w.t(m::REPORT_NONE).to_owned()
            } else {
                gaps.join(", ")
            }),
            esc(&late.join(", "))
        );
    }
    o.push_str("</table>");

    // The privacy officer's part.
    let p = &r.privacy;
    h2(&mut o, m::REPORT_H_POLICY);
    let _ = write!(
        o,
        "<table><tr><th>{}</th><th>{}</th>",
        esc(w.t(m::REPORT_COL_POLICY)),
        esc(w.t(m::REPORT_LEADS))
    );
    for purpose in &purposes {
        let _ = write!(
            o,
            "<th>{}</th>",
            esc(&w.f(m::REPORT_COL_PURPOSE_GRANTED, [("purpose", arg(purpose))]))
        );
    }
    o.push_str("</tr>");
    for v in &p.policy_versions {
        let _ = write!(o, "<tr><td><code>{}</code></td>", esc(&v.sha256));
        cell(&mut o, &format!("policy.{}.leads", v.sha256), w.n(v.leads));
        for g in &v.granted {
            cell(
                &mut o,
                &format!("policy.{}.{}", v.sha256, g.key),
                w.n(g.leads),
            );
        }
        o.push_str("</tr>");
    }
    o.push_str("</table>");

    let within = || ("days", num(u64::from(p.within_days)));
    h2(&mut o, m::REPORT_H_EXPIRY);
    let _ = write!(
        o,
        "<p>{} <b data-k=\"consents_near_expiry\">{}</b></p>",
        esc(&w.f(m::REPORT_EXPIRY, [within()])),
        w.n(p.consents_near_expiry.len() as u64)
    );
    if !p.consents_near_expiry.is_empty() {
        let _ = write!(
            o,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
            esc(w.t(m::REPORT_COL_LEAD)),
            esc(w.t(m::REPORT_COL_PURPOSE)),
            esc(w.t(m::REPORT_COL_EXPIRES))
        );
        for x in &p.consents_near_expiry {
            let _ = write!(
                o,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                x.lead_id,
                esc(&x.purpose),
                rfc3339(&x.expires_at)
            );
        }
        o.push_str("</table>");
    }
    h2(&mut o, m::REPORT_H_RETENTION);
    match p.retention_days {
        None => {
            const FLAG: &str = "--retention-days N";
            let said = esc(&w.f(m::REPORT_NO_RETENTION, [("flag", arg(FLAG))]));
            let _ = write!(
                o,
                "<p class=\"none\">{}</p>",
                said.replacen(FLAG, &format!("<code>{FLAG}</code>"), 1)
            );
        }
        Some(days) => {
            let _ = write!(
                o,
                "<p>{} <b data-k=\"records_near_retention\">{}</b></p>",
                esc(&w.f(m::REPORT_RETENTION, [("kept", arg(&w.n(days))), within()])),
                w.n(p.records_near_retention.len() as u64)
            );
            if !p.records_near_retention.is_empty() {
                let _ = write!(
                    o,
                    "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
                    esc(w.t(m::REPORT_COL_LEAD)),
                    esc(w.t(m::REPORT_COL_CAPTURED)),
                    esc(w.t(m::REPORT_COL_RETAIN_UNTIL))
                );
                for x in &p.records_near_retention {
                    let _ = write!(
                        o,
                        "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                        x.lead_id,
                        rfc3339(&x.captured_at),
                        rfc3339(&x.retain_until)
                    );
                }
                o.push_str("</table>");
            }
        }
    }
    h2(&mut o, m::REPORT_H_CRM);
    const COMMAND: &str = "leadbooth central crm";
    let said = esc(&w.f(m::REPORT_CRM, [("command", arg(COMMAND))]));
    let _ = write!(
        o,
        "<p>{} <b data-k=\"open_crm_requests\">{}</b></p>",
        said.replacen(COMMAND, &format!("<code>{COMMAND}</code>"), 1),
        w.n(p.open_crm_requests.len() as u64)
    );
    if !p.open_crm_requests.is_empty() {
        o.push_str("<table><tr>");
        for head in [
            m::REPORT_COL_CONTACT,
            m::REPORT_COL_ACTION,
            m::REPORT_COL_REASON,
            m::REPORT_COL_PURPOSE,
            m::REPORT_COL_SINCE,
        ] {
            let _ = write!(o, "<th>{}</th>", esc(w.t(head)));
        }
        o.push_str("</tr>");
        for x in &p.open_crm_requests {
            // Stored codes as Fluent variant keys (`no source` -> `no-source`);
            // a code the files do not know is shown as stored.
            let key = |code: &str| code.replace(' ', "-");
            let _ = write!(
                o,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                x.contact_id,
                esc(&w.f(
                    m::REPORT_ACTION,
                    [("action", arg(&key(&x.action))), ("code", arg(&x.action))]
                )),
                esc(&w.f(
                    m::REPORT_REASON,
                    [("reason", arg(&key(&x.reason))), ("code", arg(&x.reason))]
                )),
                esc(x.purpose.as_deref().unwrap_or("")),
                rfc3339(&x.at)
            );
        }
        o.push_str("</table>");
    }
    o.push_str("\n</body></html>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup_and_no_controls() {
        assert_eq!(
            esc("<script>alert('x')</script>&\"\u{0}\u{1b}"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;\u{FFFD}\u{FFFD}"
        );
        assert_eq!(label("a\u{7}b"), "a\u{FFFD}b");
        assert_eq!(label("abcdefghijklmnopq"), "abcdefghijklm…");
    }

    /// A report of `leads` leads, a third of them withdrawn from email, with
    /// one open CRM request.
    fn report(leads: u32, retention_days: Option<u32>) -> EventReport {
        use crate::consent::Decision;
        use crate::stats::{ConsentFact, CrmRequest, LeadFact, ReportFacts, ReportOptions, Tally};
        let at: chrono::DateTime<chrono::Utc> = "2026-03-10T09:00:00Z".parse().unwrap();
        let utc = chrono::FixedOffset::east_opt(0).unwrap();
        let mut tally = Tally::new(utc, &[]);
        for i in 0..leads {
            tally.add(&LeadFact {
                lead_id: uuid::Uuid::from_u128(u128::from(i) + 1),
                contact_id: Some(uuid::Uuid::from_u128(u128::from(i) + 1)),
                device_id: uuid::Uuid::from_u128(1),
                captured_at: at + chrono::Duration::minutes(i64::from(i % 600)),
                captured_by: "Sam".into(),
                rating: None,
                policy_sha256: "ab".into(),
                consents: vec![ConsentFact {
                    purpose: "marketing_email".into(),
                    decision: match i % 3 {
                        0 => Decision::Granted,
                        1 => Decision::NotGiven,
                        _ => Decision::Withdrawn,
                    },
                    expires_at: Some(at),
                }],
            });
        }
        EventReport::new(
            &tally,
            ReportFacts {
                event_id: "expo".into(),
                event_name: "Expo".into(),
                source: "central.sqlite3".into(),
                batches: vec![],
                gaps: vec![],
                removals: vec![],
                crm: vec![CrmRequest {
                    contact_id: uuid::Uuid::from_u128(3),
                    action: "unsubscribe".into(),
                    reason: "withdrawal".into(),
                    purpose: Some("marketing_email".into()),
                    at,
                }],
            },
            at,
            ReportOptions {
                within_days: 30,
                retention_days,
            },
        )
    }

    /// Every heading, label, chart title, axis, legend and sentence of the
    /// page is in the staff language: no English text of the report's
    /// messages (those of more than one word) is left on a German, French or
    /// Spanish page; `<html lang>` names the language; counts and percentages
    /// use its separators.
    #[test]
    fn the_page_is_in_the_language_asked_for() {
        let r = report(1200, None);
        // With a retention period, the records near it are listed instead.
        let kept = report(1200, Some(1));
        let english = page(&r, Language::En) + &page(&kept, Language::En);
        assert!(english.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(english.contains("retain until"), "{english}");
        assert!(
            english.contains("<b data-k=\"leads\">1,200</b>"),
            "{english}"
        );
        // The messages without arguments (those with take the page's values).
        let with_args = [
            m::REPORT_TITLE,
            m::REPORT_META,
            m::REPORT_MAY_BE_CONTACTED,
            m::REPORT_CHART_PER_DAY,
            m::REPORT_CHART_PER_HOUR,
            m::REPORT_RATING,
            m::REPORT_CHART_REMOVALS,
            m::REPORT_COL_PURPOSE_GRANTED,
            m::REPORT_EXPIRY,
            m::REPORT_NO_RETENTION,
            m::REPORT_RETENTION,
            m::REPORT_CRM,
            m::REPORT_ACTION,
            m::REPORT_REASON,
            m::REPORT_CHART_FAILED,
            m::REPORT_OTHERS,
        ];
        let ids: Vec<Msg> = m::ALL
            .iter()
            .filter(|id| id.0.starts_with("report-") && !with_args.contains(id))
            .copied()
            .collect();
        // Phrases of more than one word; single words may be the same or a
        // part of another language's text.
        let phrases: Vec<Msg> = ids
            .into_iter()
            .filter(|id| i18n::text(Language::En, *id).contains(' '))
            .collect();
        assert!(phrases.len() > 20, "{phrases:?}");
        for id in &phrases {
            let p = i18n::text(Language::En, *id);
            if *id != m::REPORT_NOTHING_TO_CHART {
                assert!(english.contains(&esc(p)), "the English page lacks {p:?}");
            }
        }
        for (lang, leads, refusal) in [
            (Language::De, "1.200", "33,3"),
            (Language::Fr, "1\u{202F}200", "33,3"),
            (Language::Es, "1200", "33,3"),
        ] {
            let html = page(&r, lang) + &page(&kept, lang);
            assert!(
                html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")),
                "{lang}"
            );
            for id in &phrases {
                let p = i18n::text(Language::En, *id);
                if i18n::text(lang, *id) != p {
                    assert!(
                        !html.contains(&esc(p)),
                        "{lang}: English {p:?} left on the page"
                    );
                }
            }
            for english_too in ["show report", "Made ", "may be contacted", "(or has ended)"] {
                assert!(!html.contains(english_too), "{lang}: {english_too:?}");
            }
            assert!(
                html.contains(&format!("<b data-k=\"leads\">{leads}</b>")),
                "{lang}: {leads}"
            );
            assert!(
                html.contains(&format!(
                    "data-k=\"consents.marketing_email.refusal_percent\">{refusal}<"
                )),
                "{lang}"
            );
            // The charts' legend and axis.
            let legend = i18n::text(lang, m::REPORT_NOT_GIVEN);
            assert!(
                html.contains(&format!(">{}<", esc(legend))),
                "{lang}: legend"
            );
            let axis = i18n::text(lang, m::REPORT_LEADS);
            assert!(html.contains(&format!(">{}<", esc(axis))), "{lang}: axis");
        }
        let german = page(&r, Language::De);
        for said in [
            "Leads pro Tag",
            "Einwilligung und Ablehnung pro Zweck",
            "Datenschutz: offene Aufträge für das CRM",
            "<td>abmelden</td><td>Widerruf</td>",
            "Keine Aufbewahrungsfrist angegeben: den Bericht mit <code>--retention-days N</code>",
        ] {
            assert!(german.contains(said), "German page lacks {said:?}");
        }
        // Thousands on the axis too: 400 leads an hour on the busiest hour.
        assert!(!german.contains(">1,200<"));
    }

    #[test]
    fn a_chart_is_inline_svg_with_escaped_labels() {
        let svg = counts_chart(
            Words(Language::En),
            "t",
            &[Count {
                key: "<b>&x".into(),
                leads: 2,
            }],
            BLUE,
            true,
        );
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.contains("&lt;b&gt;&amp;x"), "{svg}");
        assert!(!svg.contains("<b>"));
    }
}
