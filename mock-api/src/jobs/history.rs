//! The organisation's past (§14): a few dozen finished jobs by six admins over the last six
//! weeks, made at start-up so the history has something to read: some with failures, one
//! cancelled, one retried, one undone by the Owner, most with a reason.
//!
//! They agree with the people as seeded, which they never change: a past job's changes end in the
//! values people have now, so its results read true and an Owner's undo of one restores what it
//! says. The job that was undone is the other way round: people have the values it started from.

use super::{
    ending, new_record,
    rules::{self, Eval, Op},
    selection::{resolve, snapshot_of, title},
    Change, JobRecord, JobStore, Origin, Packed, Work,
};
use crate::{
    clock,
    data::{tables::IDENTITY_NAMES, Mutable, People, DELETED, SSO},
    identity::Identity,
    rng::Rng,
};
use contract::{
    reason::{check_reason, follow_up_reason},
    BatchAction, Filter, JobId, JobStatus, Outcome, ReasonCode, Role, Selection, SelectionKind,
    SelectionSnapshot, Status,
};

mod script;

const HOUR: i64 = 3600;
const DAY: i64 = 86_400;
/// Past jobs ran at the default `--rate`.
const RATE: u64 = 500;

/// How a past job chose its users.
// A few dozen, built once at start-up: boxing the filter would only add noise.
#[allow(clippy::large_enum_variant)]
enum Pick {
    /// About this many, chosen one by one among those the present agrees with.
    Chosen(usize),
    /// Everyone the filter matches now (for actions that leave no trace in the data).
    Matching(Filter),
}

/// What people's values say about a job.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Present {
    /// They are what it left (every job that was not undone).
    After,
    /// They are what it found (it was undone since).
    Before,
}

