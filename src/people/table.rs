use super::state::SelectionState;
use crate::{
    filters::aria_sort,
    format,
    i18n::{words, Words},
    selection::CheckState,
    ui::dom,
};
use contract::{PeoplePage, Person, Sort, SortField, UserId};
use leptos::prelude::*;
use std::{borrow::Cow, sync::Arc};
use wasm_bindgen::{prelude::*, JsCast};
use web_sys::{
    DocumentFragment, Element, HtmlInputElement, HtmlTableRowElement, HtmlTableSectionElement, KeyboardEvent,
    MouseEvent,
};

#[wasm_bindgen(module = "/src/people/rows.js")]
extern "C" {
    /// The rows of a page from every cell's text in one string (see rows.js).
    #[wasm_bindgen(js_name = buildRows)]
    fn build_rows(text: &str, lengths: &[u32], ticked: &[u8]) -> DocumentFragment;
    /// Every checkbox under `root`, disabled or enabled in one crossing rather than 500.
    #[wasm_bindgen(js_name = disableInputs)]
    fn disable_inputs(root: &Element, disabled: bool);
    /// Shows a cut value's whole text on hover and on keyboard focus (see rows.js).
    #[wasm_bindgen(js_name = watchCut)]
    fn watch_cut(body: &Element);
}

/// One page of users as a real `<table>`; every string from the server renders as text. `sort` is
/// the current order, for `aria-sort`; `on_sort` is told which sortable header was clicked.
///
/// The rows of a page never change, only their ticks: the body is built once from clones of one
/// static row (no data is ever parsed as markup, §10; see rows.js) and inserted at once, the body's
/// two listeners serve every row, and one effect ticks or unticks just the rows whose state changed.
pub fn people_table(page: Arc<PeoplePage>, sort: Sort, on_sort: Option<Callback<SortField>>) -> Element {
    let state = expect_context::<SelectionState>();
    let selection = state.selection;
    let ids: Vec<UserId> = page.items.iter().map(|p| p.id).collect();
    // Ticks as rendered, so the effect touches only rows that change.
    let shown: Vec<bool> = selection.with_untracked(|s| ids.iter().map(|id| s.contains(*id)).collect());
    let w = words();
    let rows = body_rows(&page.items, &shown, &format::Days::current(), w);
    let (people, ids, shown) = (StoredValue::new(page), StoredValue::new(ids), StoredValue::new(shown));
    // The last row clicked without Shift: the other end of a Shift+click range.
    let anchor = StoredValue::new(None::<usize>);

    let table = dom::markup(TABLE);
    dom::set_text(&dom::find(&table, "caption"), &w.table_caption());
    let headers = table.query_selector_all("thead th").unwrap_throw();
    let header = |index: u32| -> Element { headers.item(index).unwrap_throw().unchecked_into() };
    let labels = [
        w.column_name(),
        w.column_email(),
        w.column_status(),
        w.column_role(),
        w.column_teams(),
        w.column_labels(),
        w.column_language(),
        w.column_hire_date(),
        w.column_last_active(),
    ];
    for (index, label) in (1..).zip(labels) {
        let th = header(index);
        let sorted_by = match index {
            1 => Some(SortField::Name),
            8 => Some(SortField::HireDate),
            9 => Some(SortField::LastActive),
            _ => None,
        };
        match sorted_by {
            Some(field) => {
                dom::set_attr(&th, "aria-sort", Some(aria_sort(sort, field)));
                let button = dom::find(&th, "button");
                dom::set_text(&button, &label);
                dom::on(&button, "click", move |_| {
                    if let Some(on_sort) = on_sort {
                        on_sort.run(field)
                    }
                });
            }
            None => dom::set_text(&th, &label),
        }
    }

    let click_row = move |index: usize, shift: bool| {
        let Some(id) = ids.with_value(|ids| ids.get(index).copied()) else { return };
        let on = !selection.with_untracked(|s| s.contains(id));
        let range = match anchor.get_value() {
            Some(a) if shift => a.min(index)..=a.max(index),
            _ => index..=index,
        };
        people.with_value(|page| state.set(&page.items[range], on));
        anchor.set_value(Some(index));
    };
    let body = dom::find(&table, "tbody");
    dom::on(&body, "click", move |ev| {
        let target = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(index) = target.as_ref().and_then(row_index) {
            click_row(index, ev.unchecked_ref::<MouseEvent>().shift_key());
        }
    });
    // Space on the focused row (not on its checkbox, which handles Space itself) toggles it.
    dom::on(&body, "keydown", move |ev| {
        let row = ev.target().and_then(|t| t.dyn_into::<HtmlTableRowElement>().ok());
        if let (" ", Some(row)) = (ev.unchecked_ref::<KeyboardEvent>().key().as_str(), row) {
            ev.prevent_default();
            click_row(row.section_row_index().max(0) as usize, false);
        }
    });
    fill_body(&body, rows);

    let tbody: HtmlTableSectionElement = body.clone().unchecked_into();
    dom::effect(move || {
        let rows = tbody.rows();
        selection.with(|s| {
            ids.with_value(|ids| {
                shown.update_value(|shown| {
                    for (index, (id, was)) in ids.iter().zip(shown.iter_mut()).enumerate() {
                        let on = s.contains(*id);
                        if on != *was {
                            *was = on;
                            if let Some(row) = rows.item(index as u32) {
                                tick(&row, on);
                            }
                        }
                    }
                })
            })
        });
    });

    // A stale page (a newer query is loading) takes no ticks: its rows may not be what the next
    // result shows (see `SelectionState::stale`).
    let stale = state.stale;
    // Rows are built enabled, so only a change walks them (not every new page's first run).
    let disabled = StoredValue::new(false);
    dom::effect(move || {
        let now = stale.get();
        if disabled.get_value() != now {
            disabled.set_value(now);
            disable_inputs(&body, now);
        }
    });

    let header_state = Memo::new(move |_| ids.with_value(|ids| selection.with(|s| s.header_state(ids))));
    let check = dom::find(&table, "thead input");
    dom::set_attr(&check, "aria-label", Some(&w.table_select_page()));
    dom::prop(&check, "checked", move || (header_state.get() == CheckState::Checked).into());
    dom::prop(&check, "indeterminate", move || (header_state.get() == CheckState::Mixed).into());
    dom::attr(&check, "aria-checked", move || Some(header_state.get().aria().to_owned()));
    dom::flag(&check, "disabled", move || stale.get());
    dom::on(&check, "click", move |_| {
        let on = header_state.get_untracked() != CheckState::Checked;
        people.with_value(|page| state.set(&page.items, on));
    });
    table
}

