//! Descriptive statistics for the analytics, computed from plain data: a list of `(value,
//! count)` pairs. D1 hands over counts per distinct value (kept by triggers), so a dashboard over
//! any number of responses reads a few hundred rows and the figures are still exact.
//!
//! Conventions: quantiles are "type 7" (linear interpolation between order statistics, as R's
//! default and NumPy's); the 95% interval of a mean uses Student's t with n − 1 degrees of
//! freedom; the 95% interval of a share is Wilson's score interval.

use serde::{Deserialize, Serialize};

/// Cells with fewer responses than this are suppressed on any page that leaves the reviewer
/// area, so that no respondent can be singled out.
pub const MIN_CELL: u64 = 5;

/// True when a cell of `n` responses must not be shown publicly.
pub fn suppressed(n: u64) -> bool {
    n < MIN_CELL
}

/// Values with how often each occurs. Order does not matter; counts of zero are ignored.
pub type Weighted = [(f64, u64)];

pub fn count(w: &Weighted) -> u64 {
    w.iter().map(|(_, c)| c).sum()
}

pub fn mean(w: &Weighted) -> Option<f64> {
    let n = count(w);
    (n > 0).then(|| w.iter().map(|(v, c)| v * *c as f64).sum::<f64>() / n as f64)
}

/// Sample standard deviation (n − 1 in the denominator).
pub fn std_dev(w: &Weighted) -> Option<f64> {
    let n = count(w);
    let m = mean(w)?;
    (n > 1).then(|| (w.iter().map(|(v, c)| (v - m).powi(2) * *c as f64).sum::<f64>() / (n - 1) as f64).sqrt())
}

fn sorted(w: &Weighted) -> Vec<(f64, u64)> {
    let mut v: Vec<(f64, u64)> = w.iter().copied().filter(|(x, c)| *c > 0 && x.is_finite()).collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    v
}

/// The value of the `k`-th order statistic (0-based) of sorted weighted values.
fn nth(sorted: &[(f64, u64)], k: u64) -> f64 {
    let mut seen = 0;
    for (v, c) in sorted {
        seen += c;
        if k < seen {
            return *v;
        }
    }
    sorted.last().map(|(v, _)| *v).unwrap_or(f64::NAN)
}

/// The `p` quantile (0 ≤ p ≤ 1), type 7.
pub fn quantile(w: &Weighted, p: f64) -> Option<f64> {
    let s = sorted(w);
    let n = count(&s);
    if n == 0 || !(0.0..=1.0).contains(&p) {
        return None;
    }
    let h = (n - 1) as f64 * p;
    let (lo, hi) = (h.floor() as u64, h.ceil() as u64);
    let (a, b) = (nth(&s, lo), nth(&s, hi));
    Some(a + (h - lo as f64) * (b - a))
}

pub fn median(w: &Weighted) -> Option<f64> {
    quantile(w, 0.5)
}

/// Two-sided 95% critical value of Student's t with `df` degrees of freedom.
pub fn t_critical_95(df: u64) -> f64 {
    const TABLE: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];
    match df {
        0 => f64::NAN,
        1..=30 => TABLE[(df - 1) as usize],
        _ => {
            // Cornish–Fisher expansion around the normal quantile; within 0.001 of the exact
            // value for df > 30.
            let z: f64 = 1.959_964;
            let d = df as f64;
            z + (z.powi(3) + z) / (4.0 * d) + (5.0 * z.powi(5) + 16.0 * z.powi(3) + 3.0 * z) / (96.0 * d * d)
        }
    }
}

/// The 95% confidence interval of the mean; needs at least two values.
pub fn mean_ci95(w: &Weighted) -> Option<(f64, f64)> {
    let n = count(w);
    let m = mean(w)?;
    let s = std_dev(w)?;
    let half = t_critical_95(n - 1) * s / (n as f64).sqrt();
    Some((m - half, m + half))
}

/// Wilson's 95% score interval for a share of `k` out of `n`.
pub fn share_ci95(k: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 || k > n {
        return None;
    }
    let z = 1.959_964_f64;
    let (k, n) = (k as f64, n as f64);
    let p = k / n;
    let denom = 1.0 + z * z / n;
    let centre = (p + z * z / (2.0 * n)) / denom;
    let half = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt() / denom;
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

/// Everything the dashboards show about one set of numbers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Summary {
    pub n: u64,
    pub mean: f64,
    /// The 95% interval of the mean; absent with fewer than two values.
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub min: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub max: f64,
}

