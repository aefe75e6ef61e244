//! Lists of people (§12): matching one, and reading one back.

use super::{json, read_json, ApiClient, ApiError};
use contract::{CreateList, ListId, PeopleList};
use gloo_net::http::Request;

impl ApiClient {
    /// `POST /people/lists`: the list, matched once by the server.
    pub async fn create_list(&self, list: &CreateList) -> Result<PeopleList, ApiError> {
        let body = json(list).map_err(ApiError::Encode)?;
        let response = self.send_checked(Request::post(&self.url("/people/lists")), Some(body)).await?;
        read_json(&response).await
    }

    /// `GET /people/lists/{id}`: a list as it was matched. A 404 means the server no longer has
    /// it for this admin (expired, never made, or another admin's).
    pub async fn people_list(&self, id: &ListId) -> Result<PeopleList, ApiError> {
        let id = String::from(js_sys::encode_uri_component(&id.0));
        self.get_json(&format!("/people/lists/{id}"), None).await
    }
}
