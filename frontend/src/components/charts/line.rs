//! A line chart of several series over the same weeks. Colour is never the only cue: each
//! series also has its own marker shape and dash pattern, a name at the end of its line, and a
//! legend entry that repeats the line sample with its full name.

use leptos::prelude::*;
use shared::axis::nice_ticks;

use super::{n, scale, ChartFrame, Table, AXIS, GRID, INK};

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    /// One value per x label.
    pub values: Vec<f64>,
}

/// At most this many series are told apart; pages fold the rest into one.
pub const MAX_SERIES: usize = 6;

/// USWDS colours with at least 4.5:1 on white, so the direct labels in them are readable too.
const COLOURS: [&str; MAX_SERIES] = ["#005ea2", "#d83933", "#1a4480", "#008817", "#936f38", "#71767a"];
const DASHES: [Option<&str>; MAX_SERIES] =
    [None, Some("8 4"), Some("2 3"), Some("10 3 2 3"), Some("14 4"), Some("4 4")];

const WIDTH: f64 = 720.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 530.0;
const TOP: f64 = 16.0;
const PLOT_HEIGHT: f64 = 220.0;
const LEGEND_ROW: f64 = 22.0;
/// Characters of a name drawn at the end of a line; the legend has the full name.
const DIRECT_LABEL_CHARS: usize = 22;
const X_LABELS: usize = 6;

/// A marker of shape `k` at `(x, y)` as a path; shapes 4 and 5 are strokes, the others filled.
fn marker(k: usize, x: f64, y: f64) -> (String, bool) {
    let (x, y) = (n(x), n(y));
    match k % MAX_SERIES {
        0 => (format!("M{x} {y} m-4 0 a4 4 0 1 0 8 0 a4 4 0 1 0 -8 0"), true),
        1 => (format!("M{x} {y} m-4 -4 h8 v8 h-8 Z"), true),
        2 => (format!("M{x} {y} m0 -5 l5 9 h-10 Z"), true),
        3 => (format!("M{x} {y} m0 -5 l5 5 l-5 5 l-5 -5 Z"), true),
        4 => (format!("M{x} {y} m-4 -4 l8 8 m0 -8 l-8 8"), false),
        _ => (format!("M{x} {y} m-5 0 h10 m-5 -5 v10"), false),
    }
}

fn marker_view(k: usize, x: f64, y: f64) -> impl IntoView {
    let (d, filled) = marker(k, x, y);
    let colour = COLOURS[k % MAX_SERIES];
    view! {
        <path
            d=d
            fill=if filled { colour } else { "none" }
            stroke=colour
            stroke-width=if filled { "1" } else { "2" }
        />
    }
}

