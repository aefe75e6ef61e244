use crate::{
    api::{spawn_request, ApiClient, ApiError},
    filters::ListLabel,
    people::KnownLists,
};
use contract::Filter;
use leptos::prelude::*;

/// Whenever the filter names a list the widget knows nothing of (a reload, a saved view, a shared
/// link), asks `GET /people/lists/{id}` for its chip's words: its name and count, or that it is no
/// longer available. Another failure leaves the chip unnamed. Renders nothing; in the batch part,
/// so the first download does not carry it and the chip is named once the part is in.
#[component]
pub fn ListNames(
    /// The filters in the URL.
    filter: Memo<Filter>,
) -> impl IntoView {
    let (Some(api), Some(lists)) = (use_context::<ApiClient>(), use_context::<KnownLists>()) else { return };
    Effect::new(move |_| {
        let Some(id) = filter.with(|f| f.list.clone()) else { return };
        if lists.0.with_untracked(|l| l.iter().any(|(known, _)| *known == id)) {
            return;
        }
        let (api, asked) = (api.clone(), id.clone());
        spawn_request(async move { api.people_list(&asked).await }, move |r| {
            let label = match r {
                Ok(list) => ListLabel::Named { name: list.name, matched: list.matched },
                Err(ApiError::Http { status: 404, .. }) => ListLabel::Unavailable,
                Err(_) => return,
            };
            lists.0.update(|l| l.push((id, label)));
        });
    });
}
