//! The jobs this page follows, polled on one shared schedule (§8). A thin reactive layer over
//! `Schedule`: one timer, visibility from the document, the list rebuilt from the server on load
//! and whenever the window regains focus.

use super::{
    progress::Observed,
    schedule::{backoff, Schedule},
};
use crate::{
    api::{jobs::Polled, spawn_request, ApiClient, ApiError},
    embed::{HostEvents, JobDetail, JOB_FINISHED, JOB_STARTED},
    i18n::CurrentWords,
};
use contract::{Job, JobId};
use leptos::prelude::*;
use leptos_use::{use_document_visibility, use_timeout_fn, use_window_focus, UseTimeoutFnReturn};
use std::{sync::Arc, time::Duration};
use web_sys::VisibilityState;

/// Bumps each time a followed job reaches a terminal state; the table reloads on it. Provided by
/// `App` in the first download, which the job center itself is not.
#[derive(Clone, Copy, Debug)]
pub struct FinishedJobs(pub RwSignal<u32>);

/// What the page knows of one job.
#[derive(Clone, Debug, PartialEq)]
pub struct JobEntry {
    pub job: Job,
    /// The last poll failed; the next is on its way.
    pub reconnecting: bool,
    pub observed: Observed,
    /// The job was running while this page followed it, so its end is news worth a toast.
    pub watched: bool,
}

/// A finished job worth telling the admin about.
#[derive(Clone, Debug, PartialEq)]
pub struct Completion {
    pub id: JobId,
    pub sentence: String,
    /// Something failed: the toast stays until dismissed.
    pub sticky: bool,
}

/// Tries to rebuild the job list before waiting for the next focus.
const REFRESH_ATTEMPTS: u32 = 8;

type Timer = Arc<dyn Fn(f64) + Send + Sync>;

/// The jobs of this widget instance and their one polling schedule. `Copy`; provided by `App`.
#[derive(Clone, Copy)]
pub struct JobCenter {
    /// Newest first.
    jobs: RwSignal<Vec<JobEntry>>,
    schedule: StoredValue<Schedule>,
    finished: RwSignal<u32>,
    /// Finished while watched, oldest first, until dismissed.
    pub completions: RwSignal<Vec<Completion>>,
    /// The latest completion sentence, for the polite live region.
    pub announcement: RwSignal<String>,
    /// The job whose progress or summary is open in the jobs dialog.
    pub open: RwSignal<Option<JobId>>,
    /// Starts the one timer after the given delay (ms), replacing the pending one.
    timer: StoredValue<Option<Timer>>,
    api: StoredValue<ApiClient>,
    owner: StoredValue<Owner>,
    events: HostEvents,
    /// The instance's words, for the completion sentences (said when a poll answers, outside any
    /// view).
    words: CurrentWords,
    /// The pending retry of a failed list refresh, cleared on unmount so nothing fires after it.
    retry: StoredValue<Option<TimeoutHandle>>,
}

fn now() -> f64 {
    js_sys::Date::now()
}

impl JobCenter {
    /// Creates the center under the current owner, loads this admin's jobs, and follows the
    /// page's visibility and focus.
    pub fn provide(api: ApiClient) -> Self {
        let center = JobCenter {
            jobs: RwSignal::new(Vec::new()),
            schedule: StoredValue::new(Schedule::default()),
            finished: use_context::<FinishedJobs>().map_or_else(|| RwSignal::new(0), |f| f.0),
            completions: RwSignal::new(Vec::new()),
            announcement: RwSignal::new(String::new()),
            open: RwSignal::new(None),
            timer: StoredValue::new(None),
            api: StoredValue::new(api),
            owner: StoredValue::new(Owner::current().expect("JobCenter::provide runs under an owner")),
            events: HostEvents::current(),
            words: CurrentWords::current(),
            retry: StoredValue::new(None),
        };
        on_cleanup(move || {
            if let Some(handle) = center.retry.try_update_value(Option::take).flatten() {
                handle.clear();
            }
        });
        let delay = RwSignal::new(0.0);
        let UseTimeoutFnReturn { start, .. } = use_timeout_fn(move |_: ()| center.fire(), delay);
        let timer: Timer = Arc::new(move |ms: f64| {
            delay.set(ms.max(0.0));
            start(());
        });
        center.timer.set_value(Some(timer));

        let visibility = use_document_visibility();
        Effect::new(move |_| {
            let hidden = visibility.get() == VisibilityState::Hidden;
            center.schedule.update_value(|s| s.set_hidden(hidden, now()));
            center.rearm();
        });
        // On load, and when the admin comes back from another tab or window (which may have
        // started or finished jobs), the list comes from the server.
        let focused = use_window_focus();
        Effect::new(move |was: Option<bool>| {
            let focused = focused.get();
            if was.is_none() || (focused && was == Some(false)) {
                center.refresh();
            }
            focused
        });
        provide_context(center);
        center
    }

