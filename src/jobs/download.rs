//! Every page of a job's results, and the CSV files the browser saves.

use super::csv;
use crate::{
    api::{ApiClient, ApiError},
    i18n::Words,
};
use contract::{JobId, Outcome, UserOutcome};
use wasm_bindgen::JsCast;

/// The largest page the API serves: a 5,000-user job's failures come in one or two requests.
const PAGE: u32 = 500;

/// All users with these outcomes, every page, in processing order.
pub async fn all_results(
    api: &ApiClient,
    id: &JobId,
    outcomes: &[Outcome],
) -> Result<Vec<UserOutcome>, ApiError> {
    let mut rows = Vec::new();
    for page in 1.. {
        let p = api.job_results(id, outcomes, page, PAGE).await?;
        let done = p.items.is_empty() || (u64::from(page) * u64::from(PAGE)) >= p.total;
        rows.extend(p.items);
        if done {
            break;
        }
    }
    Ok(rows)
}

/// Hands a job's results to the browser as a CSV download named after the job and `what` they are.
pub fn save_results(words: &Words, id: &JobId, what: &str, rows: &[UserOutcome]) {
    save_csv(&format!("{id}-{what}.csv"), csv::document(rows, words));
}

/// Hands a CSV to the browser as a download. The link is never attached to any document, so the
/// widget touches nothing outside its root.
pub fn save_csv(file_name: &str, text: String) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    // Freed once the browser has surely read it.
    leptos::prelude::set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(30),
    );
}