fn shorten(label: &str) -> String {
    if label.chars().count() <= DIRECT_LABEL_CHARS {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(DIRECT_LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The heights of the names at the ends of the lines: each at its line's last point, pushed
/// apart so no two overlap, and kept inside the plot.
fn label_positions(ends: &[f64], gap: f64, top: f64, bottom: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ends.len()).collect();
    order.sort_by(|a, b| ends[*a].total_cmp(&ends[*b]));
    let mut placed = vec![0.0; ends.len()];
    let mut last = f64::NEG_INFINITY;
    for i in &order {
        let y = ends[*i].max(last + gap).max(top);
        placed[*i] = y;
        last = y;
    }
    // If the stack ran off the bottom, shift it up as a whole.
    let overflow = last - bottom;
    if overflow > 0.0 {
        placed.iter_mut().for_each(|y| *y -= overflow);
    }
    placed
}

#[component]
pub fn LineChart(
    id: String,
    title: String,
    desc: String,
    x_labels: Vec<String>,
    series: Vec<Series>,
    tick_label: fn(f64) -> String,
    table: Table,
) -> impl IntoView {
    let series: Vec<Series> = series.into_iter().take(MAX_SERIES).collect();
    let points = x_labels.len();
    let max = series.iter().flat_map(|s| s.values.iter().copied()).fold(0.0, f64::max);
    let ticks = nice_ticks(0.0, max.max(1.0), 5);
    let top_value = ticks.last().copied().unwrap_or(1.0);
    let bottom = TOP + PLOT_HEIGHT;
    let x = move |i: usize| {
        if points <= 1 {
            (LEFT + RIGHT) / 2.0
        } else {
            LEFT + (RIGHT - LEFT) * i as f64 / (points - 1) as f64
        }
    };
    let y = move |v: f64| scale(v, 0.0, top_value, bottom, TOP);
    let legend_top = bottom + 44.0;
    let height = legend_top + LEGEND_ROW * series.len() as f64 + 8.0;

    let grid = ticks
        .iter()
        .map(|t| {
            let yy = n(y(*t));
            view! {
                <line x1=n(LEFT) x2=n(RIGHT) y1=yy.clone() y2=yy.clone() stroke=GRID stroke-width="1" />
                <text x=n(LEFT - 8.0) y=n(y(*t) + 4.0) text-anchor="end" class="portal-chart__tick" fill=INK>
                    {tick_label(*t)}
                </text>
            }
        })
        .collect_view();
    let step = points.div_ceil(X_LABELS).max(1);
    let x_axis = x_labels
        .iter()
        .enumerate()
        // Every `step`-th week and the last, unless the last would crowd the one before it.
        .filter(|(i, _)| *i + 1 == points || (i % step == 0 && points - 1 - i >= step.div_ceil(2)))
        .map(|(i, label)| {
            view! {
                <text x=n(x(i)) y=n(bottom + 20.0) text-anchor="middle" class="portal-chart__tick" fill=INK>
                    {label.clone()}
                </text>
            }
        })
        .collect_view();
    let lines = series
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let coords: Vec<(f64, f64)> = s.values.iter().enumerate().map(|(i, v)| (x(i), y(*v))).collect();
            let polyline = coords.iter().map(|(a, b)| format!("{},{}", n(*a), n(*b))).collect::<Vec<_>>().join(" ");
            view! {
                <polyline
                    points=polyline
                    fill="none"
                    stroke=COLOURS[k]
                    stroke-width="2"
                    stroke-dasharray=DASHES[k]
                />
                {coords.iter().map(|(a, b)| marker_view(k, *a, *b)).collect_view()}
            }
        })
        .collect_view();
    let ends: Vec<f64> = series.iter().map(|s| y(s.values.last().copied().unwrap_or(0.0))).collect();
    let direct = label_positions(&ends, 14.0, TOP, bottom)
        .into_iter()
        .zip(series.iter())
        .enumerate()
        .map(|(k, (yy, s))| {
            view! {
                <text x=n(RIGHT + 12.0) y=n(yy + 4.0) class="portal-chart__direct" fill=COLOURS[k]>
                    {shorten(&s.label)}
                </text>
            }
        })
        .collect_view();
    let legend = series
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let yy = legend_top + LEGEND_ROW * k as f64;
            view! {
                <line
                    x1=n(LEFT)
                    x2=n(LEFT + 40.0)
                    y1=n(yy)
                    y2=n(yy)
                    stroke=COLOURS[k]
                    stroke-width="2"
                    stroke-dasharray=DASHES[k]
                />
                {marker_view(k, LEFT + 20.0, yy)}
                <text x=n(LEFT + 52.0) y=n(yy + 5.0) class="portal-chart__label" fill=INK>{s.label.clone()}</text>
            }
        })
        .collect_view();

    view! {
        <ChartFrame id title desc width=WIDTH height table>
            {grid}
            <line x1=n(LEFT) x2=n(RIGHT) y1=n(bottom) y2=n(bottom) stroke=AXIS stroke-width="1" />
            {x_axis}
            {lines}
            {direct}
            {legend}
        </ChartFrame>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direct_labels_do_not_overlap() {
        let placed = label_positions(&[100.0, 101.0, 50.0], 14.0, 16.0, 236.0);
        assert_eq!(placed, vec![100.0, 114.0, 50.0]);
        let low = label_positions(&[236.0, 236.0], 14.0, 16.0, 236.0);
        assert_eq!(low, vec![222.0, 236.0]);
    }
}
