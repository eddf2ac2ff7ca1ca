//! "Answer the whole cluster": one status and one public response sent once for every member.
//! The server applies the workflow to each member and says which it left as they were, and why.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::clusters::{ClusterAnswer, ClusterAnswered};
use shared::api::review::RESPONSE_MAX;
use shared::receipt::TrackingNumber;
use shared::status::Status;

use super::editing::ClusterEditing;
use super::editing::{RESPONSE, STATUS};
use crate::components::fields::{ChoiceSelect, TextArea};
use crate::i18n::t;
use crate::pages::review::buttons::SubmitButton;
use crate::pages::review::{at, choices};

/// Every status a reviewer can move a submission to. Not "Duplicate": that needs the original's
/// tracking number, one submission at a time on its own page.
fn settable() -> Vec<Status> {
    Status::ALL
        .iter()
        .copied()
        .filter(|s| *s != Status::Duplicate && Status::ALL.iter().any(|from| from.can_move_to(*s)))
        .collect()
}

#[component]
pub fn AnswerForm(editing: ClusterEditing) -> impl IntoView {
    let m = t();
    let r = crate::i18n::reviewer();
    let status = RwSignal::new(String::new());
    let response = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<ClusterAnswered>);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        // Empty fields are left out, so each member keeps what it has there.
        let answer = ClusterAnswer {
            status: Status::from_code(&status.get_untracked()),
            public_response: Some(response.get_untracked()).filter(|text| !text.trim().is_empty()),
        };
        if answer.status.is_none() && answer.public_response.is_none() {
            outcome.set(None);
            editing.sending.fail(vec![at(STATUS, r.cluster_answer_missing)]);
            return;
        }
        if !editing.sending.start() {
            return;
        }
        outcome.set(None);
        let (reviewer, id) = (editing.reviewer(), editing.id());
        spawn_local(async move {
            match reviewer.answer_cluster(id, &answer).await {
                Ok(answered) => {
                    // The members' statuses changed: read the cluster again. If that fails, the
                    // answer still went through and the outcome is shown.
                    if let Ok(Some(cluster)) = reviewer.cluster(id).await {
                        editing.refresh(cluster);
                    }
                    editing.sending.succeeded();
                    status.set(String::new());
                    response.set(String::new());
                    outcome.set(Some(answered));
                }
                Err(failure) => editing.sending.failed(failure),
            }
        });
    };

    view! {
        <section aria-labelledby="cluster-answer-heading">
            <h2 id="cluster-answer-heading">{r.cluster_answer_heading}</h2>
            <p class="usa-hint">{r.cluster_answer_hint}</p>
            <form class="usa-form usa-form--large" novalidate on:submit=on_submit>
                <ChoiceSelect
                    id=STATUS
                    label=r.new_status
                    any=m.form_select_placeholder
                    options=choices(&settable(), Status::code, m.status)
                    value=status.into()
                    set=Callback::new(move |v| status.set(v))
                    error=editing.sending.error(STATUS)
                />
                <TextArea
                    id=RESPONSE
                    label=r.response_label
                    hint=r.cluster_answer_response_hint
                    max_chars=RESPONSE_MAX
                    value=response.into()
                    set=Callback::new(move |v| response.set(v))
                    error=editing.sending.error(RESPONSE)
                />
                <SubmitButton busy=editing.sending.busy.into() label=r.cluster_answer_button />
            </form>
            <div role="status">{move || outcome.get().map(|answered| view! { <Outcome answered /> })}</div>
        </section>
    }
}

#[component]
fn Outcome(answered: ClusterAnswered) -> impl IntoView {
    let r = crate::i18n::reviewer();
    let kind = if answered.skipped.is_empty() { "usa-alert--success" } else { "usa-alert--warning" };
    let skipped = (!answered.skipped.is_empty()).then(|| {
        view! {
            <p class="usa-alert__text">{(r.bulk_skipped)(answered.skipped.len())}</p>
            <ul class="usa-list">
                {answered
                    .skipped
                    .iter()
                    .map(|s| {
                        // The field is the member's tracking number: link it when it is one.
                        let who = match TrackingNumber::parse(&s.field) {
                            Ok(n) => view! {
                                <a class="usa-link portal-tracking-number" href=format!("/review/submissions/{n}")>
                                    {n.to_string()}
                                </a>
                            }
                            .into_any(),
                            Err(_) => s.field.clone().into_any(),
                        };
                        view! { <li>{who} ": " {s.message.clone()}</li> }
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <div class=format!("usa-alert {kind} usa-alert--slim")>
            <div class="usa-alert__body">
                <p class="usa-alert__text">{(r.cluster_answered)(answered.updated)}</p>
                {skipped}
            </div>
        </div>
    }
}
