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
pub use tray::{jobs_stand_in, JobsTray};

/// The shipped German words (as `locales/de/*.ftl` compiled), for tests of word order and plurals.
#[cfg(test)]
pub(crate) fn german() -> &'static crate::i18n::Words {
    let text = include_str!(concat!(env!("OUT_DIR"), "/locales/de.txt")).to_owned();
    let plural = |n: u64| if n == 1 { "one" } else { "other" };
    let words = crate::i18n::Words::compiled(text, "de", Box::new(plural)).expect("built for this catalog");
    Box::leak(Box::new(words))
}
