//! The batch-job engine.

#[derive(Default)]
pub struct JobStore {}

pub fn spawn_sweeper(_state: crate::Shared) {}
