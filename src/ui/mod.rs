//! Generic pieces shared by the screens: the modal dialog, the searchable pick, the deferred build
//! and the stylesheet.

mod dialog;
mod later;
mod picker;
pub mod stylesheet;

pub use dialog::Modal;
pub use later::Later;
pub use picker::Picker;
