//! "Run now" or "Schedule" (§13): a date and time in the admin's time zone, checked as the server
//! checks `run_at`, said in words with its zone, and the help article's out-of-hours advice for
//! the actions that message people.

use crate::{format::Locale, i18n::Words};
use contract::{
    schedule::{check_run_at, out_of_hours_warning, LocalTime, Weekday, MAX_AHEAD_DAYS},
    ActionKind,
};
use leptos::{html, prelude::*};
use wasm_bindgen::JsValue;

/// Review's sentence for a scheduled job: "Send notification “Compliance reminder” to 812 users,
/// on Mon 8 Dec at 09:00 (Europe/London)".
pub fn sentence(words: &Words, action: &str, when: &str) -> String {
    words.with_schedule(action.into(), when.into())
}

/// What Review says of an all-matching selection that a schedule resolves when it starts.
pub fn resolved_then(words: &Words, today: u64) -> String {
    words.when_resolved(today.into())
}

/// A `datetime-local` value, `YYYY-MM-DDTHH:MM`, of a wall-clock moment.
pub fn input_value(year: u32, month: u32, day: u32, hour: u32, minute: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}")
}

/// The browser's time zone, as `Intl` names it ("Europe/London").
pub fn zone() -> String {
    let options =
        js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
    js_sys::Reflect::get(&options, &"timeZone".into()).ok().and_then(|z| z.as_string()).unwrap_or_default()
}

/// The instant a `datetime-local` value names in the browser's zone; `None` for no valid value.
fn instant(local: &str) -> Option<js_sys::Date> {
    // Date and time without an offset: JavaScript reads it as local time.
    let date = js_sys::Date::new(&JsValue::from_str(local));
    (!local.is_empty() && !date.get_time().is_nan()).then_some(date)
}

/// `run_at` for a chosen `datetime-local` value, or what is wrong with it: the server's rule
/// (`check_run_at`) in the instance's words.
pub fn run_at(local: &str) -> Result<String, String> {
    run_at_in(crate::i18n::words(), local)
}

/// [`run_at`] in `words`.
pub fn run_at_in(words: &Words, local: &str) -> Result<String, String> {
    let date = instant(local).ok_or_else(|| words.when_choose())?;
    let iso = String::from(date.to_iso_string());
    let now = (js_sys::Date::now() / 1000.0) as i64;
    check_run_at(&iso, now).map(|_| iso).map_err(|_| {
        // The value is a valid instant, so it is either past or too far ahead.
        if date.get_time() / 1000.0 > now as f64 {
            words.when_too_far((MAX_AHEAD_DAYS as u64).into())
        } else {
            words.when_passed()
        }
    })
}

/// A moment as the admin's wall clock shows it.
fn local_time(date: &js_sys::Date) -> Option<LocalTime> {
    Some(LocalTime {
        weekday: Weekday::from_js_day(date.get_day())?,
        hour: date.get_hours(),
        minute: date.get_minutes(),
    })
}

/// "Mon 8 Dec at 09:00", in the instance's locale (British English by default).
fn said(words: &Words, date: &js_sys::Date, locale: Option<&str>) -> String {
    let locale = locale.unwrap_or("en-GB");
    let options = |pairs: &[(&str, &str)]| {
        let o = js_sys::Object::new();
        for (k, v) in pairs {
            let _ = js_sys::Reflect::set(&o, &(*k).into(), &(*v).into());
        }
        o
    };
    let day = date.to_locale_date_string(
        locale,
        &options(&[("weekday", "short"), ("day", "numeric"), ("month", "short")]).into(),
    );
    let time = date.to_locale_time_string_with_options(
        locale,
        &options(&[("hour", "2-digit"), ("minute", "2-digit"), ("hourCycle", "h23")]).into(),
    );
    words.when_day_time((&String::from(day).replace(',', "")).into(), (&String::from(time)).into())
}

/// When a job runs, in words with its zone: "Mon 8 Dec at 09:00 (Europe/London)", from an RFC 3339
/// instant (a job's `run_at`), in the instance's words.
pub fn when_text(rfc3339: &str, locale: Option<&str>) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    format!("{} ({})", said(crate::i18n::words(), &date, locale), zone())
}

