use crate::format;
use contract::{PeoplePage, Person};
use leptos::prelude::*;

/// One page of users as a real `<table>`; every string from the server renders as text.
#[component]
pub fn PeopleTable(
    /// The page to show.
    page: PeoplePage,
) -> impl IntoView {
    view! {
        <table class="plb-table">
            <caption class="plb-visually-hidden">"Users"</caption>
            <thead>
                <tr>
                    <th scope="col">"Name"</th>
                    <th scope="col">"Email"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Role"</th>
                    <th scope="col">"Teams"</th>
                </tr>
            </thead>
            <tbody>
                <For each=move || page.items.clone() key=|person| person.id let:person>
                    <PersonRow person />
                </For>
            </tbody>
        </table>
    }
}

#[component]
fn PersonRow(person: Person) -> impl IntoView {
    let status_class = format!("plb-status plb-status-{}", person.status.as_str());
    view! {
        <tr>
            <th scope="row" class="plb-name">
                <span class="plb-avatar" aria-hidden="true">{format::initials(&person.name)}</span>
                <span class="plb-name-text">{person.name}</span>
            </th>
            <td class="plb-email">{person.email}</td>
            <td><span class=status_class>{person.status.label()}</span></td>
            <td>{person.role.label()}</td>
            <td>{person.teams.join(", ")}</td>
        </tr>
    }
}
