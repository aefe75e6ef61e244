//! Generic pieces shared by the screens: the modal dialog, the searchable pick, the deferred build,
//! the later parts, the stylesheet and the width watch.

mod dialog;
mod later;
pub mod part;
mod picker;
pub mod stylesheet;
mod width;

pub use dialog::{Modal, OpenDialogs};
pub use later::Later;
pub use part::{Part, PartError, PartFuture, PartProblem, PartView};
pub use picker::Picker;
pub use width::{watch_width, WidthWatch};
