//! Charts drawn as plain SVG in Leptos views: no chart library, no script, no inline style
//! (the CSP forbids both), colours as SVG presentation attributes from the USWDS palette.
//!
//! Every chart is a `<figure>` holding an `<svg role="img">` named by its `<title>` and `<desc>`
//! (the desc says what the data show, in words) and the same figures as a real `<table>`: the
//! drawing is for sighted readers, the words and the table for everyone else. The drawing
//! itself sits in an `aria-hidden` group, so assistive technology reads only the text
//! alternative and the table.

mod bar;
mod boxplot;
mod line;
mod table;

pub use bar::{Bar, BarChart};
pub use boxplot::{BoxPlot, BoxRow};
pub use line::{LineChart, Series};
pub use table::{DataTable, Table};

use leptos::prelude::*;

/// Text and axis lines: USWDS ink, 17:1 on white.
pub const INK: &str = "#1b1b1b";
/// Bars: USWDS primary blue, 6.7:1 on white (non-text contrast needs 3:1).
pub const BAR: &str = "#005ea2";
/// Gridlines are decorative and stay faint.
pub const GRID: &str = "#dfe1e2";
/// Axis baselines: USWDS base gray, 4.6:1 on white.
pub const AXIS: &str = "#71767a";

/// The frame of the charts drawn as labelled rows (the bar chart, the box plot): the width, where
/// the value axis runs and where the first row starts.
pub mod rows {
    pub const WIDTH: f64 = 640.0;
    pub const LEFT: f64 = 24.0;
    pub const RIGHT: f64 = 520.0;
    pub const TOP: f64 = 8.0;
}

/// An SVG coordinate, rounded: attributes stay short and stable.
pub(crate) fn n(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.1}")
    } else {
        "0".to_owned()
    }
}

/// Where `value` falls between `left` and `right` for an axis from `lo` to `hi`, kept on the axis.
pub(crate) fn scale(value: f64, lo: f64, hi: f64, left: f64, right: f64) -> f64 {
    if hi <= lo || !value.is_finite() {
        return left;
    }
    let t = ((value - lo) / (hi - lo)).clamp(0.0, 1.0);
    left + t * (right - left)
}

/// The frame every chart shares: the figure, the named `<svg>` and the table after it.
/// `drawing` goes inside an `aria-hidden` group.
#[component]
pub(crate) fn ChartFrame(
    id: String,
    title: String,
    desc: String,
    width: f64,
    height: f64,
    table: Table,
    children: Children,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="portal-chart">
            <svg
                class="portal-chart__svg"
                role="img"
                aria-labelledby=labelled_by
                viewBox=format!("0 0 {} {}", n(width), n(height))
                preserveAspectRatio="xMinYMin meet"
            >
                <title id=title_id>{title}</title>
                <desc id=desc_id>{desc}</desc>
                <g aria-hidden="true">{children()}</g>
            </svg>
            <DataTable table />
        </figure>
    }
}

/// Vertical gridlines with their tick labels under a horizontal axis from `left` to `right`.
pub(crate) fn value_axis(
    ticks: &[f64],
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    label: fn(f64) -> String,
) -> impl IntoView {
    let (lo, hi) = (ticks.first().copied().unwrap_or(0.0), ticks.last().copied().unwrap_or(1.0));
    let lines = ticks
        .iter()
        .map(|t| {
            let x = n(scale(*t, lo, hi, left, right));
            view! {
                <line x1=x.clone() x2=x.clone() y1=n(top) y2=n(bottom) stroke=GRID stroke-width="1" />
                <text x=x y=n(bottom + 18.0) text-anchor="middle" class="portal-chart__tick" fill=INK>
                    {label(*t)}
                </text>
            }
        })
        .collect_view();
    view! {
        {lines}
        <line x1=n(left) x2=n(right) y1=n(bottom) y2=n(bottom) stroke=AXIS stroke-width="1" />
    }
}
