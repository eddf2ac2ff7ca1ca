//! The bar above every signed-in reviewer page: who is signed in, the workspace's pages (users,
//! the audit log and the email log for admins only), two-step verification and signing out. The public header stays above it.

use crate::router::use_navigate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::review::Reviewer;
use crate::api::Failure;
use crate::pages::review::{alert, failure_message, page_links};
use crate::paths::{
    ANALYTICS_PAGE, CONSULTATIONS_PAGE, FIELD_OFFICES_PAGE, OUTBOX_PAGE, QUEUE_PAGE, SIGN_IN_PAGE, SURVEY_ROUNDS_PAGE,
    TWO_STEP_PAGE, VALIDATION_ANALYTICS_PAGE,
};

#[component]
pub fn ReviewHeader(reviewer: Reviewer) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let navigate = use_navigate();
    let failed = RwSignal::new(None::<Failure>);
    let session = reviewer.session();
    let who = (r.signed_in_as)(&session.user.name, (r.role)(session.role));
    let admin = reviewer.admin().is_some();
    let links = [
        (QUEUE_PAGE, r.nav_queue, true),
        (CONSULTATIONS_PAGE, r.nav_consultations, true),
        (ANALYTICS_PAGE, r.analytics.nav_analytics, true),
        (VALIDATION_ANALYTICS_PAGE, r.analytics.nav_validations, true),
        (SURVEY_ROUNDS_PAGE, crate::i18n::reviewer().rounds.rounds_nav, true),
        ("/review/users", r.nav_users, admin),
        ("/review/audit", r.nav_audit, admin),
        (OUTBOX_PAGE, r.nav_outbox, admin),
        (FIELD_OFFICES_PAGE, crate::i18n::reviewer().offices.offices_nav, admin),
        (TWO_STEP_PAGE, crate::i18n::reviewer().two_step.nav, true),
    ];
    let links = links.into_iter().filter(|(_, _, shown)| *shown).map(|(href, text, _)| (href, text)).collect();

    let sign_out = move |_| {
        let reviewer = reviewer.clone();
        let navigate = navigate.clone();
        failed.set(None);
        spawn_local(async move {
            match reviewer.sign_out().await {
                // Already signed out elsewhere is signed out all the same.
                Ok(()) | Err(Failure::Unauthorized) => navigate(SIGN_IN_PAGE, Default::default()),
                Err(failure) => failed.set(Some(failure)),
            }
        });
    };

    view! {
        <div class="portal-review-bar">
            <p class="portal-review-bar__who">{who}</p>
            <nav class="portal-review-bar__nav" aria-label=r.nav_label>
                <ul class="usa-list usa-list--unstyled portal-review-bar__links">
                    {page_links(links, true)}
                </ul>
            </nav>
            <button type="button" class="usa-button usa-button--outline portal-review-bar__sign-out" on:click=sign_out>
                {r.sign_out}
            </button>
        </div>
        {move || failed.get().map(|f| alert("usa-alert--error", failure_message(&f)))}
    }
}
