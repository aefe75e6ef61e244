//! The batch-job engine: jobs are resolved to a list of people once, at creation, then processed
//! in chunks by a background task at `--rate` users per second (or by tests via [`step`]).

pub mod history;
pub mod rules;
pub mod selection;

use crate::{
    clock,
    data::{matcher::Lists, Mutable, People},
    identity::Identity,
    problem::{ApiError, ApiResult},
    AppState, Shared,
};
use contract::{
    options::FilterOptions, BatchAction, Job, JobId, JobStatus, Outcome, ReasonCode, ReasonCount, Role,
    Selection, SelectionSnapshot,
};
use rules::Op;
use std::{
    collections::{BTreeMap, HashMap},
    time::Duration,
};

/// How often the background task advances a job.
const TICK: Duration = Duration::from_millis(100);
/// The poll delay the server asks for while a job is active.
pub const POLL_MS: u32 = 1000;
/// The longest poll delay asked of a scheduled job: it may be run now or rescheduled elsewhere.
pub const SCHEDULED_POLL_MAX_MS: u32 = 3_600_000;

/// What a job's wire view depends on besides the job: the poll delay and the clock.
#[derive(Clone, Copy, Debug)]
pub struct Poll {
    pub ms: u32,
    /// Unix seconds.
    pub now: i64,
}
/// The own list (the jobs tray) holds active jobs and those that finished this long ago at most;
/// older ones are history.
pub const RECENT_SECS: i64 = 3600;

/// One user's change, kept so undo can restore it exactly.
#[derive(Clone, Copy, Debug)]
pub struct Change {
    pub idx: u32,
    pub before: Mutable,
    pub after: Mutable,
}

pub enum Work {
    Action { op: Op, users: Vec<u32> },
    Undo { changes: Vec<Change> },
}

