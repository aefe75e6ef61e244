//! The batch part: the Actions menu and dialogs, the job view, the filter panel, saved views, the
//! list dialog and the history, loaded after the first rows (docs/architecture.md, Parts). [`open`]
//! is its one door from the
//! first download: whatever only it reaches is in the part's file, not in the first download.

use crate::{
    actions::{ActionDialog, ActionsMenu, HistoryButton},
    history::History,
    in_part,
    jobs::{JobCenter, JobsTray},
    lists::{ListDialog, ListNames},
    people::{DensityChoice, FilterPanel, SavedViews},
    ui::{stylesheet, OpenDialogs, Part, PartFuture},
};
use contract::{ActionKind, Filter, FilterOptions, ListQuery, Me};
use leptos::prelude::*;

/// What the first download asks the part to build, with what it needs.
pub enum Door {
    /// Nothing to show: the part's file is fetched and its CSS joins the widget's sheet.
    Load,
    /// The Actions menu (and the dialogs its items open), in place of the first download's
    /// stand-in: `open_now` opens it once it has its actions, `focus_now` focuses its button.
    ActionsMenu { empty: Signal<bool>, open_now: bool, focus_now: bool },
    /// The dialog of one action (Configure → Review → Run).
    ActionDialog {
        kind: ActionKind,
        me: Signal<Option<Me>>,
        open: RwSignal<bool>,
        on_forbidden: Callback<()>,
    },
    /// The jobs tray, its toasts and the job dialog; starts following this admin's jobs.
    JobsTray,
    /// The filter panel: every multi-select, content and progress, the hire date.
    FilterPanel { filter: Memo<Filter>, options: Signal<FilterOptions>, set_filter: Callback<Filter> },
    /// Saved views: save, apply, rename and delete.
    SavedViews { query: Memo<ListQuery>, go: Callback<ListQuery> },
    /// "Select from a list" (§12): paste or upload, match, then show (and select) those users.
    ListDialog { open: RwSignal<bool> },
    /// The rows' density, Comfortable or Compact.
    Density,
    /// The organisation's batch history (§14), open while the URL says so (`UrlQuery` in context).
    History,
    /// The button that opens the history, for admins who may read it (`Toolbar::me`).
    HistoryButton,
    /// Nothing to show: asks the server the name of any list the filter uses that the widget does
    /// not know yet, for its chip.
    ListNames { filter: Memo<Filter> },
}

in_part!(
    batch,
    /// Builds what `door` names, under the caller's owner.
    pub fn open(door: Door) -> AnyView {
        // What the part provides for the whole widget lives under the app's owner: the job center,
        // and the open dialogs, which the toasts follow into the top one.
        let center = || {
            expect_context::<Part>().in_app(|| {
                OpenDialogs::ensure();
                JobCenter::ensure();
            })
        };
        match door {
            Door::Load => {
                // The part's rules join the shared sheet before any of its views is built; a
                // sheet that refuses them leaves those views unstyled, never the table.
                let _ = stylesheet::add_part_rules(stylesheet::PART);
                ().into_any()
            }
            Door::ActionsMenu { empty, open_now, focus_now } => {
                view! { <ActionsMenu empty open_now focus_now /> }.into_any()
            }
            Door::ActionDialog { kind, me, open, on_forbidden } => {
                center();
                view! { <ActionDialog kind me open on_forbidden /> }.into_any()
            }
            Door::JobsTray => {
                center();
                view! { <JobsTray /> }.into_any()
            }
            Door::FilterPanel { filter, options, set_filter } => {
                view! { <FilterPanel filter options set_filter /> }.into_any()
            }
            Door::SavedViews { query, go } => view! { <SavedViews query go /> }.into_any(),
            Door::ListDialog { open } => view! { <ListDialog open /> }.into_any(),
            Door::Density => view! { <DensityChoice /> }.into_any(),
            Door::History => {
                center();
                view! { <History /> }.into_any()
            }
            Door::ListNames { filter } => view! { <ListNames filter /> }.into_any(),
            Door::HistoryButton => view! { <HistoryButton /> }.into_any(),
        }
    }
);

/// Provides the part under the app's owner; nothing is fetched yet.
pub fn provide() -> Part {
    Part::provide(load)
}

/// The part's code and, in a split build, the later screens' English (`locales/en.txt`, which
/// the first download does not hold), fetched at once.
fn load() -> PartFuture<()> {
    #[cfg(all(target_arch = "wasm32", feature = "split"))]
    let english = crate::i18n::later_english();
    Box::pin(async move {
        let code = open(Door::Load).await.map(drop);
        #[cfg(all(target_arch = "wasm32", feature = "split"))]
        if !english.await {
            return Err(crate::ui::PartError);
        }
        code
    })
}
