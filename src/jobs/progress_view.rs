//! The live progress of one job (the actions dialog's Run step, and the jobs dialog): bar, counts,
//! elapsed and ETA, Cancel with a confirmation, Run in background; the summary once it ends.

use super::{
    center::{JobCenter, JobEntry},
    progress::{duration, elapsed_ms, percent, status_text, Said},
    summary::{Intent, JobSummary},
};
use crate::{
    actions::{pilot, when},
    api::{spawn_request, ApiClient, ApiError},
    i18n::{CurrentWords, Words},
    people::cut_tip,
    ui::Modal,
};
use contract::{Job, JobId, JobResultsPage, JobStatus, Outcome, UserOutcome};
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
    let w = CurrentWords::current();
    view! {
        <div class="plb-job">
            // A scheduled job has no progress yet (nor, for every user that matches, a total).
            {move || entry.get().filter(|e| e.job.status != JobStatus::Scheduled).map(|e| view! { <ProgressBody entry=e /> })}
            {move || match phase.get() {
                None => view! { <p>{w.words().job_loading()}</p> }.into_any(),
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
    let w = CurrentWords::current();
    let answered = move |r: Result<Job, ApiError>, failed: Said| {
        busy.set(false);
        match r {
            Ok(job) => center.steered(job),
            Err(e) => error.set(Some(failed(w.words(), (&e.to_string()).into()))),
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
                answered(r, Words::job_not_resumed);
            });
        }
    };
    let stop = move |_| {
        let Some(id) = id() else { return };
        let api = api.clone();
        busy.set(true);
        error.set(None);
        spawn_request(async move { api.cancel_job(&id).await }, move |r| answered(r, Words::job_not_stopped));
    };
    let tried = move || job.with(|j| j.as_ref().map_or(0, |j| j.processed));
    let remaining = move || job.with(|j| j.as_ref().map_or(0, |j| j.total.saturating_sub(j.processed)));
    let reversible = move || job.with(|j| j.as_ref().is_some_and(|j| j.action.kind().is_reversible()));
    view! {
        <section class="plb-pilot" aria-labelledby="plb-pilot-title">
            <h3 id="plb-pilot-title">{move || w.words().pilot_tried(tried().into())}</h3>
            {move || id().map(|id| view! { <PilotUsers id /> })}
            <div class="plb-job-actions">
                <button type="button" class="plb-primary" disabled=busy on:click=go_on>
                    {move || pilot::continue_label(remaining())}
                </button>
                <button type="button" disabled=busy on:click=stop>{w.words().pilot_stop()}</button>
            </div>
            <p class="plb-muted">
                {move || if reversible() { w.words().pilot_stop_undoable() } else { w.words().pilot_stop_kept() }}
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
    let w = CurrentWords::current();
    let starts = move || {
        job.with(|j| j.as_ref().and_then(|j| j.run_at.clone())).map(|at| {
            locale.with_value(|l| w.words().job_starts((&when::when_text(&at, l.as_deref())).into()))
        })
    };
    let answered = move |r: Result<Job, ApiError>, failed: Said| {
        busy.set(false);
        match r {
            Ok(job) => {
                moving.set(false);
                center.steered(job);
            }
            Err(ApiError::Http { problem: Some(p), .. }) if p.errors.iter().any(|e| e.field == "run_at") => {
                at_error.set(p.errors.into_iter().find(|e| e.field == "run_at").map(|e| e.message));
            }
            Err(e) => error.set(Some(failed(w.words(), (&e.to_string()).into()))),
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
                answered(r, Words::job_not_started);
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
                answered(r, Words::job_not_moved);
            });
        }
    };
    let cancel = move |_| {
        let Some(id) = id() else { return };
        let api = api.clone();
        busy.set(true);
        error.set(None);
        spawn_request(async move { api.cancel_job(&id).await }, move |r| {
            answered(r, Words::job_not_cancelled)
        });
    };
    view! {
        <section class="plb-scheduled" aria-label=status_text(w.words(), JobStatus::Scheduled)>
            <p class="plb-job-when">{starts}</p>
            <div class="plb-job-actions">
                <button type="button" disabled=busy on:click=run_now>{w.words().job_run_now()}</button>
                <button type="button" disabled=busy aria-expanded=move || moving.get().to_string() on:click=move |_| moving.update(|m| *m = !*m)>
                    {w.words().job_reschedule()}
                </button>
                <button type="button" disabled=busy on:click=cancel>{w.words().job_cancel()}</button>
                <button type="button" class="plb-primary" on:click=move |_| on_background.run(())>{w.words().close()}</button>
            </div>
            <Show when=move || moving.get()>
                <label class="plb-field">
                    {w.words().job_new_time((&when::zone()).into())}
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
                <button type="button" disabled=busy on:click=save_time.clone()>{w.words().job_save_time()}</button>
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
    let w = CurrentWords::current();
    move || match result.get() {
        None => view! { <p>{w.words().pilot_users_loading()}</p> }.into_any(),
        Some(Err(e)) => view! {
            <p class="plb-field-error" role="alert">{w.words().pilot_users_error((&e.to_string()).into())}</p>
        }
        .into_any(),
        Some(Ok(page)) => view! {
            <table class="plb-table plb-results-table" aria-label=w.words().pilot_users()>
                <ResultsHead />
                <tbody use:cut_tip>
                    {page.items.into_iter().map(|r| view! { <ResultRow row=r /> }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
}

/// The head of a table of users and their outcomes (the pilot's, the summary's).
#[component]
pub(super) fn ResultsHead() -> impl IntoView {
    let w = CurrentWords::current();
    view! {
        <thead><tr>
            <th scope="col">{w.words().column_name()}</th>
            <th scope="col">{w.words().column_email()}</th>
            <th scope="col">{w.words().column_outcome()}</th>
            <th scope="col">{w.words().column_reason()}</th>
        </tr></thead>
    }
}

/// One user's outcome and its reason.
#[component]
pub(super) fn ResultRow(row: UserOutcome) -> impl IntoView {
    let w = CurrentWords::current();
    view! {
        <tr>
            <td>{row.name}</td>
            <td>{row.email}</td>
            <td>{w.words().outcome(row.outcome.as_str().into())}</td>
            <td>{row.reason.map(|c| w.words().reason_text(c)).unwrap_or_default()}</td>
        </tr>
    }
}

/// Bar, numbers, counts, time.
#[component]
fn ProgressBody(entry: JobEntry) -> impl IntoView {
    let job = &entry.job;
    let pct = percent(job.processed, job.total);
    let running = job.status.is_active();
    let now = js_sys::Date::now();
    let w = CurrentWords::current();
    let numbers = w.words().job_progress(job.processed.into(), pct.into(), job.total.into());
    let eta = running.then(|| entry.observed.eta_ms(job.total)).flatten();
    let status =
        if entry.reconnecting { w.words().job_reconnecting() } else { status_text(w.words(), job.status) };
    let count = |outcome: Outcome, n: u64| {
        view! { <div><dt>{w.words().outcome_heading(outcome.as_str().into())}</dt><dd>{crate::format::count(n)}</dd></div> }
    };
    view! {
        <div class="plb-job-progress">
            <progress
                class="plb-bar"
                max=job.total.max(1).to_string()
                value=job.processed.to_string()
                aria-label=w.words().job_progress_of((&job.title).into())
                aria-valuetext=numbers.clone()
            ></progress>
            <p class="plb-job-numbers">
                <span>{numbers}</span>
                <span class="plb-job-status" class:plb-reconnecting=entry.reconnecting>{status}</span>
            </p>
            <dl class="plb-job-counts">
                {count(Outcome::Succeeded, job.succeeded)}
                {count(Outcome::Skipped, job.skipped)}
                {count(Outcome::Failed, job.failed)}
                {elapsed_ms(job, now).map(|ms| view! { <div><dt>{w.words().job_elapsed()}</dt><dd>{duration(w.words(), ms)}</dd></div> })}
                {running.then(|| view! {
                    <div><dt>{w.words().job_time_left()}</dt><dd>{eta.map_or_else(|| w.words().job_estimating(), |ms| w.words().job_about((&duration(w.words(), ms)).into()))}</dd></div>
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
    let w = CurrentWords::current();
    let stop = move |_| {
        let Some(id) = entry.with_untracked(|e| e.as_ref().map(|e| e.job.id.clone())) else { return };
        let api = api.clone();
        busy.set(true);
        spawn_request(async move { api.cancel_job(&id).await }, move |r| {
            busy.set(false);
            confirm.set(false);
            match r {
                Ok(job) => center.steered(job),
                Err(e) => error.set(Some(w.words().job_not_cancelled((&e.to_string()).into()))),
            }
        });
    };
    let body = move || {
        entry
            .with(|e| e.as_ref().map(|e| w.words().job_stop_body(e.job.processed.into(), e.job.total.into())))
    };
    view! {
        <div class="plb-job-actions">
            <button type="button" on:click=move |_| confirm.set(true)>{w.words().job_cancel()}</button>
            <button type="button" class="plb-primary" on:click=move |_| on_background.run(())>{w.words().job_background()}</button>
        </div>
        {move || error.get().map(|e| view! { <p class="plb-field-error" role="alert">{e}</p> })}
        <Modal open=confirm labelledby="plb-cancel-title">
            <h2 id="plb-cancel-title">{w.words().job_stop_title()}</h2>
            <p>{body}</p>
            <div class="plb-dialog-actions">
                <button type="button" autofocus on:click=move |_| confirm.set(false)>{w.words().job_keep_running()}</button>
                <button type="button" class="plb-danger" disabled=busy on:click=stop.clone()>{w.words().job_stop()}</button>
            </div>
        </Modal>
    }
}
