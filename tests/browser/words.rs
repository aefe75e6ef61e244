//! The widget's words in the locale chosen (§11): a catalog's words, plurals and numbers in the
//! table, and an Arabic widget turned right to left.

use super::support::{fixture_page, host, mount_offline, mount_styled, mount_with_selection, tick, until};
use contract::UserId;
use leptos::prelude::*;
use people_log::{
    i18n::{CurrentWords, Words},
    people::{pagination, people_table, selection_banner, selection_bar},
    ui::dom,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The catalogs as a release ships them (dist/locales/), compiled by the build script.
const GERMAN: &str = include_str!(concat!(env!("OUT_DIR"), "/locales/de.txt"));
const ARABIC: &str = include_str!(concat!(env!("OUT_DIR"), "/locales/ar.txt"));

#[wasm_bindgen_test]
async fn a_german_catalog_words_the_table_with_its_plurals_and_numbers() {
    let page = fixture_page(1, 25, 4213);
    let ids: Vec<UserId> = page.items.iter().map(|p| p.id).collect();
    let (mounted, _) = mount_with_selection(move || {
        let words = Words::for_locale(GERMAN.to_owned(), "de-DE").expect("built for this widget");
        provide_context(CurrentWords::given(words));
        let one = fixture_page(1, 25, 1);
        view! {
            {dom::view(selection_banner(ids, 4213, contract::Filter::default()))}
            {dom::view(people_table(page.clone().into(), Default::default(), None))}
            {dom::view(selection_bar(Signal::stored(String::new())))}
            {dom::view(pagination(&page, Callback::new(|_| ()), None))}
            {dom::view(pagination(&one, Callback::new(|_| ()), None))}
        }
    });
    let headers: Vec<String> = mounted
        .query_all("thead th")
        .iter()
        .skip(1)
        .map(|th| th.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        headers,
        [
            "Name",
            "E-Mail",
            "Status",
            "Rolle",
            "Teams",
            "Labels",
            "Sprache",
            "Eintrittsdatum",
            "Zuletzt aktiv"
        ]
    );
    // The fixture's third user is invited and has never signed in.
    let third: Vec<String> = mounted
        .query_all("tbody tr:nth-child(3) td")
        .iter()
        .map(|td| td.text_content().unwrap_or_default())
        .collect();
    assert_eq!(third[2], "Einladung ausstehend");
    assert_eq!(third[3], "Lernender");
    assert_eq!(third.last().map(String::as_str), Some("Nie"));
    assert_eq!(mounted.text(".plb-count"), "Keine Benutzer ausgewählt");

    let header = &mounted.query_all("thead input[type=checkbox]")[0];
    assert_eq!(
        header.get_attribute("aria-label").as_deref(),
        Some("Alle Benutzer auf dieser Seite auswählen")
    );
    header.click();
    tick().await;
    assert_eq!(mounted.text(".plb-count"), "25 ausgewählt");
    assert_eq!(
        mounted.text(".plb-banner"),
        "Alle 25 Benutzer auf dieser Seite sind ausgewählt.Alle 4.213 Benutzer auswählen, die diesen Filtern entsprechen"
    );
    // Plural and singular, numbers grouped the German way.
    let ranges: Vec<String> =
        mounted.query_all(".plb-range").iter().map(|p| p.text_content().unwrap_or_default()).collect();
    assert_eq!(ranges, ["1–25 von 4.213 Benutzern", "1–1 von 1 Benutzer"]);
    assert!(mounted
        .query_all(".plb-pagination button")
        .iter()
        .any(|b| b.text_content().as_deref() == Some("Nächste Seite")));
}

/// Arabic's six plural categories come from the browser's `Intl.PluralRules`.
#[wasm_bindgen_test]
fn arabic_plurals_follow_the_browser_s_rules() {
    let words = Words::for_locale(ARABIC.to_owned(), "ar").expect("built for this widget");
    assert_eq!(words.selection_count(1u64.into()), "مستخدم واحد محدَّد");
    assert_eq!(words.selection_count(2u64.into()), "مستخدمان محدَّدان");
    assert!(words.selection_count(5u64.into()).ends_with(" مستخدمين محدَّدين"), "few");
    assert!(words.selection_count(11u64.into()).ends_with(" مستخدمًا محدَّدًا"), "many");
    assert!(words.selection_count(100u64.into()).ends_with(" مستخدم محدَّد"), "other");
}

#[wasm_bindgen_test]
async fn an_arabic_widget_turns_right_to_left_and_leaves_the_host_alone() {
    let host = host();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"apiBase".into(), &"http://127.0.0.1:9/api".into()).unwrap();
    js_sys::Reflect::set(&options, &"locale".into(), &JsValue::from("ar-EG")).unwrap();
    let mut handle = people_log::mount(host.clone(), options.into()).unwrap();
    let shadow = host.shadow_root().unwrap();
    let root = shadow.query_selector(".plb").unwrap().expect("the widget's root");
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(host.get_attribute("dir"), None, "the host's own direction is the host's");
    handle.unmount();
    host.remove();

    // An English widget on the same page runs left to right, whatever its host does.
    let host = self::host();
    host.set_attribute("dir", "rtl").unwrap();
    let mut handle = mount_offline(&host);
    let shadow = host.shadow_root().unwrap();
    until("the widget's root", || shadow.query_selector(".plb").ok().flatten().is_some()).await;
    let root = shadow.query_selector(".plb").unwrap().unwrap();
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(host.get_attribute("dir").as_deref(), Some("rtl"));
    handle.unmount();
    host.remove();
}

