//! Generic pieces shared by the screens: the modal dialog and the searchable pick.

mod dialog;
mod picker;

pub use dialog::Modal;
pub use picker::Picker;
