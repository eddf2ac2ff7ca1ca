//! The message catalog: every word a person reads on the portal comes from here.
//!
//! One [`Messages`] value per language. It is a struct, not a map, so a language that lacks a
//! message does not compile: no key can go missing at run time. Pages take `&Messages` and never
//! hold literal text, so adding a language touches this module only.

mod analytics;
mod analytics_en;
mod benefits;
mod en;
mod es;
mod figures_en;
mod fr;
mod notify;
mod offices;
mod public;
mod review;
mod review_en;
mod rounds;
pub mod survey;
mod two_step;
mod validation;

pub use analytics::AnalyticsMessages;
pub use analytics_en::ANALYTICS_EN;
pub use benefits::{BenefitsMessages, BENEFITS_EN};
pub use en::EN;
pub use es::ES;
pub use figures_en::MONTHS;
pub use fr::FR;
pub use notify::{NotifyMessages, NOTIFY_EN};
pub use offices::{OfficesMessages, OFFICES_EN};
pub use public::{PublicMessages, PUBLIC_EN};
pub use review::ReviewMessages;
pub use review_en::REVIEW_EN;
pub use rounds::{RoundsMessages, ROUNDS_EN};
pub use survey::{SurveyMessages, SURVEY_EN};
pub use two_step::{TwoStepMessages, TWO_STEP_EN};
pub use validation::{ValidationMessages, VALIDATION_EN};

use crate::language::Lang;
use crate::status::Status;
use crate::taxonomy::{CtpatStatus, EntityType, MscCategory, MscFocusArea, SubmitterKind, Topic};
use crate::text::Problem;
use crate::time::{Civil, Timestamp};

/// The catalog of each language; a language without one cannot exist (the match is total).
impl Lang {
    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::En => &en::EN,
            // Replaced by the Spanish and French catalogs as they are written.
            Lang::Es => &es::ES,
            Lang::Fr => &fr::FR,
        }
    }
}

/// A heading with a paragraph under it.
#[derive(Debug)]
pub struct Section {
    pub title: &'static str,
    pub body: &'static str,
}

#[derive(Debug)]
pub struct Messages {
    pub lang: Lang,

    // The frame of every page.
    pub skip_to_main: &'static str,
    pub banner_official: &'static str,
    pub banner_how_you_know: &'static str,
    pub banner_dotgov_title: &'static str,
    pub banner_dotgov_body: &'static str,
    pub banner_https_title: &'static str,
    pub banner_https_body: &'static str,
    pub agency_name: &'static str,
    pub site_name: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_give_feedback: &'static str,
    pub nav_check_receipt: &'static str,
    pub menu: &'static str,
    pub close_menu: &'static str,
    pub footer_return_to_top: &'static str,
    pub footer_parent_agency: &'static str,
    pub footer_official_site_of: &'static str,
    pub footer_important_links: &'static str,
    /// The identifier's required links, in USWDS order, with where they go.
    pub footer_required_links: [(&'static str, &'static str); 7],
    pub footer_usa_gov_prompt: &'static str,
    pub footer_usa_gov_link: &'static str,
    pub page_title_suffix: &'static str,

