//! Progress maths and the sentences a job is described with (§8). Pure: times are milliseconds.

use crate::i18n::{Arg, Words};
use contract::{ActionKind, Job, JobStatus};

/// The rate this page has observed for one job, for the ETA. Measured on the client's clock
/// between polls, so clock skew with the server does not matter.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Observed {
    /// The first answer with any progress: (time, processed).
    first: Option<(f64, u64)>,
    last: Option<(f64, u64)>,
}

impl Observed {
    pub fn observe(&mut self, now: f64, processed: u64) {
        if processed == 0 {
            return;
        }
        self.first.get_or_insert((now, processed));
        self.last = Some((now, processed));
    }

    /// Milliseconds left at the observed rate; `None` until two answers showed progress.
    pub fn eta_ms(&self, total: u64) -> Option<f64> {
        let ((t0, p0), (t1, p1)) = (self.first?, self.last?);
        if p1 <= p0 || t1 <= t0 {
            return None;
        }
        let per_ms = (p1 - p0) as f64 / (t1 - t0);
        Some(total.saturating_sub(p1) as f64 / per_ms)
    }
}

/// Whole percent done, never 100 before the end.
pub fn percent(processed: u64, total: u64) -> u64 {
    if total == 0 {
        return 100;
    }
    processed.min(total) * 100 / total
}

/// "45 s", "2 min 05 s", "1 h 02 min" (the second number as two digits).
pub fn duration(words: &Words, ms: f64) -> String {
    let secs = (ms.max(0.0) / 1000.0).round() as u64;
    match secs {
        0..60 => words.duration_seconds(secs.into()),
        60..3600 => words.duration_minutes((secs / 60).into(), (&format!("{:02}", secs % 60)).into()),
        _ => words.duration_hours((secs / 3600).into(), (&format!("{:02}", secs % 3600 / 60)).into()),
    }
}

/// Milliseconds since the Unix epoch of an RFC 3339 UTC time as the API writes it
/// (`2026-03-02T10:00:00Z`, optional fraction).
pub fn parse_time(s: &str) -> Option<f64> {
    let s = s.strip_suffix('Z')?;
    let (date, time) = s.split_once('T')?;
    let mut d = date.splitn(3, '-').map(str::parse::<i64>);
    let (y, m, day) = (d.next()?.ok()?, d.next()?.ok()?, d.next()?.ok()?);
    let mut t = time.splitn(3, ':');
    let (h, min) = (t.next()?.parse::<i64>().ok()?, t.next()?.parse::<i64>().ok()?);
    let sec: f64 = t.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    // Days from 1970-01-01 (Howard Hinnant's days_from_civil).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 86_400 + h * 3600 + min * 60) as f64 + sec) * 1000.0)
}

/// How long the job has run (until it finished), from the server's times.
pub fn elapsed_ms(job: &Job, now: f64) -> Option<f64> {
    let start = parse_time(job.started_at.as_deref()?)?;
    let end = job.finished_at.as_deref().and_then(parse_time).unwrap_or(now);
    Some((end - start).max(0.0))
}

/// A message of one variable: "13 failed", "The job could not be moved. {error}".
pub type Said = fn(&Words, Arg) -> String;

/// What the job did, in the past tense: "Added 4,000 users to Sales EMEA".
fn done_phrase(job: &Job, words: &Words) -> String {
    // The server's title names the target after the last ": " ("Add to team: Sales EMEA").
    let what = job.title.rsplit_once(": ").map_or(job.title.as_str(), |(_, w)| w);
    let (action, what) = match job.undo_of {
        Some(_) => ("undo", job.title.strip_prefix("Undo: ").unwrap_or(&job.title)),
        None => (job.action.kind().as_str(), what),
    };
    words.job_done(action.into(), job.succeeded.into(), what.into())
}

/// The completion sentence of the toast and the live region:
/// "Added 4,000 users to Sales EMEA · 13 failed".
pub fn completion(job: &Job, words: &Words) -> String {
    let title = (&job.title).into();
    let mut out = match job.status {
        JobStatus::Cancelled => words.job_cancelled(job.processed.into(), title, job.total.into()),
        JobStatus::Failed => words.job_failed_all(job.failed.into(), title),
        _ => done_phrase(job, words),
    };
    if job.status != JobStatus::Failed {
        let counts: [(u64, Said); 2] =
            [(job.skipped, Words::job_skipped_count), (job.failed, Words::job_failed_count)];
        for (n, said) in counts {
            if n > 0 {
                out.push_str(" · ");
                out.push_str(&said(words, n.into()));
            }
        }
    }
    out
}

