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

use crate::lead::rfc3339;
use crate::stats::{Count, EventReport};

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
fn bars(title: &str, labels: &[String], series: &[Series<'_>]) -> String {
    if labels.is_empty() {
        return "<p class=\"none\">Nothing to chart yet.</p>".to_owned();
    }
    let mut svg = String::new();
    let drawn = draw_bars(&mut svg, title, labels, series);
    match drawn {
        // Inline SVG in HTML needs no namespace declaration; without it the
        // page names no address at all.
        Ok(()) => svg.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1),
        Err(e) => format!(
            "<p class=\"none\">The chart could not be drawn: {}</p>",
            esc(&e)
        ),
    }
}

fn draw_bars(
    svg: &mut String,
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
    chart_into(&root, title, labels, series, n, top)?;
    root.present().map_err(|e| e.to_string())
}

fn chart_into(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
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
        .y_desc("leads")
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

fn counts_chart(title: &str, counts: &[Count], colour: RGBColor, names: bool) -> String {
    let counts: Vec<Count> = if names && counts.len() > MOST_BARS {
        let mut top = counts[..MOST_BARS - 1].to_vec();
        top.push(Count {
            key: format!("{} others", counts.len() - (MOST_BARS - 1)),
            leads: counts[MOST_BARS - 1..].iter().map(|c| c.leads).sum(),
        });
        top
    } else {
        counts.to_vec()
    };
    let labels: Vec<String> = counts.iter().map(|c| c.key.clone()).collect();
    bars(
        title,
        &labels,
        &[Series {
            name: "leads",
            values: counts.iter().map(|c| c.leads).collect(),
            colour,
        }],
    )
}

/// A two-column table of counts, each figure marked `data-k="<prefix>.<key>"`.
fn counts_table(out: &mut String, head: &str, prefix: &str, counts: &[Count], short: bool) {
    let _ = write!(out, "<table><tr><th>{}</th><th>leads</th></tr>", esc(head));
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
            c.leads
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

/// The whole page.
pub fn page(r: &EventReport) -> String {
    let f = &r.figures;
    let mut o = String::with_capacity(64 * 1024);
    let title = format!("{} ({}): show report", r.event_name, r.event_id);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\
         <p class=\"meta\">Made {} from {} by leadbooth {}. Days and hours are {}. \
         Erased leads are not counted as leads.</p>\n",
        esc(&title),
        esc(&title),
        esc(&rfc3339(&r.generated_at)),
        esc(&r.source),
        esc(crate::VERSION),
        r.time_zone
    );
    let marketing = f
        .consents
        .iter()
        .find(|p| p.purpose == "marketing_email")
        .or_else(|| f.consents.iter().find(|p| p.purpose != "policy_ack"));
    let _ = write!(
        o,
        "<div class=\"big\"><div>leads<b data-k=\"leads\">{}</b></div>\
         <div>laptops<b data-k=\"laptops\">{}</b></div>\
         <div>staff<b data-k=\"staff\">{}</b></div>",
        f.leads,
        r.per_laptop.len(),
        f.per_staff.len()
    );
    if let Some(m) = marketing {
        let _ = write!(
            o,
            "<div>may be contacted ({})<b data-k=\"headline.{}\">{}%</b></div>",
            esc(&m.purpose),
            esc(&m.purpose),
            m.consent_percent
        );
    }
    o.push_str("</div>\n");

    // Marketing's part.
    o.push_str("<h2>Leads per day</h2>");
    o.push_str(&counts_chart(
        "Leads per day (UTC)",
        &r.per_day,
        BLUE,
        false,
    ));
    counts_table(&mut o, "day", "per_day", &r.per_day, false);
    o.push_str("<h2>Leads per hour of the day</h2>");
    o.push_str(&counts_chart(
        "Leads per hour (UTC, all days)",
        &r.per_hour,
        BLUE,
        false,
    ));
    let busy: Vec<Count> = r.per_hour.iter().filter(|c| c.leads > 0).cloned().collect();
    counts_table(&mut o, "hour", "per_hour", &busy, false);
    o.push_str("<h2>Leads per laptop</h2>");
    o.push_str(&counts_chart(
        "Leads per laptop",
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
        "laptop (device id)",
        "per_laptop",
        &r.per_laptop,
        false,
    );
    o.push_str("<h2>Leads per staff member</h2>");
    o.push_str(&counts_chart(
        "Leads per staff member",
        &f.per_staff,
        BLUE,
        true,
    ));
    counts_table(&mut o, "staff member", "per_staff", &f.per_staff, false);

    o.push_str("<h2>Rating mix</h2>");
    let rows = f.ratings.rows();
    o.push_str(&bars(
        "Ratings",
        &rows
            .iter()
            .map(|(k, _)| (*k).to_owned())
            .collect::<Vec<_>>(),
        &[Series {
            name: "leads",
            values: rows.iter().map(|(_, v)| *v).collect(),
            colour: AMBER,
        }],
    ));
    o.push_str("<table><tr><th>rating</th><th>leads</th></tr>");
    for (k, v) in rows {
        let _ = write!(o, "<tr><td>{k}</td>");
        cell(&mut o, &format!("ratings.{k}"), v);
        o.push_str("</tr>");
    }
    o.push_str("</table>");

    o.push_str("<h2>Consent and refusal per purpose</h2>");
    let purposes: Vec<String> = f.consents.iter().map(|p| p.purpose.clone()).collect();
    o.push_str(&bars(
        "Decisions per purpose",
        &purposes,
        &[
            Series {
                name: "granted",
                values: f.consents.iter().map(|p| p.granted).collect(),
                colour: GREEN,
            },
            Series {
                name: "not given",
                values: f.consents.iter().map(|p| p.not_given).collect(),
                colour: GREY,
            },
            Series {
                name: "withdrawn",
                values: f.consents.iter().map(|p| p.withdrawn).collect(),
                colour: RED,
            },
        ],
    ));
    o.push_str(
        "<table><tr><th>purpose</th><th>recorded</th><th>granted</th><th>not given</th>\
         <th>withdrawn</th><th>consent %</th><th>refusal %</th><th>withdrawal %</th></tr>",
    );
    for p in &f.consents {
        let k = |what: &str| format!("consents.{}.{what}", p.purpose);
        let _ = write!(o, "<tr><td>{}</td>", esc(&p.purpose));
        cell(&mut o, &k("recorded"), p.recorded);
        cell(&mut o, &k("granted"), p.granted);
        cell(&mut o, &k("not_given"), p.not_given);
        cell(&mut o, &k("withdrawn"), p.withdrawn);
        cell(&mut o, &k("consent_percent"), p.consent_percent);
        cell(&mut o, &k("refusal_percent"), p.refusal_percent);
        cell(&mut o, &k("withdrawal_percent"), p.withdrawal_percent);
        o.push_str("</tr>");
    }
    o.push_str("</table>");

    o.push_str("<h2>Withdrawals and erasures over time</h2>");
    let days: Vec<String> = r.removals_per_day.iter().map(|d| d.day.clone()).collect();
    o.push_str(&bars(
        "Erasures and withdrawals per day (UTC)",
        &days,
        &[
            Series {
                name: "erasures",
                values: r.removals_per_day.iter().map(|d| d.erasures).collect(),
                colour: RED,
            },
            Series {
                name: "withdrawals",
                values: r.removals_per_day.iter().map(|d| d.withdrawals).collect(),
                colour: AMBER,
            },
        ],
    ));
    o.push_str("<table><tr><th>day</th><th>erasures</th><th>withdrawals</th></tr>");
    for d in &r.removals_per_day {
        let _ = write!(o, "<tr><td>{}</td>", esc(&d.day));
        cell(&mut o, &format!("removals.{}.erasures", d.day), d.erasures);
        cell(
            &mut o,
            &format!("removals.{}.withdrawals", d.day),
            d.withdrawals,
        );
        o.push_str("</tr>");
    }
    o.push_str("<tr><th>total</th>");
    cell(&mut o, "erasures", r.erasures);
    cell(&mut o, "withdrawals", r.withdrawals);
    o.push_str("</tr></table>");

    o.push_str("<h2>Duplicates merged</h2><table><tr><th></th><th>contacts</th><th>leads merged</th></tr><tr><td>across laptops</td>");
    cell(
        &mut o,
        "duplicates.contacts_across_laptops",
        r.duplicates.contacts_across_laptops,
    );
    cell(
        &mut o,
        "duplicates.leads_across_laptops",
        r.duplicates.leads_across_laptops,
    );
    o.push_str("</tr><tr><td>on one laptop</td>");
    cell(
        &mut o,
        "duplicates.contacts_same_laptop",
        r.duplicates.contacts_same_laptop,
    );
    cell(
        &mut o,
        "duplicates.leads_same_laptop",
        r.duplicates.leads_same_laptop,
    );
    o.push_str("</tr></table>");

    o.push_str("<h2>Batches received per laptop</h2>");
    o.push_str("<table><tr><th>laptop</th><th>batches</th><th>seqs</th><th>last written</th><th>last imported</th><th>missing (gaps)</th><th>arrived late</th></tr>");
    for l in &r.batches {
        let id = l.device_id.to_string();
        let seqs: Vec<String> = l.batches.iter().map(|b| b.seq.to_string()).collect();
        let _ = write!(o, "<tr><td>{}</td>", esc(&short_id(&id)));
        cell(&mut o, &format!("batches.{id}.count"), l.batches.len());
        let _ = write!(o, "<td>{}</td>", esc(&seqs.join(", ")));
        let last = l.batches.last();
        let _ = write!(
            o,
            "<td>{}</td><td>{}</td>",
            last.map(|b| rfc3339(&b.created_at)).unwrap_or_default(),
            last.map(|b| rfc3339(&b.imported_at)).unwrap_or_default()
        );
        let gaps: Vec<String> = l.open_gaps.iter().map(u64::to_string).collect();
        let late: Vec<String> = l.filled_gaps.iter().map(u64::to_string).collect();
        let _ = write!(
            o,
            "<td data-k=\"batches.{}.open_gaps\"{}>{}</td><td>{}</td></tr>",
            esc(&id),
            if gaps.is_empty() {
                ""
            } else {
                " class=\"warn\""
            },
            if gaps.is_empty() {
                "none".to_owned()
            } else {
                gaps.join(", ")
            },
            esc(&late.join(", "))
        );
    }
    o.push_str("</table>");

    // The privacy officer's part.
    let p = &r.privacy;
    o.push_str("<h2>Privacy: consents by policy version</h2><table><tr><th>policy version (SHA-256)</th><th>leads</th>");
    for purpose in &purposes {
        let _ = write!(o, "<th>{} granted</th>", esc(purpose));
    }
    o.push_str("</tr>");
    for v in &p.policy_versions {
        let _ = write!(o, "<tr><td><code>{}</code></td>", esc(&v.sha256));
        cell(&mut o, &format!("policy.{}.leads", v.sha256), v.leads);
        for g in &v.granted {
            cell(&mut o, &format!("policy.{}.{}", v.sha256, g.key), g.leads);
        }
        o.push_str("</tr>");
    }
    o.push_str("</table>");

    let _ = write!(
        o,
        "<h2>Privacy: consents near expiry</h2><p>Current grants whose validity ends within {} days (or has ended): <b data-k=\"consents_near_expiry\">{}</b></p>",
        p.within_days,
        p.consents_near_expiry.len()
    );
    if !p.consents_near_expiry.is_empty() {
        o.push_str("<table><tr><th>lead</th><th>purpose</th><th>expires</th></tr>");
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
    o.push_str("<h2>Privacy: records near their retention date</h2>");
    match p.retention_days {
        None => o.push_str(
            "<p class=\"none\">No retention period given: run the report with <code>--retention-days N</code> to list records near it.</p>",
        ),
        Some(days) => {
            let _ = write!(
                o,
                "<p>Leads kept {days} days after capture whose retention date is within {} days (or has passed): <b data-k=\"records_near_retention\">{}</b></p>",
                p.within_days,
                p.records_near_retention.len()
            );
            if !p.records_near_retention.is_empty() {
                o.push_str("<table><tr><th>lead</th><th>captured</th><th>retain until</th></tr>");
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
    let _ = write!(
        o,
        "<h2>Privacy: open requests for the CRM</h2><p>Deletions and unsubscribes queued for the next suppression file (<code>leadbooth central crm</code>), all events: <b data-k=\"open_crm_requests\">{}</b></p>",
        p.open_crm_requests.len()
    );
    if !p.open_crm_requests.is_empty() {
        o.push_str("<table><tr><th>contact</th><th>action</th><th>reason</th><th>purpose</th><th>since</th></tr>");
        for x in &p.open_crm_requests {
            let _ = write!(
                o,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                x.contact_id,
                esc(&x.action),
                esc(&x.reason),
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

    #[test]
    fn a_chart_is_inline_svg_with_escaped_labels() {
        let svg = counts_chart(
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