    /// A job this widget just created (after its 202): tells the host, then follows it.
    pub fn started(self, job: Job) {
        self.events.emit(JOB_STARTED, &JobDetail::from(&job).to_js());
        self.track(job);
    }

    /// Follows a job: one this widget created, or one the server lists as running.
    pub fn track(self, job: Job) {
        self.follow(job, false);
    }

    /// A job the admin moved on (run now, resume, reschedule, cancel): followed from this answer's
    /// plan, not the slow one it had while it waited.
    pub fn steered(self, job: Job) {
        self.follow(job, true);
    }

    fn follow(self, job: Job, replan: bool) {
        let (id, delay, still) = (job.id.clone(), job.poll_after_ms, !super::progress::polls(job.status));
        self.upsert(job, true);
        if still {
            self.schedule.update_value(|s| s.forget(&id));
        } else {
            self.schedule.update_value(|s| {
                if replan {
                    s.replan(id, delay, now());
                } else {
                    s.track(id, delay, now());
                }
            });
            self.rearm();
        }
    }

    /// The center of this widget, created under the current (the app's) owner on first use.
    pub fn ensure() -> Self {
        use_context::<JobCenter>().unwrap_or_else(|| JobCenter::provide(expect_context::<ApiClient>()))
    }

    /// Every known job, newest first.
    pub fn jobs(self) -> Signal<Vec<JobEntry>> {
        self.jobs.into()
    }

    /// One job, if known.
    pub fn entry(self, id: &JobId) -> Option<JobEntry> {
        self.jobs.with(|jobs| jobs.iter().find(|e| &e.job.id == id).cloned())
    }

    pub fn dismiss(self, id: &JobId) {
        self.completions.update(|c| c.retain(|c| &c.id != id));
    }

    /// Asks the server for this admin's running and recent jobs and follows the running ones.
    pub fn refresh(self) {
        // A fresh ask supersedes a failed one's pending retry.
        self.set_retry(None);
        self.refresh_attempt(1);
    }

    /// Keeps at most one retry pending: the one it replaces is cleared. Two refreshes at once (on
    /// load and on focus) each retrying would otherwise leave one timer that unmount cannot clear.
    fn set_retry(self, handle: Option<TimeoutHandle>) {
        // `None`: the center is gone (the widget was unmounted while the failed request was out),
        // so the new timer is cleared too.
        let previous = self.retry.try_update_value(|r| std::mem::replace(r, handle)).unwrap_or(handle);
        if let Some(previous) = previous {
            previous.clear();
        }
    }

    fn refresh_attempt(self, attempt: u32) {
        let (Some(api), Some(owner)) = (self.api.try_get_value(), self.owner.try_get_value()) else {
            return;
        };
        let request = async move {
            let active = api.jobs(true).await?;
            let recent = api.jobs(false).await?;
            Ok::<_, ApiError>((active.items, recent.items))
        };
        owner.with(|| {
            spawn_request(request, move |result| match result {
                Ok((active, recent)) => {
                    for job in recent.into_iter().rev() {
                        if job.status.is_terminal() && self.entry(&job.id).is_none() {
                            self.upsert(job, false);
                        }
                    }
                    for job in active.into_iter().rev() {
                        self.track(job);
                    }
                }
                // A running job must not go missing over one lost answer: ask again, backing
                // off like the poller. After that the next focus asks again.
                Err(_) if attempt < REFRESH_ATTEMPTS => {
                    let ms = backoff(attempt, js_sys::Math::random()).max(250.0);
                    let retry = move || self.refresh_attempt(attempt + 1);
                    self.set_retry(set_timeout_with_handle(retry, Duration::from_millis(ms as u64)).ok());
                }
                Err(_) => {}
            })
        });
    }

