use crate::{
    api::{spawn_request, ApiClient, ApiError, Superseding},
    embed::{HostEvents, SelectionDetail, SELECTION_CHANGE},
    selection::Selection,
    ui::dom,
};
use contract::{Filter, FilterOptions, Person, UserId};
use leptos::prelude::*;
use std::{
    collections::{BTreeSet, HashMap},
    sync::Arc,
};

/// The selection and what the widget knows about the selected users, shared by the table, banner
/// and selection bar. `Copy`, provided once per screen.
#[derive(Clone, Copy)]
pub struct SelectionState {
    pub selection: RwSignal<Selection>,
    /// The filters the table shows now.
    pub filter: Signal<Filter>,
    /// Filter choices, for naming (empty until loaded).
    pub options: Signal<FilterOptions>,
    /// The rows on screen answer an older query than the URL's (a newer one is loading): their
    /// selection controls are inert, so nothing is chosen for a result the admin no longer asked for.
    pub stale: Signal<bool>,
    /// The last filter each explicitly selected user was seen under (ticked, or listed on the
    /// table's page): such a user needs no asking under that filter.
    seen: StoredValue<HashMap<UserId, Arc<Filter>>>,
    /// The server's word on which selected users a filter matches (`POST /people/matching`).
    answer: RwSignal<Option<Known>>,
    /// A filter whose every matching user is to be selected once its first page is shown ("Show
    /// and select all" of the list dialog, §12): only then is the total known.
    select_all_on: StoredValue<Option<Filter>>,
}

impl SelectionState {
    /// Also starts asking the server, under the current owner, which selected users the current
    /// filters hide. Without an `ApiClient` in context (component tests) nobody asks, and users not
    /// seen under a non-empty filter stay pending.
    pub fn new(filter: Signal<Filter>, options: Signal<FilterOptions>, stale: Signal<bool>) -> Self {
        let state = SelectionState {
            selection: RwSignal::new(Selection::default()),
            filter,
            options,
            stale,
            seen: StoredValue::new(HashMap::new()),
            answer: RwSignal::new(None),
            select_all_on: StoredValue::new(None),
        };
        state.ask_the_server();
        state.tell_the_host();
        state
    }

    /// `people-log:selection-change` whenever the count or the mode changes (not on mount).
    fn tell_the_host(self) {
        let events = HostEvents::current();
        let mut previous = None::<SelectionDetail>;
        dom::effect(move || {
            let detail = self.selection.with(|s| SelectionDetail::from(s));
            if previous.as_ref().is_some_and(|p| *p != detail) {
                events.emit(SELECTION_CHANGE, &detail.to_js());
            }
            previous = Some(detail);
        });
    }

    /// Ticks or unticks these rows; rows being ticked are remembered for "not shown". Ignored on
    /// stale rows: they would be recorded as seen under a filter that may not show them.
    pub fn set(&self, people: &[Person], on: bool) {
        if self.stale.get_untracked() {
            return;
        }
        if on {
            let filter = Arc::new(self.filter.get_untracked());
            self.seen.update_value(|seen| {
                for p in people {
                    seen.insert(p.id, filter.clone());
                }
            });
        }
        let ids: Vec<UserId> = people.iter().map(|p| p.id).collect();
        self.selection.update(|s| s.set_many(&ids, on));
    }

    /// "Select all N users that match these filters", for the filter of the page shown; ignored on
    /// a stale page, whose filter is no longer the URL's.
    pub fn select_all_matching(&self, filter: Filter, total: u64) {
        if !self.stale.get_untracked() {
            self.selection.update(|s| s.select_all_matching(filter, total));
        }
    }

    pub fn clear(&self) {
        self.selection.update(Selection::clear);
        self.seen.update_value(HashMap::clear);
    }

    /// Selects every user matching `filter` once a page of it is shown (see `show_page`).
    pub fn select_all_when_shown(&self, filter: Filter) {
        self.select_all_on.set_value(Some(filter));
    }

