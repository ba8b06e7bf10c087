//! Wide and right-to-left scripts (issue 18): names, companies and the event's
//! own wording in Japanese and Chinese (two columns a character) and in Arabic
//! and Hebrew draw at 80x24 with every column where the header puts it, no
//! character cut in half, and no bidi control reaching the terminal.

use chrono::{DateTime, Utc};
use leadbooth::config::Event;
use leadbooth::lead::Lead;
use leadbooth::tui::form::{ContactField, Focus};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use unicode_width::UnicodeWidthStr;

use crate::support::app::{PERSON, TuiBooth, lead};

fn first_of_december() -> DateTime<Utc> {
    "2026-12-01T12:00:00Z".parse().unwrap()
}

/// Names and companies in the scripts the issue names, with an ASCII email
/// each (the column the test finds).
fn leads() -> Vec<Lead> {
    vec![
        lead(
            "太郎",
            "山田",
            "yamada@example.jp",
            "山田太郎商事株式会社国際営業本部",
            &["events"],
            1,
        ),
        lead("明", "王", "wang@example.cn", "北京科技有限公司", &[], 2),
        lead(
            "مُحَمَّد",
            "عبد الله",
            "m@example.sa",
            "شركة الرياض للتقنية",
            &["marketing_email"],
            3,
        ),
        lead("שרה", "כהן", "sara@example.il", "חברת תל אביב בע״מ", &[], 4),
        lead("Zoë", "Ōkubo", "zoe@example.jp", "Ōkubo KK", &[], 5),
    ]
}

/// An event whose own wording is Japanese and Hebrew.
fn event() -> Event {
    let mut e = Event::demo();
    e.name = "東京ビッグサイト展示会 2026".to_owned();
    e.organisation = "אספרה".to_owned();
    e
}

fn booth() -> TuiBooth {
    let leads = leads();
    TuiBooth::options()
        .event(event())
        .clock(first_of_december)
        .open_with(move |_, store| {
            store.save_leads(&leads, "test", "lead_added").unwrap();
        })
}

/// Row `y` as (display column, symbol) of each cell that starts a character:
/// a wide character's second cell is skipped, as the terminal covers it.
fn cells(buf: &Buffer, y: u16) -> Vec<(u16, String)> {
    let mut out = Vec::new();
    let mut x = 0;
    while x < buf.area.width {
        let symbol = buf[(x, y)].symbol().to_owned();
        let w = symbol.width().max(1) as u16;
        out.push((x, symbol));
        x += w;
    }
    out
}

/// The text of row `y`.
fn row(buf: &Buffer, y: u16) -> String {
    cells(buf, y).into_iter().map(|(_, s)| s).collect()
}

/// The display column where `needle` starts on row `y`.
fn column_of(buf: &Buffer, y: u16, needle: &str) -> Option<u16> {
    let cells = cells(buf, y);
    (0..cells.len()).find_map(|i| {
        let mut s = String::new();
        for (_, sym) in &cells[i..] {
            if s.len() >= needle.len() {
                break;
            }
            s.push_str(sym);
        }
        s.starts_with(needle).then_some(cells[i].0)
    })
}

