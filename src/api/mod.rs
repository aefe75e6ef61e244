//! The HTTP client: one typed method per endpoint, one error enum (§6).

mod error;

pub use error::ApiError;

use crate::config::Config;
use contract::{ListQuery, Me, PeoplePage};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use std::sync::Arc;
use web_sys::AbortSignal;

/// Talks to one backend with one set of headers. Cheap to clone.
#[derive(Clone, Debug)]
pub struct ApiClient {
    config: Arc<Config>,
}

impl ApiClient {
    pub fn new(config: Config) -> Self {
        ApiClient { config: Arc::new(config) }
    }

    /// `GET /me`: the acting admin and the actions they may run.
    pub async fn me(&self) -> Result<Me, ApiError> {
        self.get_json("/me", None).await
    }

    /// `GET /people`: one page of users. `abort` cancels a superseded request.
    pub async fn people(
        &self,
        query: &ListQuery,
        abort: Option<&AbortSignal>,
    ) -> Result<PeoplePage, ApiError> {
        let qs = query.to_query_string();
        let path = if qs.is_empty() { "/people".to_owned() } else { format!("/people?{qs}") };
        self.get_json(&path, abort).await
    }

    fn request(&self, builder: RequestBuilder) -> RequestBuilder {
        self.config
            .headers
            .iter()
            .fold(builder.header("Accept", "application/json"), |b, (name, value)| b.header(name, value))
    }

    async fn get_json<T: DeserializeOwned>(
        &self,
        path: &str,
        abort: Option<&AbortSignal>,
    ) -> Result<T, ApiError> {
        let url = format!("{}{path}", self.config.api_base);
        let response = self.request(Request::get(&url)).abort_signal(abort).send().await;
        decode(response.map_err(ApiError::network)?).await
    }
}

/// Checks the status before decoding: a problem body becomes `ApiError::Http`.
async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    if response.ok() {
        return response.json::<T>().await.map_err(|e| ApiError::Decode(e.to_string()));
    }
    let status = response.status();
    let problem = response.json().await.ok();
    Err(ApiError::Http { status, problem })
}
