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

fn run(
    days_ago: i64,
    hour: i64,
    by: &'static str,
    action: BatchAction,
    pick: Pick,
    reason: Option<&'static str>,
) -> Event {
    Event::Run { days_ago, hour, by, action, pick, reason, cancelled_at: None, present: Present::After }
}

fn filter(status: &[Status], teams: &[&str]) -> Filter {
    Filter {
        status: status.to_vec(),
        team: teams.iter().map(|t| (*t).to_owned()).collect(),
        ..Filter::default()
    }
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// The past, oldest first. `today` is the day number the jobs count back from.
fn events(today: i64) -> Vec<Event> {
    use BatchAction as B;
    use Pick::{Chosen, Matching};
    let day = |ago: i64| clock::format_date(today - ago);
    let active = [Status::Active];
    let notify = |subject: &str, message: &str| B::SendNotification {
        subject: subject.into(),
        message: message.into(),
    };
    vec![
        run(
            41,
            9,
            "admin",
            B::AddToTeam { team_id: "new-hires-2026".into() },
            Chosen(60),
            Some("February intake"),
        ),
        run(
            40,
            10,
            "hr",
            notify("Welcome to the Learning Hub", "Start with Onboarding 101 this week."),
            Matching(filter(&[], &["new-hires-2026"])),
            Some("Welcome message for the February intake"),
        ),
        run(
            39,
            14,
            "owner",
            B::ChangeRole { role: Role::Admin },
            Chosen(3),
            Some("New regional admins for EMEA, approved by the COO (ticket IT-4471)"),
        ),
        run(38, 11, "custom", B::AddLabels { label_ids: ids(&["mentor"]) }, Chosen(25), None),
        run(
            37,
            9,
            "admin_delete",
            B::Deactivate,
            Chosen(18),
            Some("Contractors whose contracts ended last month"),
        ),
        run(
            35,
            15,
            "hr",
            B::AddTask { task_id: "task-policy-ack".into(), due_date: Some(day(21)) },
            Chosen(120),
            Some("Policy update v3 needs an acknowledgement by the end of the quarter"),
        ),
        // 6: a password reset with SSO-managed and bouncing users, retried the next day in vain.
        run(
            34,
            10,
            "admin",
            B::SendPasswordReset,
            Matching(filter(&active, &["support-tier-1", "support-tier-2"])),
            Some("Support moved to the new help desk login"),
        ),
        Event::Retry { of: 6, hours_later: 24, reason: None },
        run(
            32,
            13,
            "curator_sharing",
            B::ShareContent {
                content_ids: ids(&["ll-sales-ramp", "channel-sales"]),
                note: Some("For the kick-off".into()),
            },
            Matching(filter(&active, &["sales-emea", "sales-na", "sales-apac"])),
            Some("Q2 sales kick-off material"),
        ),
        run(
            30,
            9,
            "owner",
            notify("Compliance window opens", "Please finish Mandatory Compliance 2026 by month end."),
            Matching(filter(&active, &[])),
            Some("Annual compliance window opens on Monday: everyone must finish Mandatory Compliance 2026"),
        ),
        run(
            29,
            16,
            "admin",
            B::ChangeLanguage { language: "de".into() },
            Chosen(40),
            Some("Berlin warehouse staff asked for German"),
        ),
        run(28, 11, "hr", B::AddSpecialisms { specialism_ids: ids(&["first-aid"]) }, Chosen(15), None),
        run(
            27,
            10,
            "admin_delete",
            B::ChangeRole { role: Role::Curator },
            Chosen(8),
            Some("The content team needs curators for the new academy"),
        ),
        // 13: added to the wrong team, undone by the Owner three hours later.
        Event::Run {
            days_ago: 26,
            hour: 14,
            by: "admin",
            action: B::AddToTeam { team_id: "sales-apac".into() },
            pick: Chosen(45),
            reason: Some("Singapore office opening"),
            cancelled_at: None,
            present: Present::Before,
        },
        Event::Undo {
            of: 13,
            hours_later: 3,
            by: "owner",
            reason: Some("Wrong team: these people belong to Sales North America (per HR)"),
        },
        run(
            24,
            9,
            "custom",
            B::ResendInvitations,
            Matching(filter(&[Status::Invited], &[])),
            Some("Reminder for everyone who has not accepted yet"),
        ),
        run(
            23,
            10,
            "owner",
            B::AssignCertificate { certificate_id: "cert-first-aid".into(), issue_date: day(24) },
            Chosen(20),
            Some("Completed the on-site first aid course"),
        ),
        run(
            22,
            15,
            "admin",
            B::RemoveLabels { label_ids: ids(&["onboarding"]) },
            Chosen(70),
            Some("Onboarding finished for the January cohort"),
        ),
        run(
            21,
            11,
            "hr",
            notify("Fire drill on Thursday", "The alarm sounds at 10:00. Meet at the car park."),
            Matching(filter(&active, &["warehouse-berlin", "warehouse-lyon"])),
            Some("Fire drill on Thursday at 10:00"),
        ),
        run(20, 10, "admin", B::Deactivate, Chosen(12), Some("Leavers this month (HR list)")),
        run(
            19,
            9,
            "admin_delete",
            B::AddLabels { label_ids: ids(&["contractor"]) },
            Chosen(30),
            Some("+ new contractors from the agency list"),
        ),
        run(
            17,
            14,
            "curator_sharing",
            B::ShareContent { content_ids: ids(&["gdpr-basics"]), note: None },
            Matching(filter(&active, &["legal", "finance"])),
            Some("Annual GDPR refresher for Legal and Finance"),
        ),
        run(16, 10, "owner", B::Reactivate, Chosen(6), Some("Back from parental leave")),
        run(15, 13, "hr", B::AddTask { task_id: "task-survey".into(), due_date: None }, Chosen(200), None),
        // A town hall invitation stopped for a wrong date, then sent again.
        Event::Run {
            days_ago: 14,
            hour: 11,
            by: "admin",
            action: notify("Town hall on Friday", "Join us on Friday the 13th at 16:00 in the atrium."),
            pick: Matching(filter(&active, &[])),
            reason: Some("Town hall invitation for all staff"),
            cancelled_at: Some(400),
            present: Present::After,
        },
        run(
            14,
            12,
            "admin",
            notify("Town hall on Friday", "Join us on Friday the 14th at 16:00 in the atrium."),
            Matching(filter(&active, &[])),
            Some("Town hall invitation for all staff (the date corrected)"),
        ),
        run(
            12,
            10,
            "admin",
            B::ChangeRole { role: Role::Hr },
            Chosen(4),
            Some("نقل إلى فريق الموارد البشرية"),
        ),
        run(10, 15, "custom", B::RemoveLabels { label_ids: ids(&["remote"]) }, Chosen(20), None),
        run(
            9,
            9,
            "owner",
            B::AddToTeam { team_id: "leadership".into() },
            Chosen(10),
            Some("=> leadership programme, cohort 3"),
        ),
        run(7, 10, "hr", B::AddLabels { label_ids: ids(&["first-aider"]) }, Chosen(16), None),
        run(
            5,
            14,
            "admin_delete",
            B::ChangeLanguage { language: "fr".into() },
            Chosen(25),
            Some("Lyon warehouse: French interface"),
        ),
        run(3, 11, "admin", B::Deactivate, Chosen(9), Some("Left the company, per the \"Leavers\" sheet")),
        run(
            2,
            16,
            "hr",
            notify("Your first week", "Your buddy will contact you today."),
            Matching(filter(&[Status::Invited, Status::Active], &["new-hires-2026"])),
            Some("Buddy programme kick-off"),
        ),
        run(
            1,
            10,
            "admin",
            B::AddSpecialisms { specialism_ids: ids(&["customer-service"]) },
            Chosen(35),
            Some("Support Tier 1 certification complete"),
        ),
    ]
}

/// One user's part in a past job.
struct Past {
    outcome: Outcome,
    reason: Option<ReasonCode>,
    change: Option<Change>,
}

impl Past {
    fn as_now(eval: Eval) -> Past {
        Past { outcome: eval.outcome, reason: eval.reason, change: None }
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
fn past(op: Op, by: &Identity, people: &People, idx: u32, present: Present, rng: &mut Rng) -> Option<Past> {
    let rec = &people.recs[idx as usize];
    let now = rules::evaluate(op, by, people, idx);
    match op {
        // Nothing of these shows in the data: today's rules say what happened.
        Op::ResendInvitations | Op::SendPasswordReset | Op::ShareContent | Op::SendNotification => {
            Some(Past::as_now(now))
        }
        Op::Delete => None,
        // The users who hold it now are the ones it was given to.
        Op::AddTask(t) if people.has_task(idx, t) && rec.m.status != Status::Inactive => {
            Some(Past { outcome: Outcome::Succeeded, reason: None, change: None })
        }
        Op::AssignCertificate(c) if people.has_certificate(idx, c) => {
            Some(Past { outcome: Outcome::Succeeded, reason: None, change: None })
        }
        Op::AddTask(_) if now.outcome == Outcome::Skipped => rarely(now, rng),
        Op::AddTask(_) | Op::AssignCertificate(_) => None,
        _ if present == Present::Before => match now.after {
            Some(after) if now.outcome == Outcome::Succeeded => Some(Past {
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
                    Some(Past {
                        outcome: Outcome::Succeeded,
                        reason: None,
                        change: Some(Change { idx, before: before_of(op, rec.m), after: rec.m }),
                    })
                }
                Outcome::Skipped if now.reason == already(op) => Some(Past::as_now(now)),
                _ => rarely(now, rng),
            }
        }
    }
}

/// A user the job skipped or failed for a reason of their own: admins choose users the action
/// suits, so such users are few among those chosen one by one.
fn rarely(now: Eval, rng: &mut Rng) -> Option<Past> {
    let per_mille = if now.outcome == Outcome::Failed { 120 } else { 250 };
    rng.chance(per_mille).then(|| Past::as_now(now))
}

/// Up to `n` users `keep` accepts, spread over the people (a stride coprime to their number),
/// never a demo admin or a deleted user; in id order.
fn choose(
    people: &People,
    n: usize,
    rng: &mut Rng,
    mut keep: impl FnMut(u32, &mut Rng) -> Option<Past>,
) -> Vec<(u32, Past)> {
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

/// A finished job from its users' parts; `processed` of them were reached before it ended.
#[allow(clippy::too_many_arguments)]
fn record(
    store: &mut JobStore,
    action: BatchAction,
    title: String,
    origin: Origin,
    work: Work,
    parts: Vec<(u32, Past)>,
    processed: usize,
    cancelled: bool,
) -> JobId {
    let at = origin.at;
    let mut rec: JobRecord = new_record(store.next_id(), action, title, origin, work);
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
    store.insert(rec)
}

/// Adds the past to `store`, relative to `now` (Unix seconds; the jobs end at least a few hours
/// before it). Deterministic for a seed and a population.
pub fn seed(store: &mut JobStore, people: &People, labels: usize, seed: u64, now: i64) {
    let mut rng = Rng::new(seed ^ 0x4157_0e11);
    let midnight = now.div_euclid(DAY) * DAY;
    let events = events(now.div_euclid(DAY));
    // When each happened; a retry or an undo after its original, and both before now.
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
    let mut made: Vec<Option<JobId>> = vec![None; events.len()];
    for i in order {
        made[i] = match &events[i] {
            Event::Run { by, action, pick, reason, cancelled_at, present, .. } => {
                let by = Identity::by_id(by).expect("a demo identity");
                let op = rules::prepare(action).expect("the seed's actions are valid");
                let (parts, selection) = match pick {
                    Pick::Chosen(n) => (
                        choose(people, *n, &mut rng, |idx, rng| past(op, by, people, idx, *present, rng)),
                        SelectionSnapshot::of(SelectionKind::Explicit),
                    ),
                    Pick::Matching(filter) => {
                        let all = Selection::AllMatching {
                            filter: filter.clone(),
                            excluded_ids: vec![],
                            expected_count: 0,
                        };
                        let Ok((users, _)) = resolve(people, &all) else { continue };
                        let parts = users
                            .into_iter()
                            .filter_map(|idx| Some((idx, past(op, by, people, idx, *present, &mut rng)?)))
                            .collect();
                        (parts, snapshot_of(&all, 0))
                    }
                };
                // Every past job keeps today's rule, at any population size.
                let count = parts.len() as u64;
                if parts.is_empty() || check_reason(*reason, action.kind(), count).is_err() {
                    continue;
                }
                let processed = cancelled_at.map_or(parts.len(), |m| parts.len() * m as usize / 1000);
                let users = parts.iter().map(|(idx, _)| *idx).collect();
                let origin =
                    Origin::at(at[i], by, people, labels, action, selection, reason.map(str::to_owned));
                let title = title(action);
                Some(record(
                    store,
                    action.clone(),
                    title,
                    origin,
                    Work::Action { op, users },
                    parts,
                    processed,
                    cancelled_at.is_some(),
                ))
            }
            Event::Retry { of, reason, .. } => {
                let Some(original) = made[*of].as_ref().and_then(|id| store.jobs.get(id)) else { continue };
                let Work::Action { op, .. } = original.work else { continue };
                let by = original.owner;
                let failed: Vec<u32> = original
                    .outcomes
                    .iter()
                    .filter(|o| o.outcome == Outcome::Failed)
                    .map(|o| o.idx)
                    .collect();
                let Ok(reason) = follow_up_reason(
                    *reason,
                    original.job.reason.as_deref(),
                    original.job.action.kind(),
                    failed.len() as u64,
                ) else {
                    continue;
                };
                if failed.is_empty() {
                    continue;
                }
                let parts: Vec<_> = failed
                    .iter()
                    .map(|idx| (*idx, Past::as_now(rules::evaluate(op, by, people, *idx))))
                    .collect();
                let (action, title, of_id) = (
                    original.job.action.clone(),
                    format!("Retry failed: {}", original.job.title),
                    original.job.id.clone(),
                );
                let origin = Origin::at(
                    at[i],
                    by,
                    people,
                    labels,
                    &action,
                    SelectionSnapshot::of(SelectionKind::FailedUsers),
                    reason,
                );
                let n = parts.len();
                let id =
                    record(store, action, title, origin, Work::Action { op, users: failed }, parts, n, false);
                if let Some(rec) = store.jobs.get_mut(&id) {
                    rec.job.retry_of = Some(of_id);
                }
                Some(id)
            }
            Event::Undo { of, by, reason, .. } => {
                let Some(original) = made[*of].as_ref().and_then(|id| store.jobs.get(id)) else { continue };
                let by = Identity::by_id(by).expect("a demo identity");
                let Ok(reason) = follow_up_reason(
                    *reason,
                    original.job.reason.as_deref(),
                    original.job.action.kind(),
                    original.changes.len() as u64,
                ) else {
                    continue;
                };
                if original.changes.is_empty() {
                    continue;
                }
                let parts: Vec<_> = original
                    .changes
                    .iter()
                    .map(|c| {
                        (
                            c.idx,
                            Past {
                                outcome: Outcome::Succeeded,
                                reason: None,
                                change: Some(Change { idx: c.idx, before: c.after, after: c.before }),
                            },
                        )
                    })
                    .collect();
                let changes = original.changes.clone();
                let (action, title, of_id) = (
                    original.job.action.clone(),
                    format!("Undo: {}", original.job.title),
                    original.job.id.clone(),
                );
                let origin = Origin::at(
                    at[i],
                    by,
                    people,
                    labels,
                    &action,
                    SelectionSnapshot::of(SelectionKind::ChangedUsers),
                    reason,
                );
                let n = parts.len();
                let id = record(store, action, title, origin, Work::Undo { changes }, parts, n, false);
                if let Some(rec) = store.jobs.get_mut(&id) {
                    rec.job.undo_of = Some(of_id.clone());
                }
                if let Some(rec) = store.jobs.get_mut(&of_id) {
                    rec.job.undone_by = Some(id.clone());
                }
                Some(id)
            }
        };
    }
}
