use super::support::{fixture_page, mount, mount_with_selection};
use leptos::prelude::*;
use people_log::people::{Pagination, PeopleTable};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn table_shows_one_row_per_user_with_name_and_email() {
    let page = fixture_page(2, 25, 60);
    let (mounted, _) = mount_with_selection(move || view! { <PeopleTable page /> });
    let rows = mounted.query_all("tbody tr");
    assert_eq!(rows.len(), 25);
    let first = rows[0].text_content().unwrap();
    assert!(first.contains("Person 26") && first.contains("person26@example.com"), "{first}");
    assert_eq!(mounted.query_all("thead th").len(), 10, "checkbox + nine data columns");
    assert_eq!(mounted.query_all("th[aria-sort]").len(), 3, "name, hire date, last active sort");
}

#[wasm_bindgen_test]
fn hostile_strings_render_as_text() {
    let hostile = "<img src=x onerror=alert(1)>";
    let mut page = fixture_page(1, 25, 1);
    page.items[0].name = hostile.into();
    page.items[0].email = "\"><img src=x>@example.com".into();
    page.items[0].teams = vec!["<script>alert(2)</script>".into()];
    let (mounted, _) = mount_with_selection(move || view! { <PeopleTable page /> });
    assert!(mounted.query_all("img, script").is_empty(), "no data became an element");
    assert_eq!(mounted.text("tbody .plb-name-text"), hostile);
    assert_eq!(mounted.text("tbody .plb-email"), "\"><img src=x>@example.com");
    assert!(mounted.text("tbody tr").contains("<script>alert(2)</script>"));
    let tick = &mounted.query_all("tbody input")[0];
    assert_eq!(tick.get_attribute("aria-label").as_deref(), Some("Select <img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
fn text_outside_ascii_lands_in_its_own_cell() {
    // Names and teams with accents, CJK and characters outside the BMP (two UTF-16 units each): the
    // row's strings cross to JS together, so a miscounted length would shift text between cells.
    let mut page = fixture_page(1, 25, 2);
    page.items[0].name = "Zoë 🦀 Ōtake".into();
    page.items[0].email = "zoë@例え.jp".into();
    page.items[0].teams = vec!["Ventes 🇫🇷".into(), "研究".into()];
    page.items[0].labels = vec![];
    let (mounted, _) = mount_with_selection(move || view! { <PeopleTable page /> });
    assert_eq!(mounted.text("tbody tr:first-child .plb-name-text"), "Zoë 🦀 Ōtake");
    assert_eq!(mounted.text("tbody tr:first-child .plb-email"), "zoë@例え.jp");
    let cells: Vec<String> =
        mounted.query_all("tbody tr:first-child td").iter().map(|c| c.text_content().unwrap()).collect();
    assert_eq!(cells[4..7], ["Ventes 🇫🇷, 研究".to_owned(), String::new(), "en".to_owned()]);
    assert_eq!(
        mounted.text("tbody tr:nth-child(2) .plb-name-text"),
        "Person 2",
        "the next row starts where it should"
    );
}

#[wasm_bindgen_test]
fn a_row_has_every_cell_its_header_and_its_status() {
    let page = fixture_page(1, 25, 3);
    let (mounted, _) = mount_with_selection(move || view! { <PeopleTable page /> });
    let rows = mounted.query_all("tbody tr");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[2].query_selector_all("td, th").unwrap().length(), 10);
    assert_eq!(rows[2].get_attribute("tabindex").as_deref(), Some("-1"), "focusable for Space");
    assert_eq!(mounted.query_all("tbody th[scope=row]").len(), 3, "the name heads its row");
    assert_eq!(mounted.text("tbody tr:nth-child(3) .plb-status-invited"), "Invitation pending");
    assert_eq!(mounted.text("tbody tr:nth-child(3) .plb-avatar[aria-hidden=true]"), "P3");
    assert!(rows[2].text_content().unwrap().ends_with("2024-01-15Never"));
}

#[wasm_bindgen_test]
fn range_text_and_buttons_follow_the_page() {
    let page = fixture_page(3, 25, 60);
    let requested = RwSignal::new(None::<u32>);
    let on_page = Callback::new(move |p| requested.set(Some(p)));
    let mounted = mount(move || view! { <Pagination page on_page /> });
    assert_eq!(mounted.text(".plb-range"), "51–60 of 60 users");
    let buttons = mounted.query_all("button");
    let names: Vec<_> = buttons.iter().map(|b| b.text_content().unwrap()).collect();
    assert_eq!(names, ["First page", "Previous page", "Next page", "Last page"]);
    assert!(!buttons[1].has_attribute("disabled"));
    assert!(buttons[2].has_attribute("disabled"), "the last page has no next page");
    assert!(buttons[3].has_attribute("disabled"));
    buttons[1].click();
    assert_eq!(requested.get_untracked(), Some(2));
    buttons[0].click();
    assert_eq!(requested.get_untracked(), Some(1));
}

/// Issue 7, item 6: a server answering the last page a `u32` can number must not make paging
/// overflow (in debug builds that was a panic while rendering "Next page").
#[wasm_bindgen_test]
fn the_last_page_a_u32_can_number_renders_without_overflow() {
    let mut page = fixture_page(1, 25, 1);
    page.page = u32::MAX;
    page.total = u64::from(u32::MAX) * 25;
    let requested = RwSignal::new(None::<u32>);
    let on_page = Callback::new(move |p| requested.set(Some(p)));
    let mounted = mount(move || view! { <Pagination page on_page /> });
    assert_eq!(mounted.text(".plb-range"), "107,374,182,351–107,374,182,351 of 107,374,182,375 users");
    assert_eq!(mounted.text(".plb-muted"), "Page 4,294,967,295 of 4,294,967,295");
    let buttons = mounted.query_all("button");
    assert!(buttons[2].has_attribute("disabled") && buttons[3].has_attribute("disabled"), "no next page");
    buttons[1].click();
    assert_eq!(requested.get_untracked(), Some(u32::MAX - 1));
}
