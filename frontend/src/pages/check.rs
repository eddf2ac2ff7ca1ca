//! "Check a receipt": type a tracking number, see the status and CBP's response. The number
//! lives in the address (`/check?number=…`) so a result can be bookmarked.

use std::time::Duration;

use crate::router::{use_navigate, use_query_map};
use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;
use shared::receipt::TrackingNumber;

use super::receipt_frame::check_href;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::fields::TextInput;
use crate::components::receipt_status::ReceiptStatusView;
use crate::i18n::{set_page_title, t};

const FIELD: &str = "tracking_number";

#[component]
pub fn CheckReceipt() -> impl IntoView {
    let m = t();
    set_page_title(m.check_title);
    let query = use_query_map();
    let from_query = move || query.with(|q| q.get("number")).and_then(|n| TrackingNumber::parse(&n).ok());
    let typed = RwSignal::new(from_query().map(|n| n.to_string()).unwrap_or_default());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let summary = NodeRef::<Div>::new();
    let navigate = use_navigate();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match TrackingNumber::parse(&typed.get_untracked()) {
            Ok(number) => {
                problems.set(Vec::new());
                typed.set(number.to_string());
                navigate(&check_href(number.as_str()), Default::default());
            }
            Err(_) => {
                problems.set(vec![Problem { field: FIELD.into(), message: m.check_invalid.into() }]);
                set_timeout(
                    move || {
                        if let Some(el) = summary.get_untracked() {
                            let _ = el.focus();
                        }
                    },
                    Duration::from_millis(0),
                );
            }
        }
    };
    let error = Signal::derive(move || problems.with(|p| p.first().map(|p| p.message.clone())));

    view! {
        <div class="usa-section">
            <h1>{m.check_title}</h1>
            <p class="usa-intro">{m.check_lead}</p>
            <ErrorSummary problems=problems.into() node_ref=summary />
            <form class="usa-form usa-form--large" novalidate on:submit=on_submit>
                <TextInput
                    id=FIELD
                    label=m.check_label
                    hint=m.check_hint
                    required=true
                    autocomplete="off"
                    value=typed.into()
                    set=Callback::new(move |v| typed.set(v))
                    error
                />
                <button type="submit" class="usa-button">
                    {m.check_submit}
                </button>
            </form>
            {move || from_query().map(|number| view! { <ReceiptStatusView number /> })}
        </div>
    }
}
