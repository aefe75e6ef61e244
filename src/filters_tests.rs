use super::*;
use crate::i18n::english;
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
    let chips = chips(&filter, &options(), &[], english());
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
fn a_list_chip_names_the_list_once_known_and_removes_only_the_list() {
    let id = ListId("list-7".into());
    let filter = Filter { list: Some(id.clone()), status: vec![Status::Active], ..Filter::default() };
    let label = |lists: &[(ListId, ListLabel)]| chips(&filter, &options(), lists, english())[0].label.clone();
    let named = ListLabel::Named { name: "HR export.csv".into(), matched: 812 };
    assert_eq!(label(&[(id.clone(), named.clone())]), "In list: HR export.csv (812)");
    // Another list's name is not this one's.
    assert_eq!(label(&[(ListId("list-8".into()), named)]), "In list");
    assert_eq!(label(&[(id.clone(), ListLabel::Unavailable)]), "In list: no longer available");
    let all = chips(&filter, &options(), &[], english());
    assert_eq!(all.len(), filter.active_count());
    assert_eq!(all[0].without, Filter { status: vec![Status::Active], ..Filter::default() });
    assert_eq!(all[1].without, Filter { list: Some(id), ..Filter::default() });
}

fn refused(field: &str) -> crate::api::ApiError {
    let problem =
        contract::Problem::new(400, "about:blank", "Invalid query parameter").with_field(field, "no");
    crate::api::ApiError::Http { status: 400, problem: Some(problem) }
}

#[test]
fn a_page_past_the_end_recovers_to_the_first_page_with_the_same_filters() {
    let (label, next) =
        recover_from_refusal("team=sales-emea&page=999", &refused("page"), 50).expect("a 400 is recoverable");
    assert_eq!(label(english()), "Go to the first page");
    let team = Filter { team: vec!["sales-emea".into()], ..Filter::default() };
    assert_eq!(next, ListQuery { filter: team, ..ListQuery::default() });
}

#[test]
fn a_refused_filter_is_dropped_and_the_others_kept() {
    // The server refused the team (an id it does not know): status, sort and page size stay.
    let search = "status=active&team=nope&sort=-name&page=3&per_page=100";
    let (label, next) = recover_from_refusal(search, &refused("team"), 50).unwrap();
    assert_eq!(label(english()), "Remove the Team filter");
    assert_eq!(next, ListQuery::parse("status=active&sort=-name&per_page=100").unwrap());

    // The widget's own parse refused the hire date: the whole hire-date filter goes, nothing else.
    let search = "team=sales-emea&hired_within=40000";
    let (label, next) = recover_from_refusal(search, &refused("hired_within"), 50).unwrap();
    assert_eq!(label(english()), "Remove the hire-date filter");
    assert_eq!(next.filter, Filter { team: vec!["sales-emea".into()], ..Filter::default() });
    let search = "role=hr&hired_from=2024-05-01&hired_to=2024-01-01";
    let (_, next) = recover_from_refusal(search, &refused("hired_to"), 50).unwrap();
    assert_eq!(next.filter, Filter { role: vec![Role::Hr], ..Filter::default() });
    let (label, next) = recover_from_refusal("q=ada&content=c1", &refused("progress"), 50).unwrap();
    assert_eq!(label(english()), "Remove the content filter");
    assert_eq!(next.filter.search, "ada");
}

#[test]
fn a_list_that_is_gone_is_removed_and_the_rest_of_the_view_kept() {
    // As the server words it (docs/api.md): its own type, naming `list`.
    let problem =
        contract::Problem::new(400, contract::problem::LIST_UNAVAILABLE, "This list is no longer available")
            .with_field(
                "list",
                "No list `list-7` of yours: it has expired (lists are kept 7 days) or never existed",
            );
    let gone = crate::api::ApiError::Http { status: 400, problem: Some(problem) };
    let (label, next) =
        recover_from_refusal("list=list-7&status=active&sort=-name&page=2", &gone, 50).unwrap();
    assert_eq!(label(english()), "Remove the list");
    assert_eq!(next, ListQuery::parse("status=active&sort=-name").unwrap());
}

#[test]
fn several_unreadable_values_are_all_dropped_and_said_so() {
    let search = "status=asleep&role=king&team=sales-emea";
    let (label, next) = recover_from_refusal(search, &refused("status"), 50).unwrap();
    assert_eq!(label(english()), "Remove the invalid filters");
    assert_eq!(next.filter, Filter { team: vec!["sales-emea".into()], ..Filter::default() });
}

#[test]
fn unnamed_refusals_start_over_and_server_failures_only_retry() {
    let bare = crate::api::ApiError::Http { status: 400, problem: None };
    let start = ListQuery { per_page: 100, ..ListQuery::default() };
    let said = |recovery: Option<(Label, ListQuery)>| recovery.map(|(label, next)| (label(english()), next));
    assert_eq!(
        said(recover_from_refusal("team=x&page=3", &bare, 100)),
        Some(("Reset the view".into(), start.clone()))
    );
    assert_eq!(
        said(recover_from_refusal("team=x", &refused("mystery"), 100)),
        Some(("Reset the view".into(), start))
    );
    let outage = crate::api::ApiError::Http { status: 503, problem: None };
    assert!(recover_from_refusal("team=x", &outage, 100).is_none());
}

#[test]
fn hire_date_fields_accept_only_what_the_api_accepts() {
    assert_eq!(hired_within(""), Ok(None));
    assert_eq!(hired_within(" 365 "), Ok(Some(HireDate::LastDays(365))));
    assert_eq!(hired_within("36500"), Ok(Some(HireDate::LastDays(36_500))));
    for bad in ["36501", "0", "-3", "1.5", "1e3", "lots", "99999999999"] {
        assert!(hired_within(bad).is_err(), "{bad}");
    }
    assert_eq!(hired_between("", ""), Ok(None));
    assert_eq!(
        hired_between("2024-01-01", ""),
        Ok(Some(HireDate::Range { from: Some("2024-01-01".into()), to: None }))
    );
    assert!(hired_between("2024-01-01", "2024-01-01").is_ok(), "one day is a range");
    let backwards = hired_between("2024-05-01", "2024-01-01").unwrap_err();
    assert_eq!(backwards(english()), "“Hired from” must be on or before “Hired to”.");
    let too_many = hired_within("36501").unwrap_err();
    assert_eq!(too_many(english()), "Enter a whole number of days from 1 to 36,500.");
    // Whatever the form accepts, the URL round-trips and the API's parser accepts.
    for hire in [hired_within("36500"), hired_between("2020-02-29", "2024-01-01")] {
        let query =
            with_filter(&ListQuery::default(), Filter { hire_date: hire.unwrap(), ..Filter::default() });
        assert_eq!(ListQuery::parse(&query.to_query_string()).unwrap(), query);
    }
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