    /// The one timer fired: poll every job that is due.
    fn fire(self) {
        let due = self.schedule.try_update_value(|s| s.take_due(now())).unwrap_or_default();
        for id in due {
            self.poll(id);
        }
        self.rearm();
    }

    fn poll(self, id: JobId) {
        let (Some(api), Some(owner)) = (self.api.try_get_value(), self.owner.try_get_value()) else {
            return;
        };
        let request = {
            let id = id.clone();
            async move { Ok::<Polled, ApiError>(api.poll_job(&id).await) }
        };
        owner.with(|| {
            spawn_request(request, move |polled| {
                let Ok(Polled { result, retry_after_ms }) = polled else { return };
                match result {
                    Ok(job) => {
                        let (still, delay) = (!super::progress::polls(job.status), job.poll_after_ms);
                        self.schedule.update_value(|s| s.answered(&id, still, delay, now()));
                        self.upsert(job, true);
                    }
                    // Gone (expired) or no longer ours: stop asking; the tray keeps what it had.
                    Err(ApiError::Http { status: 401 | 403 | 404, .. }) => {
                        self.schedule.update_value(|s| s.forget(&id));
                        self.set_reconnecting(&id, false);
                    }
                    Err(_) => {
                        let random = js_sys::Math::random();
                        self.schedule.update_value(|s| s.failed(&id, retry_after_ms, random, now()));
                        self.set_reconnecting(&id, true);
                    }
                }
                self.rearm();
            })
        });
    }

    fn rearm(self) {
        let Some(next) = self.schedule.try_with_value(Schedule::next_due).flatten() else { return };
        if let Some(timer) = self.timer.try_get_value().flatten() {
            timer(next - now());
        }
    }

    fn set_reconnecting(self, id: &JobId, on: bool) {
        self.jobs.update(|jobs| {
            if let Some(e) = jobs.iter_mut().find(|e| &e.job.id == id) {
                e.reconnecting = on;
            }
        });
    }

    /// Records a job's latest state; a watched job that just ended becomes a completion.
    fn upsert(self, job: Job, watched: bool) {
        let mut ended = None;
        self.jobs.update(|jobs| match jobs.iter_mut().find(|e| e.job.id == job.id) {
            Some(e) => {
                let was_running = !e.job.status.is_terminal();
                // Answers can arrive out of order (a poll that crossed a cancel, a retried poll):
                // never step backwards.
                let ended_before = e.job.status.is_terminal() && !job.status.is_terminal();
                if ended_before || (job.processed < e.job.processed && !job.status.is_terminal()) {
                    return;
                }
                e.observed.observe(now(), job.processed);
                e.reconnecting = false;
                e.watched |= watched && was_running;
                if was_running && job.status.is_terminal() && e.watched {
                    ended = Some(job.clone());
                }
                e.job = job;
            }
            None => {
                let mut observed = Observed::default();
                observed.observe(now(), job.processed);
                let watched = watched && !job.status.is_terminal();
                let at = jobs.partition_point(|e| newer(&e.job, &job));
                jobs.insert(at, JobEntry { job, reconnecting: false, observed, watched });
            }
        });
        if let Some(job) = ended {
            self.events.emit(JOB_FINISHED, &JobDetail::from(&job).to_js());
            let sentence = super::progress::completion(&job, self.words.words());
            self.finished.update(|n| *n += 1);
            self.announcement.set(sentence.clone());
            self.completions.update(|c| {
                c.retain(|c| c.id != job.id);
                c.push(Completion { id: job.id.clone(), sentence, sticky: job.failed > 0 });
            });
        }
    }
}

/// Newest first: by creation time, then by id for jobs created in the same second.
fn newer(a: &Job, b: &Job) -> bool {
    (&a.created_at, a.id.0.len(), &a.id.0) > (&b.created_at, b.id.0.len(), &b.id.0)
}