/// Whether a job in this status is worth polling: it may change without the admin. A paused pilot
/// waits for the admin (their resume answers the running job); a scheduled one polls as slowly as
/// the server says, to see it start.
pub fn polls(status: JobStatus) -> bool {
    !status.is_terminal() && status != JobStatus::Paused
}

/// The Jobs button's badge: " · 2 running · 1 scheduled · 1 waiting for you", or nothing when
/// no job is open.
pub fn tray_badge(words: &Words, statuses: impl IntoIterator<Item = JobStatus>) -> String {
    let (mut running, mut scheduled, mut waiting) = (0u64, 0u64, 0u64);
    for status in statuses {
        match status {
            JobStatus::Scheduled => scheduled += 1,
            JobStatus::Paused => waiting += 1,
            s if s.is_active() => running += 1,
            _ => {}
        }
    }
    let kinds: [(u64, Said); 3] =
        [(running, Words::jobs_running), (scheduled, Words::jobs_scheduled), (waiting, Words::jobs_waiting)];
    kinds
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, said)| format!(" · {}", said(words, n.into())))
        .collect()
}

/// A status in words for the tray and the history.
pub fn status_text(words: &Words, status: JobStatus) -> String {
    words.job_status(status.as_str().into())
}

/// What the action dialog is titled while it shows `job`: the action's name, unless the summary's
/// Retry failed or Undo moved it on to a job of its own ("Retry failed: Add to team").
pub fn action_dialog_title(kind: ActionKind, job: Option<&Job>) -> String {
    // The instance's words (English outside a widget): the caller, in the actions dialog, keeps
    // its signature.
    let words = crate::i18n::words();
    let name = words.action_name(kind);
    match job {
        Some(job) if job.retry_of.is_some() => words.job_retry_title((&name).into()),
        Some(job) if job.undo_of.is_some() => words.job_undo_title((&name).into()),
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::english;
    use contract::{BatchAction, FilterOptions, JobId, Role, SelectionKind, SelectionSnapshot, UserId};

    pub(crate) fn job(action: BatchAction, title: &str) -> Job {
        Job {
            id: JobId("job-1".into()),
            action,
            title: title.into(),
            status: JobStatus::Succeeded,
            total: 4013,
            processed: 4013,
            succeeded: 4000,
            skipped: 0,
            failed: 13,
            reasons: vec![],
            created_by: UserId(1),
            created_by_name: "Morgan Avery".into(),
            reason: None,
            selection: SelectionSnapshot::of(SelectionKind::Explicit),
            names: FilterOptions::default(),
            pilot: None,
            run_at: None,
            created_at: "2026-03-02T10:00:00Z".into(),
            started_at: Some("2026-03-02T10:00:01Z".into()),
            finished_at: Some("2026-03-02T10:01:06.5Z".into()),
            poll_after_ms: None,
            undoable: true,
            retry_of: None,
            undo_of: None,
            undone_by: None,
        }
    }

    #[test]
    fn the_jobs_badge_counts_what_is_open_by_kind() {
        use JobStatus::*;
        assert_eq!(tray_badge(english(), [Succeeded, Cancelled]), "");
        assert_eq!(tray_badge(english(), [Running, Queued, Succeeded]), " · 2 running");
        assert_eq!(
            tray_badge(english(), [Scheduled, Paused, Running]),
            " · 1 running · 1 scheduled · 1 waiting for you"
        );
    }

    #[test]
    fn only_jobs_that_move_on_their_own_are_polled() {
        let polled: Vec<_> = JobStatus::ALL.into_iter().filter(|s| polls(*s)).collect();
        assert_eq!(polled, [JobStatus::Scheduled, JobStatus::Queued, JobStatus::Running]);
    }

    #[test]
    fn the_action_dialog_says_when_it_shows_a_retry_or_an_undo() {
        let team = BatchAction::AddToTeam { team_id: "sales".into() };
        let ran = job(team.clone(), "Add to team: Sales");
        let kind = ActionKind::AddToTeam;
        assert_eq!(action_dialog_title(kind, None), "Add to team");
        assert_eq!(action_dialog_title(kind, Some(&ran)), "Add to team");
        let retry = Job { retry_of: Some(ran.id.clone()), ..job(team.clone(), "whatever the server says") };
        assert_eq!(action_dialog_title(kind, Some(&retry)), "Retry failed: Add to team");
        let undo = Job { undo_of: Some(ran.id.clone()), ..job(team, "") };
        assert_eq!(action_dialog_title(kind, Some(&undo)), "Undo: Add to team");
    }

    #[test]
    fn eta_comes_from_the_observed_rate() {
        let mut o = Observed::default();
        o.observe(0.0, 0);
        assert_eq!(o.eta_ms(5000), None, "no progress yet");
        o.observe(1000.0, 500);
        assert_eq!(o.eta_ms(5000), None, "one point is not a rate");
        o.observe(2000.0, 1000);
        // 500 users per second, 4,000 left.
        assert_eq!(o.eta_ms(5000), Some(8000.0));
        o.observe(4000.0, 1500);
        // The average since the first progress: 1,000 in 3 s; 3,500 left.
        assert_eq!(o.eta_ms(5000), Some(10_500.0));
        o.observe(5000.0, 5000);
        assert_eq!(o.eta_ms(5000), Some(0.0));
    }

    #[test]
    fn no_eta_when_progress_stalls_from_the_start() {
        let mut o = Observed::default();
        o.observe(0.0, 100);
        o.observe(5000.0, 100);
        assert_eq!(o.eta_ms(5000), None);
    }

    #[test]
    fn percent_is_floored_and_total_zero_is_done() {
        assert_eq!(percent(0, 5000), 0);
        assert_eq!(percent(4999, 5000), 99);
        assert_eq!(percent(5000, 5000), 100);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(0, 0), 100);
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(english(), 0.0), "0 s");
        assert_eq!(duration(english(), -50.0), "0 s");
        assert_eq!(duration(english(), 44_600.0), "45 s");
        assert_eq!(duration(english(), 125_000.0), "2 min 05 s");
        assert_eq!(duration(english(), 3_720_000.0), "1 h 02 min");
    }

    #[test]
    fn rfc3339_times_parse_to_epoch_milliseconds() {
        assert_eq!(parse_time("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(parse_time("2000-03-01T00:00:00Z"), Some(951_868_800_000.0));
        assert_eq!(parse_time("2026-03-02T10:00:00.25Z"), Some(1_772_445_600_250.0));
        assert_eq!(parse_time("2026-03-02 10:00:00"), None);
        assert_eq!(parse_time("2026-13-02T10:00:00Z"), None);
    }

    #[test]
    fn elapsed_runs_from_start_to_finish_or_now() {
        let mut j = job(BatchAction::Deactivate, "Deactivate");
        assert_eq!(elapsed_ms(&j, 0.0), Some(65_500.0));
        j.finished_at = None;
        let start = parse_time("2026-03-02T10:00:01Z").unwrap();
        assert_eq!(elapsed_ms(&j, start + 3000.0), Some(3000.0));
        j.started_at = None;
        assert_eq!(elapsed_ms(&j, start), None);
    }

    #[test]
    fn completion_sentences() {
        let j = job(BatchAction::AddToTeam { team_id: "sales-emea".into() }, "Add to team: Sales EMEA");
        assert_eq!(completion(&j, english()), "Added 4,000 users to Sales EMEA · 13 failed");

        let mut j = job(BatchAction::ChangeRole { role: Role::Hr }, "Change role: HR");
        j.failed = 0;
        j.skipped = 2;
        j.succeeded = 1;
        assert_eq!(completion(&j, english()), "Changed the role of 1 user to HR · 2 skipped");

        j.status = JobStatus::Cancelled;
        j.processed = 1200;
        assert_eq!(
            completion(&j, english()),
            "Change role: HR cancelled after 1,200 of 4,013 users · 2 skipped"
        );

        let mut j = job(BatchAction::Deactivate, "Deactivate");
        j.status = JobStatus::Failed;
        j.failed = 3;
        assert_eq!(completion(&j, english()), "Deactivate failed for all 3 users");

        let mut j = job(BatchAction::ChangeRole { role: Role::Hr }, "Undo: Change role: HR");
        j.undo_of = Some(JobId("job-0".into()));
        j.failed = 0;
        assert_eq!(completion(&j, english()), "Undid “Change role: HR” for 4,000 users");
    }

    #[test]
    fn completion_sentences_in_german_put_the_verb_last() {
        let de = crate::jobs::german();
        let j = job(BatchAction::AddToTeam { team_id: "sales-emea".into() }, "Add to team: Sales EMEA");
        assert_eq!(completion(&j, de), "4,000 Benutzer zu Sales EMEA hinzugefügt · 13 fehlgeschlagen");
        let mut j = job(BatchAction::Deactivate, "Deactivate");
        j.status = JobStatus::Cancelled;
        j.failed = 0;
        j.total = 1;
        j.processed = 0;
        assert_eq!(completion(&j, de), "Deactivate nach 0 von 1 Benutzer abgebrochen");
        j.total = 4013;
        assert_eq!(completion(&j, de), "Deactivate nach 0 von 4,013 Benutzern abgebrochen");
        use JobStatus::*;
        assert_eq!(tray_badge(de, [Paused, Paused, Running]), " · 1 laufend · 2 warten auf Sie");
        assert_eq!(duration(de, 125_000.0), "2 min 05 s");
    }
}
