use super::KnownLists;
use crate::{
    batch_part::{self, Door},
    filters::{self, Field},
    i18n::CurrentWords,
    ui::{dom, part_view, part_view_while, Picker},
};
use contract::{ContentFilter, Filter, FilterOptions, HireDate, ListQuery, Progress};
use leptos::{leptos_dom::helpers::TimeoutHandle, prelude::*};
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// How long typing must pause before the search runs.
const SEARCH_DEBOUNCE: Duration = Duration::from_millis(250);

/// Search, the filter panel, and the active filters as removable chips (§3): the view in the URL
/// (`query`), the way to another (`go`: a history entry, so back/forward work), and the choices
/// from `GET /filter-options` (`options`, empty until loaded).
pub fn filter_bar(
    query: Memo<ListQuery>,
    go: Callback<ListQuery>,
    options: Signal<FilterOptions>,
) -> Element {
    let filter = Memo::new(move |_| query.with(|q| q.filter.clone()));
    let set_filter = move |f: Filter| go.run(filters::with_filter(&query.get_untracked(), f));
    let open = RwSignal::new(false);
    let views_open = super::Toolbar::current().views_open;
    // What the panel and the list have narrowed the table by; the search shows in its own box.
    let panel_count =
        Memo::new(move |_| filter.with(|f| f.active_count() - usize::from(!f.search.is_empty())));
    let words = CurrentWords::current();
    let w = words.words();

    let bar = dom::markup(concat!(
        r#"<div class="plb-filters"><div class="plb-filter-row"><input type="search" class="plb-search">"#,
        r#"<button type="button" aria-controls="plb-filter-panel"></button>"#,
        // The density's chooser comes with the batch part (the first download only applies the
        // stored choice).
        r#"<span class="plb-wide-only plb-push"></span></div></div>"#,
    ));
    let search = dom::find(&bar, "input");
    let search_label = w.filter_search();
    dom::set_attr(&search, "aria-label", Some(&search_label));
    dom::set_attr(&search, "placeholder", Some(&search_label));
    dom::prop(&search, "value", move || filter.with(|f| f.search.clone()).into());
    // Debounced search: a new keystroke cancels the pending one; the request it triggers aborts
    // the one before it (see `PeopleScreen`).
    // Only the last keystroke's timer may search: clearing by handle is not enough on its own, since
    // web-sys keeps handles as i32 and a faked clock's ids (Playwright's start at 1e12) do not fit.
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let keystrokes = StoredValue::new(0u32);
    let cancel_pending = move || {
        if let Some(pending) = timer.get_value() {
            pending.clear();
        }
    };
    dom::on(&search, "input", move |ev| {
        let value = event_target_value(&ev);
        cancel_pending();
        let this = keystrokes.try_update_value(|n| {
            *n = n.wrapping_add(1);
            *n
        });
        let handle = set_timeout_with_handle(
            move || {
                if this.is_some() && keystrokes.try_get_value() == this {
                    set_filter(Filter { search: value, ..filter.get_untracked() })
                }
            },
            SEARCH_DEBOUNCE,
        );
        timer.set_value(handle.ok());
    });
    on_cleanup(cancel_pending);

    let panel_button = dom::find(&bar, "button");
    dom::attr(&panel_button, "aria-expanded", move || Some(open.get().to_string()));
    dom::on(&panel_button, "click", move |_| open.update(|o| *o = !*o));
    dom::text(&panel_button, move || words.words().filter_button(panel_count.get().into()));
    // In a narrow widget these two are in the selection bar's More menu instead.
    let density = dom::find(&bar, "span");
    let _ = density.before_with_node_1(&views_button("plb-wide-only"));
    let _ = density.append_child(&part_view(batch_part::open(Door::Density), false, None));

    // Saved views and the panel are in the batch part: opened before that is in, they say
    // "Loading…".
    let views =
        part_view_while(move || views_open.get(), move || batch_part::open(Door::SavedViews { query, go }));
    let apply = Callback::new(set_filter);
    let panel = part_view_while(
        move || open.get(),
        move || batch_part::open(Door::FilterPanel { filter, options, set_filter: apply }),
    );
    // Names the lists the filter uses once the batch part is in (see `ListNames`).
    let names = part_view(batch_part::open(Door::ListNames { filter }), false, None);

    let lists = use_context::<KnownLists>().unwrap_or(KnownLists(RwSignal::new(Vec::new())));
    let chips = Memo::new(move |_| {
        let words = words.words();
        filter.with(|f| options.with(|o| lists.0.with(|l| filters::chips(f, o, l, words))))
    });
    let chip_list = dom::region_box(
        move || chips.get(),
        move |place, chips| {
            if chips.is_empty() {
                return;
            }
            let words = words.words();
            let list = dom::markup(r#"<ul class="plb-chips"></ul>"#);
            dom::set_attr(&list, "aria-label", Some(&words.filter_chips()));
            for chip in chips {
                let item = dom::markup(
                    r#"<li><button type="button" class="plb-chip"><span aria-hidden="true"> ×</span></button></li>"#,
                );
                let button = dom::find(&item, "button");
                dom::set_attr(&button, "aria-label", Some(&words.filter_chip_remove((&chip.label).into())));
                let _ = button.prepend_with_str_1(&chip.label);
                let (without, search) = (chip.without, search.clone());
                // Removing a chip removes the focused button; focus goes to the search box instead.
                dom::on(&button, "click", move |_| {
                    set_filter(without.clone());
                    let _ = search.unchecked_ref::<HtmlElement>().focus();
                });
                let _ = list.append_child(&item);
            }
            let clear = dom::markup(r#"<li><button type="button" class="plb-link"></button></li>"#);
            let button = dom::find(&clear, "button");
            dom::set_text(&button, &words.filter_clear_all());
            dom::on(&button, "click", move |_| set_filter(Filter::default()));
            let _ = list.append_child(&clear);
            let _ = place.append_child(&list);
        },
    );
    let _ = bar.append_with_node_4(&views, &panel, &names, &chip_list);
    bar
}

/// Opens and closes the saved views' menu (`Toolbar::views_open`); `class` says in which layout.
pub fn views_button(class: &'static str) -> Element {
    let views_open = super::Toolbar::current().views_open;
    let button = dom::markup(
        r#"<button type="button" aria-controls="plb-views"><span aria-hidden="true"> ▾</span></button>"#,
    );
    button.set_class_name(class);
    let _ = button.prepend_with_str_1(&crate::i18n::words().filter_views());
    dom::attr(&button, "aria-expanded", move || Some(views_open.get().to_string()));
    dom::on(&button, "click", move |_| views_open.update(|o| *o = !*o));
    button
}

/// The filter panel: every multi-select, the content and progress pair, and the hire date.
#[component]
pub fn FilterPanel(
    /// The filters in the URL.
    filter: Memo<Filter>,
    /// Choices from `GET /filter-options`.
    options: Signal<FilterOptions>,
    /// Navigate to the view with these filters.
    set_filter: Callback<Filter>,
) -> impl IntoView {
    // The panel is named as the button that opens it, without a count: "Filters".
    let name = CurrentWords::current().words().filter_button(0u64.into());
    view! {
        <div id="plb-filter-panel" class="plb-filter-panel" role="group" aria-label=name>
            {Field::ALL.into_iter().map(|field| view! { <Checklist field filter options set_filter /> }).collect_view()}
            <ContentFilterFields filter options set_filter />
            <HireDateFields filter set_filter />
        </div>
    }
}

/// One multi-select field: a searchable group of checkboxes (the same picker as the action forms,
/// so a list of 1,000 labels stays usable).
#[component]
fn Checklist(
    /// Which field.
    field: Field,
    /// The current filter.
    filter: Memo<Filter>,
    /// Choices.
    options: Signal<FilterOptions>,
    /// Apply a new filter.
    set_filter: Callback<Filter>,
) -> impl IntoView {
    let words = CurrentWords::current();
    let choices = Signal::derive(move || {
        let words = words.words();
        options.with(|o| field.options(o, words).into_iter().map(|n| (n.id, n.name)).collect::<Vec<_>>())
    });
    let chosen = Signal::derive(move || filter.with(|f| field.values(f)));
    let on_pick = Callback::new(move |(id, on): (String, bool)| {
        set_filter.run(filter.with_untracked(|f| field.set(f, &id, on)))
    });
    let label = field.label(words.words());
    view! { <Picker label choices chosen on_pick multiple=true id=field.key() /> }
}

/// "Has not completed Mandatory Compliance 2026": a content item, then a progress state.
#[component]
fn ContentFilterFields(
    /// The current filter.
    filter: Memo<Filter>,
    /// Choices.
    options: Signal<FilterOptions>,
    /// Apply a new filter.
    set_filter: Callback<Filter>,
) -> impl IntoView {
    let content = move || filter.with(|f| f.content.clone());
    let chosen_id = move || content().map(|c| c.content_id).unwrap_or_default();
    let chosen_progress = move || content().map_or(Progress::NotCompleted, |c| c.progress);
    let update =
        move |content: Option<ContentFilter>| set_filter.run(Filter { content, ..filter.get_untracked() });
    let w = CurrentWords::current();
    view! {
        <fieldset class="plb-fieldset">
            <legend>{w.words().panel_content()}</legend>
            <label class="plb-field">
                {w.words().panel_content_item()}" "
                <select
                    prop:value=chosen_id
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        let progress = chosen_progress();
                        update((!id.is_empty()).then_some(ContentFilter { content_id: id, progress }))
                    }
                >
                    <option value="">{w.words().panel_any()}</option>
                    {move || {
                        options
                            .with(|o| o.content.clone())
                            .into_iter()
                            .map(|c| view! { <option value=c.id.clone() selected=chosen_id() == c.id>{c.name}</option> })
                            .collect_view()
                    }}
                </select>
            </label>
            <label class="plb-field">
                {w.words().panel_progress()}" "
                <select
                    disabled=move || content().is_none()
                    prop:value=move || chosen_progress().as_str()
                    on:change=move |ev| {
                        if let (Some(progress), Some(c)) = (Progress::parse(&event_target_value(&ev)), content()) {
                            update(Some(ContentFilter { progress, ..c }))
                        }
                    }
                >
                    {Progress::ALL
                        .into_iter()
                        .map(|p| view! { <option value=p.as_str()>{w.words().panel_progress_option(p.as_str().into())}</option> })
                        .collect_view()}
                </select>
            </label>
        </fieldset>
    }
}

/// Hired within the last N days, or between two dates; setting one clears the other. What the API
/// would refuse (over 36,500 days, a start after the end) is not applied: a message says why next to
/// the field and what was typed stays for the admin to correct.
#[component]
fn HireDateFields(
    /// The current filter.
    filter: Memo<Filter>,
    /// Apply a new filter.
    set_filter: Callback<Filter>,
) -> impl IntoView {
    let hire = Memo::new(move |_| filter.with(|f| f.hire_date.clone()));
    let (d, f, t) = typed(hire.get_untracked());
    let (days, from, to) = (RwSignal::new(d), RwSignal::new(f), RwSignal::new(t));
    let days_error = RwSignal::new(None::<filters::Label>);
    let range_error = RwSignal::new(None::<filters::Label>);
    // What is typed follows the filter whenever the filter changes (a chip removed, back/forward);
    // a refused entry leaves the filter as it was, so the typing stays.
    Effect::new(move |_| {
        let (d, f, t) = typed(hire.get());
        days.set(d);
        from.set(f);
        to.set(t);
        days_error.set(None);
        range_error.set(None);
    });
    let apply = move |hire_date: Result<Option<HireDate>, filters::Label>,
                      error: RwSignal<Option<filters::Label>>| {
        match hire_date {
            Ok(hire_date) => {
                error.set(None);
                set_filter.run(Filter { hire_date, ..filter.get_untracked() })
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let on_days = move |ev| {
        days.set(event_target_value(&ev));
        apply(filters::hired_within(&days.get_untracked()), days_error)
    };
    let on_end = move |end: RwSignal<String>| {
        move |ev| {
            end.set(event_target_value(&ev));
            apply(filters::hired_between(&from.get_untracked(), &to.get_untracked()), range_error)
        }
    };
    let w = CurrentWords::current();
    let message = move |id: &'static str, error: RwSignal<Option<filters::Label>>| {
        move || {
            error
                .get()
                .map(|e| view! { <span id=id class="plb-field-error" role="alert">{e(w.words())}</span> })
        }
    };
    view! {
        <fieldset class="plb-fieldset">
            <legend>{w.words().panel_hire_date()}</legend>
            <label class="plb-field">
                {w.words().panel_hired_within()}" "
                <input
                    type="number"
                    min="1"
                    max="36500"
                    prop:value=days
                    aria-invalid=move || days_error.with(Option::is_some).then_some("true")
                    aria-describedby=move || days_error.with(Option::is_some).then_some("plb-days-error")
                    on:change=on_days
                />
            </label>
            {message("plb-days-error", days_error)}
            <label class="plb-field">
                {w.words().panel_hired_from()}" "
                <input
                    type="date"
                    prop:value=from
                    aria-invalid=move || range_error.with(Option::is_some).then_some("true")
                    aria-describedby=move || range_error.with(Option::is_some).then_some("plb-range-error")
                    on:change=on_end(from)
                />
            </label>
            <label class="plb-field">
                {w.words().panel_hired_to()}" "
                <input
                    type="date"
                    prop:value=to
                    aria-invalid=move || range_error.with(Option::is_some).then_some("true")
                    aria-describedby=move || range_error.with(Option::is_some).then_some("plb-range-error")
                    on:change=on_end(to)
                />
            </label>
            {message("plb-range-error", range_error)}
        </fieldset>
    }
}

/// The hire-date fields' text for a filter: days, from, to.
fn typed(hire: Option<HireDate>) -> (String, String, String) {
    match hire {
        Some(HireDate::LastDays(n)) => (n.to_string(), String::new(), String::new()),
        Some(HireDate::Range { from, to }) => {
            (String::new(), from.unwrap_or_default(), to.unwrap_or_default())
        }
        None => Default::default(),
    }
}
