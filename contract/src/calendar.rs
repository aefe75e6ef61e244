//! Calendar arithmetic without a date crate: days since 1970-01-01 <-> `YYYY-MM-DD`, RFC 3339.
//! Shared so that the server and the widget read a date or an instant the same way.

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

pub fn format_date(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Parses `YYYY-MM-DD` into a day number; `None` unless it is a real calendar date.
pub fn parse_date(s: &str) -> Option<i64> {
    if !crate::batch::is_date(s) {
        return None;
    }
    let y: i64 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    let day = days_from_civil(y, m, d);
    (civil_from_days(day) == (y, m, d)).then_some(day)
}

/// RFC 3339 in UTC with second precision, e.g. `2026-03-01T09:30:00Z`.
pub fn format_rfc3339(unix: i64) -> String {
    let day = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400);
    format!("{}T{:02}:{:02}:{:02}Z", format_date(day), secs / 3600, secs / 60 % 60, secs % 60)
}

/// An RFC 3339 date-time (`2026-03-01T09:30:00Z`, `2026-03-01t10:30:00.250+01:00`) as Unix
/// seconds, rounded up to the next whole second when it has a fraction: whole-second times at or
/// after it are exactly those at or after the result. A leap second (`:60`) is the second after
/// `:59`. `None` for anything else, a date without a time included.
pub fn parse_instant(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let two = |at: usize| -> Option<i64> {
        let d = b.get(at..at + 2)?;
        d.iter().all(u8::is_ascii_digit).then(|| i64::from(d[0] - b'0') * 10 + i64::from(d[1] - b'0'))
    };
    let day = parse_date(s.get(0..10)?)?;
    if !matches!(b.get(10), Some(b'T' | b't')) || b.get(13) != Some(&b':') || b.get(16) != Some(&b':') {
        return None;
    }
    let (hour, minute, second) = (two(11)?, two(14)?, two(17)?);
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &s[19..];
    let mut fraction = false;
    if let Some(after_dot) = rest.strip_prefix('.') {
        let digits = after_dot.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        fraction = after_dot[..digits].bytes().any(|d| d != b'0');
        rest = &after_dot[digits..];
    }
    let offset = match rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let (h, m) =
                (i64::from((h1 - b'0') * 10 + (h2 - b'0')), i64::from((m1 - b'0') * 10 + (m2 - b'0')));
            if h > 23 || m > 59 {
                return None;
            }
            let minutes = h * 60 + m;
            if *sign == b'+' {
                minutes
            } else {
                -minutes
            }
        }
        _ => return None,
    };
    Some(day * 86_400 + hour * 3600 + minute * 60 + second - offset * 60 + i64::from(fraction))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for day in [-1000, 0, 11_016, 19_000, 20_513, 40_000] {
            assert_eq!(parse_date(&format_date(day)), Some(day));
        }
        assert_eq!(format_date(0), "1970-01-01");
        assert_eq!(parse_date("2024-02-30"), None);
        assert_eq!(format_rfc3339(86_400 + 3661), "1970-01-02T01:01:01Z");
    }

    #[test]
    fn instants_in_any_offset_name_the_same_second() {
        let utc = parse_instant("2026-03-01T09:30:00Z").unwrap();
        assert_eq!(format_rfc3339(utc), "2026-03-01T09:30:00Z");
        assert_eq!(parse_instant("2026-03-01t10:30:00+01:00"), Some(utc));
        assert_eq!(parse_instant("2026-03-01T04:00:00-05:30"), Some(utc));
        assert_eq!(parse_instant("2026-03-01T09:30:00z"), Some(utc));
        // A fraction rounds up: whole seconds at or after it start at the next one.
        assert_eq!(parse_instant("2026-03-01T09:29:59.001Z"), Some(utc));
        assert_eq!(parse_instant("2026-03-01T09:30:00.000Z"), Some(utc));
        assert_eq!(parse_instant("2026-12-31T23:59:60Z"), parse_instant("2027-01-01T00:00:00Z"));
    }

    #[test]
    fn anything_but_an_rfc_3339_date_time_is_refused() {
        for bad in [
            "2026-03-01",
            "2026-03-01T09:30Z",
            "2026-03-01 09:30:00Z",
            "2026-03-01T09:30:00",
            "2026-03-01T24:00:00Z",
            "2026-03-01T09:60:00Z",
            "2026-02-30T09:30:00Z",
            "2026-03-01T09:30:00.Z",
            "2026-03-01T09:30:00+1:00",
            "2026-03-01T09:30:00+24:00",
            "2026-03-01T09:30:00+01:00:00",
            "2026-03-01T09:30:00Z ",
            "2026-03-01T０9:30:00Z",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad}");
        }
    }
}
