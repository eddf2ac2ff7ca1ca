//! "Report on a validation": how a partner's validation or revalidation went, in numbers CBP can
//! compare across field offices. A drafted form like the survey (`components::draft_form`, its
//! rules in `validation_form`): checked with the shared rules before sending, autosaved as the
//! person types, never emptied by an error, and resent with the same Idempotency-Key.

use leptos::prelude::*;

use shared::validation::{field, Measure, Mode, Rating, ValidationKind, STANDARDIZE_MAX};

use super::validation_fields::{OfficeSelect, RatingRow};
use super::validation_form::{measure_mut, rating_mut, ValidationReportForm};
use crate::api;
use crate::components::draft_form::{DraftForm, DraftFormView};
use crate::components::fields::{RadioGroup, TextArea, TextInput};
use crate::components::notice::alert;
use crate::components::partner_fields::{CompanyChoices, ContactWords, OptionalContact};
use crate::i18n::{set_page_title, t};

#[component]
pub fn ValidationReportPage() -> impl IntoView {
    let m = t();
    let v = m.validation;
    set_page_title(v.title);
    let offices = LocalResource::new(api::validation::field_offices);
    let office_list = Signal::derive(move || offices.get().and_then(Result::ok).unwrap_or_default());
    let offices_failed = move || matches!(offices.get(), Some(Err(_)));
    let form = DraftForm::restore(ValidationReportForm { offices });
    let error = move |id: &'static str| form.error(id);

    let (month, set_month) = form.text(|f| &f.month, |f| &mut f.month);
    let (kind, set_kind) = form.text(|f| &f.kind, |f| &mut f.kind);
    let (mode, set_mode) = form.text(|f| &f.mode, |f| &mut f.mode);
    let (office, set_office) = form.text(|f| &f.field_office, |f| &mut f.field_office);
    let (standardize, set_standardize) = form.text(|f| &f.standardize, |f| &mut f.standardize);
    let first_validation = move || kind.with(|k| k == ValidationKind::Validation.code());

    let kinds =
        ValidationKind::ALL.iter().map(|k| (k.code(), (v.kind_label)(*k), (v.kind_hint)(*k))).collect::<Vec<_>>();
    let modes = Mode::ALL.iter().map(|x| (x.code(), (v.mode_label)(*x), (v.mode_hint)(*x))).collect::<Vec<_>>();

    let measures = Measure::ALL
        .iter()
        .map(|&x| {
            let id = x.code();
            let (text, set) = form.text(move |f| f.measure(x), move |f| measure_mut(f, x));
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
        let (value, set) = form.text(move |f| f.rating(r), move |f| rating_mut(f, r));
        view! { <RatingRow id name=(v.rating)(r) scale=(v.rating_scale)(r) hint required value set error=error(id) /> }
    };

    view! {
        <div class="usa-section portal-form-page">
            <h1>{v.title}</h1>
            <p class="usa-intro">{v.lead}</p>
            <DraftFormView
                form
                restored=v.draft_restored
                honeypot=form.text(|f| &f.website, |f| &mut f.website)
                submit=v.submit
                submitting=v.submitting
            >
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
                    <CompanyChoices
                        entity_type=form.text(|f| &f.entity_type, |f| &mut f.entity_type)
                        ctpat_status=form.text(|f| &f.ctpat_status, |f| &mut f.ctpat_status)
                        problems=form.problems
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
                <OptionalContact
                    words=contact_words()
                    name=form.text(|f| &f.name, |f| &mut f.name)
                    organization=form.text(|f| &f.organization, |f| &mut f.organization)
                    email=form.text(|f| &f.email, |f| &mut f.email)
                    problems=form.problems
                />
            </DraftFormView>
        </div>
    }
}

/// The words of "About you", from the validation report's catalog.
fn contact_words() -> ContactWords {
    let v = t().validation;
    ContactWords {
        legend: v.about_you,
        hint: v.about_you_hint,
        name: v.name,
        organization: v.organization,
        email: v.email,
        email_hint: v.email_hint,
    }
}
