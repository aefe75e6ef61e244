use super::{
    catalog::{self, Draft},
    fields::ConfigFields,
    pilot::{self, PilotField},
    reason::{self, ReasonField},
    review::Review,
    run::{Intent, RunProblem},
    today,
    when::{self, WhenField},
};
use crate::{
    api::{fresh_key, spawn_request, ApiClient, Superseding},
    jobs::{progress::action_dialog_title, JobCenter, JobProgress},
    people::SelectionState,
    selection::Selection,
    ui::Modal,
};
use contract::{ActionKind, FieldError, JobId, Me, NewBatchJob};
use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Configure,
    Review,
    Run,
}

/// Where the run of a reviewed action stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunState {
    Idle,
    Sending,
    Problem(RunProblem),
    Started(JobId),
}

/// The dialog of one action: Configure → Review → Run, on the native `<dialog>`. Destructive
/// actions are styled as such.
#[component]
pub fn ActionDialog(
    /// The action.
    kind: ActionKind,
    /// The acting admin (`None` while `/me` reloads).
    me: Signal<Option<Me>>,
    /// Open while `true`.
    open: RwSignal<bool>,
    /// The server said 403: reload `/me` so the menu drops what the admin lost.
    on_forbidden: Callback<()>,
) -> impl IntoView {
    let class = if kind.is_destructive() { "plb-destructive" } else { "" };
    view! {
        // A run clears the selection, which disables the Actions button that opened the dialog:
        // focus then goes where the next selection starts.
        <Modal open labelledby="plb-action-title" class=class fallback_focus=".plb-table thead input">
            <ActionFlow kind me open on_forbidden />
        </Modal>
    }
}

