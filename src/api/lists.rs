//! Lists of people (§12): matching one, and what its chip says.

use super::{body_text, json, read_json, ApiClient, ApiError, MAX_ID};
use crate::filters::ListLabel;
use contract::{CreateList, ListId, PeopleList};
use gloo_net::http::Request;

impl ApiClient {
    /// `POST /people/lists`: the list, matched once by the server.
    pub async fn create_list(&self, list: &CreateList) -> Result<PeopleList, ApiError> {
        let body = json(list).map_err(ApiError::Encode)?;
        let response = self.send_checked(Request::post(&self.url("/people/lists")), Some(body)).await?;
        read_json(&response).await
    }

    /// `GET /people/lists/{id}`, read for a chip: the list's name and how many users it matched, or
    /// `Unavailable` when the server no longer has it for this admin (404).
    pub async fn list_label(&self, id: &ListId) -> Result<ListLabel, ApiError> {
        let id = String::from(js_sys::encode_uri_component(&id.0));
        let builder = Request::get(&self.url(&format!("/people/lists/{id}")));
        match self.send_checked(builder, None).await {
            Ok(response) => label_of(&body_text(&response).await?).map_err(ApiError::Decode),
            Err(ApiError::Http { status: 404, .. }) => Ok(ListLabel::Unavailable),
            Err(e) => Err(e),
        }
    }
}

/// `name` and `matched` of a `PeopleList`, read without a serde path of their own (the first
/// download carries this; the rest of the list is the dialog's).
fn label_of(text: &str) -> Result<ListLabel, String> {
    let shape = || "expected a list with a name and a count of matched users".to_owned();
    let value = js_sys::JSON::parse(text).map_err(|_| shape())?;
    let get = |key: &str| js_sys::Reflect::get(&value, &key.into()).ok();
    let name = get("name").and_then(|n| n.as_string()).ok_or_else(shape)?;
    let matched = get("matched").and_then(|n| n.as_f64()).ok_or_else(shape)?;
    if matched.fract() != 0.0 || !(0.0..=MAX_ID).contains(&matched) {
        return Err(shape());
    }
    Ok(ListLabel::Named { name, matched: matched as u64 })
}
