//! `GET /me`: the acting administrator.

use crate::{actions::ActionKind, people::Role, people::UserId};
use serde::{Deserialize, Serialize};

/// Per-admin permission flags ("users with X permission" in §5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct Permissions {
    pub invitations: bool,
    pub delete: bool,
    pub team_management: bool,
    pub labels: bool,
    pub tasks: bool,
    pub sharing: bool,
    pub certificates: bool,
    /// May read the whole organisation's batch jobs (`GET /batch-jobs?scope=org`, §14), and open
    /// any of them read-only. LMSs grant it to Owners and Admins by default.
    pub view_history: bool,
}

/// What this backend supports beyond the base contract. A flag an older backend does not send
/// reads as `false`: the widget then hides that control rather than failing on Run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct Capabilities {
    /// `pilot` on job creation, the `paused` status and `POST /batch-jobs/{id}/resume` (§13).
    pub pilot: bool,
    /// `run_at` on job creation, the `scheduled` status, `POST /batch-jobs/{id}/run-now` and
    /// `/reschedule` (§13).
    pub schedule: bool,
}

/// The acting admin and what they may do. `allowed_actions` is the server's word: the widget shows
/// exactly these and nothing else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: UserId,
    pub name: String,
    pub role: Role,
    pub permissions: Permissions,
    pub allowed_actions: Vec<ActionKind>,
    /// Absent from an older backend: then nothing beyond the base contract.
    #[serde(default)]
    pub capabilities: Capabilities,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backend_that_sends_no_capabilities_supports_neither_pilot_nor_schedule() {
        let old = r#"{"id":1,"name":"Ada","role":"owner","permissions":{},"allowed_actions":[]}"#;
        let me: Me = serde_json::from_str(old).unwrap();
        assert_eq!(me.capabilities, Capabilities { pilot: false, schedule: false });
        let partial = r#"{"id":1,"name":"Ada","role":"owner","permissions":{},"allowed_actions":[],
            "capabilities":{"pilot":true}}"#;
        let me: Me = serde_json::from_str(partial).unwrap();
        assert_eq!(me.capabilities, Capabilities { pilot: true, schedule: false });
    }
}

/// One demo identity the mock server can act as (`X-Demo-Identity` header or `plb_identity` cookie).
/// A real LMS authenticates its own way and does not implement `GET /identities`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DemoIdentity {
    pub id: String,
    pub label: String,
}

/// `GET /identities` (mock only): the identities and which one this request acts as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DemoIdentityList {
    pub items: Vec<DemoIdentity>,
    pub current: String,
}
