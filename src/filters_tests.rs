use super::*;
use contract::{ContentFilter, Progress};

fn options() -> FilterOptions {
    let named = |id: &str, name: &str| Named { id: id.into(), name: name.into() };
    FilterOptions {
        teams: vec![named("sales-emea", "Sales EMEA"), named("ops", "Operations")],
        labels: vec![named("vip", "VIP")],
        ..FilterOptions::default()
    }
}

#[test]
fn filter_edits_reset_the_page_and_survive_the_url() {
    let mut query = ListQuery { page: 7, per_page: 100, ..ListQuery::default() };
    let filter = Field::Team.set(&query.filter, "sales-emea", true);
    let filter = Field::Status.set(&filter, "invited", true);
    query = with_filter(&query, filter);
    assert_eq!(query.page, 1);
    assert_eq!(query.per_page, 100, "page size is kept");
    let url = query.to_query_string();
    assert_eq!(url, "status=invited&team=sales-emea&per_page=100");
    assert_eq!(ListQuery::parse(&url).unwrap(), query);
    let off = Field::Team.set(&query.filter, "sales-emea", false);
    assert!(off.team.is_empty());
    assert_eq!(Field::Status.set(&off, "asleep", true), off, "unknown enum ids are ignored");
}

#[test]
fn sort_flips_on_the_same_column_and_resets_the_page() {
    let q = with_page(&ListQuery::default(), 4);
    let by_name = with_sort(&q, SortField::Name);
    assert!(by_name.sort.descending, "name is ascending by default, so a click flips it");
    assert_eq!(by_name.page, 1);
    let by_hire = with_sort(&by_name, SortField::HireDate);
    assert_eq!(by_hire.sort, Sort { field: SortField::HireDate, descending: false });
    assert_eq!(aria_sort(by_hire.sort, SortField::HireDate), "ascending");
    assert_eq!(aria_sort(by_hire.sort, SortField::Name), "none");
    assert_eq!(with_page_size(&q, 500).page, 1);
}

#[test]
fn chips_name_each_part_and_remove_only_it() {
    let filter = Filter {
        search: "ada".into(),
        team: vec!["sales-emea".into(), "ops".into()],
        content: Some(ContentFilter { content_id: "c9".into(), progress: Progress::NotCompleted }),
        hire_date: Some(HireDate::LastDays(30)),
        ..Filter::default()
    };
    let chips = chips(&filter, &options());
    let labels: Vec<_> = chips.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Search: ada",
            "Team: Sales EMEA",
            "Team: Operations",
            "Has not completed c9",
            "Hired in the last 30 days"
        ]
    );
    assert_eq!(chips[1].without.team, ["ops"]);
    assert_eq!(chips[1].without.search, "ada");
    assert_eq!(chips.len(), filter.active_count());
}

#[test]
fn a_page_past_the_end_recovers_to_the_first_page_with_the_same_filters() {
    let mut query = ListQuery { page: 999, ..ListQuery::default() };
    query.filter.team = vec!["sales-emea".into()];
    let problem =
        contract::Problem::new(400, "about:blank", "Invalid query parameter").with_field("page", "too far");
    let error = crate::api::ApiError::Http { status: 400, problem: Some(problem) };
    let (label, next) =
        recover_from_refusal(&query, &error, ListQuery::default()).expect("a 400 is recoverable");
    assert_eq!(label, "Go to the first page");
    assert_eq!(next, ListQuery { page: 1, ..query });
}

#[test]
fn other_refusals_start_over_and_server_failures_only_retry() {
    let query = ListQuery { page: 3, ..ListQuery::default() };
    let bad_team = contract::Problem::new(400, "about:blank", "Invalid").with_field("team", "unknown team");
    let error = crate::api::ApiError::Http { status: 400, problem: Some(bad_team) };
    let start = ListQuery { per_page: 100, ..ListQuery::default() };
    assert_eq!(recover_from_refusal(&query, &error, start.clone()), Some(("Reset the view", start.clone())));
    let outage = crate::api::ApiError::Http { status: 503, problem: None };
    assert_eq!(recover_from_refusal(&query, &outage, start), None);
}

#[test]
fn the_hosts_default_page_size_applies_when_the_url_has_none() {
    assert_eq!(view_from_url("", 100).unwrap().per_page, 100);
    assert_eq!(view_from_url("per_page=50", 100).unwrap().per_page, 50);
    assert_eq!(url_for_view(&ListQuery { per_page: 100, ..ListQuery::default() }, 100), "");
    assert_eq!(url_for_view(&ListQuery::default(), 100), "per_page=50");
    assert!(view_from_url("per_page=7", 100).is_err(), "bad values are still refused");
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #[test]
    fn every_page_size_survives_the_url_whatever_the_hosts_default(
        per_page in proptest::sample::select(contract::PAGE_SIZES.to_vec()),
        default in proptest::sample::select(contract::PAGE_SIZES.to_vec()),
        page in 1u32..1000,
    ) {
        let view = ListQuery { per_page, page, ..ListQuery::default() };
        proptest::prop_assert_eq!(view_from_url(&url_for_view(&view, default), default).unwrap(), view);
    }
}
