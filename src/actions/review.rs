use super::catalog::LARGE_BATCH;
use crate::{
    api::ApiError,
    filters,
    i18n::Words,
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
    let words = crate::i18n::CurrentWords::current();
    // Frozen: the filters an all-matching selection was chosen under, not whatever the bar shows now.
    let scope = move || {
        state.selection.with(|s| match s {
            Selection::AllMatching { filter, .. } => {
                let chips = state.options.with(|o| match lists {
                    Some(lists) => lists.0.with(|l| filters::chips(filter, o, l, words.words())),
                    None => filters::chips(filter, o, &[], words.words()),
                });
                Some(view! {
                    <div class="plb-review-scope">
                        <p>{words.words().scope_matching()}</p>
                        <ul class="plb-chips" aria-label=words.words().scope_chips()>
                            {chips.into_iter().map(|c| view! { <li class="plb-chip plb-chip-static">{c.label}</li> }).collect_view()}
                            {chips_empty_note(words.words(), s)}
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
                            {words.words().scope_hidden(hidden.into())} " "
                            <button type="button" class="plb-link" on:click=move |_| state.deselect_hidden()>
                                {words.words().scope_leave_out()}
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
            <p class="plb-warning" role="note">{words.words().large_batch(count.get().into())}</p>
        })}
        <section class="plb-preview" aria-labelledby="plb-preview-title" aria-busy=move || preview.with(Option::is_none).to_string()>
            <h4 id="plb-preview-title">{words.words().preview_title()}</h4>
            {move || match preview.get() {
                None => view! { <p class="plb-muted">{words.words().preview_checking()}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="plb-field-error" role="alert">{words.words().preview_failed((&e.said(words.words())).into())}</p> }.into_any(),
                Some(Ok(p)) => view! { <PreviewCounts preview=p selected=count.get_untracked() /> }.into_any(),
            }}
        </section>
        {confirm.map(|typed| view! {
            <label class="plb-field plb-confirm">
                {move || words.words().confirm_delete(count.get().into())}
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

fn chips_empty_note(words: &Words, selection: &Selection) -> Option<impl IntoView> {
    match selection {
        Selection::AllMatching { filter, .. } if filter.is_empty() => {
            Some(view! { <li class="plb-chip plb-chip-static">{words.scope_no_filters()}</li> })
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
    let words = crate::i18n::CurrentWords::current();
    let outcome = |o: Outcome| o.as_str();
    view! {
        <ul class="plb-preview-counts">
            <li>{words.words().preview_will_change(preview.will_change.into())}</li>
            <li>{words.words().preview_will_skip(preview.will_skip.into())}</li>
            <li>{words.words().preview_will_fail(preview.will_fail.into())}</li>
        </ul>
        {(preview.total != selected).then(|| view! {
            <p class="plb-warning">{words.words().preview_total_moved(selected.into(), preview.total.into())}</p>
        })}
        {(!preview.reasons.is_empty()).then(|| view! {
            <ul class="plb-reasons" aria-label=words.words().preview_reasons()>
                {preview.reasons.iter().map(|r| view! {
                    <li>{words.words().preview_reason(r.count.into(), outcome(r.outcome).into(), (&words.words().reason_text(r.reason)).into())}</li>
                }).collect_view()}
            </ul>
        })}
        {(!preview.sample.is_empty()).then(|| view! {
            <table class="plb-sample">
                <caption>{words.words().preview_sample()}</caption>
                <thead><tr><th scope="col">{words.words().column_name()}</th><th scope="col">{words.words().column_email()}</th><th scope="col">{words.words().preview_outcome()}</th></tr></thead>
                <tbody use:cut_tip>
                    {preview.sample.into_iter().map(|u| view! {
                        <tr>
                            <td>{u.name}</td>
                            <td>{u.email}</td>
                            <td>{match u.reason {
                                Some(reason) => words.words().act_outcome_why(outcome(u.outcome).into(), (&words.words().reason_text(reason)).into()),
                                None => words.words().act_outcome(outcome(u.outcome).into()),
                            }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
    }
}
