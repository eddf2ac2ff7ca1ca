//! The validation report's receipt: "Thank you", the tracking number (laid out to print) and,
//! when the person said what should be standardized, the proposal's own tracking number with a
//! link to follow it. The receipt holds no contact details, so a page opened later (a bookmark,
//! another tab) asks the server for it.

use leptos::prelude::*;
use shared::api::validation::ValidationReceipt;

use super::receipt_frame::{kept_or_asked, ProposalNumber, ReceiptFrame};
use crate::api;
use crate::i18n::{set_page_title, t};
use crate::paths::VALIDATION_REPORT_PAGE;
use crate::storage;

#[component]
pub fn ValidationReceiptPage() -> impl IntoView {
    let v = t().validation;
    set_page_title(v.receipt_title);
    kept_or_asked(
        storage::VALIDATION_RECEIPT,
        |r| &r.tracking_number,
        |number| async move { api::validation::receipt(number.as_str()).await },
        shown,
        v.title,
        v.receipt_not_found,
    )
}

fn shown(receipt: ValidationReceipt) -> AnyView {
    view! { <ReceiptView receipt /> }.into_any()
}

#[component]
fn ReceiptView(receipt: ValidationReceipt) -> impl IntoView {
    let v = t().validation;
    let another = view! {
        <li class="usa-button-group__item">
            <a class="usa-button usa-button--outline" href=VALIDATION_REPORT_PAGE>
                {v.receipt_another}
            </a>
        </li>
    };
    view! {
        <ReceiptFrame
            heading=v.receipt_title
            lead=v.receipt_lead
            number_heading=v.receipt_tracking_number
            number=receipt.tracking_number.clone()
            received_at=receipt.received_at.clone()
            actions=another.into_any()
        >
            {receipt.proposal_tracking_number.clone().map(|number| {
                view! {
                    <ProposalNumber
                        number
                        heading=v.receipt_proposal
                        hint=v.receipt_proposal_hint
                        check=v.receipt_check_proposal
                    />
                }
            })}
        </ReceiptFrame>
    }
}
