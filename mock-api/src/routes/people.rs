//! `GET /me`, `GET /identities`, `GET /people`, `POST /people/matching`, `GET /filter-options`.

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
    options::ContentItem, people::MAX_MATCH_IDS, DemoIdentityList, FieldError, FilterOptions, ListQuery,
    MatchRequest, MatchResponse, Me, Named, PeoplePage, QueryError, Role,
};

pub async fn me(State(state): State<Shared>, Actor(who): Actor) -> Json<Me> {
    let people = state.people.read();
    let name = people.index_of(who.person).map_or_else(|| who.label.to_owned(), |idx| people.name(idx));
    Json(who.me(name))
}

pub async fn identities(Actor(who): Actor) -> Json<DemoIdentityList> {
    Json(DemoIdentityList {
        items: IDENTITIES.iter().map(|i| i.demo()).collect(),
        current: who.id.to_owned(),
    })
}

/// Strict: any bad value is a 400 naming the field; a page past the last one is a 400 naming `page`
/// (page 1 is always valid, empty or not).
pub async fn list(
    State(state): State<Shared>,
    _who: Actor,
    RawQuery(raw): RawQuery,
) -> ApiResult<Json<PeoplePage>> {
    let query = ListQuery::parse(raw.as_deref().unwrap_or(""))?;
    let people = state.people.read();
    let matcher = Matcher::compile(&query.filter, people.today)?;
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
pub async fn matching(
    State(state): State<Shared>,
    _who: Actor,
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
    let matcher = Matcher::compile_body(&request.filter, people.today)
        .map_err(|e| ApiError::bad_filter("filter", e))?;
    Ok(Json(MatchResponse { ids: people.matching(&matcher, &request.ids) }))
}

fn named(table: &[(&str, &str)]) -> Vec<Named> {
    table.iter().map(|(id, name)| Named { id: (*id).to_owned(), name: (*name).to_owned() }).collect()
}

pub fn filter_options_value() -> FilterOptions {
    FilterOptions {
        teams: named(TEAMS),
        roles: Role::ALL
            .iter()
            .map(|r| Named { id: r.as_str().to_owned(), name: r.label().to_owned() })
            .collect(),
        labels: named(LABELS),
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

pub async fn filter_options(_who: Actor) -> Json<FilterOptions> {
    Json(filter_options_value())
}
