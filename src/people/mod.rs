//! The People screen: filters, saved views, selection and the table of users (§2–§4).

mod density;
mod filter_bar;
mod pagination;
mod saved_views;
mod selection_bar;
mod state;
mod states;
mod table;

pub use density::DensityChoice;
pub use filter_bar::{filter_bar, FilterPanel};
pub use pagination::pagination;
pub use saved_views::SavedViews;
pub use selection_bar::{count_text, selection_banner, selection_bar};
pub use state::SelectionState;
pub use states::{empty_result, load_error, table_skeleton};
pub use table::{cut_tip, people_table};

use crate::{
    api::{spawn_request, ApiClient, ApiError, Superseding},
    batch_part::{self, Door},
    config::Config,
    filters,
    i18n::CurrentWords,
    ui::{dom, later, part_problem, part_view_while, retry_alert, Part},
    url_query::UrlQuery,
};
use contract::{Filter, FilterOptions, ListId, ListQuery, Me, PeoplePage, Problem, QueryError};
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::Element;

/// The view in the URL and the way to another (a history entry), for what opens from the screen
/// rather than sits in it: the list dialog. Provided by the screen.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub query: Memo<ListQuery>,
    pub go: Callback<ListQuery>,
}

/// What the widget knows of the lists filters name, for their chips (§12): the list dialog adds
/// the list it made; the filter bar asks `GET /people/lists/{id}` about any other. Provided by the
/// screen.
#[derive(Clone, Copy)]
pub struct KnownLists(pub RwSignal<Vec<(ListId, filters::ListLabel)>>);

/// What the toolbar's controls share, so that a narrow widget's More menu offers the same ones as
/// the wide toolbar (issue 23). Provided by the screen.
#[derive(Clone, Copy)]
pub struct Toolbar {
    /// The saved views' menu is open.
    pub views_open: RwSignal<bool>,
    /// The admin as `GET /me` answered, once the Actions menu has asked: whether History shows.
    pub me: RwSignal<Option<Result<Me, ApiError>>>,
}

impl Toolbar {
    /// The screen's, or a fresh one (a component tested alone).
    pub fn current() -> Toolbar {
        use_context().unwrap_or_else(|| Toolbar { views_open: RwSignal::new(false), me: RwSignal::new(None) })
    }
}

