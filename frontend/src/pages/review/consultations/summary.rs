//! One consultation's summary: what was asked and when, how much feedback came (late included),
//! and how it splits by status, topic and entity type, with a link to that feedback in the queue.

use crate::router::use_params_map;
use leptos::prelude::*;
use shared::api::review::ConsultationSummary;

use crate::components::list_table::ListTable;
use crate::i18n::{set_page_title, t};
use crate::pages::review::{alert, failed_load, loading, use_reviewer};
use crate::paths::{CONSULTATIONS_PAGE, QUEUE_PAGE};

#[component]
pub fn ConsultationSummaryPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let raw = params.with(|p| p.get("id").unwrap_or_default());
        match raw.parse::<i64>().ok().filter(|id| *id > 0) {
            Some(id) => view! { <LoadSummary id /> }.into_any(),
            None => view! { <Missing /> }.into_any(),
        }
    }
}

#[component]
fn Missing() -> impl IntoView {
    let r = crate::i18n::reviewer();
    set_page_title(r.consultations_title);
    view! {
        <div class="usa-section">
            <h1>{r.consultations_title}</h1>
            {alert("usa-alert--warning", r.consultation_not_found.to_owned())}
            <BackLink />
        </div>
    }
}

#[component]
fn BackLink() -> impl IntoView {
    view! {
        <p>
            <a class="usa-link" href=CONSULTATIONS_PAGE>
                {crate::i18n::reviewer().back_to_consultations}
            </a>
        </p>
    }
}

#[component]
fn LoadSummary(id: i64) -> impl IntoView {
    let r = crate::i18n::reviewer();
    set_page_title(r.consultations_title);
    let reviewer = use_reviewer();
    let summary = LocalResource::new(move || {
        let reviewer = reviewer.clone();
        async move { reviewer.consultation_summary(id).await }
    });
    move || match summary.get() {
        None => loading(),
        Some(Ok(Some(summary))) => view! { <Summary summary /> }.into_any(),
        Some(Ok(None)) => view! { <Missing /> }.into_any(),
        Some(Err(failure)) => view! {
            <div class="usa-section">
                <h1>{r.consultations_title}</h1>
                {failed_load(failure)}
            </div>
        }
        .into_any(),
    }
}

#[component]
fn Summary(summary: ConsultationSummary) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let c = summary.consultation;
    set_page_title(&(r.consultation_summary_title)(&c.title));
    let queue = format!("{QUEUE_PAGE}?consultation={}", c.id);
    let statuses: Vec<(String, u32)> =
        summary.by_status.iter().map(|s| ((m.status)(s.status).to_owned(), s.count)).collect();
    let topics: Vec<(String, u32)> =
        summary.by_topic.iter().map(|s| ((m.topic)(s.topic).to_owned(), s.count)).collect();
    let entities: Vec<(String, u32)> =
        summary.by_entity_type.iter().map(|s| ((m.entity_type)(s.entity_type).to_owned(), s.count)).collect();
    view! {
        <div class="usa-section">
            <h1>{c.title.clone()}</h1>
            <BackLink />
            <dl class="portal-facts">
                <dt>{r.col_phase}</dt>
                <dd>{(r.phase)(c.phase)}</dd>
                <dt>{r.consultation_dates}</dt>
                <dd>{(r.consultation_window)(&(r.day)(&c.opens_on), &(r.day)(&c.closes_on))}</dd>
                <dt>{r.col_late_allowed}</dt>
                <dd>{if c.late_allowed { r.consultation_late_accepted } else { r.consultation_late_refused }}</dd>
                <dt>{r.consultation_topic}</dt>
                <dd>{c.topic.map(m.topic).unwrap_or(r.consultation_any_topic)}</dd>
                {c
                    .msc_category
                    .map(|cat| view! { <dt>{r.consultation_msc_category}</dt><dd>{(m.msc_category)(cat)}</dd> })}
                <dt>{r.consultation_question}</dt>
                <dd class="portal-pre">{c.question.clone()}</dd>
                {c.background.clone().map(|b| view! { <dt>{r.consultation_background}</dt><dd class="portal-pre">{b}</dd> })}
            </dl>
            <p class="portal-total">{(r.consultation_totals)(summary.total, summary.late)}</p>
            <p>
                <a class="usa-button" href=queue>
                    {r.open_in_queue}
                </a>
            </p>
            {if summary.total == 0 {
                view! { <p>{r.no_feedback_yet}</p> }.into_any()
            } else {
                view! {
                    <CountTable id="by-status" caption=r.by_status_caption label=r.col_status rows=statuses />
                    <CountTable id="by-topic" caption=r.by_topic_caption label=r.col_topic rows=topics />
                    <CountTable id="by-entity" caption=r.by_entity_caption label=r.col_entity_type rows=entities />
                }
                .into_any()
            }}
        </div>
    }
}

/// A two-column table of labelled counts.
#[component]
fn CountTable(id: &'static str, caption: &'static str, label: &'static str, rows: Vec<(String, u32)>) -> impl IntoView {
    let r = crate::i18n::reviewer();
    view! {
        <ListTable
            caption_id=id
            caption=caption
            head=vec![label, r.col_count]
            class="portal-count-table"
        >
            {rows
                .into_iter()
                .map(|(name, count)| {
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td class="portal-number">{count}</td>
                        </tr>
                    }
                })
                .collect_view()}
        </ListTable>
    }
}
