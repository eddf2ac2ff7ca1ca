//! "Report on a validation": how a partner's validation or revalidation went, in numbers CBP can
//! compare across field offices. Built like the survey: checked with the shared rules
//! (`Report::parse`) before sending, autosaved as the person types, never emptied by an error,
//! and resent with the same Idempotency-Key.

use leptos::ev::SubmitEvent;
use leptos::html::Div;
use leptos::prelude::*;

use crate::components::form_footer::FormFooter;
use crate::router::use_navigate;
use leptos::task::spawn_local;
use shared::taxonomy::{CtpatStatus, EntityType};
use shared::validation::{field, Measure, Mode, Rating, Report, ReportForm, ValidationKind, STANDARDIZE_MAX};

use super::validation_fields::{OfficeSelect, RatingRow};
use super::validation_form::{
    client_problems, measure_mut, office_gone, rating_mut, server_problems, this_month, to_send,
};
use crate::api;
use crate::components::error_summary::{focus_summary, ErrorSummary, Problem};
use crate::components::fields::{RadioGroup, Select, TextArea, TextInput};
use crate::components::notice::alert;
use crate::i18n::{set_page_title, t};
use crate::paths::VALIDATION_REPORT_PAGE;
use crate::storage::{self, ValidationDraft};

/// One text of the draft's form as a signal and a setter.
fn part(
    draft: RwSignal<ValidationDraft>,
    get: impl Fn(&ReportForm) -> String + Send + Sync + 'static,
    set: impl Fn(&mut ReportForm) -> &mut String + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || draft.with(|d| get(&d.form))),
        Callback::new(move |v| draft.update(|d| *set(&mut d.form) = v)),
    )
}

