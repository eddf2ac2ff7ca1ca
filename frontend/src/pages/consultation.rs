//! One consultation: CBP's question, its background and dates, whether it still takes feedback,
//! and the published feedback that answers it.

use leptos::prelude::*;
use shared::api::public::ConsultationView;

use crate::api;
use crate::components::consultation_list::feedback_link;
use crate::components::fetched::{read_by_id, FetchedPage};
use crate::i18n::{set_page_title, t};

#[component]
pub fn ConsultationPage() -> impl IntoView {
    let p = t().public;
    set_page_title(p.consultation_title);
    view! {
        <FetchedPage
            found=read_by_id(api::public::consultation)
            show=|c| view! { <ConsultationDetails c /> }.into_any()
            title=p.consultation_title
            not_found=p.consultation_not_found
        />
    }
}

#[component]
fn ConsultationDetails(c: ConsultationView) -> impl IntoView {
    let m = t();
    let p = m.public;
    set_page_title(&c.title);
    let topic = match (c.topic, c.msc_category) {
        (Some(topic), Some(category)) => format!("{} — {}", (m.topic)(topic), (m.msc_category)(category)),
        (Some(topic), None) => (m.topic)(topic).to_owned(),
        (None, _) => p.consultation_any_topic.to_owned(),
    };
    let give =
        feedback_link(&c).map(|(href, text)| view! { <a class="usa-button usa-button--big" href=href>{text}</a> });
    view! {
        <div class="usa-section">
            <h1>{c.title.clone()}</h1>
            <h2>{p.consultation_question}</h2>
            <p class="usa-intro portal-pre">{c.question.clone()}</p>
            <dl class="portal-facts">
                <dt>{p.consultation_phase}</dt>
                <dd>
                    <span class="usa-tag">{(p.phase)(c.phase)}</span>
                </dd>
                <dt>{p.consultation_opens}</dt>
                <dd>{p.format_date(&c.opens_on)}</dd>
                <dt>{p.consultation_closes}</dt>
                <dd>{p.format_date(&c.closes_on)}</dd>
                <dt>{p.consultation_topic}</dt>
                <dd>{topic}</dd>
                <dt>{p.consultation_late_feedback}</dt>
                <dd>{if c.late_allowed { p.consultation_late_allowed } else { p.consultation_late_refused }}</dd>
            </dl>
            {c
                .background
                .clone()
                .map(|b| {
                    view! {
                        <h2>{p.consultation_background}</h2>
                        <p class="portal-pre">{b}</p>
                    }
                })}
            <div class="portal-actions">
                {give}
                <a class="usa-button usa-button--outline usa-button--big" href=format!("/board?consultation={}", c.id)>
                    {p.consultation_board_link}
                </a>
            </div>
        </div>
    }
}