    // Home.
    pub home_title: &'static str,
    pub home_lead: &'static str,
    pub home_asks_heading: &'static str,
    pub home_asks: [Section; 4],
    pub home_give_feedback: &'static str,
    pub home_check_receipt: &'static str,
    pub home_how_used_heading: &'static str,
    pub home_how_used: [&'static str; 3],

    // The feedback form.
    pub form_title: &'static str,
    pub form_lead: &'static str,
    pub form_required_note: &'static str,
    pub form_about_you: &'static str,
    pub form_submitter_kind: &'static str,
    pub form_name: &'static str,
    pub form_organization: &'static str,
    pub form_organization_optional: &'static str,
    pub form_email: &'static str,
    pub form_email_hint: &'static str,
    pub form_entity_type: &'static str,
    pub form_ctpat_status: &'static str,
    pub form_your_feedback: &'static str,
    pub form_topic: &'static str,
    pub form_msc_category: &'static str,
    pub form_title_field: &'static str,
    pub form_title_hint: &'static str,
    pub form_feedback: &'static str,
    pub form_feedback_hint: &'static str,
    pub form_recommendation: &'static str,
    pub form_recommendation_hint: &'static str,
    pub form_may_publish: &'static str,
    pub form_may_publish_hint: &'static str,
    pub form_honeypot: &'static str,
    pub form_consultation: &'static str,
    pub form_consultation_hint: &'static str,
    /// The choice for feedback outside any consultation.
    pub form_consultation_general: &'static str,
    pub form_attachments: &'static str,
    pub form_attachments_hint: &'static str,
    pub form_select_placeholder: &'static str,
    pub form_submit: &'static str,
    pub form_submitting: &'static str,
    pub form_draft_restored: &'static str,
    pub form_start_over: &'static str,
    pub form_draft_saved: &'static str,
    pub privacy_heading: &'static str,
    pub privacy_statement: [Section; 5],
    pub error_summary_heading: &'static str,
    pub error_network: &'static str,
    pub error_server: &'static str,
    pub error_automated: &'static str,
    pub chars_left: fn(i64) -> String,
    pub rate_limited: fn(Option<u32>) -> String,
    /// `(field key, field label, problem)` to a sentence.
    pub problem: fn(&str, &str, Problem) -> String,

    // The receipt after submitting.
    pub receipt_title: &'static str,
    pub receipt_tracking_number: &'static str,
    pub receipt_keep_it: &'static str,
    pub receipt_received: &'static str,
    pub receipt_status: &'static str,
    pub receipt_what_you_sent: &'static str,
    pub receipt_submitted_as: &'static str,
    pub receipt_yes: &'static str,
    pub receipt_no: &'static str,
    pub receipt_print: &'static str,
    pub receipt_check_status: &'static str,
    pub receipt_give_more: &'static str,
    pub receipt_not_in_this_browser: &'static str,

    // Check a receipt.
    pub check_title: &'static str,
    pub check_lead: &'static str,
    pub check_label: &'static str,
    pub check_hint: &'static str,
    pub check_submit: &'static str,
    pub check_invalid: &'static str,
    pub check_not_found: &'static str,
    pub check_last_updated: &'static str,
    pub check_response_heading: &'static str,
    pub check_no_response: &'static str,
    pub loading: &'static str,

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,

    // Vocabularies.
    pub submitter_kind: fn(SubmitterKind) -> &'static str,
    pub submitter_kind_hint: fn(SubmitterKind) -> &'static str,
    pub entity_type: fn(EntityType) -> &'static str,
    pub ctpat_status: fn(CtpatStatus) -> &'static str,
    pub topic: fn(Topic) -> &'static str,
    pub msc_category: fn(MscCategory) -> &'static str,
    pub msc_focus_area: fn(MscFocusArea) -> &'static str,
    pub status: fn(Status) -> &'static str,
    pub status_explained: fn(Status) -> &'static str,
    pub datetime: fn(Civil) -> String,

    /// Consultations, attachments, the public board, following, withdrawing and reporting.
    pub public: &'static PublicMessages,
    /// The benefit survey, its public summary and the words the dashboards share with it.
    pub survey: &'static SurveyMessages,
    /// Notification emails.
    pub notify: &'static NotifyMessages,
    /// The public summary of the benefit surveys ("How partners value CTPAT benefits").
    pub benefits: &'static BenefitsMessages,
    /// Validation experience reports: the form, its receipt and the admins' field offices.
    pub validation: &'static ValidationMessages,
}

impl Messages {
    /// The visible label of a form field, by its key; error messages name fields with it.
    pub fn field_label(&self, field: &str) -> &'static str {
        use crate::feedback::field::*;
        match field {
            SUBMITTER_KIND => self.form_submitter_kind,
            NAME => self.form_name,
            ORGANIZATION => self.form_organization,
            EMAIL => self.form_email,
            ENTITY_TYPE => self.form_entity_type,
            CTPAT_STATUS => self.form_ctpat_status,
            TOPIC => self.form_topic,
            MSC_CATEGORY => self.form_msc_category,
            TITLE => self.form_title_field,
            FEEDBACK => self.form_feedback,
            RECOMMENDATION => self.form_recommendation,
            "may_publish" => self.form_may_publish,
            "website" => self.form_honeypot,
            CONSULTATION => self.form_consultation,
            ATTACHMENTS => self.form_attachments,
            // The benefit survey's own top-level fields; its shared ones (name, email, entity
            // type…) read as on the feedback form, and `{benefit}-{part}` keys go through
            // `survey::answer_label`.
            crate::survey::field::TRADE_COMPLIANCE => self.survey.trade_compliance,
            crate::survey::field::PROPOSAL_TITLE => self.survey.proposal_title,
            crate::survey::field::PROPOSAL => self.survey.proposal,
            crate::survey::field::ANSWERS => self.survey.answers,
            "round" => self.survey.round,
            // The validation report's own fields (month, mode, field office, measures, ratings…).
            other => self.validation.label(other),
        }
    }

