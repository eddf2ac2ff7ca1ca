//! The validation dashboard's filter form: year, mode, business entity type and field office.
//! As on the benefit dashboard, the filters live in the address bar (`components::filter_form`),
//! canonical when `ValidationQuery` accepts them.

use leptos::html::Div;
use leptos::prelude::*;
use shared::url::encode_query;
use shared::validation::{Mode, ValidationQuery};

use crate::components::error_summary::Problem;
use crate::components::filter_form::{FilterAddress, FilterSelect, Filters};
use crate::pages::review::choices;
use crate::pages::review::filters::{entity_types, AnyFilter, ReviewFilterForm};
use crate::paths::VALIDATION_ANALYTICS_PAGE;

/// The validation dashboard's filters in the address, in address order.
pub const VALIDATION_FILTERS: FilterAddress = FilterAddress {
    page: VALIDATION_ANALYTICS_PAGE,
    keys: &["year", "mode", "entity_type", "field_office"],
    kept: &[],
    label: filter_label,
    parse: |pairs| ValidationQuery::parse(pairs).map(|q| encode_query(&q.to_pairs())),
};

/// The first year the form accepts (`shared::validation::parse_month`).
const FIRST_YEAR: i32 = 2005;

fn filter_label(key: &str) -> Option<&'static str> {
    let a = crate::i18n::reviewer().analytics;
    Some(match key {
        "year" => a.filter_year,
        "mode" => a.filter_mode,
        "entity_type" => a.filter_entity_type,
        "field_office" => a.filter_field_office,
        _ => return None,
    })
}

/// Newest first, from this year back to the first validations. The browser's clock is enough:
/// a year off at New Year only shifts the list, and the address's own year is always offered.
fn years(chosen: &str) -> Vec<(String, String)> {
    let this_year = js_sys::Date::new_0().get_full_year() as i32;
    let mut list: Vec<String> = (FIRST_YEAR..=this_year.max(FIRST_YEAR)).rev().map(|y| y.to_string()).collect();
    let chosen = chosen.trim();
    if !chosen.is_empty() && !list.iter().any(|y| y == chosen) {
        list.insert(0, chosen.to_owned());
    }
    list.into_iter().map(|y| (y.clone(), y)).collect()
}

/// `offices` are `(id, name)` choices, from the dashboard.
#[component]
pub fn ValidationFilters(
    offices: Signal<Vec<(String, String)>>,
    problems: Signal<Vec<Problem>>,
    summary: NodeRef<Div>,
) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let filters = Filters::from_address(VALIDATION_FILTERS, problems);
    let year_choices = Signal::derive(move || filters.value("year").with(|y| years(y)));
    view! {
        <ReviewFilterForm filters heading_id="validation-filters-heading" heading=a.filters_heading summary>
            <FilterSelect filters id="year" label=a.filter_year any=a.all_years options=year_choices />
            <AnyFilter filters id="mode" label=a.filter_mode options=choices(Mode::ALL, Mode::code, a.mode) />
            <AnyFilter filters id="entity_type" label=a.filter_entity_type options=entity_types() />
            <FilterSelect filters id="field_office" label=a.filter_field_office any=a.all_offices options=offices />
        </ReviewFilterForm>
    }
}