/// The table without its words and rows: the first column's checkbox, then nine columns, the
/// sortable ones (name, hire date, last active) with a button.
const TABLE: &str = concat!(
    r#"<table class="plb-table"><caption class="plb-visually-hidden"></caption><colgroup>"#,
    r#"<col class="plb-col-check"><col class="plb-col-name"><col class="plb-col-email">"#,
    r#"<col class="plb-col-status"><col class="plb-col-role"><col class="plb-col-teams">"#,
    r#"<col class="plb-col-labels"><col class="plb-col-language"><col class="plb-col-date">"#,
    r#"<col class="plb-col-date"></colgroup><thead><tr>"#,
    r#"<th scope="col" class="plb-check"><input type="checkbox"></th>"#,
    r#"<th scope="col"><button type="button" class="plb-sort"></button></th>"#,
    r#"<th scope="col"></th><th scope="col"></th><th scope="col"></th><th scope="col"></th>"#,
    r#"<th scope="col"></th><th scope="col"></th>"#,
    r#"<th scope="col"><button type="button" class="plb-sort"></button></th>"#,
    r#"<th scope="col"><button type="button" class="plb-sort"></button></th>"#,
    r#"</tr></thead><tbody></tbody></table>"#,
);

/// A directive for a table's body (`use:cut_tip`): the whole text of a cell cut by an ellipsis
/// shows on hover and keyboard focus. Assistive technology has it already: the cell's text or
/// name is whole.
pub fn cut_tip(body: Element) {
    watch_cut(&body);
}

/// The body row holding this checkbox, as an index into the page.
fn row_index(input: &HtmlInputElement) -> Option<usize> {
    let row: HtmlTableRowElement = input.closest("tbody > tr").ok()??.dyn_into().ok()?;
    usize::try_from(row.section_row_index()).ok()
}

/// A page's rows in a fragment, so the body takes them in one insertion (one restyle on a page flip).
fn body_rows(people: &[Person], ticked: &[bool], days: &format::Days, words: &Words) -> DocumentFragment {
    let mut text = String::with_capacity(people.len() * 160);
    let mut lengths = Vec::with_capacity(people.len() * PARTS);
    for person in people {
        for part in RowText::of(person, days, words).parts() {
            text.push_str(part);
            // JS slices the string in UTF-16 units.
            lengths.push(part.encode_utf16().count() as u32);
        }
    }
    let ticked: Vec<u8> = ticked.iter().map(|&on| u8::from(on)).collect();
    build_rows(&text, &lengths, &ticked)
}

