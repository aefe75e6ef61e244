//! The HTTP client: one typed method per endpoint, one error enum (§6).

mod batch;
mod error;
pub mod jobs;
mod lists;
mod read;
mod superseding;

pub use error::ApiError;
pub use superseding::Superseding;

use crate::{
    config::{Config, Credentials, Headers},
    embed::{HostEvents, SessionDetail, SESSION_EXPIRED},
};
use contract::{
    people::MAX_MATCH_IDS, Filter, FilterOptions, ListQuery, MatchRequest, Me, NewSavedView, PeoplePage,
    SavedViewList, SavedViewPatch, UserId,
};
use gloo_net::http::{Request, RequestBuilder};
use serde::{de::DeserializeOwned, Serialize};
use std::sync::{
    atomic::{AtomicBool, Ordering},
    Arc, Mutex,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AbortSignal, RequestCredentials, Response};

/// One instance's request headers, replaced by the host's `setHeaders` and read by every request
/// sent after that (a refreshed bearer or CSRF token without a remount).
#[derive(Clone, Debug, Default)]
pub struct SharedHeaders(Arc<Mutex<Headers>>);

impl SharedHeaders {
    pub fn new(headers: Headers) -> Self {
        SharedHeaders(Arc::new(Mutex::new(headers)))
    }

