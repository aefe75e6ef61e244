use crate::format::uppercase;
use leptos::prelude::*;

/// At most this many matches are rendered; typing narrows the rest. Keeps a 1,000-option list
/// as quick as a 20-option one.
const SHOWN: usize = 50;

/// A searchable pick from a list: one choice (radio buttons) or several (checkboxes, optionally
/// with the chosen ones as removable chips). A `fieldset` named by its legend, so it reads as one
/// group; the search box filters the list as the admin types.
#[component]
pub fn Picker(
    /// The group's name, e.g. "Team".
    #[prop(into)]
    label: String,
    /// The choices as `(id, name)`.
    #[prop(into)]
    choices: Signal<Vec<(String, String)>>,
    /// The chosen ids.
    #[prop(into)]
    chosen: Signal<Vec<String>>,
    /// A choice was ticked (`true`) or unticked.
    on_pick: Callback<(String, bool)>,
    /// Several choices (checkboxes) rather than one (radio buttons).
    #[prop(optional)]
    multiple: bool,
    /// Show the chosen ones as removable chips above the list.
    #[prop(optional)]
    chips: bool,
    /// An error to show under the legend, tied to the group by `aria-describedby`.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// Unique within the widget: names the radio group and the error's id.
    id: &'static str,
    /// Names for the chips when `choices` shows only part of what may be chosen (content by kind).
    #[prop(optional, into)]
    names: Option<Signal<Vec<(String, String)>>>,
) -> impl IntoView {
    let names = names.unwrap_or(choices);
    let (query, set_query) = signal(String::new());
    // Upper-cased once per list, not once per keystroke and option.
    let keys =
        Memo::new(move |_| choices.with(|c| c.iter().map(|(_, name)| uppercase(name)).collect::<Vec<_>>()));
    let matches = Memo::new(move |_| {
        let q = uppercase(query.get().trim());
        keys.with(|keys| {
            keys.iter().enumerate().filter(|(_, k)| k.contains(&q)).map(|(i, _)| i).collect::<Vec<_>>()
        })
    });
    let name_of = move |id: &str| {
        names.with(|c| c.iter().find(|(i, _)| i == id).map_or_else(|| id.to_owned(), |(_, n)| n.clone()))
    };
    let error_id = format!("plb-{id}-error");
    let input_type = if multiple { "checkbox" } else { "radio" };
    let words = crate::i18n::CurrentWords::current();
    let chosen_label = words.words().pick_chosen((&label).into());
    let search_label = words.words().pick_search((&label).into());

    let group = view! {
        <fieldset class="plb-fieldset plb-picker" aria-describedby=move || error.with(Option::is_some).then(|| error_id.clone())>
            <legend>{label}</legend>
            {move || error.get().map(|e| view! { <p class="plb-field-error" id=format!("plb-{id}-error")>{e}</p> })}
            {move || (chips && !chosen.with(Vec::is_empty)).then(|| view! {
                <ul class="plb-chips" aria-label=chosen_label.clone()>
                    {chosen
                        .get()
                        .into_iter()
                        .map(|choice| {
                            let name = name_of(&choice);
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="plb-chip"
                                        aria-label=words.words().pick_remove((&name).into())
                                        on:click=move |_| on_pick.run((choice.clone(), false))
                                    >
                                        {name.clone()}
                                        <span aria-hidden="true">" ×"</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            })}
            <input
                type="search"
                class="plb-picker-search"
                aria-label=search_label
                placeholder=words.words().pick_placeholder()
                prop:value=query
                on:input=move |ev| set_query.set(event_target_value(&ev))
            />
            <div class="plb-choices">
                {move || {
                    let shown = matches.with(|m| m.iter().take(SHOWN).copied().collect::<Vec<_>>());
                    choices.with(|c| {
                        shown
                            .into_iter()
                            .map(|i| {
                                let (value, name) = c[i].clone();
                                let checked = {
                                    let value = value.clone();
                                    move || chosen.with(|ch| ch.contains(&value))
                                };
                                view! {
                                    <label>
                                        <input
                                            type=input_type
                                            name=id
                                            prop:checked=checked
                                            on:change=move |ev| on_pick.run((value.clone(), event_target_checked(&ev)))
                                        />
                                        {name}
                                    </label>
                                }
                            })
                            .collect_view()
                    })
                }}
            </div>
            <p class="plb-muted plb-picker-more" aria-live="polite">
                {move || {
                    let (n, all) = (matches.with(Vec::len), keys.with(Vec::len));
                    if n == 0 && all > 0 {
                        words.words().pick_none()
                    } else if n > SHOWN {
                        words.words().pick_more(n.into(), SHOWN.into())
                    } else {
                        String::new()
                    }
                }}
            </p>
        </fieldset>
    };
    // Radios go in a form of their own, which scopes their group: without one, Chromium keeps a
    // named radio removed from a shadow root in that root's group for good, and the whole detached
    // dialog with it. Enter in the search box submits the form, which must not leave the page.
    if multiple {
        group.into_any()
    } else {
        view! { <form on:submit=|ev: web_sys::SubmitEvent| ev.prevent_default()>{group}</form> }.into_any()
    }
}
