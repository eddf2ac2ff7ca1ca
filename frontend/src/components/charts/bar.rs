//! A horizontal bar chart: one bar per row, its label above it and its value after it, with an
//! optional 95% interval drawn as a whisker. Labels above the bars, not beside them, so long
//! benefit names never need cutting.

use leptos::prelude::*;

use super::rows::{LEFT, RIGHT, TOP, WIDTH};
use super::{n, scale, value_axis, ChartFrame, Table, BAR, INK};

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// A 95% interval around the value.
    pub interval: Option<(f64, f64)>,
    /// The value as the page formats it, drawn after the bar.
    pub text: String,
}

const ROW: f64 = 52.0;
const BAR_HEIGHT: f64 = 18.0;

/// `ticks` fix the value axis (its ends are the first and last tick); `tick_label` formats them.
#[component]
pub fn BarChart(
    id: String,
    title: String,
    desc: String,
    bars: Vec<Bar>,
    ticks: Vec<f64>,
    tick_label: fn(f64) -> String,
    table: Table,
) -> impl IntoView {
    let (lo, hi) = (ticks.first().copied().unwrap_or(0.0), ticks.last().copied().unwrap_or(1.0));
    let bottom = TOP + ROW * bars.len() as f64 + 4.0;
    let height = bottom + 28.0;
    let x = move |v: f64| scale(v, lo, hi, LEFT, RIGHT);
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let top = TOP + ROW * i as f64;
            let y = top + 24.0;
            let mid = y + BAR_HEIGHT / 2.0;
            let end = x(bar.value);
            let whisker = bar.interval.map(|(low, high)| (x(low), x(high)));
            let text_x = whisker.map_or(end, |(_, h)| h.max(end)) + 8.0;
            view! {
                <text x=n(LEFT) y=n(top + 16.0) class="portal-chart__label" fill=INK>{bar.label}</text>
                <rect x=n(LEFT) y=n(y) width=n((end - LEFT).max(1.0)) height=n(BAR_HEIGHT) fill=BAR />
                {whisker.map(|(l, h)| whisker_view(l, h, mid))}
                <text x=n(text_x) y=n(mid + 5.0) class="portal-chart__value" fill=INK>{bar.text}</text>
            }
        })
        .collect_view();
    view! {
        <ChartFrame id title desc width=WIDTH height table>
            {value_axis(&ticks, LEFT, RIGHT, TOP, bottom, tick_label)}
            {rows}
        </ChartFrame>
    }
}

/// An interval from `l` to `h` at height `y`: a white halo under an ink line, so the whisker
/// shows on the blue bar and on the white page alike, with caps taller than the bar.
fn whisker_view(l: f64, h: f64, y: f64) -> impl IntoView {
    let cap = BAR_HEIGHT / 2.0 + 4.0;
    view! {
        <line x1=n(l) x2=n(h) y1=n(y) y2=n(y) stroke="#ffffff" stroke-width="5" />
        <line x1=n(l) x2=n(h) y1=n(y) y2=n(y) stroke=INK stroke-width="2" />
        <line x1=n(l) x2=n(l) y1=n(y - cap) y2=n(y + cap) stroke=INK stroke-width="2" />
        <line x1=n(h) x2=n(h) y1=n(y - cap) y2=n(y + cap) stroke=INK stroke-width="2" />
    }
}
