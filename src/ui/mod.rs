//! Generic pieces shared by the screens: the modal dialog, the searchable pick, the deferred build,
//! the later parts, the stylesheet and the width watch.

mod dialog;
pub mod dom;
mod later;
pub mod part;
mod picker;
pub mod stylesheet;
mod width;

pub use dialog::{Modal, OpenDialogs};
pub use later::later;
pub use part::{
    part_problem, part_view, part_view_while, retry_alert, Part, PartError, PartFuture, PartView,
};
pub use picker::Picker;
pub use width::{watch_width, WidthWatch};
