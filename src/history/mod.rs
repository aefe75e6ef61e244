//! The organisation's batch history (§14): every job, who ran it, on whom, when and why. Its
//! filters live in the instance's URL beside the people table's, under keys of their own; the
//! screen itself is in the batch part (`view.rs`). This file is plain Rust: the URL, the words of
//! a row, the CSV and which controls a viewer gets.

mod view;

pub use view::History;

use crate::{
    filters,
    i18n::Words,
    jobs::{csv::cell, progress::status_text},
};
use contract::{
    query::{decode_pairs, encode_pairs},
    Job, JobListQuery, Me, Outcome, Role, SelectionKind,
};

/// The URL key that says the History view is open.
pub const OPEN_KEY: &str = "history";
/// The history's filter keys in the URL and the `GET /batch-jobs` keys they stand for: prefixed,
/// since the people table already owns `status` and `page`.
const KEYS: [(&str, &str); 6] = [
    ("history_by", "created_by"),
    ("history_action", "action"),
    ("history_status", "status"),
    ("history_from", "from"),
    ("history_to", "to"),
    ("history_page", "page"),
];

/// Whether `key` is one of the history's URL keys.
fn is_history_key(key: &str) -> bool {
    key == OPEN_KEY || KEYS.iter().any(|(url, _)| *url == key)
}

/// The history's query (scope org) out of the instance's own query string. A value the server
/// would refuse (a hand-edited URL) is left out rather than failing the whole view.
pub fn query_from_url(own: &str) -> JobListQuery {
    let pairs: Vec<(&str, String)> = decode_pairs(own)
        .into_iter()
        .filter_map(|(key, value)| {
            let api = KEYS.iter().find(|(url, _)| *url == key)?.1;
            JobListQuery::from_query_pairs([(api, value.as_str())]).is_ok().then_some((api, value))
        })
        .collect();
    let query = JobListQuery::from_query_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    // Each pair passed alone; together only `from` after `to` can fail: drop the range.
    let query = query.unwrap_or_else(|_| {
        let kept = pairs.iter().filter(|(k, _)| !matches!(*k, "from" | "to"));
        JobListQuery::from_query_pairs(kept.map(|(k, v)| (*k, v.as_str()))).unwrap_or_default()
    });
    JobListQuery { scope: contract::JobScope::Org, ..query }
}

/// The instance's own query with the history's keys replaced: `Some(query)` opens the history on
/// those filters, `None` closes it. The table's pairs stay as they were, in their order.
pub fn url_with(own: &str, history: Option<&JobListQuery>) -> String {
    let kept = own.split('&').filter(|s| {
        let key = s.split_once('=').map_or(*s, |(k, _)| k);
        !s.is_empty() && !is_history_key(key)
    });
    let mut parts: Vec<String> = kept.map(str::to_owned).collect();
    if let Some(query) = history {
        let mut pairs = vec![(OPEN_KEY, "1".to_owned())];
        for (api, value) in query.to_query_pairs() {
            if let Some((url, _)) = KEYS.iter().find(|(_, a)| *a == api) {
                pairs.push((url, value));
            }
        }
        parts.push(encode_pairs(pairs));
    }
    parts.join("&")
}

/// The same filters from the first page: a filter change shows the newest jobs again.
pub fn filtered(query: &JobListQuery, edit: impl FnOnce(&mut JobListQuery)) -> JobListQuery {
    let mut next = JobListQuery { page: 1, snapshot: None, ..query.clone() };
    edit(&mut next);
    next
}

/// What the viewer may do to a job (the server enforces the same): cancel and retry stay with
/// the job's creator; undo with its creator and any Owner, when the server offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Controls {
    pub cancel: bool,
    pub retry: bool,
    pub undo: bool,
}

impl Controls {
    pub fn of(me: &Me, job: &Job) -> Self {
        let mine = job.created_by == me.id;
        Controls {
            cancel: mine && !job.status.is_terminal(),
            retry: mine && job.status.is_terminal() && job.failed > 0,
            undo: job.undoable && (mine || me.role == Role::Owner),
        }
    }
}

