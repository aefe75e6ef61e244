use super::*;

/// A compiled catalog for this build holding just `entries` (id, pattern in the compiled form:
/// `\u{1}0` the first variable, `\u{2}0 … \u{5}` a select on it).
fn catalog(entries: &[(&str, &str)]) -> String {
    let mut records = vec![""; messages::COUNT];
    for (id, pattern) in entries {
        let at = messages::IDS.iter().position(|i| i == id).unwrap_or_else(|| panic!("no message {id}"));
        records[at] = pattern;
    }
    let mut text = english_fingerprint().to_owned();
    for record in records {
        text.push(RECORD);
        text.push_str(record);
    }
    text
}

/// A rule like Arabic's for the numbers the tests use.
fn arabic_like(n: u64) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        2 => "two",
        3..=10 => "few",
        11..=99 => "many",
        _ => "other",
    }
}

#[test]
fn english_fills_placeholders_and_formats_numbers() {
    let en = english();
    assert_eq!(en.selection_count(4213u64.into()), "4,213 selected");
    assert_eq!(en.selection_count_of(4212u64.into(), 4213u64.into()), "4,212 of 4,213 selected");
    assert_eq!(en.row_select("Ada <Lovelace>".into()), "Select Ada <Lovelace>");
}

#[test]
fn english_plurals_and_exact_numbers() {
    let en = english();
    assert_eq!(en.pagination_range(1u64.into(), 1u64.into(), 1u64.into()), "1–1 of 1 user");
    assert_eq!(en.pagination_range(1u64.into(), 50u64.into(), 4213u64.into()), "1–50 of 4,213 users");
    // `[0]` matches before any category.
    assert_eq!(en.filter_button(0u64.into()), "Filters");
    assert_eq!(en.filter_button(2u64.into()), "Filters · 2");
    assert_eq!(en.chip_hired_within(1u64.into()), "Hired in the last day");
    assert_eq!(en.chip_hired_within(30u64.into()), "Hired in the last 30 days");
}

#[test]
fn a_select_on_a_word_picks_its_variant_or_the_default() {
    let en = english();
    assert_eq!(en.chip_content("Fire safety".into(), "overdue".into()), "Is overdue on Fire safety");
    assert_eq!(en.chip_content("Fire safety".into(), "someday".into()), "Has not completed Fire safety");
}

#[test]
fn a_catalog_picks_the_category_its_rule_gives() {
    let text = catalog(&[(
        "selection-count",
        "\u{2}0\u{3}zero\u{4}none\u{3}one\u{4}one user\u{3}two\u{4}two users\u{3}few\u{4}\u{1}0 few\u{3}many\u{4}\u{1}0 many\u{3}*other\u{4}\u{1}0 other\u{3}7\u{4}exactly seven\u{5} selected",
    )]);
    let words = Words::compiled(text, "ar", Box::new(arabic_like)).expect("built for this catalog");
    let said = |n: u64| words.selection_count(n.into());
    assert_eq!(said(0), "none selected");
    assert_eq!(said(2), "two users selected");
    assert_eq!(said(3), "3 few selected");
    assert_eq!(said(7), "exactly seven selected");
    assert_eq!(said(12), "12 many selected");
    assert_eq!(said(4213), "4,213 other selected");
}

#[test]
fn selects_nest() {
    let text = catalog(&[(
        "selection-count-of",
        "\u{2}0\u{3}one\u{4}\u{2}1\u{3}one\u{4}A/A\u{3}*other\u{4}A/B\u{5}\u{3}*other\u{4}\u{2}1\u{3}one\u{4}B/A\u{3}*other\u{4}B/B\u{5}\u{5}!",
    )]);
    let words = Words::compiled(text, "de", Box::new(english_plural)).unwrap();
    assert_eq!(words.selection_count_of(1u64.into(), 2u64.into()), "A/B!");
    assert_eq!(words.selection_count_of(2u64.into(), 1u64.into()), "B/A!");
}

#[test]
fn a_message_the_catalog_lacks_is_english_with_english_plurals() {
    let text = catalog(&[("selection-count", "\u{1}0 ausgewählt")]);
    // A rule that never says "one": the English fallback must not use it.
    let words = Words::compiled(text, "de", Box::new(|_| "other")).unwrap();
    assert_eq!(words.selection_count(3u64.into()), "3 ausgewählt");
    assert_eq!(words.pagination_range(1u64.into(), 1u64.into(), 1u64.into()), "1–1 of 1 user");
    assert_eq!(words.table_empty(), "No users match these filters");
}

