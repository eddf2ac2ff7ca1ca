//! Spanish (es-MX) number formats, mirroring `figures_en`: as in Mexico, a comma groups thousands
//! and a point marks decimals (`1,234.5`), and the percent sign follows the figure without a
//! space (`62.5%`), as Mexican government publications write it. Reviewer pages stay English, so
//! only the public summary uses these today; the rest is here so a Spanish analytics catalog
//! cannot format a figure differently from the public one.

use crate::stats::Summary;

/// The minus sign of typeset numbers (U+2212): screen readers say "menos", not "guion".
const MINUS: char = '\u{2212}';

/// `1234567` → `1,234,567`.
pub fn count(n: u64) -> String {
    group(&n.to_string())
}

/// A signed whole number with thousands separators and an ASCII hyphen for negatives, as a
/// person would type it back into a form: `-1234` → `-1,234`.
pub fn integer(n: i64) -> String {
    let digits = count(n.unsigned_abs());
    if n < 0 {
        format!("-{digits}")
    } else {
        digits
    }
}

fn group(digits: &str) -> String {
    super::super::figures_en::group_with(digits, ',')
}

/// `x` rounded to `decimals` places, with thousands separators; never "−0".
pub fn fixed(x: f64, decimals: usize) -> String {
    super::super::figures_en::fixed_with(x, decimals, ',', '.')
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
#[allow(dead_code)]
pub fn number(x: f64) -> String {
    let s = fixed(x, 2);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

#[allow(dead_code)]
fn signed(text: String, x: f64) -> String {
    if text.starts_with(MINUS) || text.trim_start_matches(['0', '.', ',']).is_empty() {
        text
    } else if x > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// A change of share, signed, in percentage points: `0.052` → `+5.2 puntos porcentuales`.
#[allow(dead_code)]
pub fn share_change(change: f64) -> String {
    let text = signed(fixed(change * 100.0, 1), change);
    let unit = if text == "+1.0" || text == "\u{2212}1.0" { "punto porcentual" } else { "puntos porcentuales" };
    format!("{text} {unit}")
}

/// A change of mean value, signed, two decimals: `-0.25` → `−0.25`.
#[allow(dead_code)]
pub fn mean_change(change: f64) -> String {
    signed(fixed(change, 2), change)
}

/// `(value, low, high)`, already formatted.
#[allow(dead_code)]
pub fn with_interval(value: &str, low: &str, high: &str) -> String {
    format!("{value} (intervalo de 95%: de {low} a {high})")
}

#[allow(dead_code)]
pub fn range(low: &str, high: &str) -> String {
    format!("de {low} a {high}")
}

/// A distribution in words: median, the middle half, the range and how many answers.
#[allow(dead_code)]
pub fn distribution(s: &Summary, format: fn(f64) -> String) -> String {
    format!(
        "mediana {}, mitad central de {} a {}, mínimo {}, máximo {}, {} {}",
        format(s.median),
        format(s.q1),
        format(s.q3),
        format(s.min),
        format(s.max),
        count(s.n),
        if s.n == 1 { "respuesta" } else { "respuestas" }
    )
}

/// A chart's text alternative: what it shows, then each item with its figure.
pub fn chart_desc(what: &str, items: &[(String, String)]) -> String {
    if items.is_empty() {
        return format!("{what}. No hay cifras que mostrar.");
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
        assert_eq!(integer(-1_234), "-1,234");
        assert_eq!(integer(1_000_000_000), "1,000,000,000");
        assert_eq!(fixed(1234.5678, 2), "1,234.57");
        assert_eq!(fixed(-1234.5, 1), "\u{2212}1,234.5");
        assert_eq!(fixed(-0.001, 1), "0.0", "no negative zero");
        assert_eq!(fixed(f64::NAN, 1), "");
    }

    #[test]
    fn shares_means_and_numbers() {
        assert_eq!(percent(0.625), "62.5%");
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
        assert_eq!(share_change(0.052), "+5.2 puntos porcentuales");
        assert_eq!(share_change(-0.25), "\u{2212}25.0 puntos porcentuales");
        assert_eq!(share_change(0.0), "0.0 puntos porcentuales");
        assert_eq!(share_change(0.01), "+1.0 punto porcentual");
        assert_eq!(mean_change(0.333), "+0.33");
        assert_eq!(mean_change(-0.25), "\u{2212}0.25");
        assert_eq!(mean_change(-0.001), "0.00");
    }

    #[test]
    fn sentences() {
        assert_eq!(with_interval("45.0%", "40.1%", "50.2%"), "45.0% (intervalo de 95%: de 40.1% a 50.2%)");
        assert_eq!(range("2", "9"), "de 2 a 9");
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
        assert_eq!(distribution(&s, number), "mediana 4.5, mitad central de 2 a 9, mínimo 0, máximo 30, 12 respuestas");
        let one = Summary { n: 1, ..s };
        assert!(distribution(&one, number).ends_with("1 respuesta"));
        let items = vec![("A".to_owned(), "1.0%".to_owned()), ("B".to_owned(), "2.0%".to_owned())];
        assert_eq!(chart_desc("Proporción", &items), "Proporción. A: 1.0%; B: 2.0%.");
        assert_eq!(chart_desc("Proporción", &[]), "Proporción. No hay cifras que mostrar.");
    }
}
