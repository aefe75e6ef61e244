//! Jobs (§8): the poll schedule, progress, the tray, completion and the results summary.

mod center;
pub mod csv;
pub mod download;
pub mod progress;
mod progress_view;
pub mod reasons;
pub mod schedule;
mod summary;
pub use summary::JobSummary;
mod tray;

pub use center::{FinishedJobs, JobCenter, JobEntry};
pub use progress_view::JobProgress;
pub use tray::{JobsStandIn, JobsTray};
