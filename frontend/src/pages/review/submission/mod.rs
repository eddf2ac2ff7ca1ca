//! One submission, as a reviewer works on it: any "filed in my name" reports first, everything
//! that was sent (contact details and attachments included), then status, priority, assignee,
//! tags, internal notes, the public response, the public version on the board with its support,
//! and the history of changes. Every form saves on its own; the answer replaces the page's copy.

mod attachments;
mod editing;
mod part_form;
mod publication;
mod record;
mod reports;
mod triage;

use crate::router::use_params_map;
use leptos::prelude::*;
use shared::api::review::SubmissionDetail;
use shared::receipt::TrackingNumber;

use super::cluster::cluster_href;
use super::{alert, failed_load, loading, use_reviewer};
use crate::api::review::Reviewer;
use crate::components::sent_facts::sent_facts;
use crate::i18n::{set_page_title, t};
use crate::paths::{CONSULTATIONS_PAGE, QUEUE_PAGE};
use attachments::Attachments;
use editing::Editing;
use publication::{PublicationPanel, Support};
use record::{History, Notes, PublicResponseForm};
use reports::Reports;
use triage::{AssigneeForm, PriorityForm, StatusForm, Tags};

#[component]
pub fn Submission() -> impl IntoView {
    let params = use_params_map();
    move || {
        let raw = params.with(|p| p.get("number").unwrap_or_default());
        match TrackingNumber::parse(&raw) {
            Ok(number) => view! { <LoadSubmission number /> }.into_any(),
            Err(_) => view! { <Missing raw /> }.into_any(),
        }
    }
}

#[component]
fn Missing(raw: String) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let title = (r.submission_title)(&raw);
    set_page_title(&title);
    view! {
        <div class="usa-section">
            <h1>{title}</h1>
            {alert("usa-alert--warning", r.submission_not_found.to_owned())}
            <p>
                <a class="usa-link" href=QUEUE_PAGE>
                    {r.back_to_queue}
                </a>
            </p>
        </div>
    }
}

#[component]
fn LoadSubmission(number: TrackingNumber) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let reviewer = use_reviewer();
    let title = (r.submission_title)(number.as_str());
    set_page_title(&title);
    let detail = LocalResource::new({
        let (reviewer, number) = (reviewer.clone(), number.clone());
        move || {
            let (reviewer, number) = (reviewer.clone(), number.clone());
            async move { reviewer.submission(&number).await }
        }
    });
    move || match detail.get() {
        None => loading(),
        Some(Ok(Some(detail))) => {
            view! { <Workspace detail reviewer=reviewer.clone() number=number.clone() /> }.into_any()
        }
        Some(Ok(None)) => view! { <Missing raw=number.to_string() /> }.into_any(),
        Some(Err(failure)) => view! {
            <div class="usa-section">
                <h1>{title.clone()}</h1>
                {failed_load(failure)}
            </div>
        }
        .into_any(),
    }
}

#[component]
fn Workspace(detail: SubmissionDetail, reviewer: Reviewer, number: TrackingNumber) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let editing = Editing::new(detail, reviewer, number);
    let title = (r.submission_title)(editing.number().as_str());
    view! {
        <div class="usa-section portal-submission">
            <h1>{title}</h1>
            <p>
                <a class="usa-link" href=QUEUE_PAGE>
                    {r.back_to_queue}
                </a>
            </p>
            {editing.sending.summary()}
            <Reports detail=editing.detail />
            <Facts detail=editing.detail />
            <Submitted detail=editing.detail />
            <Attachments detail=editing.detail />
            <StatusForm editing />
            <PriorityForm editing />
            <AssigneeForm editing />
            <Tags editing />
            <Notes editing />
            <PublicResponseForm editing />
            <PublicationPanel editing />
            <Support detail=editing.detail />
            <History detail=editing.detail />
        </div>
    }
}

