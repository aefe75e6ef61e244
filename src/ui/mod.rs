//! Generic pieces shared by the screens: the modal dialog, the searchable pick, the deferred build,
//! the stylesheet and the width watch.

mod dialog;
mod later;
mod picker;
pub mod stylesheet;
mod width;

pub use dialog::Modal;
pub use later::Later;
pub use picker::Picker;
pub use width::{watch_width, WidthWatch};
