use contract::Problem;
use std::fmt;
use wasm_bindgen::JsCast;

/// Everything a request can end in besides success.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// No answer: offline, DNS, CORS, connection dropped.
    Network(String),
    /// The server answered with an error status, usually with problem details.
    Http { status: u16, problem: Option<Problem> },
    /// The server answered 2xx with a body this client cannot read.
    Decode(String),
    /// A request body could not be written (nothing was sent).
    Encode(String),
    /// The request was cancelled because a newer one superseded it.
    Aborted,
}

impl ApiError {
    /// A rejected `fetch` or body read: aborted, or the network's failure.
    pub(crate) fn from_js(err: wasm_bindgen::JsValue) -> Self {
        let name = js_sys::Reflect::get(&err, &"name".into()).ok().and_then(|n| n.as_string());
        if name.as_deref() == Some("AbortError") {
            return ApiError::Aborted;
        }
        ApiError::Network(
            err.dyn_ref::<js_sys::Error>().map_or_else(|| format!("{err:?}"), |e| e.message().into()),
        )
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Http { status, .. } => Some(*status),
            _ => None,
        }
    }
}

impl fmt::Display for ApiError {
    /// A sentence an administrator can act on.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Network(_) => {
                f.write_str("Could not reach the server. Check your connection and try again.")
            }
            ApiError::Http { status: 401, .. } => {
                f.write_str("Your session has expired. Sign in again to continue.")
            }
            ApiError::Http { problem: Some(p), .. } => match &p.detail {
                Some(detail) => write!(f, "{}: {detail}", p.title),
                None => f.write_str(&p.title),
            },
            ApiError::Http { status, .. } if *status >= 500 => {
                write!(f, "The server had a problem (HTTP {status}). Try again in a moment.")
            }
            ApiError::Http { status, .. } => write!(f, "The server refused the request (HTTP {status})."),
            ApiError::Decode(_) => f.write_str("The server sent an answer this widget cannot read."),
            ApiError::Encode(_) => f.write_str("This request could not be written, so it was not sent."),
            ApiError::Aborted => f.write_str("The request was cancelled."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_detail_is_shown() {
        let problem =
            Problem::new(400, "about:blank", "Invalid query parameter").with_detail("page must be ≥ 1");
        let err = ApiError::Http { status: 400, problem: Some(problem) };
        assert_eq!(err.to_string(), "Invalid query parameter: page must be ≥ 1");
    }

    #[test]
    fn server_errors_without_body_say_try_again() {
        let err = ApiError::Http { status: 503, problem: None };
        assert!(err.to_string().contains("Try again"), "{err}");
    }
}
