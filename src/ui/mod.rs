//! Generic pieces shared by the screens: the modal dialog, the searchable pick and the stylesheet.

mod dialog;
mod later;
mod picker;
pub mod stylesheet;

pub use dialog::Modal;
pub use later::Later;
pub use picker::Picker;
