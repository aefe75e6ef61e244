//! Lists of people (§12): `POST /people/lists`, `GET /people/lists/{id}`.

use crate::openapi::PROBLEM;
use crate::{
    clock,
    identity::Actor,
    lists::match_entries,
    problem::{parse_json, ApiError, ApiResult},
    Shared,
};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use contract::{
    lists::MAX_LIST_ENTRIES, problem::Problem, views::validate_view_name, CreateList, FieldError, ListId,
    PeopleList,
};

/// `12430` as `12,430`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Matches the entries once and keeps the list for this admin. Every bad value is named at once:
/// `entries` (none, or more than 10,000) and `name`.
#[utoipa::path(post, path = "/people/lists", tag = "lists", operation_id = "create_people_list", request_body = CreateList,
    responses(
        (status = 201, description = "The list, matched; Location header", body = PeopleList,
            headers(("Location" = String, description = "/api/people/lists/{id}"))),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = PROBLEM),
        (status = 422, description = "No entries, more than 10,000 (entries), or a blank or too long name (name)", body = Problem, content_type = PROBLEM)))]
pub async fn create(State(state): State<Shared>, Actor(who): Actor, body: Bytes) -> ApiResult<Response> {
    let request: CreateList = parse_json(&body)?;
    let mut errors = Vec::new();
    let count = request.entries.len();
    if count == 0 {
        errors.push(("entries", "The list is empty: give at least one email, username or id".to_owned()));
    } else if count > MAX_LIST_ENTRIES {
        errors.push((
            "entries",
            format!("{} at most; this list has {}", thousands(MAX_LIST_ENTRIES), thousands(count)),
        ));
    }
    let now = clock::unix_now();
    let name = match request.name.as_deref().map(validate_view_name) {
        None => format!("Pasted list, {} UTC", clock::format_short(now)),
        Some(Ok(name)) => name,
        Some(Err(message)) => {
            errors.push(("name", message.to_owned()));
            String::new()
        }
    };
    if !errors.is_empty() {
        let errors = errors.into_iter().map(|(field, message)| FieldError { field: field.into(), message });
        return Err(ApiError::invalid(errors.collect()));
    }
    let matched = match_entries(&state.people.read(), &request.entries);
    let mut lists = state.lists.lock();
    lists.sweep(now);
    let list = lists.insert(who.id, name, count, matched, now).list.clone();
    drop(lists);
    let mut res = (StatusCode::CREATED, Json(&list)).into_response();
    if let Ok(location) = HeaderValue::from_str(&format!("/api/people/lists/{}", list.id)) {
        res.headers_mut().insert(header::LOCATION, location);
    }
    Ok(res)
}

/// Another admin's list is a 404, the same answer as for an expired or unknown one.
#[utoipa::path(get, path = "/people/lists/{id}", tag = "lists", operation_id = "get_people_list",
    params(("id" = String, Path, description = "The id POST /people/lists gave")),
    responses((status = 200, body = PeopleList),
        (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM),
        (status = 404, description = "Expired, unknown or another admin's list (type list-unavailable)", body = Problem, content_type = PROBLEM)))]
pub async fn get(
    State(state): State<Shared>,
    Actor(who): Actor,
    Path(id): Path<String>,
) -> ApiResult<Json<PeopleList>> {
    let id = ListId(id);
    let lists = state.lists.lock();
    let rec = lists
        .own(who.id, &id, clock::unix_now())
        .ok_or_else(|| ApiError::list_unavailable(404, "id", &id))?;
    Ok(Json(rec.list.clone()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped() {
        let cases = [(0, "0"), (999, "999"), (1_000, "1,000"), (12_430, "12,430"), (1_234_567, "1,234,567")];
        for (n, text) in cases {
            assert_eq!(super::thousands(n), text);
        }
    }
}
