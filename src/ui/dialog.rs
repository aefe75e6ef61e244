use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// Which of the widget's modal dialogs is on top. A modal dialog makes everything outside it inert
/// (unclickable, and hidden from assistive technology, live regions included), even what the top
/// layer shows above it: what must stay usable then (the toasts) goes into the top one.
#[derive(Clone, Copy)]
pub struct OpenDialogs(RwSignal<u32>);

impl OpenDialogs {
    /// The widget's, provided under the current owner if nobody has yet (run it under the app's).
    pub fn ensure() -> Self {
        use_context::<OpenDialogs>().unwrap_or_else(|| {
            let dialogs = OpenDialogs(RwSignal::new(0));
            provide_context(dialogs);
            dialogs
        })
    }

    /// The open dialog on top in `near`'s tree, if any; tracked, so a caller follows each one
    /// that opens or closes. The last open one in the tree's order: a dialog opened from another
    /// is inside it, or (the jobs dialog, from a toast) after it.
    pub fn top(self, near: &Element) -> Option<Element> {
        self.0.track();
        let root = near.get_root_node();
        let open = match root.dyn_ref::<web_sys::ShadowRoot>() {
            Some(shadow) => shadow.query_selector_all("dialog[open]"),
            None => near.owner_document()?.query_selector_all("dialog[open]"),
        };
        let open = open.ok()?;
        open.item(open.length().checked_sub(1)?)?.dyn_into().ok()
    }

    fn changed(self) {
        // Gone already when the widget is being taken down.
        self.0.try_update(|n| *n += 1);
    }
}

/// Focusable controls, for wrapping Tab inside the dialog.
const FOCUSABLE: &str = "button:not([disabled]), input:not([disabled]), select:not([disabled]), \
                         textarea:not([disabled]), a[href], [tabindex]:not([tabindex=\"-1\"])";

/// A modal dialog on the native `<dialog>`, opened with `showModal()`: the browser makes the rest
/// of the page inert and closes on Esc. This adds what the native element lacks: Tab wraps inside,
/// and focus returns to whatever had it before (the opener) when the dialog closes. The content is
/// rendered only while open, so every opening starts afresh. Initial focus goes to the element
/// marked `autofocus`, else the first focusable one.
#[component]
pub fn Modal(
    /// Open while `true`; Esc or any close sets it to `false`.
    open: RwSignal<bool>,
    /// The id of the heading that names the dialog.
    labelledby: &'static str,
    /// Extra class, e.g. for a destructive action.
    #[prop(optional, into)]
    class: Signal<String>,
    /// Where focus goes on close when the opener can no longer take it (disabled or gone): a
    /// selector in the dialog's own tree.
    #[prop(optional)]
    fallback_focus: Option<&'static str>,
    /// The content, rendered while open.
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = StoredValue::new_local(None::<HtmlElement>);
    let stack = use_context::<OpenDialogs>();

    // Opening happens once the content is in the DOM (below), so focus can land inside it.
    let show = move || {
        let Some(el) = dialog.get_untracked() else { return };
        if el.open() {
            return;
        }
        opener.set_value(focused_in(&el));
        let _ = el.show_modal();
        if let Some(stack) = stack {
            stack.changed();
        }
        // Browsers differ: some focus the dialog itself. Start on the control meant to take focus
        // (`autofocus`, e.g. Cancel of a destructive action), else the first one.
        let target = el
            .query_selector("[autofocus]")
            .ok()
            .flatten()
            .or_else(|| el.query_selector(FOCUSABLE).ok().flatten());
        if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
            let _ = target.focus();
        }
    };
    Effect::new(move |_| {
        if let Some(el) = dialog.get().filter(|el| !open.get() && el.open()) {
            el.close();
        }
    });

    let on_close = move |_| {
        open.set(false);
        let Some(el) = dialog.get_untracked() else { return };
        if let Some(stack) = stack {
            stack.changed();
        }
        // Focus never falls back to the page's body: a keyboard user would start over from the top.
        // An opener hidden since (in a menu that closed, such as a narrow widget's More) hands
        // focus to the disclosure button that shows it again.
        let back = opener
            .get_value()
            .filter(|b| b.is_connected() && !b.has_attribute("disabled"))
            .and_then(|b| if b.offset_parent().is_some() { Some(b) } else { disclosure_of(&el, &b) })
            .or_else(|| find_in_tree(&el, fallback_focus?));
        if let Some(back) = back {
            let _ = back.focus();
        }
    };

    // Taken down while open (a dialog inside another's content): no close event comes.
    on_cleanup(move || {
        if let Some(stack) = stack {
            stack.changed();
        }
    });

    let wrap_tab = move |ev: KeyboardEvent| {
        if ev.key() != "Tab" {
            return;
        }
        let Some(el) = dialog.get_untracked() else { return };
        let Ok(all) = el.query_selector_all(FOCUSABLE) else { return };
        let visible = |i| {
            all.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()).filter(|e| e.offset_parent().is_some())
        };
        let (first, last) = ((0..all.length()).find_map(visible), (0..all.length()).rev().find_map(visible));
        let (Some(first), Some(last)) = (first, last) else { return };
        let current = focused_in(&el);
        let (at_edge, target) = if ev.shift_key() { (&first, &last) } else { (&last, &first) };
        if current.as_ref() == Some(at_edge) {
            ev.prevent_default();
            let _ = target.focus();
        }
    };

    view! {
        <dialog
            node_ref=dialog
            class=move || format!("plb-dialog {}", class.get())
            aria-labelledby=labelledby
            on:close=on_close
            on:keydown=wrap_tab
        >
            {move || {
                open.get().then(|| {
                    let content = children();
                    // Runs after this content is mounted.
                    Effect::new(move |_| show());
                    content
                })
            }}
        </dialog>
    }
}

/// The focused element of the tree `el` lives in (its shadow root, inside a host page).
fn focused_in(el: &web_sys::Element) -> Option<HtmlElement> {
    let root = el.get_root_node();
    let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => el.owner_document().and_then(|d| d.active_element()),
    };
    active.and_then(|a| a.dyn_into().ok())
}

/// The button (`aria-controls`) that shows the box holding `hidden`, in `el`'s tree.
fn disclosure_of(el: &web_sys::Element, hidden: &HtmlElement) -> Option<HtmlElement> {
    let mut box_ = hidden.parent_element();
    while let Some(current) = box_ {
        let id = current.id();
        if !id.is_empty() {
            if let Some(button) = find_in_tree(el, &format!("[aria-controls=\"{id}\"]")) {
                return Some(button);
            }
        }
        box_ = current.parent_element();
    }
    None
}

/// The first element matching `selector` in the tree `el` lives in (its shadow root, or the page).
fn find_in_tree(el: &web_sys::Element, selector: &str) -> Option<HtmlElement> {
    let found = match el.get_root_node().dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.query_selector(selector),
        None => el.owner_document()?.query_selector(selector),
    };
    found.ok().flatten()?.dyn_into().ok()
}
