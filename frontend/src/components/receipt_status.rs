//! A receipt's status and CBP's public response, as "Check a receipt" shows it.

use leptos::prelude::*;
use shared::api::ReceiptStatus;
use shared::receipt::TrackingNumber;

use crate::api::{self, Failure};
use crate::i18n::t;

#[component]
pub fn ReceiptStatusView(number: TrackingNumber) -> impl IntoView {
    let m = t();
    let status = LocalResource::new(move || {
        let number = number.clone();
        async move { api::receipt_status(&number).await }
    });
    view! {
        <Suspense fallback=move || view! { <p role="status">{m.loading}</p> }>
            {move || {
                status
                    .get()
                    .map(|result| match result {
                        Ok(Some(s)) => view! { <StatusDetails status=s /> }.into_any(),
                        Ok(None) => alert("usa-alert--warning", m.check_not_found),
                        Err(Failure::Network) => alert("usa-alert--error", m.error_network),
                        Err(_) => alert("usa-alert--error", m.error_server),
                    })
            }}
        </Suspense>
    }
}

fn alert(kind: &'static str, text: &'static str) -> AnyView {
    view! {
        <div class=format!("usa-alert {kind} usa-alert--slim") role="alert">
            <div class="usa-alert__body">
                <p class="usa-alert__text">{text}</p>
            </div>
        </div>
    }
    .into_any()
}

#[component]
fn StatusDetails(status: ReceiptStatus) -> impl IntoView {
    let m = t();
    view! {
        <section class="portal-receipt-status" aria-labelledby="receipt-status-heading">
            <h2 id="receipt-status-heading">
                {m.receipt_status} ": " <span class="usa-tag portal-status">{(m.status)(status.status)}</span>
            </h2>
            <p>{(m.status_explained)(status.status)}</p>
            <dl class="portal-facts">
                <dt>{m.check_label}</dt>
                <dd class="portal-tracking-number">{status.tracking_number.clone()}</dd>
                <dt>{m.form_title_field}</dt>
                <dd>{status.title.clone()}</dd>
                <dt>{m.form_topic}</dt>
                <dd>
                    {(m.topic)(status.topic)}
                    {status.msc_category.map(|c| format!(" — {}", (m.msc_category)(c)))}
                </dd>
                <dt>{m.receipt_received}</dt>
                <dd>{m.format_rfc3339(&status.received_at)}</dd>
                <dt>{m.check_last_updated}</dt>
                <dd>{m.format_rfc3339(&status.updated_at)}</dd>
            </dl>
            <h3>{m.check_response_heading}</h3>
            {match status.public_response {
                Some(r) => {
                    view! {
                        <div class="portal-response">
                            <p class="portal-response__text">{r.text}</p>
                            <p class="usa-hint">{m.format_rfc3339(&r.responded_at)}</p>
                        </div>
                    }
                        .into_any()
                }
                None => view! { <p>{m.check_no_response}</p> }.into_any(),
            }}
        </section>
    }
}