    /// The table lists these ids under `filter`, of `total` matching: the selected ones among them
    /// are shown, and a select-all waiting for this filter happens once the page is current. A page
    /// shown again while the next loads (a finished job refreshes the rows) leaves it waiting; once
    /// the URL's filter is another, it is dropped: the admin has moved on.
    pub fn show_page(&self, filter: &Filter, ids: &[UserId], total: u64) {
        if let Some(waiting) = self.select_all_on.get_value() {
            if waiting == *filter && !self.stale.get_untracked() {
                self.select_all_on.set_value(None);
                self.select_all_matching(waiting, total);
            } else if waiting != self.filter.get_untracked() {
                self.select_all_on.set_value(None);
            }
        }
        let filter = Arc::new(filter.clone());
        self.seen.update_value(|seen| {
            for id in ids {
                if let Some(under) = seen.get_mut(id) {
                    *under = filter.clone();
                }
            }
        });
    }

    /// How many selected users the current filters are known to hide (reactive); `None` while the
    /// server's answer is pending. When the server could not answer, nobody counts as hidden: the
    /// widget never guesses, and "Deselect hidden" never drops a user on a guess.
    pub fn not_shown(self) -> Option<u64> {
        let (hidden, pending) = self.hidden();
        (!pending).then_some(hidden.len() as u64)
    }

    /// "Deselect hidden": the users the current filters are known to hide (pending ones stay).
    pub fn deselect_hidden(self) {
        let (hidden, _) = self.hidden();
        self.selection.update(|sel| sel.deselect_hidden(|id| hidden.binary_search(&id).is_err()));
    }

    /// The selected users the current filters are known to hide (in id order), and whether the
    /// verdict on any other is still pending. Not generic: one copy serves the count and the button.
    fn hidden(self) -> (Vec<UserId>, bool) {
        let (mut hidden, mut pending) = (Vec::new(), false);
        let (filter, known, sel) = (self.filter.read(), self.answer.read(), self.selection.read());
        self.seen.with_value(|seen| {
            for id in sel.explicit_ids().into_iter().flatten() {
                let here = seen.get(id).is_some_and(|under| **under == *filter);
                match verdict(*id, &filter, here, known.as_ref()) {
                    Some(true) => {}
                    Some(false) => hidden.push(*id),
                    None => pending = true,
                }
            }
        });
        (hidden, pending)
    }

    /// Whenever the filter or the selection changes and some selected users were not seen under
    /// this filter, asks `POST /people/matching` about them. A newer question aborts the one
    /// before; an answer is kept only while its question is current, and never after the owner
    /// is gone.
    fn ask_the_server(self) {
        let (Some(api), Some(owner)) = (use_context::<ApiClient>(), Owner::current()) else { return };
        let requests = Superseding::owned();
        dom::effect(move || {
            let filter = self.filter.get();
            let ask = self.selection.with(|sel| {
                self.seen.with_value(|seen| {
                    let seen_here = |id| seen.get(&id).is_some_and(|under| **under == filter);
                    sel.explicit_ids().map(|ids| to_ask(ids, &filter, seen_here)).unwrap_or_default()
                })
            });
            let covered = self.answer.with_untracked(|k| k.as_ref().is_some_and(|k| k.covers(&filter, &ask)));
            if ask.is_empty() || covered {
                return;
            }
            let request = api.matching(&filter, &ask, requests.next().as_ref());
            let question = self.answer.with_untracked(|k| k.as_ref().map_or(0, |k| k.question + 1));
            self.answer.set(Some(Known { question, filter, asked: ask, answer: Answer::Pending }));
            owner.with(|| {
                spawn_request(request, move |r| {
                    let answer = match r {
                        // A set for lookups, whatever order the server answered in (the
                        // selection's own set code, where sorting would bring a sort of its own).
                        Ok(ids) => Answer::Matching(ids.into_iter().fold(BTreeSet::new(), |mut set, id| {
                            set.insert(id);
                            set
                        })),
                        // Superseded: the newer question has replaced this one.
                        Err(ApiError::Aborted) => return,
                        Err(_) => Answer::Failed,
                    };
                    self.answer.try_update(|k| match k {
                        Some(k) if k.question == question => k.answer = answer,
                        _ => {}
                    });
                })
            });
        });
    }
}

