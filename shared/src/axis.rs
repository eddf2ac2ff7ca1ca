//! Chart axes: round tick values for a range of data, so the dashboards' charts read "0, 20,
//! 40" rather than "0, 17.3, 34.6". Pure arithmetic, tested natively like the rest of `shared`.

/// Ticks at a round step (1, 2 or 5 × 10^k) covering `lo..=hi`, about `target` of them; the
/// first and last tick are the axis' ends. An empty or degenerate range widens to one step.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    if !lo.is_finite() || !hi.is_finite() {
        return vec![0.0, 1.0];
    }
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let span = if hi - lo > f64::EPSILON { hi - lo } else { lo.abs().max(1.0) };
    let raw = span / target.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(10.0 * magnitude);
    let first = (lo / step).floor();
    let mut last = (hi / step).ceil();
    if last <= first {
        last = first + 1.0;
    }
    // Counted in whole steps, so the ticks do not accumulate rounding errors.
    (first as i64..=last as i64).map(|k| k as f64 * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_steps() {
        assert_eq!(nice_ticks(0.0, 100.0, 5), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(nice_ticks(0.0, 37.0, 4), vec![0.0, 10.0, 20.0, 30.0, 40.0]);
        assert_eq!(nice_ticks(1.0, 5.0, 4), vec![1.0, 2.0, 3.0, 4.0, 5.0]);
        assert_eq!(nice_ticks(-3.0, 12.0, 5), vec![-5.0, 0.0, 5.0, 10.0, 15.0]);
        assert_eq!(nice_ticks(0.0, 25_000.0, 5), vec![0.0, 5_000.0, 10_000.0, 15_000.0, 20_000.0, 25_000.0]);
    }

    #[test]
    fn degenerate_ranges_widen() {
        let t = nice_ticks(4.0, 4.0, 5);
        assert!(t.len() >= 2 && t[0] <= 4.0 && *t.last().unwrap() >= 4.0, "{t:?}");
        assert_eq!(nice_ticks(0.0, 0.0, 5).len(), 2);
        assert_eq!(nice_ticks(f64::NAN, 1.0, 5), vec![0.0, 1.0]);
        assert_eq!(nice_ticks(5.0, 1.0, 4), nice_ticks(1.0, 5.0, 4));
    }
}
