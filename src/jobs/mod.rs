//! Jobs (§8): the poll schedule, progress, the tray, completion and the results summary.

mod center;
pub mod csv;
pub mod progress;
pub mod reasons;
pub mod schedule;

pub use center::{JobCenter, JobEntry};
