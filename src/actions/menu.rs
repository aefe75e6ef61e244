use super::catalog;
use crate::{
    api::{spawn_request, ApiClient},
    batch_part::{self, Door},
    people::Toolbar,
    ui::{dom, part_view, Part, PartView},
};
use contract::{ActionGroup, ActionKind};
use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusEvent, HtmlElement, KeyboardEvent};

/// The Actions button in the first download: the menu is in the batch part. Until that is in, a
/// stand-in button; a click on it fetches the part at once, says "Loading…", and opens the menu
/// when it comes. While `empty` (nothing selected) the button stays disabled and says why.
pub fn actions_button(empty: Signal<bool>) -> Element {
    let part = use_context::<Part>();
    let ready = Memo::new(move |_| part.is_some_and(Part::is_ready));
    let clicked = RwSignal::new(false);
    // The real button takes the stand-in's focus, so a keyboard user is not dropped on the page.
    let focused = RwSignal::new(false);
    dom::region_box(
        move || ready.get(),
        move |place, ready| {
            if ready {
                let (open, focus) = (clicked.get_untracked(), focused.get_untracked());
                let door = Door::ActionsMenu { empty, open_now: open, focus_now: focus };
                let _ = place.append_child(&part_view(batch_part::open(door), false, None));
                return;
            }
            let w = crate::i18n::words();
            let stand_in = dom::markup(concat!(
                r#"<div class="plb-menu-wrap"><button type="button" class="plb-primary" id="plb-actions" "#,
                r#"aria-haspopup="menu" aria-expanded="false"><span aria-hidden="true"> ▾</span></button>"#,
                r#"<span id="plb-actions-why" class="plb-muted"></span>"#,
                r#"<span class="plb-part-busy" role="status"></span></div>"#,
            ));
            let button = dom::find(&stand_in, "button");
            let _ = button.prepend_with_str_1(&w.actions());
            let busy = move || clicked.get() && part.is_some_and(Part::is_loading);
            dom::attr(&button, "aria-busy", move || Some(busy().to_string()));
            dom::attr(&button, "aria-describedby", move || empty.get().then(|| "plb-actions-why".into()));
            dom::flag(&button, "disabled", move || empty.get());
            dom::on(&button, "focus", move |_| focused.set(true));
            dom::on(&button, "blur", move |_| focused.set(false));
            dom::on(&button, "click", move |_| {
                clicked.set(true);
                if let Some(part) = part {
                    part.load();
                }
            });
            let why = dom::find(&stand_in, "#plb-actions-why");
            dom::set_text(&why, &w.actions_why_empty());
            dom::flag(&why, "hidden", move || !empty.get());
            let status = dom::find(&stand_in, ".plb-part-busy");
            dom::text(&status, move || if busy() { crate::i18n::words().loading() } else { String::new() });
            let _ = place.append_child(&stand_in);
        },
    )
}

/// The Actions menu button (WAI-ARIA APG menu button) and the dialog its items open. The menu is
/// built only from `GET /me`'s allowed actions; after a 403 the dialog reloads `/me`, so an action
/// the admin lost leaves the menu.
#[component]
pub fn ActionsMenu(
    /// Nothing is selected: the button stays disabled and says why.
    #[prop(into)]
    empty: Signal<bool>,
    /// Open the menu as soon as it has its actions (the admin clicked before it was here).
    #[prop(optional)]
    open_now: bool,
    /// Take focus (the stand-in it replaces had it).
    #[prop(optional)]
    focus_now: bool,
) -> impl IntoView {
    // Without a client (component tests) nobody asks, and the menu waits for `/me`.
    let api = use_context::<ApiClient>();
    // Shared with the toolbar's History button, which shows for admins who may read the history.
    let me = Toolbar::current().me;
    // Owned by the menu, whoever asks (the dialog after a 403, a Retry button).
    let owner = Owner::current().expect("the menu runs under an owner");
    let load_me = Callback::new(move |_| {
        if let Some(api) = api.clone() {
            owner.with(|| spawn_request(async move { api.me().await }, move |r| me.set(Some(r))));
        }
    });
    load_me.run(());
    let groups = Memo::new(move |_| match me.get() {
        Some(Ok(me)) => Some(catalog::menu(&me.allowed_actions)),
        _ => None,
    });
    let me_now = Signal::derive(move || me.get().and_then(Result::ok));

    let chosen = RwSignal::new(None::<ActionKind>);
    let dialog_open = RwSignal::new(false);
    let on_pick = Callback::new(move |kind| {
        chosen.set(Some(kind));
        dialog_open.set(true);
    });
    let words = crate::i18n::CurrentWords::current();
    view! {
        <MenuButton groups=groups.into() empty on_pick open_now focus_now />
        {move || match me.get() {
            Some(Err(e)) => Some(view! {
                <span class="plb-field-error" role="alert">
                    {words.words().act_me_failed((&e.to_string()).into())} " "
                    <button type="button" on:click=move |_| load_me.run(())>{words.words().retry()}</button>
                </span>
            }),
            _ => None,
        }}
        // The dialog is in the batch part: the first pick may have to fetch it ("Loading…").
        {move || chosen.get().map(|kind| {
            let door = Door::ActionDialog { kind, me: me_now, open: dialog_open, on_forbidden: load_me };
            view! { <PartView view=batch_part::open(door) eager=true /> }
        })}
    }
}

