//! The jobs tray in the toolbar, the completion toasts and the jobs dialog (§8).

use super::{
    center::{Completion, JobCenter, JobEntry},
    progress::{percent, status_text, tray_badge},
    progress_view::JobProgress,
};
use crate::{
    actions::when,
    i18n::CurrentWords,
    ui::{dom, Modal, OpenDialogs},
};
use contract::{JobId, JobStatus};
use leptos::{html, prelude::*};
use leptos_use::{use_timeout_fn, UseTimeoutFnReturn};

/// A toast without failures goes away by itself after this long.
const TOAST_MS: f64 = 10_000.0;

/// The toolbar's jobs button and list, plus the toasts, the live region and the dialog that
/// shows one job's progress or summary.
#[component]
pub fn JobsTray() -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let expanded = RwSignal::new(false);
    let w = CurrentWords::current();
    let badge = Memo::new(move |_| {
        center.jobs().with(|jobs| tray_badge(w.words(), jobs.iter().map(|e| e.job.status)))
    });
    let dialog = RwSignal::new(false);
    // The dialog follows `center.open`; closing it (Esc, Close) clears it.
    // (Each side is set only on a real change: a `set` always notifies, and the two would ping-pong.)
    Effect::new(move |_| {
        let want = center.open.with(Option::is_some);
        if dialog.get_untracked() != want {
            dialog.set(want);
        }
    });
    Effect::new(move |_| {
        if !dialog.get() && center.open.with_untracked(Option::is_some) {
            center.open.set(None);
        }
    });
    let close = Callback::new(move |_| dialog.set(false));
    // The stand-in's word, so nothing changes when the part replaces it.
    let jobs = w.words().jobs();

    view! {
        <div class="plb-tray">
            <button
                type="button"
                aria-expanded=move || expanded.get().to_string()
                aria-controls="plb-tray-panel"
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                {jobs.clone()}
                {move || badge.with(|b| !b.is_empty()).then(|| view! { <span class="plb-badge">{badge.get()}</span> })}
            </button>
            <div id="plb-tray-panel" class="plb-tray-panel" role="region" aria-label=jobs hidden=move || !expanded.get()>
                <Show when=move || !center.jobs().with(Vec::is_empty) fallback=move || view! { <p>{w.words().jobs_none()}</p> }>
                    <ul>
                        <For each=move || center.jobs().get() key=|e| e.job.id.clone() let:e>
                            <TrayItem id=e.job.id.clone() />
                        </For>
                    </ul>
                </Show>
            </div>
        </div>
        <Toasts />
        <Modal open=dialog labelledby="plb-job-dialog-title" class="plb-job-dialog">
            <div class="plb-dialog-head">
                <h2 id="plb-job-dialog-title">
                    {move || center.open.get().and_then(|id| center.entry(&id)).map(|e| e.job.title)}
                </h2>
                <button type="button" on:click=move |_| close.run(())>{w.words().close()}</button>
            </div>
            // Built once per opening: Retry failed and Undo move the view on to the new job.
            {move || center.open.get_untracked().map(|id| view! { <JobProgress id on_background=close /> })}
        </Modal>
    }
}

/// The tray's button as it shows before the batch part is in (same box, disabled), so nothing
/// below it moves when the tray replaces it.
pub fn jobs_stand_in() -> web_sys::Element {
    let tray = dom::markup(
        r#"<div class="plb-tray"><button type="button" aria-expanded="false" disabled></button></div>"#,
    );
    dom::set_text(&dom::find(&tray, "button"), &crate::i18n::words().jobs());
    tray
}

/// One job in the tray: its title opens its progress or summary.
#[component]
fn TrayItem(id: JobId) -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let entry = Memo::new({
        let id = id.clone();
        move |_| center.entry(&id)
    });
    let id = StoredValue::new(id);
    let locale = when::locale();
    let w = CurrentWords::current();
    move || {
        entry.get().map(|JobEntry { job, reconnecting, .. }| {
            let status = match (&job.run_at, job.status) {
                _ if reconnecting => w.words().job_reconnecting(),
                (Some(at), JobStatus::Scheduled) => {
                    w.words().job_scheduled_for((&when::when_text(at, locale.as_deref())).into())
                }
                _ => status_text(w.words(), job.status),
            };
            let progress =
                w.words().job_tray_progress(job.processed.into(), percent(job.processed, job.total).into(), job.total.into());
            view! {
                <li class="plb-tray-item">
                    <button type="button" class="plb-link" on:click=move |_| center.open.set(Some(id.get_value()))>
                        {job.title.clone()}
                    </button>
                    <span class="plb-job-status">{status}</span>
                    <progress max=job.total.max(1).to_string() value=job.processed.to_string() aria-label=w.words().job_progress_of((&job.title).into())></progress>
                    <span>{progress}</span>
                </li>
            }
        })
    }
}

/// The completion toasts, in the top layer (a manual popover, shown while there is one), so no
/// stacking context of the host's covers them; and the polite live region that announces each.
/// While a modal dialog is open both are moved into the top one: a modal dialog makes the rest of
/// the page inert, to the pointer and to assistive technology, even what the top layer shows
/// above it.
#[component]
fn Toasts() -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let dialogs = OpenDialogs::ensure();
    let (home, moving, toasts) =
        (NodeRef::<html::Div>::new(), NodeRef::<html::Div>::new(), NodeRef::<html::Div>::new());
    Effect::new(move |_| {
        let any = center.completions.with(|c| !c.is_empty());
        let (Some(home), Some(moving), Some(toasts)) = (home.get(), moving.get(), toasts.get()) else {
            return;
        };
        let place = dialogs.top(&home).unwrap_or_else(|| home.into());
        if moving.parent_element().as_ref() != Some(&place) {
            // Moving a popover closes it: it is shown again below.
            let _ = place.append_child(&moving);
        }
        if any != toasts.matches(":popover-open").unwrap_or(any) {
            let _ = if any { toasts.show_popover() } else { toasts.hide_popover() };
        }
    });
    // Out of a dialog, it would not go with this component.
    on_cleanup(move || {
        if let Some(moving) = moving.get_untracked() {
            moving.remove();
        }
    });
    view! {
        <div class="plb-later" node_ref=home>
            <div class="plb-later" node_ref=moving>
                <div class="plb-visually-hidden" role="status" aria-live="polite">{move || center.announcement.get()}</div>
                <div class="plb-toasts" popover="manual" node_ref=toasts>
                    <For each=move || center.completions.get() key=|c| c.id.clone() let:c>
                        <Toast completion=c />
                    </For>
                </div>
            </div>
        </div>
    }
}

/// A completion toast. It never takes focus; without failures it goes away by itself.
#[component]
fn Toast(completion: Completion) -> impl IntoView {
    let center = expect_context::<JobCenter>();
    let Completion { id, sentence, sticky } = completion;
    let id = StoredValue::new(id);
    let dismiss = move || center.dismiss(&id.get_value());
    let w = CurrentWords::current();
    if !sticky {
        let UseTimeoutFnReturn { start, .. } = use_timeout_fn(move |_: ()| dismiss(), TOAST_MS);
        start(());
    }
    view! {
        <div class="plb-toast" class:plb-toast-failed=sticky role="group" aria-label=w.words().toast()>
            <p>{sentence}</p>
            <button type="button" class="plb-link" on:click=move |_| {
                center.open.set(Some(id.get_value()));
                dismiss();
            }>{w.words().toast_view_summary()}</button>
            <button type="button" aria-label=w.words().toast_dismiss() on:click=move |_| dismiss()>"×"</button>
        </div>
    }
}
