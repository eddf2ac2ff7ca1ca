//! A box plot of summaries with its table, as the benefit dashboard draws a metric and the
//! validation dashboard a measure: one row per group (a benefit, a field office), the chart's
//! description listing each group's distribution.

use leptos::prelude::*;
use shared::stats::Summary;

use crate::components::charts::{BoxPlot, BoxRow, Table};

/// What a box plot shows: `id` names the table (the chart is `{id}-chart`), `name` is the
/// chart's title, `what` the description's subject; `head` and `cells` the table's columns and
/// one row's cells; `value` how a figure reads (the median after each box, the distributions).
pub struct SummaryPlot {
    pub id: String,
    pub name: &'static str,
    pub what: String,
    pub caption: String,
    pub head: Vec<&'static str>,
    pub cells: fn(&str, &Summary) -> Vec<String>,
    pub value: fn(f64) -> String,
}

pub fn summary_plot(plot: SummaryPlot, rows: Vec<(String, Summary)>) -> AnyView {
    let a = crate::i18n::reviewer().analytics;
    let SummaryPlot { id, name, what, caption, head, cells, value } = plot;
    let desc =
        (a.chart_desc)(&what, &rows.iter().map(|(g, s)| (g.clone(), (a.distribution)(s, value))).collect::<Vec<_>>());
    let table = Table {
        id: id.clone(),
        caption,
        head: head.into_iter().map(String::from).collect(),
        rows: rows.iter().map(|(g, s)| cells(g, s)).collect(),
        text_columns: 0,
    };
    let plot_rows =
        rows.into_iter().map(|(label, summary)| BoxRow { text: value(summary.median), label, summary }).collect();
    view! { <BoxPlot id=format!("{id}-chart") title=name.to_owned() desc rows=plot_rows tick_label=a.number table /> }
        .into_any()
}
