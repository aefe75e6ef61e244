use super::catalog::{users, LARGE_BATCH};
use crate::{
    api::ApiError,
    filters,
    format::count,
    people::{cut_tip, KnownLists, SelectionState},
    selection::Selection,
};
use contract::{Outcome, Preview};
use leptos::prelude::*;

/// The review step: what will happen to whom, from the server's dry run, before anything runs.
#[component]
pub fn Review(
    /// "Add 4,213 users to team Sales EMEA".
    sentence: Signal<String>,
    /// The server's dry run; `None` while it is asked.
    preview: RwSignal<Option<Result<Preview, ApiError>>>,
    /// How many users the selection holds.
    count: Signal<u64>,
    /// For Delete: what the admin typed to confirm.
    confirm: Option<RwSignal<String>>,
) -> impl IntoView {
    let state = expect_context::<SelectionState>();
    let lists = use_context::<KnownLists>();
    // Frozen: the filters an all-matching selection was chosen under, not whatever the bar shows now.
    let scope = move || {
        state.selection.with(|s| match s {
            Selection::AllMatching { filter, .. } => {
                let words = crate::i18n::words();
                let chips = state.options.with(|o| match lists {
                    Some(lists) => lists.0.with(|l| filters::chips(filter, o, l, words)),
                    None => filters::chips(filter, o, &[], words),
                });
                Some(view! {
                    <div class="plb-review-scope">
                        <p>"Every user that matches these filters:"</p>
                        <ul class="plb-chips" aria-label="Filters of this selection">
                            {chips.into_iter().map(|c| view! { <li class="plb-chip plb-chip-static">{c.label}</li> }).collect_view()}
                            {chips_empty_note(s)}
                        </ul>
                    </div>
                }
                .into_any())
            }
            Selection::Explicit(_) => {
                let hidden = state.not_shown().unwrap_or(0);
                (hidden > 0).then(|| {
                    view! {
                        <p class="plb-review-scope">
                            {format!("{} of them are hidden by the current filters. ", users(hidden))}
                            <button type="button" class="plb-link" on:click=move |_| state.deselect_hidden()>
                                "Leave them out"
                            </button>
                        </p>
                    }
                    .into_any()
                })
            }
        })
    };

    view! {
        <p class="plb-review-sentence">{sentence}</p>
        {scope}
        {move || (count.get() >= LARGE_BATCH).then(|| view! {
            <p class="plb-warning" role="note">
                "⚠ Be careful with large selections. Check your filters and the count before you act on "
                {users(count.get())} "."
            </p>
        })}
        <section class="plb-preview" aria-labelledby="plb-preview-title" aria-busy=move || preview.with(Option::is_none).to_string()>
            <h4 id="plb-preview-title">"What will happen"</h4>
            {move || match preview.get() {
                None => view! { <p class="plb-muted">"Checking each user…"</p> }.into_any(),
                Some(Err(e)) => view! { <p class="plb-field-error" role="alert">"The dry run failed. " {e.to_string()}</p> }.into_any(),
                Some(Ok(p)) => view! { <PreviewCounts preview=p selected=count.get_untracked() /> }.into_any(),
            }}
        </section>
        {confirm.map(|typed| view! {
            <label class="plb-field plb-confirm">
                {move || format!("Type {} to confirm you want to delete these users permanently", count.get())}
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    prop:value=typed
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
            </label>
        })}
    }
}

fn chips_empty_note(selection: &Selection) -> Option<impl IntoView> {
    match selection {
        Selection::AllMatching { filter, .. } if filter.is_empty() => {
            Some(view! { <li class="plb-chip plb-chip-static">"No filters: every user"</li> })
        }
        _ => None,
    }
}

/// The dry run's counts, its reasons in words, and a few of the users concerned.
#[component]
fn PreviewCounts(
    /// The server's answer.
    preview: Preview,
    /// How many users the admin selected, to say when the server resolves another number.
    selected: u64,
) -> impl IntoView {
    let outcome_word = |o: Outcome| match o {
        Outcome::Succeeded => "will change",
        Outcome::Skipped => "skipped",
        Outcome::Failed => "will fail",
    };
    view! {
        <ul class="plb-preview-counts">
            <li><strong>{count(preview.will_change)}</strong>" will change"</li>
            <li><strong>{count(preview.will_skip)}</strong>" will be skipped"</li>
            <li><strong>{count(preview.will_fail)}</strong>" will fail"</li>
        </ul>
        {(preview.total != selected).then(|| view! {
            <p class="plb-warning">{format!("{} match now, not {} as selected.", users(preview.total), count(selected))}</p>
        })}
        {(!preview.reasons.is_empty()).then(|| view! {
            <ul class="plb-reasons" aria-label="Reasons">
                {preview.reasons.iter().map(|r| view! {
                    <li>{format!("{} {}: {}", count(r.count), outcome_word(r.outcome), r.reason.label())}</li>
                }).collect_view()}
            </ul>
        })}
        {(!preview.sample.is_empty()).then(|| view! {
            <table class="plb-sample">
                <caption>"Some of the users"</caption>
                <thead><tr><th scope="col">"Name"</th><th scope="col">"Email"</th><th scope="col">"Outcome"</th></tr></thead>
                <tbody use:cut_tip>
                    {preview.sample.into_iter().map(|u| view! {
                        <tr>
                            <td>{u.name}</td>
                            <td>{u.email}</td>
                            <td>{match u.reason {
                                Some(reason) => format!("{}: {}", outcome_word(u.outcome), reason.label()),
                                None => outcome_word(u.outcome).to_owned(),
                            }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
    }
}
