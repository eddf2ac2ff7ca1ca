//! Feedback on CTPAT: the form as typed ([`FeedbackForm`]) and the submission it parses into
//! ([`Feedback`]). Parse, don't validate: a `Feedback` value is valid by construction, and the
//! browser and the worker both get one only through [`Feedback::parse`].

use serde::{Deserialize, Serialize};

use crate::attachment::AttachmentId;
use crate::taxonomy::{CtpatStatus, EntityType, MscCategory, SubmitterKind, Topic};
use crate::text::{Email, FieldError, Problem, TextRule};

pub const TITLE_MAX: usize = 200;
/// As on Regulations.gov.
pub const FEEDBACK_MAX: usize = 5_000;
pub const RECOMMENDATION_MAX: usize = 2_000;
pub const NAME_MAX: usize = 100;
pub const ORGANIZATION_MAX: usize = 200;

/// The wire form of a submission, exactly as the browser form holds it: every choice as its code,
/// every text as typed. Missing keys are empty; unknown keys are refused.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct FeedbackForm {
    /// The consultation answered, by id; empty for general feedback.
    pub consultation: String,
    pub submitter_kind: String,
    pub name: String,
    pub organization: String,
    pub email: String,
    pub entity_type: String,
    pub ctpat_status: String,
    pub topic: String,
    pub msc_category: String,
    pub title: String,
    pub feedback: String,
    pub recommendation: String,
    /// Ids of files uploaded beforehand (`POST /api/v1/attachments`), at most five.
    pub attachments: Vec<String>,
    pub may_publish: bool,
    /// A honeypot: hidden from people and from assistive technology, so only bots fill it in.
    pub website: String,
}

/// Form field keys: JSON keys, and the `id`s of the form controls that error summaries link to.
pub mod field {
    pub const CONSULTATION: &str = "consultation";
    pub const SUBMITTER_KIND: &str = "submitter_kind";
    pub const NAME: &str = "name";
    pub const ORGANIZATION: &str = "organization";
    pub const EMAIL: &str = "email";
    pub const ENTITY_TYPE: &str = "entity_type";
    pub const CTPAT_STATUS: &str = "ctpat_status";
    pub const TOPIC: &str = "topic";
    pub const MSC_CATEGORY: &str = "msc_category";
    pub const TITLE: &str = "title";
    pub const FEEDBACK: &str = "feedback";
    pub const RECOMMENDATION: &str = "recommendation";
    pub const ATTACHMENTS: &str = "attachments";
    /// In the order the form shows them, which is the order errors are listed in.
    pub const ALL: [&str; 13] = [
        CONSULTATION,
        SUBMITTER_KIND,
        NAME,
        ORGANIZATION,
        EMAIL,
        ENTITY_TYPE,
        CTPAT_STATUS,
        TOPIC,
        MSC_CATEGORY,
        TITLE,
        FEEDBACK,
        RECOMMENDATION,
        ATTACHMENTS,
    ];
}

pub const TITLE_RULE: TextRule = TextRule { required: true, max_chars: TITLE_MAX, single_line: true };
pub const FEEDBACK_RULE: TextRule = TextRule { required: true, max_chars: FEEDBACK_MAX, single_line: false };
pub const RECOMMENDATION_RULE: TextRule =
    TextRule { required: false, max_chars: RECOMMENDATION_MAX, single_line: false };
const NAME_RULE: TextRule = TextRule { required: false, max_chars: NAME_MAX, single_line: true };
const ORGANIZATION_RULE: TextRule = TextRule { required: false, max_chars: ORGANIZATION_MAX, single_line: true };

/// Who is speaking. Contact details exist only for identified submitters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Submitter {
    /// A person speaking for themselves; the organization, if given, is where they work.
    Individual {
        name: String,
        organization: Option<String>,
        email: Option<Email>,
    },
    /// A person submitting on behalf of an organization.
    Organization {
        name: String,
        organization: String,
        email: Option<Email>,
    },
    Anonymous,
}