    /// A field's problem as a sentence that names the field.
    pub fn problem_message(&self, field: &str, problem: Problem) -> String {
        if let Some(label) = survey::answer_label(self.survey, field) {
            return (self.problem)(field, &label, problem);
        }
        if let Some(sentence) = self.validation.problem(field, problem) {
            return sentence;
        }
        let label = self.field_label(field);
        let label = if label.is_empty() { field } else { label };
        (self.problem)(field, label, problem)
    }

    pub fn format_time(&self, t: Timestamp) -> String {
        (self.datetime)(t.civil())
    }

    /// Formats an RFC 3339 string from the API; passes through anything unparseable.
    pub fn format_rfc3339(&self, s: &str) -> String {
        Timestamp::parse_rfc3339(s).map(|t| self.format_time(t)).unwrap_or_else(|| s.to_owned())
    }
}

#[cfg(test)]
mod lang_tests {
    use super::Lang;

    /// Every language has every message: the catalog is a struct, so a missing one does not
    /// compile; this checks that none was filled with an empty string or left pointing at
    /// another language's catalog.
    #[test]
    fn every_language_has_every_message() {
        use crate::feedback::field;
        for lang in Lang::ALL {
            let m = lang.messages();
            assert_eq!(m.lang, *lang, "{lang:?} points at another language's catalog");
            for f in field::ALL {
                assert!(!m.field_label(f).is_empty(), "{lang:?}: no label for {f}");
            }
            for text in [m.home_title, m.form_submit, m.error_summary_heading, m.receipt_tracking_number, m.nav_home] {
                assert!(!text.trim().is_empty(), "{lang:?}");
            }
            if *lang != Lang::En {
                let en = Lang::En.messages();
                assert_ne!(m.home_title, en.home_title, "{lang:?} home title is English");
                assert_ne!(m.public.nav_board, en.public.nav_board, "{lang:?} board is English");
                assert_ne!(m.survey.part_used, en.survey.part_used, "{lang:?} survey is English");
                assert_ne!(m.benefits.title, en.benefits.title, "{lang:?} benefits page is English");
                assert_ne!((m.notify.received_subject)("X"), (en.notify.received_subject)("X"), "{lang:?} email");
            }
        }
    }

