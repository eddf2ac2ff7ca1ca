//! The validation dashboard's comparison of field offices: for each measure a box plot of the
//! offices' medians and quartiles, for each rating a bar chart of the offices' means with 95%
//! intervals, each with its table. One chart per figure, since each has its own unit and axis.

use leptos::prelude::*;
use shared::api::validation::{FieldOffice, ValidationGroup};
use shared::stats::Summary;
use shared::validation::{Measure, Rating};

use super::validation_labels::{group_label, mean_with_interval, measure_of, measure_value, rating_of, rating_value};
use crate::components::charts::{Bar, BarChart, BoxPlot, BoxRow, Table};

/// Rating axis: the 1–5 scale.
const RATING_TICKS: [f64; 5] = [1.0, 2.0, 3.0, 4.0, 5.0];

fn interval(s: &Summary) -> String {
    let a = crate::i18n::reviewer().analytics;
    match s.ci_low.zip(s.ci_high) {
        Some((low, high)) => (a.range)(&rating_value(low), &rating_value(high)),
        None => a.not_available.to_owned(),
    }
}

#[component]
pub fn OfficeMeasures(groups: Vec<ValidationGroup>, offices: Vec<FieldOffice>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    view! {
        <section aria-labelledby="office-measures-heading">
            <h2 id="office-measures-heading">{a.measures_heading}</h2>
            <p>{a.measures_lead}</p>
            {Measure::ALL
                .iter()
                .map(|m| view! { <MeasurePlot measure=*m groups=groups.clone() offices=offices.clone() /> })
                .collect_view()}
        </section>
    }
}

#[component]
fn MeasurePlot(measure: Measure, groups: Vec<ValidationGroup>, offices: Vec<FieldOffice>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let name = (a.measure)(measure);
    let code = measure.code();
    let heading = view! { <h3 id=format!("measure-{code}-heading")>{name}</h3> };
    // Offices whose reports all left this figure out have no box to draw.
    let rows: Vec<(String, Summary)> =
        groups.iter().filter_map(|g| Some((group_label(g, &offices), measure_of(g, measure)?.clone()))).collect();
    if rows.is_empty() {
        return view! {
            {heading}
            <p>{a.no_figures}</p>
        }
        .into_any();
    }
    let desc = (a.chart_desc)(
        &(a.measure_what)(name),
        &rows.iter().map(|(o, s)| (o.clone(), (a.distribution)(s, measure_value))).collect::<Vec<_>>(),
    );
    let table = Table {
        id: format!("measure-{code}"),
        caption: (a.measure_caption)(name),
        head: [a.col_field_office, a.col_reports, a.col_median, a.col_q1, a.col_q3, a.col_min, a.col_max, a.col_mean]
            .map(String::from)
            .to_vec(),
        rows: rows
            .iter()
            .map(|(o, s)| {
                let mut row = vec![o.clone(), (a.count)(s.n)];
                row.extend([s.median, s.q1, s.q3, s.min, s.max, s.mean].map(measure_value));
                row
            })
            .collect(),
        text_columns: 0,
    };
    let plot_rows = rows
        .into_iter()
        .map(|(label, summary)| BoxRow { text: measure_value(summary.median), label, summary })
        .collect();
    view! {
        {heading}
        <BoxPlot id=format!("measure-{code}-chart") title=name.to_owned() desc rows=plot_rows tick_label=a.number table />
    }
    .into_any()
}

#[component]
pub fn OfficeRatings(groups: Vec<ValidationGroup>, offices: Vec<FieldOffice>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    view! {
        <section aria-labelledby="office-ratings-heading">
            <h2 id="office-ratings-heading">{a.ratings_heading}</h2>
            <p>{a.ratings_lead}</p>
            {Rating::ALL
                .iter()
                .map(|r| view! { <RatingChart rating=*r groups=groups.clone() offices=offices.clone() /> })
                .collect_view()}
        </section>
    }
}

#[component]
fn RatingChart(rating: Rating, groups: Vec<ValidationGroup>, offices: Vec<FieldOffice>) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let name = (a.rating)(rating);
    let code = rating.code();
    let heading = view! { <h3 id=format!("rating-{code}-heading")>{name}</h3> };
    let rows: Vec<(String, Summary)> =
        groups.iter().filter_map(|g| Some((group_label(g, &offices), rating_of(g, rating)?.clone()))).collect();
    if rows.is_empty() {
        return view! {
            {heading}
            <p>{a.no_figures}</p>
        }
        .into_any();
    }
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
            .map(|(o, s)| vec![o.clone(), (a.count)(s.n), rating_value(s.mean), interval(s), measure_value(s.median)])
            .collect(),
        text_columns: 0,
    };
    let bars = rows
        .into_iter()
        .map(|(label, s)| Bar { label, value: s.mean, interval: s.ci_low.zip(s.ci_high), text: rating_value(s.mean) })
        .collect();
    view! {
        {heading}
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
}
