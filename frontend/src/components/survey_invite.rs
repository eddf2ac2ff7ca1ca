//! The home page's pointer to the benefit survey, shown only while a round is open. Nothing is
//! shown while loading or when the rounds cannot be read: the survey is not the home page's point.

use leptos::prelude::*;
use shared::consultation::Phase;

use crate::api;
use crate::i18n::t;

#[component]
pub fn SurveyInvite() -> impl IntoView {
    let s = t().survey;
    let rounds = LocalResource::new(api::survey::rounds);
    move || {
        let round = rounds.get()?.ok()?.into_iter().find(|r| r.phase == Phase::Open)?;
        let until = (s.home_open_until)(&round.title, &t().public.format_date(&round.closes_on));
        Some(view! {
            <section class="portal-survey-invite" aria-labelledby="survey-invite-heading">
                <h2 id="survey-invite-heading">{s.home_heading}</h2>
                <p>{s.home_lead}</p>
                <p>{until}</p>
                <a class="usa-button usa-button--outline" href="/survey">
                    {s.home_take_survey}
                </a>
            </section>
        })
    }
}
