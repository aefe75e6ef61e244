//! The People Log batch-actions API contract.
//!
//! Wire types shared by the widget and the mock server, the filter query encoding, and the
//! permission table of the product specification (§5). Everything here is plain data: no I/O.
//! With the `openapi` feature every wire type also derives `utoipa::ToSchema`.

pub mod actions;
pub mod batch;
pub mod calendar;
pub mod entries;
pub mod filter;
pub mod history;
pub mod jobs;
mod json;
pub mod lists;
pub mod me;
pub mod options;
pub mod people;
pub mod pilot;
pub mod problem;
pub mod query;
pub mod reason;
pub mod schedule;
pub mod selection;
pub mod views;

pub use actions::{ActionGroup, ActionKind};
pub use batch::{BatchAction, FollowUpJob, NewBatchJob, Reschedule};
pub use filter::{ContentFilter, Filter, HireDate, Progress};
pub use history::{JobListQuery, JobScope};
pub use jobs::{
    Job, JobCreator, JobId, JobList, JobResultsPage, JobStatus, Outcome, Preview, ReasonCode, ReasonCount,
    SelectionKind, SelectionSnapshot, UserOutcome,
};
pub use lists::{CreateList, ListId, PeopleList, Unmatched, UnmatchedReason};
pub use me::{Capabilities, DemoIdentity, DemoIdentityList, Me, Permissions};
pub use options::{FilterOptions, Named};
pub use people::{MatchRequest, MatchResponse, PeoplePage, Person, Role, Sort, SortField, Status, UserId};
pub use problem::{FieldError, Problem};
pub use query::{ListQuery, QueryError, PAGE_SIZES};
pub use schedule::{LocalTime, Weekday};
pub use selection::Selection;
pub use views::{NewSavedView, SavedView, SavedViewList, SavedViewPatch};
