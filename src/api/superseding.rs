use leptos::prelude::*;
use web_sys::{AbortController, AbortSignal};

/// One request in flight at a time: starting the next aborts the one before, and the owner's
/// cleanup aborts the last. `Copy`, for the closures that start requests.
#[derive(Clone, Copy)]
pub struct Superseding {
    inflight: StoredValue<Option<AbortController>, LocalStorage>,
}

impl Superseding {
    /// Aborts whatever is in flight when the current owner is cleaned up.
    pub fn owned() -> Self {
        let inflight = StoredValue::new_local(None::<AbortController>);
        on_cleanup(move || {
            inflight.try_with_value(|slot| slot.as_ref().map(AbortController::abort));
        });
        Superseding { inflight }
    }

    /// Aborts the request in flight, if any, and gives the signal for the next one.
    pub fn next(self) -> Option<AbortSignal> {
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        if let Some(old) =
            self.inflight.try_update_value(|slot| std::mem::replace(slot, controller)).flatten()
        {
            old.abort();
        }
        signal
    }
}
