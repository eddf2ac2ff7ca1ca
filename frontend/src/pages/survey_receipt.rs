//! The survey receipt: "Thank you", the tracking number (laid out to print), the round, how many
//! benefits were answered and, when a new benefit was proposed, the proposal's own tracking
//! number with a link to follow it. A survey receipt holds no contact details, so a page opened
//! later (a bookmark, another tab) asks the server for it.

use leptos::prelude::*;
use shared::api::analytics::SurveyReceipt;

use super::receipt_frame::{kept_or_asked, ProposalNumber, ReceiptFrame};
use crate::api;
use crate::i18n::{set_page_title, t};
use crate::storage;

#[component]
pub fn SurveyReceiptPage() -> impl IntoView {
    let s = t().survey;
    set_page_title(s.receipt_title);
    kept_or_asked(
        storage::SURVEY_RECEIPT,
        |r| &r.tracking_number,
        |number| async move { api::survey::receipt(number.as_str()).await },
        shown,
        s.title,
        s.receipt_not_found,
    )
}

fn shown(receipt: SurveyReceipt) -> AnyView {
    view! { <ReceiptView receipt /> }.into_any()
}

#[component]
fn ReceiptView(receipt: SurveyReceipt) -> impl IntoView {
    let m = t();
    let s = m.survey;
    let facts = view! {
        <dt>{s.round}</dt>
        <dd>{receipt.round.title.clone()}</dd>
        <dt>{s.receipt_answered}</dt>
        <dd>{(m.public.thousands)(u64::from(receipt.answered))}</dd>
    };
    view! {
        <ReceiptFrame
            heading=s.receipt_title
            lead=s.receipt_lead
            number_heading=s.receipt_tracking_number
            number=receipt.tracking_number.clone()
            received_at=receipt.received_at.clone()
            facts=facts.into_any()
        >
            {receipt.proposal_tracking_number.clone().map(|number| {
                view! {
                    <ProposalNumber
                        number
                        heading=s.receipt_proposal
                        hint=s.receipt_proposal_hint
                        check=s.receipt_check_proposal
                    />
                }
            })}
        </ReceiptFrame>
    }
}
