//! CBP's public response ("you said, we did") as the public sees it: on a receipt's status and on
//! a board item.

use leptos::prelude::*;
use shared::api::PublicResponse;

use crate::i18n::t;

/// The response and when it was given, or `none` while there is none.
#[component]
pub fn PublicResponseText(response: Option<PublicResponse>, none: &'static str) -> impl IntoView {
    match response {
        Some(r) => view! {
            <div class="portal-response">
                <p class="portal-response__text">{r.text}</p>
                <p class="usa-hint">{t().format_rfc3339(&r.responded_at)}</p>
            </div>
        }
        .into_any(),
        None => view! { <p>{none}</p> }.into_any(),
    }
}
