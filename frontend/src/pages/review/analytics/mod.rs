//! "Analytics": the benefit survey dashboard. The filters (round, entity type, CTPAT status) live
//! in the address bar like the queue's, parsed by the same `AnalyticsQuery` the worker uses, and
//! the CSV link carries the same query, so the file holds exactly the figures on the page.

mod benefits;
pub mod feedback;
mod filters;
mod validation_breakdowns;
mod validation_filters;
mod validation_labels;
mod validation_offices;
mod validation_spreads;
pub mod validations;

use crate::router::use_location;
use leptos::html::Div;
use leptos::prelude::*;
use shared::api::analytics::{AnalyticsQuery, BENEFIT_ANALYTICS_CSV_PATH};
use shared::queue::{decode_query, encode_query};
use shared::text::FieldError;

use super::{failed_load, failure_message, general, loading, rule_message, use_reviewer};
use crate::api::analytics::with_query;
use crate::api::Failure;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::i18n::set_page_title;
use crate::paths::{ANALYTICS_PAGE, FEEDBACK_ANALYTICS_PAGE, VALIDATION_ANALYTICS_PAGE};
use benefits::BenefitSections;
use filters::{filter_label, AnalyticsFilters, KEYS};

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

/// The links between the dashboards, under the page heading.
#[component]
pub fn AnalyticsNav() -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let location = use_location();
    let links = [
        (ANALYTICS_PAGE, a.nav_benefits),
        (FEEDBACK_ANALYTICS_PAGE, a.nav_feedback),
        (VALIDATION_ANALYTICS_PAGE, a.nav_validations),
    ];
    view! {
        <nav aria-label=a.subnav_label>
            <ul class="usa-list usa-list--unstyled portal-inline-list">
                {links
                    .into_iter()
                    .map(|(href, text)| {
                        let current = move || location.pathname.with(|p| p == href);
                        view! {
                            <li>
                                <a class="usa-link" href=href aria-current=move || current().then_some("page")>
                                    {text}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn BenefitAnalytics() -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    set_page_title(a.benefits_title);
    let reviewer = use_reviewer();
    let location = use_location();
    let parsed = Memo::new(move |_| location.search.with(|s| AnalyticsQuery::parse(&decode_query(s))));
    let dashboard = LocalResource::new(move || {
        let query = parsed.get();
        let reviewer = reviewer.clone();
        async move {
            match query {
                Ok(q) => reviewer.benefit_dashboard(&encode_query(&q.to_pairs())).await.map(Some),
                // The address is wrong: the summary says how; there is nothing to ask.
                Err(_) => Ok(None),
            }
        }
    });
    // The round choices come with the dashboard; keep the last ones while the next view loads.
    let rounds = RwSignal::new(Vec::<(String, String)>::new());
    Effect::new(move |_| {
        if let Some(Ok(Some(d))) = dashboard.get() {
            rounds.set(d.rounds.iter().map(|r| (r.id.to_string(), r.title.clone())).collect());
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

    view! {
        <div class="usa-section">
            <h1>{a.benefits_title}</h1>
            <AnalyticsNav />
            <p class="usa-intro">{a.benefits_lead}</p>
            <ErrorSummary problems=problems.into() node_ref=summary />
            <AnalyticsFilters rounds=rounds.into() problems=problems.into() summary />
            {move || match dashboard.get() {
                None => loading(),
                Some(Err(Failure::Unauthorized)) => failed_load(Failure::Unauthorized),
                Some(Ok(Some(d))) => {
                    let q = parsed.get().unwrap_or_default();
                    view! {
                        <BenefitSections d />
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
fn CsvLink(q: AnalyticsQuery) -> impl IntoView {
    let a = crate::i18n::reviewer().analytics;
    let href = with_query(BENEFIT_ANALYTICS_CSV_PATH, &encode_query(&q.to_pairs()));
    view! {
        <p>
            <a class="usa-link" href=href download="">
                {a.download_csv}
            </a>
            <span class="display-block usa-hint">{a.download_hint}</span>
        </p>
    }
}
