//! "Give feedback": the submission form. Checked with the shared rules on submit, autosaved as
//! the person types, and never emptied by an error.

use std::time::Duration;

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;

use crate::components::form_footer::FormFooter;
use crate::router::{use_navigate, use_query_map};
use leptos::task::spawn_local;
use shared::api::ErrorCode;
use shared::feedback::{self, field, Feedback, FeedbackForm};
use shared::taxonomy::{CtpatStatus, EntityType, MscCategory, SubmitterKind, Topic};

use crate::api::{self, Failure};
use crate::components::attachments::AttachmentsField;
use crate::components::consultation_select::ConsultationSelect;
use crate::components::error_summary::{ErrorSummary, Problem};
use crate::components::fields::{Checkbox, RadioGroup, Select, TextArea, TextInput};
use crate::i18n::{set_page_title, t};
use crate::storage::{self, Draft};

/// What is sent: contact details of an anonymous submitter and a category for a topic that has
/// none stay in the draft (the person may switch back) but are not sent.
fn to_send(form: &FeedbackForm) -> FeedbackForm {
    let mut out = form.clone();
    if out.submitter_kind == SubmitterKind::Anonymous.code() {
        out.name.clear();
        out.organization.clear();
        out.email.clear();
    }
    if out.topic != Topic::MinimumSecurityCriteria.code() {
        out.msc_category.clear();
    }
    out
}

fn client_problems(form: &FeedbackForm) -> Vec<Problem> {
    let m = t();
    match Feedback::parse(form) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .into_iter()
            .map(|e| Problem { message: m.problem_message(&e.field, e.problem), field: e.field })
            .collect(),
    }
}

fn server_problems(failure: Failure) -> Vec<Problem> {
    let m = t();
    let general = |message: String| vec![Problem { field: String::new(), message }];
    match failure {
        Failure::Network => general(m.error_network.to_owned()),
        Failure::Server => general(m.error_server.to_owned()),
        Failure::RateLimited(seconds) => general((m.rate_limited)(seconds)),
        // The form needs no session; these answers would be the server's mistake.
        Failure::Unauthorized | Failure::Forbidden => general(m.error_server.to_owned()),
        Failure::Rejected(error) if error.code == ErrorCode::RejectedAsAutomated => {
            general(m.error_automated.to_owned())
        }
        Failure::Rejected(error) if !error.fields.is_empty() => error
            .fields
            .into_iter()
            .map(|f| Problem {
                // Only fields that exist on the page can be linked to.
                field: if field::ALL.contains(&f.field.as_str()) { f.field } else { String::new() },
                message: f.message,
            })
            .collect(),
        Failure::Rejected(error) => general(error.message),
    }
}

/// A text field of the form as a signal and a setter.
fn text(
    draft: RwSignal<Draft>,
    get: fn(&FeedbackForm) -> &String,
    set: fn(&mut FeedbackForm) -> &mut String,
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || draft.with(|d| get(&d.form).clone())),
        Callback::new(move |v| draft.update(|d| *set(&mut d.form) = v)),
    )
}

fn options<T: Copy + 'static>(
    all: &'static [T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(&'static str, &'static str)> {
    all.iter().map(|v| (code(*v), label(*v))).collect()
}