/// No bidi control (embedding, override, isolate, mark) in any cell, and no
/// wide character whose second half is cut off at the right edge.
fn assert_clean(buf: &Buffer) {
    for y in 0..buf.area.height {
        for (x, sym) in cells(buf, y) {
            assert!(
                !sym.chars().any(|c| matches!(
                    c,
                    '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                )),
                "bidi control at ({x}, {y}): {:?}",
                row(buf, y)
            );
            assert!(
                x + sym.width().max(1) as u16 <= buf.area.width,
                "a character cut at the edge at ({x}, {y}): {:?}",
                row(buf, y)
            );
        }
    }
}

#[test]
fn the_lead_list_keeps_its_columns_with_wide_and_right_to_left_names() {
    let mut b = booth();
    b.key(KeyCode::F(2), PERSON);
    let buf = b.buffer(80, 24);
    assert_clean(&buf);
    let header = (0..buf.area.height)
        .find(|y| row(&buf, *y).contains("Consents granted"))
        .expect("the list's header");
    let email_x = column_of(&buf, header, "Email").unwrap();
    let company_x = column_of(&buf, header, "Company").unwrap();
    for (i, l) in leads().iter().enumerate() {
        let y = (header + 1..buf.area.height)
            .find(|y| row(&buf, *y).contains(&l.email))
            .unwrap_or_else(|| panic!("lead {i} not listed"));
        assert_eq!(
            column_of(&buf, y, &l.email),
            Some(email_x),
            "lead {i}'s email is out of its column: {:?}",
            row(&buf, y)
        );
        // The company column starts where its heading does: the name before
        // it was cut by display width, never into it.
        let text = row(&buf, y);
        let before_company: String = cells(&buf, y)
            .into_iter()
            .filter(|(x, _)| *x < company_x)
            .map(|(_, s)| s)
            .collect();
        assert_eq!(
            before_company.width(),
            usize::from(company_x),
            "lead {i}: {text:?}"
        );
    }
    // Wide names are cut with "…" by width, whole characters only.
    let yamada = (header + 1..buf.area.height)
        .find(|y| row(&buf, *y).contains("yamada@"))
        .unwrap();
    assert!(row(&buf, yamada).contains('…'), "{:?}", row(&buf, yamada));
}

/// The display column of the first character after the label column on the
/// row whose label is `label` (details rows: ` Label       value`).
fn value_after(buf: &Buffer, label: &str) -> Option<u16> {
    let y = (0..buf.area.height).find(|y| row(buf, *y).starts_with(&format!(" {label} ")))?;
    cells(buf, y)
        .into_iter()
        .find(|(x, s)| usize::from(*x) > label.width() + 1 && s != " ")
        .map(|(x, _)| x)
}

#[test]
fn a_leads_details_align_their_values_in_every_script() {
    let mut b = booth();
    b.key(KeyCode::F(2), PERSON);
    for i in 0..leads().len() {
        b.key(KeyCode::Enter, PERSON);
        let buf = b.buffer(80, 24);
        assert_clean(&buf);
        let xs: Vec<Option<u16>> = ["Name", "Email", "Company", "Captured"]
            .iter()
            .map(|l| value_after(&buf, l))
            .collect();
        assert!(
            xs.iter().all(|x| x.is_some() && *x == xs[0]),
            "lead {i}: values not in one column {xs:?}:\n{}",
            (0..buf.area.height)
                .map(|y| row(&buf, y))
                .collect::<Vec<_>>()
                .join("\n")
        );
        b.key(KeyCode::Esc, PERSON);
        b.key(KeyCode::Down, PERSON);
    }
}

#[test]
fn the_form_takes_wide_and_right_to_left_text_without_moving_its_columns() {
    let mut b = booth();
    let empty = b.buffer(80, 24);
    let label_rows: Vec<u16> = (0..empty.area.height)
        .filter(|y| {
            let r = row(&empty, *y);
            ["First name", "Last name", "Job title", "Company"]
                .iter()
                .any(|l| r.contains(l))
        })
        .collect();
    assert_eq!(label_rows.len(), 4, "{label_rows:?}");
    // The field's first character: the first non-blank cell after column 14
    // (labels end before it; the input starts there).
    let value_x = |buf: &Buffer, y: u16| {
        cells(buf, y)
            .into_iter()
            .find(|(x, s)| *x >= 14 && s != " ")
            .map(|(x, _)| x)
    };
    b.focus_on(Focus::Contact(ContactField::FirstName));
    b.type_str("山田太郎");
    b.focus_on(Focus::Contact(ContactField::LastName));
    b.type_str("עבד אל-ראזק");
    b.focus_on(Focus::Contact(ContactField::JobTitle));
    b.type_str("مُحَمَّد مدير المبيعات");
    b.focus_on(Focus::Contact(ContactField::Company));
    b.type_str("北京科技有限公司北京科技有限公司北京科技有限公司北京科技有限公司");
    let buf = b.buffer(80, 24);
    assert_clean(&buf);
    let xs: Vec<Option<u16>> = label_rows.iter().map(|y| value_x(&buf, *y)).collect();
    let screen: Vec<String> = (0..buf.area.height).map(|y| row(&buf, y)).collect();
    assert!(
        xs.iter().all(|x| x.is_some() && *x == xs[0]),
        "{xs:?}\n{}",
        screen.join("\n")
    );
    // The status line names the event in its own script, whole.
    assert!(
        row(&buf, 0).contains("東京ビッグサイト展示会 2026"),
        "{:?}",
        row(&buf, 0)
    );
    assert_eq!(
        b.app.form().contact(ContactField::LastName).value(),
        "עבד אל-ראזק"
    );
}
