//! The validation dashboard's other breakdowns: by mode, by business entity type and by year.
//! Tables only, two per breakdown (durations and counts; ratings), each cell a figure with its
//! range, and the row of all reports first so every group can be read against it.

use leptos::prelude::*;
use shared::api::validation::{Dimension, FieldOffice, ValidationGroup};
use shared::validation::{Measure, Rating};

use super::validation_labels::{group_label, measure_of, measure_value, rating_of, rating_value};
use crate::components::charts::{DataTable, Table};

fn median_cell(g: &ValidationGroup, m: Measure) -> String {
    let a = crate::i18n::reviewer().analytics;
    match measure_of(g, m) {
        Some(s) => (a.figure_with_range)(&measure_value(s.median), &measure_value(s.q1), &measure_value(s.q3)),
        None => a.not_available.to_owned(),
    }
}

fn mean_cell(g: &ValidationGroup, r: Rating) -> String {
    let a = crate::i18n::reviewer().analytics;
    match rating_of(g, r) {
        Some(s) => match s.ci_low.zip(s.ci_high) {
            Some((low, high)) => (a.figure_with_range)(&rating_value(s.mean), &rating_value(low), &rating_value(high)),
            // One rating has no interval.
            None => rating_value(s.mean),
        },
        None => a.not_available.to_owned(),
    }
}

fn tables(dimension: Dimension, rows: &[&ValidationGroup], offices: &[FieldOffice]) -> (Table, Table) {
    let a = crate::i18n::reviewer().analytics;
    let group_head = match dimension {
        Dimension::Mode => a.col_mode,
        Dimension::EntityType => a.col_entity_type,
        Dimension::Year => a.col_year,
        Dimension::FieldOffice => a.col_field_office,
        Dimension::All => a.all_reports,
    };
    let head = |names: Vec<&'static str>| {
        let mut head = vec![group_head.to_owned(), a.col_reports.to_owned()];
        head.extend(names.into_iter().map(String::from));
        head
    };
    let row = |g: &ValidationGroup, cells: Vec<String>| {
        let mut row = vec![group_label(g, offices), (a.count)(g.reports)];
        row.extend(cells);
        row
    };
    let id = dimension.code().replace('_', "-");
    let measures = Table {
        id: format!("by-{id}-measures"),
        caption: (a.breakdown_measures_caption)(dimension),
        head: head(Measure::ALL.iter().map(|m| (a.measure)(*m)).collect()),
        rows: rows.iter().map(|g| row(g, Measure::ALL.iter().map(|m| median_cell(g, *m)).collect())).collect(),
        text_columns: 0,
    };
    let ratings = Table {
        id: format!("by-{id}-ratings"),
        caption: (a.breakdown_ratings_caption)(dimension),
        head: head(Rating::ALL.iter().map(|r| (a.rating)(*r)).collect()),
        rows: rows.iter().map(|g| row(g, Rating::ALL.iter().map(|r| mean_cell(g, *r)).collect())).collect(),
        text_columns: 0,
    };
    (measures, ratings)
}

#[component]
fn Breakdown(
    dimension: Dimension,
    overall: ValidationGroup,
    groups: Vec<ValidationGroup>,
    offices: Vec<FieldOffice>,
) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let rows: Vec<&ValidationGroup> = std::iter::once(&overall).chain(groups.iter()).collect();
    let (measures, ratings) = tables(dimension, &rows, &offices);
    view! {
        <h3 id=format!("by-{}-heading", dimension.code().replace('_', "-"))>{(a.dimension_heading)(dimension)}</h3>
        <DataTable table=measures />
        <DataTable table=ratings />
    }
}

#[component]
pub fn Breakdowns(
    overall: ValidationGroup,
    by_mode: Vec<ValidationGroup>,
    by_entity_type: Vec<ValidationGroup>,
    by_year: Vec<ValidationGroup>,
    offices: Vec<FieldOffice>,
) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let parts = [(Dimension::Mode, by_mode), (Dimension::EntityType, by_entity_type), (Dimension::Year, by_year)];
    view! {
        <section aria-labelledby="validation-breakdowns-heading">
            <h2 id="validation-breakdowns-heading">{a.validation_breakdowns_heading}</h2>
            <p>{a.validation_breakdowns_lead}</p>
            {parts
                .into_iter()
                .map(|(dimension, groups)| {
                    view! { <Breakdown dimension overall=overall.clone() groups offices=offices.clone() /> }
                })
                .collect_view()}
        </section>
    }
}
