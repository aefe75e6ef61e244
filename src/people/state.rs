use crate::{filters, selection::Selection};
use contract::{Filter, FilterOptions, Person, UserId};
use leptos::prelude::*;
use std::{collections::HashMap, sync::Arc};

/// The selection and what the widget knows about the selected users, shared by the table, banner
/// and selection bar. `Copy`, provided once per screen.
#[derive(Clone, Copy)]
pub struct SelectionState {
    pub selection: RwSignal<Selection>,
    /// The filters the table shows now.
    pub filter: Signal<Filter>,
    /// Filter choices, for naming and for judging rows (empty until loaded).
    pub options: Signal<FilterOptions>,
    /// Every explicitly selected user's row as it was seen, with the filter it was seen under: the
    /// API has no "which of these ids match" query, so "N not shown" is judged from these.
    seen: StoredValue<HashMap<UserId, (Person, Arc<Filter>)>>,
}

impl SelectionState {
    pub fn new(filter: Signal<Filter>, options: Signal<FilterOptions>) -> Self {
        SelectionState {
            selection: RwSignal::new(Selection::default()),
            filter,
            options,
            seen: StoredValue::new(HashMap::new()),
        }
    }

    /// Ticks or unticks these rows; rows being ticked are remembered for "not shown".
    pub fn set(&self, people: &[Person], on: bool) {
        if on {
            let filter = Arc::new(self.filter.get_untracked());
            self.seen.update_value(|seen| {
                for p in people {
                    seen.insert(p.id, (p.clone(), filter.clone()));
                }
            });
        }
        let ids: Vec<UserId> = people.iter().map(|p| p.id).collect();
        self.selection.update(|s| s.set_many(&ids, on));
    }

    pub fn clear(&self) {
        self.selection.update(Selection::clear);
        self.seen.update_value(HashMap::clear);
    }

    /// How many selected users the current filters hide (reactive).
    pub fn not_shown(self) -> u64 {
        self.with_shown(|s, shown| s.selection.with(|sel| sel.not_shown(shown)))
    }

    /// "Deselect hidden".
    pub fn deselect_hidden(self) {
        self.with_shown(|s, shown| s.selection.update(|sel| sel.deselect_hidden(shown)));
    }

    fn with_shown<R>(self, f: impl FnOnce(Self, &dyn Fn(UserId) -> bool) -> R) -> R {
        let today = today();
        self.filter.with(|filter| {
            self.options.with(|options| {
                self.seen.with_value(|seen| f(self, &|id| shown(seen.get(&id), filter, options, today)))
            })
        })
    }
}

/// Whether a selected user matches the current filters, as far as the widget can tell: seen under
/// these very filters, or judged so from their row. Unknown counts as not shown, so the admin is
/// told rather than surprised.
fn shown(seen: Option<&(Person, Arc<Filter>)>, filter: &Filter, options: &FilterOptions, today: i64) -> bool {
    match seen {
        Some((person, under)) => {
            **under == *filter || filters::row_matches(filter, person, options, today) == Some(true)
        }
        None => filter.is_empty(),
    }
}

/// Today as a day number, from the browser's clock (UTC).
pub fn today() -> i64 {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    filters::day_number(iso.get(..10).unwrap_or_default()).unwrap_or_default()
}
