//! "Withdraw this feedback", asked twice (`Confirmation`): the button opens an inline question
//! with Confirm and Cancel.

use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::ReceiptStatus;
use shared::receipt::TrackingNumber;

use crate::api;
use crate::components::confirmation::Confirmation;
use crate::components::notice::{alert, failure_text};
use crate::i18n::t;

#[component]
pub fn WithdrawFeedback(number: TrackingNumber, on_withdrawn: Callback<ReceiptStatus>) -> impl IntoView {
    let p = t().public;
    let confirmation = Confirmation::new();
    let sending = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let ask = move |_| {
        failed.set(None);
        confirmation.ask();
    };
    let confirm = move |_| {
        if sending.get_untracked() {
            return;
        }
        sending.set(true);
        let number = number.clone();
        spawn_local(async move {
            let result = api::public::withdraw(&number).await;
            sending.set(false);
            match result {
                Ok(status) => on_withdrawn.run(status),
                Err(failure) => failed.set(Some(failure_text(&failure))),
            }
        });
    };

    view! {
        <section class="portal-withdraw" aria-labelledby="withdraw-heading">
            <h3 id="withdraw-heading">{p.withdraw_heading}</h3>
            <p>{p.withdraw_lead}</p>
            {move || failed.get().map(|text| alert("usa-alert--error", text))}
            <Show
                when=move || confirmation.confirming.get()
                fallback=move || {
                    view! {
                        <button type="button" class="usa-button usa-button--secondary" node_ref=confirmation.opener on:click=ask>
                            {p.withdraw_button}
                        </button>
                    }
                }
            >
                <div
                    class="usa-alert usa-alert--warning"
                    role="group"
                    tabindex="-1"
                    node_ref=confirmation.question
                    aria-labelledby="withdraw-confirm-heading"
                >
                    <div class="usa-alert__body">
                        <h4 class="usa-alert__heading" id="withdraw-confirm-heading">
                            {p.withdraw_confirm_heading}
                        </h4>
                        <p class="usa-alert__text">{p.withdraw_confirm_text}</p>
                        <ul class="usa-button-group">
                            <li class="usa-button-group__item">
                                <button
                                    type="button"
                                    class="usa-button usa-button--secondary"
                                    aria-disabled=move || sending.get().then_some("true")
                                    on:click=confirm.clone()
                                >
                                    {move || if sending.get() { p.sending } else { p.withdraw_confirm }}
                                </button>
                            </li>
                            <li class="usa-button-group__item">
                                <button type="button" class="usa-button usa-button--outline" on:click=move |_| confirmation.cancel()>
                                    {p.withdraw_cancel}
                                </button>
                            </li>
                        </ul>
                    </div>
                </div>
            </Show>
        </section>
    }
}
