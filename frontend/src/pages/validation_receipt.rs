//! The validation report's receipt: "Thank you", the tracking number (laid out to print) and,
//! when the person said what should be standardized, the proposal's own tracking number with a
//! link to follow it. The receipt holds no contact details, so a page opened later (a bookmark,
//! another tab) asks the server for it.

use crate::router::use_params_map;
use leptos::prelude::*;
use shared::api::validation::ValidationReceipt;
use shared::queue::encode_component;
use shared::receipt::TrackingNumber;

use crate::api;
use crate::components::notice::{alert, failed_load, loading};
use crate::i18n::{set_page_title, t};
use crate::paths::VALIDATION_REPORT_PAGE;
use crate::storage;

#[component]
pub fn ValidationReceiptPage() -> impl IntoView {
    set_page_title(t().validation.receipt_title);
    let params = use_params_map();
    move || {
        let raw = params.with(|p| p.get("number").unwrap_or_default());
        let Ok(number) = TrackingNumber::parse(&raw) else {
            return view! { <crate::pages::not_found::NotFound /> }.into_any();
        };
        // Just submitted in this tab: no need to ask the server again.
        match storage::load_validation_receipt().filter(|r| r.tracking_number == number.as_str()) {
            Some(receipt) => view! { <ReceiptView receipt /> }.into_any(),
            None => view! { <Fetched number /> }.into_any(),
        }
    }
}

#[component]
fn Fetched(number: TrackingNumber) -> impl IntoView {
    let v = t().validation;
    let receipt = LocalResource::new(move || {
        let number = number.clone();
        async move { api::validation::receipt(number.as_str()).await }
    });
    move || match receipt.get() {
        None => view! { <div class="usa-section">{loading()}</div> }.into_any(),
        Some(Ok(Some(receipt))) => view! { <ReceiptView receipt /> }.into_any(),
        Some(Ok(None)) => view! {
            <div class="usa-section">
                <h1>{v.title}</h1>
                {alert("usa-alert--warning", v.receipt_not_found.to_owned())}
            </div>
        }
        .into_any(),
        Some(Err(failure)) => view! {
            <div class="usa-section">
                <h1>{v.title}</h1>
                {failed_load(&failure)}
            </div>
        }
        .into_any(),
    }
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[component]
fn ReceiptView(receipt: ValidationReceipt) -> impl IntoView {
    let m = t();
    let v = m.validation;
    let proposal = receipt.proposal_tracking_number.clone().map(|number| {
        let href = format!("/check?number={}", encode_component(&number));
        view! {
            <h2>{v.receipt_proposal}</h2>
            <p class="portal-tracking-number" id="proposal-tracking-number">{number}</p>
            <p>{v.receipt_proposal_hint}</p>
            <p class="portal-no-print">
                <a class="usa-link" href=href>{v.receipt_check_proposal}</a>
            </p>
        }
    });
    view! {
        <div class="usa-section portal-receipt">
            <div class="usa-alert usa-alert--success" role="status">
                <div class="usa-alert__body">
                    <h1 class="usa-alert__heading">{v.receipt_title}</h1>
                    <p class="usa-alert__text">{v.receipt_lead}</p>
                </div>
            </div>
            <h2>{v.receipt_tracking_number}</h2>
            <p class="portal-tracking-number portal-tracking-number--large" id="tracking-number">
                {receipt.tracking_number.clone()}
            </p>
            <dl class="portal-facts">
                <dt>{m.receipt_received}</dt>
                <dd>{m.format_rfc3339(&receipt.received_at)}</dd>
            </dl>
            {proposal}
            <ul class="usa-button-group portal-no-print">
                <li class="usa-button-group__item">
                    <button type="button" class="usa-button" on:click=move |_| print()>
                        {m.receipt_print}
                    </button>
                </li>
                <li class="usa-button-group__item">
                    <a class="usa-button usa-button--outline" href=VALIDATION_REPORT_PAGE>
                        {v.receipt_another}
                    </a>
                </li>
            </ul>
        </div>
    }
}