/// One group of the menu and its actions.
pub type MenuGroup = (ActionGroup, Vec<ActionKind>);

/// The menu button itself: Enter, Space and ArrowDown open it on the first item, ArrowUp on the
/// last; arrows, Home and End move; Esc closes and focus returns to the button; Tab or a click
/// elsewhere closes it. An admin who may run nothing gets a disabled button that says so.
#[component]
pub fn MenuButton(
    /// The allowed actions by group; `None` until `/me` answers.
    groups: Signal<Option<Vec<MenuGroup>>>,
    /// Nothing is selected.
    empty: Signal<bool>,
    /// An action was chosen; focus is back on the button, so the dialog returns it there.
    on_pick: Callback<ActionKind>,
    /// Open on the first item as soon as there are items (the stand-in it replaces was clicked).
    #[prop(optional)]
    open_now: bool,
    /// Take focus once mounted.
    #[prop(optional)]
    focus_now: bool,
) -> impl IntoView {
    let words = crate::i18n::CurrentWords::current();
    let none_allowed = move || groups.with(|g| g.as_ref().is_some_and(Vec::is_empty));
    let (open, set_open) = signal(false);
    let button = NodeRef::<html::Button>::new();
    let menu = NodeRef::<html::Div>::new();

    let items = move || -> Vec<HtmlElement> {
        let Some(menu) = menu.get_untracked() else { return Vec::new() };
        let Ok(list) = menu.query_selector_all("[role=menuitem]") else { return Vec::new() };
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    };
    // A click before `/me` has answered is kept, said ("Loading…"), and opens the menu once its
    // items come: never a dead click.
    let wanted = RwSignal::new(open_now);
    let loading = move || groups.with(Option::is_none);
    // Shown at once (not on the next render) so the item can take focus in the same event.
    let show = move |last: bool| {
        if loading() {
            wanted.set(true);
            return;
        }
        set_open.set(true);
        if let Some(m) = menu.get_untracked() {
            m.set_hidden(false);
        }
        let all = items();
        if let Some(item) = if last { all.last() } else { all.first() } {
            let _ = item.focus();
        }
    };
    let close = move |refocus: bool| {
        set_open.set(false);
        if refocus {
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };

    if focus_now {
        Effect::new(move |_| {
            if let Some(b) = button.get() {
                let _ = b.focus();
            }
        });
    }
    Effect::new(move |_| {
        if wanted.get() && !loading() {
            wanted.set(false);
            if !empty.get_untracked() && !none_allowed() {
                show(false);
            }
        }
    });

    let on_button_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Enter" | " " | "ArrowDown" => {
            ev.prevent_default();
            show(false);
        }
        "ArrowUp" => {
            ev.prevent_default();
            show(true);
        }
        _ => {}
    };
    let on_menu_key = move |ev: KeyboardEvent| {
        let all = items();
        let current = ev.target().and_then(|t| t.dyn_into::<HtmlElement>().ok());
        let at = all.iter().position(|i| Some(i) == current.as_ref()).unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowDown" => (at + 1) % all.len().max(1),
            "ArrowUp" => (at + all.len().max(1) - 1) % all.len().max(1),
            "Home" => 0,
            "End" => all.len().saturating_sub(1),
            "Escape" => {
                ev.prevent_default();
                return close(true);
            }
            "Tab" => return close(false),
            _ => return,
        };
        ev.prevent_default();
        if let Some(item) = all.get(next) {
            let _ = item.focus();
        }
    };
    // Focus leaving the button and menu (a click elsewhere, Tab) closes the menu.
    let on_focus_out = move |ev: FocusEvent| {
        let wrapper: Option<web_sys::Node> = ev.current_target().and_then(|t| t.dyn_into().ok());
        let to: Option<web_sys::Node> = ev.related_target().and_then(|t| t.dyn_into().ok());
        if !wrapper.is_some_and(|w| w.contains(to.as_ref())) {
            set_open.set(false);
        }
    };
    let pick = move |kind: ActionKind| {
        close(true);
        on_pick.run(kind);
    };

    view! {
        <div class="plb-menu-wrap" on:focusout=on_focus_out>
            <button
                type="button"
                class="plb-primary"
                node_ref=button
                id="plb-actions"
                aria-haspopup="menu"
                aria-expanded=move || open.get().to_string()
                aria-controls="plb-actions-menu"
                aria-busy=move || (wanted.get() && loading()).to_string()
                disabled=move || empty.get() || none_allowed()
                aria-describedby=move || (empty.get() || none_allowed()).then_some("plb-actions-why")
                on:click=move |_| if open.get_untracked() { close(true) } else { show(false) }
                on:keydown=on_button_key
            >
                {move || {
                    let w = words.words();
                    if none_allowed() { w.actions_none_allowed() } else { w.actions() }
                }}
                <span aria-hidden="true">" ▾"</span>
            </button>
            <span id="plb-actions-why" class="plb-muted" hidden=move || !(empty.get() || none_allowed())>
                {move || {
                    let w = words.words();
                    if none_allowed() { w.actions_why_none_allowed() } else { w.actions_why_empty() }
                }}
            </span>
            <span class="plb-part-busy" role="status">{move || (wanted.get() && loading()).then(|| words.words().loading())}</span>
            <div
                role="menu"
                id="plb-actions-menu"
                class="plb-menu"
                aria-labelledby="plb-actions"
                node_ref=menu
                hidden=move || !open.get()
                on:keydown=on_menu_key
            >
                {move || groups.get().unwrap_or_default().into_iter().map(|(group, kinds)| {
                    let heading = format!("plb-menu-{group:?}");
                    let labelledby = heading.clone();
                    view! {
                        <div role="group" aria-labelledby=labelledby>
                            <div class="plb-menu-heading" id=heading aria-hidden="true">{words.words().action_group(group)}</div>
                            {kinds.into_iter().map(|kind| view! {
                                <button type="button" role="menuitem" tabindex="-1" on:click=move |_| pick(kind)>
                                    {words.words().action_name(kind)}
                                </button>
                            }).collect_view()}
                        </div>
                    }
                }).collect_view()}
            </div>
        </div>
    }
}

/// Opens the batch history: a navigation, so reload and back keep it (the history's keys join the
/// instance's URL beside the table's). Shown for admins who may read the whole organisation's jobs
/// (§14), once the Actions menu has asked `/me` (`Toolbar::me`).
#[component]
pub fn HistoryButton() -> impl IntoView {
    let me = Toolbar::current().me;
    let may_view_history =
        Memo::new(move |_| me.with(|m| matches!(m, Some(Ok(m)) if m.permissions.view_history)));
    let url = use_context::<crate::url_query::UrlQuery>();
    let open = move |_| {
        if let Some(url) = url {
            let own = url.search().get_untracked();
            url.push(&crate::history::url_with(&own, Some(&contract::JobListQuery::org())));
        }
    };
    let words = crate::i18n::CurrentWords::current();
    move || {
        may_view_history.get().then(|| {
            view! {
                <button type="button" class="plb-history-button" on:click=open>
                    {words.words().act_history()}
                </button>
            }
        })
    }
}
