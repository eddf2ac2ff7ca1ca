//! The home page: what the portal is for, the two ways in, CBP's consultations, and pointers to
//! the benefit survey and the validation report.

use leptos::prelude::*;

use crate::components::consultation_list::ConsultationList;
use crate::components::survey_invite::SurveyInvite;
use crate::i18n::{set_page_title, t};
use crate::paths::{BENEFITS_PAGE, VALIDATION_REPORT_PAGE};

#[component]
pub fn Home() -> impl IntoView {
    let m = t();
    set_page_title(m.nav_home);
    view! {
        <div class="usa-section">
            <h1>{m.home_title}</h1>
            <p class="usa-intro">{m.home_lead}</p>
            <div class="portal-actions">
                <a class="usa-button usa-button--big" href="/feedback">
                    {m.home_give_feedback}
                </a>
                <a class="usa-button usa-button--outline usa-button--big" href="/check">
                    {m.home_check_receipt}
                </a>
            </div>
            <ConsultationList />
            <SurveyInvite />
            <section class="portal-validation-invite" aria-labelledby="validation-invite-heading">
                <h2 id="validation-invite-heading">{m.validation.home_heading}</h2>
                <p>{m.validation.home_lead}</p>
                <a class="usa-button usa-button--outline" href=VALIDATION_REPORT_PAGE>
                    {m.validation.home_link}
                </a>
            </section>
            <h2>{m.home_asks_heading}</h2>
            <ul class="usa-card-group">
                {m
                    .home_asks
                    .iter()
                    .map(|ask| {
                        view! {
                            <li class="usa-card tablet:grid-col-6 desktop:grid-col-3">
                                <div class="usa-card__container">
                                    <div class="usa-card__header">
                                        <h3 class="usa-card__heading">{ask.title}</h3>
                                    </div>
                                    <div class="usa-card__body">
                                        <p>{ask.body}</p>
                                    </div>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2>{m.home_how_used_heading}</h2>
            <ol class="usa-process-list">
                {m.home_how_used.iter().map(|step| view! { <li class="usa-process-list__item"><p>{*step}</p></li> }).collect_view()}
            </ol>
            <p>
                <a class="usa-link" href=BENEFITS_PAGE>
                    {m.benefits.home_link}
                </a>
            </p>
        </div>
    }
}