/// One thing that happened (`script.rs` lists them).
#[allow(clippy::large_enum_variant)]
enum Event {
    Run {
        days_ago: i64,
        hour: i64,
        by: &'static str,
        action: BatchAction,
        pick: Pick,
        reason: Option<&'static str>,
        /// Cancelled after this share (per mille) of its users.
        cancelled_at: Option<u64>,
        present: Present,
    },
    /// A retry of the failures of event `of`, by its creator.
    Retry { of: usize, hours_later: i64, reason: Option<&'static str> },
    /// An undo of event `of`.
    Undo { of: usize, hours_later: i64, by: &'static str, reason: Option<&'static str> },
}

/// One user's part in a past job.
struct Part {
    outcome: Outcome,
    reason: Option<ReasonCode>,
    change: Option<Change>,
}

impl Part {
    fn as_now(eval: Eval) -> Part {
        Part { outcome: eval.outcome, reason: eval.reason, change: None }
    }
}

/// The skip that means "already as the job would leave it".
fn already(op: Op) -> Option<ReasonCode> {
    use ReasonCode as R;
    Some(match op {
        Op::Deactivate => R::AlreadyInactive,
        Op::Reactivate => R::AlreadyActive,
        Op::AddToTeam(_) => R::AlreadyInTeam,
        Op::AddSpecialisms(_) => R::AlreadyHasSpecialisms,
        Op::ChangeRole(_) => R::AlreadyHasRole,
        Op::ChangeLanguage(_) => R::AlreadyHasLanguage,
        Op::AddLabels(_) => R::AlreadyHasLabel,
        Op::RemoveLabels(_) => R::LabelNotPresent,
        _ => return None,
    })
}

/// Values from which `op` leads to `now`.
fn before_of(op: Op, now: Mutable) -> Mutable {
    let mut m = now;
    match op {
        Op::Deactivate => m.status = Status::Active,
        Op::Reactivate => m.status = Status::Inactive,
        Op::AddToTeam(t) => m.teams &= !t,
        Op::AddSpecialisms(s) => m.specialisms &= !s,
        Op::ChangeRole(r) => m.role = if r == Role::Learner { Role::Curator } else { Role::Learner },
        Op::ChangeLanguage(l) => m.language = u8::from(l == 0),
        Op::AddLabels(l) => m.labels &= !l,
        Op::RemoveLabels(l) => m.labels |= l,
        _ => {}
    }
    m
}

/// What `op` by `by` did to the user at `idx`, as far as people's values now tell; `None` when
/// they tell it could not have been part of the job.
fn part(op: Op, by: &Identity, people: &People, idx: u32, present: Present, rng: &mut Rng) -> Option<Part> {
    let rec = &people.recs[idx as usize];
    let now = rules::evaluate(op, by, people, idx);
    match op {
        // Nothing of these shows in the data: today's rules say what happened.
        Op::ResendInvitations | Op::SendPasswordReset | Op::ShareContent | Op::SendNotification => {
            Some(Part::as_now(now))
        }
        Op::Delete => None,
        // The users who hold it now are the ones it was given to.
        Op::AddTask(t) if people.has_task(idx, t) && rec.m.status != Status::Inactive => {
            Some(Part { outcome: Outcome::Succeeded, reason: None, change: None })
        }
        Op::AssignCertificate(c) if people.has_certificate(idx, c) => {
            Some(Part { outcome: Outcome::Succeeded, reason: None, change: None })
        }
        Op::AddTask(_) if now.outcome == Outcome::Skipped => rarely(now, rng),
        Op::AddTask(_) | Op::AssignCertificate(_) => None,
        _ if present == Present::Before => match now.after {
            Some(after) if now.outcome == Outcome::Succeeded => Some(Part {
                outcome: Outcome::Succeeded,
                reason: None,
                change: Some(Change { idx, before: rec.m, after }),
            }),
            _ => rarely(now, rng),
        },
        _ => {
            // The rule refuses this user whatever their values (SSO, an Owner): it did then too.
            let protected = (rec.has(SSO)
                && matches!(op, Op::Deactivate | Op::Reactivate | Op::ChangeRole(_) | Op::ChangeLanguage(_)))
                || (rec.m.role == Role::Owner && by.role != Role::Owner);
            match now.outcome {
                Outcome::Succeeded => None,
                Outcome::Skipped if now.reason == already(op) && !protected && !rng.chance(120) => {
                    Some(Part {
                        outcome: Outcome::Succeeded,
                        reason: None,
                        change: Some(Change { idx, before: before_of(op, rec.m), after: rec.m }),
                    })
                }
                Outcome::Skipped if now.reason == already(op) => Some(Part::as_now(now)),
                _ => rarely(now, rng),
            }
        }
    }
}

/// A user the job skipped or failed for a reason of their own: admins choose users the action
/// suits, so such users are few among those chosen one by one.
fn rarely(now: Eval, rng: &mut Rng) -> Option<Part> {
    let per_mille = if now.outcome == Outcome::Failed { 120 } else { 250 };
    rng.chance(per_mille).then(|| Part::as_now(now))
}

/// Up to `n` users `keep` accepts, spread over the people (a stride coprime to their number),
/// never a demo admin or a deleted user; in id order.
fn choose(
    people: &People,
    n: usize,
    rng: &mut Rng,
    mut keep: impl FnMut(u32, &mut Rng) -> Option<Part>,
) -> Vec<(u32, Part)> {
    let len = people.len() as u64;
    let first = IDENTITY_NAMES.len() as u64;
    let mut chosen = Vec::new();
    if len <= first {
        return chosen;
    }
    let stride = [7919u64, 7907, 7901].into_iter().find(|p| !len.is_multiple_of(*p)).unwrap_or(1);
    let start = rng.below(len);
    for k in 0..len {
        if chosen.len() == n {
            break;
        }
        let idx = ((start + k * stride) % len) as u32;
        if u64::from(idx) < first || people.recs[idx as usize].has(DELETED) {
            continue;
        }
        if let Some(p) = keep(idx, rng) {
            chosen.push((idx, p));
        }
    }
    chosen.sort_by_key(|(idx, _)| *idx);
    chosen
}

/// Adds the past to `store`, relative to `now` (Unix seconds; the jobs end at least a few hours
/// before it). Deterministic for a seed and a population.
pub fn seed(store: &mut JobStore, people: &People, labels: usize, seed: u64, now: i64) {
    let mut rng = Rng::new(seed ^ 0x4157_0e11);
    let midnight = now.div_euclid(DAY) * DAY;
    let events = script::events(now.div_euclid(DAY));
    // When each happened: a retry or an undo after its original, so in time order each job's
    // original is made before it, and creation order is time order.
    let mut at = Vec::with_capacity(events.len());
    for event in &events {
        let minutes = rng.below(50) as i64 * 60 + rng.below(60) as i64;
        at.push(match event {
            Event::Run { days_ago, hour, .. } => midnight - days_ago * DAY + hour * HOUR + minutes,
            Event::Retry { of, hours_later, .. } | Event::Undo { of, hours_later, .. } => {
                at[*of] + hours_later * HOUR + minutes
            }
        });
    }
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by_key(|i| at[*i]);
    let mut past = Past { store, people, labels, rng };
    let mut made: Vec<Option<JobId>> = vec![None; events.len()];
    for i in order {
        let original = |of: &usize| made[*of].clone();
        made[i] = match &events[i] {
            Event::Run { by, action, pick, reason, cancelled_at, present, .. } => {
                let by = Identity::by_id(by).expect("a demo identity");
                past.run(at[i], by, action, pick, *reason, *cancelled_at, *present)
            }
            Event::Retry { of, reason, .. } => original(of).and_then(|of| past.retry(at[i], &of, *reason)),
            Event::Undo { of, by, reason, .. } => {
                let by = Identity::by_id(by).expect("a demo identity");
                original(of).and_then(|of| past.undo(at[i], by, &of, *reason))
            }
        };
    }
}

/// What making the past needs.
struct Past<'a> {
    store: &'a mut JobStore,
    people: &'a People,
    labels: usize,
    rng: Rng,
}

