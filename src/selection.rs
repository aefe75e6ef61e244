//! The selection model of §4 as a plain value: which users the admin has picked.
//!
//! No Leptos here. The widget keeps one `Selection` in a signal; rows derive their checkbox from
//! [`Selection::contains`], the header from [`Selection::header_state`], the banner from
//! [`Selection::banner`]. An all-matching selection never lists every matching id: it holds the
//! filter, the ids the admin unticked, and the total the server reported when it was chosen.

use contract::{selection::Selection as Wire, Filter, UserId};
use std::collections::BTreeSet;

/// Which users are selected. `BTreeSet` keeps the wire order stable; `len()` is O(1), so counts are
/// always cached.
#[derive(Clone, Debug, PartialEq, Eq)]
// One value per screen, never stored in bulk: boxing the filter would only add indirection.
#[allow(clippy::large_enum_variant)]
pub enum Selection {
    /// Exactly these users, possibly from several pages and earlier filters.
    Explicit(BTreeSet<UserId>),
    /// Every user matching `filter`, minus `excluded`.
    AllMatching { filter: Filter, excluded: BTreeSet<UserId>, total_when_chosen: u64 },
}

impl Default for Selection {
    fn default() -> Self {
        Selection::Explicit(BTreeSet::new())
    }
}

/// The header checkbox for one page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckState {
    Unchecked,
    Mixed,
    Checked,
}

impl CheckState {
    /// The `aria-checked` value.
    pub fn aria(self) -> &'static str {
        match self {
            CheckState::Unchecked => "false",
            CheckState::Mixed => "mixed",
            CheckState::Checked => "true",
        }
    }
}

/// The cross-page banner above the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Banner {
    Hidden,
    /// The whole page is selected and more users match: offer all of them.
    OfferAll {
        on_page: usize,
        total: u64,
    },
    /// Every matching user is selected, none excluded.
    AllSelected {
        total: u64,
    },
}

impl Selection {
    /// The number of users a job on this selection acts on. O(1).
    pub fn count(&self) -> u64 {
        match self {
            Selection::Explicit(ids) => ids.len() as u64,
            Selection::AllMatching { excluded, total_when_chosen, .. } => {
                total_when_chosen.saturating_sub(excluded.len() as u64)
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// Whether the row of `id` is ticked. In all-matching mode every row the table shows matches
    /// the selection's filter (the selection is cleared when the filter changes), so only the
    /// exclusions are unticked.
    pub fn contains(&self, id: UserId) -> bool {
        match self {
            Selection::Explicit(ids) => ids.contains(&id),
            Selection::AllMatching { excluded, .. } => !excluded.contains(&id),
        }
    }

    /// Ticks or unticks one row.
    pub fn set(&mut self, id: UserId, selected: bool) {
        match self {
            Selection::Explicit(ids) if selected => ids.insert(id),
            Selection::Explicit(ids) => ids.remove(&id),
            Selection::AllMatching { excluded, .. } if selected => excluded.remove(&id),
            Selection::AllMatching { excluded, .. } => excluded.insert(id),
        };
    }

    pub fn toggle(&mut self, id: UserId) {
        self.set(id, !self.contains(id));
    }

    /// Ticks or unticks several rows (a page, a Shift+click range).
    pub fn set_many(&mut self, ids: &[UserId], selected: bool) {
        for id in ids {
            self.set(*id, selected);
        }
    }

    /// The header checkbox for the rows of one page.
    pub fn header_state(&self, page: &[UserId]) -> CheckState {
        let ticked = page.iter().filter(|id| self.contains(**id)).count();
        match ticked {
            0 => CheckState::Unchecked,
            n if n == page.len() => CheckState::Checked,
            _ => CheckState::Mixed,
        }
    }

    /// The header checkbox was clicked: select the whole page unless it already is, then deselect it.
    pub fn toggle_page(&mut self, page: &[UserId]) {
        let select = self.header_state(page) != CheckState::Checked;
        self.set_many(page, select);
    }

    /// What the banner says for a page of `page` ids out of `total` matching users.
    pub fn banner(&self, page: &[UserId], total: u64) -> Banner {
        match self {
            Selection::AllMatching { excluded, total_when_chosen, .. } if excluded.is_empty() => {
                Banner::AllSelected { total: *total_when_chosen }
            }
            Selection::AllMatching { .. } => Banner::Hidden,
            Selection::Explicit(_) => {
                let whole_page = !page.is_empty() && self.header_state(page) == CheckState::Checked;
                if whole_page && total > page.len() as u64 {
                    Banner::OfferAll { on_page: page.len(), total }
                } else {
                    Banner::Hidden
                }
            }
        }
    }

    /// "Select all 4,213 users that match these filters".
    pub fn select_all_matching(&mut self, filter: Filter, total: u64) {
        *self = Selection::AllMatching { filter, excluded: BTreeSet::new(), total_when_chosen: total };
    }

    pub fn clear(&mut self) {
        *self = Selection::default();
    }

    /// The filters changed to `filter` (§4). An all-matching selection belonged to the old filter and
    /// is cleared: returns `true` so the widget can say so. An explicit selection is kept.
    pub fn on_filter_change(&mut self, filter: &Filter) -> bool {
        match self {
            Selection::AllMatching { filter: chosen, .. } if chosen != filter => {
                self.clear();
                true
            }
            _ => false,
        }
    }

    /// "Deselect hidden": keep only the selected users the current filters show.
    pub fn deselect_hidden(&mut self, shown: impl Fn(UserId) -> bool) {
        if let Selection::Explicit(ids) = self {
            ids.retain(|id| shown(*id));
        }
    }

    /// The ids of an explicit selection (for looking up the rows the widget has seen).
    pub fn explicit_ids(&self) -> Option<&BTreeSet<UserId>> {
        match self {
            Selection::Explicit(ids) => Some(ids),
            Selection::AllMatching { .. } => None,
        }
    }

    /// The wire form a batch job takes: its size is independent of the matching total.
    pub fn to_wire(&self) -> Wire {
        match self {
            Selection::Explicit(ids) => Wire::Explicit { ids: ids.iter().copied().collect() },
            Selection::AllMatching { filter, excluded, .. } => Wire::AllMatching {
                filter: filter.clone(),
                excluded_ids: excluded.iter().copied().collect(),
                expected_count: self.count(),
            },
        }
    }
}

#[cfg(test)]
#[path = "selection_tests.rs"]
mod tests;
