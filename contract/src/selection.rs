//! The selection wire format (§4): which users a batch job acts on.

use crate::{filter::Filter, people::UserId};
use serde::{Deserialize, Serialize};

/// The most ids an explicit selection may carry; larger selections use `AllMatching`.
pub const MAX_EXPLICIT_IDS: usize = 100_000;

/// The users a job acts on. An all-matching selection never lists every id: the server resolves the
/// filter once, when the job is created, and answers 409 when the count moved since the review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
// One per request, never stored in bulk: boxing the filter would only complicate the wire type.
#[allow(clippy::large_enum_variant)]
pub enum Selection {
    /// Exactly these users (duplicates are ignored).
    Explicit { ids: Vec<UserId> },
    /// Every user the filter matches, minus `excluded_ids`.
    AllMatching {
        filter: Filter,
        #[serde(default)]
        excluded_ids: Vec<UserId>,
        /// The count the admin reviewed (matching minus excluded).
        #[serde(deserialize_with = "crate::people::safe_u64")]
        expected_count: u64,
    },
}

impl Selection {
    /// The number of users the client believes it selected. O(1) for all-matching.
    pub fn expected_count(&self) -> u64 {
        match self {
            Selection::Explicit { ids } => ids.len() as u64,
            Selection::AllMatching { expected_count, .. } => *expected_count,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format_is_tagged_by_type() {
        let explicit = Selection::Explicit { ids: vec![UserId(3), UserId(9)] };
        assert_eq!(serde_json::to_string(&explicit).unwrap(), r#"{"type":"explicit","ids":[3,9]}"#);
        let all: Selection = serde_json::from_str(
            r#"{"type":"all_matching","filter":{"status":["active"]},"expected_count":12}"#,
        )
        .unwrap();
        assert_eq!(all.expected_count(), 12);
        assert!(matches!(all, Selection::AllMatching { ref excluded_ids, .. } if excluded_ids.is_empty()));
    }
}
