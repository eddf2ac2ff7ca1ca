//! "Give feedback": the submission form. Checked with the shared rules on submit, autosaved as
//! the person types, and never emptied by an error (`components::draft_form`).

use std::future::Future;

use leptos::prelude::*;

use crate::router::use_query_map;
use shared::feedback::{self, field, Feedback, FeedbackForm};
use shared::taxonomy::{MscCategory, SubmitterKind, Topic};
use shared::text::FieldError;

use crate::api::{self, Failure};
use crate::components::attachments::AttachmentsField;
use crate::components::consultation_select::ConsultationSelect;
use crate::components::draft_form::{DraftForm, DraftFormView, DraftedForm};
use crate::components::error_summary::Problem;
use crate::components::fields::{Checkbox, RadioGroup, Select, TextArea, TextInput};
use crate::components::partner_fields::CompanyChoices;
use crate::i18n::{set_page_title, t};
use crate::storage::{self, Draft, Kept};

/// The feedback form, and the count of its files still on their way up: it waits for them.
#[derive(Clone, Copy)]
struct GiveFeedbackForm {
    uploading: RwSignal<usize>,
}

impl DraftedForm for GiveFeedbackForm {
    type Draft = Draft;
    type Form = FeedbackForm;
    type Receipt = shared::api::SubmissionReceipt;

    const KEPT: Kept<Draft> = storage::DRAFT;

    fn form(draft: &Draft) -> &FeedbackForm {
        &draft.form
    }
    fn form_mut(draft: &mut Draft) -> &mut FeedbackForm {
        &mut draft.form
    }
    fn key_sent(self, draft: &Draft, form: &FeedbackForm) -> Option<String> {
        draft.last_attempt.as_ref().filter(|(sent, _)| sent == form).map(|(_, key)| key.clone())
    }
    fn remember_sent(self, draft: &mut Draft, form: FeedbackForm, key: String) {
        draft.last_attempt = Some((form, key));
    }

    /// Contact details of an anonymous submitter and a category for a topic that has none stay in
    /// the draft (the person may switch back) but are not sent.
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
    fn check(form: &FeedbackForm) -> Result<(), Vec<FieldError>> {
        Feedback::parse(form).map(drop)
    }
    fn on_page(key: &str, _: &FeedbackForm) -> bool {
        field::ALL.contains(&key)
    }
    fn send(self, form: &FeedbackForm, key: &str) -> impl Future<Output = Result<Self::Receipt, Failure>> {
        api::create_submission(form, key)
    }
    fn keep_receipt(receipt: &Self::Receipt) -> String {
        storage::RECEIPT.save(receipt);
        format!("/receipt/{}", receipt.tracking_number)
    }

    fn held_back(self) -> Option<Problem> {
        (self.uploading.get_untracked() > 0)
            .then(|| Problem { field: field::ATTACHMENTS.into(), message: t().public.attachments_wait.into() })
    }
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
    let uploading = RwSignal::new(0usize);
    let form = DraftForm::restore(GiveFeedbackForm { uploading });
    let draft = form.draft;
    // "Give feedback on this consultation" links here with `?consultation={id}`: that choice wins
    // over the draft's, and nothing else in the draft changes.
    let chosen = use_query_map().with_untracked(|q| q.get("consultation")).filter(|c| c.trim().parse::<i64>().is_ok());
    if let Some(id) = chosen {
        draft.update(|d| d.form.consultation = id.trim().to_owned());
    }
    let error = move |id: &'static str| form.error(id);

    let (kind, set_kind) = form.text(|f| &f.submitter_kind, |f| &mut f.submitter_kind);
    let identified =
        move || kind.with(|k| k == SubmitterKind::Individual.code() || k == SubmitterKind::Organization.code());
    let for_organization = move || kind.with(|k| k == SubmitterKind::Organization.code());
    let (topic, set_topic) = form.text(|f| &f.topic, |f| &mut f.topic);
    let (name, set_name) = form.text(|f| &f.name, |f| &mut f.name);
    let (organization, set_organization) = form.text(|f| &f.organization, |f| &mut f.organization);
    let (email, set_email) = form.text(|f| &f.email, |f| &mut f.email);
    let (msc_category, set_msc_category) = form.text(|f| &f.msc_category, |f| &mut f.msc_category);
    let (title, set_title) = form.text(|f| &f.title, |f| &mut f.title);
    let (body, set_body) = form.text(|f| &f.feedback, |f| &mut f.feedback);
    let (recommendation, set_recommendation) = form.text(|f| &f.recommendation, |f| &mut f.recommendation);
    let (consultation, set_consultation) = form.text(|f| &f.consultation, |f| &mut f.consultation);
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
            <DraftFormView
                form
                restored=m.form_draft_restored
                honeypot=form.text(|f| &f.website, |f| &mut f.website)
                submit=m.form_submit
                submitting=m.form_submitting
            >
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
                    <CompanyChoices
                        entity_type=form.text(|f| &f.entity_type, |f| &mut f.entity_type)
                        ctpat_status=form.text(|f| &f.ctpat_status, |f| &mut f.ctpat_status)
                        problems=form.problems
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
            </DraftFormView>
        </div>
    }
}