#[component]
pub fn GiveFeedback() -> impl IntoView {
    let m = t();
    set_page_title(m.form_title);
    let restored = storage::load_draft().filter(|d| d.form != FeedbackForm::default());
    let show_restored = RwSignal::new(restored.is_some());
    let draft = RwSignal::new(restored.unwrap_or_default());
    // "Give feedback on this consultation" links here with `?consultation={id}`: that choice wins
    // over the draft's, and nothing else in the draft changes.
    let chosen = use_query_map().with_untracked(|q| q.get("consultation")).filter(|c| c.trim().parse::<i64>().is_ok());
    if let Some(id) = chosen {
        draft.update(|d| d.form.consultation = id.trim().to_owned());
    }
    // Autosave: every change is written to localStorage, which survives a reload or a crash.
    Effect::new(move |_| draft.with(storage::save_draft));

    let attempted = RwSignal::new(false);
    let from_server = RwSignal::new(Vec::<Problem>::new());
    let submitting = RwSignal::new(false);
    let uploading = RwSignal::new(0usize);
    let summary = NodeRef::<Div>::new();
    let problems = Memo::new(move |_| {
        let mut list = if attempted.get() { draft.with(|d| client_problems(&to_send(&d.form))) } else { Vec::new() };
        for p in from_server.get() {
            if p.field.is_empty() || !list.iter().any(|q| q.field == p.field) {
                list.push(p);
            }
        }
        list
    });
    let error = move |id: &'static str| {
        Signal::derive(move || problems.with(|ps| ps.iter().find(|p| p.field == id).map(|p| p.message.clone())))
    };
    let focus_summary = move || {
        set_timeout(
            move || {
                if let Some(el) = summary.get_untracked() {
                    let _ = el.focus();
                    el.scroll_into_view();
                }
            },
            Duration::from_millis(0),
        )
    };

    let navigate = use_navigate();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if submitting.get_untracked() {
            return;
        }
        attempted.set(true);
        from_server.set(Vec::new());
        if uploading.get_untracked() > 0 {
            from_server
                .set(vec![Problem { field: field::ATTACHMENTS.into(), message: m.public.attachments_wait.into() }]);
            focus_summary();
            return;
        }
        let form = draft.with_untracked(|d| to_send(&d.form));
        if Feedback::parse(&form).is_err() {
            focus_summary();
            return;
        }
        let key = draft.with_untracked(|d| match &d.last_attempt {
            Some((sent, key)) if *sent == form => key.clone(),
            _ => storage::random_key(),
        });
        draft.update(|d| d.last_attempt = Some((form.clone(), key.clone())));
        submitting.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = api::create_submission(&form, &key).await;
            submitting.set(false);
            match result {
                Ok(receipt) => {
                    storage::save_receipt(&receipt);
                    storage::clear_draft();
                    navigate(&format!("/receipt/{}", receipt.tracking_number), Default::default());
                }
                Err(failure) => {
                    from_server.set(server_problems(failure));
                    focus_summary();
                }
            }
        });
    };
    let start_over = move |_| {
        storage::clear_draft();
        draft.set(Draft::default());
        attempted.set(false);
        from_server.set(Vec::new());
        show_restored.set(false);
    };

    let kind = Signal::derive(move || draft.with(|d| d.form.submitter_kind.clone()));
    let identified =
        move || kind.with(|k| k == SubmitterKind::Individual.code() || k == SubmitterKind::Organization.code());
    let for_organization = move || kind.with(|k| k == SubmitterKind::Organization.code());
    let topic = Signal::derive(move || draft.with(|d| d.form.topic.clone()));
    let (name, set_name) = text(draft, |f| &f.name, |f| &mut f.name);
    let (organization, set_organization) = text(draft, |f| &f.organization, |f| &mut f.organization);
    let (email, set_email) = text(draft, |f| &f.email, |f| &mut f.email);
    let (entity_type, set_entity_type) = text(draft, |f| &f.entity_type, |f| &mut f.entity_type);
    let (ctpat_status, set_ctpat_status) = text(draft, |f| &f.ctpat_status, |f| &mut f.ctpat_status);
    let (msc_category, set_msc_category) = text(draft, |f| &f.msc_category, |f| &mut f.msc_category);
    let (title, set_title) = text(draft, |f| &f.title, |f| &mut f.title);
    let (body, set_body) = text(draft, |f| &f.feedback, |f| &mut f.feedback);
    let (recommendation, set_recommendation) = text(draft, |f| &f.recommendation, |f| &mut f.recommendation);
    let (honeypot, set_honeypot) = text(draft, |f| &f.website, |f| &mut f.website);
    let consultation = Signal::derive(move || draft.with(|d| d.form.consultation.clone()));
    let set_consultation = Callback::new(move |v| draft.update(|d| d.form.consultation = v));
    let set_kind = Callback::new(move |v| draft.update(|d| d.form.submitter_kind = v));
    let set_topic = Callback::new(move |v| draft.update(|d| d.form.topic = v));
    let may_publish = Signal::derive(move || draft.with(|d| d.form.may_publish));
    let set_may_publish = Callback::new(move |v| draft.update(|d| d.form.may_publish = v));

    let kinds = SubmitterKind::ALL
        .iter()
        .map(|k| (k.code(), (m.submitter_kind)(*k), (m.submitter_kind_hint)(*k)))
        .collect::<Vec<_>>();

    view! {
        <div class="usa-section portal-form-page">
            <h1>{m.form_title}</h1>
            <p class="usa-intro">{m.form_lead}</p>
            <Show when=move || show_restored.get()>
                <div class="usa-alert usa-alert--info usa-alert--slim" role="status">
                    <div class="usa-alert__body">
                        <p class="usa-alert__text">
                            {m.form_draft_restored} " "
                            <button type="button" class="usa-button usa-button--unstyled" on:click=start_over>
                                {m.form_start_over}
                            </button>
                        </p>
                    </div>
                </div>
            </Show>
            <ErrorSummary problems=problems.into() node_ref=summary />
            <p class="usa-hint">{m.form_required_note}</p>
            <form class="usa-form usa-form--large portal-form" novalidate on:submit=on_submit>
                <ConsultationSelect value=consultation set=set_consultation error=error(field::CONSULTATION) />
                <fieldset class="usa-fieldset">
                    <legend class="usa-legend usa-legend--large">{m.form_about_you}</legend>
                    <RadioGroup
                        id=field::SUBMITTER_KIND
                        legend=m.form_submitter_kind
                        required=true
                        options=kinds
                        value=kind
                        set=set_kind
                        error=error(field::SUBMITTER_KIND)
                    />
                    <Show when=identified>
                        <TextInput
                            id=field::NAME
                            label=m.form_name
                            required=true
                            autocomplete="name"
                            value=name
                            set=set_name
                            error=error(field::NAME)
                        />
                        // Re-rendered when the kind changes: required for an organization only.
                        {move || {
                            let required = for_organization();
                            view! {
                                <TextInput
                                    id=field::ORGANIZATION
                                    label=if required { m.form_organization } else { m.form_organization_optional }
                                    required
                                    autocomplete="organization"
                                    value=organization
                                    set=set_organization
                                    error=error(field::ORGANIZATION)
                                />
                            }
                        }}
                        <TextInput
                            id=field::EMAIL
                            label=m.form_email
                            hint=m.form_email_hint
                            input_type="email"
                            autocomplete="email"
                            value=email
                            set=set_email
                            error=error(field::EMAIL)
                        />
                    </Show>
                    <Select
                        id=field::ENTITY_TYPE
                        label=m.form_entity_type
                        required=true
                        options=options(EntityType::ALL, EntityType::code, m.entity_type)
                        value=entity_type
                        set=set_entity_type
                        error=error(field::ENTITY_TYPE)
                    />
                    <Select
                        id=field::CTPAT_STATUS
                        label=m.form_ctpat_status
                        required=true
                        options=options(CtpatStatus::ALL, CtpatStatus::code, m.ctpat_status)
                        value=ctpat_status
                        set=set_ctpat_status
                        error=error(field::CTPAT_STATUS)
                    />
                </fieldset>
                <fieldset class="usa-fieldset">
                    <legend class="usa-legend usa-legend--large">{m.form_your_feedback}</legend>
                    <Select
                        id=field::TOPIC
                        label=m.form_topic
                        required=true
                        options=options(Topic::ALL, Topic::code, m.topic)
                        value=topic
                        set=set_topic
                        error=error(field::TOPIC)
                    />
                    <Show when=move || topic.with(|t| t == Topic::MinimumSecurityCriteria.code())>
                        <Select
                            id=field::MSC_CATEGORY
                            label=m.form_msc_category
                            required=true
                            options=options(MscCategory::ALL, MscCategory::code, m.msc_category)
                            value=msc_category
                            set=set_msc_category
                            error=error(field::MSC_CATEGORY)
                        />
                    </Show>
                    <TextInput
                        id=field::TITLE
                        label=m.form_title_field
                        hint=m.form_title_hint
                        required=true
                        max_chars=feedback::TITLE_MAX
                        value=title
                        set=set_title
                        error=error(field::TITLE)
                    />
                    <TextArea
                        id=field::FEEDBACK
                        label=m.form_feedback
                        hint=m.form_feedback_hint
                        required=true
                        max_chars=feedback::FEEDBACK_MAX
                        value=body
                        set=set_body
                        error=error(field::FEEDBACK)
                    />
                    <TextArea
                        id=field::RECOMMENDATION
                        label=m.form_recommendation
                        hint=m.form_recommendation_hint
                        max_chars=feedback::RECOMMENDATION_MAX
                        value=recommendation
                        set=set_recommendation
                        error=error(field::RECOMMENDATION)
                    />
                    <AttachmentsField draft uploading error=error(field::ATTACHMENTS) />
                    <Checkbox
                        id="may_publish"
                        label=m.form_may_publish
                        description=m.form_may_publish_hint
                        checked=may_publish
                        set=set_may_publish
                    />
                </fieldset>
                <FormFooter
                    honeypot=Signal::derive(move || honeypot.get())
                    set_honeypot=set_honeypot
                    submitting=Signal::derive(move || submitting.get())
                    submit=m.form_submit
                    submitting_label=m.form_submitting
                    draft_saved=Signal::derive(move || draft.with(|d| d.form != FeedbackForm::default()))
                />
            </form>
        </div>
    }
}
