use super::*;
use crate::i18n::english;
use contract::{entries, PeopleList};

fn unmatched(entry: &str, reason: UnmatchedReason) -> Unmatched {
    Unmatched { entry: entry.into(), reason }
}

fn list(entries: u64, matched: u64, unmatched: Vec<Unmatched>) -> PeopleList {
    PeopleList {
        id: ListId("list-1".into()),
        name: "HR export.csv".into(),
        entries,
        matched,
        unmatched,
        created_at: "2026-03-02T10:32:00Z".into(),
        expires_at: "2026-03-09T10:32:00Z".into(),
    }
}

#[test]
fn the_summary_counts_what_matched_and_each_reason_that_did_not() {
    let missing = (0..3).map(|i| unmatched(&format!("gone{i}@example.com"), UnmatchedReason::NotFound));
    assert_eq!(summary(english(), &list(815, 812, missing.collect())), "812 of 815 matched · 3 not found");
    assert_eq!(summary(english(), &list(4, 4, vec![])), "4 of 4 matched");
    // In the contract's order of reasons, whatever the entries' order; none left out, none invented.
    let mixed = vec![
        unmatched("ADA@example.com", UnmatchedReason::Duplicate),
        unmatched("ada@@example", UnmatchedReason::Invalid),
        unmatched("nobody", UnmatchedReason::NotFound),
        unmatched("sam", UnmatchedReason::Ambiguous),
        unmatched("42", UnmatchedReason::Duplicate),
    ];
    assert_eq!(
        summary(english(), &list(12_430, 12_425, mixed)),
        "12,425 of 12,430 matched · 1 not found · 1 ambiguous · 1 invalid · 2 duplicates"
    );
    let one = vec![unmatched("a@example.com", UnmatchedReason::Duplicate)];
    assert_eq!(summary(english(), &list(2, 1, one)), "1 of 2 matched · 1 duplicate");
}

#[test]
fn counts_by_reason_add_up_to_the_unmatched() {
    let all: Vec<_> = UnmatchedReason::ALL
        .iter()
        .cycle()
        .take(11)
        .enumerate()
        .map(|(i, r)| unmatched(&i.to_string(), *r))
        .collect();
    let counts = by_reason(&all);
    assert_eq!(counts.iter().map(|(_, n)| n).sum::<usize>(), all.len());
    assert_eq!(counts.iter().map(|(r, _)| *r).collect::<Vec<_>>(), UnmatchedReason::ALL);
    assert_eq!(by_reason(&[]), []);
}

#[test]
fn parse_errors_say_what_to_do() {
    let too_many = entries::from_text(&"a@example.com\n".repeat(12_430)).unwrap_err();
    assert_eq!(
        entries_error(english(), &too_many),
        "10,000 at most; this list has 12,430. Split it into smaller lists."
    );
    let not_utf8 = entries::from_file(&[0xff, 0xfe, b'a', 0]).unwrap_err();
    assert!(
        entries_error(english(), &not_utf8).contains("Save it as UTF-8 CSV"),
        "{}",
        entries_error(english(), &not_utf8)
    );
    let empty = entries::from_text(" ,\n;\t").unwrap_err();
    assert!(entries_error(english(), &empty).starts_with("There is nothing to match."));
    let no_column = entries::from_file(b"Name,Team\nAda Lovelace,Sales\nSam Okafor,Ops\n").unwrap_err();
    assert!(entries_error(english(), &no_column).contains("no column of emails, usernames or ids"));
}

#[test]
fn a_file_names_its_list_within_the_name_rules() {
    assert_eq!(file_list_name("HR export.csv").as_deref(), Some("HR export.csv"));
    assert_eq!(file_list_name("  spaced.txt ").as_deref(), Some("spaced.txt"));
    assert_eq!(file_list_name("   "), None);
    let exactly = "é".repeat(LIST_NAME_MAX);
    assert_eq!(file_list_name(&exactly).as_deref(), Some(exactly.as_str()));
    let long = format!("{} export.csv", "Quarterly fire-safety refresher ".repeat(4));
    let name = file_list_name(&long).unwrap();
    assert_eq!(name.chars().count(), LIST_NAME_MAX);
    assert!(name.ends_with('…') && long.starts_with(name.trim_end_matches('…')), "{name}");
    // What the widget sends, the server's rule accepts.
    for name in [name, exactly, pasted_list_name(english(), "4 Dec", "10:32")] {
        assert_eq!(contract::views::validate_view_name(&name).as_deref(), Ok(name.as_str()));
    }
    assert_eq!(pasted_list_name(english(), "4 Dec", "10:32"), "Pasted list, 4 Dec 10:32");
}

#[test]
fn a_name_cut_short_never_ends_in_a_blank_before_the_ellipsis() {
    let name = format!("{}{}", "a".repeat(LIST_NAME_MAX - 2), "   tail.csv");
    let short = file_list_name(&name).unwrap();
    assert_eq!(short, format!("{}…", "a".repeat(LIST_NAME_MAX - 2)));
}

#[test]
fn unmatched_entries_copy_as_two_columns_and_download_as_safe_csv() {
    let rows = vec![
        unmatched("nobody@example.com", UnmatchedReason::NotFound),
        unmatched("=HYPERLINK(\"http://x\")", UnmatchedReason::Invalid),
        unmatched("Avery, Morgan", UnmatchedReason::Invalid),
    ];
    assert_eq!(
        unmatched_text(english(), &rows),
        "nobody@example.com\tNo user has this email, username or id\n\
         =HYPERLINK(\"http://x\")\tNot an email, username or id\n\
         Avery, Morgan\tNot an email, username or id\n"
    );
    let csv = unmatched_csv(english(), &rows);
    let lines: Vec<&str> = csv.strip_prefix('\u{feff}').unwrap().split_terminator("\r\n").collect();
    assert_eq!(
        lines,
        [
            "Entry,Reason",
            "nobody@example.com,\"No user has this email, username or id\"",
            "\"'=HYPERLINK(\"\"http://x\"\")\",\"Not an email, username or id\"",
            "\"Avery, Morgan\",\"Not an email, username or id\"",
        ]
    );
}

#[test]
fn showing_a_list_shows_only_it_from_the_first_page_in_the_same_order() {
    let before = ListQuery::parse("status=active&q=ada&sort=-hire_date&page=4&per_page=100").unwrap();
    let next = showing(&before, ListId("list-9".into()));
    assert_eq!(next.to_query_string(), "list=list-9&sort=-hire_date&per_page=100");
    assert_eq!(next.filter.active_count(), 1);
}

#[test]
fn the_buttons_say_how_many() {
    assert_eq!(show_label(english(), 812), "Show these 812 users");
    assert_eq!(select_label(english(), 4_213), "Show and select all 4,213");
    assert_eq!(show_label(english(), 1), "Show this user");
    assert_eq!(select_label(english(), 1), "Show and select this user");
}

#[test]
fn german_counts_its_own_plurals_and_heads_the_csv_in_german() {
    let de = crate::actions::words::german();
    assert_eq!(show_label(&de, 1), "Diesen Benutzer anzeigen");
    assert_eq!(show_label(&de, 812), "Diese 812 Benutzer anzeigen");
    let one = vec![Unmatched { entry: "a".into(), reason: UnmatchedReason::Duplicate }];
    assert_eq!(summary(&de, &list(2, 1, one.clone())), "1 von 2 zugeordnet · 1 Duplikat");
    assert!(unmatched_csv(&de, &one).starts_with("\u{feff}Eintrag,Grund\r\n"));
}
