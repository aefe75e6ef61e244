//! The batch part: the action dialogs, the job view, the filter panel and saved views, loaded
//! after the first rows (docs/architecture.md, Parts). These functions are its only doors from
//! the first download; whatever only they reach is in the part's file, not in the first download.

use crate::{
    actions::{ActionDialog, ActionsMenu},
    in_part,
    jobs::{JobCenter, JobsTray},
    people::{FilterPanel, SavedViews},
    ui::Part,
};
use contract::{ActionKind, Filter, FilterOptions, ListQuery, Me};
use leptos::prelude::*;

in_part!(batch, fn fetch() -> () {});

/// Provides the part under the app's owner; nothing is fetched yet.
pub fn provide() -> Part {
    Part::provide(fetch)
}

in_part!(
    batch,
    /// The dialog of one action (Configure → Review → Run).
    pub fn action_dialog(
        kind: ActionKind,
        me: Signal<Option<Me>>,
        open: RwSignal<bool>,
        on_forbidden: Callback<()>,
    ) -> AnyView {
        expect_context::<Part>().in_app(JobCenter::ensure);
        view! { <ActionDialog kind me open on_forbidden /> }.into_any()
    }
);

in_part!(
    batch,
    /// The jobs tray, its toasts and the job dialog; starts following this admin's jobs.
    pub fn jobs_tray() -> AnyView {
        expect_context::<Part>().in_app(JobCenter::ensure);
        view! { <JobsTray /> }.into_any()
    }
);

in_part!(
    batch,
    /// The filter panel: every multi-select, content and progress, the hire date.
    pub fn filter_panel(
        filter: Memo<Filter>,
        options: Signal<FilterOptions>,
        set_filter: Callback<Filter>,
    ) -> AnyView {
        view! { <FilterPanel filter options set_filter /> }.into_any()
    }
);

in_part!(
    batch,
    /// Saved views: save, apply, rename and delete.
    pub fn saved_views(query: Memo<ListQuery>, go: Callback<ListQuery>) -> AnyView {
        view! { <SavedViews query go /> }.into_any()
    }
);

in_part!(
    batch,
    /// The Actions menu (and the dialogs its items open), in place of the first download's
    /// stand-in: `open_now` opens it once it has its actions, `focus_now` focuses its button.
    pub fn actions_menu(empty: Signal<bool>, open_now: bool, focus_now: bool) -> AnyView {
        view! { <ActionsMenu empty open_now focus_now /> }.into_any()
    }
);
