//! The validation dashboard's comparison of field offices: for each measure a box plot of the
//! offices' medians and quartiles, for each rating a bar chart of the offices' means with 95%
//! intervals, each with its table. One chart per figure, since each has its own unit and axis.

use leptos::prelude::*;
use shared::api::validation::{FieldOffice, ValidationGroup};
use shared::stats::Summary;
use shared::validation::{Measure, Rating};

use super::summary_plot::{summary_plot, SummaryPlot};
use super::validation_labels::{group_label, mean_with_interval, measure_of, measure_value, rating_of, rating_value};
use crate::components::charts::{Bar, BarChart, Table};

/// Rating axis: the 1–5 scale.
const RATING_TICKS: [f64; 5] = [1.0, 2.0, 3.0, 4.0, 5.0];

fn interval(s: &Summary) -> String {
    let a = crate::i18n::reviewer().analytics;
    match s.ci_low.zip(s.ci_high) {
        Some((low, high)) => (a.range)(&rating_value(low), &rating_value(high)),
        None => a.not_available.to_owned(),
    }
}

/// One section of the comparison: its heading and lead, then a figure per measure or rating.
fn office_section(heading_id: &'static str, heading: &'static str, lead: &'static str, figures: AnyView) -> AnyView {
    view! {
        <section aria-labelledby=heading_id>
            <h2 id=heading_id>{heading}</h2>
            <p>{lead}</p>
            {figures}
        </section>
    }
    .into_any()
}

/// One figure's heading (`{kind}-{code}-heading`) over its chart, or over "no figures" when no
/// office has any: `rows` are the offices' summaries, `chart` draws them.
fn figure(
    kind: &str,
    code: &str,
    name: &'static str,
    rows: Vec<(String, Summary)>,
    chart: impl FnOnce(Vec<(String, Summary)>) -> AnyView,
) -> AnyView {
    let heading = view! { <h3 id=format!("{kind}-{code}-heading")>{name}</h3> };
    if rows.is_empty() {
        let none = crate::i18n::reviewer().analytics.no_figures;
        return view! {
            {heading}
            <p>{none}</p>
        }
        .into_any();
    }
    view! {
        {heading}
        {chart(rows)}
    }
    .into_any()
}

#[component]
pub fn OfficeMeasures(groups: Vec<ValidationGroup>, offices: Vec<FieldOffice>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let figures = Measure::ALL.iter().map(|m| measure_plot(*m, &groups, &offices)).collect_view().into_any();
    office_section("office-measures-heading", a.measures_heading, a.measures_lead, figures)
}

fn measure_plot(measure: Measure, groups: &[ValidationGroup], offices: &[FieldOffice]) -> AnyView {
    let a = crate::i18n::reviewer().analytics;
    let name = (a.measure)(measure);
    let code = measure.code();
    // Offices whose reports all left this figure out have no box to draw.
    let rows = groups.iter().filter_map(|g| Some((group_label(g, offices), measure_of(g, measure)?.clone()))).collect();
    let plot = SummaryPlot {
        id: format!("measure-{code}"),
        name,
        what: (a.measure_what)(name),
        caption: (a.measure_caption)(name),
        head: vec![
            a.col_field_office,
            a.col_reports,
            a.col_median,
            a.col_q1,
            a.col_q3,
            a.col_min,
            a.col_max,
            a.col_mean,
        ],
        cells: |o, s| {
            let mut row = vec![o.to_owned(), (crate::i18n::reviewer().analytics.count)(s.n)];
            row.extend([s.median, s.q1, s.q3, s.min, s.max, s.mean].map(measure_value));
            row
        },
        value: measure_value,
    };
    figure("measure", code, name, rows, |rows| summary_plot(plot, rows))
}

#[component]
pub fn OfficeRatings(groups: Vec<ValidationGroup>, offices: Vec<FieldOffice>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let figures = Rating::ALL.iter().map(|r| rating_chart(*r, &groups, &offices)).collect_view().into_any();
    office_section("office-ratings-heading", a.ratings_heading, a.ratings_lead, figures)
}

fn rating_chart(rating: Rating, groups: &[ValidationGroup], offices: &[FieldOffice]) -> AnyView {
    let a = crate::i18n::reviewer().analytics;
    let name = (a.rating)(rating);
    let code = rating.code();
    let rows = groups.iter().filter_map(|g| Some((group_label(g, offices), rating_of(g, rating)?.clone()))).collect();
    figure("rating", code, name, rows, |rows| {
        let desc = (a.chart_desc)(
            &(a.rating_what)(name),
            &rows.iter().map(|(o, s)| (o.clone(), mean_with_interval(s))).collect::<Vec<_>>(),
        );
        let table = Table {
            id: format!("rating-{code}"),
            caption: (a.rating_caption)(name),
            head: [a.col_field_office, a.col_ratings, a.col_mean, a.col_mean_interval, a.col_median]
                .map(String::from)
                .to_vec(),
            rows: rows
                .iter()
                .map(|(o, s)| {
                    vec![o.clone(), (a.count)(s.n), rating_value(s.mean), interval(s), measure_value(s.median)]
                })
                .collect(),
            text_columns: 0,
        };
        let bars = rows
            .into_iter()
            .map(|(label, s)| Bar {
                label,
                value: s.mean,
                interval: s.ci_low.zip(s.ci_high),
                text: rating_value(s.mean),
            })
            .collect();
        view! {
            <BarChart
                id=format!("rating-{code}-chart")
                title=name.to_owned()
                desc
                bars
                ticks=RATING_TICKS.to_vec()
                tick_label=a.number
                table
            />
        }
        .into_any()
    })
}