/// What the widget knows about which of some users a filter matches.
#[derive(Debug)]
pub struct Known {
    /// Which question this answers (they are numbered), so a late answer never lands on a newer one.
    pub question: u32,
    pub filter: Filter,
    /// The ids asked about, in id order.
    pub asked: Vec<UserId>,
    pub answer: Answer,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    /// The question is in flight.
    Pending,
    /// The ids of `asked` that match.
    Matching(BTreeSet<UserId>),
    /// The server could not answer (down, or an answer the widget refused): nobody is known hidden.
    Failed,
}

impl Known {
    /// Whether this is about `filter` and every one of `ids`.
    pub fn covers(&self, filter: &Filter, ids: &[UserId]) -> bool {
        self.filter == *filter && ids.iter().all(|id| self.asked.binary_search(id).is_ok())
    }
}

/// The selected ids whose place under `filter` only the server can tell, in id order: none for
/// the empty filter (it matches everyone), none that `seen` vouches for (seen under this filter).
pub fn to_ask(selected: &BTreeSet<UserId>, filter: &Filter, seen: impl Fn(UserId) -> bool) -> Vec<UserId> {
    if filter.is_empty() {
        return Vec::new();
    }
    selected.iter().copied().filter(|id| !seen(*id)).collect()
}

/// Whether `filter` shows a selected user, as far as it is known: `None` while the answer about them
/// is pending; `true` when the server could not answer (not known to be hidden).
pub fn verdict(id: UserId, filter: &Filter, seen: bool, known: Option<&Known>) -> Option<bool> {
    if filter.is_empty() || seen {
        return Some(true);
    }
    match known.filter(|k| k.covers(filter, &[id])).map(|k| &k.answer) {
        Some(Answer::Matching(matching)) => Some(matching.contains(&id)),
        Some(Answer::Failed) => Some(true),
        Some(Answer::Pending) | None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::Status;

    fn ids(v: &[u64]) -> Vec<UserId> {
        v.iter().map(|i| UserId(*i)).collect()
    }

    fn active() -> Filter {
        Filter { status: vec![Status::Active], ..Filter::default() }
    }

    fn known(filter: Filter, asked: &[u64], answer: Answer) -> Known {
        Known { question: 1, filter, asked: ids(asked), answer }
    }

    #[test]
    fn asks_about_the_selected_users_nothing_vouches_for() {
        let selected: BTreeSet<UserId> = ids(&[3, 1, 2]).into_iter().collect();
        assert_eq!(to_ask(&selected, &Filter::default(), |_| false), vec![]);
        assert_eq!(to_ask(&selected, &active(), |id| id == UserId(2)), ids(&[1, 3]));
        assert_eq!(to_ask(&selected, &active(), |_| true), vec![]);
    }

    #[test]
    fn a_question_covers_its_filter_and_ids() {
        let k = known(active(), &[1, 4, 9], Answer::Pending);
        assert!(k.covers(&active(), &ids(&[1, 9])));
        assert!(!k.covers(&active(), &ids(&[1, 5])));
        assert!(!k.covers(&Filter::default(), &ids(&[1])));
    }

    #[test]
    fn the_answer_for_this_filter_decides() {
        let k = known(active(), &[1, 2], Answer::Matching(ids(&[2]).into_iter().collect()));
        let v = |id, seen| verdict(UserId(id), &active(), seen, Some(&k));
        assert_eq!((v(1, false), v(2, false), v(1, true)), (Some(false), Some(true), Some(true)));
        // Not asked yet, still pending, or asked under another filter: no verdict yet.
        assert_eq!(v(3, false), None);
        let pending = known(active(), &[1], Answer::Pending);
        assert_eq!(verdict(UserId(1), &active(), false, Some(&pending)), None);
        let other = known(Filter::default(), &[1], Answer::Matching(BTreeSet::new()));
        assert_eq!(verdict(UserId(1), &active(), false, Some(&other)), None);
        assert_eq!(verdict(UserId(1), &active(), false, None), None);
        assert_eq!(verdict(UserId(1), &Filter::default(), false, None), Some(true));
    }

    #[test]
    fn without_an_answer_nobody_is_called_hidden() {
        let k = known(active(), &[1, 2], Answer::Failed);
        assert_eq!(verdict(UserId(1), &active(), false, Some(&k)), Some(true));
        assert_eq!(verdict(UserId(3), &active(), false, Some(&k)), None, "not asked: still pending");
    }
}
