//! The benefit dashboard's filter form. As on the queue, the filters live in the address bar
//! (`components::filter_form`).

use leptos::html::Div;
use leptos::prelude::*;
use shared::api::analytics::AnalyticsQuery;
use shared::url::encode_query;

use crate::components::error_summary::Problem;
use crate::components::filter_form::{FilterAddress, FilterSelect, Filters};
use crate::pages::review::filters::{ctpat_statuses, entity_types, AnyFilter, ReviewFilterForm};
use crate::paths::ANALYTICS_PAGE;

/// The benefit dashboard's filters in the address, in address order.
pub const ANALYTICS_FILTERS: FilterAddress = FilterAddress {
    page: ANALYTICS_PAGE,
    keys: &["round", "entity_type", "tier"],
    kept: &[],
    label: filter_label,
    parse: |pairs| AnalyticsQuery::parse(pairs).map(|q| encode_query(&q.to_pairs())),
};

fn filter_label(key: &str) -> Option<&'static str> {
    let a = crate::i18n::reviewer().analytics;
    Some(match key {
        "round" => a.filter_round,
        "entity_type" => a.filter_entity_type,
        "tier" => a.filter_tier,
        _ => return None,
    })
}

/// `rounds` are `(id, title)` choices.
#[component]
pub fn AnalyticsFilters(
    rounds: Signal<Vec<(String, String)>>,
    problems: Signal<Vec<Problem>>,
    summary: NodeRef<Div>,
) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let filters = Filters::from_address(ANALYTICS_FILTERS, problems);
    view! {
        <ReviewFilterForm filters heading_id="analytics-filters-heading" heading=a.filters_heading summary>
            <FilterSelect filters id="round" label=a.filter_round any=a.all_rounds options=rounds />
            <AnyFilter filters id="entity_type" label=a.filter_entity_type options=entity_types() />
            <AnyFilter filters id="tier" label=a.filter_tier options=ctpat_statuses() />
        </ReviewFilterForm>
    }
}
