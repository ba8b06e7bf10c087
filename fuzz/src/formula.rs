//! Which CSV cells a spreadsheet would run as a formula, written from the
//! spreadsheet's side (OWASP "CSV injection", and the look-alike signs Excel,
//! LibreOffice and Google Sheets accept) rather than by calling leadbooth's own
//! rule, so a target checks the writer against something independent.

/// The characters that start a formula.
fn formula_sign(c: char) -> bool {
    matches!(
        c,
        '=' | '+'
            | '-'
            | '@'
            | '\t'
            | '\r'
            // full-width = + - @
            | '\u{FF1D}'
            | '\u{FF0B}'
            | '\u{FF0D}'
            | '\u{FF20}'
            // small = + - @
            | '\u{FE66}'
            | '\u{FE62}'
            | '\u{FE63}'
            | '\u{FE6B}'
            // minus sign
            | '\u{2212}'
    )
}

/// What a spreadsheet skips before it looks at the first character: white space
/// (the no-break space and line feeds too) and the characters that show nothing
/// (zero-width space, joiners, word joiner and invisible operators, byte-order
/// mark, Mongolian vowel separator, soft hyphen).
fn skipped(c: char) -> bool {
    (c.is_whitespace() && c != '\t' && c != '\r')
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' | '\u{00AD}'
        )
}

/// True when a spreadsheet would evaluate `cell` as a formula.
pub fn would_evaluate(cell: &str) -> bool {
    cell.chars()
        .find(|&c| !skipped(c))
        .is_some_and(formula_sign)
}

/// A valid E.164 number (`+`, then 1 to 15 digits, the first not 0): the one
/// value a Phone column may start with `+`.
pub fn is_e164(s: &str) -> bool {
    s.strip_prefix('+').is_some_and(|d| {
        (1..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0')
    })
}

/// Reads `csv` back as a CSV reader (a spreadsheet import) would and panics on
/// the first cell that would run as a formula. `phone_columns` names the
/// header cells whose values may be E.164 numbers. Returns every record.
pub fn assert_no_formula(csv: &[u8], phone_columns: &[&str]) -> Vec<Vec<String>> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv);
    let mut header: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    for (n, rec) in rdr.records().enumerate() {
        let rec = rec.unwrap_or_else(|e| panic!("the written CSV does not read back: {e}"));
        let cells: Vec<String> = rec.iter().map(str::to_owned).collect();
        if n == 0 {
            header = cells.clone();
        }
        for (i, cell) in cells.iter().enumerate() {
            let column = header.get(i).map_or("", String::as_str);
            let exempt = n > 0 && phone_columns.contains(&column) && is_e164(cell);
            assert!(
                exempt || !would_evaluate(cell),
                "record {} column {column:?}: cell {cell:?} would run as a formula",
                n + 1
            );
        }
        rows.push(cells);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oracle_knows_the_classic_and_hidden_starts() {
        for bad in [
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            " \u{200B}=1",
            "＝1",
        ] {
            assert!(would_evaluate(bad), "{bad:?}");
        }
        for fine in ["'=1+1", "Ada", "", " ", "1-2", "a=b"] {
            assert!(!would_evaluate(fine), "{fine:?}");
        }
    }
}
