//! Saved views ("reports", §3): named filters stored by the server per admin.

use crate::filter::Filter;
use serde::{Deserialize, Serialize};

/// Longest saved-view name, in characters.
pub const VIEW_NAME_MAX: usize = 80;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedView {
    pub id: String,
    pub name: String,
    pub filter: Filter,
    /// RFC 3339.
    pub created_at: String,
    pub updated_at: String,
}

/// Body of `POST /saved-views`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewSavedView {
    pub name: String,
    #[serde(default)]
    pub filter: Filter,
}

/// Body of `PATCH /saved-views/{id}`: absent fields stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedViewPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<Filter>,
}

/// `GET /saved-views`, in creation order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedViewList {
    pub items: Vec<SavedView>,
}

/// The name rules: trimmed, 1..=80 characters. Uniqueness is checked by the server.
pub fn validate_view_name(name: &str) -> Result<String, &'static str> {
    let name = name.trim();
    if name.is_empty() {
        Err("Enter a name")
    } else if name.chars().count() > VIEW_NAME_MAX {
        Err("Keep the name to 80 characters")
    } else {
        Ok(name.to_owned())
    }
}
