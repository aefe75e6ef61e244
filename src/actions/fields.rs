use super::catalog::{self, Draft, Field, FieldKind, Source};
use crate::{people::SelectionState, ui::Picker};
use contract::{options::ContentKind, FieldError, Me, Role};
use leptos::prelude::*;

/// The configuration form of an action: one component per field kind, driven by the catalog.
#[component]
pub fn ConfigFields(
    /// The action.
    kind: contract::ActionKind,
    /// What the admin entered.
    draft: RwSignal<Draft>,
    /// Errors by field key, from the widget's check or the server's 422.
    errors: RwSignal<Vec<FieldError>>,
    /// The acting admin: only an Owner is offered the Owner role.
    me: Signal<Option<Me>>,
) -> impl IntoView {
    let words = crate::i18n::CurrentWords::current();
    catalog::fields(kind)
        .iter()
        .map(|field| {
            let key = field.key;
            let error = Signal::derive(move || {
                errors.with(|e| e.iter().find(|e| e.field == key).map(|e| words.words().field_problem(e)))
            });
            // Editing a field clears its error; the full check runs again on Review.
            let edited = move || errors.update(|e| e.retain(|e| e.field != key));
            match field.kind {
                FieldKind::Pick(source) | FieldKind::MultiPick(source) => {
                    let multiple = matches!(field.kind, FieldKind::MultiPick(_));
                    view! { <PickField field=*field source multiple draft error me edited=Callback::new(move |_| edited()) /> }.into_any()
                }
                FieldKind::Date { future } => {
                    let today = super::today();
                    let (min, max) = if future { (Some(today), None) } else { (None, Some(today)) };
                    view! {
                        <div class="plb-field">
                            <label for=format!("plb-field-{key}")>{words.words().config_field_label(key)}</label>
                            <input
                                type="date"
                                id=format!("plb-field-{key}")
                                min=min
                                max=max
                                aria-invalid=move || error.with(Option::is_some).to_string()
                                aria-describedby=format!("plb-{key}-error")
                                prop:value=move || draft.with(|d| d.one(key).to_owned())
                                on:input=move |ev| {
                                    draft.update(|d| d.set_one(key, event_target_value(&ev)));
                                    edited();
                                }
                            />
                            <FieldError key error />
                        </div>
                    }
                    .into_any()
                }
                FieldKind::Text { max } | FieldKind::Message { max } => {
                    let message = matches!(field.kind, FieldKind::Message { .. });
                    view! { <TextField field=*field max message draft error edited=Callback::new(move |_| edited()) /> }.into_any()
                }
            }
        })
        .collect_view()
}

/// A field's error, tied to it by id.
#[component]
fn FieldError(
    /// The field key.
    key: &'static str,
    /// The message, if any.
    error: Signal<Option<String>>,
) -> impl IntoView {
    view! { <span class="plb-field-error" id=format!("plb-{key}-error")>{error}</span> }
}

/// A single or multiple pick from one of the option lists; content is picked one kind at a time.
#[component]
fn PickField(
    /// The field.
    field: Field,
    /// Where the choices come from.
    source: Source,
    /// Several choices rather than one.
    multiple: bool,
    /// What the admin entered.
    draft: RwSignal<Draft>,
    /// This field's error.
    error: Signal<Option<String>>,
    /// The acting admin.
    me: Signal<Option<Me>>,
    /// The field changed.
    edited: Callback<()>,
) -> impl IntoView {
    let state = expect_context::<SelectionState>();
    let words = crate::i18n::CurrentWords::current();
    let key = field.key;
    let (content_kind, set_content_kind) = signal(ContentKind::Course);
    let may_grant_owner = move || me.with(|m| m.as_ref().is_some_and(|m| m.role == Role::Owner));
    // Chips name every chosen item, also those of another kind than the list shows now.
    let names = Signal::derive(move || {
        state
            .options
            .with(|o| catalog::choices(source, o, may_grant_owner()))
            .into_iter()
            .map(|(id, name, _)| (id, name))
            .collect::<Vec<_>>()
    });
    let choices = Signal::derive(move || {
        let all = state.options.with(|o| catalog::choices(source, o, may_grant_owner()));
        all.into_iter()
            .filter(|(_, _, kind)| source != Source::Content || *kind == Some(content_kind.get()))
            .map(|(id, name, _)| (id, name))
            .collect::<Vec<_>>()
    });
    let chosen = Signal::derive(move || draft.with(|d| d.many(key).to_vec()));
    let on_pick = Callback::new(move |(id, on): (String, bool)| {
        draft.update(|d| if multiple { d.toggle(key, &id, on) } else { d.set_one(key, id) });
        edited.run(());
    });
    view! {
        {(source == Source::Content).then(|| view! {
            <label class="plb-field">
                {words.words().content_kind()} " "
                <select on:change=move |ev| {
                    let kind = match event_target_value(&ev).as_str() {
                        "item" => ContentKind::Item,
                        "channel" => ContentKind::Channel,
                        "learnlist" => ContentKind::Learnlist,
                        _ => ContentKind::Course,
                    };
                    set_content_kind.set(kind);
                }>
                    <option value="course">{words.words().content_courses()}</option>
                    <option value="item">{words.words().content_items()}</option>
                    <option value="channel">{words.words().content_channels()}</option>
                    <option value="learnlist">{words.words().content_learnlists()}</option>
                </select>
            </label>
        })}
        <Picker label=words.words().config_field_label(key) choices chosen on_pick multiple chips=multiple error id=key names />
    }
}

/// A text with a live length count; a message also shows what a recipient will see.
#[component]
fn TextField(
    /// The field.
    field: Field,
    /// The most characters the contract accepts.
    max: usize,
    /// A multi-line message with a preview.
    message: bool,
    /// What the admin entered.
    draft: RwSignal<Draft>,
    /// This field's error.
    error: Signal<Option<String>>,
    /// The field changed.
    edited: Callback<()>,
) -> impl IntoView {
    let words = crate::i18n::CurrentWords::current();
    let key = field.key;
    let value = move || draft.with(|d| d.one(key).to_owned());
    let length = move || draft.with(|d| d.one(key).chars().count());
    let counter_id = format!("plb-{key}-count");
    let counter_class = move || if length() > max { "plb-muted plb-over" } else { "plb-muted" };
    let described = format!("{counter_id} plb-{key}-error");
    let on_input = move |ev| {
        draft.update(|d| d.set_one(key, event_target_value(&ev)));
        edited.run(());
    };
    // No `maxlength`: a paste past the limit would be cut silently; the count and the error say it.
    let input = if message {
        view! {
            <textarea rows="6" id=format!("plb-field-{key}") aria-describedby=described aria-invalid=move || error.with(Option::is_some).to_string() prop:value=value on:input=on_input />
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=format!("plb-field-{key}") aria-describedby=described aria-invalid=move || error.with(Option::is_some).to_string() prop:value=value on:input=on_input />
        }
        .into_any()
    };
    view! {
        <div class="plb-field plb-text-field">
            <label for=format!("plb-field-{key}")>{words.words().config_field_label(key)}</label>
            {input}
            <span id=counter_id class=counter_class>
                {move || words.words().field_length(length().into(), max.into())}
            </span>
            <FieldError key error />
        </div>
        {message.then(|| view! {
            <section class="plb-message-preview" aria-label=words.words().message_preview()>
                <p class="plb-muted">{words.words().message_preview_intro()}</p>
                <p class="plb-message-subject">{move || draft.with(|d| d.one("subject").to_owned())}</p>
                <p class="plb-message-body">{value}</p>
            </section>
        })}
    }
}
