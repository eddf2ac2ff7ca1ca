//! What the three receipt pages (feedback, the benefit survey, the validation report) share: the
//! page for the tracking number in the address, the receipt laid out to print, the tracking
//! number of a proposal filed with the form, and the link to check a receipt.

use std::future::Future;

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use shared::receipt::TrackingNumber;
use shared::url::encode_component;

use crate::api::Failure;
use crate::components::fetched::FetchedPage;
use crate::i18n::t;
use crate::pages::not_found::NotFound;
use crate::router::use_params_map;
use crate::storage::Kept;

/// "Check a receipt" for this tracking number (the number is the address's query, encoded).
pub fn check_href(number: &str) -> String {
    format!("/check?number={}", encode_component(number))
}

/// The page for the `:number` in the address: "not found" for anything but a tracking number;
/// `kept` shows the receipt this tab holds when it is that one (just issued, so it needs no
/// second request), and `later` any other.
pub fn receipt_at_address(
    kept: impl Fn(&TrackingNumber) -> Option<AnyView> + Send + 'static,
    later: impl Fn(TrackingNumber) -> AnyView + Send + 'static,
) -> impl IntoView {
    let params = use_params_map();
    move || {
        let raw = params.with(|p| p.get("number").unwrap_or_default());
        let Ok(number) = TrackingNumber::parse(&raw) else {
            return view! { <NotFound /> }.into_any();
        };
        kept(&number).unwrap_or_else(|| later(number))
    }
}

/// A receipt opened later (a bookmark, another tab), asked of the server with `ask`, which
/// answers `None` for a number it does not know. `title` heads the page while there is no
/// receipt to show.
#[component]
pub fn AskedReceipt<R, Fut, Ask>(
    number: TrackingNumber,
    ask: Ask,
    show: fn(R) -> AnyView,
    title: &'static str,
    not_found: &'static str,
) -> impl IntoView
where
    R: Clone + 'static,
    Fut: Future<Output = Result<Option<R>, Failure>> + 'static,
    Ask: Fn(TrackingNumber) -> Fut + 'static,
{
    let found = LocalResource::new(move || ask(number.clone()));
    view! { <FetchedPage found show title not_found /> }
}

/// The page of a receipt that holds no contact details (the survey's, the validation report's):
/// the one this tab kept (`kept`, just issued) when it is the one in the address, else the one
/// `ask` gets from the server.
pub fn kept_or_asked<R, Fut>(
    kept: Kept<R>,
    number_of: fn(&R) -> &str,
    ask: fn(TrackingNumber) -> Fut,
    show: fn(R) -> AnyView,
    title: &'static str,
    not_found: &'static str,
) -> impl IntoView
where
    R: Clone + Serialize + DeserializeOwned + 'static,
    Fut: Future<Output = Result<Option<R>, Failure>> + 'static,
{
    receipt_at_address(
        move |number| kept.load().filter(|r| number_of(r) == number.as_str()).map(show),
        move |number| view! { <AskedReceipt number ask show title not_found /> }.into_any(),
    )
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// A receipt laid out to print: the heading and lead in a success alert, the tracking number,
/// when it was received and the receipt's other `facts`, then what the page adds (`children`),
/// and the Print button followed by the receipt's other `actions` (`<li>` items).
#[component]
pub fn ReceiptFrame(
    heading: &'static str,
    lead: &'static str,
    /// "Your tracking number", in the form's words.
    number_heading: &'static str,
    number: String,
    received_at: String,
    #[prop(optional)] facts: Option<AnyView>,
    #[prop(optional)] actions: Option<AnyView>,
    children: Children,
) -> impl IntoView {
    let m = t();
    view! {
        <div class="usa-section portal-receipt">
            <div class="usa-alert usa-alert--success" role="status">
                <div class="usa-alert__body">
                    <h1 class="usa-alert__heading">{heading}</h1>
                    <p class="usa-alert__text">{lead}</p>
                </div>
            </div>
            <h2>{number_heading}</h2>
            <p class="portal-tracking-number portal-tracking-number--large" id="tracking-number">
                {number}
            </p>
            <dl class="portal-facts">
                <dt>{m.receipt_received}</dt>
                <dd>{m.format_rfc3339(&received_at)}</dd>
                {facts}
            </dl>
            {children()}
            <ul class="usa-button-group portal-no-print">
                <li class="usa-button-group__item">
                    <button type="button" class="usa-button" on:click=move |_| print()>
                        {m.receipt_print}
                    </button>
                </li>
                {actions}
            </ul>
        </div>
    }
}

/// The proposal filed as feedback together with the form: its own tracking number, and the link
/// to follow it.
#[component]
pub fn ProposalNumber(number: String, heading: &'static str, hint: &'static str, check: &'static str) -> impl IntoView {
    let href = check_href(&number);
    view! {
        <h2>{heading}</h2>
        <p class="portal-tracking-number" id="proposal-tracking-number">{number}</p>
        <p>{hint}</p>
        <p class="portal-no-print">
            <a class="usa-link" href=href>{check}</a>
        </p>
    }
}
