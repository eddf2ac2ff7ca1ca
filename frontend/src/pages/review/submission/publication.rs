//! The public version of a submission: what the public board shows, edited by a reviewer to take
//! out personal or proprietary details, with the attachments they chose. Only a submitter who
//! allowed publishing can be published; the form is not offered otherwise.

use std::collections::BTreeSet;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::review::{AttachmentInfo, PublicationForm, SubmissionDetail};
use shared::feedback::{FEEDBACK_MAX, RECOMMENDATION_MAX, TITLE_MAX};
use shared::publication::Publication;
use shared::status::Status;

use super::editing::publication_controls;
use super::editing::{Editing, Part};
use crate::components::fields::{TextArea, TextInput};
use crate::i18n::t;
use crate::pages::review::{at, rule_message};

/// The id of the checkbox that publishes one attachment.
fn attachment_box(id: &str) -> String {
    format!("publish-attachment-{id}")
}

/// The text the form starts from: the published version, or what was submitted.
fn starting_form(d: &SubmissionDetail) -> PublicationForm {
    let published: Vec<String> = d.attachments.iter().filter(|a| a.published).map(|a| a.id.clone()).collect();
    match &d.publication {
        Some(p) => PublicationForm {
            title: p.title.clone(),
            feedback: p.feedback.clone(),
            recommendation: p.recommendation.clone().unwrap_or_default(),
            attachments: published,
        },
        None => PublicationForm {
            title: d.summary.title.clone(),
            feedback: d.summary.feedback.clone(),
            recommendation: d.summary.recommendation.clone().unwrap_or_default(),
            attachments: published,
        },
    }
}

#[component]
pub fn PublicationPanel(editing: Editing) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let allowed = editing.detail.with_untracked(|d| d.summary.may_publish);
    view! {
        <section aria-labelledby=Part::Publication.heading_id()>
            <h2 id=Part::Publication.heading_id()>{r.publication_heading}</h2>
            {if allowed {
                view! { <Publishing editing /> }.into_any()
            } else {
                // Nothing to offer: the server refuses too, and the text must not be copied out.
                view! { <p>{r.publication_not_allowed}</p> }.into_any()
            }}
        </section>
    }
}

#[component]
fn Publishing(editing: Editing) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let start = editing.detail.with_untracked(starting_form);
    let title = RwSignal::new(start.title);
    let feedback = RwSignal::new(start.feedback);
    let recommendation = RwSignal::new(start.recommendation);
    let chosen = RwSignal::new(start.attachments.into_iter().collect::<BTreeSet<String>>());
    let published = move || editing.detail.with(|d| d.publication.is_some());
    let withdrawn = move || editing.detail.with(|d| d.status == Status::Withdrawn);
    let first_attachment =
        move || editing.detail.with_untracked(|d| d.attachments.first().map(|a| attachment_box(&a.id)));

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let form = PublicationForm {
            title: title.get_untracked(),
            feedback: feedback.get_untracked(),
            recommendation: recommendation.get_untracked(),
            attachments: chosen.get_untracked().into_iter().collect(),
        };
        // The same rules the server applies, so most mistakes are caught before sending.
        if let Err(errors) = Publication::parse(&form) {
            let controls = publication_controls();
            let problems = errors
                .into_iter()
                .map(|e| match controls.iter().find(|(key, _, _)| *key == e.field) {
                    Some((_, id, label)) => at(id, rule_message(label, e.problem)),
                    None => at(
                        &first_attachment().unwrap_or_default(),
                        rule_message(r.publish_attachments_legend, e.problem),
                    ),
                })
                .collect();
            editing.sending.fail(problems);
            return;
        }
        if !editing.sending.start() {
            return;
        }
        let done = if published() { r.publication_updated } else { r.published_done };
        let (reviewer, number) = (editing.reviewer(), editing.number());
        spawn_local(async move {
            match reviewer.publish(&number, &form).await {
                Ok(detail) => {
                    editing.detail.set(detail);
                    editing.succeeded(Part::Publication, done);
                }
                Err(failure) => editing.sending.failed(failure),
            }
        });
    };
    let unpublish = move |_| {
        if !editing.sending.start() {
            return;
        }
        let (reviewer, number) = (editing.reviewer(), editing.number());
        spawn_local(async move {
            match reviewer.unpublish(&number).await {
                Ok(detail) => {
                    editing.detail.set(detail);
                    editing.succeeded(Part::Publication, r.unpublished_done);
                }
                Err(failure) => editing.sending.failed(failure),
            }
        });
    };

    view! {
        <OnTheBoard editing />
        <Show
            when=move || !withdrawn()
            fallback=move || {
                view! {
                    <p>{r.publication_withdrawn}</p>
                    <Show when=published>
                        <button type="button" class="usa-button usa-button--secondary" on:click=unpublish>
                            {r.unpublish}
                        </button>
                    </Show>
                }
            }
        >
            <p>{r.publication_lead}</p>
            <form class="usa-form usa-form--large" novalidate on:submit=on_submit>
                <TextInput
                    id="public_title"
                    label=r.public_title
                    max_chars=TITLE_MAX
                    autocomplete="off"
                    value=title.into()
                    set=Callback::new(move |v| title.set(v))
                    error=editing.sending.error("public_title")
                />
                <TextArea
                    id="public_feedback"
                    label=r.public_feedback
                    max_chars=FEEDBACK_MAX
                    value=feedback.into()
                    set=Callback::new(move |v| feedback.set(v))
                    error=editing.sending.error("public_feedback")
                />
                <TextArea
                    id="public_recommendation"
                    label=r.public_recommendation
                    max_chars=RECOMMENDATION_MAX
                    value=recommendation.into()
                    set=Callback::new(move |v| recommendation.set(v))
                    error=editing.sending.error("public_recommendation")
                />
                <AttachmentChoices editing chosen />
                <div class="portal-actions">
                    <button type="submit" class="usa-button">
                        {move || if published() { r.update_publication } else { r.publish }}
                    </button>
                    <Show when=published>
                        <button type="button" class="usa-button usa-button--secondary" on:click=unpublish>
                            {r.unpublish}
                        </button>
                    </Show>
                </div>
            </form>
        </Show>
        {editing.notice_for(Part::Publication)}
    }
}

