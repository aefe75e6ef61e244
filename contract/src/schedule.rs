//! Scheduled runs (§13): when a job may be set to start, and when a message would reach people
//! out of hours.

use crate::{actions::ActionKind, calendar::parse_instant, problem::FieldError};

/// The furthest ahead a job may be scheduled.
pub const MAX_AHEAD_DAYS: i64 = 90;
/// How far in the past a `run_at` may be and still be taken as "now": the admin picked the current
/// minute, or the browser's clock is a little behind the server's.
pub const PAST_GRACE_SECS: i64 = 60;

/// `run_at` on creation or reschedule, as Unix seconds: an RFC 3339 instant, not in the past, at
/// most [`MAX_AHEAD_DAYS`] after `now` (Unix seconds). The error names the field `run_at`.
pub fn check_run_at(value: &str, now: i64) -> Result<i64, FieldError> {
    let error = |message: &str| FieldError { field: "run_at".into(), message: message.into() };
    let at = check_run_at_shape(value)?;
    if at < now - PAST_GRACE_SECS {
        return Err(error("This time has passed: choose a later one"));
    }
    if at > now + MAX_AHEAD_DAYS * 86_400 {
        return Err(error(&format!("Choose a time at most {MAX_AHEAD_DAYS} days ahead")));
    }
    Ok(at)
}

