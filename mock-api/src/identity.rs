//! Demo identities: who the request acts as. A real LMS uses its own session; the mock reads the
//! `X-Demo-Identity` header, else the `plb_identity` cookie, else acts as the Owner.

use crate::{data::People, problem::ApiError};
use axum::{extract::FromRequestParts, http::request::Parts, http::HeaderMap};
use contract::{ActionKind, Capabilities, DemoIdentity, Me, Permissions, Role, UserId};

pub const HEADER: &str = "x-demo-identity";
pub const COOKIE: &str = "plb_identity";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Identity {
    pub id: &'static str,
    pub label: &'static str,
    pub role: Role,
    pub permissions: Permissions,
    /// The person this admin is in the people list (ids 1..=7).
    pub person: UserId,
}

const NONE: Permissions = Permissions {
    invitations: false,
    delete: false,
    team_management: false,
    labels: false,
    tasks: false,
    sharing: false,
    certificates: false,
    view_history: false,
};

/// What the demo LMS grants Owners and Admins by default (§14).
const HISTORY: Permissions = Permissions { view_history: true, ..NONE };

pub const IDENTITIES: [Identity; 7] = [
    Identity { id: "owner", label: "Owner", role: Role::Owner, permissions: HISTORY, person: UserId(1) },
    Identity { id: "admin", label: "Admin", role: Role::Admin, permissions: HISTORY, person: UserId(2) },
    Identity {
        id: "admin_delete",
        label: "Admin with delete permission",
        role: Role::Admin,
        permissions: Permissions { delete: true, ..HISTORY },
        person: UserId(3),
    },
    Identity { id: "hr", label: "HR", role: Role::Hr, permissions: NONE, person: UserId(4) },
    Identity { id: "curator", label: "Curator", role: Role::Curator, permissions: NONE, person: UserId(5) },
    Identity {
        id: "curator_sharing",
        label: "Curator with sharing permission",
        role: Role::Curator,
        permissions: Permissions { sharing: true, ..NONE },
        person: UserId(6),
    },
    Identity {
        id: "custom",
        label: "Custom role (invitations and labels permissions)",
        role: Role::Learner,
        permissions: Permissions { invitations: true, labels: true, ..NONE },
        person: UserId(7),
    },
];

impl Identity {
    pub fn by_id(id: &str) -> Option<&'static Identity> {
        IDENTITIES.iter().find(|i| i.id == id)
    }

    pub fn may(&self, action: ActionKind) -> bool {
        action.allowed_for(self.role, &self.permissions)
    }

    /// Their name in the people list (kept after they are deleted, as a history needs), else
    /// the identity's label.
    pub fn name(&self, people: &People) -> String {
        match self.person.0.checked_sub(1).and_then(|i| u32::try_from(i).ok()) {
            Some(idx) if (idx as usize) < people.len() => people.name(idx),
            _ => self.label.to_owned(),
        }
    }

    pub fn me(&self, name: String) -> Me {
        Me {
            id: self.person,
            name,
            role: self.role,
            permissions: self.permissions,
            allowed_actions: ActionKind::allowed(self.role, &self.permissions),
            capabilities: Capabilities { pilot: true, schedule: true },
        }
    }

    pub fn demo(&self) -> DemoIdentity {
        DemoIdentity { id: self.id.to_owned(), label: self.label.to_owned() }
    }

    pub fn from_headers(headers: &HeaderMap) -> Result<&'static Identity, ApiError> {
        let from_header = headers.get(HEADER).map(|v| v.to_str().unwrap_or("\u{fffd}").trim().to_owned());
        let from_cookie = || {
            headers.get_all(axum::http::header::COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|c| {
                c.split(';')
                    .filter_map(|kv| kv.trim().split_once('='))
                    .find(|(k, _)| *k == COOKIE)
                    .map(|(_, v)| v.to_owned())
            })
        };
        let (value, source) = match from_header {
            Some(v) => (v, "X-Demo-Identity"),
            None => match from_cookie() {
                Some(v) => (v, COOKIE),
                None => return Ok(&IDENTITIES[0]),
            },
        };
        Identity::by_id(&value).ok_or_else(|| {
            let ids: Vec<_> = IDENTITIES.iter().map(|i| i.id).collect();
            ApiError::new(400, "unknown-identity", "Unknown demo identity")
                .detail(format!("`{value}` is not a demo identity; use one of {}", ids.join(", ")))
                .field(source, "unknown identity")
        })
    }
}

/// Extractor: the identity the request acts as.
pub struct Actor(pub &'static Identity);

impl<S: Send + Sync> FromRequestParts<S> for Actor {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Identity::from_headers(&parts.headers).map(Actor)
    }
}

/// Stands in for an LMS whose session or bearer token has expired: `Authorization: Bearer
/// expired` is refused with 401 on every API path, so a host's token refresh can be tested.
pub async fn session(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use axum::response::IntoResponse;
    let authorization = req.headers().get(axum::http::header::AUTHORIZATION);
    if authorization.and_then(|v| v.to_str().ok()).is_some_and(|v| v.trim() == "Bearer expired") {
        return ApiError::new(401, "session-expired", "Session expired")
            .detail("The bearer token has expired; sign in again")
            .into_response();
    }
    next.run(req).await
}
