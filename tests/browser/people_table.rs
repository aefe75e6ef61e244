use super::support::{fixture_page, mount, mount_styled, mount_with_selection, tick};
use contract::{Role, Status};
use leptos::prelude::*;
use people_log::people::{pagination, people_table};
use people_log::ui::dom;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn table_shows_one_row_per_user_with_name_and_email() {
    let page = fixture_page(2, 25, 60);
    let (mounted, _) =
        mount_with_selection(move || dom::view(people_table(page.into(), Default::default(), None)));
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
    let (mounted, _) =
        mount_with_selection(move || dom::view(people_table(page.into(), Default::default(), None)));
    assert!(mounted.query_all("img, script").is_empty(), "no data became an element");
    assert_eq!(mounted.text("tbody .plb-name-text"), hostile);
    assert_eq!(mounted.text("tbody .plb-email"), "\"><img src=x>@example.com");
    // A list is its cell's name, whole; its chip may be shortened, but is text too.
    let teams = &mounted.query_all("tbody .plb-list")[0];
    assert_eq!(teams.get_attribute("aria-label").as_deref(), Some("<script>alert(2)</script>"));
    assert!(mounted.text("tbody .plb-tag").starts_with("<script>"));
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
    let (mounted, _) =
        mount_with_selection(move || dom::view(people_table(page.into(), Default::default(), None)));
    assert_eq!(mounted.text("tbody tr:first-child .plb-name-text"), "Zoë 🦀 Ōtake");
    assert_eq!(mounted.text("tbody tr:first-child .plb-email"), "zoë@例え.jp");
    let cells: Vec<String> =
        mounted.query_all("tbody tr:first-child td").iter().map(|c| accessible_text(c)).collect();
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
    let (mounted, _) =
        mount_with_selection(move || dom::view(people_table(page.into(), Default::default(), None)));
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
    let mounted = mount(move || dom::view(pagination(&page, on_page, None)));
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
    let mounted = mount(move || dom::view(pagination(&page, on_page, None)));
    assert_eq!(mounted.text(".plb-range"), "107,374,182,351–107,374,182,351 of 107,374,182,375 users");
    assert_eq!(mounted.text(".plb-muted"), "Page 4,294,967,295 of 4,294,967,295");
    let buttons = mounted.query_all("button");
    assert!(buttons[2].has_attribute("disabled") && buttons[3].has_attribute("disabled"), "no next page");
    buttons[1].click();
    assert_eq!(requested.get_untracked(), Some(u32::MAX - 1));
}

/// The longest values the mock seeds (mock-api's tables): its 200-character name, long emails, the
/// longest teams and labels, three of each (the most anyone has).
fn longest_page() -> contract::PeoplePage {
    let mut page = fixture_page(1, 25, 4);
    let long = [
        (
            "Wolfeschlegelsteinhausenbergerdorff-Hubert-Blaine-Wolfeschlegelsteinhausenbergerdorff-Maximilian-Alexander-Bartholomew-Christopherson-Featherstonehaugh-Montgomery-Abernathy-Cholmondeley-Marjoribanks-Smythe",
            "user4123@northwind.example",
        ),
        ("Agnieszka Jackson", "agnieszka.jackson1349@globex.example"),
        ("👩‍👩‍👧‍👦 Family Emoji", "christopher.featherstonehaugh4999@northwind.example"),
    ];
    for (person, (name, email)) in page.items.iter_mut().skip(1).zip(long) {
        person.name = name.into();
        person.email = email.into();
        person.status = Status::Invited;
        person.role = Role::Curator;
        person.teams = ["Engineering – Platform", "<b>Bold</b> & \"Quoted\" Team", "Sales North America"]
            .map(String::from)
            .to_vec();
        person.labels = ["Union representative", "Brand ambassador", "متدرب جديد"].map(String::from).to_vec();
        person.language = "pt-BR".into();
        person.last_active = Some("2026-06-19T20:26:31Z".into());
    }
    // The first row stays short: "Person 1", one team, no label.
    page
}

/// A row's text as assistive technology names it: text, but an `aria-label` in place of what it
/// labels and nothing that is `aria-hidden`.
fn accessible_text(node: &web_sys::Node) -> String {
    let Some(el) = node.dyn_ref::<Element>() else { return node.text_content().unwrap_or_default() };
    if el.get_attribute("aria-hidden").as_deref() == Some("true") {
        return String::new();
    }
    if let Some(label) = el.get_attribute("aria-label") {
        return label;
    }
    let children = el.child_nodes();
    let parts: Vec<String> =
        (0..children.length()).map(|i| accessible_text(&children.item(i).unwrap())).collect();
    // Cells are separate words of the row's name.
    parts.join(if matches!(el.tag_name().as_str(), "TR") { " " } else { "" })
}

