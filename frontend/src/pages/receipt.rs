//! The receipt shown right after submitting: the tracking number, when it was received and
//! everything that was sent, laid out to print. Opened later (another tab, a bookmark), it shows
//! the status only: the full copy lives in this tab's sessionStorage, never on a shared URL.

use leptos::prelude::*;
use shared::api::SubmissionReceipt;

use super::receipt_frame::{check_href, receipt_at_address, ReceiptFrame};
use crate::components::receipt_status::ReceiptStatusView;
use crate::components::sent_facts::sent_facts;
use crate::i18n::{set_page_title, t};
use crate::storage;

#[component]
pub fn Receipt() -> impl IntoView {
    let m = t();
    set_page_title(m.receipt_title);
    receipt_at_address(
        |number| {
            storage::RECEIPT
                .load()
                .filter(|r| r.tracking_number == number.as_str())
                .map(|receipt| view! { <FullReceipt receipt /> }.into_any())
        },
        move |number| {
            view! {
                <div class="usa-section">
                    <h1>{m.receipt_title}</h1>
                    <p>{m.receipt_not_in_this_browser}</p>
                    <ReceiptStatusView number />
                </div>
            }
            .into_any()
        },
    )
}

#[component]
fn FullReceipt(receipt: SubmissionReceipt) -> impl IntoView {
    let m = t();
    let s = receipt.summary;
    let sent = sent_facts(&s);
    let contact = [s.name, s.organization, s.email].into_iter().flatten().collect::<Vec<_>>().join(", ");
    let submitted = if contact.is_empty() {
        (m.submitter_kind)(s.submitter_kind).to_owned()
    } else {
        format!("{} ({contact})", (m.submitter_kind)(s.submitter_kind))
    };
    let status = view! {
        <dt>{m.receipt_status}</dt>
        <dd>{(m.status)(receipt.status)}</dd>
    };
    let actions = view! {
        <li class="usa-button-group__item">
            <a class="usa-button usa-button--outline" href=check_href(&receipt.tracking_number)>
                {m.receipt_check_status}
            </a>
        </li>
        <li class="usa-button-group__item">
            <a class="usa-button usa-button--unstyled" href="/feedback">
                {m.receipt_give_more}
            </a>
        </li>
    };
    view! {
        <ReceiptFrame
            heading=m.receipt_title
            lead=m.receipt_keep_it
            number_heading=m.receipt_tracking_number
            number=receipt.tracking_number.clone()
            received_at=receipt.received_at.clone()
            facts=status.into_any()
            actions=actions.into_any()
        >
            <h2>{m.receipt_what_you_sent}</h2>
            <dl class="portal-facts portal-facts--summary">
                <dt>{m.receipt_submitted_as}</dt>
                <dd>{submitted}</dd>
                {sent}
                {s.recommendation.map(|r| view! { <dt>{m.form_recommendation}</dt><dd class="portal-pre">{r}</dd> })}
                <dt>{m.form_may_publish}</dt>
                <dd>{if s.may_publish { m.receipt_yes } else { m.receipt_no }}</dd>
            </dl>
        </ReceiptFrame>
    }
}