    pub fn set(&self, headers: Headers) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = headers;
    }

    pub fn get(&self) -> Headers {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// Talks to one backend with one set of headers. Cheap to clone.
#[derive(Clone, Debug)]
pub struct ApiClient {
    config: Arc<Config>,
    headers: SharedHeaders,
    /// The widget's locale, sent as `Accept-Language` so a backend can word its problem details
    /// in it; `None` (no `locale`): the browser's own header. `setLocale` changes it.
    language: Arc<Mutex<Option<String>>>,
    /// A 401 was the latest word from the server: further 401s are the same expiry, not news.
    expired: Arc<AtomicBool>,
    events: HostEvents,
}

impl ApiClient {
    pub fn new(config: Config) -> Self {
        let headers = SharedHeaders::new(config.headers.clone());
        ApiClient::for_host(config, headers, HostEvents::none())
    }

    /// A client whose headers the host may replace and whose 401s the host hears about.
    pub fn for_host(config: Config, headers: SharedHeaders, events: HostEvents) -> Self {
        let language = Arc::new(Mutex::new(config.locale.clone()));
        ApiClient { config: Arc::new(config), headers, language, expired: Arc::default(), events }
    }

    /// The locale later requests ask for (`Accept-Language`).
    pub fn set_language(&self, locale: Option<&str>) {
        *self.language.lock().unwrap_or_else(|e| e.into_inner()) = locale.map(Into::into);
    }

    /// Every answer's status passes here: the first 401 after anything else tells the host its
    /// session expired (once, however many requests were refused); any success re-arms that.
    fn observe(&self, status: u16) {
        if status == 401 {
            if !self.expired.swap(true, Ordering::Relaxed) {
                self.events.emit(SESSION_EXPIRED, &SessionDetail { status }.to_js());
            }
        } else if (200..300).contains(&status) {
            self.expired.store(false, Ordering::Relaxed);
        }
    }

    /// `GET /me`: the acting admin and the actions they may run.
    pub async fn me(&self) -> Result<Me, ApiError> {
        self.get_json("/me", None).await
    }

    /// `GET /people`: one page of users. `abort` cancels a superseded request. The request leaves
    /// at once, not when the future is first polled: on mount, the first page is asked for before
    /// the rest of the screen is built.
    pub fn people(
        &self,
        query: &ListQuery,
        abort: Option<&AbortSignal>,
    ) -> impl std::future::Future<Output = Result<PeoplePage, ApiError>> + 'static {
        let qs = query.to_query_string();
        let path = if qs.is_empty() { "/people".to_owned() } else { format!("/people?{qs}") };
        let sent = self.start(Request::get(&self.url(&path)).abort_signal(abort), None);
        let (api, asked) = (self.clone(), (query.page, query.per_page));
        async move {
            let response = api.answer(sent).await?;
            let page = read_answer(&response, read::people_page).await?;
            // Another page than the one asked would be shown, and selected, as if it were this one.
            if (page.page, page.per_page) != asked {
                return Err(ApiError::Decode(format!(
                    "asked for page {} of {}, the server answered page {} of {}",
                    asked.0, asked.1, page.page, page.per_page
                )));
            }
            Ok(page)
        }
    }

    /// `POST /people/matching`: which of `ids` the filter matches, in the order asked. More ids
    /// than one request may carry (`MAX_MATCH_IDS`) are asked in consecutive chunks. `abort`
    /// cancels a superseded question. The bodies are built at once, so the future borrows nothing.
    pub fn matching(
        &self,
        filter: &Filter,
        ids: &[UserId],
        abort: Option<&AbortSignal>,
    ) -> impl std::future::Future<Output = Result<Vec<UserId>, ApiError>> + 'static {
        let bodies: Result<Vec<String>, String> = ids
            .chunks(MAX_MATCH_IDS)
            .map(|chunk| MatchRequest { filter: filter.clone(), ids: chunk.to_vec() }.to_json())
            .collect();
        let (url, abort, api) = (self.url("/people/matching"), abort.cloned(), self.clone());
        async move {
            let mut matching = Vec::new();
            for body in bodies.map_err(ApiError::Encode)? {
                let builder = Request::post(&url).abort_signal(abort.as_ref());
                let response = api.send_checked(builder, Some(body)).await?;
                let text = body_text(&response).await?;
                matching.extend(ids_of(&text).map_err(ApiError::Decode)?);
            }
            Ok(matching)
        }
    }

    /// `GET /filter-options`: what the filter bar picks from.
    pub async fn filter_options(&self) -> Result<FilterOptions, ApiError> {
        let response = self.send_checked(Request::get(&self.url("/filter-options")), None).await?;
        read_answer(&response, read::filter_options).await
    }

    /// `GET /saved-views`: this admin's saved views, in creation order. `abort` cancels a
    /// superseded reload.
    pub async fn saved_views(&self, abort: Option<&AbortSignal>) -> Result<SavedViewList, ApiError> {
        self.get_json("/saved-views", abort).await
    }

    /// `POST /saved-views`.
    pub async fn create_view(&self, view: &NewSavedView) -> Result<(), ApiError> {
        self.send(Request::post(&self.url("/saved-views")), Some(json(view).map_err(ApiError::Encode)?)).await
    }

    /// `PATCH /saved-views/{id}`.
    pub async fn update_view(&self, id: &str, patch: &SavedViewPatch) -> Result<(), ApiError> {
        self.send(Request::patch(&self.view_url(id)), Some(json(patch).map_err(ApiError::Encode)?)).await
    }

    /// `DELETE /saved-views/{id}`.
    pub async fn delete_view(&self, id: &str) -> Result<(), ApiError> {
        self.send(Request::delete(&self.view_url(id)), None).await
    }

    fn view_url(&self, id: &str) -> String {
        self.url(&format!("/saved-views/{}", String::from(js_sys::encode_uri_component(id))))
    }

    /// A write whose answer body the widget does not need (it reloads what it shows).
    async fn send(&self, builder: RequestBuilder, body: Option<String>) -> Result<(), ApiError> {
        self.send_checked(builder, body).await.map(drop)
    }

    /// Sends a request with this client's headers and an optional JSON body, and checks the status
    /// before anything is decoded: other than 2xx is `ApiError::Http` with the problem details.
    /// Not generic, so every request shares one copy of this code.
    async fn send_checked(
        &self,
        builder: RequestBuilder,
        body: Option<String>,
    ) -> Result<Response, ApiError> {
        self.answer(self.start(builder, body)).await
    }

    /// Hands the request to the browser now: its `fetch` is under way when this returns. The error
    /// is why it could not be sent (an `ApiError::Network` once answered).
    fn start(&self, builder: RequestBuilder, body: Option<String>) -> Result<js_sys::Promise, String> {
        let builder = self.request(builder);
        let request = match body {
            Some(body) => builder.header("Content-Type", "application/json").body(body),
            None => builder.build(),
        };
        let request = web_sys::Request::from(request.map_err(unbuilt)?);
        let window = web_sys::window().ok_or("no window to fetch from")?;
        Ok(window.fetch_with_request(&request))
    }

    /// The answer to a started request, its status checked (see `send_checked`).
    async fn answer(&self, sent: Result<js_sys::Promise, String>) -> Result<Response, ApiError> {
        refused(self.reply(sent).await?).await
    }

    /// The response to a started request, whatever its status (which the session watch sees).
    async fn reply(&self, sent: Result<js_sys::Promise, String>) -> Result<Response, ApiError> {
        let promise = sent.map_err(ApiError::Network)?;
        let response = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(ApiError::from_js)?;
        let response: Response = response.unchecked_into();
        self.observe(response.status());
        Ok(response)
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.config.api_base)
    }

    fn request(&self, builder: RequestBuilder) -> RequestBuilder {
        let credentials = match self.config.credentials {
            Credentials::SameOrigin => RequestCredentials::SameOrigin,
            Credentials::Include => RequestCredentials::Include,
            Credentials::Omit => RequestCredentials::Omit,
        };
        let mut builder = builder.credentials(credentials).header("Accept", "application/json");
        if let Some(language) = self.language.lock().unwrap_or_else(|e| e.into_inner()).as_deref() {
            // Before the host's headers, which may say otherwise.
            builder = builder.header("Accept-Language", language);
        }
        self.headers.get().iter().fold(builder, |b, (name, value)| b.header(name, value))
    }

    async fn get_json<T: DeserializeOwned>(
        &self,
        path: &str,
        abort: Option<&AbortSignal>,
    ) -> Result<T, ApiError> {
        let response = self.send_checked(Request::get(&self.url(path)).abort_signal(abort), None).await?;
        read_json(&response).await
    }
}

