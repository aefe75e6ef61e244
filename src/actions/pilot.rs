//! "Try on 10 first" (§13): the pilot's size as the admin types it, checked as the server checks
//! it, and what Review says of it.

use crate::i18n::Words;
use contract::pilot::{check_pilot, check_pilot_size, PILOT_DEFAULT, PILOT_MAX, PILOT_MIN_SELECTION};
use leptos::{html, prelude::*};

/// Whether Review offers a pilot for this many users: below it, the whole batch is already a
/// small group.
pub fn offered(selected: u64) -> bool {
    selected >= PILOT_MIN_SELECTION
}

/// The pilot's size from what was typed, or what is wrong with it: the server's own rules
/// (`contract::pilot`), so the field refuses exactly what a run would, said in `words`.
pub fn size(words: &Words, typed: &str, selected: u64) -> Result<u32, String> {
    let n: u32 = typed.trim().parse().map_err(|_| words.pilot_whole_number(PILOT_MAX.into()))?;
    if check_pilot_size(n).is_err() {
        return Err(words.pilot_range(PILOT_MAX.into()));
    }
    check_pilot(n, selected).map(|()| n).map_err(|_| words.pilot_fewer(selected.into()))
}

/// Review's sentence with the pilot: "Add 4,213 users to team Sales EMEA: 10 first, then the rest
/// once you confirm".
pub fn sentence(words: &Words, action: &str, size: u32) -> String {
    words.with_pilot(action.into(), size.into())
}

/// The button that goes on after the pilot: "Continue with the remaining 4,203", in the
/// instance's words.
pub fn continue_label(remaining: u64) -> String {
    crate::i18n::words().pilot_continue(remaining.into())
}

/// "Try on 10 first": off by default; on, the size field, checked as the admin runs.
#[component]
pub fn PilotField(
    /// Whether the admin chose a pilot.
    on: RwSignal<bool>,
    /// The size as typed (kept across Back and Review again).
    typed: RwSignal<String>,
    /// The problem to show at the size field; cleared as the admin types.
    error: RwSignal<Option<String>>,
    /// The size field, so a refused run can move focus to it.
    node_ref: NodeRef<html::Input>,
) -> impl IntoView {
    let words = crate::i18n::CurrentWords::current();
    let shown = move || typed.with(|t| t.trim().parse::<u32>().ok()).unwrap_or(PILOT_DEFAULT);
    view! {
        <fieldset class="plb-pilot-choice">
            <legend class="plb-visually-hidden">{words.words().pilot_legend()}</legend>
            <label class="plb-choice">
                <input type="checkbox" prop:checked=on on:change=move |ev| on.set(event_target_checked(&ev)) />
                {move || words.words().pilot_try(shown().into())}
            </label>
            <Show when=move || on.get()>
                <label class="plb-field">
                    {words.words().pilot_size()}
                    <input
                        type="number"
                        min="1"
                        max=PILOT_MAX.to_string()
                        node_ref=node_ref
                        aria-describedby="plb-pilot-hint plb-pilot-error"
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        prop:value=typed
                        on:input=move |ev| {
                            typed.set(event_target_value(&ev));
                            error.set(None);
                        }
                    />
                </label>
                <p id="plb-pilot-hint" class="plb-muted">
                    {words.words().pilot_hint()}
                </p>
                <p id="plb-pilot-error" class="plb-field-error" role="alert">{move || error.get()}</p>
            </Show>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::english;

    #[test]
    fn offered_from_twenty_users() {
        assert!(!offered(19));
        assert!(offered(20));
    }

    #[test]
    fn sizes_the_server_would_take_pass_and_others_say_why() {
        assert_eq!(size(english(), " 10 ", 4213), Ok(10));
        assert_eq!(size(english(), "100", 4213), Ok(100));
        assert_eq!(size(english(), "1", 20), Ok(1));
        for bad in ["", "ten", "2.5", "-3"] {
            assert_eq!(
                size(english(), bad, 4213),
                Err("Enter a whole number from 1 to 100".to_owned()),
                "{bad:?}"
            );
        }
        for bad in ["0", "101"] {
            assert_eq!(
                size(english(), bad, 4213),
                Err("Try the action on 1 to 100 users first".to_owned()),
                "{bad:?}"
            );
        }
        assert_eq!(
            size(english(), "25", 25),
            Err("Try it on fewer than the 25 selected users, or run it on all of them".to_owned())
        );
    }

    #[test]
    fn review_and_the_button_say_the_numbers() {
        assert_eq!(
            sentence(english(), "Add 4,213 users to team Sales EMEA", 10),
            "Add 4,213 users to team Sales EMEA: 10 first, then the rest once you confirm"
        );
        assert_eq!(continue_label(4203), "Continue with the remaining 4,203");
    }

    #[test]
    fn german_says_why_a_size_is_refused() {
        let de = crate::actions::words::german();
        assert_eq!(
            size(&de, "0", 4213),
            Err("Testen Sie die Aktion zuerst mit 1 bis 100 Benutzern".to_owned())
        );
        assert_eq!(
            sentence(&de, "4,213 Benutzer zum Team Sales EMEA hinzufügen", 10),
            "4,213 Benutzer zum Team Sales EMEA hinzufügen: zuerst 10, den Rest nach Ihrer Bestätigung"
        );
    }
}
