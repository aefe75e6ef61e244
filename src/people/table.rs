use super::state::SelectionState;
use crate::{filters::aria_sort, format};
use contract::{PeoplePage, Person, Sort, SortField, UserId};
use leptos::prelude::*;
use web_sys::{KeyboardEvent, MouseEvent};

/// One page of users as a real `<table>`; every string from the server renders as text.
///
/// Selection is fine-grained: each row derives its own `Memo<bool>` from the shared selection, so
/// ticking one row re-renders nothing but that row's checkbox and class.
#[component]
pub fn PeopleTable(
    /// The page to show.
    page: PeoplePage,
    /// The current order, for `aria-sort`.
    #[prop(optional)]
    sort: Sort,
    /// A sortable header was clicked.
    #[prop(optional, into)]
    on_sort: Option<Callback<SortField>>,
) -> impl IntoView {
    let state = expect_context::<SelectionState>();
    let selection = state.selection;
    let people = StoredValue::new(page.items);
    let ids: Vec<UserId> = people.with_value(|p| p.iter().map(|p| p.id).collect());
    let ids = StoredValue::new(ids);
    // The last row clicked without Shift: the other end of a Shift+click range.
    let anchor = StoredValue::new(None::<usize>);

    let click_row = move |index: usize, shift: bool| {
        let on = !selection.with_untracked(|s| s.contains(ids.with_value(|ids| ids[index])));
        let range = match anchor.get_value() {
            Some(a) if shift => a.min(index)..=a.max(index),
            _ => index..=index,
        };
        people.with_value(|people| state.set(&people[range], on));
        anchor.set_value(Some(index));
    };

    let header = Memo::new(move |_| ids.with_value(|ids| selection.with(|s| s.header_state(ids))));
    let toggle_page = move |_| {
        let on = header.get_untracked() != crate::selection::CheckState::Checked;
        people.with_value(|people| state.set(people, on));
    };

    let sortable = move |field: SortField, label: &'static str| {
        view! {
            <th scope="col" aria-sort=aria_sort(sort, field)>
                <button
                    type="button"
                    class="plb-sort"
                    on:click=move |_| {
                        if let Some(on_sort) = on_sort {
                            on_sort.run(field)
                        }
                    }
                >
                    {label}
                </button>
            </th>
        }
    };

    view! {
        <table class="plb-table">
            <caption class="plb-visually-hidden">"Users"</caption>
            <thead>
                <tr>
                    <th scope="col" class="plb-check">
                        <input
                            type="checkbox"
                            aria-label="Select all users on this page"
                            prop:checked=move || header.get() == crate::selection::CheckState::Checked
                            prop:indeterminate=move || header.get() == crate::selection::CheckState::Mixed
                            aria-checked=move || header.get().aria()
                            disabled=state.stale
                            on:click=toggle_page
                        />
                    </th>
                    {sortable(SortField::Name, "Name")}
                    <th scope="col">"Email"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Role"</th>
                    <th scope="col">"Teams"</th>
                    <th scope="col">"Labels"</th>
                    <th scope="col">"Language"</th>
                    {sortable(SortField::HireDate, "Hire date")}
                    {sortable(SortField::LastActive, "Last active")}
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || people.get_value().into_iter().enumerate()
                    key=|(_, person)| person.id
                    children=move |(index, person)| {
                        let id = person.id;
                        let checked = Memo::new(move |_| selection.with(|s| s.contains(id)));
                        view! { <PersonRow person checked disabled=state.stale on_click=Callback::new(move |shift| click_row(index, shift)) /> }
                    }
                />
            </tbody>
        </table>
    }
}

#[component]
fn PersonRow(
    /// The user.
    person: Person,
    /// Whether this row is selected.
    checked: Memo<bool>,
    /// The row belongs to a stale page (see `SelectionState::stale`).
    disabled: Signal<bool>,
    /// The row's checkbox was toggled; `true` when Shift was held.
    on_click: Callback<bool>,
) -> impl IntoView {
    let status_class = format!("plb-status plb-status-{}", person.status.as_str());
    let label = format!("Select {}", person.name);
    // Space on the focused row (not on its checkbox, which handles Space itself) toggles it.
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == " " && ev.target() == ev.current_target() {
            ev.prevent_default();
            on_click.run(false);
        }
    };
    let last_active =
        person.last_active.as_deref().map_or("Never".to_owned(), |t| t.chars().take(10).collect());
    view! {
        <tr tabindex="-1" on:keydown=on_key>
            <td class="plb-check">
                <input
                    type="checkbox"
                    aria-label=label
                    prop:checked=checked
                    disabled=disabled
                    on:click=move |ev: MouseEvent| on_click.run(ev.shift_key())
                />
            </td>
            <th scope="row" class="plb-name">
                <span class="plb-avatar" aria-hidden="true">{format::initials(&person.name)}</span>
                <span class="plb-name-text">{person.name}</span>
            </th>
            <td class="plb-email">{person.email}</td>
            <td><span class=status_class>{person.status.label()}</span></td>
            <td>{person.role.label()}</td>
            <td>{person.teams.join(", ")}</td>
            <td>{person.labels.join(", ")}</td>
            <td>{person.language}</td>
            <td>{person.hire_date}</td>
            <td>{last_active}</td>
        </tr>
    }
}