impl Past<'_> {
    /// A job as `by` ran it; `None` when no user fits it (a small population).
    #[allow(clippy::too_many_arguments)]
    fn run(
        &mut self,
        at: i64,
        by: &'static Identity,
        action: &BatchAction,
        pick: &Pick,
        reason: Option<&str>,
        cancelled_at: Option<u64>,
        present: Present,
    ) -> Option<JobId> {
        let people = self.people;
        let op = rules::prepare(action).expect("the seed's actions are valid");
        let rng = &mut self.rng;
        let (parts, selection) = match pick {
            Pick::Chosen(n) => (
                choose(people, *n, rng, |idx, rng| part(op, by, people, idx, present, rng)),
                SelectionSnapshot::of(SelectionKind::Explicit),
            ),
            Pick::Matching(filter) => {
                let all = Selection::AllMatching {
                    filter: filter.clone(),
                    excluded_ids: vec![],
                    expected_count: 0,
                };
                // The seeded past names no list.
                let (users, _) = resolve(people, &all, &|_| None).ok()?;
                let parts = users
                    .into_iter()
                    .filter_map(|idx| Some((idx, part(op, by, people, idx, present, rng)?)))
                    .collect();
                (parts, snapshot_of(&all, 0))
            }
        };
        // Every past job keeps today's rule, at any population size.
        let count = parts.len() as u64;
        if parts.is_empty() || check_reason(reason, action.kind(), count).is_err() {
            return None;
        }
        let processed = cancelled_at.map_or(parts.len(), |m| parts.len() * m as usize / 1000);
        let users = parts.iter().map(|(idx, _)| *idx).collect();
        let origin = Origin::at(at, by, people, self.labels, action, selection, reason.map(str::to_owned));
        let job =
            Made { action: action.clone(), title: title(action), origin, work: Work::Action { op, users } };
        Some(self.record(job, parts, processed, cancelled_at.is_some()))
    }

    /// A retry of the failures of `of`, by its creator, that fail again.
    fn retry(&mut self, at: i64, of: &JobId, reason: Option<&str>) -> Option<JobId> {
        let original = self.store.jobs.get(of)?;
        let Work::Action { op, .. } = original.work else { return None };
        let by = original.owner;
        let failed: Vec<u32> =
            original.outcomes.iter().filter(|o| o.outcome == Outcome::Failed).map(|o| o.idx).collect();
        let kind = original.job.action.kind();
        let reason =
            follow_up_reason(reason, original.job.reason.as_deref(), kind, failed.len() as u64).ok()?;
        if failed.is_empty() {
            return None;
        }
        let people = self.people;
        let parts: Vec<_> =
            failed.iter().map(|idx| (*idx, Part::as_now(rules::evaluate(op, by, people, *idx)))).collect();
        let (action, title) = (original.job.action.clone(), format!("Retry failed: {}", original.job.title));
        let selection = SelectionSnapshot::of(SelectionKind::FailedUsers);
        let origin = Origin::at(at, by, people, self.labels, &action, selection, reason);
        let n = parts.len();
        let id = self.record(
            Made { action, title, origin, work: Work::Action { op, users: failed } },
            parts,
            n,
            false,
        );
        if let Some(rec) = self.store.jobs.get_mut(&id) {
            rec.job.retry_of = Some(of.clone());
        }
        Some(id)
    }

    /// An undo of `of` by `by`: every user it changed gets their values back.
    fn undo(&mut self, at: i64, by: &'static Identity, of: &JobId, reason: Option<&str>) -> Option<JobId> {
        let original = self.store.jobs.get(of)?;
        let changes = original.changes.clone();
        let kind = original.job.action.kind();
        let reason =
            follow_up_reason(reason, original.job.reason.as_deref(), kind, changes.len() as u64).ok()?;
        if changes.is_empty() {
            return None;
        }
        let parts: Vec<_> = changes
            .iter()
            .map(|c| {
                let change = Some(Change { idx: c.idx, before: c.after, after: c.before });
                (c.idx, Part { outcome: Outcome::Succeeded, reason: None, change })
            })
            .collect();
        let (action, title) = (original.job.action.clone(), format!("Undo: {}", original.job.title));
        let selection = SelectionSnapshot::of(SelectionKind::ChangedUsers);
        let origin = Origin::at(at, by, self.people, self.labels, &action, selection, reason);
        let n = parts.len();
        let id = self.record(Made { action, title, origin, work: Work::Undo { changes } }, parts, n, false);
        if let Some(rec) = self.store.jobs.get_mut(&id) {
            rec.job.undo_of = Some(of.clone());
        }
        if let Some(rec) = self.store.jobs.get_mut(of) {
            rec.job.undone_by = Some(id.clone());
        }
        Some(id)
    }

    /// A finished job from its users' parts; `processed` of them were reached before it ended.
    fn record(&mut self, job: Made, parts: Vec<(u32, Part)>, processed: usize, cancelled: bool) -> JobId {
        let at = job.origin.at;
        let mut rec: JobRecord =
            new_record(self.store.next_id(), job.action, job.title, job.origin, job.work);
        for (idx, part) in parts.into_iter().take(processed) {
            match part.outcome {
                Outcome::Succeeded => rec.job.succeeded += 1,
                Outcome::Skipped => rec.job.skipped += 1,
                Outcome::Failed => rec.job.failed += 1,
            }
            if let Some(reason) = part.reason {
                *rec.reasons.entry((part.outcome, reason)).or_default() += 1;
            }
            rec.changes.extend(part.change);
            rec.outcomes.push(Packed { idx, outcome: part.outcome, reason: part.reason });
        }
        rec.job.processed = processed as u64;
        rec.cursor = processed;
        rec.job.started_at = Some(clock::format_rfc3339(at + 1));
        let status = if cancelled { JobStatus::Cancelled } else { ending(&rec.job) };
        rec.finish(status, at + 2 + (processed as u64).div_ceil(RATE) as i64);
        self.store.insert(rec)
    }
}

/// A past job before its users' parts.
struct Made {
    action: BatchAction,
    title: String,
    origin: Origin,
    work: Work,
}
