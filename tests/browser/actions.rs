//! The Actions menu button (WAI-ARIA APG) and the modal dialog, by keyboard.

use super::support::{mount, tick, until, Mounted};
use contract::{ActionKind, Role};
use leptos::prelude::*;
use people_log::{
    actions::{catalog, MenuButton},
    ui::{Modal, Picker},
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn key(target: &HtmlElement, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn focused() -> String {
    let active = web_sys::window().unwrap().document().unwrap().active_element();
    active.and_then(|a| a.text_content()).unwrap_or_default()
}

fn one(mounted: &Mounted, selector: &str) -> HtmlElement {
    mounted.query_all(selector).into_iter().next().unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn menu_for(role: Role) -> (Mounted, RwSignal<Option<ActionKind>>) {
    let picked = RwSignal::new(None);
    let allowed = ActionKind::allowed(role, &contract::Permissions::default());
    let groups = Signal::stored(Some(catalog::menu(&allowed)));
    let on_pick = Callback::new(move |kind| picked.set(Some(kind)));
    let mounted = mount(move || view! { <MenuButton groups empty=Signal::stored(false) on_pick /> });
    (mounted, picked)
}

/// A click while `/me` is still loading is not lost (issue 18: never a dead click): it says
/// "Loading…" and opens the menu on its first item once the actions are known.
#[wasm_bindgen_test]
async fn a_click_before_the_actions_are_known_opens_the_menu_when_they_are() {
    let groups = RwSignal::new(None);
    let on_pick = Callback::new(|_: ActionKind| ());
    let mounted =
        mount(move || view! { <MenuButton groups=groups.into() empty=Signal::stored(false) on_pick /> });
    let button = one(&mounted, "#plb-actions");
    let menu = one(&mounted, "[role=menu]");
    button.click();
    tick().await;
    assert!(menu.hidden(), "nothing to show yet");
    assert_eq!(button.get_attribute("aria-busy").as_deref(), Some("true"));
    assert_eq!(mounted.text("[role=status]"), "Loading…");

    let allowed = ActionKind::allowed(Role::Hr, &contract::Permissions::default());
    groups.set(Some(catalog::menu(&allowed)));
    tick().await;
    assert!(!menu.hidden(), "opened once the actions came");
    assert_eq!(focused(), "Add specialisms", "on the first item");
    assert_eq!(button.get_attribute("aria-busy").as_deref(), Some("false"));
    assert_eq!(mounted.text("[role=status]"), "");
}

#[wasm_bindgen_test]
async fn arrows_home_end_and_escape_move_through_the_menu() {
    let (mounted, _) = menu_for(Role::Hr);
    let button = one(&mounted, "#plb-actions");
    let menu = one(&mounted, "[role=menu]");
    assert!(menu.hidden(), "closed at first");
    key(&button, "ArrowDown", false);
    tick().await;
    assert!(!menu.hidden());
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(focused(), "Add specialisms", "opens on the first item");
    let item = |m: &Mounted| one(m, "[role=menuitem]:focus");
    key(&item(&mounted), "ArrowUp", false);
    assert_eq!(focused(), "Send notification", "ArrowUp from the first wraps to the last");
    key(&item(&mounted), "ArrowDown", false);
    assert_eq!(focused(), "Add specialisms", "and back");
    key(&item(&mounted), "End", false);
    assert_eq!(focused(), "Send notification");
    key(&item(&mounted), "Home", false);
    assert_eq!(focused(), "Add specialisms");
    key(&item(&mounted), "Escape", false);
    tick().await;
    assert!(menu.hidden(), "Esc closes");
    assert_eq!(focused(), "Actions ▾", "focus returns to the button");
    key(&button, "ArrowUp", false);
    assert_eq!(focused(), "Send notification", "ArrowUp opens on the last item");
}

#[wasm_bindgen_test]
async fn groups_follow_the_article_and_choosing_returns_focus_to_the_button() {
    let (mounted, picked) = menu_for(Role::Owner);
    let groups: Vec<String> = mounted
        .query_all("[role=group]")
        .iter()
        .map(|g| g.get_attribute("aria-labelledby").unwrap())
        .collect();
    assert_eq!(groups.len(), 3);
    let items = mounted.query_all("[role=menuitem]");
    assert_eq!(items.len(), 15);
    let button = one(&mounted, "#plb-actions");
    key(&button, "Enter", false);
    tick().await;
    items[5].click();
    tick().await;
    assert_eq!(picked.get_untracked(), Some(ActionKind::AddToTeam));
    assert!(one(&mounted, "[role=menu]").hidden());
    assert_eq!(focused(), "Actions ▾");
}

#[wasm_bindgen_test]
async fn a_role_that_may_run_nothing_is_told_so() {
    let (mounted, _) = menu_for(Role::Curator);
    tick().await;
    let button = one(&mounted, "#plb-actions");
    assert!(button.has_attribute("disabled"));
    assert!(button.text_content().unwrap().contains("No batch actions available for your role"));
    assert!(mounted.query_all("[role=menuitem]").is_empty(), "never an empty menu");
    let why = one(&mounted, "#plb-actions-why");
    assert!(!why.hidden() && why.text_content().unwrap().contains("Ask an Owner or Admin"));
}

#[wasm_bindgen_test]
async fn the_dialog_takes_focus_wraps_tab_and_gives_focus_back() {
    let open = RwSignal::new(false);
    let mounted = mount(move || {
        view! {
            <button id="opener" on:click=move |_| open.set(true)>"Open"</button>
            <Modal open labelledby="t">
                <h2 id="t">"Title"</h2>
                <button id="first">"First"</button>
                <button id="last">"Last"</button>
            </Modal>
        }
    });
    let opener = one(&mounted, "#opener");
    opener.focus().unwrap();
    opener.click();
    tick().await;
    let dialog: web_sys::HtmlDialogElement = one(&mounted, "dialog").unchecked_into();
    assert!(dialog.open(), "shown with showModal");
    assert!(dialog.matches(":modal").unwrap(), "modal, so the page behind is inert");
    assert_eq!(focused(), "First", "focus moves in");
    key(&one(&mounted, "#last"), "Tab", false);
    assert_eq!(focused(), "First", "Tab on the last control wraps to the first");
    key(&one(&mounted, "#first"), "Tab", true);
    assert_eq!(focused(), "Last", "Shift+Tab on the first wraps to the last");
    dialog.close();
    // The `close` event comes in a task of its own: wait for it rather than for one tick.
    until("the close event", || !open.get_untracked()).await;
    assert_eq!(focused(), "Open", "focus returns to the opener");
}

/// A one-choice picker that goes away (its dialog closed, its step left) takes its radios out of
/// their group. Chromium keeps a named radio removed from a shadow root in that root's group, and
/// with it the whole detached dialog: about 90 DOM nodes per Add to team, never collected. Seen
/// here as the group still reaching the removed radio: checking a new one would untick it.
#[wasm_bindgen_test]
async fn a_removed_one_choice_picker_leaves_its_radio_group() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    shadow.append_child(&container).unwrap();
    let shown = RwSignal::new(true);
    let chosen = RwSignal::new(Vec::<String>::new());
    let choices =
        Signal::stored(vec![("t1".to_owned(), "Sales".to_owned()), ("t2".to_owned(), "Support".to_owned())]);
    let on_pick = Callback::new(move |(id, _): (String, bool)| chosen.set(vec![id]));
    let handle = leptos::mount::mount_to(container.clone(), move || {
        view! {
            <Show when=move || shown.get()>
                <Picker label="Team" choices chosen on_pick id="team_id" />
            </Show>
        }
    });
    let radio = |at: &str| -> web_sys::HtmlInputElement {
        container
            .query_selector(at)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {at}"))
            .unchecked_into()
    };
    tick().await;
    let removed = radio(".plb-choices > label:nth-child(1) input");
    removed.click();
    assert!(removed.checked());
    shown.set(false);
    tick().await;
    assert!(!removed.is_connected(), "the picker is gone");

    shown.set(true);
    tick().await;
    radio(".plb-choices > label:nth-child(2) input").click();
    assert_eq!(chosen.get_untracked(), ["t2"]);
    assert!(removed.checked(), "the removed radio is still in the widget's radio group");
    drop(handle);
    host.remove();
}

/// Issue 23: opening and closing an action's dialog ten times leaves the widget's DOM as it was
/// after the first time (each pick used to leave another `<dialog>` in the DOM).
#[wasm_bindgen_test]
async fn the_action_dialog_leaves_nothing_behind_over_ten_cycles() {
    use super::support::{fake_client, mount_with_selection, FakeBackend, Reply};
    use people_log::{
        actions::ActionsMenu,
        ui::{Part, PartFuture},
    };
    let me = contract::Me {
        id: contract::UserId(1),
        name: "Ada".into(),
        role: Role::Owner,
        permissions: contract::Permissions::default(),
        allowed_actions: vec![ActionKind::AddToTeam, ActionKind::SendNotification],
        capabilities: Default::default(),
    };
    let me =
        js_sys::JSON::stringify(&serde_wasm_bindgen::to_value(&me).unwrap()).unwrap().as_string().unwrap();
    let _fake = FakeBackend::install(move |r| match r.path.as_str() {
        "/me" => Reply::ok(me.clone()),
        path if path.starts_with("/batch-jobs") => Reply::ok(r#"{"items":[]}"#),
        _ => Reply::status(404, r#"{"type":"about:blank","title":"Not found","status":404}"#),
    });
    fn loaded() -> PartFuture<()> {
        Box::pin(async { Ok(()) })
    }
    // The owner the part runs the job center under: cleaned up at the end, as `unmount` does (the
    // part holds it, so dropping the mount alone would leave the center refreshing into the
    // tests after this one once the fake backend is gone).
    let app = std::rc::Rc::new(std::cell::Cell::new(None::<Owner>));
    let slot = app.clone();
    let (mounted, _) = mount_with_selection(move || {
        slot.set(Owner::current());
        provide_context(fake_client());
        Part::provide(loaded);
        view! { <ActionsMenu empty=Signal::stored(false) /> }
    });
    let nodes = || mounted.container.query_selector_all("*").unwrap().length();
    let mut after = Vec::new();
    for cycle in 0..10 {
        // Two actions in turn, as an admin would pick them.
        let label = if cycle % 2 == 0 { "Add to team" } else { "Send notification" };
        one(&mounted, "#plb-actions").click();
        until("the menu's actions", || mounted.query_all("[role=menuitem]").len() == 2).await;
        let item = mounted
            .query_all("[role=menuitem]")
            .into_iter()
            .find(|i| i.text_content().as_deref() == Some(label));
        item.expect("the action in the menu").click();
        until("the dialog open", || !mounted.query_all("dialog[open]").is_empty()).await;
        assert_eq!(mounted.text("dialog[open] h2"), label);
        let cancel = mounted
            .query_all("dialog[open] button")
            .into_iter()
            .find(|b| b.text_content().as_deref() == Some("Cancel"));
        cancel.expect("Cancel").click();
        until("the dialog closed", || mounted.query_all("dialog[open]").is_empty()).await;
        tick().await;
        after.push(nodes());
    }
    assert_eq!(mounted.query_all("dialog").len(), 1, "one dialog, for the last action picked");
    assert!(after.iter().all(|n| *n == after[0]), "elements after each cycle: {after:?}");
    if let Some(app) = app.take() {
        app.cleanup();
    }
}
