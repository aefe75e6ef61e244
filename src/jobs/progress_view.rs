//! The live progress of one job (the actions dialog's Run step, and the jobs dialog): bar, counts,
//! elapsed and ETA, Cancel with a confirmation, Run in background; the summary once it ends.

use super::{
    center::{JobCenter, JobEntry},
    progress::{duration, elapsed_ms, percent, status_text},
    summary::{Intent, JobSummary},
};
use crate::{
    actions::{catalog::users, pilot, when},
    api::{spawn_request, ApiClient, ApiError},
    format::count,
    people::cut_tip,
    ui::Modal,
};
use contract::{Job, JobId, JobResultsPage, JobStatus, Outcome};
use leptos::prelude::*;

/// A job's progress, then its summary. Retry failed and Undo switch the view to the new job.
#[component]
pub fn JobProgress(
    /// The job to follow; it must be tracked by the `JobCenter` (`track` after creating it).
    id: JobId,
    /// "Run in background": the container closes; the job goes on in the tray.
    on_background: Callback<()>,
    /// Retry failed or Undo moved the view on to this job.
    #[prop(optional)]
    on_follow: Option<Callback<JobId>>,
) -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let current = RwSignal::new(id);
    let entry = Memo::new(move |_| current.with(|id| center.entry(id)));
    // The actions and the summary keep their state (an open confirmation, the results page)
    // across polls: they are rebuilt only when the job or its phase changes.
    let phase =
        Memo::new(move |_| entry.with(|e| e.as_ref().map(|e| (e.job.id.clone(), Phase::of(e.job.status)))));
    let entry: Signal<Option<JobEntry>> = entry.into();
    view! {
        <div class="plb-job">
            // A scheduled job has no progress yet (nor, for every user that matches, a total).
            {move || entry.get().filter(|e| e.job.status != JobStatus::Scheduled).map(|e| view! { <ProgressBody entry=e /> })}
            {move || match phase.get() {
                None => view! { <p>"Loading the job…"</p> }.into_any(),
                Some((_, Phase::Running)) => view! { <RunningActions entry on_background /> }.into_any(),
                Some((_, Phase::PilotDone)) => view! { <PilotDecision entry /> }.into_any(),
                Some((_, Phase::Scheduled)) => view! { <ScheduledActions entry on_background /> }.into_any(),
                Some((_, Phase::Ended)) => {
                    let on_new_job = Callback::new(move |id: JobId| {
                        // The jobs dialog names the job it shows.
                        if center.open.with_untracked(|o| o.is_some()) {
                            center.open.set(Some(id.clone()));
                        }
                        if let Some(on_follow) = on_follow {
                            on_follow.run(id.clone());
                        }
                        current.set(id);
                    });
                    view! { <JobSummary entry on_close=on_background on_new_job /> }.into_any()
                }
            }}
        </div>
    }
}

/// What the view under the progress offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Cancel and Run in background (a scheduled job too: it is cancelled the same way).
    Running,
    /// The pilot's users, then Continue or Stop here.
    PilotDone,
    /// When it starts; Run now, Reschedule or Cancel.
    Scheduled,
    /// The summary.
    Ended,
}

impl Phase {
    fn of(status: JobStatus) -> Self {
        match status {
            JobStatus::Paused => Phase::PilotDone,
            JobStatus::Scheduled => Phase::Scheduled,
            s if s.is_terminal() => Phase::Ended,
            _ => Phase::Running,
        }
    }
}

/// A pilot done (§13): its users and their outcomes, then go on with exactly the rest, or stop
/// here (the pilot's users keep the change; the summary then offers Undo where the action has one).
#[component]
fn PilotDecision(entry: Signal<Option<JobEntry>>) -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let api = expect_context::<ApiClient>();
    let job = Memo::new(move |_| entry.with(|e| e.as_ref().map(|e| e.job.clone())));
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    // One key per Continue: a click after a lost answer gets the same job, not a second resume.
    let intent = Intent::new();
    let id = move || job.with_untracked(|j| j.as_ref().map(|j| j.id.clone()));
    let answered = move |r: Result<Job, ApiError>, failed: &'static str| {
        busy.set(false);
        match r {
            Ok(job) => center.steered(job),
            Err(e) => error.set(Some(format!("{failed} {e}"))),
        }
    };
    let go_on = {
        let api = api.clone();
        move |_| {
            let Some(id) = id() else { return };
            let (api, key) = (api.clone(), intent.key());
            busy.set(true);
            error.set(None);
            spawn_request(async move { api.resume_job(&id, &key).await }, move |r| {
                intent.answered(&r);
                answered(r, "The job could not go on.");
            });
        }
    };
    let stop = move |_| {
        let Some(id) = id() else { return };
        let api = api.clone();
        busy.set(true);
        error.set(None);
        spawn_request(async move { api.cancel_job(&id).await }, move |r| {
            answered(r, "The job could not be stopped.")
        });
    };
    let tried = move || job.with(|j| j.as_ref().map_or(0, |j| j.processed));
    let remaining = move || job.with(|j| j.as_ref().map_or(0, |j| j.total.saturating_sub(j.processed)));
    let reversible = move || job.with(|j| j.as_ref().is_some_and(|j| j.action.kind().is_reversible()));
    view! {
        <section class="plb-pilot" aria-labelledby="plb-pilot-title">
            <h3 id="plb-pilot-title">{move || format!("Tried on {}: check how it went", users(tried()))}</h3>
            {move || id().map(|id| view! { <PilotUsers id /> })}
            <div class="plb-job-actions">
                <button type="button" class="plb-primary" disabled=busy on:click=go_on>
                    {move || pilot::continue_label(remaining())}
                </button>
                <button type="button" disabled=busy on:click=stop>"Stop here"</button>
            </div>
            <p class="plb-muted">
                {move || if reversible() {
                    "Stop here keeps the change for these users; the summary then offers to undo it."
                } else {
                    "Stop here keeps the change for these users."
                }}
            </p>
            {move || error.get().map(|e| view! { <p class="plb-field-error" role="alert">{e}</p> })}
        </section>
    }
}