impl Submitter {
    pub fn kind(&self) -> SubmitterKind {
        match self {
            Submitter::Individual { .. } => SubmitterKind::Individual,
            Submitter::Organization { .. } => SubmitterKind::Organization,
            Submitter::Anonymous => SubmitterKind::Anonymous,
        }
    }
    pub fn name(&self) -> Option<&str> {
        match self {
            Submitter::Individual { name, .. } | Submitter::Organization { name, .. } => Some(name),
            Submitter::Anonymous => None,
        }
    }
    pub fn organization(&self) -> Option<&str> {
        match self {
            Submitter::Individual { organization, .. } => organization.as_deref(),
            Submitter::Organization { organization, .. } => Some(organization),
            Submitter::Anonymous => None,
        }
    }
    pub fn email(&self) -> Option<&Email> {
        match self {
            Submitter::Individual { email, .. } | Submitter::Organization { email, .. } => email.as_ref(),
            Submitter::Anonymous => None,
        }
    }
}

/// Who files feedback through another form (see [`Feedback::proposal`]).
pub struct Proposer<'a> {
    pub name: Option<&'a str>,
    pub organization: Option<&'a str>,
    pub email: Option<&'a Email>,
    pub entity_type: EntityType,
    pub ctpat_status: CtpatStatus,
}

/// A valid submission of feedback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feedback {
    /// The consultation answered; whether it takes feedback now is the worker's check (it needs
    /// the stored dates and the clock).
    pub consultation: Option<i64>,
    pub submitter: Submitter,
    pub entity_type: EntityType,
    pub ctpat_status: CtpatStatus,
    pub topic: Topic,
    /// Present exactly when the topic is the minimum security criteria.
    pub msc_category: Option<MscCategory>,
    pub title: String,
    pub body: String,
    pub recommendation: Option<String>,
    pub attachments: Vec<AttachmentId>,
    pub may_publish: bool,
}

impl FeedbackForm {
    /// True when the honeypot was filled in: a person never sees that field.
    pub fn looks_automated(&self) -> bool {
        !self.website.trim().is_empty()
    }
}

/// Collects one problem per field while parsing, in form order.
struct Errors(Vec<FieldError>);

impl Errors {
    fn take<T>(&mut self, field: &str, r: Result<T, Problem>) -> Option<T> {
        r.map_err(|p| self.0.push(FieldError::new(field, p))).ok()
    }
    fn choice<T>(&mut self, field: &str, raw: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
        self.take(field, crate::text::parse_choice(raw, parse))
    }
}

