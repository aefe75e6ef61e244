//! Select from a list (§12): the admin pastes or uploads the emails, usernames or ids HR sent, the
//! server matches them once (`POST /people/lists`), and the list becomes a filter like any other.
//! What the dialog says and sends is here, as plain functions; `dialog.rs` renders it.

mod dialog;
mod names;

pub use dialog::ListDialog;
pub use names::ListNames;

use crate::{format::count, jobs::csv};
use contract::{
    entries::EntriesError, lists::LIST_NAME_MAX, Filter, ListId, ListQuery, PeopleList, Unmatched,
    UnmatchedReason,
};

/// Why no list could be read from what was pasted or chosen, and what to do about it.
pub fn entries_error(error: &EntriesError) -> String {
    match error {
        EntriesError::Empty => {
            "There is nothing to match. Paste emails, usernames or user ids, one per line or separated by commas, or choose a file.".to_owned()
        }
        EntriesError::TooMany { count: n } => format!(
            "{} at most; this list has {}. Split it into smaller lists.",
            count(contract::lists::MAX_LIST_ENTRIES as u64),
            count(*n as u64)
        ),
        EntriesError::NotUtf8 => "This file is not UTF-8 text. Save it as UTF-8 CSV, then choose it again.".to_owned(),
        EntriesError::NoColumn => "This file has no column of emails, usernames or ids. Head that column email, username or id, or make it the first.".to_owned(),
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
pub fn pasted_list_name(day: &str, time: &str) -> String {
    format!("Pasted list, {day} {time}")
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
pub fn summary(list: &PeopleList) -> String {
    let mut out = format!("{} of {} matched", count(list.matched), count(list.entries));
    for (reason, n) in by_reason(&list.unmatched) {
        let words = match reason {
            UnmatchedReason::NotFound => "not found",
            UnmatchedReason::Ambiguous => "ambiguous",
            UnmatchedReason::Invalid => "invalid",
            UnmatchedReason::Duplicate if n == 1 => "duplicate",
            UnmatchedReason::Duplicate => "duplicates",
        };
        out.push_str(&format!(" · {} {words}", count(n as u64)));
    }
    out
}

/// "Show these 812 users".
pub fn show_label(matched: u64) -> String {
    match matched {
        1 => "Show this user".to_owned(),
        n => format!("Show these {} users", count(n)),
    }
}

/// "Show and select all 812".
pub fn select_label(matched: u64) -> String {
    match matched {
        1 => "Show and select this user".to_owned(),
        n => format!("Show and select all {}", count(n)),
    }
}

/// Why an entry added nobody, as the admin reads it.
pub fn reason_text(reason: UnmatchedReason) -> &'static str {
    match reason {
        UnmatchedReason::NotFound => "No user has this email, username or id",
        UnmatchedReason::Ambiguous => "More than one user has this username",
        UnmatchedReason::Invalid => "Not an email, username or id",
        UnmatchedReason::Duplicate => "Already in the list",
    }
}

/// The unmatched entries as text to copy: one per line, the entry and its reason separated by a
/// tab, so a paste into a spreadsheet fills two columns.
pub fn unmatched_text(unmatched: &[Unmatched]) -> String {
    unmatched.iter().map(|u| format!("{}\t{}\n", u.entry, reason_text(u.reason))).collect()
}

/// The unmatched entries as a CSV file (UTF-8 with a byte-order mark, CRLF, RFC 4180; a cell a
/// spreadsheet would run as a formula is neutralised, as in a job's CSV).
pub fn unmatched_csv(unmatched: &[Unmatched]) -> String {
    let mut out = String::from(csv::BOM);
    out.push_str("Entry,Reason\r\n");
    for u in unmatched {
        out.push_str(&format!("{},{}\r\n", csv::cell(&u.entry), csv::cell(reason_text(u.reason))));
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