/// Issue 23: at the default width (the demo's at 1280 px) every row of the longest seeded values
/// is one line, as high as a row of short ones, and cut values are still whole in each row's
/// accessible name.
#[wasm_bindgen_test]
async fn the_longest_values_stay_on_one_line_and_whole_in_the_names() {
    let page = longest_page();
    let expected = page.items.clone();
    let (mounted, _) =
        mount_styled(1232, move || dom::view(people_table(page.into(), Default::default(), None)));
    tick().await;
    let rows = mounted.query_all("tbody tr");
    assert_eq!(rows.len(), 4);
    let window = web_sys::window().unwrap();
    let px = |el: &HtmlElement, property: &str| -> f64 {
        let style = window.get_computed_style(el).unwrap().unwrap();
        style.get_property_value(property).unwrap().trim_end_matches("px").parse().unwrap()
    };
    let short_row = rows[0].offset_height();
    for (row, person) in rows.iter().zip(&expected) {
        assert_eq!(row.offset_height(), short_row, "{}'s row is as high as a short one", person.email);
        let cells = row.query_selector_all("td, th").unwrap();
        for i in 0..cells.length() {
            let cell: HtmlElement = cells.item(i).unwrap().unchecked_into();
            let padding = px(&cell, "padding-top") + px(&cell, "padding-bottom");
            let line = px(&cell, "line-height");
            assert!(
                f64::from(cell.scroll_height()) < padding + 2.0 * line,
                "cell {i} of {}'s row holds more than one line: {} px high, {line} px a line",
                person.email,
                cell.scroll_height()
            );
        }
        let name = accessible_text(row);
        for whole in [&person.name, &person.email].into_iter().chain(&person.teams).chain(&person.labels) {
            assert!(name.contains(whole.as_str()), "{whole:?} is not whole in the row's name {name:?}");
        }
    }
    let email: HtmlElement = rows[1].query_selector(".plb-email").unwrap().unwrap().unchecked_into();
    assert!(email.scroll_width() > email.client_width(), "the long email is cut at this width");
    let teams = rows[1].query_selector_all("td").unwrap().item(4).unwrap();
    let teams: Element = teams.unchecked_into();
    assert_eq!(
        teams.get_attribute("aria-label").as_deref(),
        Some("Engineering – Platform, <b>Bold</b> & \"Quoted\" Team, Sales North America")
    );
    assert_eq!(teams.query_selector(".plb-more").unwrap().unwrap().text_content().as_deref(), Some("+2"));
}

/// Issue 23: the pointer on a cut value shows all of it (a tip above the page, not a `title`);
/// on a value that fits, nothing.
#[wasm_bindgen_test]
async fn a_cut_value_shows_whole_under_the_pointer() {
    let page = longest_page();
    let (mounted, _) =
        mount_styled(1232, move || dom::view(people_table(page.into(), Default::default(), None)));
    tick().await;
    let hover = |selector: &str| {
        let cell = mounted.query_all(selector).remove(0);
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        cell.dispatch_event(
            &web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseover", &init).unwrap(),
        )
        .unwrap();
    };
    assert!(mounted.query_all(".plb-tip").is_empty(), "made only when needed");
    hover("tbody tr:nth-child(3) .plb-email");
    let tip = mounted.query_all(".plb-tip").remove(0);
    let open = || tip.matches(":popover-open").unwrap();
    assert!(open(), "the tip shows");
    assert_eq!(tip.text_content().unwrap(), "agnieszka.jackson1349@globex.example");
    hover("tbody tr:nth-child(2) td:nth-child(6)");
    assert_eq!(
        tip.text_content().unwrap(),
        "Engineering – Platform, <b>Bold</b> & \"Quoted\" Team, Sales North America"
    );
    hover("tbody tr:first-child .plb-email");
    assert!(!open(), "person1@example.com fits: no tip");
    assert!(mounted.query_all("[title]").is_empty(), "no title attribute stands in for it");
}

/// Issue 23: Compact rows are lower; the choice holds for the whole widget and, through storage,
/// for the next one this browser mounts.
#[wasm_bindgen_test]
async fn the_density_chosen_is_kept_by_the_browser() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("people-log:density").unwrap();
    let page = fixture_page(1, 25, 3);
    let (mounted, _) = mount_styled(1232, move || {
        view! {
            {dom::view(people_table(page.into(), Default::default(), None))}
            <people_log::people::DensityChoice />
        }
    });
    tick().await;
    let row_height = || mounted.query_all("tbody tr")[0].offset_height();
    let comfortable = row_height();
    let select: web_sys::HtmlSelectElement = mounted.query_all("select").remove(0).unchecked_into();
    assert_eq!(select.value(), "comfortable", "the default");
    select.set_value("compact");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    assert!(row_height() < comfortable, "compact rows are lower: {} px, not {comfortable}", row_height());
    assert_eq!(storage.get_item("people-log:density").unwrap().as_deref(), Some("compact"));

    let host = super::support::host();
    let mut handle = super::support::mount_offline(&host);
    let root = host.shadow_root().unwrap().query_selector(".plb-root").unwrap().unwrap();
    assert!(root.class_list().contains("plb-compact"), "a widget mounted later starts compact");
    handle.unmount();
    host.remove();
    storage.remove_item("people-log:density").unwrap();
}