/// A scheduled job (§13): when it starts, in the admin's zone; until then it can run now, move to
/// another time or be cancelled, each request with its own Idempotency-Key.
#[component]
fn ScheduledActions(entry: Signal<Option<JobEntry>>, on_background: Callback<()>) -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let api = expect_context::<ApiClient>();
    let job = Memo::new(move |_| entry.with(|e| e.as_ref().map(|e| e.job.clone())));
    let locale = StoredValue::new(when::locale());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let moving = RwSignal::new(false);
    let at = RwSignal::new(String::new());
    let at_error = RwSignal::new(None::<String>);
    let at_input = NodeRef::<leptos::html::Input>::new();
    let (run_intent, move_intent) = (Intent::new(), Intent::new());
    // Another time is another request: a key never carries two bodies.
    Effect::new(move |_| {
        at.track();
        move_intent.forget();
    });
    let id = move || job.with_untracked(|j| j.as_ref().map(|j| j.id.clone()));
    let starts = move || {
        job.with(|j| j.as_ref().and_then(|j| j.run_at.clone()))
            .map(|at| locale.with_value(|l| format!("Starts on {}.", when::when_text(&at, l.as_deref()))))
    };
    let answered = move |r: Result<Job, ApiError>, failed: &'static str| {
        busy.set(false);
        match r {
            Ok(job) => {
                moving.set(false);
                center.steered(job);
            }
            Err(ApiError::Http { problem: Some(p), .. }) if p.errors.iter().any(|e| e.field == "run_at") => {
                at_error.set(p.errors.into_iter().find(|e| e.field == "run_at").map(|e| e.message));
            }
            Err(e) => error.set(Some(format!("{failed} {e}"))),
        }
    };
    let run_now = {
        let api = api.clone();
        move |_| {
            let Some(id) = id() else { return };
            let (api, key) = (api.clone(), run_intent.key());
            busy.set(true);
            error.set(None);
            spawn_request(async move { api.run_now(&id, &key).await }, move |r| {
                run_intent.answered(&r);
                answered(r, "The job could not start now.");
            });
        }
    };
    let save_time = {
        let api = api.clone();
        move |_| {
            let Some(id) = id() else { return };
            let run_at = match at.with_untracked(|a| when::run_at(a)) {
                Ok(run_at) => run_at,
                Err(message) => {
                    at_error.set(Some(message));
                    if let Some(input) = at_input.get_untracked() {
                        drop(input.focus());
                    }
                    return;
                }
            };
            let (api, key) = (api.clone(), move_intent.key());
            busy.set(true);
            error.set(None);
            spawn_request(async move { api.reschedule(&id, &key, run_at).await }, move |r| {
                move_intent.answered(&r);
                answered(r, "The job could not be moved.");
            });
        }
    };
    let cancel = move |_| {
        let Some(id) = id() else { return };
        let api = api.clone();
        busy.set(true);
        error.set(None);
        spawn_request(async move { api.cancel_job(&id).await }, move |r| {
            answered(r, "The job could not be cancelled.")
        });
    };
    view! {
        <section class="plb-scheduled" aria-label="Scheduled">
            <p class="plb-job-when">{starts}</p>
            <div class="plb-job-actions">
                <button type="button" disabled=busy on:click=run_now>"Run now"</button>
                <button type="button" disabled=busy aria-expanded=move || moving.get().to_string() on:click=move |_| moving.update(|m| *m = !*m)>
                    "Reschedule"
                </button>
                <button type="button" disabled=busy on:click=cancel>"Cancel job"</button>
                <button type="button" class="plb-primary" on:click=move |_| on_background.run(())>"Close"</button>
            </div>
            <Show when=move || moving.get()>
                <label class="plb-field">
                    {format!("New date and time ({})", when::zone())}
                    <input
                        type="datetime-local"
                        node_ref=at_input
                        aria-describedby="plb-move-error"
                        prop:value=at
                        on:input=move |ev| {
                            at.set(event_target_value(&ev));
                            at_error.set(None);
                        }
                    />
                </label>
                <p id="plb-move-error" class="plb-field-error" role="alert">{move || at_error.get()}</p>
                <button type="button" disabled=busy on:click=save_time.clone()>"Save new time"</button>
            </Show>
            {move || error.get().map(|e| view! { <p class="plb-field-error" role="alert">{e}</p> })}
        </section>
    }
}