/// In a right-to-left widget the table mirrors through the stylesheet's logical properties: the
/// checkbox column is at the right edge, and an email still runs left to right.
#[wasm_bindgen_test]
async fn a_right_to_left_table_has_its_checkboxes_at_the_right_edge() {
    let page = fixture_page(1, 25, 60);
    let (mounted, _) =
        mount_styled(1232, move || dom::view(people_table(page.into(), Default::default(), None)));
    let widget = mounted.container.closest(".plb").unwrap().expect("mounted inside the widget's root");
    // Offsets within the table, the cells' offset parent.
    let edges = || {
        let table = mounted.query_all("table")[0].offset_width();
        let check = &mounted.query_all("tbody tr:first-child td.plb-check")[0];
        (table, check.offset_left(), check.offset_left() + check.offset_width())
    };
    let (_, start, _) = edges();
    assert!(start <= 1, "left to right: the checkboxes start the row at the left edge ({start} px in)");

    widget.set_attribute("dir", "rtl").unwrap();
    tick().await;
    let (width, _, end) = edges();
    assert!(width - end <= 1, "right to left: the checkboxes are at the right edge ({end} of {width} px)");
    let email = &mounted.query_all("tbody tr:first-child td.plb-email")[0];
    let style = web_sys::window().unwrap().get_computed_style(email).unwrap().unwrap();
    assert_eq!(style.get_property_value("direction").unwrap(), "ltr", "an email runs left to right");
}

/// The Actions menu and a picker in German: the groups, the actions' names and the picker's
/// accessible names and hints come from the German catalog.
#[wasm_bindgen_test]
async fn a_german_catalog_words_the_actions_menu_and_a_picker() {
    use people_log::{
        actions::{catalog, MenuButton},
        ui::Picker,
    };
    let allowed = contract::ActionKind::allowed(contract::Role::Owner, &contract::Permissions::default());
    let groups = Signal::stored(Some(catalog::menu(&allowed)));
    let choices = Signal::stored((0..60).map(|i| (format!("t{i}"), format!("Team {i}"))).collect::<Vec<_>>());
    let chosen = Signal::stored(vec!["t1".to_owned()]);
    let mounted = super::support::mount(move || {
        let words = Words::for_locale(GERMAN.to_owned(), "de-DE").expect("built for this widget");
        provide_context(CurrentWords::given(words));
        view! {
            <MenuButton groups empty=Signal::stored(false) on_pick=Callback::new(|_| ()) />
            <Picker label="Labels" choices chosen on_pick=Callback::new(|_| ()) multiple=true chips=true id="label_ids" />
        }
    });
    let headings: Vec<String> =
        mounted.query_all(".plb-menu-heading").iter().map(|h| h.text_content().unwrap_or_default()).collect();
    assert_eq!(headings, ["Benutzerverwaltung", "Organisation", "Inhalte & Kommunikation"]);
    let items: Vec<String> =
        mounted.query_all("[role=menuitem]").iter().map(|i| i.text_content().unwrap_or_default()).collect();
    assert_eq!(items.first().map(String::as_str), Some("Einladungen erneut senden"));
    assert!(items.contains(&"Zertifikat zuweisen".to_owned()), "{items:?}");
    let search = &mounted.query_all(".plb-picker-search")[0];
    assert_eq!(search.get_attribute("aria-label").as_deref(), Some("Labels durchsuchen"));
    assert_eq!(search.get_attribute("placeholder").as_deref(), Some("Zum Suchen tippen"));
    let chip = &mounted.query_all(".plb-chip")[0];
    assert_eq!(chip.get_attribute("aria-label").as_deref(), Some("Team 1 entfernen"));
    assert_eq!(
        mounted.text(".plb-picker-more"),
        "50 von 60 angezeigt. Tippen Sie, um die Liste einzugrenzen."
    );
}
