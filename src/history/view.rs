//! The History dialog: the filters (in the URL), one page of jobs, and one job opened read-only
//! or with the controls its viewer has (`Controls`).

use super::{
    counts_text, csv_document, filtered, jobs_range, query_from_url, selection_text, url_with, when, Controls,
};
use crate::{
    api::{spawn_request, ApiClient, ApiError, Superseding},
    i18n::CurrentWords,
    jobs::{download, progress::status_text, JobCenter, JobEntry, JobSummary},
    ui::Modal,
    url_query::UrlQuery,
};
use contract::{ActionKind, Job, JobList, JobListQuery, JobStatus, Me, Outcome, UserId};
use leptos::prelude::*;

/// The most jobs one request asks for when the CSV gathers every page.
const CSV_PAGE: u32 = 500;

/// Every job the history's filters match, page after page of one snapshot (so a job started
/// meanwhile neither repeats nor shifts a page).
async fn every_job(api: &ApiClient, query: &JobListQuery) -> Result<Vec<Job>, ApiError> {
    let mut next = JobListQuery { page: 1, per_page: CSV_PAGE, snapshot: None, ..query.clone() };
    let mut jobs = Vec::new();
    loop {
        let page = api.history(&next, None).await?;
        let done = page.items.is_empty() || u64::from(next.page) * u64::from(CSV_PAGE) >= page.total;
        jobs.extend(page.items);
        if done {
            return Ok(jobs);
        }
        next.snapshot = Some(page.snapshot);
        next.page += 1;
    }
}

/// The organisation's batch jobs, newest first, in a dialog that is open while the URL says so.
#[component]
pub fn History() -> impl IntoView {
    let url = expect_context::<UrlQuery>();
    let api = expect_context::<ApiClient>();
    let query = Memo::new(move |_| query_from_url(&url.search().get()));
    let go =
        move |next: Option<JobListQuery>| url.push(&url_with(&url.search().get_untracked(), next.as_ref()));
    let open = RwSignal::new(true);
    Effect::new(move |_| {
        if !open.get() {
            go(None);
        }
    });

    let me = RwSignal::new(None::<Me>);
    let api_me = api.clone();
    spawn_request(async move { api_me.me().await }, move |r| me.set(r.ok()));

    // One request per query; the old page stays (marked busy) until the new one is in.
    let list = RwSignal::new(None::<Result<JobList, ApiError>>);
    let busy = RwSignal::new(true);
    let requests = Superseding::owned();
    let reload = RwSignal::new(0u32);
    let api_list = api.clone();
    Effect::new(move |_| {
        reload.track();
        let q = query.get();
        let abort = requests.next();
        let api = api_list.clone();
        busy.set(true);
        spawn_request(async move { api.history(&q, abort.as_ref()).await }, move |r| {
            if r != Err(ApiError::Aborted) {
                busy.set(false);
                list.set(Some(r));
            }
        });
    });

    let chosen = RwSignal::new(None::<Job>);
    let w = CurrentWords::current();
    let csv_error = RwSignal::new(None::<String>);
    let csv_busy = RwSignal::new(false);
    let download = Callback::new(move |_: ()| {
        let (api, q) = (api.clone(), query.get_untracked());
        csv_busy.set(true);
        csv_error.set(None);
        spawn_request(async move { every_job(&api, &q).await }, move |r| {
            csv_busy.set(false);
            match r {
                Ok(jobs) => download::save_csv("batch-history.csv", csv_document(&jobs, w.words())),
                Err(e) => csv_error.set(Some(w.words().csv_error((&e.to_string()).into()))),
            }
        });
    });

    view! {
        <Modal open labelledby="plb-history-title" class="plb-history-dialog">
            <header class="plb-dialog-head plb-history-head">
                <h2 id="plb-history-title">{w.words().history()}</h2>
                <button type="button" on:click=move |_| open.set(false)>{w.words().close()}</button>
            </header>
            {move || match chosen.get() {
                Some(job) => view! {
                    <JobDetail job me=me.into() back=Callback::new(move |_| {
                        chosen.set(None);
                        reload.update(|n| *n += 1);
                    }) />
                }
                .into_any(),
                None => view! {
                    <HistoryFilters query list go=Callback::new(move |q| go(Some(q))) />
                    <div class="plb-history-tools">
                        <button type="button" disabled=csv_busy on:click=move |_| download.run(())>{w.words().download_csv()}</button>
                        {move || csv_error.get().map(|e| view! { <span class="plb-field-error" role="alert">{e}</span> })}
                    </div>
                    <section class="plb-history-list" aria-label=w.words().history_list() aria-busy=move || busy.get().to_string()>
                        {move || match list.get() {
                            None => view! { <p class="plb-muted">{w.words().history_loading()}</p> }.into_any(),
                            Some(Err(e)) => view! {
                                <p class="plb-field-error" role="alert">
                                    {w.words().history_error((&e.to_string()).into())} " "
                                    <button type="button" on:click=move |_| reload.update(|n| *n += 1)>{w.words().retry()}</button>
                                </p>
                            }
                            .into_any(),
                            Some(Ok(page)) => view! {
                                <JobsTable page=page.clone() open=Callback::new(move |job| chosen.set(Some(job))) />
                                <HistoryPager page go=Callback::new(move |n| go(Some(JobListQuery { page: n, ..query.get_untracked() }))) />
                            }
                            .into_any(),
                        }}
                    </section>
                }
                .into_any(),
            }}
        </Modal>
    }
}