/// How the job's users were chosen, as described when it was created: its filter chips (by the
/// names the job kept), "12 chosen users", or the job it retries or undoes.
pub fn selection_text(job: &Job, words: &Words) -> String {
    let of = |id: &Option<contract::JobId>| id.as_ref().map_or_else(String::new, |id| id.0.clone());
    match job.selection.kind {
        SelectionKind::Explicit => words.history_chosen(job.total.into()),
        SelectionKind::AllMatching => {
            let chips = job
                .selection
                .filter
                .as_ref()
                .map(|f| filters::chips(f, &job.names, &[], words))
                .unwrap_or_default();
            let labels: Vec<String> = chips.into_iter().map(|c| c.label).collect();
            let (filters, excluded) = (&labels.join("; "), job.selection.excluded);
            match (labels.is_empty(), excluded > 0) {
                (true, false) => words.history_every_user(),
                (true, true) => words.history_every_user_but(excluded.into()),
                (false, false) => words.history_matching(filters.into()),
                (false, true) => words.history_matching_but(excluded.into(), filters.into()),
            }
        }
        SelectionKind::FailedUsers => words.history_failed_of((&of(&job.retry_of)).into()),
        SelectionKind::ChangedUsers => words.history_changed_by((&of(&job.undo_of)).into()),
    }
}

/// "2026-03-02 10:00 UTC" out of an RFC 3339 instant in UTC, as the server writes them.
pub fn when(instant: &str) -> String {
    match instant.get(..16) {
        Some(minute) if instant.ends_with('Z') => format!("{} UTC", minute.replacen('T', " ", 1)),
        _ => instant.to_owned(),
    }
}

/// "5 users · 4 succeeded, 0 skipped, 1 failed".
pub fn counts_text(job: &Job, words: &Words) -> String {
    words.history_counts(job.failed.into(), job.skipped.into(), job.succeeded.into(), job.total.into())
}

/// "51–100 of 230 jobs" for page `page` of `per_page` holding `shown` jobs.
pub fn jobs_range(words: &Words, page: u32, per_page: u32, shown: usize, total: u64) -> String {
    if shown == 0 {
        return words.history_none();
    }
    let first = u64::from(page.max(1) - 1) * u64::from(per_page) + 1;
    let last = first + shown as u64 - 1;
    words.history_range(first.into(), last.into(), total.into())
}

/// The CSV of the listed jobs (RFC 4180, UTF-8 with a byte-order mark), every cell made safe as in
/// the job CSV: a leading formula sign is neutralised.
pub fn csv_document(jobs: &[Job], words: &Words) -> String {
    let mut out = String::from("\u{feff}");
    let mut line = |cells: &[&str]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    let outcome = |o: Outcome| words.outcome_heading(o.as_str().into());
    let header = [
        words.history_job_id(),
        words.history_created(),
        words.history_started(),
        words.history_finished(),
        words.history_run_by(),
        words.history_action(),
        words.history_job(),
        words.history_selection(),
        words.history_users(),
        outcome(Outcome::Succeeded),
        outcome(Outcome::Skipped),
        outcome(Outcome::Failed),
        words.column_status(),
        words.column_reason(),
        words.history_undone_by(),
    ];
    line(&header.each_ref().map(String::as_str));
    for job in jobs {
        let numbers = [job.total, job.succeeded, job.skipped, job.failed].map(|n| n.to_string());
        line(&[
            &job.id.0,
            &job.created_at,
            job.started_at.as_deref().unwrap_or(""),
            job.finished_at.as_deref().unwrap_or(""),
            &job.created_by_name,
            &words.action_name(job.action.kind()),
            &job.title,
            &selection_text(job, words),
            &numbers[0],
            &numbers[1],
            &numbers[2],
            &numbers[3],
            &status_text(words, job.status),
            job.reason.as_deref().unwrap_or(""),
            job.undone_by.as_ref().map_or("", |id| id.0.as_str()),
        ]);
    }
    out
}

#[cfg(test)]
mod tests;
