//! Every error leaves as RFC 9457 `application/problem+json`.

use axum::{
    body::Bytes,
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use contract::{problem::PROBLEM_CONTENT_TYPE, FieldError, Problem};
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

    pub fn bad_query(err: contract::QueryError) -> Self {
        ApiError(Box::new(Problem::from(err)))
    }
}

impl From<contract::QueryError> for ApiError {
    fn from(err: contract::QueryError) -> Self {
        ApiError::bad_query(err)
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
    if let Err(err) = serde_json::from_slice::<serde::de::IgnoredAny>(body) {
        return Err(ApiError::new(400, "malformed-json", "Malformed JSON").detail(err.to_string()));
    }
    let de = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(de).map_err(|err| {
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