#[test]
fn a_catalog_built_for_another_version_is_refused() {
    let good = catalog(&[]);
    let other_version = good.replacen(english_fingerprint(), "0123456789abcdef", 1);
    assert!(Words::compiled(other_version, "de", Box::new(english_plural)).is_none());
    let one_short = good[..good.rfind(RECORD).unwrap()].to_owned();
    assert!(Words::compiled(one_short, "de", Box::new(english_plural)).is_none());
    assert!(Words::compiled(good, "de", Box::new(english_plural)).is_some());
}

#[test]
fn the_shipped_catalogs_load_into_this_build() {
    for (tag, text) in [
        ("de", include_str!(concat!(env!("OUT_DIR"), "/locales/de.txt"))),
        ("fr", include_str!(concat!(env!("OUT_DIR"), "/locales/fr.txt"))),
        ("es", include_str!(concat!(env!("OUT_DIR"), "/locales/es.txt"))),
        ("ar", include_str!(concat!(env!("OUT_DIR"), "/locales/ar.txt"))),
    ] {
        let words = Words::compiled(text.to_owned(), tag, Box::new(english_plural));
        let words = words.unwrap_or_else(|| panic!("{tag} was not built for this English catalog"));
        assert_ne!(words.table_empty(), english().table_empty(), "{tag} is translated");
    }
}

#[test]
fn text_in_a_right_to_left_locale_is_isolated() {
    let text = catalog(&[("row-select", "تحديد \u{1}0"), ("selection-count", "\u{1}0 محدد")]);
    let arabic = Words::compiled(text.clone(), "ar", Box::new(arabic_like)).unwrap();
    assert_eq!(arabic.row_select("Ada (HR)".into()), "تحديد \u{2068}Ada (HR)\u{2069}");
    // Numbers are not text; and a left-to-right locale's text is left as it is.
    assert_eq!(arabic.selection_count(3u64.into()), "3 محدد");
    let german = Words::compiled(text, "de", Box::new(english_plural)).unwrap();
    assert_eq!(german.row_select("Ada (HR)".into()), "تحديد Ada (HR)");
}

#[test]
fn a_locale_picks_its_catalog_by_tag_then_language() {
    assert_eq!(catalog_for("de-AT"), Some("de"));
    assert_eq!(catalog_for("DE"), Some("de"));
    assert_eq!(catalog_for("ar-EG"), Some("ar"));
    assert_eq!(catalog_for("fr-CA"), Some("fr"));
    assert_eq!(catalog_for("en-GB"), None);
    assert_eq!(catalog_for("pt-BR"), None);
    // The pseudo-locale is asked for by its whole tag only: English's other tags stay English.
    assert_eq!(catalog_for("en-XA"), Some("en-XA"));
    assert_eq!(catalog_for("en-xa"), Some("en-XA"));
}

#[test]
fn a_switch_changes_the_words_shown_then_runs_what_follows() {
    use leptos::prelude::*;
    let owner = Owner::new();
    owner.with(|| {
        let words = CurrentWords::load(Some("de-AT"));
        assert_eq!(words.shown().as_deref(), Some("de-AT"));
        let followed = RwSignal::new(0);
        // Natively no catalog is fetched: a locale's words are English with its numbers.
        words.switch(Some("pt-BR".into()), move || followed.update(|n| *n += 1));
        assert_eq!(words.shown().as_deref(), Some("pt-BR"));
        assert!(words.words().is_english());
        words.switch(None, move || followed.update(|n| *n += 1));
        assert_eq!(words.shown(), None);
        assert_eq!(followed.get_untracked(), 2);
    });
}

#[test]
fn right_to_left_languages_turn_the_root() {
    assert_eq!(direction(Some("ar")), "rtl");
    assert_eq!(direction(Some("ar-SA")), "rtl");
    assert_eq!(direction(Some("he-IL")), "rtl");
    assert_eq!(direction(Some("de-DE")), "ltr");
    assert_eq!(direction(None), "ltr");
}
