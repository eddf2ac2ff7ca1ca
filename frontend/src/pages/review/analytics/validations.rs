//! "Validation reports": how partners' CTPAT validations went, compared across field offices,
//! modes, entity types and years. The filters live in the address bar, parsed by the same
//! `ValidationQuery` the worker uses, and the CSV link carries the same query, so the file holds
//! the figures on the page (less the groups too small to leave the reviewer area).

use crate::router::use_location;
use leptos::html::Div;
use leptos::prelude::*;
use shared::api::validation::{FieldOffice, ValidationDashboard, VALIDATION_ANALYTICS_CSV_PATH};
use shared::queue::{decode_query, encode_query};
use shared::text::FieldError;
use shared::validation::ValidationQuery;

use super::validation_breakdowns::Breakdowns;
use super::validation_filters::{filter_label, ValidationFilters, KEYS};
use super::validation_labels::office_name;
use super::validation_offices::{OfficeMeasures, OfficeRatings};
use super::validation_spreads::{SpreadAlert, SpreadTable};
use super::AnalyticsNav;
use crate::api::analytics::with_query;
use crate::api::Failure;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::i18n::set_page_title;
use crate::pages::review::{failed_load, failure_message, general, loading, rule_message, use_reviewer};

/// Problems with the address, linked to the filter they concern.
fn address_problems(errors: &[FieldError]) -> Vec<Problem> {
    errors
        .iter()
        .map(|e| Problem {
            field: if KEYS.contains(&e.field.as_str()) { e.field.clone() } else { String::new() },
            message: rule_message(filter_label(&e.field).unwrap_or(&e.field), e.problem),
        })
        .collect()
}

/// A 400 names query keys, which are also the filter controls' ids.
fn api_problems(failure: &Failure) -> Vec<Problem> {
    match failure {
        Failure::Unauthorized => Vec::new(),
        Failure::Rejected(error) if !error.fields.is_empty() => error
            .fields
            .iter()
            .map(|f| Problem {
                field: if KEYS.contains(&f.field.as_str()) { f.field.clone() } else { String::new() },
                message: f.message.clone(),
            })
            .collect(),
        other => vec![general(failure_message(other))],
    }
}

/// `(id, name)` choices for the field office filter: every office, retired ones marked, since
/// their reports are still counted.
fn office_choices(offices: &[FieldOffice]) -> Vec<(String, String)> {
    offices.iter().map(|o| (o.id.to_string(), office_name(offices, o.id))).collect()
}

#[component]
pub fn ValidationAnalytics() -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    set_page_title(a.validations_title);
    let reviewer = use_reviewer();
    let location = use_location();
    let parsed = Memo::new(move |_| location.search.with(|s| ValidationQuery::parse(&decode_query(s))));
    let dashboard = LocalResource::new(move || {
        let query = parsed.get();
        let reviewer = reviewer.clone();
        async move {
            match query {
                Ok(q) => reviewer.validation_dashboard(&encode_query(&q.to_pairs())).await.map(Some),
                // The address is wrong: the summary says how; there is nothing to ask.
                Err(_) => Ok(None),
            }
        }
    });
    // The office choices come with the dashboard; keep the last ones while the next view loads.
    let offices = RwSignal::new(Vec::<(String, String)>::new());
    Effect::new(move |_| {
        if let Some(Ok(Some(d))) = dashboard.get() {
            offices.set(office_choices(&d.offices));
        }
    });
    let problems = Memo::new(move |_| {
        let mut list = match parsed.get() {
            Err(errors) => address_problems(&errors),
            Ok(_) => Vec::new(),
        };
        if let Some(Err(failure)) = dashboard.get() {
            list.extend(api_problems(&failure));
        }
        list
    });
    let summary = NodeRef::<Div>::new();
    let loaded = move || match dashboard.get() {
        Some(Ok(Some(d))) => Some(d),
        _ => None,
    };

    view! {
        <div class="usa-section">
            <h1>{a.validations_title}</h1>
            <AnalyticsNav />
            <p class="usa-intro">{a.validations_lead}</p>
            <p>{a.few_reports_note}</p>
            <ErrorSummary problems=problems.into() node_ref=summary />
            {move || loaded().map(|d| view! { <SpreadAlert spreads=d.spreads offices=d.offices /> })}
            <ValidationFilters offices=offices.into() problems=problems.into() summary />
            {move || match dashboard.get() {
                None => loading(),
                Some(Err(Failure::Unauthorized)) => failed_load(Failure::Unauthorized),
                Some(Ok(Some(d))) => {
                    let q = parsed.get().unwrap_or_default();
                    view! {
                        <ValidationSections d />
                        <CsvLink q />
                    }
                        .into_any()
                }
                _ => ().into_any(),
            }}
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

#[component]
fn CsvLink(q: ValidationQuery) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let href = with_query(VALIDATION_ANALYTICS_CSV_PATH, &encode_query(&q.to_pairs()));
    view! {
        <p>
            <a class="usa-link" href=href download="">
                {a.download_csv}
            </a>
            <span class="display-block usa-hint">{a.validations_csv_hint}</span>
        </p>
    }
}