/// Whether the submission is on the board now, since when, the link to its item and whether
/// its text was edited.
#[component]
fn OnTheBoard(editing: Editing) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    move || match editing.detail.with(|d| d.publication.clone()) {
        None => view! { <p>{r.publication_none}</p> }.into_any(),
        Some(p) => view! {
            <p>
                {(r.publication_current)(&m.format_rfc3339(&p.published_at))} " "
                <a class="usa-link" href=format!("/board/{}", p.board_item)>
                    {(r.board_item_link)(p.board_item)}
                </a>
            </p>
            {p.redacted.then(|| view! {
                <p>
                    <span class="usa-tag portal-tag--redacted">{r.redacted}</span> " "
                    <span class="usa-hint">{r.redacted_hint}</span>
                </p>
            })}
        }
        .into_any(),
    }
}

/// One checkbox per attached file: only the files ticked are shown on the board.
#[component]
fn AttachmentChoices(editing: Editing, chosen: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let r = crate::i18n::reviewer();
    // The files never change; read them once.
    let files: Vec<AttachmentInfo> = editing.detail.with_untracked(|d| d.attachments.clone());
    if files.is_empty() {
        return ().into_any();
    }
    view! {
        <fieldset class="usa-fieldset">
            <legend class="usa-legend">{r.publish_attachments_legend}</legend>
            {files
                .into_iter()
                .map(|file| {
                    let id = attachment_box(&file.id);
                    let key = file.id.clone();
                    let ticked = {
                        let key = key.clone();
                        move || chosen.with(|c| c.contains(&key))
                    };
                    let tick = move |ev| {
                        let on = event_target_checked(&ev);
                        chosen.update(|c| {
                            if on {
                                c.insert(key.clone());
                            } else {
                                c.remove(&key);
                            }
                        })
                    };
                    view! {
                        <div class="usa-checkbox">
                            <input
                                class="usa-checkbox__input"
                                id=id.clone()
                                type="checkbox"
                                prop:checked=ticked
                                on:change=tick
                            />
                            <label class="usa-checkbox__label" for=id>
                                {(r.publish_attachment)(&file.file_name)}
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
    .into_any()
}

/// Supporters on the public board, per entity type.
#[component]
pub fn Support(detail: RwSignal<SubmissionDetail>) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    view! {
        <section aria-labelledby="support-heading">
            <h2 id="support-heading">{r.support_heading}</h2>
            {move || {
                let support = detail.with(|d| d.support.clone());
                view! {
                    <p>{(r.support_total)(support.total)}</p>
                    {(!support.by_entity_type.is_empty())
                        .then(|| {
                            view! {
                                <table class="usa-table usa-table--compact portal-table">
                                    <caption>{r.support_caption}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{r.col_entity_type}</th>
                                            <th scope="col">{r.col_count}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {support
                                            .by_entity_type
                                            .into_iter()
                                            .map(|c| {
                                                view! {
                                                    <tr>
                                                        <th scope="row">{(m.entity_type)(c.entity_type)}</th>
                                                        <td class="portal-number">{c.count}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            }
                        })}
                }
            }}
        </section>
    }
}
