//! Every error leaves as RFC 9457 `application/problem+json`.

use crate::{data::matcher::FilterError, openapi::MAX_INTEGER};
use axum::{
    body::Bytes,
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use contract::{
    problem::{LIST_UNAVAILABLE, PROBLEM_CONTENT_TYPE},
    FieldError, ListId, Problem,
};
use serde::de::DeserializeOwned;

const BASE: &str = "https://people-log.dev/problems/";

#[derive(Debug)]
/// Boxed: handlers return it by value on every error path, so keep `Result` small.
pub struct ApiError(pub Box<Problem>);

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: u16, slug: &str, title: &str) -> Self {
        ApiError(Box::new(Problem::new(status, &format!("{BASE}{slug}"), title)))
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.0.detail = Some(detail.into());
        self
    }

    pub fn field(mut self, field: impl Into<String>, message: impl Into<String>) -> Self {
        self.0.errors.push(FieldError { field: field.into(), message: message.into() });
        self
    }

    pub fn not_found(what: &str) -> Self {
        ApiError::new(404, "not-found", "Not found").detail(format!("{what} does not exist"))
    }

    pub fn forbidden(detail: impl Into<String>) -> Self {
        ApiError::new(403, "forbidden", "Not allowed").detail(detail)
    }

    pub fn conflict(slug: &str, title: &str, detail: impl Into<String>) -> Self {
        ApiError::new(409, slug, title).detail(detail)
    }

    /// 422 with field errors.
    pub fn invalid(errors: Vec<FieldError>) -> Self {
        let mut err = ApiError::new(422, "validation", "Some values are not valid");
        err.0.detail = errors.first().map(|e| format!("{}: {}", e.field, e.message));
        err.0.errors = errors;
        err
    }

    /// A filter in a JSON body that `GET /people` would refuse: a 422 naming `{prefix}.{key}`
    /// (`filter.team`, `selection.filter.team`, `selection.filter.list`).
    pub fn bad_filter(prefix: &str, err: FilterError) -> Self {
        match err {
            FilterError::Invalid(err) => ApiError::invalid(vec![FieldError {
                field: format!("{prefix}.{}", err.field),
                message: err.message,
            }]),
            FilterError::ListUnavailable(id) => {
                ApiError::list_unavailable(422, format!("{prefix}.list"), &id)
            }
        }
    }

    pub fn bad_query(err: contract::QueryError) -> Self {
        ApiError(Box::new(Problem::from(err)))
    }

    /// A list that is not there for this admin: expired, never made, or another admin's (the same
    /// answer for all three, as for jobs). Its own type, so a client can offer to drop the list
    /// from the filter; the status is the one its place takes for any unknown id (400 in a query,
    /// 422 in a body, 404 on the list's own path).
    pub fn list_unavailable(status: u16, field: impl Into<String>, id: &ListId) -> Self {
        let days = contract::lists::LIST_RETENTION_DAYS;
        let message =
            format!("No list `{id}` of yours: it has expired (lists are kept {days} days) or never existed");
        ApiError(Box::new(Problem::new(status, LIST_UNAVAILABLE, "This list is no longer available")))
            .detail(message.clone())
            .field(field, message)
    }
}

impl From<contract::QueryError> for ApiError {
    fn from(err: contract::QueryError) -> Self {
        ApiError::bad_query(err)
    }
}

/// A filter from a query string: 400, naming the key.
impl From<FilterError> for ApiError {
    fn from(err: FilterError) -> Self {
        match err {
            FilterError::Invalid(err) => ApiError::bad_query(err),
            FilterError::ListUnavailable(id) => ApiError::list_unavailable(400, "list", &id),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&*self.0).unwrap_or_default();
        let mut res = (status, body).into_response();
        res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_CONTENT_TYPE));
        res
    }
}

