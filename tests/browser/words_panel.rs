//! The filter panel in the locale chosen (§11): its fields, choices and the hire date's checks
//! in German.

use super::support::{mount, tick};
use contract::{Filter, FilterOptions};
use leptos::prelude::*;
use people_log::{
    i18n::{CurrentWords, Words},
    people::FilterPanel,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const GERMAN: &str = include_str!(concat!(env!("OUT_DIR"), "/locales/de.txt"));

fn change(input: &web_sys::HtmlElement, value: &str) {
    input.unchecked_ref::<web_sys::HtmlInputElement>().set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn the_filter_panel_speaks_german_and_says_why_a_hire_date_is_refused() {
    let applied = RwSignal::new(0u32);
    let mounted = mount(move || {
        let words = Words::for_locale(GERMAN.to_owned(), "de-DE").expect("built for this widget");
        provide_context(CurrentWords::given(words));
        let filter = Memo::new(|_| Filter::default());
        let set_filter = Callback::new(move |_: Filter| applied.update(|n| *n += 1));
        view! { <FilterPanel filter options=Signal::stored(FilterOptions::default()) set_filter /> }
    });
    // The hire-date fields follow the filter from their first effect on.
    tick().await;
    let panel = &mounted.query_all("#plb-filter-panel")[0];
    assert_eq!(panel.get_attribute("aria-label").as_deref(), Some("Filter"));
    let legends: Vec<String> =
        mounted.query_all("legend").iter().map(|l| l.text_content().unwrap_or_default()).collect();
    assert!(legends.ends_with(&["Lernfortschritt".to_owned(), "Eintrittsdatum".to_owned()]), "{legends:?}");
    let progress: Vec<String> = mounted
        .query_all("fieldset option[value=not_started], fieldset option[value=overdue]")
        .iter()
        .map(|o| o.text_content().unwrap_or_default())
        .collect();
    assert_eq!(progress, ["Hat nicht begonnen", "Ist überfällig bei"]);

    // A number of days the API refuses is not applied: the message says why, in German, with
    // the limit written the German way.
    let days = &mounted.query_all("input[type=number]")[0];
    change(days, "40000");
    tick().await;
    assert_eq!(
        mounted.text("#plb-days-error"),
        "Geben Sie eine ganze Zahl von Tagen zwischen 1 und 36.500 ein."
    );
    assert_eq!(applied.get_untracked(), 0);
    let dates = mounted.query_all("input[type=date]");
    change(&dates[0], "2024-05-01");
    tick().await;
    change(&dates[1], "2024-01-01");
    tick().await;
    assert_eq!(
        mounted.text("#plb-range-error"),
        "„Eingestellt ab“ darf nicht nach „Eingestellt bis“ liegen."
    );
}
