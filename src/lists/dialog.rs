use super::{entries_error, file_list_name, pasted_list_name, select_label, show_label, showing, summary};
use crate::{
    api::{spawn_request, ApiClient},
    filters::ListLabel,
    format::Locale,
    jobs::download,
    people::{KnownLists, Navigation, SelectionState},
    ui::Modal,
};
use contract::{entries, CreateList, PeopleList};
use leptos::{html, prelude::*, reactive::spawn_local_scoped_with_cancellation};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlInputElement;

/// "Select from a list" (§12): paste a list or choose a file, the server matches it, then show
/// exactly those users, or show and select them all. What was pasted stays on any error.
#[component]
pub fn ListDialog(
    /// Open while `true`.
    open: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <Modal open labelledby="plb-list-title">
            <ListFlow open />
        </Modal>
    }
}

#[component]
fn ListFlow(
    /// Cleared to close the dialog.
    open: RwSignal<bool>,
) -> impl IntoView {
    let api = expect_context::<ApiClient>();
    let nav = expect_context::<Navigation>();
    let lists = expect_context::<KnownLists>();
    let state = expect_context::<SelectionState>();
    let locale = StoredValue::new(use_context::<Locale>().and_then(|l| l.0));
    let words = crate::i18n::CurrentWords::current();
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let matched = RwSignal::new(None::<PeopleList>);
    // Owned by the dialog, not by the button that asked.
    let owner = Owner::current().expect("the dialog runs under an owner");

    let send = Callback::new({
        let owner = owner.clone();
        move |(entries, name): (Vec<String>, String)| {
            busy.set(true);
            problem.set(None);
            let (api, body) = (api.clone(), CreateList { entries, name: Some(name) });
            owner.with(|| {
                spawn_request(async move { api.create_list(&body).await }, move |r| {
                    busy.set(false);
                    match r {
                        Ok(list) => {
                            let label = ListLabel::Named { name: list.name.clone(), matched: list.matched };
                            lists.0.update(|l| l.push((list.id.clone(), label)));
                            matched.set(Some(list));
                        }
                        Err(e) => problem.set(Some(e.said(words.words()))),
                    }
                })
            });
        }
    });
    let name_now = move || locale.with_value(|l| pasted_name(words.words(), l.as_deref()));
    let on_match = move |_| match entries::from_text(&text.get_untracked()) {
        Ok(entries) => send.run((entries, name_now())),
        Err(e) => problem.set(Some(entries_error(words.words(), &e))),
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        // Choosing the same file again, once fixed, is a change too.
        input.set_value("");
        let name = file_list_name(&file.name()).unwrap_or_else(name_now);
        busy.set(true);
        problem.set(None);
        owner.clone().with(|| {
            spawn_local_scoped_with_cancellation(async move {
                let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                let parsed = match read {
                    Ok(buffer) => entries::from_file(&js_sys::Uint8Array::new(&buffer).to_vec())
                        .map_err(|e| entries_error(words.words(), &e)),
                    Err(_) => Err(words.words().list_unreadable()),
                };
                match parsed {
                    Ok(entries) => send.run((entries, name)),
                    Err(message) => {
                        busy.set(false);
                        problem.set(Some(message));
                    }
                }
            })
        });
    };

    let show = move |select_all: bool| {
        let Some(id) = matched.with_untracked(|m| m.as_ref().map(|l| l.id.clone())) else { return };
        let next = showing(&nav.query.get_untracked(), id);
        if select_all {
            state.select_all_when_shown(next.filter.clone());
        }
        nav.go.run(next);
        open.set(false);
    };
    let close = move |_| open.set(false);

    // The result takes focus at its heading, so a screen reader announces it.
    let heading = NodeRef::<html::H3>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });

    view! {
        <header class="plb-dialog-head">
            <h2 id="plb-list-title">{words.words().selection_from_list()}</h2>
            <p class="plb-muted">{words.words().list_intro()}</p>
        </header>
        {move || match matched.get() {
            None => view! {
                <label class="plb-field">
                    {words.words().list_paste()}
                    <textarea
                        class="plb-list-entries"
                        rows="8"
                        aria-describedby="plb-list-paste-help plb-list-problem"
                        aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        prop:value=text
                        on:input=move |ev| text.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <p id="plb-list-paste-help" class="plb-muted">
                    {words.words().list_paste_help()}
                </p>
                <label class="plb-field">
                    {words.words().list_file()}
                    <input
                        type="file"
                        accept=".csv,.txt,text/csv,text/plain"
                        aria-describedby="plb-list-file-help plb-list-problem"
                        disabled=busy
                        on:change=on_file.clone()
                    />
                </label>
                <p id="plb-list-file-help" class="plb-muted">
                    {words.words().list_file_help()}
                </p>
                <p id="plb-list-problem" class="plb-field-error" role="alert">{move || problem.get()}</p>
                <footer class="plb-dialog-foot">
                    <button type="button" on:click=close>{words.words().cancel()}</button>
                    <button type="button" class="plb-primary" aria-busy=move || busy.get().to_string() disabled=busy on:click=on_match>
                        {move || if busy.get() { words.words().list_matching() } else { words.words().list_match() }}
                    </button>
                </footer>
            }
            .into_any(),
            Some(list) => {
                let (n, said) = (list.matched, summary(words.words(), &list));
                let (unmatched, id) = (list.unmatched, list.id);
                let download = {
                    let (name, csv) = (format!("{id}-not-matched.csv"), super::unmatched_csv(words.words(), &unmatched));
                    move |_| download::save_csv(&name, csv.clone())
                };
                view! {
                    <h3 class="plb-step-title" tabindex="-1" node_ref=heading>{said}</h3>
                    <p class="plb-muted">{words.words().list_name((&list.name).into())}</p>
                    {(!unmatched.is_empty()).then(|| view! {
                        <label class="plb-field">
                            {words.words().list_unmatched()}
                            <textarea class="plb-list-unmatched" rows="6" readonly prop:value=super::unmatched_text(words.words(), &unmatched)></textarea>
                        </label>
                        <button type="button" on:click=download>{words.words().list_download()}</button>
                    })}
                    <footer class="plb-dialog-foot">
                        <button type="button" on:click=move |_| matched.set(None)>{words.words().list_another()}</button>
                        {if n > 0 {
                            view! {
                                <button type="button" on:click=move |_| show(false)>{show_label(words.words(), n)}</button>
                                <button type="button" class="plb-primary" on:click=move |_| show(true)>{select_label(words.words(), n)}</button>
                            }
                            .into_any()
                        } else {
                            view! { <button type="button" on:click=close>{words.words().close()}</button> }.into_any()
                        }}
                    </footer>
                }
                .into_any()
            }
        }}
    }
}

/// "Pasted list, 4 Dec 10:32" in the admin's locale (the instance's, else the browser's) and time
/// zone, through `Intl`.
fn pasted_name(words: &crate::i18n::Words, locale: Option<&str>) -> String {
    let date = js_sys::Date::new_0();
    let locales = js_sys::Array::new();
    if let Some(tag) = locale {
        locales.push(&tag.into());
    }
    let part = |pairs: &[(&str, &str)]| {
        let options = js_sys::Object::new();
        for (key, value) in pairs {
            let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
        }
        let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
        format.call1(&JsValue::UNDEFINED, &date).ok().and_then(|t| t.as_string()).unwrap_or_default()
    };
    let day = part(&[("day", "numeric"), ("month", "short")]);
    let time = part(&[("hour", "2-digit"), ("minute", "2-digit"), ("hourCycle", "h23")]);
    pasted_list_name(words, &day, &time)
}
