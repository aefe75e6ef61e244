//! The mock's clock. The calendar arithmetic is the contract's (`contract::calendar`), so the
//! server and the widget read dates and instants alike.

use std::time::{SystemTime, UNIX_EPOCH};

pub use contract::calendar::{
    civil_from_days, days_from_civil, format_date, format_rfc3339, parse_date, parse_instant,
};

/// Seconds since the Unix epoch, now.
pub fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}