    #[test]
    fn languages_are_negotiated_from_preferences() {
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("FR_ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::negotiate(["de-DE", "fr-CA", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["pt-BR"]), Lang::En);
        assert_eq!(Lang::from_accept_language("en;q=0.5, es-MX;q=0.9, de"), Lang::Es);
        assert_eq!(Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"), Lang::Fr);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
        assert_eq!(Lang::from_accept_language("es;q=0"), Lang::En);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::field;

    #[test]
    fn every_form_field_has_a_label_in_every_language() {
        for lang in Lang::ALL {
            let m = lang.messages();
            for f in field::ALL {
                assert!(!m.field_label(f).is_empty(), "{lang:?} lacks a label for {f}");
            }
        }
    }

    #[test]
    fn every_survey_field_has_a_label() {
        use crate::survey::field as survey;
        let keys = [
            survey::ENTITY_TYPE,
            survey::CTPAT_STATUS,
            survey::TRADE_COMPLIANCE,
            survey::NAME,
            survey::ORGANIZATION,
            survey::EMAIL,
            survey::ANSWERS,
            survey::PROPOSAL_TITLE,
            survey::PROPOSAL,
            "round",
        ];
        for lang in Lang::ALL {
            let m = lang.messages();
            for f in keys {
                assert!(!m.field_label(f).is_empty(), "{lang:?} lacks a label for {f}");
            }
        }
        let m = Lang::En.messages();
        assert_eq!(m.problem_message("proposal", Problem::Required), "Your proposal is required.");
    }

    #[test]
    fn problem_messages_name_the_field() {
        let m = Lang::En.messages();
        assert_eq!(m.problem_message("title", Problem::Required), "Enter a title.");
        let long = m.problem_message("feedback", Problem::TooLong { max: 5000, actual: 5012 });
        assert!(long.starts_with("Feedback must be 5,000 characters or fewer"), "{long}");
        assert!(m.problem_message("is_admin", Problem::UnknownField).contains("is_admin"));
    }

    #[test]
    fn every_vocabulary_value_has_a_label() {
        for lang in Lang::ALL {
            let m = lang.messages();
            assert!(EntityType::ALL.iter().all(|v| !(m.entity_type)(*v).is_empty()));
            assert!(CtpatStatus::ALL.iter().all(|v| !(m.ctpat_status)(*v).is_empty()));
            assert!(Topic::ALL.iter().all(|v| !(m.topic)(*v).is_empty()));
            assert!(MscCategory::ALL.iter().all(|v| !(m.msc_category)(*v).is_empty()));
            assert!(Status::ALL.iter().all(|v| !(m.status)(*v).is_empty() && !(m.status_explained)(*v).is_empty()));
        }
    }

    #[test]
    fn dates_read_naturally() {
        let m = Lang::En.messages();
        assert_eq!(m.format_rfc3339("2026-11-28T16:05:00Z"), "November 28, 2026, 4:05 PM UTC");
        assert_eq!(m.format_rfc3339("2026-01-02T00:30:00Z"), "January 2, 2026, 12:30 AM UTC");
        assert_eq!((m.chars_left)(1), "1 character left");
        assert_eq!((m.chars_left)(-3), "3 characters too many");
        assert_eq!((m.chars_left)(5000), "5,000 characters left");
    }
}

/// The translations checked as data: every message of every catalog, read from its `Debug`
/// form, so a new message is covered without being listed here.
#[cfg(test)]
mod translation_tests {
    use super::Lang;

    /// `(field, text)` of every string message in declaration order, nested catalogs included.
    fn messages(lang: Lang) -> Vec<(String, String)> {
        let debug = format!("{:?}", lang.messages());
        let mut out = Vec::new();
        let mut rest = debug.as_str();
        while let Some(at) = rest.find(": \"") {
            let field = rest[..at].rsplit(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("").to_owned();
            let body = &rest[at + 3..];
            let (mut text, mut escaped, mut end) = (String::new(), false, body.len());
            for (i, c) in body.char_indices() {
                match (escaped, c) {
                    (false, '\\') => escaped = true,
                    (false, '"') => {
                        end = i;
                        break;
                    }
                    (_, c) => {
                        text.push(c);
                        escaped = false;
                    }
                }
            }
            out.push((field, text));
            rest = &body[end + 1..];
        }
        out
    }

    #[test]
    fn every_translation_has_every_message_and_few_stay_english() {
        let en = messages(Lang::En);
        assert!(en.len() > 300, "the English catalog has {} messages", en.len());
        for lang in [Lang::Es, Lang::Fr] {
            let other = messages(lang);
            let fields = |m: &[(String, String)]| m.iter().map(|(f, _)| f.clone()).collect::<Vec<_>>();
            assert_eq!(fields(&other), fields(&en), "{lang:?} has the same messages in the same order");
            let mut same_as_english = Vec::new();
            for ((field, text), (_, english)) in other.iter().zip(&en) {
                assert_eq!(text.trim().is_empty(), english.trim().is_empty(), "{lang:?}.{field} is empty");
                if text == english
                    && english.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() > 1
                {
                    same_as_english.push(field.as_str());
                }
            }
            // A word may be the same in two languages ("Consultations"), a phrase or sentence is not.
            assert!(same_as_english.is_empty(), "{lang:?} left these in English: {same_as_english:?}");
        }
    }
}