/// Parses a JSON body: malformed JSON is a 400, a well-formed body with a wrong or missing value is a
/// 422 naming the JSON path (`action.team_id`).
pub fn parse_json<T: DeserializeOwned>(body: &Bytes) -> ApiResult<T> {
    if body.is_empty() {
        return Err(
            ApiError::new(400, "malformed-json", "Malformed JSON").detail("The request body is empty")
        );
    }
    let mut value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|err| ApiError::new(400, "malformed-json", "Malformed JSON").detail(err.to_string()))?;
    whole_numbers(&mut value);
    let schema = std::any::type_name::<T>().rsplit("::").next().unwrap_or_default();
    if let Some(field) = crate::openapi::list_for_object(schema, &value) {
        return Err(ApiError::invalid(vec![FieldError {
            field,
            message: "Expected an object, not a list".into(),
        }]));
    }
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path().to_string();
        let message = err.into_inner().to_string();
        // serde names a missing field only in its message; put it in the path where it belongs.
        let missing = message.strip_prefix("missing field `").and_then(|m| m.split('`').next());
        let field = match (path.as_str(), missing) {
            (".", Some(name)) => name.to_owned(),
            (".", None) => "body".to_owned(),
            (_, Some(name)) => format!("{path}.{name}"),
            (_, None) => path,
        };
        ApiError::invalid(vec![FieldError { field, message }])
    })
}

/// A number written with a zero fraction (`12841.0`) is that integer, as JSON Schema counts it;
/// the types then refuse what is out of their range (ids above 2^53 − 1, negative counts).
fn whole_numbers(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(n) => {
            let whole =
                n.as_f64().filter(|f| n.is_f64() && f.fract() == 0.0 && f.abs() <= MAX_INTEGER as f64);
            if let Some(w) = whole {
                *n = serde_json::Number::from(w as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        Value::Object(map) => map.values_mut().for_each(whole_numbers),
        _ => {}
    }
}

/// serde loses the JSON path inside an internally tagged enum (`action` is tagged by `kind`,
/// `selection` by `type`), so `{"kind":"change_role","role":"king"}` fails at `action`. This finds
/// the member to blame: the one that still fails when it is the only member next to the tag (a
/// failure that is not about a missing field). `deeper` may refine that member's path further.
pub fn blame_tagged_member<T: DeserializeOwned>(
    object: &serde_json::Value,
    tag: &str,
    prefix: &str,
    deeper: impl Fn(&str, &serde_json::Value) -> Option<String>,
) -> Option<String> {
    let map = object.as_object()?;
    let tag_value = map.get(tag)?;
    map.iter().filter(|(k, _)| k.as_str() != tag).find_map(|(key, value)| {
        let mut probe = serde_json::Map::new();
        probe.insert(tag.to_owned(), tag_value.clone());
        probe.insert(key.clone(), value.clone());
        match serde_json::from_value::<T>(serde_json::Value::Object(probe)) {
            Err(err) if !err.to_string().starts_with("missing field") => {
                let inner = deeper(key, value).map_or_else(String::new, |p| format!(".{p}"));
                Some(format!("{prefix}.{key}{inner}").replace(".[", "["))
            }
            _ => None,
        }
    })
}

/// The JSON path (below the value) at which `value` fails to deserialize as `T`.
pub fn path_within<T: DeserializeOwned>(value: &serde_json::Value) -> Option<String> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Err(err) if err.path().to_string() != "." => Some(err.path().to_string()),
        _ => None,
    }
}

/// Every `/api` error leaves as a problem, including the ones axum's extractors answer with plain
/// text (a body over the 2 MiB limit, a path segment that is not UTF-8). Headers such as `Allow`
/// and `Retry-After` are kept.
pub async fn problem_errors(res: Response) -> Response {
    let status = res.status();
    let is_problem = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(PROBLEM_CONTENT_TYPE.as_bytes()));
    if !(status.is_client_error() || status.is_server_error()) || is_problem {
        return res;
    }
    let (parts, body) = res.into_parts();
    let text = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_owned())
        .unwrap_or_default();
    let (slug, title) = match status.as_u16() {
        400 => ("bad-request", "Bad request"),
        413 => ("payload-too-large", "Request body too large"),
        _ => ("error", status.canonical_reason().unwrap_or("Error")),
    };
    let mut err = ApiError::new(status.as_u16(), slug, title);
    if !text.is_empty() {
        err = err.detail(text);
    }
    let mut out = err.into_response();
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}