/// Why the browser refused to build a request (a header's name or value it does not allow).
/// gloo's other errors are serde_json's, which building never gives: not formatting them keeps
/// their messages (and std's I/O error texts they carry) out of the first download.
fn unbuilt(error: gloo_net::Error) -> String {
    match error {
        gloo_net::Error::JsError(error) => error.to_string(),
        _ => "the request could not be built".into(),
    }
}

/// A request body. A value JSON cannot carry (an id above 2^53 − 1) is an error, never an empty or
/// altered body.
fn json<T: Serialize>(value: &T) -> Result<String, String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = value.serialize(&serializer).map_err(|e| e.to_string())?;
    js_sys::JSON::stringify(&value).map(String::from).map_err(|_| "the request body is not JSON".into())
}

/// The largest id the contract allows: every integer up to it is exact in a JSON number.
const MAX_ID: f64 = 9_007_199_254_740_991.0;

/// The `ids` of a `MatchResponse`, read without a serde path of its own. Anything but integers in
/// 0..=2^53 − 1 is refused: a rounded or truncated id would name another user.
fn ids_of(text: &str) -> Result<Vec<UserId>, String> {
    let shape = || "expected {\"ids\": [user ids]}".to_owned();
    let value = js_sys::JSON::parse(text).map_err(|_| shape())?;
    let ids = js_sys::Reflect::get(&value, &"ids".into()).map_err(|_| shape())?;
    let ids: &js_sys::Array = ids.dyn_ref().ok_or_else(shape)?;
    ids.iter()
        .map(|id| match id.as_f64() {
            Some(n) if n.fract() == 0.0 && (0.0..=MAX_ID).contains(&n) => Ok(UserId(n as u64)),
            _ => Err(format!(
                "user ids are whole numbers from 0 to 2^53 − 1, not {}",
                String::from(js_sys::JSON::stringify(&id).unwrap_or_else(|_| "?".into()))
            )),
        })
        .collect()
}

/// The whole body. Reading it can fail as the request can: aborted by a newer one, or cut off.
async fn body_text(response: &Response) -> Result<String, ApiError> {
    let text = response.text().map_err(ApiError::from_js)?;
    let text = wasm_bindgen_futures::JsFuture::from(text).await.map_err(ApiError::from_js)?;
    Ok(text.as_string().unwrap_or_default())
}

/// Parses with the browser's own JSON parser and maps the result onto `T`: much smaller in wasm
/// than a Rust JSON parser, and faster on large pages.
async fn read_json<T: DeserializeOwned>(response: &Response) -> Result<T, ApiError> {
    let value = parsed(response).await?;
    serde_wasm_bindgen::from_value(value).map_err(|e| ApiError::Decode(e.to_string()))
}

/// As `read_json`, with one of the first screen's own readers (`read`), not serde.
async fn read_answer<T>(response: &Response, read: fn(&JsValue) -> Result<T, String>) -> Result<T, ApiError> {
    read(&parsed(response).await?).map_err(ApiError::Decode)
}

async fn parsed(response: &Response) -> Result<JsValue, ApiError> {
    let text = body_text(response).await?;
    js_sys::JSON::parse(&text).map_err(|_| ApiError::Decode("the body is not JSON".into()))
}

/// A 2xx response as it is; any other status as an `ApiError::Http` with its problem details.
async fn refused(response: Response) -> Result<Response, ApiError> {
    if response.ok() {
        return Ok(response);
    }
    Err(ApiError::Http {
        status: response.status(),
        problem: read_answer(&response, read::problem).await.ok(),
    })
}

/// Runs a request owned by the current component: if the component goes away first, the task is
/// dropped (aborting nothing on the server, but never touching disposed signals).
pub fn spawn_request<T: 'static>(
    request: impl std::future::Future<Output = Result<T, ApiError>> + 'static,
    done: impl FnOnce(Result<T, ApiError>) + 'static,
) {
    // Boxed so the spawner is instantiated once, not once per request type.
    let task: std::pin::Pin<Box<dyn std::future::Future<Output = ()>>> =
        Box::pin(async move { done(request.await) });
    leptos::reactive::spawn_local_scoped_with_cancellation(task);
}

/// A fresh `Idempotency-Key`: 128 random bits as hex. `getRandomValues` works on plain-http hosts
/// too, unlike `randomUUID`.
pub fn fresh_key() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
