//! The mock's clock. The calendar arithmetic is the contract's (`contract::calendar`), so the
//! server and the widget read dates and instants alike.

use std::{
    sync::atomic::{AtomicI64, Ordering},
    time::{SystemTime, UNIX_EPOCH},
};

pub use contract::calendar::{
    civil_from_days, days_from_civil, format_date, format_rfc3339, parse_date, parse_instant,
};

/// Seconds since the Unix epoch, now.
pub fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// The time the job engine goes by: the system's, unless a test pins it or sets it elsewhere, so
/// that a scheduled job is seen to wait for its `run_at` and then start without the test sleeping.
#[derive(Debug)]
pub struct Clock {
    /// Unix seconds, or `UNPINNED`.
    pinned: AtomicI64,
    /// Seconds added to the system's time when not pinned.
    offset: AtomicI64,
}

const UNPINNED: i64 = i64::MIN;

impl Default for Clock {
    fn default() -> Self {
        Clock { pinned: AtomicI64::new(UNPINNED), offset: AtomicI64::new(0) }
    }
}

impl Clock {
    /// Unix seconds now.
    pub fn now(&self) -> i64 {
        match self.pinned.load(Ordering::Relaxed) {
            UNPINNED => unix_now() + self.offset.load(Ordering::Relaxed),
            pinned => pinned,
        }
    }

    /// Stops the clock at `unix` (seconds) until pinned or set again (the HTTP tests).
    pub fn pin(&self, unix: i64) {
        self.pinned.store(unix, Ordering::Relaxed);
    }

    /// Moves the clock to `unix` (seconds), from where it runs on (browser tests, through
    /// `POST /api/test-clock`).
    pub fn set(&self, unix: i64) {
        self.offset.store(unix - unix_now(), Ordering::Relaxed);
        self.pinned.store(UNPINNED, Ordering::Relaxed);
    }
}

/// A short day and time in UTC, e.g. `4 Dec 10:32`, as names read.
pub fn format_short(unix: i64) -> String {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let (_, m, d) = civil_from_days(unix.div_euclid(86_400));
    let secs = unix.rem_euclid(86_400);
    format!("{d} {} {:02}:{:02}", MONTHS[m as usize - 1], secs / 3600, secs / 60 % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_time_reads_as_names_do() {
        assert_eq!(format_short(86_400 + 3661), "2 Jan 01:01");
    }

    #[test]
    fn a_pinned_clock_stays_where_it_was_put() {
        let clock = Clock::default();
        assert!((clock.now() - unix_now()).abs() <= 1);
        clock.pin(86_400);
        assert_eq!(clock.now(), 86_400);
        let tomorrow = unix_now() + 86_400;
        clock.set(tomorrow);
        assert!((clock.now() - tomorrow).abs() <= 1, "runs on from where it was set");
    }
}
