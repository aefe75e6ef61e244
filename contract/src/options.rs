//! `GET /filter-options`: everything the filter bar and the action forms pick from.

use serde::{Deserialize, Serialize};

/// Something with an id and a display name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// The kind of a content item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    Course,
    Item,
    Channel,
    Learnlist,
}

/// A piece of content a progress filter can name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContentItem {
    pub id: String,
    pub name: String,
    pub kind: ContentKind,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FilterOptions {
    pub teams: Vec<Named>,
    /// Role ids are the wire names of `Role`.
    pub roles: Vec<Named>,
    pub labels: Vec<Named>,
    /// Ids are language codes.
    pub languages: Vec<Named>,
    pub specialisms: Vec<Named>,
    pub content: Vec<ContentItem>,
    pub tasks: Vec<Named>,
    pub certificates: Vec<Named>,
    pub channels: Vec<Named>,
    pub learnlists: Vec<Named>,
}
