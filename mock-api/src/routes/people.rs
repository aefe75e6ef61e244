//! `GET /me`, `GET /identities`, `GET /people`, `POST /people/matching`, `GET /filter-options`.

use crate::openapi::PROBLEM;
use crate::{
    data::{matcher::Matcher, tables::*},
    identity::{Actor, IDENTITIES},
    problem::{parse_json, ApiError, ApiResult},
    Shared,
};
use axum::{
    body::Bytes,
    extract::{RawQuery, State},
    Json,
};
use contract::{
    options::ContentItem, people::MAX_MATCH_IDS, problem::Problem, DemoIdentityList, FieldError,
    FilterOptions, ListQuery, MatchRequest, MatchResponse, Me, Named, PeoplePage, Progress, QueryError, Role,
    Status,
};

#[utoipa::path(get, path = "/me", tag = "identity",
    responses((status = 200, body = Me), (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM)))]
pub async fn me(State(state): State<Shared>, Actor(who): Actor) -> Json<Me> {
    let people = state.people.read();
    let name = people.index_of(who.person).map_or_else(|| who.label.to_owned(), |idx| people.name(idx));
    Json(who.me(name))
}

#[utoipa::path(get, path = "/identities", tag = "identity",
    responses((status = 200, description = "Mock only: the demo identities", body = DemoIdentityList),
        (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM)))]
pub async fn identities(Actor(who): Actor) -> Json<DemoIdentityList> {
    Json(DemoIdentityList {
        items: IDENTITIES.iter().map(|i| i.demo()).collect(),
        current: who.id.to_owned(),
    })
}

/// Strict: any bad value is a 400 naming the field; a page past the last one is a 400 naming `page`
/// (page 1 is always valid, empty or not).
#[utoipa::path(get, path = "/people", tag = "people",
    params(
        ("list" = Option<String>, Query, description = "A list id from POST /people/lists: only the users it matched; once. An expired, unknown or another admin's list is a 400 of type list-unavailable"),
        ("q" = Option<String>, Query, description = "Case-insensitive substring of name or email"),
        ("status" = Option<Vec<Status>>, Query, explode, description = "Repeatable (any of)"),
        ("role" = Option<Vec<Role>>, Query, explode, description = "Repeatable (any of)"),
        ("team" = Option<Vec<String>>, Query, explode, description = "Repeatable team id (any of)"),
        ("label" = Option<Vec<String>>, Query, explode, description = "Repeatable label id (any of)"),
        ("language" = Option<Vec<String>>, Query, explode, description = "Repeatable language code (any of)"),
        ("specialism" = Option<Vec<String>>, Query, explode, description = "Repeatable specialism id (any of)"),
        ("content" = Option<String>, Query, description = "Content id; requires progress"),
        ("progress" = Option<Progress>, Query, description = "Requires content"),
        ("hired_within" = Option<u32>, Query, minimum = 1, maximum = 36500, description = "Hired within the last N days; not with hired_from/hired_to"),
        ("hired_from" = Option<String>, Query, format = Date, description = "Inclusive"),
        ("hired_to" = Option<String>, Query, format = Date, description = "Inclusive, on or after hired_from"),
        ("sort" = Option<String>, Query, pattern = "^-?(name|hire_date|last_active)$", description = "name (default), hire_date, last_active; leading - for descending"),
        ("page" = Option<u32>, Query, minimum = 1, description = "1-based; past the last page is a 400 (page 1 is always valid)"),
        ("per_page" = Option<u32>, Query, description = "25, 50 (default), 100, 200 or 500"),
    ),
    responses((status = 200, body = PeoplePage), (status = 400, description = "A bad query value, named in errors[].field; an unavailable list (type list-unavailable, field list)", body = Problem, content_type = PROBLEM)))]
pub async fn list(
    State(state): State<Shared>,
    Actor(who): Actor,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<PeoplePage>> {
    let query = ListQuery::parse(raw.as_deref().unwrap_or(""))?;
    let people = state.people.read();
    let matcher = Matcher::compile(&query.filter, &people, &state.list_members(who))?;
    let (total, page) = people.page(&query, &matcher);
    let page_count = contract::people::page_count(total, query.per_page);
    if query.page > page_count {
        return Err(ApiError::bad_query(QueryError::invalid(
            "page",
            &query.page.to_string(),
            &format!("a page from 1 to {page_count} ({total} users match)"),
        )));
    }
    Ok(Json(PeoplePage {
        items: page.into_iter().map(|idx| people.person(idx)).collect(),
        total,
        page: query.page,
        per_page: query.per_page,
    }))
}

/// Which of the given ids the filter matches: the same matcher as `GET /people`. Malformed JSON is
/// a 400; a bad filter value (`filter.team`) or too many ids (`ids`) is a 422.
#[utoipa::path(post, path = "/people/matching", tag = "people", request_body = MatchRequest,
    responses((status = 200, description = "The asked ids the filter matches, each once, in request order; unknown or deleted ids match nothing", body = MatchResponse),
        (status = 400, description = "Malformed JSON", body = Problem, content_type = PROBLEM),
        (status = 422, description = "A bad filter value (errors[].field filter.team, …) or more than 10,000 ids (ids)", body = Problem, content_type = PROBLEM)))]
pub async fn matching(
    State(state): State<Shared>,
    Actor(who): Actor,
    body: Bytes,
) -> ApiResult<Json<MatchResponse>> {
    let request: MatchRequest = parse_json(&body)?;
    if request.ids.len() > MAX_MATCH_IDS {
        return Err(ApiError::invalid(vec![FieldError {
            field: "ids".into(),
            message: format!("At most {MAX_MATCH_IDS} ids a request"),
        }]));
    }
    let people = state.people.read();
    let matcher = Matcher::compile_body(&request.filter, &people, &state.list_members(who))
        .map_err(|e| ApiError::bad_filter("filter", e))?;
    Ok(Json(MatchResponse { ids: people.matching(&matcher, &request.ids) }))
}

fn named(table: &[(&str, &str)]) -> Vec<Named> {
    table.iter().map(|(id, name)| Named { id: (*id).to_owned(), name: (*name).to_owned() }).collect()
}

pub fn filter_options_value(label_count: usize) -> FilterOptions {
    let extra = (LABELS.len() + 1..=label_count).map(|n| {
        let (id, name) = extra_label(n);
        Named { id, name }
    });
    FilterOptions {
        teams: named(TEAMS),
        roles: Role::ALL
            .iter()
            .map(|r| Named { id: r.as_str().to_owned(), name: r.label().to_owned() })
            .collect(),
        labels: named(LABELS).into_iter().chain(extra).collect(),
        languages: named(LANGUAGES),
        specialisms: named(SPECIALISMS),
        content: CONTENT
            .iter()
            .map(|(id, name, kind)| ContentItem {
                id: (*id).to_owned(),
                name: (*name).to_owned(),
                kind: *kind,
            })
            .collect(),
        tasks: named(TASKS),
        certificates: named(CERTIFICATES),
        channels: named(CHANNELS),
        learnlists: named(LEARNLISTS),
    }
}

#[utoipa::path(get, path = "/filter-options", tag = "people",
    responses((status = 200, body = FilterOptions), (status = 400, description = "Unknown demo identity", body = Problem, content_type = PROBLEM)))]
pub async fn filter_options(State(state): State<Shared>, _who: Actor) -> Json<FilterOptions> {
    Json(filter_options_value(state.config.labels))
}
