use super::*;
use proptest::prelude::*;

fn text(s: &str) -> Vec<String> {
    from_text(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
}

fn file(bytes: &[u8]) -> Vec<String> {
    from_file(bytes).unwrap_or_else(|e| panic!("{:?}: {e:?}", String::from_utf8_lossy(bytes)))
}

#[test]
fn pasted_entries_split_on_lines_commas_semicolons_and_tabs() {
    assert_eq!(
        text("ada@example.com\nbob@example.com,cy;42\tdee.smith"),
        ["ada@example.com", "bob@example.com", "cy", "42", "dee.smith"]
    );
}

#[test]
fn pasted_whitespace_crlf_and_empty_lines_do_not_make_entries() {
    assert_eq!(text("  ada@example.com \r\n\r\n\r\n\t bob \r\n,,;\n"), ["ada@example.com", "bob"]);
    assert_eq!(text("old\rmac"), ["old", "mac"]);
}

#[test]
fn a_pasted_spreadsheet_column_loses_its_heading() {
    // What Excel and Google Sheets put on the clipboard for a column with its heading.
    assert_eq!(
        text("Email\r\nada@example.com\r\nBOB@example.com\r\n"),
        ["ada@example.com", "BOB@example.com"]
    );
    assert_eq!(text("ID\n17\n18"), ["17", "18"]);
    // Only a first cell is a heading.
    assert_eq!(text("ada\nid"), ["ada", "id"]);
}

#[test]
fn addresses_copied_from_a_mail_client_keep_only_the_address() {
    assert_eq!(
        text(r#""Lovelace, Ada" <ada@example.com>; Bob Stone <bob@example.com>, <cy@example.com>"#),
        ["ada@example.com", "bob@example.com", "cy@example.com"]
    );
}

#[test]
fn quotes_follow_rfc_4180_and_a_stray_one_is_text() {
    assert_eq!(text(r#""o""brien", "a,b""#), [r#"o"brien"#, "a,b"]);
    // Unclosed: the quote is kept and the rest still splits.
    assert_eq!(text("\"ada@example.com, bob@example.com"), ["\"ada@example.com", "bob@example.com"]);
}

#[test]
fn nothing_but_separators_is_empty() {
    assert_eq!(from_text(""), Err(EntriesError::Empty));
    assert_eq!(from_text(" ,\n; \t\r\n"), Err(EntriesError::Empty));
    assert_eq!(from_text("Email\n"), Err(EntriesError::Empty));
    assert_eq!(from_file(b"\xef\xbb\xbfEmail\r\n"), Err(EntriesError::Empty));
    assert_eq!(from_file(b""), Err(EntriesError::Empty));
}

#[test]
fn ten_thousand_entries_at_most_and_the_error_says_how_many() {
    let lines = |n: usize| (0..n).map(|i| format!("user{i}@example.com")).collect::<Vec<_>>().join("\n");
    assert_eq!(from_text(&lines(10_000)).map(|e| e.len()), Ok(10_000));
    assert_eq!(from_text(&lines(12_430)), Err(EntriesError::TooMany { count: 12_430 }));
    assert_eq!(from_file(lines(10_001).as_bytes()), Err(EntriesError::TooMany { count: 10_001 }));
}

#[test]
fn an_excel_csv_reads_its_email_column() {
    let csv = "\u{feff}Name,Email,Team\r\n\"Lovelace, Ada\",ada@example.com,Sales\r\nBob Stone,BOB@example.com,\r\n";
    assert_eq!(file(csv.as_bytes()), ["ada@example.com", "BOB@example.com"]);
}

#[test]
fn a_semicolon_csv_with_a_line_break_in_a_quoted_cell() {
    let csv = "Nom;EMAIL;Service\r\n\"Dupont\r\nJean\";jean@example.fr;\"R;D\"\r\n;marie@example.fr;\n";
    assert_eq!(file(csv.as_bytes()), ["jean@example.fr", "marie@example.fr"]);
}

#[test]
fn a_tab_separated_export_and_the_preferred_heading() {
    assert_eq!(file(b"id\tusername\temail\n17\tada\tada@example.com\n18\tbob\t\n"), ["ada@example.com"]);
    assert_eq!(file(b"ID;Username\n17;ada\n18;bob\n"), ["ada", "bob"]);
    assert_eq!(file(b"Name,Id\nAda,17\nBob,\"18\"\n"), ["17", "18"]);
}

#[test]
fn without_a_heading_the_first_column() {
    assert_eq!(
        file(b"ada@example.com,Ada Lovelace\nbob,Bob Stone\n17,Cy\n"),
        ["ada@example.com", "bob", "17"]
    );
    assert_eq!(file(b"ada\nbob\r\n42"), ["ada", "bob", "42"]);
}

#[test]
fn a_one_row_file_or_a_table_of_emails_is_a_plain_list() {
    assert_eq!(file(b"ada@example.com, bob@example.com, 42\n"), ["ada@example.com", "bob@example.com", "42"]);
    assert_eq!(
        file(b"ada@example.com;bob@example.com\ncy@example.com\n"),
        ["ada@example.com", "bob@example.com", "cy@example.com"]
    );
}

#[test]
fn a_table_of_names_has_no_recognisable_column() {
    assert_eq!(
        from_file(b"Name,Department\nAda Lovelace,Sales\nBob Stone,Ops\n"),
        Err(EntriesError::NoColumn)
    );
    assert_eq!(
        from_file(b"Full name;Work e-mail\r\nAda Lovelace;ada@example.com\r\n"),
        Err(EntriesError::NoColumn)
    );
}

#[test]
fn a_file_that_is_not_utf8_text() {
    // Latin-1, UTF-16 with and without its byte-order mark, a PNG.
    assert_eq!(from_file(b"Jos\xe9@example.com\n"), Err(EntriesError::NotUtf8));
    assert_eq!(from_file(b"\xff\xfea\0@\0b\0"), Err(EntriesError::NotUtf8));
    assert_eq!(from_file(b"a\0d\0a\0@\0x\0"), Err(EntriesError::NotUtf8));
    assert_eq!(from_file(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(EntriesError::NotUtf8));
    assert_eq!(file("José@example.com".as_bytes()), ["José@example.com"]);
}

/// An entry as the admin might have it: any characters but line ends at the edges, trimmed and
/// not a heading; `<…>` would read as an address.
fn entry() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9._%+@' ,;\t\"\r\n-]{1,16}"
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("non-blank, not a heading", |s| !s.is_empty() && heading(s).is_none())
}

/// An entry with no separator, quote or space in it, as emails, usernames and ids are.
fn simple_entry() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9._%+-]{1,12}(@[a-z0-9-]{1,8}\\.[a-z]{2,4})?"
        .prop_filter("not a heading", |s| heading(s).is_none())
}

/// RFC 4180: a cell with a separator, quote or line end in it is quoted, quotes doubled.
fn csv_cell(cell: &str) -> String {
    if cell.contains([',', ';', '\t', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

proptest! {
    #[test]
    fn pasted_simple_entries_come_back_whatever_separates_them(
        entries in proptest::collection::vec(simple_entry(), 1..40),
        gaps in proptest::collection::vec(
            proptest::sample::select(vec!["\n", "\r\n", ",", ";", "\t", ", ", "; ", " \n ", ",\n", "\n\n"]), 41),
    ) {
        let mut pasted = gaps[40].to_owned();
        for (entry, gap) in entries.iter().zip(&gaps) {
            pasted.push_str(entry);
            pasted.push_str(gap);
        }
        prop_assert_eq!(from_text(&pasted), Ok(entries));
    }

    #[test]
    fn a_csv_file_gives_back_its_email_column(
        entries in proptest::collection::vec(entry(), 1..30),
        others in proptest::collection::vec(proptest::collection::vec(entry(), 0..3), 1..30),
        titles in proptest::collection::vec("[A-Z][a-z ]{0,8}".prop_filter("not a heading", |s| heading(s).is_none()), 3),
        column in 0usize..4,
        heading_case in proptest::sample::select(vec!["email", "Email", "EMAIL", " eMail "]),
        delimiter in proptest::sample::select(vec![",", ";", "\t"]),
        line_end in proptest::sample::select(vec!["\n", "\r\n"]),
        bom: bool,
        final_line_end: bool,
    ) {
        let width = 1 + others.iter().map(Vec::len).max().unwrap_or(0);
        let column = column % width;
        let row = |cells: Vec<String>| cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(delimiter);
        let mut header: Vec<String> = titles.iter().take(width - 1).cloned().collect();
        header.resize(width - 1, "Note".into());
        header.insert(column, heading_case.to_owned());
        let mut lines = vec![row(header)];
        for (i, entry) in entries.iter().enumerate() {
            let mut cells = others.get(i).cloned().unwrap_or_default();
            cells.resize(width - 1, String::new());
            cells.insert(column, entry.clone());
            lines.push(row(cells));
        }
        let mut csv = if bom { BOM.to_owned() } else { String::new() };
        csv.push_str(&lines.join(line_end));
        if final_line_end {
            csv.push_str(line_end);
        }
        prop_assert_eq!(from_file(csv.as_bytes()), Ok(entries));
    }

    #[test]
    fn any_input_gives_trimmed_entries_or_an_error(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let results = [from_file(&bytes), from_text(&String::from_utf8_lossy(&bytes))];
        for entries in results.into_iter().flatten() {
            prop_assert!(!entries.is_empty() && entries.len() <= MAX_LIST_ENTRIES);
            prop_assert!(entries.iter().all(|e| !e.is_empty() && e.trim() == e));
        }
    }
}