#[component]
pub fn ValidationReportPage() -> impl IntoView {
    let m = t();
    let v = m.validation;
    set_page_title(v.title);
    let restored = storage::load_validation_draft().filter(|d| d.form != ReportForm::default());
    let show_restored = RwSignal::new(restored.is_some());
    let draft = RwSignal::new(restored.unwrap_or_default());
    // Autosave: every change is written to localStorage, which survives a reload or a crash.
    Effect::new(move |_| draft.with(storage::save_validation_draft));

    let offices = LocalResource::new(api::validation::field_offices);
    let office_list = Signal::derive(move || offices.get().and_then(Result::ok).unwrap_or_default());
    let offices_failed = move || matches!(offices.get(), Some(Err(_)));

    let attempted = RwSignal::new(false);
    let from_server = RwSignal::new(Vec::<Problem>::new());
    let submitting = RwSignal::new(false);
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
    let problems: Signal<Vec<Problem>> = problems.into();
    let error = move |id: &'static str| {
        Signal::derive(move || problems.with(|ps| ps.iter().find(|p| p.field == id).map(|p| p.message.clone())))
    };

    let navigate = use_navigate();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if submitting.get_untracked() {
            return;
        }
        attempted.set(true);
        from_server.set(Vec::new());
        let form = draft.with_untracked(|d| to_send(&d.form));
        if Report::parse(&form, this_month()).is_err() {
            focus_summary(summary);
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
            let result = api::validation::submit(&form, &key).await;
            submitting.set(false);
            match result {
                Ok(receipt) => {
                    storage::save_validation_receipt(&receipt);
                    storage::clear_validation_draft();
                    navigate(
                        &format!("{VALIDATION_REPORT_PAGE}/receipt/{}", receipt.tracking_number),
                        Default::default(),
                    );
                }
                Err(failure) => {
                    if office_gone(&failure) {
                        offices.refetch();
                    }
                    from_server.set(server_problems(failure));
                    focus_summary(summary);
                }
            }
        });
    };
    let start_over = move |_| {
        storage::clear_validation_draft();
        draft.set(ValidationDraft::default());
        attempted.set(false);
        from_server.set(Vec::new());
        show_restored.set(false);
    };

    let (month, set_month) = part(draft, |f| f.month.clone(), |f| &mut f.month);
    let (kind, set_kind) = part(draft, |f| f.kind.clone(), |f| &mut f.kind);
    let (entity_type, set_entity_type) = part(draft, |f| f.entity_type.clone(), |f| &mut f.entity_type);
    let (ctpat_status, set_ctpat_status) = part(draft, |f| f.ctpat_status.clone(), |f| &mut f.ctpat_status);
    let (mode, set_mode) = part(draft, |f| f.mode.clone(), |f| &mut f.mode);
    let (office, set_office) = part(draft, |f| f.field_office.clone(), |f| &mut f.field_office);
    let (standardize, set_standardize) = part(draft, |f| f.standardize.clone(), |f| &mut f.standardize);
    let (name, set_name) = part(draft, |f| f.name.clone(), |f| &mut f.name);
    let (organization, set_organization) = part(draft, |f| f.organization.clone(), |f| &mut f.organization);
    let (email, set_email) = part(draft, |f| f.email.clone(), |f| &mut f.email);
    let (honeypot, set_honeypot) = part(draft, |f| f.website.clone(), |f| &mut f.website);
    let first_validation = move || kind.with(|k| k == ValidationKind::Validation.code());

    let kinds =
        ValidationKind::ALL.iter().map(|k| (k.code(), (v.kind_label)(*k), (v.kind_hint)(*k))).collect::<Vec<_>>();
    let modes = Mode::ALL.iter().map(|x| (x.code(), (v.mode_label)(*x), (v.mode_hint)(*x))).collect::<Vec<_>>();
    let entity_types = EntityType::ALL.iter().map(|e| (e.code(), (m.entity_type)(*e))).collect::<Vec<_>>();
    let statuses = CtpatStatus::ALL.iter().map(|c| (c.code(), (m.ctpat_status)(*c))).collect::<Vec<_>>();

    let measures = Measure::ALL
        .iter()
        .map(|&x| {
            let id = x.code();
            let (text, set) = part(draft, move |f| f.measure(x).to_owned(), move |f| measure_mut(f, x));
            view! {
                <TextInput
                    id
                    label=(v.measure)(x)
                    hint=(v.measure_hint)(x)
                    required=true
                    inputmode="numeric"
                    autocomplete="off"
                    value=text
                    set
                    error=error(id)
                />
            }
        })
        .collect_view();
    let rating = move |r: Rating, hint: Option<&'static str>, required: bool| {
        let id = r.code();
        let (value, set) = part(draft, move |f| f.rating(r).to_owned(), move |f| rating_mut(f, r));
        view! { <RatingRow id name=(v.rating)(r) scale=(v.rating_scale)(r) hint required value set error=error(id) /> }
    };

    view! {
        <div class="usa-section portal-form-page">
            <h1>{v.title}</h1>
            <p class="usa-intro">{v.lead}</p>
            <Show when=move || show_restored.get()>
                <div class="usa-alert usa-alert--info usa-alert--slim" role="status">
                    <div class="usa-alert__body">
                        <p class="usa-alert__text">
                            {v.draft_restored} " "
                            <button type="button" class="usa-button usa-button--unstyled" on:click=start_over>
                                {m.form_start_over}
                            </button>
                        </p>
                    </div>
                </div>
            </Show>
            <ErrorSummary problems node_ref=summary />
            <p class="usa-hint">{m.form_required_note}</p>
            <form class="usa-form usa-form--large portal-form" novalidate on:submit=on_submit>
                <fieldset class="usa-fieldset">
                    <legend class="usa-legend usa-legend--large">{v.about_validation}</legend>
                    <TextInput
                        id=field::MONTH
                        label=v.month
                        hint=v.month_hint
                        required=true
                        input_type="month"
                        autocomplete="off"
                        value=month
                        set=set_month
                        error=error(field::MONTH)
                    />
                    <RadioGroup id=field::KIND legend=v.kind required=true options=kinds value=kind set=set_kind error=error(field::KIND) />
                    <RadioGroup id=field::MODE legend=v.mode required=true options=modes value=mode set=set_mode error=error(field::MODE) />
                    {move || offices_failed().then(|| alert("usa-alert--warning", v.field_office_unavailable.to_owned()))}
                    <OfficeSelect
                        id=field::FIELD_OFFICE
                        label=v.field_office
                        hint=v.field_office_hint
                        offices=office_list
                        value=office
                        set=set_office
                        error=error(field::FIELD_OFFICE)
                    />
                </fieldset>
                <fieldset class="usa-fieldset">
                    <legend class="usa-legend usa-legend--large">{v.about_company}</legend>
                    <Select
                        id=field::ENTITY_TYPE
                        label=m.form_entity_type
                        required=true
                        options=entity_types
                        value=entity_type
                        set=set_entity_type
                        error=error(field::ENTITY_TYPE)
                    />
                    <Select
                        id=field::CTPAT_STATUS
                        label=m.form_ctpat_status
                        required=true
                        options=statuses
                        value=ctpat_status
                        set=set_ctpat_status
                        error=error(field::CTPAT_STATUS)
                    />
                </fieldset>
                <fieldset class="usa-fieldset">
                    <legend class="usa-legend usa-legend--large">{v.numbers_heading}</legend>
                    <p class="usa-hint">{v.numbers_lead}</p>
                    {measures}
                </fieldset>
                <fieldset class="usa-fieldset">
                    <legend class="usa-legend usa-legend--large">{v.ratings_heading}</legend>
                    <p class="usa-hint">{v.ratings_lead}</p>
                    {rating(Rating::Clarity, None, true)}
                    {rating(Rating::ConsistencyWithCriteria, None, true)}
                    // Not asked about a first validation: there was no earlier one.
                    <Show
                        when=move || !first_validation()
                        fallback=move || view! { <p class="usa-hint portal-not-asked">{v.earlier_not_asked}</p> }
                    >
                        {rating(Rating::ConsistencyWithEarlier, Some(v.earlier_hint), false)}
                    </Show>
                    {rating(Rating::Usefulness, None, true)}
                </fieldset>
                <fieldset class="usa-fieldset">
                    <legend class="usa-legend usa-legend--large">{v.standardize_heading}</legend>
                    <TextArea
                        id=field::STANDARDIZE
                        label=v.standardize
                        hint=v.standardize_hint
                        max_chars=STANDARDIZE_MAX
                        rows="5"
                        value=standardize
                        set=set_standardize
                        error=error(field::STANDARDIZE)
                    />
                </fieldset>
                <fieldset class="usa-fieldset">
                    <legend class="usa-legend usa-legend--large">{v.about_you}</legend>
                    <p class="usa-hint">{v.about_you_hint}</p>
                    <TextInput id=field::NAME label=v.name autocomplete="name" value=name set=set_name error=error(field::NAME) />
                    <TextInput
                        id=field::ORGANIZATION
                        label=v.organization
                        autocomplete="organization"
                        value=organization
                        set=set_organization
                        error=error(field::ORGANIZATION)
                    />
                    <TextInput
                        id=field::EMAIL
                        label=v.email
                        hint=v.email_hint
                        input_type="email"
                        autocomplete="email"
                        value=email
                        set=set_email
                        error=error(field::EMAIL)
                    />
                </fieldset>
                <FormFooter
                    honeypot=Signal::derive(move || honeypot.get())
                    set_honeypot=set_honeypot
                    submitting=Signal::derive(move || submitting.get())
                    submit=v.submit
                    submitting_label=v.submitting
                    draft_saved=Signal::derive(move || draft.with(|d| d.form != ReportForm::default()))
                />
            </form>
        </div>
    }
}
