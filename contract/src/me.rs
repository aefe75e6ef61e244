//! `GET /me`: the acting administrator.

use crate::{actions::ActionKind, people::Role, people::UserId};
use serde::{Deserialize, Serialize};

/// Per-admin permission flags ("users with X permission" in §5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Permissions {
    pub invitations: bool,
    pub delete: bool,
    pub team_management: bool,
    pub labels: bool,
    pub tasks: bool,
    pub sharing: bool,
    pub certificates: bool,
}

/// The acting admin and what they may do. `allowed_actions` is the server's word: the widget shows
/// exactly these and nothing else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub id: UserId,
    pub name: String,
    pub role: Role,
    pub permissions: Permissions,
    pub allowed_actions: Vec<ActionKind>,
}
