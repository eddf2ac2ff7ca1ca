//! English number formats for the analytics catalogs (public and reviewer): thousands
//! separators, fixed decimals, percents, signed changes and the sentences that describe charts.
//! Kept in one place so the two catalogs cannot format the same figure two ways; a translation
//! brings its own module with the same functions.

use crate::stats::Summary;
use crate::time::{Civil, Timestamp};

/// Month names, for every English date.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "November 28, 2026"; with `short`, "Nov 28, 2026".
pub fn day(c: Civil, short: bool) -> String {
    let month = MONTHS[(c.month - 1) as usize];
    format!("{} {}, {}", if short { &month[..3] } else { month }, c.day, c.year)
}

/// A `YYYY-MM-DD` day as [`day`] writes it; anything else is shown as it is.
pub fn day_of(raw: &str, short: bool) -> String {
    match Timestamp::parse_date(raw.trim()) {
        Some(t) => day(t.civil(), short),
        None => raw.to_owned(),
    }
}

/// `(label, figure)` pairs, both already formatted: what a chart's text alternative lists.
pub type Labelled = [(String, String)];
/// How a figure is written.
pub type Format = fn(f64) -> String;

/// The minus sign of typeset numbers (U+2212): screen readers say "minus", not "dash".
const MINUS: char = '\u{2212}';

/// `1234567` → `1,234,567`.
pub fn count(n: u64) -> String {
    group(&n.to_string())
}

fn group(digits: &str) -> String {
    group_with(digits, ',')
}

/// Digits in groups of three from the right, joined by `separator`: the one grouping every
/// language's formats share (English and Mexican Spanish `,`, French a non-breaking space).
pub(super) fn group_with(digits: &str, separator: char) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// `x` rounded to `decimals` places, with thousands separators; never "−0".
pub fn fixed(x: f64, decimals: usize) -> String {
    fixed_with(x, decimals, ',', '.')
}

/// [`fixed`] with a language's thousands separator and decimal mark.
pub(super) fn fixed_with(x: f64, decimals: usize, thousands: char, decimal_mark: char) -> String {
    if !x.is_finite() {
        return String::new();
    }
    let text = format!("{:.decimals$}", x.abs());
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let zero = text.chars().all(|c| c == '0' || c == '.');
    let mut out = String::new();
    if x < 0.0 && !zero {
        out.push(MINUS);
    }
    out.push_str(&group_with(int, thousands));
    if let Some(frac) = frac {
        out.push(decimal_mark);
        out.push_str(frac);
    }
    out
}

/// A share from 0 to 1 as a percent with one decimal: `0.8254` → `82.5%`.
pub fn percent(share: f64) -> String {
    format!("{}%", fixed(share * 100.0, 1))
}

/// A mean on the 1–5 scale, two decimals: `3.5714` → `3.57`.
pub fn mean(x: f64) -> String {
    fixed(x, 2)
}

/// A reported number (hours, dollars, minutes, days): at most two decimals, trailing zeros
/// dropped, so `25000` reads `25,000` and `12.5` reads `12.5`.
pub fn number(x: f64) -> String {
    let s = fixed(x, 2);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

fn signed(text: String, x: f64) -> String {
    if text.starts_with(MINUS) || text.trim_start_matches(['0', '.', ',']).is_empty() {
        text
    } else if x > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// A change of share, signed, in percentage points: `0.052` → `+5.2 percentage points`.
pub fn share_change(change: f64) -> String {
    format!("{} percentage points", signed(fixed(change * 100.0, 1), change))
}

/// A change of mean value, signed, two decimals: `-0.25` → `−0.25`.
pub fn mean_change(change: f64) -> String {
    signed(fixed(change, 2), change)
}

/// `(value, low, high)`, already formatted.
pub fn with_interval(value: &str, low: &str, high: &str) -> String {
    format!("{value} (95% interval {low} to {high})")
}

pub fn range(low: &str, high: &str) -> String {
    format!("{low} to {high}")
}

/// A distribution in words: median, the middle half, the range and how many answers.
pub fn distribution(s: &Summary, format: fn(f64) -> String) -> String {
    format!(
        "median {}, middle half {} to {}, lowest {}, highest {}, {} {}",
        format(s.median),
        format(s.q1),
        format(s.q3),
        format(s.min),
        format(s.max),
        count(s.n),
        if s.n == 1 { "answer" } else { "answers" }
    )
}

/// A chart's text alternative: what it shows, then each item with its figure.
pub fn chart_desc(what: &str, items: &[(String, String)]) -> String {
    if items.is_empty() {
        return format!("{what}. No figures to show.");
    }
    let list: Vec<String> = items.iter().map(|(label, value)| format!("{label}: {value}")).collect();
    format!("{what}. {}.", list.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_and_decimals() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1_000), "1,000");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(fixed(1234.5678, 2), "1,234.57");
        assert_eq!(fixed(-1234.5, 1), "\u{2212}1,234.5");
        assert_eq!(fixed(-0.001, 1), "0.0", "no negative zero");
        assert_eq!(fixed(f64::NAN, 1), "");
    }

    #[test]
    fn shares_means_and_numbers() {
        assert_eq!(percent(0.8254), "82.5%");
        assert_eq!(percent(1.0), "100.0%");
        assert_eq!(percent(0.0), "0.0%");
        assert_eq!(mean(32.0 / 9.0), "3.56");
        assert_eq!(mean(4.0), "4.00");
        assert_eq!(number(25_000.0), "25,000");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(10.0 / 3.0), "3.33");
        assert_eq!(number(-3.0), "\u{2212}3");
    }

    #[test]
    fn changes_carry_their_sign() {
        assert_eq!(share_change(0.052), "+5.2 percentage points");
        assert_eq!(share_change(-0.25), "\u{2212}25.0 percentage points");
        assert_eq!(share_change(0.0), "0.0 percentage points");
        assert_eq!(mean_change(0.333), "+0.33");
        assert_eq!(mean_change(-0.25), "\u{2212}0.25");
        assert_eq!(mean_change(-0.001), "0.00");
    }

    #[test]
    fn sentences() {
        assert_eq!(with_interval("45.0%", "40.1%", "50.2%"), "45.0% (95% interval 40.1% to 50.2%)");
        let s = Summary {
            n: 12,
            mean: 4.0,
            ci_low: None,
            ci_high: None,
            min: 0.0,
            q1: 2.0,
            median: 4.5,
            q3: 9.0,
            max: 30.0,
        };
        assert_eq!(distribution(&s, number), "median 4.5, middle half 2 to 9, lowest 0, highest 30, 12 answers");
        let items = vec![("A".to_owned(), "1.0%".to_owned()), ("B".to_owned(), "2.0%".to_owned())];
        assert_eq!(chart_desc("Share", &items), "Share. A: 1.0%; B: 2.0%.");
        assert_eq!(chart_desc("Share", &[]), "Share. No figures to show.");
    }
}