#[component]
fn ActionFlow(
    /// The action.
    kind: ActionKind,
    /// The acting admin.
    me: Signal<Option<Me>>,
    /// Cleared to close the dialog.
    open: RwSignal<bool>,
    /// After a 403.
    on_forbidden: Callback<()>,
) -> impl IntoView {
    let state = expect_context::<SelectionState>();
    let api = expect_context::<ApiClient>();
    let words = crate::i18n::CurrentWords::current();
    let fields = catalog::fields(kind);
    let configurable = !fields.is_empty();
    let step = RwSignal::new(if configurable { Step::Configure } else { Step::Review });
    let draft = RwSignal::new(Draft::default());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let confirm = RwSignal::new(String::new());
    // Kept across Back and Review again: nothing the admin typed is lost.
    let reason_text = RwSignal::new(String::new());
    let reason_error = RwSignal::new(None::<String>);
    let reason_input = NodeRef::<html::Textarea>::new();
    let locale = StoredValue::new(when::locale());
    let run_state = RwSignal::new(RunState::Idle);
    let intent = StoredValue::new(Intent::default());
    let center = use_context::<JobCenter>();
    let owner = Owner::current().expect("the dialog runs under an owner");
    let count = Memo::new(move |_| state.selection.with(Selection::count));
    // "Try on 10 first" (§13), kept like the reason.
    let pilot_on = RwSignal::new(false);
    let pilot_typed = RwSignal::new(contract::pilot::PILOT_DEFAULT.to_string());
    let pilot_error = RwSignal::new(None::<String>);
    let pilot_input = NodeRef::<html::Input>::new();
    // "Run now" or "Schedule" (§13), where the backend schedules; not for a Delete of every user
    // that matches, which the server refuses to resolve later.
    let schedule_on = RwSignal::new(false);
    let schedule_at = RwSignal::new(String::new());
    let schedule_error = RwSignal::new(None::<String>);
    let schedule_input = NodeRef::<html::Input>::new();
    let all_matching =
        Memo::new(move |_| state.selection.with(|s| matches!(s, Selection::AllMatching { .. })));
    let schedule_offered = Memo::new(move |_| {
        me.with(|m| m.as_ref().is_some_and(|m| m.capabilities.schedule))
            && !(kind == ActionKind::Delete && all_matching.get())
    });
    let scheduled = move || schedule_on.get() && schedule_offered.get();
    // Only where the backend says it runs pilots (`GET /me`'s capabilities), and not with a
    // schedule (the server takes one or the other).
    let pilot_offered = Memo::new(move |_| {
        pilot::offered(count.get())
            && me.with(|m| m.as_ref().is_some_and(|m| m.capabilities.pilot))
            && !scheduled()
    });
    let pilot_size = move || {
        (pilot_on.get_untracked() && pilot_offered.get_untracked())
            .then(|| pilot_typed.with_untracked(|t| pilot::size(words.words(), t, count.get_untracked())))
    };
    // The preview asks with the count itself as Delete's confirmation; the run sends what was typed.
    // The preview goes without the reason (it does not need one), so typing it asks nothing again.
    let job_with = move |confirm_count: u64,
                         reason: Option<String>,
                         pilot: Option<u32>,
                         run_at: Option<String>| NewBatchJob {
        action: draft.with(|d| d.action(kind, confirm_count)),
        selection: state.selection.with(Selection::to_wire),
        reason,
        pilot,
        run_at,
    };
    let preview_job = Memo::new(move |_| job_with(count.get(), None, None, None));
    let reason_required = Memo::new(move |_| contract::reason::reason_required(kind, count.get()));

    let to_review = move |_| {
        let found = draft.with_untracked(|d| d.errors(kind, &today()));
        if found.is_empty() {
            errors.set(Vec::new());
            run_state.set(RunState::Idle);
            step.set(Step::Review);
        } else {
            errors.set(found);
        }
    };

    let run = Callback::new(move |_: ()| {
        if matches!(run_state.get_untracked(), RunState::Sending | RunState::Started(_)) {
            return;
        }
        let users = count.get_untracked();
        if let Some(message) =
            reason_text.with_untracked(|r| reason::problem_in(words.words(), r, kind, users))
        {
            reason_error.set(Some(message));
            if let Some(input) = reason_input.get_untracked() {
                drop(input.focus());
            }
            return;
        }
        let pilot = match pilot_size() {
            Some(Err(message)) => {
                pilot_error.set(Some(message));
                if let Some(input) = pilot_input.get_untracked() {
                    drop(input.focus());
                }
                return;
            }
            size => size.and_then(Result::ok),
        };
        let run_at = if scheduled() {
            match schedule_at.with_untracked(|at| when::run_at_in(words.words(), at)) {
                Ok(at) => Some(at),
                Err(message) => {
                    schedule_error.set(Some(message));
                    if let Some(input) = schedule_input.get_untracked() {
                        drop(input.focus());
                    }
                    return;
                }
            }
        } else {
            None
        };
        let typed = confirm.with_untracked(|c| c.trim().parse().unwrap_or(0));
        let job = job_with(
            if kind == ActionKind::Delete { typed } else { 0 },
            reason_text.with_untracked(|r| reason::to_wire(r)),
            pilot,
            run_at,
        );
        let key = intent.try_update_value(|i| i.key_for(&job, fresh_key)).unwrap_or_else(fresh_key);
        run_state.set(RunState::Sending);
        let api = api.clone();
        // Owned by the dialog, not by whoever asked: the Retry button that asks is re-rendered
        // (and its owner disposed) as soon as the run is sending.
        owner.with(|| {
            spawn_request(async move { api.create_job(&job, &key).await }, move |result| match result {
                Ok(job) => {
                    // The article's flow: act, then start the next selection.
                    state.clear();
                    if let Some(center) = center {
                        center.started(job.clone());
                    }
                    step.set(Step::Run);
                    run_state.set(RunState::Started(job.id));
                }
                Err(error) => {
                    let mut problem = RunProblem::from_error(&error);
                    // A refused reason or pilot size is said at its field, on this step.
                    if let RunProblem::Invalid(found) = &mut problem {
                        let fields =
                            [("reason", reason_error), ("pilot", pilot_error), ("run_at", schedule_error)];
                        for (field, at_field) in fields {
                            if let Some(at) = found.iter().position(|e| e.field == field) {
                                at_field.set(Some(found.remove(at).message));
                            }
                        }
                        if found.is_empty() {
                            run_state.set(RunState::Idle);
                            return;
                        }
                    }
                    match &problem {
                        RunProblem::Forbidden => on_forbidden.run(()),
                        RunProblem::Invalid(found)
                            if configurable && found.iter().any(|e| e.field != "confirm_count") =>
                        {
                            errors.set(found.clone());
                            step.set(Step::Configure);
                        }
                        _ => {}
                    }
                    run_state.set(RunState::Problem(problem));
                }
            })
        });
    });

    // The dry run follows the reviewed job: a changed selection ("leave them out") asks again.
    let preview = RwSignal::new(None);
    let previews = Superseding::owned();
    let api_for_preview = expect_context::<ApiClient>();
    Effect::new(move |_| {
        if step.get() != Step::Review {
            return;
        }
        let job = preview_job.get();
        preview.set(None);
        let abort = previews.next();
        let api = api_for_preview.clone();
        spawn_request(async move { api.preview(&job, abort.as_ref()).await }, move |r| {
            if r != Err(crate::api::ApiError::Aborted) {
                preview.set(Some(r));
            }
        });
    });

    let steps: &'static [Step] =
        if configurable { &[Step::Configure, Step::Review, Step::Run] } else { &[Step::Review, Step::Run] };
    let step_name = move |s: Step| match s {
        Step::Configure => words.words().step_configure(),
        Step::Review => words.words().step_review(),
        Step::Run => words.words().step_run(),
    };
    let heading = NodeRef::<html::H3>::new();
    // Each new step takes focus at its heading, so a screen reader announces where the admin is.
    Effect::new(move |first: Option<()>| {
        step.track();
        if first.is_some() {
            request_animation_frame(move || {
                let Some(h) = heading.get_untracked() else { return };
                // A destructive review starts on its least destructive button, as on opening.
                let safe = h
                    .closest("dialog")
                    .ok()
                    .flatten()
                    .and_then(|d| d.query_selector("[autofocus]").ok().flatten());
                match safe.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    Some(button) => drop(button.focus()),
                    None => drop(h.focus()),
                }
            });
        }
    });
    let close = move || open.set(false);
    // The job the Run step shows, once the summary's Retry failed or Undo has moved it on.
    let followed = RwSignal::new(None::<JobId>);
    let title = move || {
        let job = followed.get().and_then(|id| center?.entry(&id)).map(|e| e.job);
        action_dialog_title(kind, job.as_ref())
    };
    // The summary's way out: the job view's own buttons act on the job, not on the dialog.
    let finished = move || match run_state.get() {
        RunState::Started(id) => {
            center.and_then(|c| c.entry(&id)).is_some_and(|e| e.job.status.is_terminal())
        }
        _ => false,
    };

    view! {
        <header class="plb-dialog-head">
            <h2 id="plb-action-title">{title}</h2>
            <p class="plb-muted">{words.words().action_about(kind)}</p>
            <ol class="plb-steps" aria-label=words.words().act_steps()>
                {steps
                    .iter()
                    .map(|s| {
                        let s = *s;
                        view! { <li aria-current=move || (step.get() == s).then_some("step")>{step_name(s)}</li> }
                    })
                    .collect_view()}
            </ol>
        </header>
        {move || match step.get() {
            Step::Configure => view! {
                <h3 class="plb-step-title" tabindex="-1" node_ref=heading>{step_name(Step::Configure)}</h3>
                <ConfigFields kind draft errors me />
                <footer class="plb-dialog-foot">
                    <button type="button" on:click=move |_| close()>{words.words().cancel()}</button>
                    <button type="button" class="plb-primary" on:click=to_review>{step_name(Step::Review)}</button>
                </footer>
            }
            .into_any(),
            Step::Review => {
                let sentence = Memo::new(move |_| {
                    let said = preview_job.with(|j| state.options.with(|o| catalog::sentence(words.words(), &j.action, count.get(), o)));
                    let size = (pilot_on.get() && pilot_offered.get())
                        .then(|| pilot_typed.with(|t| pilot::size(words.words(), t, count.get()).ok()))
                        .flatten();
                    let when = scheduled()
                        .then(|| schedule_at.with(|at| when::run_at_in(words.words(), at).ok()))
                        .flatten()
                        .map(|at| locale.with_value(|l| when::when_text(&at, l.as_deref())));
                    match (size, when) {
                        (_, Some(when)) => when::sentence(words.words(), &said, &when),
                        (Some(n), None) => pilot::sentence(words.words(), &said, n),
                        (None, None) => said,
                    }
                });
                let needs_typing = kind == ActionKind::Delete;
                let ready = move || {
                    !matches!(run_state.get(), RunState::Sending)
                        && count.get() > 0
                        && (!needs_typing || confirm.with(|c| c.trim() == count.get().to_string()))
                };
                let destructive = kind.is_destructive();
                view! {
                    <h3 class="plb-step-title" tabindex="-1" node_ref=heading>{step_name(Step::Review)}</h3>
                    <Review sentence=sentence.into() preview count=count.into() confirm=needs_typing.then_some(confirm) />
                    <Show when=move || schedule_offered.get()>
                        <WhenField
                            kind
                            scheduled=schedule_on
                            at=schedule_at
                            error=schedule_error
                            node_ref=schedule_input
                            matching_today=Signal::derive(move || all_matching.get().then(|| count.get()))
                        />
                    </Show>
                    <Show when=move || pilot_offered.get()>
                        <PilotField on=pilot_on typed=pilot_typed error=pilot_error node_ref=pilot_input />
                    </Show>
                    <ReasonField
                        text=reason_text
                        required=reason_required
                        error=reason_error
                        id="plb-action-reason"
                        node_ref=reason_input
                    />
                    <RunMessage run_state retry=run close=Callback::new(move |_| close()) />
                    <footer class="plb-dialog-foot">
                        {configurable.then(|| view! {
                            <button type="button" on:click=move |_| step.set(Step::Configure)>{words.words().back()}</button>
                        })}
                        <button type="button" autofocus=destructive on:click=move |_| close()>{words.words().cancel()}</button>
                        <button
                            type="button"
                            class=if destructive { "plb-danger" } else { "plb-primary" }
                            disabled=move || !ready()
                            on:click=move |_| run.run(())
                        >
                            {move || if matches!(run_state.get(), RunState::Sending) { words.words().act_starting() } else { words.words().action_name(kind) }}
                        </button>
                    </footer>
                }
                .into_any()
            }
            Step::Run => view! {
                <h3 class="plb-step-title" tabindex="-1" node_ref=heading>{step_name(Step::Run)}</h3>
                {move || match run_state.get() {
                    RunState::Started(id) => Some(view! {
                        <JobProgress
                            id
                            on_background=Callback::new(move |_| close())
                            on_follow=Callback::new(move |id| followed.set(Some(id)))
                        />
                    }),
                    _ => None,
                }}
                <Show when=finished>
                    <footer class="plb-dialog-foot">
                        <button type="button" on:click=move |_| close()>{words.words().close()}</button>
                    </footer>
                </Show>
            }
            .into_any(),
        }}
    }
}

