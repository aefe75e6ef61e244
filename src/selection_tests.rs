use super::*;

fn ids(range: std::ops::Range<u64>) -> Vec<UserId> {
    range.map(UserId).collect()
}

fn team(name: &str) -> Filter {
    Filter { team: vec![name.into()], ..Filter::default() }
}

#[test]
fn header_is_tri_state_and_toggles_the_page() {
    let page = ids(1..51);
    let mut s = Selection::default();
    assert_eq!(s.header_state(&page), CheckState::Unchecked);
    s.toggle(UserId(3));
    assert_eq!(s.header_state(&page), CheckState::Mixed);
    s.toggle_page(&page);
    assert_eq!(s.header_state(&page), CheckState::Checked);
    assert_eq!(s.count(), 50);
    s.toggle_page(&page);
    assert_eq!(s.header_state(&page), CheckState::Unchecked);
    assert!(s.is_empty());
}

#[test]
fn banner_only_when_the_whole_page_is_selected_and_more_match() {
    let page = ids(1..51);
    let mut s = Selection::default();
    s.set_many(&page[..49], true);
    assert_eq!(s.banner(&page, 4213), Banner::Hidden, "one row is missing");
    s.set(UserId(50), true);
    assert_eq!(s.banner(&page, 4213), Banner::OfferAll { on_page: 50, total: 4213 });
    assert_eq!(s.banner(&page, 50), Banner::Hidden, "nothing more matches");
    assert_eq!(Selection::default().banner(&[], 0), Banner::Hidden);
}

#[test]
fn all_matching_counts_exclusions() {
    let page = ids(1..51);
    let mut s = Selection::default();
    s.select_all_matching(team("sales"), 4213);
    assert_eq!(s.banner(&page, 4213), Banner::AllSelected { total: 4213 });
    s.toggle(UserId(7));
    s.toggle(UserId(9));
    assert_eq!(s.count(), 4211);
    assert_eq!(s.header_state(&page), CheckState::Mixed);
    assert_eq!(s.banner(&page, 4213), Banner::Hidden);
    let wire = s.to_wire();
    assert_eq!(
        wire,
        Wire::AllMatching {
            filter: team("sales"),
            excluded_ids: vec![UserId(7), UserId(9)],
            expected_count: 4211
        }
    );
}

#[test]
fn filter_change_clears_all_matching_but_keeps_explicit() {
    let mut s = Selection::default();
    s.select_all_matching(team("sales"), 10);
    assert!(!s.on_filter_change(&team("sales")), "the same filter keeps it");
    assert!(s.on_filter_change(&team("ops")));
    assert!(s.is_empty());

    s.set_many(&ids(1..13), true);
    assert!(!s.on_filter_change(&team("ops")));
    assert_eq!(s.count(), 12);
    s.deselect_hidden(|id| id.0 > 3);
    assert_eq!(s.count(), 9);
    assert!(!s.contains(UserId(3)) && s.contains(UserId(4)));
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    /// 40 users; the "current filter" matches the ids in `matching`. The server resolves a wire
    /// selection like this.
    fn resolve(wire: &Wire, matching: &BTreeSet<UserId>) -> BTreeSet<UserId> {
        match wire {
            Wire::Explicit { ids } => ids.iter().copied().collect(),
            Wire::AllMatching { excluded_ids, .. } => {
                matching.iter().filter(|id| !excluded_ids.contains(id)).copied().collect()
            }
        }
    }

    #[derive(Clone, Debug)]
    enum Op {
        Toggle(usize),
        /// Shift+click range or page header: rows `a..b` of the result set to one state.
        Range(usize, usize, bool),
        TogglePage(usize),
        SelectAll,
        Clear,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0usize..40).prop_map(Op::Toggle),
            2 => (0usize..40, 0usize..40, any::<bool>()).prop_map(|(a, b, s)| Op::Range(a.min(b), a.max(b), s)),
            2 => (0usize..4).prop_map(Op::TogglePage),
            1 => Just(Op::SelectAll),
            1 => Just(Op::Clear),
        ]
    }

    fn apply(s: &mut Selection, op: &Op, rows: &[UserId], filter: &Filter) {
        // Rows only ever come from the current result, so ops index into it.
        let at = |i: usize| rows[i % rows.len()];
        match *op {
            Op::Toggle(i) => s.toggle(at(i)),
            Op::Range(a, b, on) => {
                let range: Vec<_> = (a..=b).map(at).collect();
                s.set_many(&range, on);
            }
            Op::TogglePage(p) => {
                let page: Vec<_> = rows.chunks(10).nth(p % rows.len().div_ceil(10)).unwrap().to_vec();
                s.toggle_page(&page);
            }
            Op::SelectAll => s.select_all_matching(filter.clone(), rows.len() as u64),
            Op::Clear => s.clear(),
        }
    }

    fn matching() -> impl Strategy<Value = BTreeSet<UserId>> {
        proptest::collection::btree_set((0u64..200).prop_map(UserId), 1..40)
    }

    proptest! {
        /// The count shown is the number of users a job would act on.
        #[test]
        fn count_equals_what_a_job_resolves(matching in matching(), ops in proptest::collection::vec(op(), 0..30)) {
            let rows: Vec<_> = matching.iter().copied().collect();
            let filter = team("sales");
            let mut s = Selection::default();
            for op in &ops {
                apply(&mut s, op, &rows, &filter);
                let resolved = resolve(&s.to_wire(), &matching);
                prop_assert_eq!(s.count(), resolved.len() as u64);
                prop_assert_eq!(s.to_wire().expected_count(), s.count());
                for id in &rows {
                    prop_assert_eq!(s.contains(*id), resolved.contains(id));
                }
            }
        }

        /// Toggling the same row twice changes nothing.
        #[test]
        fn toggling_twice_is_identity(matching in matching(), ops in proptest::collection::vec(op(), 0..20), row in 0usize..40) {
            let rows: Vec<_> = matching.iter().copied().collect();
            let filter = team("sales");
            let mut s = Selection::default();
            for op in &ops {
                apply(&mut s, op, &rows, &filter);
            }
            let before = s.clone();
            let id = rows[row % rows.len()];
            s.toggle(id);
            prop_assert_ne!(s.contains(id), before.contains(id));
            s.toggle(id);
            prop_assert_eq!(s, before);
        }

        /// Select all matching → the whole result; unticking rows excludes exactly them; re-ticking
        /// them restores "all selected"; a new filter clears it, while an explicit selection survives.
        #[test]
        fn all_matching_and_back(matching in matching(), unticked in proptest::collection::btree_set(0usize..40, 0..10)) {
            let rows: Vec<_> = matching.iter().copied().collect();
            let total = rows.len() as u64;
            let unticked: BTreeSet<_> = unticked.into_iter().map(|i| rows[i % rows.len()]).collect();
            let mut s = Selection::default();
            s.select_all_matching(team("sales"), total);
            prop_assert_eq!(s.count(), total);
            for id in &unticked {
                s.toggle(*id);
            }
            prop_assert_eq!(s.count(), total - unticked.len() as u64);
            for id in &unticked {
                s.toggle(*id);
            }
            prop_assert_eq!(s.banner(&rows[..1], total), Banner::AllSelected { total });
            prop_assert!(s.on_filter_change(&team("ops")));
            prop_assert!(s.is_empty());

            s.set_many(&rows, true);
            prop_assert!(!s.on_filter_change(&team("hr")));
            prop_assert_eq!(s.count(), total);
        }
    }
}