/// The `min` and `max` of the picker: now and 90 days ahead, as the browser's wall clock shows them.
fn bounds() -> (String, String) {
    let value = |ms: f64| {
        let d = js_sys::Date::new(&JsValue::from_f64(ms));
        input_value(d.get_full_year(), d.get_month() + 1, d.get_date(), d.get_hours(), d.get_minutes())
    };
    let now = js_sys::Date::now();
    (value(now), value(now + MAX_AHEAD_DAYS as f64 * 86_400_000.0))
}

/// The chosen moment (or now) outside working hours, for an action that messages people: the
/// article's advice, never a block.
pub fn advice(words: &Words, kind: ActionKind, local: Option<&str>) -> Option<String> {
    let date = match local {
        Some(local) => instant(local)?,
        None => js_sys::Date::new_0(),
    };
    out_of_hours_warning(kind, local_time(&date)?).map(|_| words.out_of_hours())
}

/// "Run now" or "Schedule", the date and time with the zone, the schedule's problem at its field,
/// and the out-of-hours advice.
#[component]
pub fn WhenField(
    /// The action (its advice).
    kind: ActionKind,
    /// "Schedule" chosen.
    scheduled: RwSignal<bool>,
    /// The `datetime-local` value typed.
    at: RwSignal<String>,
    /// The problem at the field; cleared as the admin types.
    error: RwSignal<Option<String>>,
    /// The picker, so a refused run can move focus to it.
    node_ref: NodeRef<html::Input>,
    /// How many users match today, for an all-matching selection (resolved when it starts).
    #[prop(into)]
    matching_today: Signal<Option<u64>>,
) -> impl IntoView {
    let words = crate::i18n::CurrentWords::current();
    let zone = zone();
    let (min, max) = bounds();
    let label = words.words().when_at((&zone).into());
    let warning = move || {
        let local = scheduled.get().then(|| at.get());
        advice(words.words(), kind, local.as_deref())
    };
    view! {
        <fieldset class="plb-when">
            <legend>{words.words().when_legend()}</legend>
            <label class="plb-choice">
                <input type="radio" name="plb-when" prop:checked=move || !scheduled.get() on:change=move |_| scheduled.set(false) />
                {words.words().when_now()}
            </label>
            <label class="plb-choice">
                <input type="radio" name="plb-when" prop:checked=scheduled on:change=move |_| scheduled.set(true) />
                {words.words().when_schedule()}
            </label>
            <Show when=move || scheduled.get()>
                <label class="plb-field">
                    {label.clone()}
                    <input
                        type="datetime-local"
                        min=min.clone()
                        max=max.clone()
                        node_ref=node_ref
                        aria-describedby="plb-when-error"
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        prop:value=at
                        on:input=move |ev| {
                            at.set(event_target_value(&ev));
                            error.set(None);
                        }
                    />
                </label>
                <p id="plb-when-error" class="plb-field-error" role="alert">{move || error.get()}</p>
                {move || matching_today.get().map(|n| view! { <p class="plb-muted">{resolved_then(words.words(), n)}</p> })}
            </Show>
            {move || warning().map(|w| view! { <p class="plb-warning" role="note">{w}</p> })}
        </fieldset>
    }
}

/// The instance's locale, for `when_text` in components.
pub fn locale() -> Option<String> {
    use_context::<Locale>().and_then(|l| l.0.map(|t| t.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::english;

    #[test]
    fn a_scheduled_review_says_when_with_the_zone() {
        assert_eq!(
            sentence(
                english(),
                "Send notification “Compliance reminder” to 812 users",
                "Mon 8 Dec at 09:00 (Europe/London)"
            ),
            "Send notification “Compliance reminder” to 812 users, on Mon 8 Dec at 09:00 (Europe/London)"
        );
        assert_eq!(
            resolved_then(english(), 4213),
            "It acts on the users who match these filters when it starts: 4,213 today."
        );
    }

    #[test]
    fn a_scheduled_review_in_german() {
        let de = crate::actions::words::german();
        assert_eq!(
            sentence(&de, "Benachrichtigung senden", "Mo. 8. Dez. um 09:00 (Europe/Berlin)"),
            "Benachrichtigung senden, am Mo. 8. Dez. um 09:00 (Europe/Berlin)"
        );
        assert_eq!(
            resolved_then(&de, 4213),
            "Sie betrifft die Benutzer, die beim Start diesen Filtern entsprechen: heute 4,213."
        );
    }

    #[test]
    fn picker_values_are_padded() {
        assert_eq!(input_value(2026, 12, 8, 9, 5), "2026-12-08T09:05");
    }
}
