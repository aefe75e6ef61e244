//! A finished job's summary (§8): reasons in plain words, the affected users page by page,
//! Download CSV, Retry failed, Select failed users and Undo.

use super::{
    center::{JobCenter, JobEntry},
    download,
    progress::Said,
    progress_view::{ResultRow, ResultsHead},
    reasons::group,
};
use crate::{
    actions::{reason, ReasonField},
    api::{spawn_request, ApiClient, ApiError},
    i18n::{CurrentWords, Words},
    people::{cut_tip, SelectionState},
    selection::Selection,
    ui::Modal,
};
use contract::{Job, JobId, JobResultsPage, Outcome};
use leptos::prelude::*;

const PER_PAGE: u32 = 25;
const NOT_SUCCEEDED: [Outcome; 2] = [Outcome::Failed, Outcome::Skipped];

/// One `Idempotency-Key` per intent: kept while the same request may be sent again (no answer,
/// or a 5xx), dropped once the server has decided.
#[derive(Clone, Copy)]
pub(super) struct Intent(StoredValue<Option<String>>);

impl Intent {
    pub(super) fn new() -> Self {
        Intent(StoredValue::new(None))
    }

    pub(super) fn key(self) -> String {
        if let Some(key) = self.0.get_value() {
            return key;
        }
        let key = crate::api::fresh_key();
        self.0.set_value(Some(key.clone()));
        key
    }

    /// Another request from now on (the reason changed): a key must never carry two bodies.
    pub(super) fn forget(self) {
        self.0.set_value(None);
    }

    pub(super) fn answered<T>(self, result: &Result<T, ApiError>) {
        let retryable = matches!(result, Err(ApiError::Network(_)))
            || result.as_ref().err().and_then(ApiError::status).is_some_and(|s| s >= 500);
        if !retryable {
            self.0.set_value(None);
        }
    }
}

