//! RFC 9457 problem details: every error the API returns.

use serde::{Deserialize, Serialize};

/// The media type of a problem body.
pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// The `type` of the problem a filter's `list` answers once the list is not there for this admin
/// (expired, never made, or another admin's), wherever it is used: a client can tell the admin
/// the list expired and offer to remove it from the filter.
pub const LIST_UNAVAILABLE: &str = "https://people-log.dev/problems/list-unavailable";

/// One invalid field, for 400 and 422 answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The query key or JSON path, e.g. `per_page` or `action.team_id`.
    pub field: String,
    pub message: String,
}

/// An RFC 9457 problem, with the extension members this API uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI naming the problem type; `about:blank` when the status says it all.
    #[serde(rename = "type", default = "about_blank")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Field-level errors (400, 422).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// The count the selection resolves to now (409 on job creation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_count: Option<u64>,
}

fn about_blank() -> String {
    "about:blank".to_owned()
}

impl Problem {
    pub fn new(status: u16, kind: &str, title: impl Into<String>) -> Self {
        Problem {
            kind: kind.to_owned(),
            title: title.into(),
            status,
            detail: None,
            instance: None,
            errors: Vec::new(),
            current_count: None,
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn with_field(mut self, field: impl Into<String>, message: impl Into<String>) -> Self {
        self.errors.push(FieldError { field: field.into(), message: message.into() });
        self
    }
}

impl From<crate::query::QueryError> for Problem {
    fn from(err: crate::query::QueryError) -> Self {
        Problem::new(400, "https://people-log.dev/problems/invalid-query", "Invalid query parameter")
            .with_detail(err.message.clone())
            .with_field(err.field, err.message)
    }
}
