//! Jobs (§8): the poll schedule, progress, the tray, completion and the results summary.

pub mod csv;
pub mod progress;
pub mod reasons;
pub mod schedule;