/// Run by, action, status and dates: each change is a navigation, from the first page.
#[component]
fn HistoryFilters(
    /// The filters shown.
    query: Memo<JobListQuery>,
    /// The last answer: its `creators` are the admins to choose from.
    list: RwSignal<Option<Result<JobList, ApiError>>>,
    /// Shows the history with other filters.
    go: Callback<JobListQuery>,
) -> impl IntoView {
    let edit = move |f: Box<dyn FnOnce(&mut JobListQuery)>| go.run(filtered(&query.get_untracked(), f));
    let creators = Memo::new(move |_| {
        list.with(|l| match l {
            Some(Ok(page)) => page.creators.clone(),
            _ => Vec::new(),
        })
    });
    let by = move || query.with(|q| q.created_by.first().map(|id| id.0.to_string()).unwrap_or_default());
    let action = move || query.with(|q| q.action.first().map(|a| a.as_str().to_owned()).unwrap_or_default());
    let status = move || query.with(|q| q.status.first().map(|s| s.as_str().to_owned()).unwrap_or_default());
    let from = move || query.with(|q| q.from.clone().unwrap_or_default());
    let to = move || query.with(|q| q.to.clone().unwrap_or_default());
    let w = CurrentWords::current();
    view! {
        <div class="plb-history-filters" role="group" aria-label=w.words().history_filters()>
            <label class="plb-field">
                {w.words().history_run_by()}
                <select prop:value=by on:change=move |ev| {
                    let id = event_target_value(&ev).parse().ok().map(UserId);
                    edit(Box::new(move |q| q.created_by = id.into_iter().collect()));
                }>
                    <option value="" selected=move || by().is_empty()>{w.words().history_any_admin()}</option>
                    {move || creators.get().into_iter().map(|c| {
                        let value = c.id.0.to_string();
                        let current = value.clone();
                        view! { <option value=value selected=move || by() == current>{c.name}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="plb-field">
                {w.words().history_action()}
                <select prop:value=action on:change=move |ev| {
                    let kind = ActionKind::parse(&event_target_value(&ev));
                    edit(Box::new(move |q| q.action = kind.into_iter().collect()));
                }>
                    <option value="">{w.words().history_any_action()}</option>
                    {ActionKind::ALL.into_iter().map(|k| view! {
                        <option value=k.as_str() selected=move || action() == k.as_str()>{w.words().action_name(k)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="plb-field">
                {w.words().column_status()}
                <select prop:value=status on:change=move |ev| {
                    let s = JobStatus::parse(&event_target_value(&ev));
                    edit(Box::new(move |q| q.status = s.into_iter().collect()));
                }>
                    <option value="">{w.words().history_any_status()}</option>
                    {JobStatus::ALL.into_iter().map(|s| view! {
                        <option value=s.as_str() selected=move || status() == s.as_str()>{status_text(w.words(), s)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="plb-field">
                {w.words().history_from()}
                <input type="date" prop:value=from on:change=move |ev| {
                    let v = Some(event_target_value(&ev)).filter(|v| !v.is_empty());
                    edit(Box::new(move |q| q.from = v));
                } />
            </label>
            <label class="plb-field">
                {w.words().history_to()}
                <input type="date" prop:value=to on:change=move |ev| {
                    let v = Some(event_target_value(&ev)).filter(|v| !v.is_empty());
                    edit(Box::new(move |q| q.to = v));
                } />
            </label>
            <button type="button" on:click=move |_| go.run(JobListQuery::org())>{w.words().table_clear_filters()}</button>
        </div>
    }
}

/// One page of jobs; a job's title opens it.
#[component]
fn JobsTable(page: JobList, open: Callback<Job>) -> impl IntoView {
    let w = CurrentWords::current();
    if page.items.is_empty() {
        return view! { <p>{w.words().history_empty()}</p> }.into_any();
    }
    view! {
        <table class="plb-table plb-history-table">
            <thead>
                <tr>
                    <th scope="col">{w.words().history_created()}</th>
                    <th scope="col">{w.words().history_run_by()}</th>
                    <th scope="col">{w.words().history_job()}</th>
                    <th scope="col">{w.words().history_selection()}</th>
                    <th scope="col">{w.words().history_users()}</th>
                    <th scope="col">{w.words().column_status()}</th>
                    <th scope="col">{w.words().column_reason()}</th>
                </tr>
            </thead>
            <tbody>
                {page.items.into_iter().map(|job| {
                    let row = (when(&job.created_at), job.created_by_name.clone(), job.title.clone());
                    let (selection, counts) = (selection_text(&job, w.words()), counts_text(&job, w.words()));
                    let (status, reason) = (status_text(w.words(), job.status), job.reason.clone().unwrap_or_default());
                    let job = StoredValue::new(job);
                    view! {
                        <tr>
                            <td>{row.0}</td>
                            <td>{row.1}</td>
                            <td><button type="button" class="plb-link" on:click=move |_| open.run(job.get_value())>{row.2}</button></td>
                            <td>{selection}</td>
                            <td>{counts}</td>
                            <td>{status}</td>
                            <td>{reason}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// Previous, where we are, Next.
#[component]
fn HistoryPager(page: JobList, go: Callback<u32>) -> impl IntoView {
    let per = u64::from(page.per_page.max(1));
    let w = CurrentWords::current();
    let shown = jobs_range(w.words(), page.page, page.per_page, page.items.len(), page.total);
    let (here, last) = (page.page, page.total.div_ceil(per).max(1) as u32);
    view! {
        <nav class="plb-pager" aria-label=w.words().history_pages()>
            <button type="button" disabled={here <= 1} on:click=move |_| go.run(here - 1)>{w.words().previous()}</button>
            <span>{shown}</span>
            <button type="button" disabled={here >= last} on:click=move |_| go.run(here + 1)>{w.words().next()}</button>
        </nav>
    }
}

/// One job as recorded, its summary, and what this viewer may do with it.
#[component]
fn JobDetail(job: Job, me: Signal<Option<Me>>, back: Callback<()>) -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let api = expect_context::<ApiClient>();
    let shown = RwSignal::new(job);
    let controls = Memo::new(move |_| {
        me.with(|m| m.as_ref().map(|m| shown.with(|j| Controls::of(m, j)))).unwrap_or(Controls {
            cancel: false,
            retry: false,
            undo: false,
        })
    });
    let entry = Signal::derive(move || {
        Some(JobEntry { job: shown.get(), reconnecting: false, observed: Default::default(), watched: false })
    });
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let w = CurrentWords::current();
    let id = move || shown.with_untracked(|j| j.id.clone());
    let outcomes = {
        let api = api.clone();
        move |_| {
            let (api, id) = (api.clone(), id());
            busy.set(true);
            spawn_request(
                async move { download::all_results(&api, &id, &Outcome::ALL).await.map(|rows| (id, rows)) },
                move |r| {
                    busy.set(false);
                    match r {
                        Ok((id, rows)) => download::save_results(w.words(), &id, "every-user", &rows),
                        Err(e) => error.set(Some(w.words().csv_error((&e.to_string()).into()))),
                    }
                },
            );
        }
    };
    let cancel = move |_| {
        let (api, id) = (api.clone(), id());
        busy.set(true);
        spawn_request(async move { api.cancel_job(&id).await }, move |r| {
            busy.set(false);
            match r {
                Ok(job) => {
                    center.track(job.clone());
                    shown.set(job);
                }
                Err(e) => error.set(Some(w.words().job_not_cancelled((&e.to_string()).into()))),
            }
        });
    };
    // A retry or an undo is followed in the jobs dialog, over the history.
    let on_new_job = Callback::new(move |id| center.open.set(Some(id)));
    let j = shown.get_untracked();
    let terminal = j.status.is_terminal();
    view! {
        <div class="plb-history-job">
            <button type="button" class="plb-link" on:click=move |_| back.run(())>{w.words().history_back()}</button>
            <h3>{j.title.clone()}</h3>
            <dl class="plb-history-meta">
                <div><dt>{w.words().history_run_by()}</dt><dd>{j.created_by_name.clone()}</dd></div>
                // An ended job's summary says it.
                {(!terminal).then(|| view! {
                    <div><dt>{w.words().column_reason()}</dt><dd>{j.reason.clone().unwrap_or_else(|| w.words().history_no_reason())}</dd></div>
                })}
                <div><dt>{w.words().history_selection()}</dt><dd>{selection_text(&j, w.words())}</dd></div>
                <div><dt>{w.words().history_users()}</dt><dd>{move || shown.with(|j| counts_text(j, w.words()))}</dd></div>
                <div><dt>{w.words().column_status()}</dt><dd>{move || status_text(w.words(), shown.with(|j| j.status))}</dd></div>
                <div><dt>{w.words().history_created()}</dt><dd>{when(&j.created_at)}</dd></div>
                {j.started_at.as_deref().map(|t| view! { <div><dt>{w.words().history_started()}</dt><dd>{when(t)}</dd></div> })}
                {j.finished_at.as_deref().map(|t| view! { <div><dt>{w.words().history_finished()}</dt><dd>{when(t)}</dd></div> })}
                {j.undone_by.clone().map(|by| view! { <div><dt>{w.words().history_undone_by()}</dt><dd>{by.0}</dd></div> })}
            </dl>
            <div class="plb-job-actions">
                <button type="button" disabled=busy on:click=outcomes>
                    {w.words().history_download_all(j.total.into())}
                </button>
                <Show when=move || controls.get().cancel>
                    <button type="button" disabled=busy on:click=cancel.clone()>{w.words().job_cancel()}</button>
                </Show>
            </div>
            {move || error.get().map(|e| view! { <p class="plb-field-error" role="alert">{e}</p> })}
            {terminal.then(|| view! {
                <JobSummary
                    entry
                    on_close=back
                    on_new_job
                    may_retry=Signal::derive(move || controls.get().retry)
                    may_undo=Signal::derive(move || controls.get().undo)
                />
            })}
        </div>
    }
}
