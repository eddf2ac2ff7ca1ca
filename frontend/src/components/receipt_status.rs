//! A receipt's status and CBP's public response, as "Check a receipt" shows it: the consultation
//! it answers, what happened to it so far, its files, its place on the public board, and the two
//! things its holder can do with it (follow it by email, withdraw it).

use leptos::prelude::*;
use shared::api::public::{EventKind, ReceiptEvent};
use shared::api::ReceiptStatus;
use shared::receipt::TrackingNumber;
use shared::status::Status;

use crate::api::{self, Failure};
use crate::components::follow_form::{FollowByEmail, Followed};
use crate::components::notice::alert;
use crate::components::public_response::PublicResponseText;
use crate::components::withdraw::WithdrawFeedback;
use crate::i18n::t;

#[component]
pub fn ReceiptStatusView(number: TrackingNumber) -> impl IntoView {
    let m = t();
    let status = LocalResource::new({
        let number = number.clone();
        move || {
            let number = number.clone();
            async move { api::receipt_status(&number).await }
        }
    });
    // The withdraw answer is the new status: shown at once, without asking again.
    let withdrawn = RwSignal::new(None::<ReceiptStatus>);
    view! {
        <Suspense fallback=move || view! { <p role="status">{m.loading}</p> }>
            {move || {
                let number = number.clone();
                status
                    .get()
                    .map(|result| match (withdrawn.get(), result) {
                        (Some(s), _) => view! { <StatusDetails status=s number just_withdrawn=true withdrawn /> }.into_any(),
                        (None, Ok(Some(s))) => view! { <StatusDetails status=s number just_withdrawn=false withdrawn /> }.into_any(),
                        (None, Ok(None)) => alert("usa-alert--warning", m.check_not_found.to_owned()),
                        (None, Err(Failure::Network)) => alert("usa-alert--error", m.error_network.to_owned()),
                        (None, Err(_)) => alert("usa-alert--error", m.error_server.to_owned()),
                    })
            }}
        </Suspense>
    }
}

/// One line of the history: a status change says which status.
fn event_text(event: &ReceiptEvent) -> String {
    let m = t();
    match (event.kind, event.status) {
        (EventKind::StatusChanged, Some(s)) => (m.public.event_status_changed)((m.status)(s)),
        (kind, _) => (m.public.event)(kind).to_owned(),
    }
}

#[component]
fn StatusDetails(
    status: ReceiptStatus,
    number: TrackingNumber,
    just_withdrawn: bool,
    withdrawn: RwSignal<Option<ReceiptStatus>>,
) -> impl IntoView {
    let m = t();
    let p = m.public;
    let consultation = match status.consultation.clone() {
        Some(c) => view! {
            <a class="usa-link" href=format!("/consultations/{}", c.id)>{c.title}</a>
            {status.late.then(|| view! { " " <span class="usa-tag portal-tag--late">{p.late}</span> })}
        }
        .into_any(),
        None => p.receipt_general.into_any(),
    };
    let attachments = (!status.attachments.is_empty()).then(|| {
        view! {
            <dt>{p.receipt_attachments}</dt>
            <dd>
                <ul class="usa-list usa-list--unstyled">
                    {status.attachments.iter().map(|name| view! { <li>{name.clone()}</li> }).collect_view()}
                </ul>
            </dd>
        }
    });
    let can_withdraw = status.status != Status::Withdrawn;
    view! {
        <section class="portal-receipt-status" aria-labelledby="receipt-status-heading">
            {just_withdrawn.then(|| alert("usa-alert--success", p.withdraw_done.to_owned()))}
            <h2 id="receipt-status-heading">
                {m.receipt_status} ": " <span class="usa-tag portal-status">{(m.status)(status.status)}</span>
            </h2>
            <p>{(m.status_explained)(status.status)}</p>
            <dl class="portal-facts">
                <dt>{m.check_label}</dt>
                <dd class="portal-tracking-number">{status.tracking_number.clone()}</dd>
                <dt>{m.form_title_field}</dt>
                <dd>{status.title.clone()}</dd>
                <dt>{p.receipt_consultation}</dt>
                <dd>{consultation}</dd>
                <dt>{m.form_topic}</dt>
                <dd>
                    {(m.topic)(status.topic)}
                    {status.msc_category.map(|c| format!(" — {}", (m.msc_category)(c)))}
                </dd>
                <dt>{m.receipt_received}</dt>
                <dd>{m.format_rfc3339(&status.received_at)}</dd>
                <dt>{m.check_last_updated}</dt>
                <dd>{m.format_rfc3339(&status.updated_at)}</dd>
                {attachments}
            </dl>
            {status
                .board_item
                .map(|id| {
                    view! {
                        <p>
                            <a class="usa-link" href=format!("/board/{id}")>{p.receipt_board_link}</a>
                        </p>
                    }
                })}
            <h3>{m.check_response_heading}</h3>
            <PublicResponseText response=status.public_response none=m.check_no_response />
            <h3 id="history-heading">{p.receipt_history}</h3>
            <ol class="usa-list portal-timeline" aria-labelledby="history-heading">
                {status
                    .events
                    .iter()
                    .map(|e| {
                        view! {
                            <li>
                                <span class="portal-timeline__what">{event_text(e)}</span>
                                " "
                                <span class="portal-timeline__when">{m.format_rfc3339(&e.at)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <FollowByEmail followed=Followed::Receipt(number.clone()) subsection=true />
            {can_withdraw
                .then(|| {
                    view! {
                        <WithdrawFeedback number on_withdrawn=Callback::new(move |s| withdrawn.set(Some(s))) />
                    }
                })}
        </section>
    }
}
