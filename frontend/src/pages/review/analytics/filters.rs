//! The benefit dashboard's filter form. As on the queue, the filters live in the address bar
//! (`components::filter_form`).

use leptos::html::Div;
use leptos::prelude::*;
use shared::api::analytics::AnalyticsQuery;
use shared::taxonomy::{CtpatStatus, EntityType};
use shared::url::encode_query;

use crate::components::error_summary::Problem;
use crate::components::filter_form::{FilterAddress, FilterForm, FilterSelect, Filters};
use crate::i18n::t;
use crate::pages::review::choices;
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
    let m = t();
    let r = crate::i18n::reviewer();
    let a = r.analytics;
    let filters = Filters::from_address(ANALYTICS_FILTERS, problems);
    view! {
        <FilterForm
            filters
            heading_id="analytics-filters-heading"
            heading=a.filters_heading
            apply=r.apply_filters
            clear=r.clear_filters
            summary
        >
            <FilterSelect filters id="round" label=a.filter_round any=a.all_rounds options=rounds />
            <FilterSelect
                filters
                id="entity_type"
                label=a.filter_entity_type
                any=r.any
                options=choices(EntityType::ALL, EntityType::code, m.entity_type)
            />
            <FilterSelect
                filters
                id="tier"
                label=a.filter_tier
                any=r.any
                options=choices(CtpatStatus::ALL, CtpatStatus::code, m.ctpat_status)
            />
        </FilterForm>
    }
}