impl Feedback {
    /// Parses a form. On failure returns every field's problem, in the order the form shows them.
    pub fn parse(form: &FeedbackForm) -> Result<Feedback, Vec<FieldError>> {
        use field::*;
        let mut e = Errors(Vec::new());

        let consultation = e.take(CONSULTATION, crate::consultation::parse_reference(&form.consultation));
        let kind = e.choice(SUBMITTER_KIND, &form.submitter_kind, SubmitterKind::from_code);
        let name = e.take(NAME, NAME_RULE.parse(&form.name));
        let organization = e.take(ORGANIZATION, ORGANIZATION_RULE.parse(&form.organization));
        let email =
            e.take(EMAIL, if form.email.trim().is_empty() { Ok(None) } else { Email::parse(&form.email).map(Some) });
        let submitter = match kind {
            Some(SubmitterKind::Anonymous) => {
                // Contact details on an anonymous submission would be stored against the
                // person's wish; refuse rather than silently keep or drop them.
                for (f, raw) in [(NAME, &form.name), (ORGANIZATION, &form.organization), (EMAIL, &form.email)] {
                    if !raw.trim().is_empty() && !e.0.iter().any(|x| x.field == f) {
                        e.0.push(FieldError::new(f, Problem::NotApplicable));
                    }
                }
                Some(Submitter::Anonymous)
            }
            Some(k) => {
                let name = match name {
                    Some(Some(n)) => Some(n),
                    Some(None) => e.take(NAME, Err(Problem::Required)),
                    None => None,
                };
                let organization = match (k, organization) {
                    (SubmitterKind::Organization, Some(None)) => e.take(ORGANIZATION, Err(Problem::Required)).map(Some),
                    (_, o) => o,
                };
                match (k, name, organization, email) {
                    (SubmitterKind::Individual, Some(name), Some(organization), Some(email)) => {
                        Some(Submitter::Individual { name, organization, email })
                    }
                    (SubmitterKind::Organization, Some(name), Some(Some(organization)), Some(email)) => {
                        Some(Submitter::Organization { name, organization, email })
                    }
                    _ => None,
                }
            }
            None => None,
        };

        let entity_type = e.choice(ENTITY_TYPE, &form.entity_type, EntityType::from_code);
        let ctpat_status = e.choice(CTPAT_STATUS, &form.ctpat_status, CtpatStatus::from_code);
        let topic = e.choice(TOPIC, &form.topic, Topic::from_code);
        let msc_category = match topic {
            Some(Topic::MinimumSecurityCriteria) => {
                e.choice(MSC_CATEGORY, &form.msc_category, MscCategory::from_code).map(Some)
            }
            Some(_) if !form.msc_category.trim().is_empty() => e.take(MSC_CATEGORY, Err(Problem::NotApplicable)),
            _ => Some(None),
        };
        let title = e.take(TITLE, TITLE_RULE.parse(&form.title));
        let body = e.take(FEEDBACK, FEEDBACK_RULE.parse(&form.feedback));
        let recommendation = e.take(RECOMMENDATION, RECOMMENDATION_RULE.parse(&form.recommendation));
        let attachments = e.take(ATTACHMENTS, crate::attachment::parse_ids(&form.attachments));

        // Sort into form order: the error summary lists problems top to bottom.
        let mut errors = e.0;
        errors.sort_by_key(|x| field::ALL.iter().position(|f| *f == x.field).unwrap_or(usize::MAX));
        // Each value is there when its rule passed; the form is valid when every rule did.
        let parsed = || {
            Some(Feedback {
                consultation: consultation?,
                submitter: submitter?,
                entity_type: entity_type?,
                ctpat_status: ctpat_status?,
                topic: topic?,
                msc_category: msc_category?,
                title: title??,
                body: body??,
                recommendation: recommendation?,
                attachments: attachments?,
                may_publish: form.may_publish,
            })
        };
        match parsed() {
            Some(feedback) if errors.is_empty() => Ok(feedback),
            _ => Err(errors),
        }
    }

    /// Feedback filed on someone's behalf from another form (a benefit survey's new-benefit
    /// proposal, a validation report's standardization proposal): identified by name when the
    /// form gave one, otherwise anonymous, and parsed by the same rules as the feedback form.
    pub fn proposal(from: &Proposer<'_>, topic: Topic, title: &str, text: &str) -> Result<Feedback, Vec<FieldError>> {
        let named = from.name.is_some();
        let kind = if named { SubmitterKind::Individual } else { SubmitterKind::Anonymous };
        let when_named = |v: Option<&str>| if named { v.unwrap_or_default().to_owned() } else { String::new() };
        Feedback::parse(&FeedbackForm {
            submitter_kind: kind.code().to_owned(),
            name: when_named(from.name),
            organization: when_named(from.organization),
            email: when_named(from.email.map(Email::as_str)),
            entity_type: from.entity_type.code().to_owned(),
            ctpat_status: from.ctpat_status.code().to_owned(),
            topic: topic.code().to_owned(),
            title: title.to_owned(),
            feedback: text.to_owned(),
            ..FeedbackForm::default()
        })
    }