/// `None` when there are no values.
pub fn summarize(w: &Weighted) -> Option<Summary> {
    let n = count(w);
    if n == 0 {
        return None;
    }
    let ci = mean_ci95(w);
    Some(Summary {
        n,
        mean: mean(w)?,
        ci_low: ci.map(|c| c.0),
        ci_high: ci.map(|c| c.1),
        min: quantile(w, 0.0)?,
        q1: quantile(w, 0.25)?,
        median: quantile(w, 0.5)?,
        q3: quantile(w, 0.75)?,
        max: quantile(w, 1.0)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn plain(values: &[f64]) -> Vec<(f64, u64)> {
        values.iter().map(|v| (*v, 1)).collect()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-3
    }

    #[test]
    fn one_to_five() {
        // Worked by hand: mean 3, s = sqrt(2.5) = 1.5811, t(4) = 2.776,
        // half-width 2.776 × 1.5811 / sqrt(5) = 1.9630.
        let w = plain(&[1.0, 2.0, 3.0, 4.0, 5.0]);
        let s = summarize(&w).unwrap();
        assert_eq!((s.n, s.mean, s.median, s.q1, s.q3, s.min, s.max), (5, 3.0, 3.0, 2.0, 4.0, 1.0, 5.0));
        assert!(close(std_dev(&w).unwrap(), 1.5811));
        assert!(close(s.ci_low.unwrap(), 1.0370) && close(s.ci_high.unwrap(), 4.9630), "{s:?}");
    }

    #[test]
    fn interpolated_quartiles() {
        // R: quantile(c(1, 2, 4, 7), c(.25, .5, .75)) = 1.75, 3.0, 4.75
        let w = plain(&[7.0, 1.0, 4.0, 2.0]);
        assert_eq!(quantile(&w, 0.25), Some(1.75));
        assert_eq!(median(&w), Some(3.0));
        assert_eq!(quantile(&w, 0.75), Some(4.75));
    }

    #[test]
    fn counts_are_the_same_as_repeated_values() {
        // 4, 4, 4, 5, 5, 1: as a histogram and as a list.
        let hist = [(4.0, 3), (5.0, 2), (1.0, 1), (3.0, 0)];
        let list = plain(&[4.0, 4.0, 4.0, 5.0, 5.0, 1.0]);
        assert_eq!(summarize(&hist), summarize(&list));
        assert_eq!(median(&hist), Some(4.0));
        assert!(close(mean(&hist).unwrap(), 23.0 / 6.0));
    }

    #[test]
    fn small_and_empty_sets() {
        assert_eq!(summarize(&[]), None);
        let one = summarize(&[(2.5, 1)]).unwrap();
        assert_eq!((one.mean, one.median, one.ci_low), (2.5, 2.5, None));
        assert_eq!(quantile(&[(1.0, 1)], 1.5), None);
    }

    #[test]
    fn wilson_interval() {
        // 8 of 10: Wilson 95% = (0.4902, 0.9433).
        let (lo, hi) = share_ci95(8, 10).unwrap();
        assert!(close(lo, 0.4902) && close(hi, 0.9433), "{lo} {hi}");
        let (lo, hi) = share_ci95(0, 20).unwrap();
        assert_eq!(lo, 0.0);
        assert!(hi > 0.0 && hi < 0.2);
        assert_eq!(share_ci95(3, 0), None);
    }

    #[test]
    fn t_values() {
        assert_eq!(t_critical_95(1), 12.706);
        assert_eq!(t_critical_95(30), 2.042);
        assert!(close(t_critical_95(60), 2.000));
        assert!(close(t_critical_95(120), 1.980));
        assert!((t_critical_95(100_000) - 1.96).abs() < 1e-3);
    }

    #[test]
    fn suppression_threshold() {
        assert!(suppressed(0) && suppressed(4));
        assert!(!suppressed(5) && !suppressed(500));
    }

    proptest! {
        #[test]
        fn summaries_are_ordered_and_contain_the_mean(
            values in proptest::collection::vec((-1000i32..1000, 1u64..20), 1..40)
        ) {
            let w: Vec<(f64, u64)> = values.iter().map(|(v, c)| (*v as f64, *c)).collect();
            let s = summarize(&w).unwrap();
            prop_assert!(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max);
            prop_assert!(s.min <= s.mean && s.mean <= s.max);
            if let (Some(lo), Some(hi)) = (s.ci_low, s.ci_high) {
                prop_assert!(lo <= s.mean + 1e-9 && s.mean <= hi + 1e-9);
            }
            // The histogram gives what the expanded list gives.
            let expanded: Vec<(f64, u64)> = w.iter().flat_map(|(v, c)| std::iter::repeat_n((*v, 1), *c as usize)).collect();
            let e = summarize(&expanded).unwrap();
            prop_assert!((e.median - s.median).abs() < 1e-9 && (e.q1 - s.q1).abs() < 1e-9 && (e.mean - s.mean).abs() < 1e-9);
        }

        #[test]
        fn shares_stay_in_bounds(n in 1u64..500, k_frac in 0.0f64..=1.0) {
            let k = ((n as f64) * k_frac).floor() as u64;
            let (lo, hi) = share_ci95(k, n).unwrap();
            let p = k as f64 / n as f64;
            prop_assert!(0.0 <= lo && lo <= p + 1e-9 && p <= hi + 1e-9 && hi <= 1.0);
        }
    }
}
