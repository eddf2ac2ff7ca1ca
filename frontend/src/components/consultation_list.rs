//! The home page's list of consultations: open first, then upcoming, then closed.

use leptos::prelude::*;
use shared::api::public::ConsultationView;
use shared::consultation::Phase;

use crate::api;
use crate::components::notice::{failed_load, loading};
use crate::i18n::t;

/// Where to give feedback on a consultation, when it takes feedback now, and the link's words
/// (which say when the feedback would be late).
pub fn feedback_link(c: &ConsultationView) -> Option<(String, &'static str)> {
    let p = t().public;
    let href = format!("/feedback?consultation={}", c.id);
    match c.phase {
        Phase::Open => Some((href, p.consultation_give_feedback)),
        Phase::Closed if c.late_allowed => Some((href, p.consultation_give_late_feedback)),
        _ => None,
    }
}

/// "December 1, 2026 to December 31, 2026".
pub fn dates(c: &ConsultationView) -> String {
    let p = t().public;
    (p.consultation_dates)(&p.format_date(&c.opens_on), &p.format_date(&c.closes_on))
}

fn rank(phase: Phase) -> u8 {
    match phase {
        Phase::Open => 0,
        Phase::Upcoming => 1,
        Phase::Closed => 2,
    }
}

#[component]
pub fn ConsultationList() -> impl IntoView {
    let p = t().public;
    let list = LocalResource::new(api::public::consultations);
    view! {
        <section class="portal-consultations" aria-labelledby="consultations-heading">
            <h2 id="consultations-heading">{p.consultations_heading}</h2>
            <p>{p.consultations_lead}</p>
            {move || match list.get() {
                None => loading(),
                Some(Err(failure)) => failed_load(&failure),
                Some(Ok(list)) if list.is_empty() => view! { <p>{p.consultations_none}</p> }.into_any(),
                Some(Ok(mut list)) => {
                    list.sort_by_key(|c| rank(c.phase));
                    view! {
                        <ul class="usa-list usa-list--unstyled">
                            {list.into_iter().map(|c| view! { <ConsultationEntry c /> }).collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn ConsultationEntry(c: ConsultationView) -> impl IntoView {
    let p = t().public;
    let give =
        feedback_link(&c).map(|(href, text)| view! { <a class="usa-button usa-button--outline" href=href>{text}</a> });
    view! {
        <li class="portal-consultation">
            <h3 class="portal-consultation__title">
                <a class="usa-link" href=format!("/consultations/{}", c.id)>{c.title.clone()}</a>
            </h3>
            <p class="portal-consultation__meta">
                <span class="usa-tag">{(p.phase)(c.phase)}</span>
                " "
                {dates(&c)}
            </p>
            <p>{c.question.clone()}</p>
            {give}
        </li>
    }
}
