//! "Analytics": the benefit survey dashboard. The filters (round, entity type, CTPAT status) live
//! in the address bar like the queue's, parsed by the same `AnalyticsQuery` the worker uses, and
//! the CSV link carries the same query, so the file holds exactly the figures on the page.

mod benefits;
mod dashboard;
pub mod feedback;
mod filters;
mod summary_plot;
mod validation_breakdowns;
mod validation_filters;
mod validation_labels;
mod validation_offices;
mod validation_spreads;
pub mod validations;

use leptos::html::Div;
use leptos::prelude::*;
use shared::api::analytics::BENEFIT_ANALYTICS_CSV_PATH;

use crate::components::error_summary::ErrorSummary;
use crate::i18n::set_page_title;
use benefits::BenefitSections;
use dashboard::{AnalyticsNav, CsvLink, Dashboard};
use filters::{AnalyticsFilters, ANALYTICS_FILTERS};

#[component]
pub fn BenefitAnalytics() -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    set_page_title(a.benefits_title);
    let dashboard =
        Dashboard::follow(ANALYTICS_FILTERS, |reviewer, query| async move { reviewer.benefit_dashboard(&query).await });
    let rounds = dashboard.choices(|d| d.rounds.iter().map(|r| (r.id.to_string(), r.title.clone())).collect());
    let summary = NodeRef::<Div>::new();

    view! {
        <div class="usa-section">
            <h1>{a.benefits_title}</h1>
            <AnalyticsNav />
            <p class="usa-intro">{a.benefits_lead}</p>
            <ErrorSummary problems=dashboard.problems.into() node_ref=summary />
            <AnalyticsFilters rounds problems=dashboard.problems.into() summary />
            {dashboard.view(|d, query| view! {
                <BenefitSections d />
                <CsvLink path=BENEFIT_ANALYTICS_CSV_PATH query hint=a.download_hint />
            })}
        </div>
    }
}
