//! UTC instants as milliseconds since the Unix epoch, with RFC 3339 in and out.
//!
//! The clock is read by the caller (`Date.now()` in the browser and the worker), so everything
//! here is deterministic. Civil-date arithmetic after Howard Hinnant's `days_from_civil`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

/// A calendar date and time of day in UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

const MS_PER_DAY: i64 = 86_400_000;

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y.rem_euclid(4) == 0 && y.rem_euclid(100) != 0) || y.rem_euclid(400) == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Timestamp {
    pub fn civil(self) -> Civil {
        let days = self.0.div_euclid(MS_PER_DAY);
        let ms = self.0.rem_euclid(MS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        let secs = (ms / 1000) as u32;
        Civil { year, month, day, hour: secs / 3600, minute: secs / 60 % 60, second: secs % 60 }
    }

    pub fn from_civil(c: Civil) -> Timestamp {
        let days = days_from_civil(c.year, c.month, c.day);
        Timestamp(days * MS_PER_DAY + (c.hour as i64 * 3600 + c.minute as i64 * 60 + c.second as i64) * 1000)
    }

    /// `2026-11-28T04:36:43Z`: second precision, always UTC.
    pub fn to_rfc3339(self) -> String {
        let c = self.civil();
        format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", c.year, c.month, c.day, c.hour, c.minute, c.second)
    }

    /// Parses the `to_rfc3339` form (`Z` or a numeric offset; fractional seconds ignored).
    pub fn parse_rfc3339(s: &str) -> Option<Timestamp> {
        let (date, rest) = s.split_once(['T', 't', ' '])?;
        let day = Self::parse_date(date)?;
        let time_end = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
        let (time, zone) = rest.split_at(time_end);
        let time = time.split('.').next()?;
        let mut parts = time.split(':');
        let h: u32 = num(parts.next()?, 2)?;
        let mi: u32 = num(parts.next()?, 2)?;
        let se: u32 = num(parts.next()?, 2)?;
        if parts.next().is_some() || h > 23 || mi > 59 || se > 60 {
            return None;
        }
        let offset_min: i64 = match zone {
            "Z" | "z" => 0,
            z if z.len() == 6 && z.as_bytes()[3] == b':' => {
                let sign = if z.starts_with('-') { -1 } else { 1 };
                sign * (num::<i64>(&z[1..3], 2)? * 60 + num::<i64>(&z[4..6], 2)?)
            }
            _ => return None,
        };
        Some(Timestamp(day.0 + ((h * 3600 + mi * 60 + se.min(59)) as i64 - offset_min * 60) * 1000))
    }

    /// Parses `YYYY-MM-DD` to the start of that day in UTC.
    pub fn parse_date(s: &str) -> Option<Timestamp> {
        let mut parts = s.split('-');
        let y: i64 = num(parts.next()?, 4)?;
        let m: u32 = num(parts.next()?, 2)?;
        let d: u32 = num(parts.next()?, 2)?;
        if parts.next().is_some() || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Timestamp(days_from_civil(y, m, d) * MS_PER_DAY))
    }

    /// `YYYY-MM-DD` of this instant in UTC.
    pub fn date_string(self) -> String {
        let c = self.civil();
        format!("{:04}-{:02}-{:02}", c.year, c.month, c.day)
    }

    pub fn plus_days(self, days: i64) -> Timestamp {
        Timestamp(self.0 + days * MS_PER_DAY)
    }

    /// Midnight UTC at the start of this instant's day.
    pub fn date_start(self) -> Timestamp {
        Timestamp(self.0.div_euclid(MS_PER_DAY) * MS_PER_DAY)
    }
}

fn num<T: std::str::FromStr>(s: &str, digits: usize) -> Option<T> {
    (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_instants() {
        assert_eq!(Timestamp(0).to_rfc3339(), "1970-01-01T00:00:00Z");
        assert_eq!(Timestamp(1_795_840_603_000).to_rfc3339(), "2026-11-28T04:36:43Z");
        assert_eq!(Timestamp(951_782_400_000).to_rfc3339(), "2000-02-29T00:00:00Z");
        assert_eq!(Timestamp(-1000).to_rfc3339(), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn parsing() {
        assert_eq!(Timestamp::parse_rfc3339("2026-11-28T04:36:43Z"), Some(Timestamp(1_795_840_603_000)));
        assert_eq!(Timestamp::parse_rfc3339("2026-11-28T04:36:43.123Z"), Some(Timestamp(1_795_840_603_000)));
        assert_eq!(Timestamp::parse_rfc3339("2026-11-27T23:36:43-05:00"), Some(Timestamp(1_795_840_603_000)));
        assert_eq!(Timestamp::parse_date("2024-02-29"), Some(Timestamp(1_709_164_800_000)));
        for bad in ["2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024-01-01T", "x", ""] {
            assert_eq!(Timestamp::parse_date(bad), None, "{bad}");
        }
        assert_eq!(Timestamp::parse_rfc3339("2026-11-28T25:00:00Z"), None);
        assert_eq!(Timestamp::parse_rfc3339("2026-11-28T04:36:43"), None);
    }

    proptest! {
        #[test]
        fn rfc3339_round_trips_at_second_precision(secs in -62_135_596_800i64..253_402_300_799i64) {
            let t = Timestamp(secs * 1000);
            prop_assert_eq!(Timestamp::parse_rfc3339(&t.to_rfc3339()), Some(t));
            prop_assert_eq!(Timestamp::from_civil(t.civil()), t);
        }
    }
}
