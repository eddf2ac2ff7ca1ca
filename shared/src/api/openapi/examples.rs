//! Request bodies the worker accepts, built from the code's own vocabularies so they stay valid
//! (the tests parse each one with the rule the worker applies). They are the requests' examples
//! in the document, so a client (or a schema-driven tester) has one body that gets a 2xx.

use serde::Serialize;
use serde_json::Value;

use crate::api::analytics::SurveyRoundForm;
use crate::api::mfa::{CodeForm, SecurityPolicy};
use crate::api::public::{FollowForm, ReportForm, SupportForm, WithdrawForm};
use crate::api::review::{NewNote, NewUser, PublicationForm, SignIn, SubmissionUpdate, UserChange};
use crate::api::validation::{FieldOfficeChange, FieldOfficeForm};
use crate::consultation::ConsultationForm;
use crate::feedback::FeedbackForm;
use crate::taxonomy::{CtpatStatus, EntityType, SubmitterKind, Topic};
use crate::workflow::{Priority, Role};

fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("a form serialises")
}

pub fn feedback_form() -> FeedbackForm {
    FeedbackForm {
        submitter_kind: SubmitterKind::Anonymous.code().into(),
        entity_type: EntityType::UsImporter.code().into(),
        ctpat_status: CtpatStatus::TierII.code().into(),
        topic: Topic::Communications.code().into(),
        title: "Send validation reminders by email".into(),
        feedback: "We learned about our revalidation from the portal only. An email a month ahead would help.".into(),
        may_publish: true,
        ..FeedbackForm::default()
    }
}

pub fn feedback() -> Value {
    json(&feedback_form())
}

pub fn follow() -> Value {
    json(&FollowForm { email: "someone@example.com".into() })
}

pub fn withdraw() -> Value {
    json(&WithdrawForm {})
}

pub fn support() -> Value {
    json(&SupportForm {
        entity_type: EntityType::UsImporter.code().into(),
        organization: String::new(),
        supporter: "0123456789abcdef0123456789abcdef".into(),
    })
}

pub fn report() -> Value {
    json(&ReportForm {
        reference: "CTPAT-7K3M-9QXD-2R4T".into(),
        name: "Ana Ruiz".into(),
        email: "ana@example.com".into(),
        explanation: "I did not send this feedback.".into(),
    })
}

pub fn sign_in() -> Value {
    json(&SignIn { email: "reviewer@example.com".into(), password: "the account's password".into() })
}

pub fn code() -> Value {
    json(&CodeForm { code: "123456".into() })
}

pub fn consultation_form() -> ConsultationForm {
    ConsultationForm {
        title: "Highway carrier seal verification".into(),
        question: "How do you verify seals at the border crossing today?".into(),
        background: String::new(),
        topic: Topic::MinimumSecurityCriteria.code().into(),
        msc_category: crate::taxonomy::MscCategory::SealSecurity.code().into(),
        opens_on: "2026-01-05".into(),
        closes_on: "2026-03-31".into(),
        late_allowed: true,
    }
}

pub fn consultation() -> Value {
    json(&consultation_form())
}

pub fn survey_round_form() -> SurveyRoundForm {
    SurveyRoundForm {
        title: "2026 benefits survey".into(),
        opens_on: "2026-01-05".into(),
        closes_on: "2026-02-27".into(),
    }
}

pub fn survey_round() -> Value {
    json(&survey_round_form())
}

pub fn field_office() -> Value {
    json(&FieldOfficeForm { name: "Field Office Laredo".into() })
}

pub fn field_office_change() -> Value {
    json(&FieldOfficeChange { name: None, active: Some(true) })
}

pub fn note() -> Value {
    json(&NewNote { text: "Asked the portal team whether this is planned.".into() })
}

pub fn publication_form() -> PublicationForm {
    PublicationForm {
        title: "Send validation reminders by email".into(),
        feedback: "We learned about our revalidation from the portal only.".into(),
        recommendation: String::new(),
        attachments: Vec::new(),
    }
}

pub fn publication() -> Value {
    json(&publication_form())
}

pub fn submission_update() -> Value {
    json(&SubmissionUpdate { priority: Some(Priority::High), add_tags: vec!["portal".into()], ..Default::default() })
}

pub fn new_user() -> Value {
    json(&NewUser {
        name: "Sam Lee".into(),
        email: "sam.lee@example.com".into(),
        role: Role::Reviewer.code().into(),
        password: "vX7#pQ2!mK9@wL4z".into(),
    })
}

pub fn user_change() -> Value {
    json(&UserChange { role: None, disabled: Some(false), reset_two_step: None })
}

pub fn security_policy() -> Value {
    json(&SecurityPolicy { require_two_step: false })
}
