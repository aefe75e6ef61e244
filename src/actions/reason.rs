//! The reason an admin gives for a job (§14), on the Review step and for a retry or an undo. The
//! rule is the server's own (`contract::reason`), so the field is required exactly where a run
//! without it would be a 422.

use crate::i18n::Words;
use contract::{
    reason::{check_reason, normalize_reason, REASON_MAX, REASON_REQUIRED_OVER},
    ActionKind,
};
use leptos::{html, prelude::*};

/// The counter shows from this many characters on: well before the limit, not on every keystroke.
const COUNTER_FROM: usize = REASON_MAX - 100;

/// "412 of 500 characters" once the reason nears the limit, else nothing.
pub fn counter(words: &Words, typed: &str) -> Option<String> {
    let n = typed.chars().count();
    (n >= COUNTER_FROM).then(|| words.reason_length(n.into(), REASON_MAX.into()))
}

/// Why a job of `kind` on `users` users cannot run with `typed` as its reason (the server's rule,
/// `contract::reason`), in the instance's words.
pub fn problem(typed: &str, kind: ActionKind, users: u64) -> Option<String> {
    problem_in(crate::i18n::words(), typed, kind, users)
}

/// [`problem`] in `words`.
pub fn problem_in(words: &Words, typed: &str, kind: ActionKind, users: u64) -> Option<String> {
    check_reason(Some(typed), kind, users).err()?;
    Some(if typed.chars().count() > REASON_MAX {
        words.reason_too_long(REASON_MAX.into())
    } else if users > REASON_REQUIRED_OVER {
        words.reason_needed_over(REASON_REQUIRED_OVER.into())
    } else {
        words.reason_needed_for((&words.action_name(kind)).into())
    })
}

/// The reason as the request carries it: trimmed, and none when blank.
pub fn to_wire(typed: &str) -> Option<String> {
    normalize_reason(Some(typed))
}

/// "Reason (shown in the history)": a textarea that keeps what was typed, marked required where the
/// server requires a reason, with its problem (ours or the server's 422) beside it.
#[component]
pub fn ReasonField(
    /// What the admin typed.
    text: RwSignal<String>,
    /// Whether a reason is required here.
    #[prop(into)]
    required: Signal<bool>,
    /// The problem to show at the field; cleared as the admin types.
    error: RwSignal<Option<String>>,
    /// Unique within the widget: ties the field to its counter and message.
    id: &'static str,
    /// The textarea, so a refused run can move focus to it.
    #[prop(optional)]
    node_ref: Option<NodeRef<html::Textarea>>,
) -> impl IntoView {
    let node_ref = node_ref.unwrap_or_default();
    let words = crate::i18n::CurrentWords::current();
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let counter_text = Memo::new(move |_| text.with(|t| counter(words.words(), t)));
    let over = Memo::new(move |_| text.with(|t| t.chars().count() > REASON_MAX));
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if counter_text.with(Option::is_some) {
                ids.push(hint_id.as_str());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.as_str());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="plb-field plb-reason">
            <label for=id>
                {words.words().reason_label()}
                <Show when=move || required.get()>
                    <span class="plb-required">" " {words.words().reason_required()}</span>
                </Show>
            </label>
            <textarea
                id=id
                rows="2"
                node_ref=node_ref
                required=move || required.get()
                aria-required=move || required.get().to_string()
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described
                prop:value=text
                on:input=move |ev| {
                    text.set(event_target_value(&ev));
                    if error.with_untracked(Option::is_some) {
                        error.set(None);
                    }
                }
            ></textarea>
            {move || counter_text.get().map(|c| view! {
                <p id=hint_id.clone() class="plb-muted plb-counter" class:plb-field-error=over aria-live="polite">{c}</p>
            })}
            {move || error.get().map(|e| view! { <p id=error_id.clone() class="plb-field-error">{e}</p> })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::english;

    #[test]
    fn the_counter_shows_near_the_limit_in_characters_not_bytes() {
        assert_eq!(counter(english(), &"é".repeat(399)), None);
        assert_eq!(counter(english(), &"é".repeat(400)).as_deref(), Some("400 of 500 characters"));
        assert_eq!(counter(english(), &"x".repeat(501)).as_deref(), Some("501 of 500 characters"));
    }

    #[test]
    fn required_exactly_where_the_server_requires_it() {
        assert!(problem("", ActionKind::Deactivate, 2).is_some_and(|m| m.contains("Deactivate")));
        assert!(problem("   ", ActionKind::ChangeRole, 2).is_some());
        assert_eq!(problem("", ActionKind::AddLabels, 1_000), None);
        assert!(problem("", ActionKind::AddLabels, 1_001).is_some());
        assert_eq!(problem("Leavers of March", ActionKind::Delete, 3), None);
        assert!(
            problem(&"x".repeat(501), ActionKind::AddLabels, 1).is_some(),
            "too long, even where optional"
        );
    }

    #[test]
    fn the_problem_is_the_contracts_and_said_in_the_locale() {
        for (typed, kind, users) in [
            ("", ActionKind::Deactivate, 2),
            ("", ActionKind::AddLabels, 1_001),
            (&*"x".repeat(501), ActionKind::AddLabels, 1),
        ] {
            let contract = check_reason(Some(typed), kind, users).unwrap_err().message;
            let english = problem_in(english(), typed, kind, users).unwrap();
            assert_eq!(english.replace("1,000", "1000"), contract);
        }
        let de = crate::actions::words::german();
        assert_eq!(
            problem_in(&de, "", ActionKind::Deactivate, 2).as_deref(),
            Some("Geben Sie einen Grund an: Jeder Auftrag „Deaktivieren“ braucht einen")
        );
    }

    #[test]
    fn the_wire_carries_a_trimmed_reason_or_none() {
        assert_eq!(to_wire("  Q2 re-org \n"), Some("Q2 re-org".to_owned()));
        assert_eq!(to_wire(" \t"), None);
    }
}