/// What stopped the run, with the way on: review again, retry with the same key, or close.
#[component]
fn RunMessage(
    /// Where the run stands.
    run_state: RwSignal<RunState>,
    /// Send the same intent again (same idempotency key).
    retry: Callback<()>,
    /// Close the dialog.
    close: Callback<()>,
) -> impl IntoView {
    let state = expect_context::<SelectionState>();
    let words = crate::i18n::CurrentWords::current();
    move || {
        let RunState::Problem(problem) = run_state.get() else { return None };
        let view = match problem {
            RunProblem::CountChanged { now } => {
                let reviewed = state.selection.with_untracked(Selection::count);
                view! {
                    <p>
                        {words.words().run_count_changed(now.into(), reviewed.into())}
                    </p>
                    <button
                        type="button"
                        on:click=move |_| {
                            state.selection.update(|s| {
                                if let Selection::AllMatching { excluded, total_when_chosen, .. } = s {
                                    *total_when_chosen = now + excluded.len() as u64;
                                }
                            });
                            run_state.set(RunState::Idle);
                        }
                    >
                        {words.words().run_review_count()}
                    </button>
                }
                .into_any()
            }
            RunProblem::Forbidden => view! {
                <p>{words.words().run_forbidden()}</p>
                <button type="button" on:click=move |_| close.run(())>{words.words().close()}</button>
            }
            .into_any(),
            RunProblem::SessionExpired => view! {
                <p>{words.words().run_session_expired()}</p>
                <button type="button" on:click=move |_| retry.run(())>{words.words().retry()}</button>
            }
            .into_any(),
            RunProblem::Invalid(errors) => view! {
                <ul>{errors.iter().map(|e| view! { <li>{words.words().field_problem(e)}</li> }).collect_view()}</ul>
            }
            .into_any(),
            RunProblem::Retryable(error) => view! {
                <p>{error.said(words.words())}</p>
                <button type="button" on:click=move |_| retry.run(())>{words.words().retry()}</button>
            }
            .into_any(),
        };
        Some(view! { <div class="plb-error" role="alert">{view}</div> })
    }
}