    /// The form that parses back to this feedback (used for demo data and round-trip tests).
    pub fn to_form(&self) -> FeedbackForm {
        FeedbackForm {
            consultation: self.consultation.map(|c| c.to_string()).unwrap_or_default(),
            submitter_kind: self.submitter.kind().code().to_owned(),
            name: self.submitter.name().unwrap_or_default().to_owned(),
            organization: self.submitter.organization().unwrap_or_default().to_owned(),
            email: self.submitter.email().map(|e| e.as_str().to_owned()).unwrap_or_default(),
            entity_type: self.entity_type.code().to_owned(),
            ctpat_status: self.ctpat_status.code().to_owned(),
            topic: self.topic.code().to_owned(),
            msc_category: self.msc_category.map(|c| c.code().to_owned()).unwrap_or_default(),
            title: self.title.clone(),
            feedback: self.body.clone(),
            recommendation: self.recommendation.clone().unwrap_or_default(),
            attachments: self.attachments.iter().map(|a| a.as_str().to_owned()).collect(),
            may_publish: self.may_publish,
            website: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn valid() -> FeedbackForm {
        FeedbackForm {
            consultation: String::new(),
            submitter_kind: "organization".into(),
            name: "Ana Ruiz".into(),
            organization: "Ruiz Freight SA de CV".into(),
            email: "ana@ruizfreight.mx".into(),
            entity_type: "highway_carrier_us_mexico".into(),
            ctpat_status: "tier_2".into(),
            topic: "minimum_security_criteria".into(),
            msc_category: "6".into(),
            title: "Seal verification at the border".into(),
            feedback: "The VVTT seal inspection steps differ between field offices.".into(),
            recommendation: "Publish one checklist.".into(),
            attachments: Vec::new(),
            may_publish: true,
            website: String::new(),
        }
    }

    fn problems(form: &FeedbackForm) -> Vec<(String, &'static str)> {
        match Feedback::parse(form) {
            Ok(_) => vec![],
            Err(es) => es.into_iter().map(|e| (e.field, e.problem.code())).collect(),
        }
    }

    fn check(edit: impl FnOnce(&mut FeedbackForm), expected: &[(&str, &str)]) {
        let mut form = valid();
        edit(&mut form);
        let got = problems(&form);
        let expected: Vec<(String, &str)> = expected.iter().map(|(f, c)| (f.to_string(), *c)).collect();
        assert_eq!(got, expected, "form {form:?}");
    }

    #[test]
    fn proposals_are_identified_only_by_a_name() {
        let email = Email::parse("ana@example.com").unwrap();
        let from = Proposer {
            name: None,
            organization: Some("Ruiz Freight"),
            email: Some(&email),
            entity_type: EntityType::SeaCarrier,
            ctpat_status: CtpatStatus::TierII,
        };
        let f = Feedback::proposal(&from, Topic::Benefits, "Faster drawback", "Expedite drawback claims.").unwrap();
        assert_eq!(f.submitter, Submitter::Anonymous, "no name: anonymous, contact details dropped");
        let named = Proposer { name: Some("Ana Ruiz"), ..from };
        let f = Feedback::proposal(&named, Topic::Validations, "T", "Text.").unwrap();
        assert_eq!(f.submitter.email(), Some(&email));
        assert_eq!(f.topic, Topic::Validations);
        assert!(Feedback::proposal(&named, Topic::Benefits, "", "Text.").is_err());
    }

    #[test]
    fn a_complete_form_parses() {
        let f = Feedback::parse(&valid()).unwrap();
        assert_eq!(f.submitter.kind(), SubmitterKind::Organization);
        assert_eq!(f.msc_category, Some(MscCategory::SealSecurity));
        assert_eq!(f.recommendation.as_deref(), Some("Publish one checklist."));
    }

    #[test]
    fn field_rules() {
        check(|f| f.title.clear(), &[("title", "required")]);
        check(|f| f.title = "x".repeat(201), &[("title", "too_long")]);
        check(|f| f.title = "x".repeat(200), &[]);
        check(|f| f.feedback = "y".repeat(5001), &[("feedback", "too_long")]);
        check(|f| f.recommendation.clear(), &[]);
        check(|f| f.email.clear(), &[]);
        check(|f| f.email = "ana at example".into(), &[("email", "invalid_email")]);
        check(|f| f.name.clear(), &[("name", "required")]);
        check(|f| f.organization.clear(), &[("organization", "required")]);
        check(
            |f| {
                f.submitter_kind = "individual".into();
                f.organization.clear()
            },
            &[],
        );
        check(|f| f.submitter_kind = "robot".into(), &[("submitter_kind", "unknown_choice")]);
        check(|f| f.entity_type.clear(), &[("entity_type", "required")]);
        check(|f| f.ctpat_status = "tier_4".into(), &[("ctpat_status", "unknown_choice")]);
        check(|f| f.msc_category.clear(), &[("msc_category", "required")]);
        check(|f| f.msc_category = "13".into(), &[("msc_category", "unknown_choice")]);
        check(|f| f.topic = "validations".into(), &[("msc_category", "not_applicable")]);
        check(
            |f| {
                f.topic = "validations".into();
                f.msc_category.clear()
            },
            &[],
        );
        check(|f| f.title = "two\nlines".into(), &[("title", "single_line_only")]);
        check(|f| f.feedback = "nul\u{0}".into(), &[("feedback", "forbidden_character")]);
    }

    #[test]
    fn anonymous_submissions_carry_no_contact_details() {
        check(
            |f| {
                f.submitter_kind = "anonymous".into();
                f.name.clear();
                f.organization.clear();
                f.email.clear()
            },
            &[],
        );
        check(
            |f| f.submitter_kind = "anonymous".into(),
            &[("name", "not_applicable"), ("organization", "not_applicable"), ("email", "not_applicable")],
        );
    }

    #[test]
    fn an_empty_form_reports_every_required_field_in_form_order() {
        let got: Vec<String> = problems(&FeedbackForm::default()).into_iter().map(|(f, _)| f).collect();
        assert_eq!(got, ["submitter_kind", "entity_type", "ctpat_status", "topic", "title", "feedback"]);
    }

    #[test]
    fn the_honeypot_flags_bots_only() {
        assert!(!valid().looks_automated());
        assert!(FeedbackForm { website: "http://spam".into(), ..valid() }.looks_automated());
    }

    #[test]
    fn unknown_json_keys_are_refused() {
        assert!(serde_json::from_str::<FeedbackForm>(r#"{"title":"t","admin":true}"#).is_err());
        assert_eq!(serde_json::from_str::<FeedbackForm>("{}").unwrap(), FeedbackForm::default());
    }

    proptest! {
        #[test]
        fn parsed_feedback_round_trips_through_its_form(
            kind in 0usize..3, entity in 0..EntityType::ALL.len(), status in 0..CtpatStatus::ALL.len(),
            topic in 0..Topic::ALL.len(), msc in 0..12usize,
            title in "[A-Za-z0-9 ,.é]{1,200}", body in "\\PC{1,300}", publish in any::<bool>(),
        ) {
            let topic = Topic::ALL[topic];
            let mut form = FeedbackForm {
                submitter_kind: SubmitterKind::ALL[kind].code().into(),
                entity_type: EntityType::ALL[entity].code().into(),
                ctpat_status: CtpatStatus::ALL[status].code().into(),
                topic: topic.code().into(),
                msc_category: if topic == Topic::MinimumSecurityCriteria { MscCategory::ALL[msc].code().into() } else { String::new() },
                title, feedback: body, may_publish: publish, ..FeedbackForm::default()
            };
            if SubmitterKind::ALL[kind] != SubmitterKind::Anonymous {
                form.name = "N".into();
                form.organization = "O".into();
            }
            if let Ok(parsed) = Feedback::parse(&form) {
                prop_assert_eq!(Feedback::parse(&parsed.to_form()), Ok(parsed));
            } else {
                // Only the free text can fail here, and then the error names it.
                let errs = Feedback::parse(&form).unwrap_err();
                prop_assert!(errs.iter().all(|e| e.field == "title" || e.field == "feedback"));
            }
        }
    }
}