/// The part of [`check_run_at`] that needs no clock: an RFC 3339 instant (the preview's check).
pub fn check_run_at_shape(value: &str) -> Result<i64, FieldError> {
    parse_instant(value).ok_or_else(|| FieldError {
        field: "run_at".into(),
        message: "Enter a date and time with its offset, e.g. 2026-12-08T09:00:00+00:00".into(),
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// From JavaScript's `Date.prototype.getDay()` numbering, where 0 is Sunday.
    pub fn from_js_day(day: u32) -> Option<Weekday> {
        Self::ALL.get((day as usize + 6) % 7).filter(|_| day < 7).copied()
    }

    /// From the short English name `Intl.DateTimeFormat("en", {weekday: "short"})` gives ("Mon").
    pub fn from_short_name(name: &str) -> Option<Weekday> {
        const NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        NAMES.iter().position(|n| *n == name).map(|i| Self::ALL[i])
    }

    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

/// A wall-clock moment in the admin's time zone, as the browser's `Intl` reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub weekday: Weekday,
    /// 0 to 23.
    pub hour: u32,
    /// 0 to 59.
    pub minute: u32,
}

/// Working hours start at 08:00 and end at 18:00, Monday to Friday: 18:00 itself is out of hours.
pub const WORK_HOURS: std::ops::Range<u32> = 8..18;

impl LocalTime {
    /// Outside 08:00 to 18:00, Monday to Friday, where non-urgent messages should wait.
    pub fn is_out_of_hours(self) -> bool {
        self.weekday.is_weekend() || !WORK_HOURS.contains(&self.hour)
    }
}

/// The help article's advice, shown as a warning (never a block).
pub const OUT_OF_HOURS_ADVICE: &str =
    "This is outside working hours (08:00 to 18:00, Monday to Friday). Consider timing: avoid out-of-hours for non-urgent messages.";

/// The warning for running `kind` at `at` (the scheduled time, or now): only the actions that
/// message people (Send notification, Resend invitations, Send password reset) have one.
pub fn out_of_hours_warning(kind: ActionKind, at: LocalTime) -> Option<&'static str> {
    (kind.messages_people() && at.is_out_of_hours()).then_some(OUT_OF_HOURS_ADVICE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::format_rfc3339;
    use chrono::{Datelike, TimeZone, Timelike, Utc};
    use chrono_tz::Tz;

    const NOW: i64 = 1_796_601_600; // 2026-12-07T00:00:00Z

    #[test]
    fn a_run_at_is_a_future_instant_within_90_days() {
        assert_eq!(format_rfc3339(NOW), "2026-12-07T00:00:00Z");
        assert_eq!(check_run_at("2026-12-08T09:00:00+01:00", NOW), Ok(NOW + 86_400 + 8 * 3600));
        assert_eq!(check_run_at("2027-03-07T00:00:00Z", NOW), Ok(NOW + 90 * 86_400));
        assert_eq!(check_run_at("2026-12-06T23:59:30Z", NOW), Ok(NOW - 30), "within the grace");
        for (bad, message) in [
            ("2027-03-07T00:00:01Z", "Choose a time at most 90 days ahead"),
            ("2026-12-06T23:58:59Z", "This time has passed: choose a later one"),
            ("2026-12-08 09:00", "Enter a date and time with its offset, e.g. 2026-12-08T09:00:00+00:00"),
            ("2026-12-08T09:00:00", "Enter a date and time with its offset, e.g. 2026-12-08T09:00:00+00:00"),
        ] {
            let err = check_run_at(bad, NOW).unwrap_err();
            assert_eq!((err.field.as_str(), err.message.as_str()), ("run_at", message), "{bad}");
        }
    }

    #[test]
    fn weekdays_read_from_javascript_and_intl() {
        assert_eq!(Weekday::from_js_day(0), Some(Weekday::Sunday));
        assert_eq!(Weekday::from_js_day(1), Some(Weekday::Monday));
        assert_eq!(Weekday::from_js_day(6), Some(Weekday::Saturday));
        assert_eq!(Weekday::from_js_day(7), None);
        assert_eq!(Weekday::from_short_name("Fri"), Some(Weekday::Friday));
        assert_eq!(Weekday::from_short_name("Friday"), None);
    }

    fn at(weekday: Weekday, hour: u32, minute: u32) -> LocalTime {
        LocalTime { weekday, hour, minute }
    }

    #[test]
    fn working_hours_are_8_to_18_monday_to_friday() {
        use Weekday::*;
        for (moment, out) in [
            (at(Monday, 8, 0), false),
            (at(Monday, 7, 59), true),
            (at(Friday, 17, 59), false),
            (at(Friday, 18, 0), true),
            (at(Wednesday, 22, 0), true),
            (at(Thursday, 10, 0), false),
            (at(Saturday, 10, 0), true),
            (at(Sunday, 12, 0), true),
        ] {
            assert_eq!(moment.is_out_of_hours(), out, "{moment:?}");
        }
    }

    #[test]
    fn only_actions_that_message_people_warn() {
        let night = at(Weekday::Tuesday, 22, 0);
        for kind in ActionKind::ALL {
            let messages = matches!(
                kind,
                ActionKind::SendNotification | ActionKind::ResendInvitations | ActionKind::SendPasswordReset
            );
            assert_eq!(out_of_hours_warning(kind, night).is_some(), messages, "{kind:?}");
            assert_eq!(out_of_hours_warning(kind, at(Weekday::Tuesday, 10, 0)), None, "{kind:?}");
        }
    }

    /// What the browser's `Intl` gives for `utc` in `zone`, here from the tz database.
    fn local(utc: (i32, u32, u32, u32, u32), zone: Tz) -> LocalTime {
        let (y, mo, d, h, mi) = utc;
        let t = Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap().with_timezone(&zone);
        let weekday = Weekday::ALL[t.weekday().num_days_from_monday() as usize];
        at(weekday, t.hour(), t.minute())
    }

    #[test]
    fn the_same_instant_is_in_hours_in_one_zone_and_out_in_another() {
        // Monday 2026-12-07 09:00 UTC.
        let instant = (2026, 12, 7, 9, 0);
        assert!(!local(instant, Tz::Europe__London).is_out_of_hours(), "09:00 in London");
        assert!(local(instant, Tz::America__Los_Angeles).is_out_of_hours(), "01:00 in Los Angeles");
        assert!(local(instant, Tz::Asia__Tokyo).is_out_of_hours(), "18:00 in Tokyo");
        // Sunday 23:30 UTC is already Monday morning in Tokyo.
        let sunday_night = local((2026, 12, 6, 23, 30), Tz::Asia__Tokyo);
        assert_eq!(sunday_night, at(Weekday::Monday, 8, 30));
        assert!(!sunday_night.is_out_of_hours());
    }

    #[test]
    fn a_daylight_saving_change_moves_the_same_utc_time_into_working_hours() {
        // London moves to BST on Sunday 2026-03-29: Monday 07:30 UTC is 07:30 before, 08:30 after.
        let before = local((2026, 3, 23, 7, 30), Tz::Europe__London);
        let after = local((2026, 3, 30, 7, 30), Tz::Europe__London);
        assert_eq!((before.hour, after.hour), (7, 8));
        let kind = ActionKind::SendNotification;
        assert!(out_of_hours_warning(kind, before).is_some());
        assert!(out_of_hours_warning(kind, after).is_none());
        // New York moves to EDT on Sunday 2026-03-08: Friday 22:30 UTC is 17:30 before, 18:30 after.
        let before = local((2026, 3, 6, 22, 30), Tz::America__New_York);
        let after = local((2026, 3, 13, 22, 30), Tz::America__New_York);
        assert_eq!((before, after.hour), (at(Weekday::Friday, 17, 30), 18));
        assert!(!before.is_out_of_hours() && after.is_out_of_hours());
    }
}
