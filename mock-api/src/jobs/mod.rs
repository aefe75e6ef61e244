//! The batch-job engine: jobs are resolved to a list of people once, at creation, then processed
//! in chunks by a background task at `--rate` users per second (or by tests via [`step`]).

pub mod rules;
pub mod selection;

use crate::{clock, data::Mutable, identity::Identity, AppState, Shared};
use contract::{Job, JobId, JobStatus, Outcome, ReasonCode, ReasonCount};
use rules::Op;
use std::{
    collections::{BTreeMap, HashMap},
    time::{Duration, Instant},
};

/// How often the background task advances a job.
const TICK: Duration = Duration::from_millis(100);
/// The poll delay the server asks for while a job is active.
pub const POLL_MS: u32 = 1000;

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

pub struct JobRecord {
    pub job: Job,
    pub owner: &'static Identity,
    pub work: Work,
    pub cursor: usize,
    pub outcomes: Vec<Packed>,
    pub changes: Vec<Change>,
    pub reasons: BTreeMap<(Outcome, ReasonCode), u64>,
    pub finished: Option<Instant>,
    pub seq: u64,
}

impl JobRecord {
    /// The wire view, with fields derived at read time.
    pub fn view(&self, poll_ms: u32) -> Job {
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
        job.poll_after_ms = (!job.status.is_terminal()).then_some(poll_ms);
        job.undoable = job.action.kind().is_reversible()
            && job.status.is_terminal()
            && job.undo_of.is_none()
            && job.undone_by.is_none()
            && !self.changes.is_empty();
        job
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
    /// A job of `who`'s. Another admin's job is a 404, as if it did not exist: its existence,
    /// title and the people in it are not theirs to see.
    pub fn own(&self, who: &Identity, id: &JobId) -> Option<&JobRecord> {
        self.jobs.get(id).filter(|rec| rec.owner.id == who.id)
    }

    pub fn own_mut(&mut self, who: &Identity, id: &JobId) -> Option<&mut JobRecord> {
        self.jobs.get_mut(id).filter(|rec| rec.owner.id == who.id)
    }

    pub fn insert(&mut self, owner: &'static Identity, job: Job, work: Work) -> JobId {
        let id = job.id.clone();
        self.jobs.insert(
            id.clone(),
            JobRecord {
                job,
                owner,
                work,
                cursor: 0,
                outcomes: Vec::new(),
                changes: Vec::new(),
                reasons: BTreeMap::new(),
                finished: None,
                seq: self.next,
            },
        );
        id
    }

    pub fn next_id(&mut self) -> JobId {
        self.next += 1;
        JobId(format!("job-{}", self.next))
    }

    /// Forgets finished jobs older than the retention window, and their idempotency keys.
    pub fn sweep(&mut self, retention: Duration) {
        self.jobs.retain(|_, j| j.finished.is_none_or(|t| t.elapsed() < retention));
        let jobs = &self.jobs;
        self.idempotency.retain(|_, (_, id)| jobs.contains_key(id));
    }
}

/// A new queued job's wire view.
pub fn new_job(id: JobId, action: contract::BatchAction, title: String, total: usize, by: &Identity) -> Job {
    Job {
        id,
        action,
        title,
        status: JobStatus::Queued,
        total: total as u64,
        processed: 0,
        succeeded: 0,
        skipped: 0,
        failed: 0,
        reasons: Vec::new(),
        created_by: by.person,
        created_at: clock::format_rfc3339(clock::unix_now()),
        started_at: None,
        finished_at: None,
        poll_after_ms: None,
        undoable: false,
        retry_of: None,
        undo_of: None,
        undone_by: None,
    }
}

/// Processes up to `max` users of a job; returns its status afterwards (`None` if it is gone).
pub fn step(state: &AppState, id: &JobId, max: usize) -> Option<JobStatus> {
    let mut jobs = state.jobs.lock();
    let rec = jobs.jobs.get_mut(id)?;
    if rec.job.status.is_terminal() {
        return Some(rec.job.status);
    }
    let now = || clock::format_rfc3339(clock::unix_now());
    if rec.job.status == JobStatus::Queued {
        rec.job.status = JobStatus::Running;
        rec.job.started_at = Some(now());
    }
    let mut people = state.people.write();
    let end = (rec.cursor + max).min(rec.work.len());
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
    if rec.cursor >= rec.work.len() {
        let job = &mut rec.job;
        job.status = if job.failed > 0 && job.failed == job.total {
            JobStatus::Failed
        } else if job.failed > 0 {
            JobStatus::CompletedWithFailures
        } else {
            JobStatus::Succeeded
        };
        job.finished_at = Some(now());
        rec.finished = Some(Instant::now());
    }
    Some(rec.job.status)
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
            match step(&state, &id, chunk) {
                Some(status) if !status.is_terminal() => {}
                _ => break,
            }
        }
    });
}

/// Drops expired jobs every few seconds so memory does not grow over a long demo.
pub fn spawn_sweeper(state: Shared) {
    tokio::spawn(async move {
        let retention = Duration::from_secs(state.config.retention_secs);
        let mut tick = tokio::time::interval(Duration::from_secs(5));
        loop {
            tick.tick().await;
            state.jobs.lock().sweep(retention);
        }
    });
}
