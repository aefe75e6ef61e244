use super::*;

const EN: &str = "\
# Comments are kept out.
selection-count = { $count } selected
selection-of = { $total }: { $count } selected
users = { $count ->
    [one] { $count } user
   *[other] { $count } users
}
";

fn english() -> English {
    compile_english("en.ftl", EN).expect("the English test catalog compiles")
}

fn errors_of(tag: &str, src: &str) -> Vec<String> {
    compile_locale(&english(), tag, "de.ftl", src).expect_err("refused")
}

#[test]
fn english_keeps_its_order_its_variables_and_its_selects() {
    let en = english();
    let ids: Vec<&str> = en.messages.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["selection-count", "selection-of", "users"]);
    assert_eq!(en.messages[1].vars, ["count", "total"]);
    // Alphabetical, whatever their order of use.
    assert_eq!(en.messages[1].pattern, "\u{1}1: \u{1}0 selected");
    assert_eq!(en.messages[2].pattern, "\u{2}0\u{3}one\u{4}\u{1}0 user\u{3}*other\u{4}\u{1}0 users\u{5}");
}

#[test]
fn a_translation_is_a_file_in_english_order_with_gaps_for_what_it_lacks() {
    let de = compile_locale(&english(), "de", "de.ftl", "users = { $count ->\n [one] ein Benutzer\n *[other] { $count } Benutzer\n}\nselection-count = { $count } ausgewählt\n").unwrap();
    assert_eq!(de.missing, ["selection-of"]);
    let records: Vec<&str> = de.file.split(RECORD).collect();
    assert_eq!(records[0], english().fingerprint());
    assert_eq!(
        &records[1..],
        ["\u{1}0 ausgewählt", "", "\u{2}0\u{3}one\u{4}ein Benutzer\u{3}*other\u{4}\u{1}0 Benutzer\u{5}"]
    );
}

#[test]
fn a_syntax_error_is_refused_with_its_line() {
    let errors =
        errors_of("de", "selection-count = { $count } ausgewählt\nusers = { $count ->\n [one] eins\n}\n");
    assert!(errors.iter().any(|e| e.starts_with("de.ftl:2: syntax error")), "{errors:?}");
}

#[test]
fn an_unknown_message_id_is_refused() {
    let errors = errors_of("de", "selection-count = { $count } ausgewählt\nselection-cont = Tippfehler\n");
    assert_eq!(errors, ["de.ftl:2: selection-cont: unknown message id (not in the en catalog)"]);
}

#[test]
fn a_variable_the_english_message_lacks_is_refused() {
    let errors = errors_of("de", "selection-count = { $anzahl } ausgewählt\n");
    assert_eq!(
        errors,
        ["de.ftl:1: selection-count: variable $anzahl is not in the en message (its variables: $count)"]
    );
}

#[test]
fn a_plural_select_must_name_every_category_of_its_language() {
    let errors = errors_of("ar", "users = { $count ->\n [one] مستخدم واحد\n *[other] { $count } مستخدم\n}\n");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("missing: zero, two, few, many"), "{errors:?}");
    // A select on words is not a plural one.
    let en = compile_english("en.ftl", "p = { $state ->\n [done] Done\n *[other] Open\n}\n");
    assert!(en.is_ok());
}

#[test]
fn what_the_widget_cannot_format_is_refused_by_name() {
    for (src, reason) in [
        ("selection-count = { NUMBER($count) } ausgewählt\n", "NUMBER() is not supported"),
        ("selection-count = { users } ausgewählt\n", "references to other messages"),
        ("selection-count = x\n    .title = y\n", "attributes are not supported"),
    ] {
        let errors = errors_of("de", src);
        assert!(errors.iter().any(|e| e.contains(reason)), "{src}: {errors:?}");
    }
}

#[test]
fn the_generated_module_has_a_method_per_message_with_its_variables() {
    let rust = english().rust(&["de".into()], false);
    assert!(rust.contains("pub fn selection_of(&self, count: Arg<'_>, total: Arg<'_>) -> String {\n        self.format(1, &[count, total])"), "{rust}");
    assert!(rust.contains("pub const LOCALES: [&str; 1] = [\"de\"];"), "{rust}");
}

#[test]
fn a_split_build_keeps_the_first_screens_english_in_the_wasm_and_the_rest_in_en_txt() {
    let files = [
        ("locales/en/actions.ftl".to_owned(), "run = Run\n".to_owned()),
        ("locales/en/people-log.ftl".to_owned(), "search = Search { $n }\n".to_owned()),
    ];
    let en = compile_english_files(&files).unwrap();
    let fingerprint = en.fingerprint();
    let in_wasm = |split| {
        let rust = en.rust(&[], split);
        let start = rust.find("ENGLISH: &str = ").unwrap() + "ENGLISH: &str = ".len();
        rust[start..].lines().next().unwrap().trim_end_matches(';').to_owned()
    };
    assert_eq!(in_wasm(false), format!("{:?}", format!("{fingerprint}\u{1e}Run\u{1e}Search \u{1}0")));
    assert_eq!(in_wasm(true), format!("{:?}", format!("{fingerprint}\u{1e}\u{1e}Search \u{1}0")));
    assert_eq!(en.later_file(), format!("{fingerprint}\u{1e}Run\u{1e}"));
}

/// The shipped catalogs: every one parses, uses only English's ids and variables, names its
/// language's plural categories, and (for the screens moved so far) lacks no message.
#[test]
fn the_shipped_catalogs_are_complete() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let compiled = compile_dir(&dir).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let tags: Vec<&str> = compiled.locales.iter().map(|l| l.tag.as_str()).collect();
    assert_eq!(tags, ["ar", "de", "es", "fr"]);
    for locale in &compiled.locales {
        assert!(locale.missing.is_empty(), "{} lacks {:?}", locale.tag, locale.missing);
    }
}

#[test]
fn pseudo_accents_pads_and_brackets_text_but_keeps_variables_and_keys() {
    let english = compile_english(
        "en.ftl",
        "select-all = Select all { $count ->\n    [one] { $count } user\n   *[other] { $count } users\n}\nok = OK\n",
    )
    .unwrap();
    let select_all = pseudo_pattern(&english.messages[0].pattern);
    assert!(select_all.starts_with("[Šéļéçţ åļļ "), "{select_all:?}");
    // 40% of its letters (both variants counted): longer, as German is.
    assert!(select_all.ends_with(" ········]"), "{select_all:?}");
    // The select's keys and the variable are English's, so the widget formats it the same way.
    let markers =
        |p: &str| p.replace(|c: char| !matches!(c, VAR | SELECT | VARIANT | BODY | END | '0' | '*'), "");
    assert_eq!(markers(&select_all), markers(&english.messages[0].pattern));
    assert!(select_all.contains(&format!("{VARIANT}one{BODY}")), "{select_all:?}");
    assert!(select_all.contains(&format!("{VARIANT}*other{BODY}")), "{select_all:?}");
    assert_eq!(pseudo_pattern(&english.messages[1].pattern), "[ÖĶ ·]");
}

#[test]
fn the_pseudo_file_is_built_for_this_english_catalog() {
    let english = compile_english("en.ftl", "a = One\nb = Two { $n }\n").unwrap();
    let file = pseudo(&english);
    assert!(file.starts_with(&english.fingerprint()));
    assert_eq!(file.matches(RECORD).count(), english.messages.len());
}