impl Work {
    pub fn len(&self) -> usize {
        match self {
            Work::Action { users, .. } => users.len(),
            Work::Undo { changes } => changes.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A user's result, packed: index, outcome, reason (`u8::MAX` = none).
#[derive(Clone, Copy, Debug)]
pub struct Packed {
    pub idx: u32,
    pub outcome: Outcome,
    pub reason: Option<ReasonCode>,
}

/// What the operations on a job ask of the admin (docs/api.md, "Who may do what").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Read it and its results: its creator, or anyone with `view_history`.
    Read,
    /// Undo it: its creator, or an Owner who may read it.
    Undo,
    /// Cancel it or retry its failures: its creator only.
    Steer,
}

pub struct JobRecord {
    pub job: Job,
    pub owner: &'static Identity,
    pub work: Work,
    pub cursor: usize,
    pub outcomes: Vec<Packed>,
    pub changes: Vec<Change>,
    pub reasons: BTreeMap<(Outcome, ReasonCode), u64>,
    /// Unix seconds of creation (the history's `from`/`to`).
    pub created: i64,
    /// Unix seconds of the end, once terminal (retention, the own list's recent window).
    pub finished: Option<i64>,
    /// Creation order: newest first is highest first, and a list's snapshot is one of these.
    pub seq: u64,
    /// Pause when the cursor reaches this: the end of a pilot, whose users come first in `work`.
    pub pause_at: Option<usize>,
    /// When a scheduled job starts, Unix seconds.
    pub run_at: Option<i64>,
    /// A scheduled all-matching selection, resolved when the job starts (§13).
    pub pending: Option<Selection>,
}

impl JobRecord {
    /// Whether the job's state allows an undo (by whom is [`Access::Undo`]'s question).
    pub fn reversible_now(&self) -> bool {
        self.job.action.kind().is_reversible()
            && self.job.status.is_terminal()
            && self.job.undo_of.is_none()
            && self.job.undone_by.is_none()
            && !self.changes.is_empty()
    }

    /// Whether `who` may do `access` to this job; `Read` is implied by the others.
    pub fn allows(&self, who: &Identity, access: Access) -> bool {
        let own = self.owner.id == who.id;
        match access {
            Access::Read => own || who.permissions.view_history,
            Access::Undo => own || (who.role == Role::Owner && self.allows(who, Access::Read)),
            Access::Steer => own,
        }
    }

    /// The wire view for `viewer`, with fields derived at read time.
    pub fn view(&self, poll: Poll, viewer: &Identity) -> Job {
        let mut job = self.job.clone();
        let mut reasons: Vec<ReasonCount> = self
            .reasons
            .iter()
            .map(|((outcome, reason), count)| ReasonCount {
                outcome: *outcome,
                reason: *reason,
                count: *count,
            })
            .collect();
        reasons.sort_by(|a, b| b.count.cmp(&a.count).then(a.reason.cmp(&b.reason)));
        job.reasons = reasons;
        job.poll_after_ms = match (job.status, self.run_at) {
            (status, _) if status.is_active() => Some(poll.ms),
            (JobStatus::Scheduled, Some(at)) => {
                let until = at.saturating_sub(poll.now).saturating_mul(1000);
                Some(until.clamp(i64::from(poll.ms), i64::from(SCHEDULED_POLL_MAX_MS)) as u32)
            }
            _ => None,
        };
        job.undoable =
            self.reversible_now() && self.allows(viewer, Access::Undo) && viewer.may(job.action.kind());
        job
    }

    /// Starts a scheduled job: an all-matching selection is resolved now, to whoever matches now.
    /// If nobody does (or its list is gone), the job has no users and ends at its first step.
    pub fn start(&mut self, people: &People, lists: Lists) {
        if let (Some(selection), Work::Action { users, .. }) = (self.pending.take(), &mut self.work) {
            match selection::resolve(people, &selection, lists) {
                Ok((resolved, excluded)) => {
                    *users = resolved;
                    self.job.selection.excluded = excluded;
                }
                Err(_) => users.clear(),
            }
            self.job.total = users.len() as u64;
        }
        self.job.status = JobStatus::Queued;
    }

    /// Whether the own list (the tray) still shows it at `now`.
    pub fn is_recent(&self, now: i64) -> bool {
        self.finished.is_none_or(|t| now - t <= RECENT_SECS)
    }
}

#[derive(Default)]
pub struct JobStore {
    pub jobs: HashMap<JobId, JobRecord>,
    /// (identity, Idempotency-Key) → (canonical request body, job).
    pub idempotency: HashMap<(&'static str, String), (String, JobId)>,
    pub next: u64,
}

impl JobStore {
    /// The job, if `who` may do `access` to it. One they may not even read is a 404, as if it did
    /// not exist: its existence, title and people are not theirs to see. One they may read but not
    /// steer is a 403.
    pub fn reach(&self, who: &Identity, id: &JobId, access: Access) -> ApiResult<&JobRecord> {
        let rec = self.jobs.get(id).filter(|rec| rec.allows(who, Access::Read));
        let rec = rec.ok_or_else(|| ApiError::not_found("This job"))?;
        if rec.allows(who, access) {
            return Ok(rec);
        }
        Err(ApiError::forbidden(match access {
            Access::Undo => "Only the admin who ran this job, or an Owner, may undo it",
            _ => "Only the admin who ran this job may cancel it or retry its failures",
        }))
    }

    pub fn reach_mut(&mut self, who: &Identity, id: &JobId, access: Access) -> ApiResult<&mut JobRecord> {
        self.reach(who, id, access)?;
        self.jobs.get_mut(id).ok_or_else(|| ApiError::not_found("This job"))
    }

    pub fn insert(&mut self, rec: JobRecord) -> JobId {
        let id = rec.job.id.clone();
        self.jobs.insert(id.clone(), rec);
        id
    }

    /// The next job's id and creation order.
    pub fn next_id(&mut self) -> (JobId, u64) {
        self.next += 1;
        (JobId(format!("job-{}", self.next)), self.next)
    }

    /// Forgets jobs that finished more than `retention_secs` before `now`, and their idempotency
    /// keys.
    pub fn sweep(&mut self, retention_secs: u64, now: i64) {
        let keep = i64::try_from(retention_secs).unwrap_or(i64::MAX);
        self.jobs.retain(|_, j| j.finished.is_none_or(|t| now.saturating_sub(t) < keep));
        let jobs = &self.jobs;
        self.idempotency.retain(|_, (_, id)| jobs.contains_key(id));
    }
}

/// Who made a job, when, why and on whom, as it was at creation.
pub struct Origin {
    pub by: &'static Identity,
    pub by_name: String,
    pub reason: Option<String>,
    pub selection: SelectionSnapshot,
    pub names: FilterOptions,
    /// Unix seconds.
    pub at: i64,
}

impl Origin {
    /// A job made at `at` (Unix seconds) by `by`, with the names its action and filter refer to.
    pub fn at(
        at: i64,
        by: &'static Identity,
        people: &People,
        labels: usize,
        action: &BatchAction,
        selection: SelectionSnapshot,
        reason: Option<String>,
    ) -> Origin {
        let names = crate::routes::people::filter_options_value(labels)
            .named_in(Some(action), selection.filter.as_ref());
        Origin { by, by_name: by.name(people), reason, selection, names, at }
    }
}

/// A new queued job.
pub fn new_record(
    (id, seq): (JobId, u64),
    action: BatchAction,
    title: String,
    origin: Origin,
    work: Work,
) -> JobRecord {
    let job = Job {
        id,
        action,
        title,
        status: JobStatus::Queued,
        total: work.len() as u64,
        processed: 0,
        succeeded: 0,
        skipped: 0,
        failed: 0,
        reasons: Vec::new(),
        created_by: origin.by.person,
        created_by_name: origin.by_name,
        reason: origin.reason,
        selection: origin.selection,
        names: origin.names,
        pilot: None,
        run_at: None,
        created_at: clock::format_rfc3339(origin.at),
        started_at: None,
        finished_at: None,
        poll_after_ms: None,
        undoable: false,
        retry_of: None,
        undo_of: None,
        undone_by: None,
    };
    JobRecord {
        job,
        owner: origin.by,
        work,
        cursor: 0,
        outcomes: Vec::new(),
        changes: Vec::new(),
        reasons: BTreeMap::new(),
        created: origin.at,
        finished: None,
        seq,
        pause_at: None,
        run_at: None,
        pending: None,
    }
}

/// Processes up to `max` users of a job; returns its status afterwards (`None` if it is gone).
pub fn step(state: &AppState, id: &JobId, max: usize) -> Option<JobStatus> {
    let mut jobs = state.jobs.lock();
    let rec = jobs.jobs.get_mut(id)?;
    if !rec.job.status.is_active() {
        return Some(rec.job.status);
    }
    let now = state.clock.now();
    if rec.job.status == JobStatus::Queued {
        rec.job.status = JobStatus::Running;
        rec.job.started_at = Some(clock::format_rfc3339(now));
    }
    let mut people = state.people.write();
    let end = (rec.cursor.saturating_add(max)).min(rec.work.len()).min(rec.pause_at.unwrap_or(usize::MAX));
    for i in rec.cursor..end {
        let (idx, eval) = match &rec.work {
            Work::Action { op, users } => (users[i], rules::evaluate(*op, rec.owner, &people, users[i])),
            Work::Undo { changes } => {
                let c = changes[i];
                (c.idx, rules::evaluate_undo(rec.owner, &people, c.idx, c.before, c.after))
            }
        };
        if let Some(before) = rules::commit(&mut people, idx, &eval) {
            rec.changes.push(Change { idx, before, after: people.recs[idx as usize].m });
        }
        let job = &mut rec.job;
        match eval.outcome {
            Outcome::Succeeded => job.succeeded += 1,
            Outcome::Skipped => job.skipped += 1,
            Outcome::Failed => job.failed += 1,
        }
        if let Some(reason) = eval.reason {
            *rec.reasons.entry((eval.outcome, reason)).or_default() += 1;
        }
        rec.outcomes.push(Packed { idx, outcome: eval.outcome, reason: eval.reason });
    }
    rec.job.processed += (end - rec.cursor) as u64;
    rec.cursor = end;
    if rec.pause_at == Some(rec.cursor) {
        rec.pause_at = None;
        rec.job.status = JobStatus::Paused;
    } else if rec.cursor >= rec.work.len() {
        rec.finish(ending(&rec.job), now);
    }
    Some(rec.job.status)
}

/// How a job that processed every user ended.
pub fn ending(job: &Job) -> JobStatus {
    if job.failed > 0 && job.failed == job.total {
        JobStatus::Failed
    } else if job.failed > 0 {
        JobStatus::CompletedWithFailures
    } else {
        JobStatus::Succeeded
    }
}

impl JobRecord {
    /// Ends the job as `status` at `now` (Unix seconds).
    pub fn finish(&mut self, status: JobStatus, now: i64) {
        self.job.status = status;
        self.job.finished_at = Some(clock::format_rfc3339(now));
        self.finished = Some(now);
    }
}

/// Runs a job to its end at `--rate`; with rate 0 jobs advance only through [`step`] (tests).
pub fn spawn_runner(state: Shared, id: JobId) {
    let rate = state.config.rate;
    if rate == 0 {
        return;
    }
    let chunk = (rate as usize).div_ceil(10).max(1);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(TICK);
        tick.tick().await;
        loop {
            tick.tick().await;
            // A paused job's runner ends; resume starts another.
            match step(&state, &id, chunk) {
                Some(status) if status.is_active() => {}
                _ => break,
            }
        }
    });
}

/// The jobs as of now: those past the retention window forgotten, scheduled ones that are due
/// started. Every request that reads or changes jobs goes through it, so a scheduled job is seen
/// to start at its `run_at` whether or not the background tick ran.
pub fn lock_now(state: &Shared) -> parking_lot::MutexGuard<'_, JobStore> {
    let now = state.clock.now();
    let mut jobs = state.jobs.lock();
    jobs.sweep(state.config.retention_secs, now);
    let due: Vec<JobId> = jobs
        .jobs
        .values()
        .filter(|r| r.job.status == JobStatus::Scheduled && r.run_at.is_some_and(|at| at <= now))
        .map(|r| r.job.id.clone())
        .collect();
    for id in due {
        start_now(state, &mut jobs, &id);
    }
    jobs
}

/// Starts a scheduled job now and sets it running (the caller holds the jobs' lock).
pub fn start_now(state: &Shared, jobs: &mut JobStore, id: &JobId) {
    let Some(rec) = jobs.jobs.get_mut(id) else { return };
    let people = state.people.read();
    rec.start(&people, &state.list_members(rec.owner));
    drop(people);
    spawn_runner(state.clone(), id.clone());
}

/// Every second: drops expired jobs so memory does not grow over a long demo, and starts
/// scheduled jobs that are due.
pub fn spawn_sweeper(state: Shared) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        loop {
            tick.tick().await;
            drop(lock_now(&state));
        }
    });
}
