//! What the drafted forms ask about the partner in the same way: the business entity type and
//! CTPAT status, and (on the survey and the validation report) the optional contact details.
//! Every control's `id` is the field key all three forms use (`shared::feedback::field`,
//! `shared::survey::field`, `shared::validation::field`), checked by the tests below.

use leptos::prelude::*;
use shared::taxonomy::{CtpatStatus, EntityType};

use crate::components::error_summary::Problem;
use crate::components::fields::{Select, TextInput};
use crate::components::notice::field_error;
use crate::i18n::t;

const ENTITY_TYPE: &str = "entity_type";
const CTPAT_STATUS: &str = "ctpat_status";
const NAME: &str = "name";
const ORGANIZATION: &str = "organization";
const EMAIL: &str = "email";

/// A text of the form as a signal and a setter (`DraftForm::text`).
pub type Text = (Signal<String>, Callback<String>);

/// The required "Type of business entity" and "CTPAT status" selects.
#[component]
pub fn CompanyChoices(entity_type: Text, ctpat_status: Text, problems: Signal<Vec<Problem>>) -> impl IntoView {
    let m = t();
    let entity_types = EntityType::ALL.iter().map(|e| (e.code(), (m.entity_type)(*e))).collect::<Vec<_>>();
    let statuses = CtpatStatus::ALL.iter().map(|c| (c.code(), (m.ctpat_status)(*c))).collect::<Vec<_>>();
    view! {
        <Select
            id=ENTITY_TYPE
            label=m.form_entity_type
            required=true
            options=entity_types
            value=entity_type.0
            set=entity_type.1
            error=field_error(problems, ENTITY_TYPE)
        />
        <Select
            id=CTPAT_STATUS
            label=m.form_ctpat_status
            required=true
            options=statuses
            value=ctpat_status.0
            set=ctpat_status.1
            error=field_error(problems, CTPAT_STATUS)
        />
    }
}

/// The words of the optional contact details, in the form's catalog.
pub struct ContactWords {
    pub legend: &'static str,
    /// Why they are asked, and that they may be left out.
    pub hint: &'static str,
    pub name: &'static str,
    pub organization: &'static str,
    pub email: &'static str,
    pub email_hint: &'static str,
}

/// "About you": a name, an organization and an email address, none of them required.
#[component]
pub fn OptionalContact(
    words: ContactWords,
    name: Text,
    organization: Text,
    email: Text,
    problems: Signal<Vec<Problem>>,
) -> impl IntoView {
    view! {
        <fieldset class="usa-fieldset">
            <legend class="usa-legend usa-legend--large">{words.legend}</legend>
            <p class="usa-hint">{words.hint}</p>
            <TextInput
                id=NAME
                label=words.name
                autocomplete="name"
                value=name.0
                set=name.1
                error=field_error(problems, NAME)
            />
            <TextInput
                id=ORGANIZATION
                label=words.organization
                autocomplete="organization"
                value=organization.0
                set=organization.1
                error=field_error(problems, ORGANIZATION)
            />
            <TextInput
                id=EMAIL
                label=words.email
                hint=words.email_hint
                input_type="email"
                autocomplete="email"
                value=email.0
                set=email.1
                error=field_error(problems, EMAIL)
            />
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_drafted_form_names_the_partner_fields_alike() {
        use shared::{feedback::field as feedback, survey::field as survey, validation::field as validation};
        let ids = [ENTITY_TYPE, CTPAT_STATUS, NAME, ORGANIZATION, EMAIL];
        assert_eq!(
            ids,
            [feedback::ENTITY_TYPE, feedback::CTPAT_STATUS, feedback::NAME, feedback::ORGANIZATION, feedback::EMAIL]
        );
        assert_eq!(ids, [survey::ENTITY_TYPE, survey::CTPAT_STATUS, survey::NAME, survey::ORGANIZATION, survey::EMAIL]);
        assert_eq!(
            ids,
            [
                validation::ENTITY_TYPE,
                validation::CTPAT_STATUS,
                validation::NAME,
                validation::ORGANIZATION,
                validation::EMAIL
            ]
        );
    }
}