#[component]
fn Facts(detail: RwSignal<SubmissionDetail>) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    move || {
        detail.with(|d| {
            view! {
                <dl class="portal-facts">
                    <dt>{m.receipt_received}</dt>
                    <dd>{m.format_rfc3339(&d.received_at)}</dd>
                    <dt>{r.last_updated}</dt>
                    <dd>{m.format_rfc3339(&d.updated_at)}</dd>
                    <dt>{r.col_status}</dt>
                    <dd>{(m.status)(d.status)}</dd>
                    <dt>{r.col_priority}</dt>
                    <dd>{(r.priority)(d.priority)}</dd>
                    <dt>{r.col_assignee}</dt>
                    <dd>{d.assignee.as_ref().map(|a| a.name.clone()).unwrap_or_else(|| r.unassigned.to_owned())}</dd>
                    <dt>{r.consultation_fact}</dt>
                    <dd>
                        {match d.consultation.clone() {
                            Some(c) => view! {
                                <a class="usa-link" href=format!("{CONSULTATIONS_PAGE}/{}", c.id)>
                                    {c.title}
                                </a>
                            }
                            .into_any(),
                            None => r.general_feedback.into_any(),
                        }}
                        {d.late.then(|| view! {
                            " " <span class="usa-tag portal-tag--late">{r.tag_late}</span> " "
                            <span class="usa-hint">{r.late_explained}</span>
                        })}
                    </dd>
                    <dt>{r.filter_language}</dt>
                    <dd lang=d.language.clone()>
                        {shared::language::Lang::from_tag(&d.language).map(|l| l.native_name()).unwrap_or_default()}
                    </dd>
                    // Until the queue has placed it, its language is the page's and its cluster
                    // unknown: say so rather than show a cluster of one.
                    {(!d.analysed)
                        .then(|| {
                            view! {
                                <dt>{r.cluster_fact}</dt>
                                <dd>
                                    <span class="usa-tag portal-tag--analysing">{r.tag_being_analysed}</span> " "
                                    <span class="usa-hint">{r.being_analysed_explained}</span>
                                </dd>
                            }
                        })}
                    {(d.cluster_size > 1)
                        .then(|| {
                            view! {
                                <dt>{r.cluster_fact}</dt>
                                <dd>
                                    <a class="usa-link" href=cluster_href(d.cluster)>
                                        {(r.cluster_link)(d.cluster_size)}
                                    </a>
                                </dd>
                            }
                        })}
                    {d
                        .duplicate_of
                        .clone()
                        .map(|original| {
                            view! {
                                <dt>{r.duplicate_of_fact}</dt>
                                <dd>
                                    <a class="usa-link portal-tracking-number" href=format!("/review/submissions/{original}")>
                                        {original.clone()}
                                    </a>
                                </dd>
                            }
                        })}
                </dl>
            }
        })
    }
}

#[component]
fn Submitted(detail: RwSignal<SubmissionDetail>) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    // What was sent never changes; read it once.
    let s = detail.with_untracked(|d| d.summary.clone());
    let sent = sent_facts(&s);
    let optional = |label: &'static str, value: Option<String>| value.map(|v| view! { <dt>{label}</dt><dd>{v}</dd> });
    view! {
        <section aria-labelledby="submitted-heading">
            <h2 id="submitted-heading">{r.submitted_heading}</h2>
            <dl class="portal-facts portal-facts--summary">
                <dt>{r.submitted_as}</dt>
                <dd>{(m.submitter_kind)(s.submitter_kind)}</dd>
                {optional(r.name, s.name)}
                {optional(r.organization, s.organization)}
                {s.email.map(|e| view! {
                    <dt>{r.email}</dt>
                    <dd><a class="usa-link" href=format!("mailto:{e}")>{e.clone()}</a></dd>
                })}
                {sent}
                {s.recommendation.map(|v| view! { <dt>{r.recommendation}</dt><dd class="portal-pre">{v}</dd> })}
                <dt>{r.may_publish}</dt>
                <dd>{if s.may_publish { r.yes } else { r.no }}</dd>
            </dl>
        </section>
    }
}
