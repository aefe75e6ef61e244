use crate::{
    api::{spawn_request, ApiClient, ApiError, Superseding},
    filters,
};
use contract::{views::validate_view_name, ListQuery, NewSavedView, SavedView, SavedViewPatch};
use leptos::prelude::*;

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
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        match validate_view_name(&name.get_untracked()) {
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
            Err(message) => set_error.set(Some(message.to_owned())),
        }
    };

    view! {
        <section class="plb-views" id="plb-views" aria-label="Saved views">
            <form class="plb-view-form" on:submit=on_submit>
                <input
                    type="text"
                    aria-label="View name"
                    placeholder="Name these filters"
                    prop:value=name
                    on:input=move |ev| set_name.set(event_target_value(&ev))
                />
                <button type="submit" disabled=saving>"Save view"</button>
                {move || error.get().map(|e| view! { <span class="plb-field-error" role="alert">{e}</span> })}
            </form>
            // The list's box is there while it loads, so the table below moves only if it has views.
            {move || match views.get().unwrap_or(Ok(Vec::new())) {
                Ok(list) => view! {
                    <ul class="plb-view-list" aria-label="Saved views list">
                        {list.into_iter().map(|view| view! { <ViewItem view query go on_changed=load list=owner.clone() /> }).collect_view()}
                    </ul>
                }
                .into_any(),
                Err(e) => view! {
                    <p class="plb-field-error" role="alert">
                        "Saved views could not be loaded. " {e.to_string()}
                        <button type="button" on:click=move |_| load.run(())>"Retry"</button>
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
        match validate_view_name(&draft.get_untracked()) {
            Ok(name) => {
                let (api, id) = (api.clone(), id.get_value());
                let patch = SavedViewPatch { name: Some(name), filter: None };
                run(Box::pin(async move { api.update_view(&id, &patch).await }));
            }
            Err(message) => set_error.set(Some(message.to_owned())),
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
                                aria-label=format!("New name for {name}")
                                prop:value=draft
                                on:input=move |ev| set_draft.set(event_target_value(&ev))
                            />
                            <button type="submit">"Save name"</button>
                            <button type="button" on:click=move |_| set_renaming.set(false)>"Cancel"</button>
                        </form>
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="plb-link" aria-label=format!("Apply view {name}") on:click=apply.clone()>
                            {name.clone()}
                        </button>
                        <button type="button" aria-label=format!("Rename view {name}") on:click=move |_| set_renaming.set(true)>
                            "Rename"
                        </button>
                        <button type="button" aria-label=format!("Delete view {name}") on:click=delete.clone()>
                            "Delete"
                        </button>
                    }
                    .into_any()
                }
            }}
            {move || error.get().map(|e| view! { <span class="plb-field-error" role="alert">{e}</span> })}
        </li>
    }
}