/// Ticks or unticks a body row: its checkbox, and the class that highlights it.
fn tick(row: &Element, on: bool) -> Option<()> {
    let _ = row.class_list().toggle_with_force("plb-selected", on);
    row.first_element_child()?.first_element_child()?.unchecked_into::<HtmlInputElement>().set_checked(on);
    Some(())
}

/// Puts a page's rows in the body in one insertion, replacing any a previous page left there.
fn fill_body(tbody: &Element, rows: DocumentFragment) {
    tbody.replace_children_with_node_1(&rows);
    watch_cut(tbody);
}

/// Strings per row, as rows.js reads them.
const PARTS: usize = 18;

/// How wide the chips' text may be in a list's cell, in characters (about 6.5 px each at the chips'
/// 12 px, in the narrower list column), beside a "+N" or not. Chips have no box of their own to
/// cut them (a clip per chip made every tick's paint a third slower, make bench's kind of trace):
/// a longer name is shortened here, and the cell's own ellipsis catches what this misjudges.
const ROOM: usize = 12;
const ROOM_BESIDE_MORE: usize = 9;
/// A second chip's padding and gap, in the same characters.
const SECOND_CHIP: usize = 3;

/// How wide `text` is, in characters of the Latin alphabet: a wide one (CJK, Hangul, fullwidth
/// forms, most emoji) counts for two.
fn width(text: &str) -> usize {
    let wide = |c: char| {
        matches!(c, '\u{1100}'..='\u{115F}' | '\u{2E80}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}'
            | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF60}'
            | '\u{FFE0}'..='\u{FFE6}' | '\u{1F000}'..)
    };
    text.chars().map(|c| if wide(c) { 2 } else { 1 }).sum()
}

/// `text` if it is at most `room` wide, else its start and "…" in that width.
fn shortened(text: &str, room: usize) -> Cow<'_, str> {
    if width(text) <= room {
        return text.into();
    }
    let mut used = 1;
    let mut out: String = text
        .chars()
        .take_while(|c| {
            used += width(c.encode_utf8(&mut [0; 4]));
            used <= room
        })
        .collect();
    out.push('…');
    out.into()
}

/// A list (teams, labels) as its cell shows it: the first one or two as chips, "+N" for the rest,
/// the whole list as its accessible name.
#[derive(Debug, PartialEq)]
struct Tags<'a> {
    /// Every item, comma-separated; empty for no items.
    all: String,
    /// The first item, shortened to fit.
    first: Cow<'a, str>,
    /// Empty unless two chips fit.
    second: &'a str,
    /// "+N" for the items not shown as chips; empty if none.
    more: String,
}

impl<'a> Tags<'a> {
    fn of(items: &'a [String]) -> Self {
        let room = |chips: usize| if items.len() > chips { ROOM_BESIDE_MORE } else { ROOM };
        let (first, second) = match items {
            [] => ("", ""),
            [a, b, ..] if width(a) + width(b) + SECOND_CHIP <= room(2) => (a.as_str(), b.as_str()),
            [a, ..] => (a.as_str(), ""),
        };
        let shown = usize::from(!first.is_empty()) + usize::from(!second.is_empty());
        let hidden = items.len() - shown;
        Tags {
            all: items.join(", "),
            first: shortened(first, room(1)),
            second,
            more: if hidden > 0 { format!("+{hidden}") } else { String::new() },
        }
    }
}

/// What one body row shows, every value plain text.
#[derive(Debug, PartialEq)]
struct RowText<'a> {
    /// The checkbox's accessible name.
    label: String,
    initials: String,
    name: &'a str,
    email: &'a str,
    status_class: String,
    status: String,
    role: String,
    teams: Tags<'a>,
    labels: Tags<'a>,
    /// Language, hire date, last active.
    cells: [Cow<'a, str>; 3],
}

impl<'a> RowText<'a> {
    /// Every string of the row in the order rows.js fills them in.
    fn parts(&self) -> [&str; PARTS] {
        let [language, hired, active] = &self.cells;
        let (t, l) = (&self.teams, &self.labels);
        [
            &self.label,
            &self.initials,
            self.name,
            self.email,
            &self.status_class,
            &self.status,
            &self.role,
            &t.all,
            &t.first,
            t.second,
            &t.more,
            &l.all,
            &l.first,
            l.second,
            &l.more,
            language,
            hired,
            active,
        ]
    }

