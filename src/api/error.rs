use crate::i18n::Words;
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

impl ApiError {
    /// A sentence an administrator can act on, in `words`: the widget's own words for a status
    /// or failure it knows, a server's problem details as they come.
    pub fn said(&self, words: &Words) -> String {
        match self {
            ApiError::Network(_) => words.api_network(),
            ApiError::Http { status: 401, .. } => words.api_session(),
            ApiError::Http { problem: Some(p), .. } => match &p.detail {
                Some(detail) => format!("{}: {detail}", p.title),
                None => p.title.clone(),
            },
            ApiError::Http { status, .. } if *status >= 500 => words.api_server((&status.to_string()).into()),
            ApiError::Http { status, .. } => words.api_refused((&status.to_string()).into()),
            ApiError::Decode(_) => words.api_decode(),
            ApiError::Encode(_) => words.api_encode(),
            ApiError::Aborted => words.api_aborted(),
        }
    }
}

impl fmt::Display for ApiError {
    /// [`ApiError::said`] in the instance's words (English outside a widget).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(crate::i18n::words()))
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

    #[test]
    fn the_widget_says_statuses_in_its_own_words_and_a_problem_as_it_comes() {
        let de = crate::actions::words::german();
        let said = ApiError::Http { status: 503, problem: None }.said(&de);
        assert!(
            said.contains("503") && said != ApiError::Http { status: 503, problem: None }.to_string(),
            "{said}"
        );
        let problem = Problem::new(422, "about:blank", "Ungültig").with_detail("Team unbekannt");
        assert_eq!(
            ApiError::Http { status: 422, problem: Some(problem) }.said(&de),
            "Ungültig: Team unbekannt"
        );
    }
}
