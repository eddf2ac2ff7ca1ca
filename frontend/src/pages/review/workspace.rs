//! The frame of every signed-in page under /review: asks the server who is signed in, sends
//! anyone who is not to the sign-in page, and shows the reviewer header above the page.

use leptos::context::Provider;
use leptos::prelude::*;
use leptos_router::components::Outlet;

use super::{failed_load, loading, SessionEnded, SignInAgain};
use crate::api::review::current_session;
use crate::components::review_header::ReviewHeader;
use crate::i18n::t;

#[component]
pub fn ReviewArea() -> impl IntoView {
    let r = t().review;
    // Asked once per visit to the workspace; moving between its pages keeps the answer.
    let session = LocalResource::new(current_session);
    let ended = RwSignal::new(false);
    provide_context(SessionEnded(ended));
    move || {
        if ended.get() {
            return view! { <SignInAgain /> }.into_any();
        }
        match session.get() {
            None => loading(),
            Some(Ok(reviewer)) => view! {
                <Provider value=reviewer.clone()>
                    <ReviewHeader reviewer />
                    <Outlet />
                </Provider>
            }
            .into_any(),
            Some(Err(failure)) => view! {
                <div class="usa-section">
                    <h1>{r.workspace}</h1>
                    {failed_load(failure)}
                </div>
            }
            .into_any(),
        }
    }
}