/// The People screen driven by the URL query: filters, sort, page and page size are read from the
/// URL and every change is a navigation, so reload, back/forward and a pasted link reproduce it.
/// Built by `ui::dom`, as the rest of the first download (docs/architecture.md, Size).
pub fn people_screen() -> Element {
    let api = expect_context::<ApiClient>();
    let config = use_context::<Config>().unwrap_or_default();
    let words = CurrentWords::current();
    let url = UrlQuery::follow(&config.url_state);
    // The History button and view (batch part) read and write the same URL.
    provide_context(url);
    let history_open = Memo::new(move |_| crate::url_query::history_open(&url.search().get()));
    let page_size = config.page_size;
    let default_view = move || ListQuery { per_page: page_size, ..ListQuery::default() };
    let parsed = Memo::new(move |_| filters::view_from_url(&url.search().get(), page_size));
    let query = Memo::new(move |_| parsed.get().unwrap_or_else(|_| default_view()));
    let go = Callback::new(move |next: ListQuery| url.push(&filters::url_for_view(&next, page_size)));
    provide_context(Navigation { query, go });
    provide_context(KnownLists(RwSignal::new(Vec::new())));
    provide_context(Toolbar::current());

    // Filter choices load once; until then the multi-selects are empty and chips show ids.
    let options = RwSignal::new(FilterOptions::default());
    let options_error = RwSignal::new(None::<ApiError>);
    let load_options = {
        let api = api.clone();
        Callback::new(move |_| {
            let api = api.clone();
            spawn_request(async move { api.filter_options().await }, move |r| match r {
                Ok(o) => {
                    options.set(o);
                    options_error.set(None);
                }
                Err(e) => options_error.set(Some(e)),
            })
        })
    };
    load_options.run(());
    let options_list = Signal::from(options);

    // The result carries the query it answers: the rows, header checkbox and banner act for that
    // query, and are stale (inert, dimmed) while the URL asks for another one.
    // The page is shared, not copied: the table and pagination each hold the same 500 rows.
    let result = RwSignal::new(None::<(ListQuery, Result<Arc<PeoplePage>, ApiError>)>);
    let (pending, set_pending) = signal(false);
    let stale = Memo::new(move |_| {
        pending.get() || result.with(|r| r.as_ref().is_some_and(|(shown, _)| query.with(|q| q != shown)))
    });

    let filter = Memo::new(move |_| query.with(|q| q.filter.clone()));
    let state = SelectionState::new(filter.into(), options_list, stale.into());
    provide_context(state);

    // §4: an all-matching selection belongs to its filter; any other filter clears it, politely said.
    let (announcement, announce) = signal(String::new());
    let mut previous = None::<Filter>;
    dom::effect(move || {
        let current = filter.get();
        if previous.as_ref().is_some_and(|p| *p != current) {
            let cleared = state.selection.try_update(|s| s.on_filter_change(&current)).unwrap_or(false);
            announce.set(if cleared { words.words().selection_cleared_by_filters() } else { String::new() });
        }
        previous = Some(current);
    });

    // The result is a signal fed by one request per URL query, not a `LocalResource`: a resource
    // only starts its next fetch after the current one has finished, so it cannot abort a superseded
    // search. Here each query aborts the request before it; an aborted answer is dropped, and the
    // old rows stay (dimmed, stale) until the new answer arrives.
    let requests = Superseding::owned();
    let owner = Owner::current().expect("PeopleScreen runs under an owner");
    let load = move |parsed: Result<ListQuery, QueryError>| {
        let signal = requests.next();
        set_pending.set(true);
        let shown = parsed.clone().unwrap_or_else(|_| default_view());
        // Sent now, not when the task first runs (see `ApiClient::people`).
        let sent = parsed.map(|query| api.people(&query, signal.as_ref()));
        let request = async move {
            match sent {
                Ok(answer) => answer.await,
                Err(err) => Err(ApiError::Http { status: 400, problem: Some(Problem::from(err)) }),
            }
        };
        // Owned by the screen, not by whoever asked (an effect run or a Retry click).
        owner.with(|| {
            spawn_request(request, move |r| {
                if r != Err(ApiError::Aborted) {
                    set_pending.set(false);
                    result.set(Some((shown, r.map(Arc::new))));
                }
            })
        });
    };
    // The first page is asked for now, while the rest of the screen is built (an effect's first
    // run would wait for all of it); then again whenever the URL's query changes, or a finished
    // job changed users (show the rows as they are now).
    load(parsed.get_untracked());
    let jobs_finished = use_context::<crate::jobs::FinishedJobs>().map(|f| f.0);
    dom::effect({
        let (load, mut ran) = (load.clone(), false);
        move || {
            if let Some(n) = jobs_finished {
                n.track();
            }
            let parsed = parsed.get();
            if ran {
                load(parsed);
            }
            ran = true;
        }
    });
    let retry = Callback::new(move |_| load(parsed.get_untracked()));

    // The later parts are fetched once the first answer is on screen, when the browser is idle.
    let part = use_context::<Part>();
    let shown = move |answer: Option<_>| {
        if let (Some(part), Some(_)) = (part, &answer) {
            part.prefetch();
        }
        answer
    };

    let clear_filters =
        Callback::new(move |_| go.run(filters::with_filter(&query.get_untracked(), Filter::default())));

    let screen = dom::markup(r#"<div class="plb-people"></div>"#);
    // Built in two tasks after this one, top to bottom, once the words are in (`later`: at once
    // for English): the filter bar and the controls below it, then the results. This task has
    // sent the first page's request.
    let controls = later(move |place| {
        let _ = place.append_child(&filter_bar(query, go, options_list));
        let options_problem = dom::region_box(
            move || options_error.get(),
            move |place, error| {
                let Some(error) = error else { return };
                let message = words.words().filter_options_error((&error.to_string()).into());
                let _ = place.append_child(&retry_alert(&message, move || load_options.run(())));
            },
        );
        let history = part_view_while(move || history_open.get(), || batch_part::open(Door::History));
        let _ = place.append_with_node_4(
            &options_problem,
            &selection_bar(announcement.into()),
            &history,
            &part_problem(),
        );
    });
    let results = later(move |place| {
        let section = dom::markup(r#"<section class="plb-results"></section>"#);
        dom::set_attr(&section, "aria-label", Some(&words.words().results()));
        dom::class(&section, "plb-pending", move || pending.get());
        dom::attr(&section, "aria-busy", move || Some(pending.get().to_string()));
        dom::region(
            &section,
            move || shown(result.get()),
            move |section, result| {
                let block = match result {
                    None => table_skeleton(),
                    Some((_, Ok(page))) if page.items.is_empty() => empty_result(clear_filters),
                    Some((q, Ok(page))) => {
                        let ids = page.items.iter().map(|p| p.id).collect();
                        let on_page =
                            Callback::new(move |n| go.run(filters::with_page(&query.get_untracked(), n)));
                        let on_per_page = Callback::new(move |n| {
                            go.run(filters::with_page_size(&query.get_untracked(), n))
                        });
                        let on_sort =
                            Callback::new(move |f| go.run(filters::with_sort(&query.get_untracked(), f)));
                        let _ = section.append_child(&selection_banner(ids, page.total, q.filter));
                        let scroll = dom::markup(r#"<div class="plb-scroll"></div>"#);
                        let _ = scroll.append_child(&people_table(Arc::clone(&page), q.sort, Some(on_sort)));
                        let _ = section.append_child(&scroll);
                        pagination(&page, on_page, Some(on_per_page))
                    }
                    Some((_, Err(error))) => {
                        let recover =
                            filters::recover_from_refusal(&url.search().get_untracked(), &error, page_size)
                                .map(|(label, next)| (label, Callback::new(move |_| go.run(next.clone()))));
                        load_error(&error, retry, recover)
                    }
                };
                let _ = section.append_child(&block);
            },
        );
        let _ = place.append_child(&section);
    });
    let _ = screen.append_with_node_2(&controls, &results);
    screen
}
