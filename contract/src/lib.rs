//! The People Log batch-actions API contract.
//!
//! Wire types shared by the widget and the mock server, the filter query encoding, and the
//! permission table of the product specification (§5). Everything here is plain data: no I/O.

pub mod actions;
pub mod filter;
pub mod me;
pub mod options;
pub mod people;
pub mod problem;
pub mod query;

pub use actions::{ActionGroup, ActionKind};
pub use filter::{ContentFilter, Filter, HireDate, Progress};
pub use me::{Me, Permissions};
pub use options::{FilterOptions, Named};
pub use people::{PeoplePage, Person, Role, Sort, SortField, Status, UserId};
pub use problem::{FieldError, Problem};
pub use query::{ListQuery, QueryError, PAGE_SIZES};
