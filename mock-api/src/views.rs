//! Saved views, in memory, per identity.

use contract::SavedView;
use std::collections::HashMap;

#[derive(Default)]
pub struct ViewStore {
    pub by_identity: HashMap<&'static str, Vec<SavedView>>,
    pub next_id: u64,
}
