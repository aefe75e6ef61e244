//! Saved views: `GET/POST /saved-views`, `PATCH/DELETE /saved-views/{id}`.

use crate::openapi::PROBLEM;
use crate::{
    clock,
    data::matcher::Matcher,
    identity::{Actor, Identity},
    problem::{parse_json, ApiError, ApiResult},
    Shared,
};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    Json,
};
use contract::{
    problem::Problem, views::validate_view_name, Filter, NewSavedView, SavedView, SavedViewList,
    SavedViewPatch,
};

#[utoipa::path(get, path = "/saved-views", tag = "saved views",
    responses((status = 200, body = SavedViewList), (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM)))]
pub async fn list(State(state): State<Shared>, Actor(who): Actor) -> Json<SavedViewList> {
    let views = state.views.lock();
    Json(SavedViewList { items: views.by_identity.get(who.id).cloned().unwrap_or_default() })
}

/// The filter must be one `GET /people` would accept from this admin (a list must be theirs and
/// live when the view is saved; it may expire later, like any list).
fn check_filter(state: &Shared, who: &Identity, filter: &Filter) -> ApiResult<()> {
    Matcher::compile_body(filter, &state.people.read(), &state.list_members(who))
        .map(|_| ())
        .map_err(|e| ApiError::bad_filter("filter", e))
}

fn check_name(existing: &[SavedView], name: &str, except: Option<&str>) -> ApiResult<String> {
    let name = validate_view_name(name).map_err(|m| ApiError::invalid(vec![field("name", m)]))?;
    let taken = existing
        .iter()
        .any(|v| Some(v.id.as_str()) != except && v.name.to_lowercase() == name.to_lowercase());
    if taken {
        return Err(ApiError::invalid(vec![field("name", "A saved view with this name already exists")]));
    }
    Ok(name)
}

fn field(field: &str, message: &str) -> contract::FieldError {
    contract::FieldError { field: field.to_owned(), message: message.to_owned() }
}

#[utoipa::path(post, path = "/saved-views", tag = "saved views", request_body = NewSavedView,
    responses((status = 201, body = SavedView), (status = 400, description = "Malformed JSON", body = Problem, content_type = PROBLEM),
        (status = 422, description = "Empty, too long (>80) or duplicate name; invalid filter", body = Problem, content_type = PROBLEM)))]
pub async fn create(
    State(state): State<Shared>,
    Actor(who): Actor,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<SavedView>)> {
    let new: NewSavedView = parse_json(&body)?;
    check_filter(&state, who, &new.filter)?;
    let mut store = state.views.lock();
    store.next_id += 1;
    let id = format!("view-{}", store.next_id);
    let list = store.by_identity.entry(who.id).or_default();
    let name = check_name(list, &new.name, None)?;
    let now = clock::format_rfc3339(clock::unix_now());
    let view = SavedView { id, name, filter: new.filter, created_at: now.clone(), updated_at: now };
    list.push(view.clone());
    Ok((StatusCode::CREATED, Json(view)))
}

#[utoipa::path(patch, path = "/saved-views/{id}", tag = "saved views", request_body = SavedViewPatch,
    params(("id" = String, Path)),
    responses((status = 200, body = SavedView), (status = 400, description = "Malformed JSON", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No such view of this admin's", body = Problem, content_type = PROBLEM),
        (status = 422, description = "Bad name or filter", body = Problem, content_type = PROBLEM)))]
pub async fn update(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult<Json<SavedView>> {
    let patch: SavedViewPatch = parse_json(&body)?;
    let mut store = state.views.lock();
    let list = store.by_identity.entry(who.id).or_default();
    // An unknown view is a 404 whatever the body says; then the values are checked.
    let at = list.iter().position(|v| v.id == id).ok_or_else(|| ApiError::not_found("This saved view"))?;
    if let Some(filter) = &patch.filter {
        check_filter(&state, who, filter)?;
    }
    let name = patch.name.as_deref().map(|n| check_name(list, n, Some(&id))).transpose()?;
    let view = &mut list[at];
    if let Some(name) = name {
        view.name = name;
    }
    if let Some(filter) = patch.filter {
        view.filter = filter;
    }
    view.updated_at = clock::format_rfc3339(clock::unix_now());
    Ok(Json(view.clone()))
}

#[utoipa::path(delete, path = "/saved-views/{id}", tag = "saved views", params(("id" = String, Path)),
    responses((status = 204, description = "Deleted"), (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM),
        (status = 404, description = "No such view of this admin's", body = Problem, content_type = PROBLEM)))]
pub async fn remove(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    let mut store = state.views.lock();
    let list = store.by_identity.entry(who.id).or_default();
    let before = list.len();
    list.retain(|v| v.id != id);
    if list.len() == before {
        return Err(ApiError::not_found("This saved view"));
    }
    Ok(StatusCode::NO_CONTENT)
}
