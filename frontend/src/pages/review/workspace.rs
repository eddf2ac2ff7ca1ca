//! The frame of every signed-in page under /review: asks the server who is signed in, sends
//! anyone who is not to the sign-in page, and shows the reviewer header above the page. While an
//! admin requires two-step verification of an account that has not set it up, it shows only the
//! two-step page: when the session says so, and when any call answers `two_step_required`.

use std::rc::Rc;

use crate::router::NavigateOptions;
use crate::router::Outlet;
use crate::router::{use_location, use_navigate};
use leptos::context::Provider;
use leptos::prelude::*;
use shared::api::mfa::TwoStepState;

use super::{failed_load, loading, SessionEnded, SignInAgain, TwoStepStatus};
use crate::api;
use crate::api::review::current_session;
use crate::components::review_header::ReviewHeader;
use crate::paths::{QUEUE_PAGE, SIGN_IN_PAGE, TWO_STEP_PAGE};

#[component]
pub fn ReviewArea() -> impl IntoView {
    let r = crate::i18n::reviewer();
    // Asked once per visit to the workspace; moving between its pages keeps the answer.
    let session = LocalResource::new(current_session);
    let ended = RwSignal::new(false);
    provide_context(SessionEnded(ended));

    // Set from the session before the page draws (below), then kept as things change.
    let two_step = RwSignal::new(TwoStepState::default());
    provide_context(TwoStepStatus(two_step));
    // A call refused because two-step verification is required (an admin turned the policy on
    // after this session began): the session's answer is out of date.
    api::on_two_step_required(Some(Rc::new(move || two_step.set(TwoStepState { enrolled: false, required: true }))));
    on_cleanup(|| api::on_two_step_required(None));
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let must_set_up = two_step.with(|s| s.required && !s.enrolled);
        // Only pages of the workspace: signing out, or a link to the public site, leaves it.
        let elsewhere_in_workspace = location.pathname.with(|p| {
            p != TWO_STEP_PAGE && (p == QUEUE_PAGE || p.starts_with("/review/")) && !p.starts_with(SIGN_IN_PAGE)
        });
        if must_set_up && elsewhere_in_workspace {
            // Replace: going back should not return to a page that sends the person here again.
            navigate(TWO_STEP_PAGE, NavigateOptions { replace: true, ..Default::default() });
        }
    });
    move || {
        if ended.get() {
            return view! { <SignInAgain /> }.into_any();
        }
        match session.get() {
            None => loading(),
            Some(Ok(reviewer)) => {
                two_step.set(reviewer.session().two_step);
                view! {
                    <Provider value=reviewer.clone()>
                        <ReviewHeader reviewer />
                        <Outlet />
                    </Provider>
                }
                .into_any()
            }
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