    fn of(p: &'a Person, days: &format::Days, words: &Words) -> Self {
        let last_active =
            p.last_active.as_deref().map_or_else(|| words.row_never_active().into(), |t| days.day(t));
        RowText {
            label: words.row_select((&p.name).into()),
            initials: format::initials(&p.name),
            name: &p.name,
            email: &p.email,
            status_class: format!("plb-status plb-status-{}", p.status.as_str()),
            status: words.status(p.status),
            role: words.role(p.role),
            teams: Tags::of(&p.teams),
            labels: Tags::of(&p.labels),
            cells: [p.language.as_str().into(), days.day(&p.hire_date), last_active],
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
    fn a_row_shows_every_column_as_plain_text() {
        let p = person("Ada <Lovelace>");
        let text = RowText::of(&p, &format::Days::current(), crate::i18n::english());
        assert_eq!(text.label, "Select Ada <Lovelace>");
        assert_eq!(text.initials, "AL");
        assert_eq!((text.name, text.email), ("Ada <Lovelace>", "a&b@example.com"));
        assert_eq!(
            (text.status_class.as_str(), text.status.as_str()),
            ("plb-status plb-status-invited", "Invitation pending")
        );
        assert_eq!(text.role, "HR");
        assert_eq!(
            text.teams,
            Tags { all: "Sales, R&D".into(), first: "Sales".into(), second: "R&D", more: "".into() }
        );
        assert_eq!(text.labels, Tags { all: "".into(), first: "".into(), second: "", more: "".into() });
        assert_eq!(text.cells, ["en", "2024-01-02", "2026-06-19"].map(Cow::from));
    }

    #[test]
    fn a_user_who_never_signed_in_says_so() {
        let mut p = person("X");
        p.last_active = None;
        assert_eq!(RowText::of(&p, &format::Days::current(), crate::i18n::english()).cells[2], "Never");
    }

    fn tags(items: &[&str]) -> (String, String, String, String) {
        let items: Vec<String> = items.iter().map(|s| (*s).to_owned()).collect();
        let t = Tags::of(&items);
        (t.all, t.first.into_owned(), t.second.to_owned(), t.more)
    }

    #[test]
    fn lists_show_one_or_two_chips_and_count_the_rest() {
        let s = |v: &str| v.to_owned();
        assert_eq!(tags(&["Sales EMEA"]), (s("Sales EMEA"), s("Sales EMEA"), s(""), s("")));
        assert_eq!(tags(&["HR", "Sales"]), (s("HR, Sales"), s("HR"), s("Sales"), s("")));
        assert_eq!(tags(&["HR", "Sales", "Legal"]), (s("HR, Sales, Legal"), s("HR"), s(""), s("+2")));
        assert_eq!(tags(&["Mentor", "Remote"]), (s("Mentor, Remote"), s("Mentor"), s(""), s("+1")));
        // A name longer than the room is shortened, with less room beside a "+N".
        assert_eq!(tags(&["People manager"]), (s("People manager"), s("People mana…"), s(""), s("")));
        assert_eq!(
            tags(&["Engineering – Platform", "Sales EMEA", "Design"]),
            (s("Engineering – Platform, Sales EMEA, Design"), s("Engineer…"), s(""), s("+2"))
        );
        // Wide characters take the room of two.
        assert_eq!(
            tags(&["研究開発センター本部"]),
            (s("研究開発センター本部"), s("研究開発セ…"), s(""), s(""))
        );
    }

    #[test]
    fn a_shortened_name_fits_its_room() {
        assert_eq!(shortened("Mentor", 9), "Mentor");
        assert_eq!(shortened("Fire warden", 9), "Fire war…");
        assert_eq!(width(&shortened("Fire warden", 9)), 9);
        assert_eq!(shortened("🦀🦀🦀🦀🦀🦀", 9), "🦀🦀🦀🦀…");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Whatever the list, every item is in the cell's name, and the chips and "+N" account
        /// for each item once.
        #[test]
        fn chips_and_count_cover_the_list(items in proptest::collection::vec("[a-zA-Zé ]{1,30}", 0..6)) {
            let t = Tags::of(&items);
            proptest::prop_assert_eq!(&t.all, &items.join(", "));
            let shown = [&*t.first, t.second].iter().filter(|c| !c.is_empty()).count();
            let more: usize = t.more.strip_prefix('+').map_or(0, |n| n.parse().unwrap());
            proptest::prop_assert_eq!(shown + more, items.len());
            // The first chip is the first item, or its start and "…", never wider than the room.
            proptest::prop_assert!(items.is_empty() || items[0].starts_with(t.first.trim_end_matches('…')));
            proptest::prop_assert!(width(&t.first) <= ROOM);
            proptest::prop_assert!(more == 0 || !t.more.is_empty());
        }
    }
}
