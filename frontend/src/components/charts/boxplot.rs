//! A box plot: one row per group, the box from the lower to the upper quartile, a thick line
//! at the median and whiskers to the lowest and highest answer. Labels above the rows, as in
//! the bar chart; the axis fits the data.

use leptos::prelude::*;
use shared::axis::nice_ticks;
use shared::stats::Summary;

use super::rows::{LEFT, RIGHT, TOP, WIDTH};
use super::{n, scale, value_axis, ChartFrame, Table, INK};

#[derive(Clone, Debug, PartialEq)]
pub struct BoxRow {
    pub label: String,
    pub summary: Summary,
    /// The median as the page formats it, drawn after the row.
    pub text: String,
}

const ROW: f64 = 56.0;
const BOX_HEIGHT: f64 = 20.0;
/// The box's fill: USWDS blue-10 under a blue-60 outline (the outline carries the contrast).
const BOX_FILL: &str = "#d9e8f6";
const BOX_LINE: &str = "#1a4480";

#[component]
pub fn BoxPlot(
    id: String,
    title: String,
    desc: String,
    rows: Vec<BoxRow>,
    tick_label: fn(f64) -> String,
    table: Table,
) -> impl IntoView {
    let lo = rows.iter().map(|r| r.summary.min).fold(f64::INFINITY, f64::min);
    let hi = rows.iter().map(|r| r.summary.max).fold(f64::NEG_INFINITY, f64::max);
    // Counts and days start at zero; a range that does not cross zero keeps zero in view only
    // when it is close, so a narrow spread far from zero still shows.
    let lo = if lo >= 0.0 && lo <= (hi - lo) { 0.0 } else { lo };
    let ticks = nice_ticks(lo, hi, 5);
    let (a, b) = (ticks.first().copied().unwrap_or(0.0), ticks.last().copied().unwrap_or(1.0));
    let x = move |v: f64| scale(v, a, b, LEFT, RIGHT);
    let bottom = TOP + ROW * rows.len() as f64 + 4.0;
    let height = bottom + 28.0;
    let drawn = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let s = &row.summary;
            let top = TOP + ROW * i as f64;
            let y = top + 26.0;
            let mid = y + BOX_HEIGHT / 2.0;
            let (min, q1, median, q3, max) = (x(s.min), x(s.q1), x(s.median), x(s.q3), x(s.max));
            view! {
                <text x=n(LEFT) y=n(top + 16.0) class="portal-chart__label" fill=INK>{row.label}</text>
                <line x1=n(min) x2=n(q1) y1=n(mid) y2=n(mid) stroke=INK stroke-width="2" />
                <line x1=n(q3) x2=n(max) y1=n(mid) y2=n(mid) stroke=INK stroke-width="2" />
                <line x1=n(min) x2=n(min) y1=n(y + 4.0) y2=n(y + BOX_HEIGHT - 4.0) stroke=INK stroke-width="2" />
                <line x1=n(max) x2=n(max) y1=n(y + 4.0) y2=n(y + BOX_HEIGHT - 4.0) stroke=INK stroke-width="2" />
                <rect
                    x=n(q1)
                    y=n(y)
                    width=n((q3 - q1).max(2.0))
                    height=n(BOX_HEIGHT)
                    fill=BOX_FILL
                    stroke=BOX_LINE
                    stroke-width="2"
                />
                <line x1=n(median) x2=n(median) y1=n(y - 3.0) y2=n(y + BOX_HEIGHT + 3.0) stroke=INK stroke-width="4" />
                <text x=n(max + 10.0) y=n(mid + 5.0) class="portal-chart__value" fill=INK>{row.text}</text>
            }
        })
        .collect_view();
    view! {
        <ChartFrame id title desc width=WIDTH height table>
            {value_axis(&ticks, LEFT, RIGHT, TOP, bottom, tick_label)}
            {drawn}
        </ChartFrame>
    }
}
