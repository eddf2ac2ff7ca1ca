//! French number formats (Canadian usage) for the French catalogs, mirroring `figures_en`:
//! thousands grouped by a non-breaking space, a decimal comma, a non-breaking space before the
//! percent sign, and the sentences that describe charts. Written with `1 234,5` and `62,5 %`
//! where English writes `1,234.5` and `62.5%`.
//!
//! The reviewer dashboards stay in English, so some of these functions have no caller outside
//! the tests yet; they are here so that a French analytics catalog needs no new formatting.

use crate::stats::Summary;

/// The minus sign of typeset numbers (U+2212): screen readers say "moins", not "tiret".
const MINUS: char = '\u{2212}';

/// The non-breaking space (U+00A0) of French typography: between groups of thousands, before
/// `%`, `:`, `;`, `?` and `!`, and inside guillemets.
pub const NBSP: char = '\u{a0}';

/// `1234567` → `1 234 567` (non-breaking spaces).
pub fn count(n: u64) -> String {
    group(&n.to_string())
}

fn group(digits: &str) -> String {
    super::super::figures_en::group_with(digits, NBSP)
}

/// `x` rounded to `decimals` places, grouped, with a decimal comma; never "−0".
pub fn fixed(x: f64, decimals: usize) -> String {
    super::super::figures_en::fixed_with(x, decimals, NBSP, ',')
}

/// A share from 0 to 1 as a percent with one decimal: `0.8254` → `82,5 %`.
pub fn percent(share: f64) -> String {
    format!("{} %", fixed(share * 100.0, 1))
}

/// A mean on the 1–5 scale, two decimals: `3.5714` → `3,57`.
pub fn mean(x: f64) -> String {
    fixed(x, 2)
}

/// A reported number (hours, dollars, minutes, days): at most two decimals, trailing zeros
/// dropped, so `25000` reads `25 000` and `12.5` reads `12,5`.
#[cfg_attr(not(test), allow(dead_code))]
pub fn number(x: f64) -> String {
    let s = fixed(x, 2);
    if s.contains(',') {
        s.trim_end_matches('0').trim_end_matches(',').to_owned()
    } else {
        s
    }
}

fn signed(text: String, x: f64) -> String {
    if text.starts_with(MINUS) || text.trim_start_matches(['0', ',', NBSP]).is_empty() {
        text
    } else if x > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// A change of share, signed, in percentage points: `0.052` → `+5,2 points de pourcentage`.
/// As French grammar wants, the unit stays singular below 2: `+1,5 point de pourcentage`.
#[cfg_attr(not(test), allow(dead_code))]
pub fn share_change(change: f64) -> String {
    let points = change * 100.0;
    let unit = if (points * 10.0).round().abs() < 20.0 { "point" } else { "points" };
    format!("{} {unit} de pourcentage", signed(fixed(points, 1), change))
}

/// A change of mean value, signed, two decimals: `-0.25` → `−0,25`.
#[cfg_attr(not(test), allow(dead_code))]
pub fn mean_change(change: f64) -> String {
    signed(fixed(change, 2), change)
}

/// `(value, low, high)`, already formatted.
#[cfg_attr(not(test), allow(dead_code))]
pub fn with_interval(value: &str, low: &str, high: &str) -> String {
    format!("{value} (intervalle de confiance à 95 % : de {low} à {high})")
}

#[cfg_attr(not(test), allow(dead_code))]
pub fn range(low: &str, high: &str) -> String {
    format!("de {low} à {high}")
}

/// A distribution in words: median, the middle half, the range and how many answers. Parts are
/// separated by semicolons, since the comma is the decimal sign.
#[cfg_attr(not(test), allow(dead_code))]
pub fn distribution(s: &Summary, format: fn(f64) -> String) -> String {
    format!(
        "médiane {} ; moitié centrale de {} à {} ; minimum {} ; maximum {} ; {} {}",
        format(s.median),
        format(s.q1),
        format(s.q3),
        format(s.min),
        format(s.max),
        count(s.n),
        if s.n <= 1 { "réponse" } else { "réponses" }
    )
}

/// A chart's text alternative: what it shows, then each item with its figure.
pub fn chart_desc(what: &str, items: &[(String, String)]) -> String {
    if items.is_empty() {
        return format!("{what}. Aucun chiffre à afficher.");
    }
    let list: Vec<String> = items.iter().map(|(label, value)| format!("{label} : {value}")).collect();
    format!("{what}. {}.", list.join(" ; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_and_decimals() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1_000), "1 000");
        assert_eq!(count(1_234_567), "1 234 567");
        assert_eq!(fixed(1234.5678, 2), "1 234,57");
        assert_eq!(fixed(1234.5, 1), "1 234,5");
        assert_eq!(fixed(-1234.5, 1), "\u{2212}1 234,5");
        assert_eq!(fixed(-0.001, 1), "0,0", "no negative zero");
        assert_eq!(fixed(f64::NAN, 1), "");
    }

    #[test]
    fn groups_use_a_non_breaking_space() {
        assert_eq!(count(1_234), "1\u{a0}234");
        assert!(!count(1_234_567).contains(' '));
        assert_eq!(percent(0.625), "62,5\u{a0}%");
    }

    #[test]
    fn shares_means_and_numbers() {
        assert_eq!(percent(0.8254), "82,5 %");
        assert_eq!(percent(1.0), "100,0 %");
        assert_eq!(percent(0.0), "0,0 %");
        assert_eq!(mean(32.0 / 9.0), "3,56");
        assert_eq!(mean(4.0), "4,00");
        assert_eq!(number(25_000.0), "25 000");
        assert_eq!(number(12.5), "12,5");
        assert_eq!(number(10.0 / 3.0), "3,33");
        assert_eq!(number(-3.0), "\u{2212}3");
        assert_eq!(number(1_200.0), "1 200");
    }

    #[test]
    fn changes_carry_their_sign() {
        assert_eq!(share_change(0.052), "+5,2 points de pourcentage");
        assert_eq!(share_change(0.015), "+1,5 point de pourcentage");
        assert_eq!(share_change(-0.25), "\u{2212}25,0 points de pourcentage");
        assert_eq!(share_change(0.0), "0,0 point de pourcentage");
        assert_eq!(mean_change(0.333), "+0,33");
        assert_eq!(mean_change(-0.25), "\u{2212}0,25");
        assert_eq!(mean_change(-0.001), "0,00");
        assert_eq!(mean_change(1_234.0), "+1 234,00");
    }

    #[test]
    fn sentences() {
        assert_eq!(
            with_interval("45,0 %", "40,1 %", "50,2 %"),
            "45,0 % (intervalle de confiance à 95 % : de 40,1 % à 50,2 %)"
        );
        assert_eq!(range("2", "9"), "de 2 à 9");
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
        assert_eq!(
            distribution(&s, number),
            "médiane 4,5 ; moitié centrale de 2 à 9 ; minimum 0 ; maximum 30 ; 12 réponses"
        );
        let one = Summary { n: 1, ..s };
        assert!(distribution(&one, number).ends_with("1 réponse"));
        let items = vec![("A".to_owned(), "1,0 %".to_owned()), ("B".to_owned(), "2,0 %".to_owned())];
        assert_eq!(chart_desc("Proportion", &items), "Proportion. A : 1,0 % ; B : 2,0 %.");
        assert_eq!(chart_desc("Proportion", &[]), "Proportion. Aucun chiffre à afficher.");
    }
}