/// Every user of the pilot (at most 100) with the outcome and its reason.
#[component]
fn PilotUsers(id: JobId) -> impl IntoView {
    let api = expect_context::<ApiClient>();
    let result = RwSignal::new(None::<Result<JobResultsPage, ApiError>>);
    spawn_request(async move { api.job_results(&id, &[], 1, contract::pilot::PILOT_MAX).await }, move |r| {
        result.set(Some(r))
    });
    move || {
        match result.get() {
        None => view! { <p>"Loading the pilot's users…"</p> }.into_any(),
        Some(Err(e)) => view! {
            <p class="plb-field-error" role="alert">{format!("The pilot's users could not be loaded. {e}")}</p>
        }
        .into_any(),
        Some(Ok(page)) => view! {
            <table class="plb-table plb-results-table" aria-label="Users of the pilot">
                <thead><tr><th scope="col">"Name"</th><th scope="col">"Email"</th><th scope="col">"Outcome"</th><th scope="col">"Reason"</th></tr></thead>
                <tbody use:cut_tip>
                    {page.items.into_iter().map(|r| view! {
                        <tr>
                            <td>{r.name}</td>
                            <td>{r.email}</td>
                            <td>{outcome_word(r.outcome)}</td>
                            <td>{r.reason.map(|c| c.label()).unwrap_or_default()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
    }
}

fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Succeeded => "Changed",
        Outcome::Skipped => "Skipped",
        Outcome::Failed => "Failed",
    }
}

/// Bar, numbers, counts, time.
#[component]
fn ProgressBody(entry: JobEntry) -> impl IntoView {
    let job = &entry.job;
    let pct = percent(job.processed, job.total);
    let running = job.status.is_active();
    let now = js_sys::Date::now();
    let numbers = format!("{} of {} users · {pct}%", count(job.processed), count(job.total));
    let eta = running.then(|| entry.observed.eta_ms(job.total)).flatten();
    let status = if entry.reconnecting { "Reconnecting…" } else { status_text(job.status) };
    view! {
        <div class="plb-job-progress">
            <progress
                class="plb-bar"
                max=job.total.max(1).to_string()
                value=job.processed.to_string()
                aria-label=format!("Progress of {}", job.title)
                aria-valuetext=numbers.clone()
            ></progress>
            <p class="plb-job-numbers">
                <span>{numbers}</span>
                <span class="plb-job-status" class:plb-reconnecting=entry.reconnecting>{status}</span>
            </p>
            <dl class="plb-job-counts">
                <div><dt>"Succeeded"</dt><dd>{count(job.succeeded)}</dd></div>
                <div><dt>"Skipped"</dt><dd>{count(job.skipped)}</dd></div>
                <div><dt>"Failed"</dt><dd>{count(job.failed)}</dd></div>
                {elapsed_ms(job, now).map(|ms| view! { <div><dt>"Elapsed"</dt><dd>{duration(ms)}</dd></div> })}
                {running.then(|| view! {
                    <div><dt>"Time left"</dt><dd>{eta.map_or("Estimating…".to_owned(), |ms| format!("about {}", duration(ms)))}</dd></div>
                })}
            </dl>
        </div>
    }
}

/// Cancel (confirmed) and Run in background.
#[component]
fn RunningActions(entry: Signal<Option<JobEntry>>, on_background: Callback<()>) -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let api = expect_context::<ApiClient>();
    let confirm = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let stop = move |_| {
        let Some(id) = entry.with_untracked(|e| e.as_ref().map(|e| e.job.id.clone())) else { return };
        let api = api.clone();
        busy.set(true);
        spawn_request(async move { api.cancel_job(&id).await }, move |r| {
            busy.set(false);
            confirm.set(false);
            match r {
                Ok(job) => center.steered(job),
                Err(e) => error.set(Some(format!("The job could not be cancelled. {e}"))),
            }
        });
    };
    let processed = move || {
        entry.with(|e| e.as_ref().map(|e| format!("{} of {}", count(e.job.processed), count(e.job.total))))
    };
    view! {
        <div class="plb-job-actions">
            <button type="button" on:click=move |_| confirm.set(true)>"Cancel job"</button>
            <button type="button" class="plb-primary" on:click=move |_| on_background.run(())>"Run in background"</button>
        </div>
        {move || error.get().map(|e| view! { <p class="plb-field-error" role="alert">{e}</p> })}
        <Modal open=confirm labelledby="plb-cancel-title">
            <h2 id="plb-cancel-title">"Stop this job?"</h2>
            <p>
                "It stops before its next batch of users. So far "{processed}" users are processed; "
                "they keep the change."
            </p>
            <div class="plb-dialog-actions">
                <button type="button" autofocus on:click=move |_| confirm.set(false)>"Keep running"</button>
                <button type="button" class="plb-danger" disabled=busy on:click=stop.clone()>"Stop job"</button>
            </div>
        </Modal>
    }
}