/// The summary of an ended job.
#[component]
pub fn JobSummary(
    /// The job, as the `JobCenter` knows it.
    entry: Signal<Option<JobEntry>>,
    /// Closes the container (after "Select failed users", so the admin sees the table).
    on_close: Callback<()>,
    /// Retry failed or Undo started this job: show its progress.
    on_new_job: Callback<JobId>,
    /// Whether this viewer may retry the failed users: the job's creator (the history shows
    /// others' jobs read-only).
    #[prop(into, default = Signal::stored(true))]
    may_retry: Signal<bool>,
    /// Whether this viewer may undo it, where the server offers it: its creator or an Owner.
    #[prop(into, default = Signal::stored(true))]
    may_undo: Signal<bool>,
) -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let api = expect_context::<ApiClient>();
    let selection = use_context::<SelectionState>();
    let w = CurrentWords::current();
    let job = Memo::new(move |_| entry.with(|e| e.as_ref().map(|e| e.job.clone())));
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let confirm_undo = RwSignal::new(false);
    let (retry_intent, undo_intent) = (Intent::new(), Intent::new());
    // A retry or an undo carries its own reason (§14), prefilled with the original job's.
    let follow_reason = RwSignal::new(String::new());
    let follow_error = RwSignal::new(None::<String>);
    let follow_input = NodeRef::<leptos::html::Textarea>::new();
    let prefilled = StoredValue::new(false);
    Effect::new(move |_| {
        if !prefilled.get_value() {
            if let Some(original) = job.with(|j| j.as_ref().map(|j| j.reason.clone())) {
                prefilled.set_value(true);
                follow_reason.set(original.unwrap_or_default());
            }
        }
    });
    Effect::new(move |_| {
        follow_reason.track();
        retry_intent.forget();
        undo_intent.forget();
    });
    // How many users the retry (the failed) or the undo (the changed) would act on.
    let follow_users = move |undo: bool| {
        job.with_untracked(|j| j.as_ref().map_or(0, |j| if undo { j.succeeded } else { j.failed }))
    };
    // The reason's problem, said at its field, before anything is sent.
    let follow_blocked = move |undo: bool| {
        let Some(kind) = job.with_untracked(|j| j.as_ref().map(|j| j.action.kind())) else { return true };
        let found = follow_reason.with_untracked(|r| reason::problem(r, kind, follow_users(undo)));
        let blocked = found.is_some();
        follow_error.set(found);
        if blocked {
            if let Some(input) = follow_input.get_untracked() {
                drop(input.focus());
            }
        }
        blocked
    };

    let id = move || job.with_untracked(|j| j.as_ref().map(|j| j.id.clone()));
    // Retry failed and Undo: a new job, followed, shown in place of this one.
    let derive = move |undo: bool| {
        let Some(id) = id() else { return };
        if follow_blocked(undo) {
            confirm_undo.set(false);
            return;
        }
        let api = api.clone();
        let intent = if undo { undo_intent } else { retry_intent };
        let key = intent.key();
        let given = follow_reason.with_untracked(|r| reason::to_wire(r));
        busy.set(true);
        error.set(None);
        let request = async move {
            if undo {
                api.undo_job(&id, &key, given).await
            } else {
                api.retry_failed(&id, &key, given).await
            }
        };
        spawn_request(request, move |r: Result<Job, ApiError>| {
            intent.answered(&r);
            busy.set(false);
            confirm_undo.set(false);
            match r {
                Ok(new) => {
                    let new_id = new.id.clone();
                    center.started(new);
                    on_new_job.run(new_id);
                }
                Err(ApiError::Http { problem: Some(p), .. })
                    if p.errors.iter().any(|e| e.field == "reason") =>
                {
                    follow_error.set(p.errors.into_iter().find(|e| e.field == "reason").map(|e| e.message));
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    let derive = StoredValue::new(derive);

    let select_failed = {
        let api = expect_context::<ApiClient>();
        move |_| {
            let (Some(id), Some(state)) = (id(), selection) else { return };
            let api = api.clone();
            busy.set(true);
            spawn_request(
                async move { download::all_results(&api, &id, &[Outcome::Failed]).await },
                move |r| {
                    busy.set(false);
                    match r {
                        Ok(rows) => {
                            let ids = rows.into_iter().map(|r| r.user_id).collect();
                            state.selection.set(Selection::Explicit(ids));
                            on_close.run(());
                        }
                        Err(e) => error.set(Some(w.words().summary_failed_error((&e.to_string()).into()))),
                    }
                },
            );
        }
    };

    let csv = {
        let api = expect_context::<ApiClient>();
        move |_| {
            let Some(id) = id() else { return };
            let api = api.clone();
            busy.set(true);
            spawn_request(
                async move { download::all_results(&api, &id, &NOT_SUCCEEDED).await.map(|rows| (id, rows)) },
                move |r| {
                    busy.set(false);
                    match r {
                        Ok((id, rows)) => download::save_results(w.words(), &id, "skipped-and-failed", &rows),
                        Err(e) => error.set(Some(w.words().csv_error((&e.to_string()).into()))),
                    }
                },
            );
        }
    };

    let groups = Memo::new(move |_| job.with(|j| j.as_ref().map(|j| group(&j.reasons)).unwrap_or_default()));
    let failed = Memo::new(move |_| job.with(|j| j.as_ref().map_or(0, |j| j.failed)));
    let affected = Memo::new(move |_| job.with(|j| j.as_ref().map_or(0, |j| j.failed + j.skipped)));
    let undoable = Memo::new(move |_| may_undo.get() && job.with(|j| j.as_ref().is_some_and(|j| j.undoable)));
    let retryable = Memo::new(move |_| may_retry.get() && failed.get() > 0);
    let follow_required = Memo::new(move |_| {
        job.with(|j| {
            j.as_ref().is_some_and(|j| {
                let users = if j.undoable { j.succeeded.max(j.failed) } else { j.failed };
                contract::reason::reason_required(j.action.kind(), users)
            })
        })
    });
    let changed = move || job.with(|j| j.as_ref().map_or(0, |j| j.succeeded));
    let title = move || job.with(|j| j.as_ref().map(|j| j.title.clone()).unwrap_or_default());

    view! {
        <section class="plb-summary" aria-label=w.words().summary()>
            {move || job.with(|j| j.as_ref().and_then(|j| j.reason.clone())).map(|r| view! {
                <p class="plb-job-reason"><strong>{w.words().summary_reason()}" "</strong>{r}</p>
            })}
            <Show when=move || !groups.with(Vec::is_empty)>
                <h3>{w.words().summary_reasons()}</h3>
                <ul class="plb-reasons">
                    <For each=move || groups.get() key=|g| (g.outcome, g.reason) let:g>
                        <li class:plb-failed=g.outcome == Outcome::Failed>
                            <strong>{
                                let counted: Said =
                                    if g.outcome == Outcome::Failed { Words::job_failed_count } else { Words::job_skipped_count };
                                format!("{} · {}", g.label(w.words()), counted(w.words(), g.count.into()))
                            }</strong>
                            <span>{g.advice(w.words())}</span>
                        </li>
                    </For>
                </ul>
            </Show>
            <div class="plb-job-actions">
                <Show when=move || { affected.get() > 0 }>
                    <button type="button" disabled=busy on:click=csv.clone()>{w.words().download_csv()}</button>
                </Show>
                <Show when=move || retryable.get()>
                    <button type="button" disabled=busy on:click=move |_| derive.with_value(|d| d(false))>{w.words().summary_retry()}</button>
                </Show>
                <Show when=move || { failed.get() > 0 }>
                    {selection.is_some().then(|| view! {
                        <button type="button" disabled=busy on:click=select_failed.clone()>{w.words().summary_select_failed()}</button>
                    })}
                </Show>
                <Show when=move || undoable.get()>
                    <button type="button" disabled=busy on:click=move |_| if !follow_blocked(true) { confirm_undo.set(true) }>{w.words().summary_undo()}</button>
                </Show>
            </div>
            <Show when=move || retryable.get() || undoable.get()>
                <ReasonField
                    text=follow_reason
                    required=follow_required
                    error=follow_error
                    id="plb-follow-up-reason"
                    node_ref=follow_input
                />
            </Show>
            {move || error.get().map(|e| view! { <p class="plb-field-error" role="alert">{e}</p> })}
            <Show when=move || { affected.get() > 0 }>
                {move || id().map(|id| view! { <ResultsTable id /> })}
            </Show>
            <Modal open=confirm_undo labelledby="plb-undo-title">
                <h2 id="plb-undo-title">{move || w.words().undo_title((&title()).into())}</h2>
                <p>{move || w.words().undo_body(changed().into())}</p>
                <div class="plb-dialog-actions">
                    <button type="button" autofocus on:click=move |_| confirm_undo.set(false)>{w.words().undo_keep()}</button>
                    <button type="button" class="plb-primary" disabled=busy on:click=move |_| derive.with_value(|d| d(true))>{w.words().undo_confirm()}</button>
                </div>
            </Modal>
        </section>
    }
}

/// The skipped and failed users with their reasons, one page at a time.
#[component]
fn ResultsTable(id: JobId) -> impl IntoView {
    let api = expect_context::<ApiClient>();
    let page = RwSignal::new(1u32);
    let result = RwSignal::new(None::<Result<JobResultsPage, ApiError>>);
    let id = StoredValue::new(id);
    Effect::new(move |_| {
        let (n, api, id) = (page.get(), api.clone(), id.get_value());
        spawn_request(async move { api.job_results(&id, &NOT_SUCCEEDED, n, PER_PAGE).await }, move |r| {
            result.set(Some(r))
        });
    });
    let w = CurrentWords::current();
    move || match result.get() {
        None => view! { <p>{w.words().affected_loading()}</p> }.into_any(),
        Some(Err(e)) => view! {
            <p class="plb-field-error" role="alert">{w.words().affected_error((&e.to_string()).into())}</p>
        }
        .into_any(),
        Some(Ok(p)) => {
            let first = (u64::from(p.page) - 1) * u64::from(p.per_page) + 1;
            let last = first + p.items.len() as u64 - 1;
            let pages = p.total.div_ceil(u64::from(p.per_page)).max(1) as u32;
            let here = p.page;
            let shown = w.words().range((!p.items.is_empty()).then_some((first, last)), p.total);
            view! {
                <table class="plb-table plb-results-table" aria-label=w.words().affected()>
                    <ResultsHead />
                    <tbody use:cut_tip>
                        {p.items.into_iter().map(|r| view! { <ResultRow row=r /> }).collect_view()}
                    </tbody>
                </table>
                <nav class="plb-pager" aria-label=w.words().affected_pages()>
                    <button type="button" disabled={here <= 1} on:click=move |_| page.set(here - 1)>{w.words().previous()}</button>
                    <span>{shown}</span>
                    <button type="button" disabled={here >= pages} on:click=move |_| page.set(here + 1)>{w.words().next()}</button>
                </nav>
            }
            .into_any()
        }
    }
}
