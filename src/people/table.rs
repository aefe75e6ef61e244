use super::state::SelectionState;
use crate::{filters::aria_sort, format, selection::CheckState};
use contract::{PeoplePage, Person, Sort, SortField, UserId};
use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlTableRowElement, KeyboardEvent, MouseEvent};

/// One page of users as a real `<table>`; every string from the server renders as text.
///
/// The rows of a page never change, only their ticks: the body is built once as escaped markup
/// (the browser's parser makes 500 rows far faster than one wasm→DOM call per node), the body's
/// two listeners serve every row, and one effect ticks or unticks just the rows whose state changed.
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
    let ids: Vec<UserId> = page.items.iter().map(|p| p.id).collect();
    // Ticks as rendered, so the effect touches only rows that change.
    let shown: Vec<bool> = selection.with_untracked(|s| ids.iter().map(|id| s.contains(*id)).collect());
    let body = rows_html(&page.items, &shown);
    let (people, ids, shown) = (StoredValue::new(page.items), StoredValue::new(ids), StoredValue::new(shown));
    // The last row clicked without Shift: the other end of a Shift+click range.
    let anchor = StoredValue::new(None::<usize>);

    let click_row = move |index: usize, shift: bool| {
        let Some(id) = ids.with_value(|ids| ids.get(index).copied()) else { return };
        let on = !selection.with_untracked(|s| s.contains(id));
        let range = match anchor.get_value() {
            Some(a) if shift => a.min(index)..=a.max(index),
            _ => index..=index,
        };
        people.with_value(|people| state.set(&people[range], on));
        anchor.set_value(Some(index));
    };
    let on_click = move |ev: MouseEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(index) = target.as_ref().and_then(row_index) {
            click_row(index, ev.shift_key());
        }
    };
    // Space on the focused row (not on its checkbox, which handles Space itself) toggles it.
    let on_key = move |ev: KeyboardEvent| {
        let row = ev.target().and_then(|t| t.dyn_into::<HtmlTableRowElement>().ok());
        if let (" ", Some(row)) = (ev.key().as_str(), row) {
            ev.prevent_default();
            click_row(row.section_row_index().max(0) as usize, false);
        }
    };

    let tbody = NodeRef::<html::Tbody>::new();
    Effect::new(move |_| {
        let Some(tbody) = tbody.get() else { return };
        let rows = tbody.rows();
        selection.with(|s| {
            ids.with_value(|ids| {
                shown.update_value(|shown| {
                    for (index, (id, was)) in ids.iter().zip(shown.iter_mut()).enumerate() {
                        let on = s.contains(*id);
                        if on != *was {
                            *was = on;
                            rows.item(index as u32).into_iter().for_each(|row| tick(&row, on));
                        }
                    }
                })
            })
        });
    });

    let header = Memo::new(move |_| ids.with_value(|ids| selection.with(|s| s.header_state(ids))));
    let toggle_page = move |_| {
        let on = header.get_untracked() != CheckState::Checked;
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
            <colgroup>
                <col class="plb-col-check" />
                <col class="plb-col-name" />
                <col class="plb-col-email" />
                <col class="plb-col-status" />
                <col class="plb-col-role" />
                <col class="plb-col-teams" />
                <col class="plb-col-labels" />
                <col class="plb-col-language" />
                <col class="plb-col-date" />
                <col class="plb-col-date" />
            </colgroup>
            <thead>
                <tr>
                    <th scope="col" class="plb-check">
                        <input
                            type="checkbox"
                            aria-label="Select all users on this page"
                            prop:checked=move || header.get() == CheckState::Checked
                            prop:indeterminate=move || header.get() == CheckState::Mixed
                            aria-checked=move || header.get().aria()
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
            <tbody node_ref=tbody inner_html=body on:click=on_click on:keydown=on_key></tbody>
        </table>
    }
}

/// The body row holding this checkbox, as an index into the page.
fn row_index(input: &HtmlInputElement) -> Option<usize> {
    let row: HtmlTableRowElement = input.closest("tbody > tr").ok()??.dyn_into().ok()?;
    usize::try_from(row.section_row_index()).ok()
}

/// Ticks or unticks a rendered row (its highlight follows the checkbox in CSS).
fn tick(row: &Element, on: bool) {
    if let Some(input) =
        row.query_selector("input").ok().flatten().and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
    {
        input.set_checked(on);
    }
}

/// The body rows as markup; every server string is escaped, so it renders as text.
pub fn rows_html(people: &[Person], ticked: &[bool]) -> String {
    let mut out = String::with_capacity(people.len() * 640);
    for (person, on) in people.iter().zip(ticked.iter().copied().chain(std::iter::repeat(false))) {
        row_html(&mut out, person, on);
    }
    out
}

fn row_html(out: &mut String, p: &Person, on: bool) {
    out.push_str("<tr tabindex=\"-1\"><td class=\"plb-check\"><input type=\"checkbox\" aria-label=\"Select ");
    escape(out, &p.name);
    out.push('"');
    out.push_str(if on { " checked" } else { "" });
    out.push_str(
        "></td><th scope=\"row\" class=\"plb-name\"><span class=\"plb-avatar\" aria-hidden=\"true\">",
    );
    escape(out, &format::initials(&p.name));
    out.push_str("</span><span class=\"plb-name-text\">");
    escape(out, &p.name);
    out.push_str("</span></th><td class=\"plb-email\">");
    escape(out, &p.email);
    out.push_str("</td><td><span class=\"plb-status plb-status-");
    out.push_str(p.status.as_str());
    out.push_str("\">");
    out.push_str(p.status.label());
    out.push_str("</span></td>");
    let last_active = p.last_active.as_deref().map_or("Never", |t| t.get(..10).unwrap_or(t));
    for text in
        [p.role.label(), &p.teams.join(", "), &p.labels.join(", "), &p.language, &p.hire_date, last_active]
    {
        out.push_str("<td>");
        escape(out, text);
        out.push_str("</td>");
    }
    out.push_str("</tr>");
}

/// Text for element content and double-quoted attribute values.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::{Role, Status};

    fn person(name: &str) -> Person {
        Person {
            id: UserId(7),
            name: name.into(),
            email: "a&b@example.com".into(),
            status: Status::Invited,
            role: Role::Hr,
            teams: vec!["Sales".into(), "R&D".into()],
            labels: vec![],
            language: "en".into(),
            hire_date: "2024-01-02".into(),
            last_active: Some("2026-06-19T20:26:31Z".into()),
        }
    }

    #[test]
    fn markup_in_names_is_escaped_everywhere() {
        let html = rows_html(&[person("<img src=x onerror=\"alert('1')\">")], &[false]);
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("aria-label=\"Select &lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;\""),
            "{html}"
        );
        assert!(html.contains("a&amp;b@example.com") && html.contains("Sales, R&amp;D"), "{html}");
    }

    #[test]
    fn a_row_shows_every_column_and_its_tick() {
        let html = rows_html(&[person("Ada Lovelace")], &[true]);
        assert_eq!(html.matches("<td").count() + html.matches("<th").count(), 10, "{html}");
        assert!(html.contains(" checked>"));
        assert!(
            html.contains(">AL</span>")
                && html.contains("Invitation pending")
                && html.contains("<td>2026-06-19</td>")
        );
        let unticked = rows_html(&[person("Ada Lovelace")], &[false]);
        assert!(!unticked.contains("checked"));
    }

    #[test]
    fn a_user_who_never_signed_in_says_so() {
        let mut p = person("X");
        p.last_active = None;
        assert!(rows_html(&[p], &[]).ends_with("<td>Never</td></tr>"));
    }
}
