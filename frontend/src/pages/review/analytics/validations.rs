//! "Validation reports": how partners' CTPAT validations went, compared across field offices,
//! modes, entity types and years. The filters live in the address bar, parsed by the same
//! `ValidationQuery` the worker uses, and the CSV link carries the same query, so the file holds
//! the figures on the page (less the groups too small to leave the reviewer area).

use leptos::html::Div;
use leptos::prelude::*;
use shared::api::validation::{FieldOffice, ValidationDashboard, VALIDATION_ANALYTICS_CSV_PATH};

use super::dashboard::{AnalyticsNav, CsvLink, Dashboard};
use super::validation_breakdowns::Breakdowns;
use super::validation_filters::{ValidationFilters, VALIDATION_FILTERS};
use super::validation_labels::office_name;
use super::validation_offices::{OfficeMeasures, OfficeRatings};
use super::validation_spreads::{SpreadAlert, SpreadTable};
use crate::components::error_summary::ErrorSummary;
use crate::i18n::set_page_title;

/// `(id, name)` choices for the field office filter: every office, retired ones marked, since
/// their reports are still counted.
fn office_choices(offices: &[FieldOffice]) -> Vec<(String, String)> {
    offices.iter().map(|o| (o.id.to_string(), office_name(offices, o.id))).collect()
}

#[component]
pub fn ValidationAnalytics() -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    set_page_title(a.validations_title);
    let dashboard =
        Dashboard::follow(
            VALIDATION_FILTERS,
            |reviewer, query| async move { reviewer.validation_dashboard(&query).await },
        );
    let offices = dashboard.choices(|d| office_choices(&d.offices));
    let summary = NodeRef::<Div>::new();

    view! {
        <div class="usa-section">
            <h1>{a.validations_title}</h1>
            <AnalyticsNav />
            <p class="usa-intro">{a.validations_lead}</p>
            <p>{a.few_reports_note}</p>
            <ErrorSummary problems=dashboard.problems.into() node_ref=summary />
            {move || dashboard.loaded().map(|d| view! { <SpreadAlert spreads=d.spreads offices=d.offices /> })}
            <ValidationFilters offices problems=dashboard.problems.into() summary />
            {dashboard.view(|d, query| view! {
                <ValidationSections d />
                <CsvLink path=VALIDATION_ANALYTICS_CSV_PATH query hint=a.validations_csv_hint />
            })}
        </div>
    }
}

#[component]
fn ValidationSections(d: ValidationDashboard) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let ValidationDashboard { offices, overall, by_field_office, by_mode, by_entity_type, by_year, spreads } = d;
    let any = overall.reports > 0;
    view! {
        <p class="portal-total" role="status">{(a.reports)(overall.reports)}</p>
        {if any {
            view! {
                <OfficeMeasures groups=by_field_office.clone() offices=offices.clone() />
                <OfficeRatings groups=by_field_office offices=offices.clone() />
                <SpreadTable spreads offices=offices.clone() />
                <Breakdowns overall by_mode by_entity_type by_year offices />
            }
                .into_any()
        } else {
            view! { <p>{a.no_reports}</p> }.into_any()
        }}
    }
}
