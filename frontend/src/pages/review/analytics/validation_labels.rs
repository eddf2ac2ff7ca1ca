//! How the validation dashboard names its groups and formats its figures. The API speaks in
//! codes (office ids, mode and entity-type codes, measure and rating codes); every table, chart
//! and sentence on the page goes through these, so a code reads the same way everywhere.

use shared::api::validation::{Dimension, FieldOffice, ValidationGroup};
use shared::stats::{suppressed, Summary};
use shared::taxonomy::EntityType;
use shared::validation::{Measure, Mode, Rating};

use crate::i18n::t;

/// An office's name by its id. A retired office still has reports, so it keeps its name, marked;
/// an id missing from the list (it should not happen) is shown as a number, not dropped.
pub fn office_name(offices: &[FieldOffice], id: i64) -> String {
    let a = crate::i18n::reviewer().analytics;
    match offices.iter().find(|o| o.id == id) {
        Some(o) if o.active => o.name.clone(),
        Some(o) => (a.office_retired)(&o.name),
        None => (a.office_unknown)(id),
    }
}

/// A group's code in words; an unknown code is shown as it is.
pub fn group_name(dimension: Dimension, code: &str, offices: &[FieldOffice]) -> String {
    let m = t();
    let a = crate::i18n::reviewer().analytics;
    match dimension {
        Dimension::All => a.all_reports.to_owned(),
        Dimension::FieldOffice => match code.parse::<i64>() {
            Ok(id) => office_name(offices, id),
            Err(_) => code.to_owned(),
        },
        Dimension::Mode => Mode::from_code(code).map(a.mode).unwrap_or(code).to_owned(),
        Dimension::EntityType => EntityType::from_code(code).map(m.entity_type).unwrap_or(code).to_owned(),
        Dimension::Year => code.to_owned(),
    }
}

/// The group's name, marked when it rests on too few reports to leave the reviewer area: the
/// reviewers see the figures, but should know how little they stand on.
pub fn group_label(g: &ValidationGroup, offices: &[FieldOffice]) -> String {
    let name = group_name(g.dimension, &g.group, offices);
    if suppressed(g.reports) {
        (crate::i18n::reviewer().analytics.few_reports)(&name)
    } else {
        name
    }
}

pub fn measure_of(g: &ValidationGroup, m: Measure) -> Option<&Summary> {
    g.measures.iter().find(|(x, _)| *x == m)?.1.as_ref()
}

pub fn rating_of(g: &ValidationGroup, r: Rating) -> Option<&Summary> {
    g.ratings.iter().find(|(x, _)| *x == r)?.1.as_ref()
}

/// A measure's figures are counts of days, weeks or items; a rating's, means on the 1–5 scale.
pub fn measure_value(x: f64) -> String {
    (crate::i18n::reviewer().analytics.number)(x)
}

pub fn rating_value(x: f64) -> String {
    (crate::i18n::reviewer().analytics.mean)(x)
}

/// A mean rating with its interval when there is one (a single rating has none).
pub fn mean_with_interval(s: &Summary) -> String {
    let a = crate::i18n::reviewer().analytics;
    match s.ci_low.zip(s.ci_high) {
        Some((low, high)) => (a.with_interval)(&rating_value(s.mean), &rating_value(low), &rating_value(high)),
        None => rating_value(s.mean),
    }
}

/// A spread's figure code: its name, and whether it is a rating (compared by mean) or a measure
/// (compared by median).
pub fn figure(code: &str) -> Option<(&'static str, bool)> {
    let a = crate::i18n::reviewer().analytics;
    Measure::from_code(code)
        .map(|m| ((a.measure)(m), false))
        .or_else(|| Rating::from_code(code).map(|r| ((a.rating)(r), true)))
}
