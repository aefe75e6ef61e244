//! `CustomEvent`s on the host element (§7): what the widget tells the page it lives in. The
//! details are plain Rust values with native tests; only `HostEvents::emit` touches the DOM.

use crate::selection::Selection;
use contract::{ActionKind, Job, JobStatus};
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

pub const JOB_STARTED: &str = "people-log:job-started";
pub const JOB_FINISHED: &str = "people-log:job-finished";
pub const SELECTION_CHANGE: &str = "people-log:selection-change";
pub const SESSION_EXPIRED: &str = "people-log:session-expired";

/// `detail` of the job events.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JobDetail {
    pub job_id: String,
    pub action: ActionKind,
    pub title: String,
    pub status: JobStatus,
    pub total: u64,
    pub processed: u64,
    pub succeeded: u64,
    pub skipped: u64,
    pub failed: u64,
}

impl JobDetail {
    /// The event's `detail`.
    pub fn to_js(&self) -> JsValue {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        self.serialize(&serializer).unwrap_or(JsValue::NULL)
    }
}

impl From<&Job> for JobDetail {
    fn from(job: &Job) -> Self {
        JobDetail {
            job_id: job.id.0.clone(),
            action: job.action.kind(),
            title: job.title.clone(),
            status: job.status,
            total: job.total,
            processed: job.processed,
            succeeded: job.succeeded,
            skipped: job.skipped,
            failed: job.failed,
        }
    }
}

/// `detail` of `people-log:selection-change`: how many users, and whether they are listed ids
/// (`explicit`) or every user matching the filters (`all_matching`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectionDetail {
    pub count: u64,
    pub mode: &'static str,
}

impl SelectionDetail {
    /// The event's `detail`, `{ count, mode }`: built by hand, as the first download carries no
    /// serializer.
    pub fn to_js(&self) -> JsValue {
        object(&[("count", JsValue::from_f64(self.count as f64)), ("mode", self.mode.into())])
    }
}

impl From<&Selection> for SelectionDetail {
    fn from(selection: &Selection) -> Self {
        let mode = match selection {
            Selection::Explicit(_) => "explicit",
            Selection::AllMatching { .. } => "all_matching",
        };
        SelectionDetail { count: selection.count(), mode }
    }
}

/// `detail` of `people-log:session-expired`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDetail {
    pub status: u16,
}

impl SessionDetail {
    /// The event's `detail`, `{ status }`.
    pub fn to_js(&self) -> JsValue {
        object(&[("status", self.status.into())])
    }
}

/// A plain object with these members.
fn object(members: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in members {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

/// Where this instance's events go: the element the host mounted it on. `Copy`; without a host
/// (component tests) nothing is sent.
#[derive(Clone, Copy, Debug)]
pub struct HostEvents {
    host: Option<StoredValue<HtmlElement, LocalStorage>>,
}

impl HostEvents {
    pub fn new(host: HtmlElement) -> Self {
        HostEvents { host: Some(StoredValue::new_local(host)) }
    }

    pub fn none() -> Self {
        HostEvents { host: None }
    }

    /// Dispatches `name` with `detail` on the host: bubbling and composed, so a listener on the
    /// host, an ancestor or the document hears it, even with the widget inside another shadow root.
    pub fn emit(self, name: &str, detail: &JsValue) {
        let Some(host) = self.host.and_then(|h| h.try_get_value()) else { return };
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            // A throwing host listener is the host's business; the widget carries on.
            let _ = host.dispatch_event(&event);
        }
    }

    /// The instance's events, if the app runs under a host.
    pub fn current() -> Self {
        use_context::<HostEvents>().unwrap_or(HostEvents::none())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::{Filter, UserId};
    use std::collections::BTreeSet;

    #[test]
    fn selection_detail_counts_and_names_the_mode() {
        let explicit = Selection::Explicit(BTreeSet::from([UserId(1), UserId(2)]));
        assert_eq!(SelectionDetail::from(&explicit), SelectionDetail { count: 2, mode: "explicit" });
        let all = Selection::AllMatching {
            filter: Filter::default(),
            excluded: BTreeSet::from([UserId(9)]),
            total_when_chosen: 4213,
        };
        assert_eq!(SelectionDetail::from(&all), SelectionDetail { count: 4212, mode: "all_matching" });
    }
}
