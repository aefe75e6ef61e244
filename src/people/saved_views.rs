use crate::{
    api::{spawn_request, ApiClient, ApiError, Superseding},
    filters,
    i18n::{CurrentWords, Words},
};
use contract::{
    views::{validate_view_name, VIEW_NAME_MAX},
    ListQuery, NewSavedView, SavedView, SavedViewPatch,
};
use leptos::prelude::*;

/// A view's name as typed, trimmed, or what is wrong with it in the instance's words (the
/// contract's check, which the server makes too).
fn view_name(typed: &str, words: &Words) -> Result<String, String> {
    validate_view_name(typed).map_err(|_| {
        if typed.trim().is_empty() {
            words.view_name_empty()
        } else {
            words.view_name_long(VIEW_NAME_MAX.into())
        }
    })
}

/// Saved views ("reports", §3): save the current filters under a name, apply, rename, delete. Every
/// failure is shown next to the control that caused it.
#[component]
pub fn SavedViews(
    /// The view in the URL.
    query: Memo<ListQuery>,
    /// Navigate to another view.
    go: Callback<ListQuery>,
) -> impl IntoView {
    let api = expect_context::<ApiClient>();
    let views = RwSignal::new(None::<Result<Vec<SavedView>, ApiError>>);
    // Every request here, a rename or delete of one item included, belongs to the list: an item is
    // re-created on every reload, and a write or reload it owned would die with it.
    let owner = Owner::current().expect("SavedViews runs under an owner");
    // Reloads may overlap (two saves in a row): each supersedes the one before, and only the
    // newest answer is shown, even if an older one arrives after it.
    let reloads = Superseding::owned();
    let newest = StoredValue::new(0u32);
    let load = {
        let (api, owner) = (api.clone(), owner.clone());
        Callback::new(move |_| {
            let (api, abort) = (api.clone(), reloads.next());
            let this = newest.try_update_value(|n| {
                *n += 1;
                *n
            });
            let request = async move { api.saved_views(abort.as_ref()).await };
            owner.with(|| {
                spawn_request(request, move |r| {
                    if this.is_some() && newest.try_get_value() == this {
                        views.set(Some(r.map(|l| l.items)));
                    }
                })
            })
        })
    };
    load.run(());
    let (name, set_name) = signal(String::new());
    let (error, set_error) = signal(None::<String>);
    let (saving, set_saving) = signal(false);
    let w = CurrentWords::current();
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        match view_name(&name.get_untracked(), w.words()) {
            Ok(name) => {
                set_saving.set(true);
                let view = NewSavedView { name, filter: query.get_untracked().filter };
                let api = api.clone();
                spawn_request(async move { api.create_view(&view).await }, move |r| {
                    set_saving.set(false);
                    match r {
                        Ok(_) => {
                            set_name.set(String::new());
                            set_error.set(None);
                            load.run(());
                        }
                        Err(e) => set_error.set(Some(e.to_string())),
                    }
                });
            }
            Err(message) => set_error.set(Some(message)),
        }
    };

    view! {
        <section class="plb-views" id="plb-views" aria-label=w.words().views()>
            <form class="plb-view-form" on:submit=on_submit>
                <input
                    type="text"
                    aria-label=w.words().view_name()
                    placeholder=w.words().view_name_placeholder()
                    prop:value=name
                    on:input=move |ev| set_name.set(event_target_value(&ev))
                />
                <button type="submit" disabled=saving>{w.words().view_save()}</button>
                {move || error.get().map(|e| view! { <span class="plb-field-error" role="alert">{e}</span> })}
            </form>
            // The list's box is there while it loads, so the table below moves only if it has views.
            {move || match views.get().unwrap_or(Ok(Vec::new())) {
                Ok(list) => view! {
                    <ul class="plb-view-list" aria-label=w.words().views_list()>
                        {list.into_iter().map(|view| view! { <ViewItem view query go on_changed=load list=owner.clone() /> }).collect_view()}
                    </ul>
                }
                .into_any(),
                Err(e) => view! {
                    <p class="plb-field-error" role="alert">
                        {w.words().views_error((&e.to_string()).into())}
                        <button type="button" on:click=move |_| load.run(())>{w.words().retry()}</button>
                    </p>
                }
                .into_any(),
            }}
        </section>
    }
}

/// One saved view: apply it, rename it in place, delete it.
#[component]
fn ViewItem(
    /// The view.
    view: SavedView,
    /// The current URL view (apply keeps its sort and page size).
    query: Memo<ListQuery>,
    /// Navigate.
    go: Callback<ListQuery>,
    /// The list changed on the server.
    on_changed: Callback<()>,
    /// The list's owner: this item's writes run under it, so a write finishes, and reloads the list,
    /// even when a reload re-creates this item meanwhile.
    list: Owner,
) -> impl IntoView {
    let api = expect_context::<ApiClient>();
    let SavedView { id, name, filter, .. } = view;
    let (renaming, set_renaming) = signal(false);
    let (draft, set_draft) = signal(name.clone());
    let (error, set_error) = signal(None::<String>);
    let id = StoredValue::new(id);
    let w = CurrentWords::current();
    // Both writes end the same way: refresh the list, or show why not next to this view (if this
    // item is still there to show it).
    let finish = move |r: Result<(), ApiError>| match r {
        Ok(()) => {
            set_error.try_set(None);
            on_changed.run(());
        }
        Err(e) => drop(set_error.try_set(Some(e.to_string()))),
    };
    let run = move |write: std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), ApiError>>>>| {
        list.with(|| spawn_request(write, finish))
    };
    let delete = {
        let (api, run) = (api.clone(), run.clone());
        move |_| {
            let (api, id) = (api.clone(), id.get_value());
            run(Box::pin(async move { api.delete_view(&id).await }));
        }
    };
    let on_rename = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        match view_name(&draft.get_untracked(), w.words()) {
            Ok(name) => {
                let (api, id) = (api.clone(), id.get_value());
                let patch = SavedViewPatch { name: Some(name), filter: None };
                run(Box::pin(async move { api.update_view(&id, &patch).await }));
            }
            Err(message) => set_error.set(Some(message)),
        }
    };
    let apply = {
        let filter = filter.clone();
        move |_| go.run(filters::with_filter(&query.get_untracked(), filter.clone()))
    };

    view! {
        <li class="plb-view">
            {move || {
                if renaming.get() {
                    view! {
                        <form class="plb-view-form" on:submit=on_rename.clone()>
                            <input
                                type="text"
                                aria-label=w.words().view_new_name((&name).into())
                                prop:value=draft
                                on:input=move |ev| set_draft.set(event_target_value(&ev))
                            />
                            <button type="submit">{w.words().view_save_name()}</button>
                            <button type="button" on:click=move |_| set_renaming.set(false)>{w.words().cancel()}</button>
                        </form>
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="plb-link" aria-label=w.words().view_apply((&name).into()) on:click=apply.clone()>
                            {name.clone()}
                        </button>
                        <button type="button" aria-label=w.words().view_rename_named((&name).into()) on:click=move |_| set_renaming.set(true)>
                            {w.words().view_rename()}
                        </button>
                        <button type="button" aria-label=w.words().view_delete_named((&name).into()) on:click=delete.clone()>
                            {w.words().view_delete()}
                        </button>
                    }
                    .into_any()
                }
            }}
            {move || error.get().map(|e| view! { <span class="plb-field-error" role="alert">{e}</span> })}
        </li>
    }
}
