//! Select from a list (§12): the admin pastes or uploads the emails, usernames or ids HR sent, the
//! server matches them once (`POST /people/lists`), and the list becomes a filter like any other.
//! What the dialog says and sends is here, as plain functions; `dialog.rs` renders it.

mod dialog;
mod names;

pub use dialog::ListDialog;
pub use names::ListNames;

use crate::{i18n::Words, jobs::csv};
use contract::{
    entries::EntriesError, lists::LIST_NAME_MAX, Filter, ListId, ListQuery, PeopleList, Unmatched,
    UnmatchedReason,
};

/// Why no list could be read from what was pasted or chosen, and what to do about it.
pub fn entries_error(words: &Words, error: &EntriesError) -> String {
    match error {
        EntriesError::Empty => words.list_empty(),
        EntriesError::TooMany { count: n } => {
            words.list_too_many((*n).into(), contract::lists::MAX_LIST_ENTRIES.into())
        }
        EntriesError::NotUtf8 => words.list_not_utf8(),
        EntriesError::NoColumn => words.list_no_column(),
    }
}

/// The list's name for a chosen file: its name, shortened to what a list name may hold; `None`
/// for a name of only blanks (the dialog then names it as pasted).
pub fn file_list_name(file_name: &str) -> Option<String> {
    let name = file_name.trim();
    if name.is_empty() {
        return None;
    }
    if name.chars().count() <= LIST_NAME_MAX {
        return Some(name.to_owned());
    }
    let kept: String = name.chars().take(LIST_NAME_MAX - 1).collect();
    Some(format!("{}…", kept.trim_end()))
}

/// "Pasted list, 4 Dec 10:32", from the day and time as the admin's locale writes them.
pub fn pasted_list_name(words: &Words, day: &str, time: &str) -> String {
    words.list_pasted_name(day.into(), time.into())
}

/// How many entries each reason left out, in the contract's order of reasons, leaving out none.
pub fn by_reason(unmatched: &[Unmatched]) -> Vec<(UnmatchedReason, usize)> {
    UnmatchedReason::ALL
        .into_iter()
        .map(|reason| (reason, unmatched.iter().filter(|u| u.reason == reason).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// "812 of 815 matched · 3 not found · 1 duplicate".
pub fn summary(words: &Words, list: &PeopleList) -> String {
    let mut out = words.list_matched(list.matched.into(), list.entries.into());
    for (reason, n) in by_reason(&list.unmatched) {
        let part = match reason {
            UnmatchedReason::NotFound => words.list_not_found(n.into()),
            UnmatchedReason::Ambiguous => words.list_ambiguous(n.into()),
            UnmatchedReason::Invalid => words.list_invalid(n.into()),
            UnmatchedReason::Duplicate => words.list_duplicates(n.into()),
        };
        out.push_str(" · ");
        out.push_str(&part);
    }
    out
}

/// "Show these 812 users".
pub fn show_label(words: &Words, matched: u64) -> String {
    words.list_show(matched.into())
}

/// "Show and select all 812".
pub fn select_label(words: &Words, matched: u64) -> String {
    words.list_show_select(matched.into())
}

/// Why an entry added nobody, as the admin reads it.
pub fn reason_text(words: &Words, reason: UnmatchedReason) -> String {
    match reason {
        UnmatchedReason::NotFound => words.list_why_not_found(),
        UnmatchedReason::Ambiguous => words.list_why_ambiguous(),
        UnmatchedReason::Invalid => words.list_why_invalid(),
        UnmatchedReason::Duplicate => words.list_why_duplicate(),
    }
}

/// The unmatched entries as text to copy: one per line, the entry and its reason separated by a
/// tab, so a paste into a spreadsheet fills two columns.
pub fn unmatched_text(words: &Words, unmatched: &[Unmatched]) -> String {
    unmatched.iter().map(|u| format!("{}\t{}\n", u.entry, reason_text(words, u.reason))).collect()
}

/// The unmatched entries as a CSV file (UTF-8 with a byte-order mark, CRLF, RFC 4180; a cell a
/// spreadsheet would run as a formula is neutralised, as in a job's CSV).
pub fn unmatched_csv(words: &Words, unmatched: &[Unmatched]) -> String {
    let mut out = String::from(csv::BOM);
    let headers = [words.list_csv_entry(), words.list_csv_reason()];
    out.push_str(&format!("{},{}\r\n", csv::cell(&headers[0]), csv::cell(&headers[1])));
    for u in unmatched {
        out.push_str(&format!("{},{}\r\n", csv::cell(&u.entry), csv::cell(&reason_text(words, u.reason))));
    }
    out
}

/// The view of exactly the list's users: no other filter (the dialog promised "these 812"), the
/// order and page size kept, page 1.
pub fn showing(query: &ListQuery, list: ListId) -> ListQuery {
    ListQuery { filter: Filter { list: Some(list), ..Filter::default() }, page: 1, ..query.clone() }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
